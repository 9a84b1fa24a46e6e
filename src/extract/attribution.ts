/**
 * Attribution: projects and programs belong to a street (RUNS, IMPLEMENTS). What an official says
 * in their turn is about their street; elsewhere, a sentence that names exactly one street gives
 * it; a document about one street (its title names it, or it names no other) gives that street.
 */
import type { DocContext, Extractor } from './context.ts';
import { onlyStreet, openingStreet } from './titles.ts';
import { isPlaceName } from './divisions.ts';

/** The street a document is about, if there is exactly one. */
export function documentStreet(ctx: DocContext): string | null {
  const one = onlyStreet(ctx);
  if (one) return one;
  const names = [...new Set(ctx.ofType('Street').map((s) => s.name))];
  const inTitle = names.filter((n) => ctx.title.includes(n) || ctx.title.includes(n.replace(/(街道|镇|乡)$/, '')));
  if (inTitle.length === 1) return inTitle[0]!;
  const headed = [...new Set(ctx.relations.filter((r) => r.type === 'HEADS').map((r) => r.to.name))];
  if (headed.length === 1 && ctx.sections.length === 0) return headed[0]!;
  return null;
}

/**
 * Does an official who serves in no street (a district's or a city's leader) speak first in
 * [start, at) (指出, 强调, 要求…)? What such a leader asks for is theirs; what they visit (走访,
 * 察看, 听取…) is the street's, and stays attributed.
 */
function ledByOutsider(ctx: DocContext, start: number, at: number): boolean {
  const first = ctx.within('Official', start, at).sort((a, b) => a.start - b.start)[0];
  if (!first || !SPEECH.test(ctx.text.slice(first.end, Math.min(at, first.end + 12)))) return false;
  return !ctx.relations.some((r) => (r.type === 'HEADS' || r.type === 'SERVES_IN') && r.from.name === first.name);
}

/**
 * Does a street named at `at` open its clause (马红梅指出,2024年姚家街道将围绕…): nothing before it
 * since the clause's start but a time? Such a street is the clause's subject, not a place in it.
 */
function opensClause(text: string, sentenceStart: number, at: number): boolean {
  let from = at;
  while (from > sentenceStart && !/[,;:]/.test(text[from - 1]!)) from--;
  return from > sentenceStart && CLAUSE_LEAD.test(text.slice(from, at));
}
const CLAUSE_LEAD = /^(\d{4}年|今年|去年|明年|近年来|目前|下一步|同时|此外)?$/;

/** The street named last before `at` (of those given), or opening the name at `at` (店口镇检测中心), if any. */
function nearestBefore(streets: readonly { name: string; start: number }[], at: number): string | undefined {
  let best: { name: string; start: number } | undefined;
  for (const s of streets) if (s.start <= at && (!best || s.start > best.start)) best = s;
  return best?.name;
}

/**
 * Two streets joined as the sentence's subject (甲镇与乙镇…, 甲街道、乙街道…) that do what it names
 * together (联合实施, 共同建设, 携手打造, 两镇将…共建) before `at`: both, in order.
 */
function jointSubject(ctx: DocContext, sentenceStart: number, mentioned: readonly { name: string; start: number; end: number }[], at: number): [string, string] | null {
  const [first, second] = [...mentioned].sort((a, b) => a.start - b.start);
  if (!first || !second || first.name === second.name || second.end > at || first.start - sentenceStart > 8) return null;
  if (!/^(?:与|和|、|同)$/.test(ctx.text.slice(first.end, second.start))) return null;
  return JOINTLY.test(ctx.text.slice(second.end, at)) ? [first.name, second.name] : null;
}
const JOINTLY = /联合|共同|共建|携手|合作|一起|两镇|两街道?|双方/;

/** What a street does to a build after 由 (由某街道负责实施, 由某镇投资建设). */
const DOES = /^(?:负责|牵头|组织)?(?:实施|建设|投资建设|推进|组织实施)/;

/** Verbs of a leader's speech, right after the name (张立群指出, 陈勇章要求). */
const SPEECH = /^(同志)?(指出|强调|要求|表示|提出|希望|说|认为|勉励|寄语)/;

