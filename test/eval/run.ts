/**
 * `npm run eval` — run the pipeline over our sample article and the real corpus (../shared/corpus) and score them
 * against the gold annotations in test/gold/.
 *
 *   npm run eval                      tables per group and per document, FPs/FNs, checks
 *   npm run eval -- --json            the scores as JSON on stdout
 *   npm run eval -- --doc 07          only documents whose name contains "07"
 *   npm run eval -- --separate        one pipeline run per file instead of one per group
 *   npm run eval -- --group dev       only one group (bundled | seed | dev | dev2 | written | written2 | written3 | written4 | written5 | written6 | written7 | written8 | written9 | written10 | written11 | written12 | written13 | written14)
 *   npm run eval -- --neutral         also list predictions that matched optional gold items
 *   npm run eval -- --strict          exit 1 when a target is missed
 *   npm run eval -- --curation FILE   apply a curation file (default: none, the extractor alone)
 *   npm run eval -- --oracle          score the gold itself instead of the pipeline (self-check)
 *   npm run eval -- --group ask       only the ask question set (test/ask/), on the tests' Neo4j
 *
 * Groups: `bundled` is our own sample article (graph/corpus), `seed` the published column it was
 * written to the facts of; `dev` and `dev2` are real excerpts, each group built as ONE corpus
 * (how a user runs zhenjie on a folder, and the only way to exercise "names found by a strong
 * pattern anywhere in the corpus are recognised everywhere else"); each document is then scored
 * on its part of the graph (entities with a mention in it, relations with evidence in it).
 * `written` is our own fourteen pages of the genre (test/fixtures/written), annotated blind in
 * test/gold/written, and `written2` the second such set (test/fixtures/written2, gold in
 * test/gold/written2), written once the first had been tuned on, and `written3` the third
 * (test/fixtures/written3, gold in test/gold/written3), `written4` the fourth
 * (test/fixtures/written4, gold in test/gold/written4), `written5` the fifth
 * (test/fixtures/written5, gold in test/gold/written5), `written6` the sixth
 * (test/fixtures/written6, gold in test/gold/written6), `written7` the seventh
 * (test/fixtures/written7, gold in test/gold/written7), `written8` the eighth
 * (test/fixtures/written8, gold in test/gold/written8), `written9` the ninth
 * (test/fixtures/written9, gold in test/gold/written9), `written10` the tenth
 * (test/fixtures/written10, gold in test/gold/written10), `written11` the eleventh
 * (test/fixtures/written11, gold in test/gold/written11), `written12` the twelfth
 * (test/fixtures/written12, gold in test/gold/written12), `written13` the thirteenth
 * (test/fixtures/written13, gold in test/gold/written13), and `written14` the fourteenth
 * (test/fixtures/written14, gold in test/gold/written14); each built as one corpus.
 * Counts are summed over the documents of a group, then macro-averaged over types.
 */
import { parseArgs } from 'node:util';
import { corpusMissing, evaluateGroup, defaultGroups, loadAllGolds, SINGLE_ARTICLE_GROUPS, WRITTEN_SETS, writtenGroup, type GroupResult, type Mode } from './evaluate.ts';
import { SCORED_ENTITY_TYPES, SCORED_RELATION_TYPES } from './gold.ts';
import { oracleBuild } from './oracle.ts';
import type { EntityError, Prf, RelationError, Score } from './score.ts';
import { askReportText, evaluateAsk } from './ask.ts';
import { DEV_MIN_MACRO_PRECISION, DEV_MIN_MACRO_RECALL, SAMPLE_MIN_PRECISION, SAMPLE_MIN_RECALL } from './targets.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    doc: { type: 'string', multiple: true },
    group: { type: 'string', multiple: true },
    separate: { type: 'boolean', default: false },
    neutral: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    curation: { type: 'string' },
    oracle: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  process.stdout.write(
    'usage: npm run eval -- [--json] [--doc NAME]... [--group bundled|seed|dev|dev2|written|written2|written3|written4|written5|written6|written7|written8|written9|written10|written11|written12|written13|written14]... [--separate] [--neutral] [--strict] [--curation FILE] [--oracle]\n',
  );
  process.exit(0);
}

const mode: Mode = args.separate ? 'separate' : 'corpus';
const docFilters = args.doc ?? [];
const only = (stem: string) => docFilters.length === 0 || docFilters.some((f) => stem.includes(f.replace(/\.(txt|json)$/, '')));
const missing = corpusMissing();
if (missing) process.stderr.write(`eval: only the bundled sample and the written pages are scored: ${missing}\n`);
const groups = [...defaultGroups(), ...WRITTEN_SETS.map(writtenGroup)]
  .filter((g) => !args.group || args.group.includes(g.name))
  .filter((g) => g.paths.some((p) => only(p.split('/').pop()!.replace(/\.txt$/, ''))));

