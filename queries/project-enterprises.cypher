// title: Projects and the enterprises behind them
// description: Each project linked to an enterprise (INVOLVES), with the sentence that says so and its document.
// param: project = "" Only this project (name or alias); empty for every project.
// param: limit = 200 At most this many rows.
// A named project resolves through the full-text index (an exact phrase, then an exact match).
CALL () {
  MATCH (p:Project) WHERE $project = '' RETURN p
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($project, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WITH node AS p
  WHERE $project <> '' AND p:Project AND (p.name = $project OR $project IN p.aliases)
  RETURN p
}
MATCH (p)-[r:INVOLVES]->(e:Enterprise)
RETURN p.name AS project, e.name AS enterprise,
       r.evidenceText[0] AS evidence,
       COLLECT { MATCH (d:Document) WHERE d.id = r.evidenceDoc[0] RETURN d.title }[0] AS document,
       size(r.evidenceDoc) AS evidenceCount
ORDER BY project, enterprise
LIMIT $limit
