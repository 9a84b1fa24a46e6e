/**
 * The question words `zhenjie ask` reads (graph/ask/grammar.json): type nouns (项目, 企业, 书记…),
 * classes of words (who, which, implement, common…), numerals and the suffixes that make short
 * forms. Data, not code: a new phrasing is a new word in the file. Validated once, on first use.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { lexicon } from '../extract/lexicon.ts';
import { ENTITY_TYPES, type EntityType } from '../types.ts';
import { normalizeText } from './lexicon.ts';

export const GRAMMAR_FILE = resolve(import.meta.dirname, '..', '..', 'graph', 'ask', 'grammar.json');

/** The classes of question words the intent rules read (src/ask/intents.ts). */
export const WORD_CLASSES = [
  'who', 'which', 'yesno', 'count', 'list', 'headVerb', 'serve', 'title', 'implement', 'run', 'common', 'all',
  'similar', 'connect', 'source', 'where', 'atLeast', 'moreThan', 'several', 'profile', 'most', 'negation', 'and', 'filler',
] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

const Words = z.array(z.string().min(1));

const GrammarFile = z.object({
  types: z.partialRecord(z.enum(ENTITY_TYPES), Words),
  headNouns: Words,
  words: z.partialRecord(z.enum(WORD_CLASSES), Words),
  numbers: z.record(z.string().length(1), z.number().int().positive()),
  streetSuffixes: Words,
  enterpriseSuffixes: Words,
  programCores: Words,
  programs: Words,
});

/** One surface form of the grammar and everything it may be. */
export interface GrammarWord {
  text: string;
  classes: Set<WordClass>;
  /** The entity type this word names as a noun (项目 → Project), if any. */
  type?: EntityType;
  /** A noun for the head of a street (书记, 一把手): asks for HEADS rather than any post. */
  head: boolean;
}

export interface Grammar {
  words: Map<string, GrammarWord>;
  /** The longest word, in UTF-16 code units: the tokenizer looks no further. */
  maxLength: number;
  numbers: Map<string, number>;
  streetSuffixes: string[];
  enterpriseSuffixes: string[];
  programCores: string[];
  /** Program names known beyond the graph (these and the extractor's slogans), normalised. */
  knownPrograms: Set<string>;
  knownProgramLength: number;
}

let cached: Grammar | undefined;

/** The grammar from graph/ask/grammar.json (or `file`); an invalid file names the entry. */
export function loadGrammar(file: string = GRAMMAR_FILE): Grammar {
  if (file === GRAMMAR_FILE && cached) return cached;
  const parsed = GrammarFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const g = parsed.data;
  const words = new Map<string, GrammarWord>();
  const word = (text: string): GrammarWord => {
    let w = words.get(text);
    if (!w) words.set(text, (w = { text, classes: new Set(), head: false }));
    return w;
  };
  for (const [type, list] of Object.entries(g.types)) for (const text of list) word(text).type = type as EntityType;
  for (const text of g.headNouns) word(text).head = true;
  for (const [cls, list] of Object.entries(g.words)) for (const text of list) word(text).classes.add(cls as WordClass);
  const grammar: Grammar = {
    words,
    maxLength: Math.max(...[...words.keys()].map((k) => k.length)),
    numbers: new Map(Object.entries(g.numbers)),
    streetSuffixes: g.streetSuffixes,
    enterpriseSuffixes: g.enterpriseSuffixes,
    programCores: g.programCores,
    knownPrograms: new Set([...g.programs, ...lexicon().programs.slogans].map(normalizeText)),
    knownProgramLength: 0,
  };
  grammar.knownProgramLength = Math.max(...[...grammar.knownPrograms].map((k) => k.length));
  if (file === GRAMMAR_FILE) cached = grammar;
  return grammar;
}
