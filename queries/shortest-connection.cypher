// title: Shortest connection
// description: The shortest chain of facts (up to 8 hops, any direction) between two named entities, with each hop.
// param: from = "洪泉良" The first entity (name or alias).
// param: to = "三星羽绒" The second entity (name or alias).
// Names resolve through the full-text index (an exact phrase, then an exact match).
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($from, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
WITH node AS a
WHERE a.name = $from OR $from IN a.aliases
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($to, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
WITH a, node AS b
WHERE (b.name = $to OR $to IN b.aliases) AND a <> b
MATCH path = shortestPath((a)-[:HEADS|SERVES_IN|RUNS|IMPLEMENTS|INVOLVES|LOCATED_IN|PART_OF*..8]-(b))
RETURN length(path) AS hops,
       [n IN nodes(path) | n.name] AS names,
       [r IN relationships(path) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS facts,
       [r IN relationships(path) | r.evidenceText[0]] AS evidence
ORDER BY hops
LIMIT 1
