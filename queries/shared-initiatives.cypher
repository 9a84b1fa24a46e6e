// title: Shared initiatives
// description: Programs carried out by at least $min streets, most widely shared first, with the streets (all of them, by name, up to $shown; beyond that the first $shown found).
// param: min = 2 The least number of streets implementing a program.
// param: limit = 50 At most this many programs.
// param: shown = 50 At most this many street names per program.
// Only streets implement programs (graph/ontology.json), so the count is the relationship degree,
// which Neo4j reads without expanding.
MATCH (p:Program)
WITH p, COUNT { (p)<-[:IMPLEMENTS]-() } AS streets
WHERE streets >= $min
ORDER BY streets DESC, p.name
LIMIT $limit
RETURN p.name AS program, streets,
       CASE WHEN streets <= $shown
         THEN COLLECT { MATCH (p)<-[:IMPLEMENTS]-(s:Street) RETURN s.name ORDER BY s.name }
         ELSE COLLECT { MATCH (p)<-[:IMPLEMENTS]-(s:Street) RETURN s.name LIMIT $shown }
       END AS streetNames
ORDER BY streets DESC, program
