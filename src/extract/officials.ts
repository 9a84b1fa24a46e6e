/**
 * Officials: roster entries `NAME(TITLE)`, `TITLE+NAME`, `NAME同志任TITLE`, `NAME,TITLE` in a
 * profile, and leader lists `区领导NAME、NAME出席`. The street a title heads gets a HEADS relation
 * (title on it) with the sentence as evidence. Chairmen, founders and reporters are people
 * (`Person`, with their role), never officials.
 */
import type { DocContext, Extractor } from './context.ts';
import { lexicon, alternation, lexiconPattern } from './lexicon.ts';
import { nameAt, nameBefore, surnameLength, type NameMatch } from './names.ts';
import { clauseStartAt } from '../segment/index.ts';
import { isOfficialTitle, readTitle, titleStart, titleWords } from './titles.ts';
import { addEnterprise } from './enterprises.ts';
import { HAN } from './chars.ts';

/** The street a bare `镇`/`街道` in a title means: the document's most mentioned street of that kind. */
export function homeStreetOf(ctx: DocContext) {
  return (kind: string): string | null => {
    const counts = new Map<string, number>();
    for (const e of ctx.entities) if (e.type === 'Street' && e.name.endsWith(kind)) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    let best: string | null = null;
    for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
    return best;
  };
}

/** Does the title's organisation (before its last post) hold a company's or an institute's word? */
function nonGovernment(title: string): boolean {
  const org = title.split('、')[0]!;
  return lexicon().people.nonGovernmentOrgs.some((w) => org.includes(w));
}

const officialEnding = () => lexiconPattern('officialEnding', () => new RegExp(`(${alternation(lexicon().people.officialTitles)})$`));
const nonOfficialEnding = () => lexiconPattern('nonOfficialEnding', () => new RegExp(`(${alternation(lexicon().people.nonOfficialTitles)})$`));

/** 该公司, 这家企业, 公司: a company pointed at, not named. */
const POINTED_COMPANY = /^(?:[该此本这那][家个]?)?(?:公司|企业|集团)$/;

function addPerson(ctx: DocContext, name: NameMatch, title: { start: number; end: number }) {
  const text = ctx.text.slice(title.start, title.end);
  if (ctx.isExcluded(name.start)) return;
  // 某某研究院投资管理部主任: a post in a company or an institute is no official's.
  if (!isOfficialTitle(text) || nonGovernment(text)) {
    const org = text.replace(nonOfficialEnding(), '').replace(officialEnding(), '').replace(/、.*$/, '');
    ctx.addEntity({ type: 'Person', name: name.name, start: name.start, end: name.end, props: { role: text, ...(org ? { org } : {}) }, strong: true });
    // 浙江交通集团董事长, 林森创始人: the organisation a chairman or founder leads is an enterprise.
    // (该公司总经理, 这家企业董事长: the company just named, pointed at, is no name.)
    if (org.length >= 2 && !/(项目|工程)$/.test(org) && !POINTED_COMPANY.test(org) && /董事长|总经理|创始人|总裁/.test(text)) addEnterprise(ctx, org, title.start, title.start + org.length);
    return;
  }
  const reading = readTitle(ctx, title.start, title.end, homeStreetOf(ctx));
  const props: Record<string, unknown> = { title: text };
  if (reading.org) props.org = reading.org;
  ctx.addEntity({ type: 'Official', name: name.name, start: name.start, end: name.end, props, strong: true });
  if (reading.street) {
    const evidence = ctx.sentenceAt(Math.min(name.start, title.start));
    ctx.addRelation({
      type: reading.heads ? 'HEADS' : 'SERVES_IN',
      from: { type: 'Official', name: name.name },
      to: { type: 'Street', name: reading.street },
      props: { title: text },
      evidence: { start: Math.min(evidence.start, name.start, title.start), end: Math.max(evidence.end, name.end, title.end) },
    });
  }
}

