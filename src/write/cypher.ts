/**
 * Every Cypher statement of the writer, in one module (as neo4j-graphrag keeps its writer's).
 *
 * Rules: every value is a parameter; labels and relationship types are static in the text (MERGE
 * with a dynamic label cannot use an index in 5.26) and only ever come from `labelFor` /
 * `relationshipTypeFor`, which admit plain identifiers; rows go in through `UNWIND $rows`.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../types.ts';

/** Labels that get constraints and name indexes even before any entity of theirs exists. */
export const KNOWN_LABELS: readonly string[] = ENTITY_TYPES;
export const KNOWN_RELATIONSHIP_TYPES: readonly string[] = RELATION_TYPES;
export const FULLTEXT_INDEX = 'entity_names';
export const LEDGER_ID = 'zhenjie';

const quote = (identifier: string) => {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(identifier)) throw new Error(`src/write/cypher: '${identifier}' is not a plain identifier`);
  return '`' + identifier + '`';
};

// ── schema ──────────────────────────────────────────────────────────────────────────────────

/** Idempotent schema statements for the given entity labels and relationship types. */
export function schemaStatements(labels: readonly string[], relationshipTypes: readonly string[]): string[] {
  const nodeLabels = ['Entity', 'Document', 'IngestLedger', ...labels];
  return [
    ...nodeLabels.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${quote(l)}) REQUIRE n.id IS UNIQUE`),
    // Exact look-ups by name (the viewer, ad-hoc Cypher). One index over :Entity, not one per
    // label: each index costs every write, and the questions resolve names full-text.
    `CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)`,
    // The writer finds relationships by id (stale evidence, evidence question).
    ...relationshipTypes.map(
      (t) => `CREATE CONSTRAINT rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${quote(t)}]-() REQUIRE r.id IS UNIQUE`,
    ),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.fullName]
     OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`,
  ];
}

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

// ── reads the writer plans with ───────────────────────────────────────────────────────────

/** Every stored hash in one round trip: the plan of an unchanged corpus needs no more. */
export const READ_DOCUMENT_HASHES = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.hash AS hash`;

/** What a changed or removed document supported: read only for those. */
export const READ_DOCUMENTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.hash AS hash,
       coalesce(d.relationIds, []) AS relationIds, coalesce(d.relationTypes, []) AS relationTypes`;

/** A document by id, path, file name or title (for `remove`). */
export const FIND_DOCUMENTS = `
MATCH (d:Document)
WHERE d.id = $key OR d.path = $key OR d.title = $key OR d.path ENDS WITH ('/' + $key)
RETURN d.id AS id, d.title AS title, d.path AS path
ORDER BY id`;

// ── writes ────────────────────────────────────────────────────────────────────────────────

export const UPSERT_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.meta`;

/**
 * Entities of one label (null: no type label, only :Entity). Aliases accumulate as a set, kept
 * sorted (as a new entity's are, write/rows.ts): an alias a later run adds lands where a cold run puts it.
 */
export function upsertEntities(label: string | null, knownLabels: readonly string[] = KNOWN_LABELS): string {
  const others = knownLabels.filter((l) => l !== label);
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET ${label ? `n:${quote(label)}, ` : ''}n.type = row.type, n.name = row.name, n += row.props,
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS a RETURN DISTINCT a ORDER BY a }
${others.length ? `REMOVE n:${others.map(quote).join(':')}` : ''}`;
}

