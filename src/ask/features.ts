/**
 * What a question's words say, as the intent rules read it: the classes of words present, the
 * nouns of entity types, which type is asked for, and a number. (Its names are read in
 * ./understand.ts.)
 */
import type { EntityType } from '../types.ts';
import type { WordClass } from './grammar.ts';
import type { LexiconEntry } from './lexicon.ts';
import { nameLike, type Token } from './tokenize.ts';

/** A name in the question: linked to the graph's entities, or not in the graph (`candidates` empty). */
export interface Mention {
  mention: string;
  candidates: LexiconEntry[];
  /** For a name the graph does not hold: the type its suffix or the national list suggests. */
  hint?: EntityType;
  /** For unknown text: it looks like a district's or city's name (义乌), or a person's (a surname and one or two characters). */
  guess?: EntityType;
  /** For unknown text: it stands where a name would (see understand.ts). */
  placed?: boolean;
}

export interface Features {
  classes: Set<WordClass>;
  /** Type nouns outside names, in order (新塘街道有哪些项目 → Project). */
  nouns: EntityType[];
  /** The type the question asks for: the noun after 哪些/几个/所有, else the last noun. */
  asked: EntityType | null;
  /** A head noun (书记, 一把手, 主任) is present: the question is about HEADS. */
  head: boolean;
  number: number | null;
  /** Unknown text of one character, or of no letter: a phrasing we do not know, never a name. */
  stray: boolean;
}

const POINTERS: WordClass[] = ['which', 'count', 'list', 'who'];

export function readFeatures(tokens: Token[]): Features {
  const f: Features = { classes: new Set(), nouns: [], asked: null, head: false, number: null, stray: false };
  let pointed: EntityType | null = null;
  let afterPointer = false;
  const namesOfficial = tokens.some((t) => t.kind === 'entity' && t.candidates.every((c) => c.type === 'Official'));
  for (const t of tokens) {
    if (t.kind === 'entity') continue;
    if (t.kind === 'unknown') {
      if (!nameLike(t.text)) f.stray = true;
    } else if (t.kind === 'number') {
      f.number = t.value;
      // 所有6个街道, 哪些…至少3个街道: the noun after a number is counted, not asked for.
      afterPointer = false;
    }
    else {
      const w = t.word;
      for (const c of w.classes) f.classes.add(c);
      // 工作 beside an official is where they work (邵意丽在哪工作), unless asked for (…推进了哪些工作).
      const type = w.text === '工作' && namesOfficial && !afterPointer ? undefined : w.type;
      if (w.head) f.head = true;
      if (type) {
        f.nouns.push(type);
        if (afterPointer && !pointed) pointed = type;
      }
      if (POINTERS.some((p) => w.classes.has(p))) afterPointer = true;
      else if (!w.classes.has('filler') && !type) afterPointer = false;
    }
  }
  f.asked = pointed ?? f.nouns[f.nouns.length - 1] ?? null;
  if (f.asked === null && (f.classes.has('who') || f.head)) f.asked = 'Official';
  return f;
}
