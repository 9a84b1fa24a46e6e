/**
 * Streets (街道/镇/乡): full names checked against the national list, or by a strong pattern
 * (`X街道党工委`, `X镇人民政府`) for names newer than the list; then, once a full name is known
 * in the document, its short form (新塘 for 新塘街道) at word boundaries.
 */
import { chooseDivision, isPlaceName, lookupStreet, mayBeListedStem } from './divisions.ts';
import type { DocContext, Extractor } from './context.ts';
import { HAN } from './chars.ts';

const SUFFIX = /街道|镇|乡/g;
const SUFFIXES = ['街道', '镇', '乡'];
/** Words before 镇/乡/街道 that make a common noun, never a name. */
const NOT_A_NAME = /^(各|全|该|本|两|多|个|城|集|村|小|名|重|乡|市|区|县|省|一|新型|特色|美丽|城乡|农村|此|每|所在|周边|中心|属地|辖区|有关|相关|沿线|街|镇|时任|现任|曾任|原任|前任|新任|历任|调任|兼任|担任|出任|代表|主持|负责|协助|分管|联系|牵头|主管)/;
const STRONG_AFTER = /^(党工委|党委|办事处|人民政府|政府|纪工委|人大)/;
/**
 * A name found by the pattern (not in the list) never starts with a function word, a pronoun or a
 * verb of going or asking (在党湾镇, 任盈丰街道, 的宁围街道, ——访新宅镇党委书记,
 * 要在街道党工委领导下); nor with a word of holding or speaking for a post (时任街道党工委书记, 我代表镇人民政府).
 */
const FUNCTION_CHAR = /^[在的任原由与和及对从向将把被为是经于新设撤访赴到至往去来要让请使给据随跟当我你他她其]/;
/** …nor holds one inside (会议由街道党工委副书记主持: 会议由 is no place; 注:某某为街道办事处副主任; 采访了镇党委书记: a verb's 了). */
const INNER_FUNCTION_CHAR = /[由的在把被于将是为了着]/;

export function streetKind(name: string): '街道' | '镇' | '乡' {
  return name.endsWith('街道') ? '街道' : name.endsWith('镇') ? '镇' : '乡';
}

/** The short form of a street name (新塘街道 → 新塘), or null when too short to be safe. */
export function shortStreetName(name: string): string | null {
  const short = name.replace(/(街道|镇|乡)$/, '');
  return short.length >= 2 ? short : null;
}

/**
 * A town turned subdistrict (钱清镇 → 钱清街道) keeps its old name in older articles: a name not
 * in the list whose other form is listed in a district the document names is that division.
 */
function renamedDivision(name: string, docText: string): boolean {
  if (name.length < 3) return false;
  const stem = name.replace(/(街道|镇|乡)$/, '');
  return SUFFIXES.some((kind) => {
    const other = stem + kind;
    if (other === name) return false;
    const chosen = chooseDivision(other, docText);
    return chosen !== null && !chosen.ambiguous;
  });
}

/** Does `name` occur at least twice (not overlapping) in `text`? */
function occursTwice(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
}

/** The article and what the page says besides it, for choosing among places of one name. */
export const pageAndText = (ctx: DocContext) => ctx.memo('pageAndText', () => `${ctx.text}\n${ctx.placeText}`);

/** Full names of listed streets in the page's title, breadcrumb, source lines (not its article). */
function pageStreets(ctx: DocContext): string[] {
  const names: string[] = [];
  if (!/街道|镇|乡/.test(ctx.placeText)) return names;
  for (const m of ctx.placeText.matchAll(/\p{Script=Han}{2,4}?(?:街道|镇|乡)/gu)) {
    // The shortest listed name ending here (苍南县龙港镇: 龙港镇, not 县龙港镇).
    const end = m.index + m[0].length;
    const suffix = m[0].endsWith('街道') ? 2 : 1;
    for (let len = 2; len <= 4 && end - suffix - len >= 0; len++) {
      const name = ctx.placeText.slice(end - suffix - len, end);
      if (lookupStreet(name).length > 0) {
        if (!names.includes(name)) names.push(name);
        break;
      }
    }
  }
  return names;
}

/** A site named after its place (金口新闻网, 临浦网, 某某发布): the place's short form. */
const SITE = /(\p{Script=Han}{2,3}?)(?:新闻网|发布|融媒|网)(?!\p{Script=Han})/gu;
/** What every SITE match holds. */
const SITE_WORD = /网|发布|融媒/;
/** Sites named after no town (人民网, 新华网…). */
const NATIONAL_SITES = new Set(['人民', '新华', '中国', '中新', '央视', '光明', '央广', '国际', '澎湃', '新浪', '搜狐', '网易', '腾讯', '凤凰', '东方', '大众', '南方', '浙江在线']);
/** Titles and words of the article that say which kind of place its town is. */
const KIND_CUES: [string, RegExp][] = [
  ['街道', /街道(?:党工委|办事处|领导)|办事处主任|街道党工委书记/],
  ['镇', /镇(?:党委|长|政府|领导|人大)|全镇|副镇长/],
  ['乡', /乡(?:党委|长|政府|领导|人大)|全乡|副乡长/],
];