/** `NAME(TITLE)`: a roster entry or a caption. */
function rosterEntries(ctx: DocContext) {
  const re = /\(([^()\n]{2,60})\)/g;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const inner = m[1]!;
    if (!isOfficialTitle(inner.replace(/[,;].*$/, ''))) continue;
    const name = nameBefore(ctx, m.index);
    if (!name) continue;
    const start = m.index + 1;
    addPerson(ctx, name, { start, end: start + inner.replace(/[,;].*$/, '').length });
  }
}

/**
 * A roster of a name and a title to a line (`聂某某　街道党工委书记、一级主任科员`), as a team's
 * division of work lists its members: the name, blanks, the title, nothing else on the line.
 */
function rosterLines(ctx: DocContext) {
  const { text } = ctx;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const m = end - start <= 48 ? ROSTER_LINE.exec(text.slice(start, end)) : null;
    if (m) {
      const at = start + m[1]!.length;
      const name = nameAt(ctx, at);
      const titleAt = at + m[2]!.length + m[3]!.length;
      if (name && name.end === at + m[2]!.length && isOfficialTitle(m[4]!)) addPerson(ctx, name, { start: titleAt, end: titleAt + m[4]!.length });
    }
    start = end + 1;
  }
}
const ROSTER_LINE = /^(\s*)(\p{Script=Han}{2,3})(\s+)([\p{Script=Han}、()]{3,36}?)\s*$/u;

const PORTFOLIO = /^\(\p{Script=Han}{1,4}\)/u;

const COMPANY_RUNS_ON = /^\p{Script=Han}{0,10}(?:股份有限公司|有限责任公司|有限公司|集团)/u;

/** Where the name after a title ending at `titleEnd` starts. */
function nameStartAfterTitle(text: string, titleEnd: number): number {
  let after = titleEnd;
  // (`镇长  顾某某`: a signature's name set off by blanks.)
  while (after < titleEnd + 4 && text[after] === ' ') after++;
  // 党工委副书记(党群)张平: a portfolio in brackets between the title and the name.
  const portfolio = text[after] === '(' ? PORTFOLIO.exec(text.slice(after, after + 8)) : null;
  return portfolio ? after + portfolio[0].length : after;
}

/**
 * The words titledNames reads around a title word followed by a surname (the name's, the title's
 * own start, and the title before a 、 that may open its clause: 区委副书记、区长), asked for in
 * advance: segmented with the other documents' clauses, not one clause at a time. (A name reads
 * words only after a surname; title words inside a name read are asked for too, their clause being
 * the name's.)
 */
function prefetchTitled(ctx: DocContext): void {
  const { text } = ctx;
  const titles = titleWords();
  const offsets: number[] = [];
  for (let m = titles.next(text); m; m = titles.next(text, m.index + m.word.length)) {
    const after = nameStartAfterTitle(text, m.index + m.word.length);
    if (surnameLength(text, after) === 0) continue;
    offsets.push(m.index, after);
    const clauseStart = clauseStartAt(text, m.index);
    if (clauseStart >= 2 && text[clauseStart - 1] === '、') offsets.push(clauseStart - 2);
  }
  ctx.prefetchTokens(offsets);
}

/** `TITLE+NAME` (`崇贤街道党工委书记叶敏`), and `TITLE NAME` with layout spaces (`党委书记 程 亮`). */
function titledNames(ctx: DocContext) {
  const titles = titleWords();
  for (let m = titles.next(ctx.text); m; ) {
    const titleEnd = m.index + m.word.length;
    const after = nameStartAfterTitle(ctx.text, titleEnd);
    const name = nameAt(ctx, after);
    if (!name) {
      m = titles.next(ctx.text, titleEnd);
      continue;
    }
    // 吉林省长白某某旅游开发有限公司: a company's name runs on from what read as a title and a name.
    if (COMPANY_RUNS_ON.test(ctx.text.slice(name.end, name.end + 16))) {
      m = titles.next(ctx.text, titleEnd);
      continue;
    }
    // `主任委员`, `书记处`: the word runs on; a name must not be followed by another title word.
    const start = titleStart(ctx, m.index);
    addPerson(ctx, name, { start, end: titleEnd });
    m = titles.next(ctx.text, name.end);
  }
}

