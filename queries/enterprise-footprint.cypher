// title: An enterprise's footprint
// description: The projects an enterprise is behind, the streets of those projects (or where it is located), and the programs those streets implement.
// param: enterprise = "三星羽绒" The enterprise (name, alias or full name).
// Names resolve through the full-text index (an exact phrase, then an exact match), so aliases
// and full names are found without scanning every enterprise.
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($enterprise, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
WITH node AS e
WHERE e:Enterprise AND (e.name = $enterprise OR $enterprise IN e.aliases OR e.fullName = $enterprise)
RETURN e.name AS enterprise,
       COLLECT { MATCH (p:Project)-[:INVOLVES]->(e) RETURN DISTINCT p.name ORDER BY p.name } AS projects,
       COLLECT {
         MATCH (e)<-[:INVOLVES]-(:Project)<-[:RUNS]-(s:Street) RETURN s.name AS street
         UNION MATCH (e)<-[:INVOLVES]-(:Project)-[:LOCATED_IN]->(s:Street) RETURN s.name AS street
         UNION MATCH (e)-[:LOCATED_IN]->(s:Street) RETURN s.name AS street
       } AS streets,
       COLLECT {
         MATCH (e)<-[:INVOLVES]-(:Project)<-[:RUNS]-(:Street)-[:IMPLEMENTS]->(g:Program) RETURN DISTINCT g.name ORDER BY g.name
       } AS programs
