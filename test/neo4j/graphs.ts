/** Small hand-made KnowledgeGraphs for the writer tests, and the shared database's lifecycle. */
import { afterAll, beforeAll } from 'vitest';
import type { Entity, KnowledgeGraph, Relation } from '../../src/types.ts';
import { buildGraph } from '../../src/pipeline.ts';
import { deleteEverything, ingestGraph, openConnection, type Connection } from '../../src/write/index.ts';

export async function testConnection(): Promise<Connection> {
  return openConnection({ maxRetryTimeMs: 5_000 });
}

/**
 * Leaves the shared database as CI's main job leaves it: the sample corpus, ingested. Test files
 * that empty the database call it when done, so other suites (viewer, e2e) find the sample
 * whatever order the files run in.
 */
export async function restoreSampleCorpus(conn: Connection): Promise<void> {
  await deleteEverything(conn);
  await ingestGraph(conn, (await buildGraph(['graph/corpus'])).graph);
}

/** A fresh test database (a file run alone) gets what the other suites leave: the sample corpus. */
export async function ensureSampleCorpus(): Promise<void> {
  const conn = await testConnection();
  try {
    const { records } = await conn.driver.executeQuery('MATCH (s:Street) RETURN count(s) AS n', {}, { database: conn.database });
    if (Number(records[0]?.get('n') ?? 0) === 0) await restoreSampleCorpus(conn);
  } finally {
    await conn.close();
  }
}

/**
 * A test file's database: before its tests, a connection to an emptied database (then `fill`, if
 * given); after them, the sample corpus back (see restoreSampleCorpus) and the connection closed.
 * `use` receives the connection, so tests keep a plain `conn` variable.
 */
export function useEmptyDatabase(use: (conn: Connection) => void, fill?: (conn: Connection) => Promise<void>): void {
  let conn: Connection | undefined;
  beforeAll(async () => {
    conn = await testConnection();
    use(conn);
    await deleteEverything(conn);
    await fill?.(conn);
  });
  afterAll(async () => {
    if (conn) await restoreSampleCorpus(conn);
    await conn?.close();
  }, 120_000);
}

/** A text whose evidence offsets are real: `text.slice(start, end)` is the evidence. */
export function doc(id: string, text: string) {
  return { id, title: id, chars: text.length, text };
}

type Doc = ReturnType<typeof doc>;

export function entity(type: string, name: string, docs: Doc[], props: Record<string, unknown> = {}, aliases: string[] = []): Entity {
  const id = `${type.toLowerCase()}:${name}`;
  const mentions = docs.flatMap((d) => {
    const start = d.text.indexOf(name);
    return start >= 0 ? [{ doc: d.id, start, end: start + name.length }] : [];
  });
  return { id, type, name, aliases, props, mentions };
}

export function relation(type: string, from: Entity, to: Entity, docs: Doc[], props: Record<string, unknown> = {}): Relation {
  const evidence = docs.map((d) => {
    const sentence = d.text.split('。').find((s) => s.includes(from.name) && s.includes(to.name)) ?? d.text;
    const start = d.text.indexOf(sentence);
    return { doc: d.id, start, end: start + sentence.length, text: sentence };
  });
  return { id: `${type.toLowerCase()}:${from.id}->${to.id}`, type, from: from.id, to: to.id, props, evidence };
}

export function graphOf(docs: Doc[], entities: Entity[], relations: Relation[]): KnowledgeGraph {
  return {
    documents: docs.map(({ text: _text, ...meta }) => meta),
    entities,
    relations,
  };
}

/** Two articles sharing a street and a program, each with facts of its own. */
export function twoArticles() {
  const a = doc('a', '城厢街道党工委书记洪泉良说,城厢街道推进一网统管。城厢街道建设湘湖未来社区。');
  const b = doc('b', '新塘街道党工委书记张三说,新塘街道推进一网统管。城厢街道推进一网统管,成效明显。');
  const chengxiang = entity('Street', '城厢街道', [a, b], { kind: '街道' }, ['城厢']);
  const xintang = entity('Street', '新塘街道', [b], { kind: '街道' });
  const hong = entity('Official', '洪泉良', [a], { title: '党工委书记' });
  const zhang = entity('Official', '张三', [b], { title: '党工委书记' });
  const ywtg = entity('Program', '一网统管', [a, b]);
  const xianghu = entity('Project', '湘湖未来社区', [a], { investment: 7e7, tags: ['社区', '未来'], nested: { a: 1 } });
  const relationsA = [
    relation('HEADS', hong, chengxiang, [a], { title: '党工委书记' }),
    relation('IMPLEMENTS', chengxiang, ywtg, [a]),
    relation('RUNS', chengxiang, xianghu, [a]),
  ];
  const relationsB = [
    relation('HEADS', zhang, xintang, [b], { title: '党工委书记' }),
    relation('IMPLEMENTS', xintang, ywtg, [b]),
  ];
  const shared = relation('IMPLEMENTS', chengxiang, ywtg, [a, b]);
  const onlyA = graphOf([a], [chengxiang, hong, ywtg, xianghu].map((e) => restrict(e, ['a'])), relationsA);
  const onlyB = graphOf(
    [b],
    [chengxiang, xintang, zhang, ywtg].map((e) => restrict(e, ['b'])),
    [...relationsB, { ...shared, evidence: shared.evidence.filter((e) => e.doc === 'b') }],
  );
  const both = graphOf([a, b], [chengxiang, xintang, hong, zhang, ywtg, xianghu], [relationsA[0]!, relationsA[2]!, ...relationsB, shared]);
  return { a, b, onlyA, onlyB, both };
}

function restrict(e: Entity, docs: string[]): Entity {
  return { ...e, mentions: e.mentions.filter((m) => docs.includes(m.doc)) };
}

/** A value with its object keys sorted, so equal graphs print equal. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]))
      : value;

/** Every node and relationship the writer owns, with every property but the time of writing. */
export async function graphDump(conn: Connection): Promise<string[]> {
  const nodes = await conn.driver.executeQuery(
    `MATCH (n) WHERE NOT n:IngestLedger
     RETURN [l IN labels(n) | l] AS labels, properties(n) AS props`,
    {},
    { database: conn.database },
  );
  const rels = await conn.driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
    {},
    { database: conn.database },
  );
  const lines = [
    ...nodes.records.map((r) => {
      const { ingestedAt, ...props } = r.get('props') as Record<string, unknown>;
      return 'N ' + JSON.stringify(canonical({ labels: (r.get('labels') as string[]).sort(), props, written: ingestedAt !== undefined }));
    }),
    ...rels.records.map((r) => 'R ' + JSON.stringify(canonical(r.toObject()))),
  ];
  return lines.sort();
}
