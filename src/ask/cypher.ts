/**
 * The Cypher `zhenjie ask` runs where no named question (queries/) fits: fixed statements whose
 * only inputs are parameters (entity ids, numbers). Question text never reaches a statement; a
 * label comes from the fixed list of entity types, never from the question.
 */
import type { EntityType } from '../types.ts';

export const STREET_PROJECTS = `MATCH (s:Street {id: $street})
CALL (s) {
  MATCH (s)-[:RUNS]->(p:Project) RETURN p
  UNION MATCH (p:Project)-[:LOCATED_IN]->(s) RETURN p
}
RETURN p.name AS project, p.investmentText AS investment,
       COLLECT { MATCH (p)-[:INVOLVES]->(e:Enterprise) RETURN e.name ORDER BY e.name } AS enterprises
ORDER BY project`;

export const STREET_PROGRAMS = `MATCH (s:Street {id: $street})-[:IMPLEMENTS]->(g:Program)
RETURN g.name AS program, COUNT { (g)<-[:IMPLEMENTS]-(:Street) } AS streets
ORDER BY program`;

export const STREET_ENTERPRISES = `MATCH (s:Street {id: $street})
CALL (s) {
  MATCH (s)-[:RUNS]->(p:Project)-[:INVOLVES]->(e:Enterprise) RETURN e, p.name AS project
  UNION MATCH (s)<-[:LOCATED_IN]-(p:Project)-[:INVOLVES]->(e:Enterprise) RETURN e, p.name AS project
  UNION MATCH (e:Enterprise)-[:LOCATED_IN]->(s) RETURN e, null AS project
}
RETURN e.name AS enterprise, [x IN collect(DISTINCT project) WHERE x IS NOT NULL] AS projects
ORDER BY enterprise`;

export const STREET_OFFICIALS = `MATCH (o:Official)-[r:HEADS|SERVES_IN]->(s:Street {id: $street})
RETURN o.name AS official, type(r) AS relation, coalesce(r.title, o.title) AS title
ORDER BY relation, official`;

export const STREET_DISTRICT = `MATCH (s:Street {id: $street})
OPTIONAL MATCH (s)-[:PART_OF]->(d:District)
WITH s, collect(d.name) AS linked
UNWIND CASE WHEN size(linked) > 0 THEN linked WHEN s.district IS NOT NULL THEN [s.district] ELSE [] END AS district
RETURN s.name AS street, district, s.city AS city`;

export const PROGRAM_STREETS = `MATCH (s:Street)-[:IMPLEMENTS]->(g:Program {id: $program})
RETURN s.name AS street, g.name AS program
ORDER BY street`;

export const COMMON = {
  Program: `MATCH (s:Street) WHERE s.id IN $streets
MATCH (s)-[:IMPLEMENTS]->(x:Program)
WITH x, count(DISTINCT s) AS n WHERE n = size($streets)
RETURN 'Program' AS kind, x.name AS name
ORDER BY name`,
  Project: `MATCH (s:Street) WHERE s.id IN $streets
MATCH (s)-[:RUNS]->(x:Project)
WITH x, count(DISTINCT s) AS n WHERE n = size($streets)
RETURN 'Project' AS kind, x.name AS name
ORDER BY name`,
  Any: `MATCH (s:Street) WHERE s.id IN $streets
MATCH (s)-[:RUNS|IMPLEMENTS]->(x:Project|Program)
WITH x, count(DISTINCT s) AS n WHERE n = size($streets)
RETURN CASE WHEN x:Project THEN 'Project' ELSE 'Program' END AS kind, x.name AS name
ORDER BY kind DESC, name`,
} as const;

export const OFFICIAL_STREETS = `MATCH (o:Official {id: $official})-[r:HEADS|SERVES_IN]->(s)
RETURN o.name AS official, s.name AS street, type(r) AS relation, coalesce(r.title, o.title) AS title
ORDER BY street`;

export const OFFICIAL_PROFILE = `MATCH (o:Official {id: $official})
OPTIONAL MATCH (o)-[r:HEADS|SERVES_IN]->(s)
RETURN o.name AS official, coalesce(r.title, o.title) AS title, s.name AS street, type(r) AS relation
ORDER BY street`;

export const PERSON_PROFILE = `MATCH (p:Person {id: $person})
RETURN p.name AS person, p.role AS role, p.org AS org`;

export const PROJECT_STREETS = `MATCH (p:Project {id: $project})
CALL (p) {
  MATCH (s:Street)-[:RUNS]->(p) RETURN s
  UNION MATCH (p)-[:LOCATED_IN]->(s:Street) RETURN s
}
RETURN p.name AS project, s.name AS street, s.district AS district
ORDER BY street`;

/** Streets linked to the district, or whose national division code puts them there (props.district). */
export const DISTRICT_STREETS = `MATCH (d:District {id: $district})
CALL (d) {
  MATCH (s:Street)-[:PART_OF]->(d) RETURN s
  UNION MATCH (s:Street) WHERE s.district = d.name RETURN s
}
RETURN s.name AS street, d.name AS district
ORDER BY street`;

export const RELATION_CHECK = `MATCH (a:Entity {id: $from})-[r]-(b:Entity {id: $to})
RETURN startNode(r).name AS from, type(r) AS relation, endNode(r).name AS to, r.title AS title, r.evidenceText[0] AS evidence
ORDER BY relation`;

