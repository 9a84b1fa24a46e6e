// title: Shared initiatives
// description: Programs carried out by at least $min streets, most widely shared first, with the streets (all of them, by name, up to $shown; beyond that the first $shown found).
// param: min = 2 The least number of streets implementing a program.
// param: limit = 50 At most this many programs.
// param: shown = 50 At most this many street names per program.
// Only streets implement programs (graph/ontology.json), so the count is the IMPLEMENTS degree.
// Neo4j reads a node's total degree without walking its relationships, but for most programs
// (under 50 relationships) it walks them to count one type. So: take the $limit programs of
// highest total degree; the least IMPLEMENTS count among them (`floor`) is a lower bound for the
// counts in the answer, so only programs whose total degree reaches it can be there: count those.
MATCH (p:Program)
WITH p, COUNT { (p)--() } AS upper
ORDER BY upper DESC
WITH collect(p) AS programs, collect(upper) AS uppers
UNWIND programs[..$limit] AS top
WITH programs, uppers, min(COUNT { (top)<-[:IMPLEMENTS]-() }) AS floor
UNWIND [i IN range(0, size(programs) - 1) WHERE uppers[i] >= floor | programs[i]] AS p
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