export const extractAttribution: Extractor = {
  id: 'attribution',
  run(ctx) {
    const docStreet = documentStreet(ctx);
    for (const entity of ctx.entities) {
      if (entity.type !== 'Project' && entity.type !== 'Program') continue;
      const sentence = ctx.sentenceAt(entity.start);
      const section = ctx.sectionAt(entity.start);
      let street: string | null = null;
      let partner: string | null = null;
      // 东湖街道的东湖未来社区: a street that owns the name right before it runs it, whoever speaks.
      const owner = ctx.findIn('Street', entity.start - 12, entity.start - 1, (s) => s.end === entity.start - 1 && ctx.text[s.end] === '的');
      // 港口镇生态工业园, 罗溪智造大厦: a build named by its town is the town's; by a short form, unless
      // a speaker's turn says whose it is (五常港沿线绿道 in another street's turn: a river named after the place).
      // (Not a short form that is a city's or a county's name too: 日照数字经济产业园 is named by 日照市, not 日照街道.)
      const namedBy =
        entity.type === 'Project'
          ? ctx.findIn('Street', entity.start, entity.start + 1, (s) => s.start === entity.start && s.end < entity.end && (ctx.text.slice(s.start, s.end) === s.name || !isPlaceName(ctx.text.slice(s.start, s.end))))
          : undefined;
      const fullyNamed = namedBy && ctx.text.slice(namedBy.start, namedBy.end) === namedBy.name;
      if (owner) street = owner.name;
      else if (namedBy && (fullyNamed || !section?.street)) street = namedBy.name;
      else if (section?.street) street = section.street;
      else {
        // (Not a short form inside the entity's own name that does not name it: 日照 of 日照数字经济产业园.)
        const mentioned = ctx.within('Street', sentence.start, sentence.end).filter((s) => s.start < entity.start || s.start >= entity.end);
        const inSentence = [...new Set(mentioned.map((s) => s.name))];
        // A street that is the sentence's subject (新塘以…为抓手, 稽东镇举行…) runs what it names;
        // a street named further on is a place in the description (起于齐贤街道镜湖村), not the actor.
        const subject = inSentence.length === 1 && mentioned[0]!.start < entity.start && (mentioned[0]!.start - sentence.start <= 8 || opensClause(ctx.text, sentence.start, mentioned[0]!.start));
        const joint = inSentence.length === 2 ? jointSubject(ctx, sentence.start, mentioned, entity.start) : null;
        // 工程由某某街道负责实施: the street the sentence says does it.
        const doer = mentioned.filter((s) => ctx.text[s.start - 1] === '由' && DOES.test(ctx.text.slice(s.end, s.end + 6)));
        // 【草堂街道】草堂寺东侧的某某项目: the street of the column's item it stands in (openingStreet),
        // when the item's head is in its sentence (a page stored on one line).
        const item = subject || doer.length === 1 ? null : openingStreet(ctx, entity.start);
        const itemHead = item !== null && mentioned.some((s) => s.name === item && s.start < entity.start && ctx.text[s.start - 1] === '【' && ctx.text[s.end] === '】');
        if (subject) street = inSentence[0]!;
        else if (doer.length === 1) street = doer[0]!.name;
        else if (itemHead) street = item;
        // 甲镇与乙镇签订协议,联合实施某某工程: two streets that do it together both run it.
        else if (joint) [street, partner] = joint;
        // 区委书记张立群指出,要以…活动为抓手: what a leader of no street (a district's, a city's) names
        // in a sentence of their own is theirs, not the page's street's.
        else if (inSentence.length === 0 && ledByOutsider(ctx, sentence.start, entity.start)) street = null;
        // (With several streets in the sentence, the page's street only when it is the last named before the entity.)
        // (A paragraph or a column's item opened by a street, 在某某街道,…, 【某某镇】…: that street.)
        else if (inSentence.length === 0) street = openingStreet(ctx, entity.start) ?? docStreet;
        else if (inSentence.includes(docStreet ?? '') && (inSentence.length === 1 || nearestBefore(mentioned, entity.start) === docStreet)) street = docStreet;
      }
      for (const name of [street, partner]) {
        if (!name) continue;
        ctx.addRelation({
          type: entity.type === 'Project' ? 'RUNS' : 'IMPLEMENTS',
          from: { type: 'Street', name },
          to: { type: entity.type, name: entity.name },
          evidence: sentence,
        });
      }
    }
  },
};