// The ask question set runs with every full eval and with --group ask (not for --doc or --oracle).
const withAsk = docFilters.length === 0 && !args.oracle && (!args.group || args.group.includes('ask'));
if (groups.length === 0 && !withAsk) {
  process.stderr.write(`no document matches ${docFilters.join(', ')}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- formatting

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
/** Width of a string in a terminal (CJK characters take two columns). */
const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) && !/[\uff61-\uff9f]/.test(c) ? 2 : 1), 0);
const padW = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

function typeTable(title: string, table: Record<string, Prf>, scored: readonly string[], floor?: { p: number; r: number }): string[] {
  const out = [`  ${pad(title, 12)} ${lpad('TP', 5)} ${lpad('FP', 5)} ${lpad('FN', 5)}  ${lpad('P%', 6)} ${lpad('R%', 6)} ${lpad('F1%', 6)}`];
  for (const [t, s] of Object.entries(table)) {
    if (!scored.includes(t) && s.tp + s.fp + s.fn === 0) continue;
    const miss = floor && scored.includes(t) && (s.precision < floor.p || s.recall < floor.r) ? '  ✗' : floor && scored.includes(t) ? '  ✓' : '';
    const extra = scored.includes(t) ? '' : '  (info)';
    out.push(`  ${pad(t, 12)} ${lpad(s.tp, 5)} ${lpad(s.fp, 5)} ${lpad(s.fn, 5)}  ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}${miss}${extra}`);
  }
  return out;
}

function macroLine(label: string, m: Score['macro']['entities']): string {
  return `  ${pad(label, 30)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}`;
}

function listEntities(title: string, errs: EntityError[], multiDoc: boolean): string[] {
  if (errs.length === 0) return [];
  const out = [`  ${title} (${errs.length}):`];
  const byType = new Map<string, EntityError[]>();
  for (const e of errs) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const order = [...SCORED_ENTITY_TYPES, ...[...byType.keys()].filter((t) => !(SCORED_ENTITY_TYPES as readonly string[]).includes(t)).sort()];
  for (const t of order) {
    const list = byType.get(t);
    if (!list) continue;
    out.push(`    ${t} (${list.length}):`);
    for (const e of list) out.push(`      ${padW(e.name, 34)} ${e.reason ? `${e.reason}` : ''}${multiDoc ? `  [${e.doc}]` : ''}`.trimEnd());
  }
  return out;
}

function listRelations(title: string, errs: RelationError[], multiDoc: boolean): string[] {
  if (errs.length === 0) return [];
  const out = [`  ${title} (${errs.length}):`];
  const types = [...new Set(errs.map((e) => e.type))].sort(
    (a, b) => (SCORED_RELATION_TYPES as readonly string[]).indexOf(a) - (SCORED_RELATION_TYPES as readonly string[]).indexOf(b),
  );
  for (const t of types) {
    const list = errs.filter((e) => e.type === t);
    out.push(`    ${t} (${list.length}):`);
    for (const e of list) out.push(`      ${padW(`${e.from} -> ${e.to}`, 40)} ${e.reason ?? ''}${multiDoc ? `  [${e.doc}]` : ''}`.trimEnd());
  }
  return out;
}

function report(g: GroupResult): { text: string; ok: boolean } {
  const s = g.total;
  const isSample = SINGLE_ARTICLE_GROUPS.has(g.name);
  const multiDoc = g.docs.length > 1;
  const lines: string[] = [];
  lines.push('', `== ${g.name}: ${g.docs.length} document(s), ${g.mode} mode, ${g.millis} ms ==`);
  for (const p of g.problems) lines.push(`  pipeline problem: ${p}`);
  for (const u of g.unmapped) lines.push(`  warning: pipeline document not mapped to an input file: ${u}`);
  for (const d of g.docs) if (!d.docId) lines.push(`  warning: the pipeline returned no document for ${d.stem} (scored as empty)`);

  const floor = isSample ? { p: SAMPLE_MIN_PRECISION, r: SAMPLE_MIN_RECALL } : undefined;
  lines.push(...typeTable('entities', s.entities, SCORED_ENTITY_TYPES, floor));
  lines.push(macroLine('macro (5 entity types)', s.macro.entities));
  lines.push(...typeTable('relations', s.relations, SCORED_RELATION_TYPES, floor));
  lines.push(macroLine('macro (4 relation types)', s.macro.relations));

  let ok = true;
  if (isSample) {
    for (const t of SCORED_ENTITY_TYPES) {
      const x = s.entities[t];
      if (x.precision < SAMPLE_MIN_PRECISION || x.recall < SAMPLE_MIN_RECALL) ok = false;
    }
  } else if (g.docs.length > 1) {
    const { entities: e, relations: r } = s.macro;
    const pass = e.precision >= DEV_MIN_MACRO_PRECISION && e.recall >= DEV_MIN_MACRO_RECALL && r.precision >= DEV_MIN_MACRO_PRECISION && r.recall >= DEV_MIN_MACRO_RECALL;
    lines.push(`  dev floor (macro P, R ≥ ${DEV_MIN_MACRO_PRECISION}, ${DEV_MIN_MACRO_RECALL} for entities and relations): ${pass ? '✓' : '✗'}`);
    ok &&= pass;
  }

  if (s.checks.heads.length || s.checks.sharedPrograms.length) {
    lines.push('  checks:');
    for (const h of s.checks.heads) {
      lines.push(`    ${h.ok ? '✓' : '✗'} HEADS links ${h.found}/${h.expected}${h.missing.length ? `  missing: ${h.missing.join('; ')}` : ''}`);
      ok &&= h.ok;
    }
    for (const c of s.checks.sharedPrograms) {
      const split = c.nodes > 1 ? `, split into ${c.nodes} nodes` : c.nodes === 0 ? ', not found' : '';
      lines.push(`    ${c.ok ? '✓' : '✗'} ${padW(c.program, 28)} ${c.streets.length} streets (≥ ${c.min})${split}: ${c.streets.join(' ')}`);
      ok &&= c.ok;
    }
  }

  if (multiDoc) {
    lines.push('  per document:', `    ${pad('document', 38)} ${'entities P / R / F1'.padEnd(22)}  ${'relations P / R / F1'.padEnd(22)}  FP  FN`);
    for (const d of g.docs) {
      const e = d.score.macro.entities;
      const r = d.score.macro.relations;
      const fp = d.score.falsePositives.entities.length + d.score.falsePositives.relations.length;
      const fn = d.score.falseNegatives.entities.length + d.score.falseNegatives.relations.length;
      lines.push(
        `    ${pad(d.stem, 38)} ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}   ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}  ${lpad(fp, 3)} ${lpad(fn, 3)}`,
      );
    }
  }

  lines.push(...listEntities('false positives, entities', s.falsePositives.entities, multiDoc));
  lines.push(...listEntities('false negatives, entities', s.falseNegatives.entities, multiDoc));
  lines.push(...listRelations('false positives, relations', s.falsePositives.relations, multiDoc));
  lines.push(...listRelations('false negatives, relations', s.falseNegatives.relations, multiDoc));
  if (s.info.length) {
    lines.push(`  property mismatches (not scored) (${s.info.length}):`);
    for (const i of s.info)
      lines.push(`    ${i.type} ${i.name}: ${i.field} gold ${JSON.stringify(i.gold)}, predicted ${JSON.stringify(i.predicted)}${multiDoc ? `  [${i.doc}]` : ''}`);
  }
  if (args.neutral) {
    lines.push(...listEntities('neutral entities (optional gold / other gold type)', s.neutral.entities, multiDoc));
    lines.push(...listRelations('neutral relations', s.neutral.relations, multiDoc));
  }
  return { text: lines.join('\n'), ok };
}

// ---------------------------------------------------------------- main

const results: GroupResult[] = [];
try {
  const golds = loadAllGolds();
  const build = args.oracle ? oracleBuild(golds) : undefined;
  for (const g of groups) results.push(await evaluateGroup(g, { mode, only, golds, build, curationPath: args.curation ?? null }));
} catch (err) {
  process.stderr.write(`eval: ${(err as Error).stack ?? err}\n`);
  process.exit(2);
}

const ask = withAsk ? await evaluateAsk() : null;

if (args.json) {
  const out = {
    ask,
    mode,
    targets: { SAMPLE_MIN_PRECISION, SAMPLE_MIN_RECALL, DEV_MIN_MACRO_PRECISION, DEV_MIN_MACRO_RECALL },
    groups: results.map((g) => ({
      name: g.name,
      mode: g.mode,
      millis: g.millis,
      problems: g.problems,
      unmapped: g.unmapped,
      total: g.total,
      documents: g.docs.map((d) => ({ doc: d.stem, path: d.path, docId: d.docId ?? null, ...d.score })),
    })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  let allOk = true;
  for (const g of results) {
    const { text, ok } = report(g);
    process.stdout.write(text + '\n');
    allOk &&= ok;
  }
  if (ask) process.stdout.write(askReportText(ask) + '\n');
  process.stdout.write(`\n${allOk ? 'all targets met' : 'targets not met (see ✗ above)'}\n`);
  if (args.strict && !allOk) process.exit(1);
}
