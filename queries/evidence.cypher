// title: Evidence behind a fact
// description: The documents and offsets that support one entity (its mentions) and its relations (their evidence sentences), or one relation when $other (and $type) name its other end.
// param: name = "三星羽绒数字工厂" The entity (name or alias); ignored when $id is given.
// param: id = "" The entity's id (as in the JSON export), instead of its name.
// param: other = "" Only relations with this other end (name or alias); no mentions then.
// param: type = "" Only relations of this type (HEADS, RUNS, …).
// param: limit = 100 At most this many rows.
CALL () {
  MATCH (e:Entity {id: $id}) RETURN e
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WITH node AS e
  WHERE $id = '' AND $name <> '' AND (e.name = $name OR $name IN e.aliases)
  RETURN e
}
CALL (e) {
  MATCH (d:Document)-[m:MENTIONS]->(e)
  WHERE $other = '' AND $type = ''
  UNWIND range(0, size(m.starts) - 1) AS i
  RETURN 'mention' AS kind, e.name AS fact, d.id AS document, d.title AS title, m.starts[i] AS start, m.ends[i] AS end, null AS text
  UNION ALL
  MATCH (e)-[r]-(o:Entity)
  WHERE ($other = '' OR o.name = $other OR $other IN o.aliases) AND ($type = '' OR type(r) = $type)
  UNWIND range(0, size(r.evidenceDoc) - 1) AS i
  MATCH (d:Document {id: r.evidenceDoc[i]})
  RETURN 'relation' AS kind, startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name AS fact,
         d.id AS document, d.title AS title, r.evidenceStart[i] AS start, r.evidenceEnd[i] AS end, r.evidenceText[i] AS text
}
RETURN e.name AS entity, kind, fact, document, title, start, end, text
ORDER BY kind DESC, fact, document, start
LIMIT $limit