export const ENTITY_FACTS = `MATCH (x:Entity {id: $id})-[r]-(y:Entity)
RETURN type(r) AS relation, CASE WHEN startNode(r) = x THEN 'out' ELSE 'in' END AS direction, y.name AS other, y.type AS otherType
ORDER BY relation, other
LIMIT 200`;

/** Every entity of one type, by name; the label is one of the fixed entity types. */
export function listAll(type: EntityType): string {
  if (type === 'Official') {
    return `MATCH (o:Official)
OPTIONAL MATCH (o)-[r:HEADS|SERVES_IN]->(s:Street)
RETURN o.name AS name, coalesce(r.title, o.title) AS title, s.name AS street
ORDER BY name
LIMIT $limit`;
  }
  return `MATCH (x:${type})
RETURN x.name AS name
ORDER BY name
LIMIT $limit`;
}

export function countAll(type: EntityType): string {
  return `MATCH (x:${type})
RETURN count(x) AS count`;
}

/** Each street's own list (城厢和北干各有哪些项目), by street. */
export const EACH = {
  Project: `MATCH (s:Street) WHERE s.id IN $streets
MATCH (s)-[:RUNS]->(x:Project)
RETURN s.name AS street, x.name AS name
ORDER BY street, name`,
  Program: `MATCH (s:Street) WHERE s.id IN $streets
MATCH (s)-[:IMPLEMENTS]->(x:Program)
RETURN s.name AS street, x.name AS name
ORDER BY street, name`,
  Official: `MATCH (s:Street) WHERE s.id IN $streets
MATCH (x:Official)-[r:HEADS]->(s)
RETURN s.name AS street, x.name AS name, coalesce(r.title, x.title) AS title
ORDER BY street, name`,
} as const;

/** Streets ranked by how many projects, programs or enterprises (behind their projects) they have. */
export const RANK_STREETS = {
  Project: `MATCH (s:Street)
RETURN s.name AS street, COUNT { (s)-[:RUNS]->(:Project) } AS count
ORDER BY count DESC, street
LIMIT 10`,
  Program: `MATCH (s:Street)
RETURN s.name AS street, COUNT { (s)-[:IMPLEMENTS]->(:Program) } AS count
ORDER BY count DESC, street
LIMIT 10`,
  Enterprise: `MATCH (s:Street)
RETURN s.name AS street, size(COLLECT { MATCH (s)-[:RUNS]->(:Project)-[:INVOLVES]->(e:Enterprise) RETURN DISTINCT e }) AS count
ORDER BY count DESC, street
LIMIT 10`,
} as const;

export const OFFICIAL_IN_STREET = `MATCH (o:Official {id: $official})-[r:HEADS|SERVES_IN]->(s:Street {id: $street})
RETURN o.name AS official, s.name AS street, type(r) AS relation, coalesce(r.title, o.title) AS title`;

/** Streets with at least $min projects or programs. */
export const STREETS_WITH_AT_LEAST = {
  Project: `MATCH (s:Street)
WITH s, COUNT { (s)-[:RUNS]->(:Project) } AS count
WHERE count >= $min
RETURN s.name AS street, count
ORDER BY count DESC, street`,
  Program: `MATCH (s:Street)
WITH s, COUNT { (s)-[:IMPLEMENTS]->(:Program) } AS count
WHERE count >= $min
RETURN s.name AS street, count
ORDER BY count DESC, street`,
} as const;

/** What the street(s) an official heads or serves in run (邵意丽负责的街道有哪些项目). */
export const OFFICIAL_STREET_LISTS = {
  Project: `MATCH (o:Official {id: $official})-[:HEADS|SERVES_IN]->(s:Street)-[:RUNS]->(x:Project)
RETURN s.name AS street, x.name AS name
ORDER BY street, name`,
  Program: `MATCH (o:Official {id: $official})-[:HEADS|SERVES_IN]->(s:Street)-[:IMPLEMENTS]->(x:Program)
RETURN s.name AS street, x.name AS name
ORDER BY street, name`,
} as const;

/** Who heads the street(s) a project is in (三星羽绒数字工厂所在街道的书记是谁). */
export const PROJECT_STREET_HEADS = `MATCH (p:Project {id: $project})
CALL (p) {
  MATCH (s:Street)-[:RUNS]->(p) RETURN s
  UNION MATCH (p)-[:LOCATED_IN]->(s:Street) RETURN s
}
MATCH (o:Official)-[r:HEADS]->(s)
RETURN s.name AS street, o.name AS official, coalesce(r.title, o.title) AS title
ORDER BY street, official`;

/** Streets implementing every one of $programs. */
export const STREETS_IMPLEMENTING_ALL = `MATCH (g:Program) WHERE g.id IN $programs
MATCH (s:Street)-[:IMPLEMENTS]->(g)
WITH s, count(DISTINCT g) AS n WHERE n = size($programs)
RETURN s.name AS street
ORDER BY street`;

/** The enterprises behind a project named with its street (新塘街道的三星羽绒数字工厂): none if the street does not run it. */
export const STREET_PROJECT_ENTERPRISES = `MATCH (s:Street {id: $street}), (p:Project {id: $project})
WHERE (s)-[:RUNS]->(p) OR (p)-[:LOCATED_IN]->(s)
MATCH (p)-[r:INVOLVES]->(e:Enterprise)
RETURN p.name AS project, s.name AS street, e.name AS enterprise, r.evidenceText[0] AS evidence
ORDER BY enterprise`;
