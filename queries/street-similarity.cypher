// title: Similar streets
// description: Pairs of streets ranked by the Jaccard similarity of the programs they implement (shared / either).
// param: street = "" Only pairs with this street (name or alias); empty for all pairs.
// param: min = 1 The least number of shared programs.
// param: limit = 20 At most this many pairs.
// IMPLEMENTS always ends at a Program (graph/ontology.json): counting it is a degree look-up.
MATCH (a:Street)
WHERE $street = '' OR a.name = $street OR $street IN a.aliases
MATCH (a)-[:IMPLEMENTS]->(p:Program)<-[:IMPLEMENTS]-(b:Street)
WHERE a <> b AND ($street <> '' OR a.name < b.name)
WITH a, b, collect(p.name) AS shared
WHERE size(shared) >= $min
WITH a, b, shared,
     COUNT { (a)-[:IMPLEMENTS]->() } + COUNT { (b)-[:IMPLEMENTS]->() } - size(shared) AS either
RETURN a.name AS street, b.name AS other, size(shared) AS sharedPrograms, either AS allPrograms,
       round(toFloat(size(shared)) / either, 3) AS jaccard, shared
ORDER BY jaccard DESC, sharedPrograms DESC, street, other
LIMIT $limit