/** `NAME同志任TITLE`, `NAME为TITLE` (备注:某某为某某街道党工委书记) and `NAME,TITLE` at the start of a line or after a label (嘉宾简介:). */
function appointedNames(ctx: DocContext) {
  const appointed = /(^|[\n,;。:])\s*(\p{Script=Han}{2,4}?)(?:同志)?(?:任|为|,)((?:提名任)?[^,;。\n]{2,40}?)(?=[,;。\n]|$)/gu;
  for (let m = appointed.exec(ctx.text); m; m = appointed.exec(ctx.text)) {
    // The title is tested first: most matches are two clauses of prose, with no title, and the
    // name needs the clause segmented. (Either failing, the next match may start at that comma.)
    const title = m[3]!.replace(/^提名任/, '');
    if (!isOfficialTitle(title) && !/董事长|总经理|创始人/.test(title)) {
      appointed.lastIndex = m.index + 1;
      continue;
    }
    const nameStart = m.index + m[1]!.length + (m[0].length - m[1]!.length - m[0].slice(m[1]!.length).trimStart().length);
    const name = nameAt(ctx, nameStart);
    // (No name there: 会上宣布,吴明远任…)
    if (!name || name.end !== nameStart + m[2]!.length) {
      appointed.lastIndex = m.index + 1;
      continue;
    }
    const titleAt = m.index + m[0].length - title.length;
    addPerson(ctx, name, { start: titleAt, end: titleAt + title.length });
    appointed.lastIndex = m.index + m[0].length;
  }
}

/** `区领导姜永柱、吴炜炜、程晓东出席`: officials without a title of their own. */
function leaderLists(ctx: DocContext) {
  const re = lexiconPattern('leaderGroups', () => new RegExp(`(${alternation(lexicon().people.leaderGroups)})`, 'g'));
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    let pos = m.index + m[0].length;
    const group = m[0];
    for (;;) {
      const name = nameAt(ctx, pos);
      if (!name) break;
      if (!ctx.entities.some((e) => e.type === 'Official' && e.name === name.name) && !group.startsWith('集团')) {
        ctx.addEntity({ type: 'Official', name: name.name, start: name.start, end: name.end, props: { title: group }, strong: true });
        // 镇领导陈某、李某陪同: the leaders of the page's town serve in it.
        const street = /^(街道|镇|乡)/.test(group) ? readTitle(ctx, m.index, m.index + group.length, homeStreetOf(ctx)).street : null;
        if (street) {
          const sentence = ctx.sentenceAt(m.index);
          ctx.addRelation({ type: 'SERVES_IN', from: { type: 'Official', name: name.name }, to: { type: 'Street', name: street }, props: { title: group }, evidence: { start: Math.min(sentence.start, m.index), end: Math.max(sentence.end, name.end) } });
        }
      }
      if (ctx.text[name.end] !== '、') break;
      pos = name.end + 1;
    }
  }
}

export const extractOfficials: Extractor = {
  id: 'officials',
  prefetch: prefetchTitled,
  run(ctx) {
    rosterEntries(ctx);
    rosterLines(ctx);
    titledNames(ctx);
    appointedNames(ctx);
    leaderLists(ctx);
    // Every other mention of a name found above (`姜永柱表示`, the speaker turns) is a mention too.
    const people = new Map<string, string>();
    for (const e of ctx.entities) if (e.type === 'Official' || e.type === 'Person') people.set(e.name, e.type);
    for (const [name, type] of people) {
      for (let at = ctx.text.indexOf(name); at >= 0; at = ctx.text.indexOf(name, at + 1)) {
        if (ctx.isExcluded(at) || ctx.covered(at, at + name.length, ['Official', 'Person'])) continue;
        if (HAN.at(ctx.text, at + name.length) && !ctx.isTokenEnd(at + name.length)) continue;
        ctx.addEntity({ type, name, start: at, end: at + name.length });
      }
    }
  },
};
