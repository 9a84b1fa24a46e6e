// title: Similar streets
// description: Pairs of streets ranked by the Jaccard similarity of the programs they implement (shared / either).
// param: street = "" Only pairs with this street (name or alias); empty for all pairs.
// param: min = 1 The least number of shared programs.
// param: limit = 20 At most this many pairs.
// IMPLEMENTS always ends at a Program (graph/ontology.json): counting it is a degree look-up.
// The subquery makes Neo4j walk from the street's own programs to the other streets (left to
// itself it scans every street's programs and joins them on the program). Each path is only
// collected: the conditions on the pair are checked once per pair, after grouping, and program
// names are read for the pairs kept.
MATCH (a:Street)
WHERE $street = '' OR a.name = $street OR $street IN a.aliases
CALL (a) {
  MATCH (a)-[:IMPLEMENTS]->(p:Program)
  RETURN p
}
MATCH (p)<-[:IMPLEMENTS]-(b)
WITH a, b, collect(p) AS programs
WHERE b:Street AND a <> b AND ($street <> '' OR a.name < b.name)
WITH a, b, programs, size(programs) AS n
WHERE n >= $min
WITH a, b, programs, n,
     COUNT { (a)-[:IMPLEMENTS]->() } + COUNT { (b)-[:IMPLEMENTS]->() } - n AS either
WITH a, b, programs, n, either, round(toFloat(n) / either, 3) AS jaccard
ORDER BY jaccard DESC, n DESC, a.name, b.name
LIMIT $limit
RETURN a.name AS street, b.name AS other, n AS sharedPrograms, either AS allPrograms,
       jaccard, [p IN programs | p.name] AS shared
