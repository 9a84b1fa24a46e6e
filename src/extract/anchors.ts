/**
 * The words extractors start from (project heads, legal forms, county-level names, policy
 * slogans), found in a document in one pass and shared by each extractor's `prefetch` and `run`.
 */
import type { DocContext } from './context.ts';
import { countyLevelNames } from './divisions.ts';
import { lexicon, lexiconScanner } from './lexicon.ts';
import { ScannerGroup, type WordMatch } from './word-scanner.ts';

const ANCHORS = {
  projectHeads: () => lexicon().projects.heads,
  legalForms: () => lexicon().enterprises.legalForms,
  countyLevelNames,
  slogans: () => lexicon().programs.slogans,
} satisfies Record<string, () => Iterable<string>>;

type Anchor = keyof typeof ANCHORS;
const KEYS = Object.keys(ANCHORS) as Anchor[];

let group: ScannerGroup | null = null;
const scanners = () => (group ??= new ScannerGroup(KEYS.map((key) => lexiconScanner(key, ANCHORS[key]))));

/** The words of one list in a document, left to right, each after the one before ends. */
export function anchorsIn(ctx: DocContext, list: Anchor): WordMatch[] {
  const all = ctx.memo('anchors', () => scanners().matches(ctx.text));
  return all[KEYS.indexOf(list)]!;
}