export const UPSERT_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.entity})
MERGE (d)-[m:MENTIONS]->(e)
SET m.starts = row.starts, m.ends = row.ends`;

// ── writes of what is known to be new ─────────────────────────────────────────────────────
// Entities and relations when the database holds no graph at all, mentions of a document that
// was not stored: CREATE instead of MERGE, and nothing to keep. A batch is one transaction, so
// its first row exists only if the batch was committed already: a retry after a reply lost with
// the connection (the commit went through) writes nothing twice. Statements return `committed`.

/** Runs `body` (which returns `written`) on the rows unless `firstRow`, a pattern, finds the batch's first row. */
const unlessCommitted = (firstRow: string, body: string) => `
WITH EXISTS { MATCH ${firstRow} } AS committed
CALL (committed) {
  UNWIND CASE WHEN committed THEN [] ELSE $rows END AS row
  ${body.trim()}
}
RETURN committed, written`;

export function createEntities(label: string | null): string {
  return unlessCommitted(
    '(:Entity {id: $rows[0].id})',
    `CREATE (n:Entity${label ? `:${quote(label)}` : ''} {id: row.id})
  SET n.type = row.type, n.name = row.name, n += row.props, n.aliases = row.aliases
  RETURN count(n) AS written`,
  );
}

export const CREATE_MENTIONS = unlessCommitted(
  '(:Document {id: $rows[0].doc})-[:MENTIONS]->(:Entity {id: $rows[0].entity})',
  `MATCH (d:Document {id: row.doc})
  MATCH (e:Entity {id: row.entity})
  CREATE (d)-[m:MENTIONS]->(e)
  SET m.starts = row.starts, m.ends = row.ends
  RETURN count(m) AS written`,
);

/**
 * Relation rows as lists (`relationList`): [id, from, to, props, sources, evidenceDoc,
 * evidenceStart, evidenceEnd, evidenceText]. The driver encodes a list in half the time of a map.
 */
export function createRelations(type: string): string {
  return unlessCommitted(
    `()-[:${quote(type)} {id: $rows[0][0]}]->()`,
    `MATCH (a:Entity {id: row[1]})
  MATCH (b:Entity {id: row[2]})
  CREATE (a)-[r:${quote(type)} {id: row[0]}]->(b)
  SET r += row[3], r.sources = row[4], r.evidenceDoc = row[5], r.evidenceStart = row[6], r.evidenceEnd = row[7], r.evidenceText = row[8]
  RETURN count(r) AS written`,
  );
}

/** Whether the database holds any entity or document: none means every fact of a run is new. */
export const HOLDS_ANY_FACT = `
CALL () { MATCH (e:Entity) RETURN e AS n LIMIT 1 UNION MATCH (d:Document) RETURN d AS n LIMIT 1 }
RETURN count(n) > 0 AS holds`;

/** Drops a document's mentions of entities it no longer supports; returns those entities. */
export const DELETE_STALE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})-[m:MENTIONS]->(e:Entity)
WHERE NOT e.id IN row.keep
DELETE m
RETURN e.id AS entity`;

/** The evidence lists of r without the entries of `docs` (a list expression), as keep-indices. */
const KEEP_EVIDENCE = (docs: string) => `
WITH r, row, coalesce(r.evidenceDoc, []) AS eDoc, coalesce(r.evidenceStart, []) AS eStart,
     coalesce(r.evidenceEnd, []) AS eEnd, coalesce(r.evidenceText, []) AS eText
WITH r, row, eDoc, eStart, eEnd, eText, [i IN range(0, size(eDoc) - 1) WHERE NOT eDoc[i] IN ${docs}] AS keep`;

/**
 * Relations of one type. A row carries the documents being written that support it, and their
 * evidence; evidence of other documents already on the relationship stays. The lists stay sorted
 * (sources by id, evidence by document, start, end, text: the order of a row, rows.ts), so a
 * document written after others takes the place a cold ingest gives it.
 */
export function upsertRelations(type: string): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${quote(type)} {id: row.id}]->(b)
${KEEP_EVIDENCE('row.sources')}
WITH r, row, [i IN keep | [eDoc[i], eStart[i], eEnd[i], eText[i]]] +
     [j IN range(0, size(row.evidenceDoc) - 1) | [row.evidenceDoc[j], row.evidenceStart[j], row.evidenceEnd[j], row.evidenceText[j]]] AS evidence
WITH r, row, COLLECT { UNWIND evidence AS e RETURN e ORDER BY e[0], e[1], e[2], e[3] } AS evidence
SET r += row.props,
    r.sources = COLLECT { UNWIND [s IN coalesce(r.sources, []) WHERE NOT s IN row.sources] + row.sources AS s RETURN s ORDER BY s },
    r.evidenceDoc = [e IN evidence | e[0]],
    r.evidenceStart = [e IN evidence | e[1]],
    r.evidenceEnd = [e IN evidence | e[2]],
    r.evidenceText = [e IN evidence | e[3]]
