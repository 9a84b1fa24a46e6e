// title: Shared initiatives
// description: Programs carried out by at least $min streets, most widely shared first, with the streets.
// param: min = 2 The least number of streets implementing a program.
// param: limit = 50 At most this many programs.
MATCH (p:Program)
WITH p, COUNT { (p)<-[:IMPLEMENTS]-(:Street) } AS streets
WHERE streets >= $min
ORDER BY streets DESC, p.name
LIMIT $limit
RETURN p.name AS program, streets,
       COLLECT { MATCH (p)<-[:IMPLEMENTS]-(s:Street) RETURN s.name ORDER BY s.name } AS streetNames
ORDER BY streets DESC, program