/**
 * The town a page names only by its site (金口新闻网 > 街道动态; the article says 到金口调研 and
 * 街道党工委书记某某): the site's short form with the kind the article's titles give, when that
 * makes one listed name, and the article uses the short form.
 */
function siteStreets(ctx: DocContext): string[] {
  // (Most pages name no site so: the article is not read for the kinds' cues.)
  if (!SITE_WORD.test(ctx.placeText)) return [];
  const kinds = KIND_CUES.filter(([, cue]) => cue.test(ctx.text)).map(([kind]) => kind);
  if (kinds.length === 0) return [];
  const names = new Set<string>();
  for (const m of ctx.placeText.matchAll(SITE)) {
    const stem = m[1]!;
    // (桐乡新闻网 is the county's site: its news of 桐乡街道 would name the street in full.)
    if (NATIONAL_SITES.has(stem) || isPlaceName(stem) || !ctx.text.includes(stem)) continue;
    for (const kind of kinds) if (lookupStreet(stem + kind).length > 0) names.add(stem + kind);
  }
  return names.size === 1 ? [...names] : [];
}

export const extractStreets: Extractor = {
  id: 'streets',
  run(ctx) {
    const { text } = ctx;
    // Places are chosen with what the page says besides its article (site, breadcrumb, address).
    const placed = pageAndText(ctx);
    const found = new Map<string, Record<string, unknown>>();
    // Names found so far that are the short form of a street the text names in full (乌镇, 乌镇镇).
    const shortOfNamedStreet = new Map<string, boolean>();
    for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
      const end = m.index + m[0].length;
      // 镇 followed by 街 is 镇街 (towns and subdistricts); 乡 followed by 镇/村 is a common noun, by 贤 a
      // village's worthies (某某乡贤帮帮团: 乡贤).
      if (m[0] === '镇' && /^[街长]/.test(text.slice(end, end + 1)) && !STRONG_AFTER.test(text.slice(end, end + 4))) continue;
      if (m[0] === '乡' && /^[镇村土亲贤]/.test(text.slice(end, end + 1))) continue;
      // 某某村镇银行: a kind of bank (a village-and-town bank), not a town (丰源村镇银行 is no 源村镇).
      if (m[0] === '镇' && text[m.index - 1] === '村' && text.startsWith('银行', end)) continue;
      let listedBest: { start: number; name: string } | null = null;
      let patternBest: { start: number; name: string } | null = null;
      const strongAfter = STRONG_AFTER.test(text.slice(end, end + 4));
      for (let len = 1; len <= 6 && m.index - len >= 0; len++) {
        const start = m.index - len;
        if (!HAN.at(text, start)) break;
        const stemListed = mayBeListedStem(text, m.index, len);
        // A name found by the pattern: two or three characters before a title word.
        const patterned = strongAfter && len >= 2 && len <= 3;
        // Neither in the list nor after a title word: no name of this length (most stems).
        if (!stemListed && !patterned) continue;
        const name = text.slice(start, end);
        const listed = stemListed && lookupStreet(name).length > 0;
        if (!listed && len >= 2 && stemListed && renamedDivision(name, placed)) {
          listedBest = { start, name };
        } else if (listed) {
          // A listed name in a district the document names may start inside a jieba word (经过钱清镇).
          const chosenHere = chooseDivision(name, placed);
          if ((chosenHere && !chosenHere.ambiguous && len >= 2) || ctx.isTokenStart(start)) listedBest = { start, name };
        } else if (patterned && !NOT_A_NAME.test(name) && !FUNCTION_CHAR.test(name) && !INNER_FUNCTION_CHAR.test(text.slice(start, m.index)) && ctx.isTokenStart(start)) {
          patternBest = { start, name };
        }
      }
      const best = listedBest ?? patternBest;
      if (!best || ctx.isExcluded(best.start)) continue;
      // 吴国平等镇领导: 等 closes a list of people before the town's leaders (平等镇 is a town too).
      if (/.等(?:街道|镇|乡)$/.test(best.name) && /^(?:领导|干部|班子|负责人|相关|主要)/.test(text.slice(end, end + 3))) continue;
      // 乌镇 (a town of that name in another province) on a page naming 乌镇镇 is 乌镇镇's short form.
      let shortOfNamed = shortOfNamedStreet.get(best.name);
      if (shortOfNamed === undefined) {
        // (The list first: most names and suffixes make no listed name, and the text is not searched.)
        shortOfNamed = SUFFIXES.some((kind) => lookupStreet(best.name + kind).length > 0 && text.includes(best.name + kind));
        shortOfNamedStreet.set(best.name, shortOfNamed);
      }
      if (shortOfNamed) continue;
      const chosen = chooseDivision(best.name, placed);
      // A listed name in no district the text names, used once without a title after it, is a
      // common phrase (绍兴古城的中心街道之一), not that far-away street.
      // (A name listed once nationally, or an item of a list of streets, is a street all the same.)
      // (Not for a stem of one character, nor one of a common noun's words: 集贸兴镇, 小城镇.)
      const named = best.name.length - streetKind(best.name).length >= 2 && !NOT_A_NAME.test(best.name);
      const unique = named && lookupStreet(best.name).length === 1;
      const listed = named && (/[、和与及]$/.test(text.slice(best.start - 1, best.start)) || /^[、和与及]/.test(text.slice(end, end + 1)));
      if (listedBest && chosen?.ambiguous && !strongAfter && !unique && !listed && !occursTwice(text, best.name) && !ctx.title.includes(best.name)) continue;
      const props: Record<string, unknown> = { kind: streetKind(best.name) };
      if (chosen && !chosen.ambiguous) {
        props.district = chosen.division.district;
        props.city = chosen.division.city;
        props.code = chosen.division.code;
      }
      found.set(best.name, props);
      ctx.addEntity({ type: 'Street', name: best.name, start: best.start, end, props, strong: true });
    }
    // 嘉禾街 for 嘉禾街道 (Guangzhou, Foshan and other cities write their subdistricts so): a listed
    // 街道 whose district the page names, named so twice or before its organ.
    // (Found by indexOf, several times faster than a RegExp over the text for one character.)
    for (let index = text.indexOf('街'); index >= 0; index = text.indexOf('街', index + 1)) {
      if (text[index + 1] === '道') continue;
      for (let len = 2; len <= 4 && index - len >= 0; len++) {
        const start = index - len;
        if (!mayBeListedStem(text, index, len)) continue;
        const name = `${text.slice(start, index)}街道`;
        if (found.has(name) || lookupStreet(name).length === 0 || ctx.isExcluded(start)) continue;
        const chosen = chooseDivision(name, placed);
        const short = text.slice(start, index + 1);
        const organAfter = /^(党工委|办事处|道办|党群服务中心)/.test(text.slice(index + 1, index + 7));
        if (!chosen || chosen.ambiguous || (!organAfter && !occursTwice(text, short))) continue;
        // (Whether a word starts there last: it may need its clause segmented.)
        if (!ctx.isTokenStart(start)) continue;
        found.set(name, { kind: '街道', district: chosen.division.district, city: chosen.division.city, code: chosen.division.code });
        for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
          if (text[at + short.length] === '道' || !ctx.isTokenStart(at)) continue;
          ctx.addEntity({ type: 'Street', name, start: at, end: at + short.length, aliases: [short], props: found.get(name), strong: true });
        }
        break;
      }
    }
    // A street the page names outside its article (澄江街道 in its title or breadcrumb) is what its
    // short form (澄江) in the article means.
    for (const name of [...pageStreets(ctx), ...siteStreets(ctx)]) {
      if (found.has(name)) continue;
      const chosen = chooseDivision(name, placed);
      if (!chosen || (chosen.ambiguous && lookupStreet(name).length > 1)) continue;
      found.set(name, { kind: streetKind(name), district: chosen.division.district, city: chosen.division.city, code: chosen.division.code });
    }
    // Short forms, once the full name is known in this document.
    const shortForms: { name: string; short: string; at: number }[] = [];
    for (const name of found.keys()) {
      const short = shortStreetName(name);
      if (!short) continue;
      for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
        const end = at + short.length;
        if (text.startsWith(name.slice(short.length), end)) continue; // the full form itself
        // 新街 inside 新街道 is not 新街街道; a short form must not run on into another street suffix.
        if (/^(街道|镇|乡|区|市|县)/.test(text.slice(end, end + 2)) && !/^(街道|镇|乡)/.test(name.slice(short.length))) continue;
        // 城西区委书记 on a page of 城西镇: a county or city of the same stem is not the town.
        if (/^[区市县](?!域|内|外|级)/.test(text.slice(end, end + 2))) continue;
        if (text[end] === '道' || ctx.isExcluded(at)) continue;
        shortForms.push({ name, short, at });
      }
    }
    // What is left must start a word: the clauses of all of them segmented in one go.
    ctx.prefetchBoundaries(shortForms.map((f) => f.at));
    for (const { name, short, at } of shortForms) {
      if (!ctx.isTokenStart(at)) continue;
      ctx.addEntity({ type: 'Street', name, start: at, end: at + short.length, aliases: [short], props: found.get(name) });
    }
  },
};
