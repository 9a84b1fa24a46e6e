/**
 * The quality targets of issue 2, measured with the gold annotations in test/gold/ (see
 * test/eval/). These fail until the extractor reaches them: they are the target, not a
 * regression guard. `npm run eval` prints the details (false positives and negatives).
 *
 * The pipeline runs without a curation file, so the extractor itself is measured.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGroups, evaluateGroup, writtenGroup, WRITTEN_SETS, type GroupResult } from './eval/evaluate.ts';
import { SCORED_ENTITY_TYPES } from './eval/gold.ts';
import type { Score } from './eval/score.ts';
import { DEV_MIN_MACRO_PRECISION, DEV_MIN_MACRO_RECALL, SAMPLE_MIN_PRECISION, SAMPLE_MIN_RECALL } from './eval/targets.ts';
import { needsRealCorpus } from './setup/corpus.ts';

const groups = defaultGroups();
const group = (name: string) => groups.find((g) => g.name === name)!;

/** The errors of one entity type, for the failure message. */
function errorsOf(s: Score, type: string): string {
  const fp = s.falsePositives.entities.filter((e) => e.type === type).map((e) => `${e.name} (${e.reason})`);
  const fn = s.falseNegatives.entities.filter((e) => e.type === type).map((e) => e.name);
  return `\n  false positives: ${fp.join(', ') || '-'}\n  false negatives: ${fn.join(', ') || '-'}`;
}

/** A single article held to the per-type targets, its HEADS links and its shared programs (its gold's checks). */
function singleArticle(name: string, label: string, real: boolean) {
  describe(`quality on ${label} (issue 2 targets)`, () => {
    if (real && !needsRealCorpus()) return;
    let result: GroupResult;
    beforeAll(async () => {
      result = await evaluateGroup(group(name));
    });

    for (const type of SCORED_ENTITY_TYPES) {
      it(`${type}: precision ≥ ${SAMPLE_MIN_PRECISION} and recall ≥ ${SAMPLE_MIN_RECALL}`, () => {
        const s = result.total;
        const x = s.entities[type];
        const msg = `${type}: P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)}${errorsOf(s, type)}`;
        expect(x.precision, msg).toBeGreaterThanOrEqual(SAMPLE_MIN_PRECISION);
        expect(x.recall, msg).toBeGreaterThanOrEqual(SAMPLE_MIN_RECALL);
      });
    }

    it('all six official→street HEADS links', () => {
      const [heads] = result.total.checks.heads;
      expect(heads.expected).toBe(6);
      expect(heads.missing, 'missing HEADS links').toEqual([]);
      expect(heads.found).toBe(6);
    });

    it('programs shared by several streets are one node each, with enough streets', () => {
      const checks = result.total.checks.sharedPrograms;
      expect(checks.length, 'the gold lists shared programs').toBeGreaterThanOrEqual(5);
      const failed = checks
        .filter((c) => !c.ok)
        .map((c) => `${c.program}: ${c.streets.length} streets (need ${c.min}) in the best of ${c.nodes} node(s): ${c.streets.join(' ')}`);
      expect(failed).toEqual([]);
    });
  });
}

singleArticle('bundled', 'our sample article (graph/corpus)', false);
singleArticle('seed', 'the seed article, the published column (../shared/corpus)', true);

describe('quality on the dev excerpts (floor, tune in test/eval/targets.ts)', () => {
  if (!needsRealCorpus()) return;
  let result: GroupResult;
  beforeAll(async () => {
    result = await evaluateGroup(group('dev'));
  });

  it(`macro precision ≥ ${DEV_MIN_MACRO_PRECISION} and recall ≥ ${DEV_MIN_MACRO_RECALL} over the five entity types`, () => {
    const m = result.total.macro.entities;
    const msg = `entities macro P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`;
    expect(m.precision, msg).toBeGreaterThanOrEqual(DEV_MIN_MACRO_PRECISION);
    expect(m.recall, msg).toBeGreaterThanOrEqual(DEV_MIN_MACRO_RECALL);
  });

  it(`macro precision ≥ ${DEV_MIN_MACRO_PRECISION} and recall ≥ ${DEV_MIN_MACRO_RECALL} over the scored relation types`, () => {
    const m = result.total.macro.relations;
    const msg = `relations macro P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`;
    expect(m.precision, msg).toBeGreaterThanOrEqual(DEV_MIN_MACRO_PRECISION);
    expect(m.recall, msg).toBeGreaterThanOrEqual(DEV_MIN_MACRO_RECALL);
  });

  it('every dev excerpt comes back as a document', () => {
    expect(result.docs.filter((d) => !d.docId).map((d) => d.stem)).toEqual([]);
  });
});

/**
 * Sets whose blind figure is still under the floor, held out until rules are fixed for them (then
 * remove the entry). None now: written11 (0.84 / 0.81, links 0.83 / 0.60 blind on 59b2154),
 * written12 (0.90 / 0.86, links 0.83 / 0.65 blind on c61b5c9), written16 (0.95 / 0.85, links
 * 0.91 / 0.69 blind on a296c38) and written18 (0.94 / 0.87, links 0.93 / 0.698 blind on 391ccec)
 * cleared the floor once tuned on (their READMEs).
 */
const BELOW_FLOOR_BLIND: readonly string[] = [];

/**
 * The tuned sets held to the floor the private sets must reach (issue 9: macro ≥ 0.85, links ≥ 0.70):
 * dev2 (real, annotated blind, since tuned on) and every set of written pages (ours, annotated
 * blind; written8's, written9's and written13's blind figures cleared the floor when they were first scored, the
 * others' after they were tuned on). A regression guard: their blind figures are in the README.
 */
for (const [name, real] of [['dev2', true] as const, ...WRITTEN_SETS.filter((set) => !BELOW_FLOOR_BLIND.includes(set)).map((set) => [set, false] as const)]) {
  describe(`quality on ${name} (floor of the private sets)`, () => {
    if (real && !needsRealCorpus()) return;
    let result: GroupResult;
    beforeAll(async () => {
      result = await evaluateGroup(name === 'dev2' ? group(name) : writtenGroup(name));
    });

    it('macro precision and recall ≥ 0.85 over the five entity types', () => {
      const m = result.total.macro.entities;
      const msg = `entities macro P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`;
      expect(m.precision, msg).toBeGreaterThanOrEqual(0.85);
      expect(m.recall, msg).toBeGreaterThanOrEqual(0.85);
    });

    it('macro precision and recall ≥ 0.70 over the scored relation types', () => {
      const m = result.total.macro.relations;
      const msg = `relations macro P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`;
      expect(m.precision, msg).toBeGreaterThanOrEqual(0.7);
      expect(m.recall, msg).toBeGreaterThanOrEqual(0.7);
    });
  });
}
