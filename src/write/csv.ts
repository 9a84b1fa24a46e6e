/**
 * The writer's graph as CSV files for `neo4j-admin database import full`: Neo4j's own bulk path
 * into an empty database (offline: the database must not be running). Same rows as a first
 * ingest (planWrite against nothing stored), so the imported graph is the one the writer stores,
 * once the schema is applied and the returned `fixups` have run (see docs/neo4j.md, "Bulk import").
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KnowledgeGraph } from '../types.ts';
import { groupBy, planWrite } from './plan.ts';
import { prepareGraph, type PropertyValue } from './rows.ts';

/** Between the elements of a list value: a control character no text of ours holds. */
export const ARRAY_DELIMITER = '\u001F';

/**
 * A CSV field cannot hold an empty list (an empty field is no property), and the writer stores
 * empty lists (an entity without aliases, a mention link without offsets): set them after import,
 * by the list column that was empty somewhere.
 */
const EMPTY_LIST_FIXUPS: Record<string, string> = {
  aliases: 'MATCH (n:Entity) WHERE n.aliases IS NULL SET n.aliases = []',
  relationIds: 'MATCH (d:Document) WHERE d.relationIds IS NULL SET d.relationIds = [], d.relationTypes = []',
  starts: 'MATCH ()-[m:MENTIONS]->() WHERE m.starts IS NULL SET m.starts = [], m.ends = []',
  evidenceDoc: 'MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceDoc IS NULL SET r.evidenceDoc = [], r.evidenceStart = [], r.evidenceEnd = [], r.evidenceText = []',
};

export interface ImportFiles {
  /** Arguments for `neo4j-admin database import full <database>`, after the database name. */
  args: string[];
  /** Cypher to run once the imported database is served (and its schema applied). */
  fixups: string[];
  nodes: number;
  relationships: number;
}

type Row = Record<string, PropertyValue | undefined>;

/** Import type of a value. Numbers are doubles: the JavaScript driver sends every number as a float. */
function typeOf(value: PropertyValue): string {
  const first = Array.isArray(value) ? value[0] : value;
  const scalar = typeof first === 'number' ? 'double' : typeof first === 'boolean' ? 'boolean' : 'string';
  return Array.isArray(value) ? `${scalar}[]` : scalar;
}

function field(value: PropertyValue | undefined, where: string): string {
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value) ? value.map(String).join(ARRAY_DELIMITER) : value;
  if (Array.isArray(value) && value.some((v) => String(v).includes(ARRAY_DELIMITER))) {
    throw new Error(`src/write/csv: ${where} holds the list delimiter U+001F in a list value; it cannot be imported`);
  }
  return '"' + text.replace(/"/g, '""') + '"';
}

/**
 * Writes the graph's CSV files into `dir` (one file per label or type and per set of property
 * columns, since a file has one header) and returns the import arguments.
 */
export async function writeImportFiles(graph: KnowledgeGraph, dir: string): Promise<ImportFiles> {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const plan = planWrite(prepareGraph(graph), new Map());
  // The import's report of bad entries goes beside the files, not into the working directory.
  const args: string[] = ['--array-delimiter=U+001F', `--report-file=${join(out, 'import.report')}`];
  let multiline = false;
  const emptyLists = new Set<string>();
  let fileCount = 0;

  /** `fixed`: leading columns (header → row key); the other keys of each row become typed property columns. */
  const write = async (option: string, fixed: Array<[string, string]>, rows: Row[]) => {
    const fixedKeys = new Set(fixed.map(([, key]) => key));
    const signature = (row: Row) =>
      Object.entries(row)
        .filter(([k, v]) => !fixedKeys.has(k) && v !== undefined)
        .map(([k, v]) => `${k}:${typeOf(v!)}`)
        .sort()
        .join(',');
    for (const [columns, group] of groupBy(rows, signature)) {
      const props = columns ? columns.split(',') : [];
      const keys = [...fixed.map(([, key]) => key), ...props.map((c) => c.slice(0, c.lastIndexOf(':')))];
      const file = join(out, `${fileCount++}.csv`);
      const stream = createWriteStream(file);
      stream.write([...fixed.map(([header]) => header), ...props].join(',') + '\n');
      for (const row of group) {
        for (const key of Object.keys(EMPTY_LIST_FIXUPS)) if (Array.isArray(row[key]) && (row[key] as unknown[]).length === 0) emptyLists.add(key);
        const line = keys.map((k) => field(row[k], `${file}, ${String(row[keys[0]!])}, ${k}`)).join(',') + '\n';
        if (!multiline && /[\r\n]/.test(line.slice(0, -1))) multiline = true;
        if (!stream.write(line)) await new Promise((drained) => stream.once('drain', drained));
      }
      await new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done())));
      args.push(`${option}=${file}`);
    }
  };

  const now = new Date().toISOString();
  await write(
    '--nodes=Document',
    [['id:ID(Document)', 'id'], ['hash', 'hash'], ['relationIds:string[]', 'relationIds'], ['relationTypes:string[]', 'relationTypes'], ['ingestedAt:datetime', 'ingestedAt']],
    plan.documents.map((d) => ({ ...d.meta, id: d.id, hash: d.hash, relationIds: d.relationIds, relationTypes: d.relationTypes, ingestedAt: now })),
  );
  for (const [label, rows] of groupBy(plan.entities, (e) => e.label)) {
    await write(
      `--nodes=Entity${label ? `:${label}` : ''}`,
      [['id:ID(Entity)', 'id'], ['type', 'type'], ['name', 'name'], ['aliases:string[]', 'aliases']],
      rows.map((e) => ({ ...e.props, id: e.id, type: e.type, name: e.name, aliases: e.aliases })),
    );
  }
  await write(
    '--relationships=MENTIONS',
    [[':START_ID(Document)', 'doc'], [':END_ID(Entity)', 'entity'], ['starts:double[]', 'starts'], ['ends:double[]', 'ends']],
    plan.mentions as unknown as Row[],
  );
  for (const [type, rows] of groupBy(plan.relations, (r) => r.type)) {
    await write(
      `--relationships=${type}`,
      [
        [':START_ID(Entity)', 'from'], [':END_ID(Entity)', 'to'], ['id', 'id'], ['sources:string[]', 'sources'],
        ['evidenceDoc:string[]', 'evidenceDoc'], ['evidenceStart:double[]', 'evidenceStart'], ['evidenceEnd:double[]', 'evidenceEnd'], ['evidenceText:string[]', 'evidenceText'],
      ],
      rows.map((r) => ({ ...r.props, from: r.from, to: r.to, id: r.id, sources: r.sources, evidenceDoc: r.evidenceDoc, evidenceStart: r.evidenceStart, evidenceEnd: r.evidenceEnd, evidenceText: r.evidenceText })),
    );
  }
  if (multiline) args.push('--multiline-fields=true');
  const fixups = Object.entries(EMPTY_LIST_FIXUPS).filter(([key]) => emptyLists.has(key)).map(([, cypher]) => cypher);
  return { args, fixups, nodes: plan.documents.length + plan.entities.length, relationships: plan.mentions.length + plan.relations.length };
}
