/**
 * From a question to a plan, without the database: link names, read the words, choose the
 * first rule that fits. Precision first: a name the graph lacks is reported, not replaced by the
 * nearest one; words nobody taught the grammar leave the question not understood.
 */
import type { EntityType } from '../types.ts';
import { readFeatures, type Features, type Mention } from './features.ts';
import type { Grammar, WordClass } from './grammar.ts';
import { chooseRule, type Rule, type Slot } from './intents.ts';
import type { Lexicon, LexiconEntry } from './lexicon.ts';
import type { Plan } from './plan.ts';
import { nameLike, tokenize, type Token } from './tokenize.ts';

export interface LinkedEntity {
  mention: string;
  id: string;
  type: EntityType;
  name: string;
}

export type Understanding =
  | { kind: 'plan'; intent: string; entities: LinkedEntity[]; plan: Plan }
  /** The question fits a rule, but a name in it is not in the graph. */
  | { kind: 'not-in-graph'; intent: string; entities: LinkedEntity[]; missing: Mention[] }
  /** A name in it stands for several entities of the type the question needs. */
  | { kind: 'ambiguous'; intent: string; entities: LinkedEntity[]; mention: string; options: LexiconEntry[] }
  | { kind: 'not-understood'; entities: LinkedEntity[] };

/** The order to try types for a name the graph lacks and nothing hints at. */
const GUESS_ORDER: EntityType[] = ['Street', 'Enterprise', 'Project', 'Official', 'Program'];
const MAX_COMBINATIONS = 64;

/** Words that ask something: only beside one of them is unknown text taken for a name. */
const ASKING = ['which', 'who', 'count', 'where', 'yesno', 'list', 'connect', 'source', 'title', 'similar'] as const;

/** Words after which unknown text stands where a name would: 推进垃圾分类, 和李四, 是…. */
const BEFORE_NAME = new Set(['是', '在', '有', '由', '对', '给', '从']);

/** Unknown text is taken for a name only at the start, or after a verb, a conjunction or a copula (谁最厉害: no). */
function placedAsName(before: Token | undefined): boolean {
  if (!before) return true;
  if (before.kind !== 'word') return false;
  return BEFORE_NAME.has(before.text) || ['and', 'implement', 'run', 'serve', 'headVerb', 'yesno'].some((c) => before.word.classes.has(c as WordClass));
}

function typeOptions(m: Mention, f: Features): EntityType[] {
  if (m.candidates.length > 0) return [...new Set(m.candidates.map((c) => c.type))];
  if (m.hint) return [m.hint];
  if (!m.placed || !ASKING.some((c) => f.classes.has(c))) return [];
  // 在哪任职, 什么职务: a person's questions; otherwise a place first.
  const first: EntityType | null = m.guess ?? (f.classes.has('serve') || f.classes.has('title') ? 'Official' : f.classes.has('implement') && f.asked !== 'Program' ? 'Program' : null);
  return first ? [first, ...GUESS_ORDER.filter((t) => t !== first)] : GUESS_ORDER;
}

/** Every way to type the mentions, first choices first, capped. */
function combinations(options: EntityType[][]): EntityType[][] {
  let out: EntityType[][] = [[]];
  for (const opts of options) {
    out = out.flatMap((prefix) => opts.map((t) => [...prefix, t]));
    if (out.length > MAX_COMBINATIONS) out = out.slice(0, MAX_COMBINATIONS);
  }
  return out;
}

const link = (m: Mention, e: LexiconEntry): LinkedEntity => ({ mention: m.mention, id: e.id, type: e.type, name: e.name });

function fit(mentions: Mention[], f: Features): { rule: Rule; types: EntityType[] } | null {
  for (const types of combinations(mentions.map((m) => typeOptions(m, f)))) {
    const rule = chooseRule(types, f, mentions.some((m) => m.candidates.length === 0 && !m.hint && !m.guess));
    if (rule) return { rule, types };
  }
  return null;
}

export function understand(question: string, lexicon: Lexicon, grammar: Grammar): Understanding {
  const tokens = tokenize(question, lexicon, grammar);
  const f = readFeatures(tokens);
  const mentions: Mention[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.kind === 'entity') mentions.push({ mention: t.mention, candidates: t.candidates });
    else if (t.kind === 'unknown' && nameLike(t.text)) mentions.push({ mention: t.mention, candidates: [], hint: t.hint, guess: t.guess, placed: placedAsName(tokens[i - 1]) });
  }
  const known = mentions.filter((m) => m.candidates.length > 0);
  const allLinked = known.flatMap((m) => m.candidates.map((c) => link(m, c)));
  const found = f.stray ? null : fit(mentions, f);
  if (!found) return { kind: 'not-understood', entities: allLinked };
  const { rule, types } = found;
  const entities: LinkedEntity[] = [];
  const slots: Slot[] = [];
  const missing: Mention[] = [];
  for (const [i, m] of mentions.entries()) {
    const type = types[i]!;
    if (m.candidates.length === 0) {
      missing.push({ ...m, hint: type });
      continue;
    }
    const options = m.candidates.filter((c) => c.type === type);
    if (options.length > 1) return { kind: 'ambiguous', intent: rule.intent, entities: options.map((c) => link(m, c)), mention: m.mention, options };
    entities.push(link(m, options[0]!));
    slots.push({ type, entity: options[0]! });
  }
  if (missing.length) return { kind: 'not-in-graph', intent: rule.intent, entities, missing };
  const plan = rule.plan(slots, f);
  return { kind: 'plan', intent: plan.intent, entities, plan };
}
