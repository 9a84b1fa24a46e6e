/**
 * The lexicons under graph/lexicon/, loaded once and validated with zod: rules live as data, so
 * adding a title, a slogan or a project head is an edit to a JSON file, not to code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { WordEnds, WordScanner } from './word-scanner.ts';

export const LEXICON_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'graph', 'lexicon');

const Words = z.array(z.string().min(1));
const People = z.object({
  surnames: z.string(),
  rareSurnames: z.string(),
  compoundSurnames: Words,
  notNames: Words,
  officialTitles: Words,
  nonOfficialTitles: Words,
  leaderGroups: Words,
  creditRoles: Words,
  nonGovernmentOrgs: Words,
  tibetanSyllables: Words,
});
const Programs = z.object({
  slogans: Words,
  aliases: z.record(z.string(), z.string()),
  heads: Words,
  quotedSuffixes: Words,
  campaignPrefixes: Words,
  rhetoric: Words,
});
const Places = z.object({ notDistricts: Words, regionAbbreviations: Words });
const Projects = z.object({ heads: Words, weakHeads: Words, generic: Words, stops: Words, actions: Words, objectVerbs: Words, peopleWords: Words, organs: Words });
const Enterprises = z.object({
  legalForms: Words,
  tradeSuffixes: Words,
  shortNameFrom: Words,
  placePrefixes: Words,
  listCues: Words,
  afterCues: Words,
  notEnterprises: Words,
  facilityHeads: Words,
  publicWorks: Words,
});

/** Load and validate one lexicon file; an invalid one throws naming the file and the entry. */
export function loadLexicon<T>(file: string, schema: z.ZodType<T>): T {
  const full = path.join(LEXICON_DIR, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new Error(`lexicon ${full}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`lexicon ${full}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Longest first, so that alternations and scans prefer the longest word. */
const byLength = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);

function build() {
  const people = loadLexicon('people.json', People);
  const programs = loadLexicon('programs.json', Programs);
  const projects = loadLexicon('projects.json', Projects);
  const enterprises = loadLexicon('enterprises.json', Enterprises);
  const places = loadLexicon('places.json', Places);
  return {
    people: {
      ...people,
      surnames: new Set([...people.surnames]),
      compoundSurnames: byLength(people.compoundSurnames),
      notNames: new Set(people.notNames),
      officialTitles: byLength(people.officialTitles),
      nonOfficialTitles: byLength(people.nonOfficialTitles),
      creditRoles: byLength(people.creditRoles),
      leaderGroups: byLength(people.leaderGroups),
      tibetanSyllables: new Set(people.tibetanSyllables),
    },
    programs: {
      ...programs,
      slogans: byLength(programs.slogans),
      sloganSet: new Set(programs.slogans),
      aliases: new Map(Object.entries(programs.aliases)),
      heads: byLength(programs.heads),
      quotedSuffixes: byLength(programs.quotedSuffixes),
      rhetoric: new Set(programs.rhetoric),
    },
    places: { notDistricts: new Set(places.notDistricts), regionAbbreviations: byLength(places.regionAbbreviations) },
    projects: {
      heads: byLength(projects.heads),
      weakHeads: new Set(projects.weakHeads),
      generic: new Set(projects.generic),
      stops: new Set(projects.stops),
      actions: byLength(projects.actions),
      objectVerbs: new Set(projects.objectVerbs),
      peopleWords: byLength(projects.peopleWords),
      organs: byLength(projects.organs),
    },
    enterprises: {
      ...enterprises,
      legalForms: byLength(enterprises.legalForms),
      tradeSuffixes: byLength(enterprises.tradeSuffixes),
      shortNameFrom: byLength(enterprises.shortNameFrom),
      placePrefixes: byLength(enterprises.placePrefixes),
      notEnterprises: new Set(enterprises.notEnterprises),
    },
  };
}

export type Lexicon = ReturnType<typeof build>;
let cached: Lexicon | null = null;

/** The lexicons, loaded on first use. */
export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}

/** Escape a word for use inside a RegExp. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Objects made from the lexicons, once per process, by kind and key (a map per kind: extractors
 * ask per candidate, and a joined key would be a new string to hash each time).
 */
const made = { pattern: new Map<string, unknown>(), ends: new Map<string, unknown>(), scanner: new Map<string, unknown>() };
function madeOnce<T>(kind: keyof typeof made, key: string, make: () => T): T {
  const byKey = made[kind];
  let value = byKey.get(key) as T | undefined;
  if (value === undefined) byKey.set(key, (value = make()));
  return value;
}

/**
 * A pattern built from the lexicons, made once: extractors ask for it per document. A global
 * pattern comes back with `lastIndex` 0; extraction is synchronous, so sharing one is safe.
 */
export function lexiconPattern(key: string, make: () => RegExp): RegExp {
  const re = madeOnce('pattern', key, make);
  re.lastIndex = 0;
  return re;
}

/** The endings of a list of lexicon words, made once (see word-scanner.ts). */
export function lexiconEnds(key: string, words: () => Iterable<string>): WordEnds {
  // (Looked up before any closure is made: asked per candidate, and made once.)
  return (made.ends.get(key) as WordEnds | undefined) ?? madeOnce('ends', key, () => new WordEnds(words()));
}

/** A scanner for a list of lexicon words, made once (see word-scanner.ts). */
export function lexiconScanner(key: string, words: () => Iterable<string>): WordScanner {
  return (made.scanner.get(key) as WordScanner | undefined) ?? madeOnce('scanner', key, () => new WordScanner(words()));
}

/** An alternation of words, longest first. */
export const alternation = (words: string[]) => byLength(words).map(escapeRegExp).join('|');