RETURN count(r) AS written`;
}

/**
 * Relations of one type, each row supported by one document the database did not hold (so none of
 * its entries is on the relationship): its entries are inserted where the sorted lists place them,
 * found by counting, instead of sorting every entry again (upsertRelations). Same lists. A row
 * whose document is among the sources already was inserted by this very batch, committed before
 * (a retry whose reply was lost): its lists are left as they are.
 */
export function insertIntoRelations(type: string): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${quote(type)} {id: row.id}]->(b)
WITH r, row, row.sources[0] AS doc, coalesce(r.sources, []) AS src, coalesce(r.evidenceDoc, []) AS eDoc,
     coalesce(r.evidenceStart, []) AS eStart, coalesce(r.evidenceEnd, []) AS eEnd, coalesce(r.evidenceText, []) AS eText
WITH r, row, doc IN src AS done, src, eDoc, eStart, eEnd, eText, size([s IN src WHERE s < doc]) AS s, size([d IN eDoc WHERE d < doc]) AS e
SET r += row.props,
    r.sources = CASE WHEN done THEN src ELSE src[..s] + row.sources + src[s..] END,
    r.evidenceDoc = CASE WHEN done THEN eDoc ELSE eDoc[..e] + row.evidenceDoc + eDoc[e..] END,
    r.evidenceStart = CASE WHEN done THEN eStart ELSE eStart[..e] + row.evidenceStart + eStart[e..] END,
    r.evidenceEnd = CASE WHEN done THEN eEnd ELSE eEnd[..e] + row.evidenceEnd + eEnd[e..] END,
    r.evidenceText = CASE WHEN done THEN eText ELSE eText[..e] + row.evidenceText + eText[e..] END
RETURN count(r) AS written`;
}

/** Takes `row.docs` out of a relation's support; deletes the relation when none is left. */
export function withdrawRelations(type: string): string {
  return `
UNWIND $rows AS row
MATCH ()-[r:${quote(type)} {id: row.id}]->()
${KEEP_EVIDENCE('row.docs')}
SET r.sources = [s IN coalesce(r.sources, []) WHERE NOT s IN row.docs],
    r.evidenceDoc = [i IN keep | eDoc[i]],
    r.evidenceStart = [i IN keep | eStart[i]],
    r.evidenceEnd = [i IN keep | eEnd[i]],
    r.evidenceText = [i IN keep | eText[i]]
WITH r WHERE size(r.sources) = 0
DELETE r`;
}

/** Entities no document supports any more. */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { MATCH (:Document)-[:MENTIONS]->(e) }
DETACH DELETE e`;

/** Written last, after a document's facts: a crash before it leaves the document "changed". */
export const FINALIZE_DOCUMENTS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.hash = row.hash, d.relationIds = row.relationIds, d.relationTypes = row.relationTypes,
    d.ingestedAt = datetime()`;

/** How many of the rows' documents hold the hash of their row (FINALIZE_DOCUMENTS done). */
export const COUNT_FINALIZED = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
WHERE d.hash = row.hash
RETURN count(d) AS n`;

export const DELETE_DOCUMENTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d`;

// ── ledger ────────────────────────────────────────────────────────────────────────────────

/** One ledger node keeps the last 500 runs, so re-ingesting adds no node. */
export const APPEND_LEDGER = `
MERGE (l:IngestLedger {id: $ledger})
SET l.runs = (coalesce(l.runs, []) + [$entry])[-500..]`;

/** See write/digest.ts. */
export const READ_GRAPH_DIGEST = `
MATCH (l:IngestLedger {id: $ledger})
RETURN l.graphDigest AS digest`;

export const CLEAR_GRAPH_DIGEST = `
MATCH (l:IngestLedger {id: $ledger})
REMOVE l.graphDigest`;

export const SET_GRAPH_DIGEST = `
MERGE (l:IngestLedger {id: $ledger})
SET l.graphDigest = $digest`;

export const READ_LEDGER = `
MATCH (l:IngestLedger {id: $ledger})
RETURN coalesce(l.runs, []) AS runs`;

// ── maintenance ─────────────────────────────────────────────────────────────────────────────

/** Counts the writer's tests and the bench compare (ledger excluded). */
export const GRAPH_COUNTS = `
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations, sum(size(coalesce(r.evidenceDoc, []))) AS evidence }
CALL () { MATCH (:Document)-[m:MENTIONS]->() RETURN count(m) AS mentionLinks, sum(size(m.starts)) AS mentions }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN entities, documents, relations, evidence, mentionLinks, mentions, nodes, relationships`;

/** Deletes up to $limit relationships, then (below) nodes; repeat each until it deletes none. */
export const DELETE_SOME_RELATIONSHIPS = `
MATCH ()-[r]->()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted`;

/** Deletes up to $limit nodes with their relationships; repeat until it deletes none. */
export const DELETE_SOME_NODES = `
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted`;
