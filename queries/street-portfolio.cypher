// title: What a street runs
// description: The projects and programs a street runs or implements, and the enterprises behind each of its projects.
// param: street = "新塘街道" The street (name or alias); empty for every street.
MATCH (s:Street)
WHERE $street = '' OR s.name = $street OR $street IN s.aliases
MATCH (s)-[r:RUNS|IMPLEMENTS]->(x:Project|Program)
RETURN s.name AS street,
       CASE WHEN x:Project THEN 'Project' ELSE 'Program' END AS kind,
       x.name AS name,
       COLLECT { MATCH (x)-[:INVOLVES]->(e:Enterprise) RETURN e.name ORDER BY e.name } AS enterprises,
       x.investment AS investment
ORDER BY street, kind DESC, name
