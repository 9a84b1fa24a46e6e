/**
 * Public works named by what they build: a road with the direction it is extended in is a
 * project wherever it stands (金山大道北延, 现代路东延, 青洋高架北延), and so is a road with the
 * section worked on or what is done to it (see WORKED_ROAD). A road named alone is most
 * often a place (项目位于金鸡路以东), and lists of roads after a verb of building were tried and
 * left out: on the annotated sets they found more places than works.
 */
import type { DocContext, Extractor } from './context.ts';
import { lexicon } from './lexicon.ts';
import { addProject, phaseAt, worksAfter } from './projects.ts';
import { hasDistinctiveWord, nameStartBefore, RENEWAL_ACTIONS, RENEWED_PLACES, ROAD_WORDS, tagSpan, trimNameStart } from './spans.ts';
import { inLocationField } from './tables.ts';

/** A road word and the direction it is extended in (大道北延, 路东延伸段). */
const EXTENDED_ROAD = new RegExp(`${ROAD_WORDS}(?:[东南西北]延(?:伸段?|段)?|延伸段)`, 'gu');

/** Add the work whose road word and extension stand at [headStart, end), if the road has a name of its own. */
function addWork(ctx: DocContext, headStart: number, end: number): void {
  const { text } = ctx;
  // A road's name is read over words only: jieba tags its stem as it likes (现代/t), it is a name here.
  const start = nameStartBefore(ctx, headStart, 8);
  // A road's name is its own (现代路 is a name though 现代 is a common word): two characters at least.
  if (headStart - start < 2 || !/^\p{Script=Han}+$/u.test(text.slice(start, headStart))) return;
  if (ctx.overlapped(start, end, ['Street', 'Official', 'Person', 'Program', 'Enterprise'])) return;
  // 建设地点:某某路(甲路至乙路段): where a notice's project is built, not a work of its own.
  if (inLocationField(ctx, start)) return;
  if (!ctx.covered(start, end, ['Project'])) addProject(ctx, start, end + worksAfter(text, end));
}

/**
 * A road with the section worked on in brackets (河海东路(东支河西侧—黄河路)), or followed by
 * what is done to it (新堂北路年内完工通车, 某某大道建成通车): the road is a project. A road
 * followed by a place word (金鸡路以东) is not matched.
 */
const WORKED_ROAD = new RegExp(`${ROAD_WORDS}(?=\\([^()\\n]{2,24}?[—–~至到-][^()\\n]{2,24}?\\)|(?:年内|今年|上半年|下半年|全线)?(?:建成|完工|竣工|通车|拓宽|贯通))`, 'gu');

/** A river's works by phase (官河一期整治, 某某溪二期治理): only a named project has phases. */
const PHASED_RIVER_WORKS = /(?:河|江|溪|浦|渠)[一二三四五六七八九十\d]期(?:综合)?(?:整治|治理|疏浚|清淤)/gu;

/**
 * Renewal works named by the place they renew (瓶窑老街有机更新, 某某村城中村改造, 木棉湾片区城市更新,
 * 某某线某村段拓宽改造, 某湖岸线生态修复二期): a place narrower than a town (a village, a quarter, an
 * old street, a section, a shore) and what is done to it. The same works after a town or with no
 * place (推进城中村改造, 某镇城市更新) name a field of work, and so does any of them before 工作,
 * 计划, 行动… . Before 项目 or 工程 they are projects.ts's.
 */
const RENEWAL_WORKS = new RegExp(`${RENEWED_PLACES}${RENEWAL_ACTIONS}|老街改造`, 'gu');
/** What a renewal's words before make a field of work, not a build: 片区城市更新工作, …试点. */
const FIELD_AFTER = /^(?:项目|工程|工作|计划|行动|试点|样板|示范|任务|领域|方面|经验|模式|资金|政策|专班|指挥部|中|上|和|与)/;
/** Words that point at places without naming one (全镇, 各村, 该片区, 这个): no name opens with them. */
const POINTING = /^[全各该这那本我其每多诸]/;
/** jieba's tags of the words a place's name is made of: nouns, places, directions, morphemes (湾/zg), words it does not know. */
const NOMINAL_TAG = /^(?:n|x|j|eng|f|s|b|zg|g)/;
/** A phase in brackets after the works ((二期)); one without (二期) is any project's (phaseAt). */
const BRACKETED_PHASE = /^\([一二三四五六七八九十\d]期\)/;

function addRenewal(ctx: DocContext, placeStart: number, end: number): void {
  const { text } = ctx;
  if (FIELD_AFTER.test(text.slice(end, end + 3))) return;
  let start = trimNameStart(ctx, nameStartBefore(ctx, placeStart, 10), placeStart);
  // A place's name is nouns (目标就是老街改造: the name, if any, starts after the verb).
  for (const t of tagSpan(ctx, start, placeStart)) if (!NOMINAL_TAG.test(t.tag)) start = t.end;
  const stem = text.slice(start, placeStart);
  // The place's own name: two characters at least, not a pointer nor a count, not a word of a kind (城区, 工业).
  if (stem.length < 2 || !/^\p{Script=Han}+$/u.test(stem) || POINTING.test(stem) || !hasDistinctiveWord(ctx, start, placeStart)) return;
  // 某某镇城中村改造: a town's field of work (its full name alone before the place word).
  if (ctx.findIn('Street', start, placeStart, (e) => e.start === start && e.end === placeStart && /(街道|镇|乡)$/.test(stem))) return;
  if (ctx.overlapped(start, end, ['Official', 'Person', 'Enterprise'])) return;
  if (inLocationField(ctx, start)) return;
  const phase = phaseAt(text, end) ?? BRACKETED_PHASE.exec(text.slice(end, end + 4));
  const last = end + (phase ? phase[0].length : 0);
  if (!ctx.overlapped(start, last, ['Project'])) addProject(ctx, start, last);
}

/**
 * A build the text introduces as a project (第二个项目是某某中心,投资…; 三个民生项目分别是:某某工程,…):
 * what follows, up to the clause's end, is the project's name whatever its words, since the text
 * says what it is. Only after an ordinal, a count or a superlative (项目是园区的生命线 names none);
 * of a list (另外3个分别是:甲、乙), its first item.
 */
const INTRODUCED = /(?:(?:第[一二三四五六七八九十\d]{1,2}个|首个|另一个|最大的|个)\p{Script=Han}{0,6}?项目(?:是|为|分别是)|[\d一二三四五六七八九十两]个分别是)[:]?/gu;
/** One of these is in every match of INTRODUCED (…项目是, …项目为, …分别是): a text without any is not searched. */
const INTRODUCED_WORDS = ['项目是', '项目为', '分别是'];
const INTRODUCED_NAME = /^[\p{Script=Han}\d()“”·—-]{4,24}?(?=[,;。、]|$)/u;

function addIntroduced(ctx: DocContext, at: number): void {
  const m = INTRODUCED_NAME.exec(ctx.text.slice(at, at + 26));
  if (!m) return;
  const end = at + m[0].length;
  const name = m[0];
  // (项目是哪个? 项目是由某某投资的: a question or a clause, no name.)
  if (/的|哪|什么|由|在|将|已/.test(name) || !hasDistinctiveWord(ctx, at, end)) return;
  const word = ctx.tokenAt(at);
  const first = word && word.start === at ? tagSpan(ctx, at, word.end)[0] : undefined;
  if (first && !NOMINAL_TAG.test(first.tag) && !ctx.findIn('Street', at, at + 1, (s) => s.start === at)) return;
  if (ctx.overlapped(at, end, ['Official', 'Person', 'Enterprise', 'Project'])) return;
  addProject(ctx, at, end);
}

/** 把旧厂房改造成“某某数智港”, …整体改造,取名“某某创意里”, 项目暂定名“某某里”: a place converted into a build under a quoted name, or a build named so, is that build. */
const CONVERTED = /(?:改造成|改建成|改造为|改建为|取名|起名|命名为|定名为|暂定名为?|名叫|(?:改造|改好|建成)(?:后|以后)(?:叫|取名))“([^“”,。]{2,12})”/gu;

function addConverted(ctx: DocContext, cue: number, open: number, close: number): void {
  const name = ctx.text.slice(open + 1, close - 1);
  if (lexicon().programs.rhetoric.has(name) || lexicon().programs.sloganSet.has(name)) return;
  if (ctx.overlapped(open, close, ['Project', 'Program', 'Enterprise'])) return;
  // (…商业综合体,项目暂定名“某某里”: the build just described is the one named; the quote is a
  // mention of it, under the name it is given.)
  const described = NAMING.test(ctx.text.slice(cue, open)) ? ctx.findIn('Project', ctx.sentenceAt(cue).start, cue, (p) => p.end <= cue && cue - p.end <= 3) : undefined;
  if (described) ctx.addEntity({ type: 'Project', name: described.name, start: open, end: close, aliases: [name], strong: true });
  else addProject(ctx, open, close);
}
/** The cues that name a build (not those that convert a place into one). */
const NAMING = /^(?:项目)?(?:取名|起名|命名为|定名为|暂定名)/;

export const extractWorks: Extractor = {
  id: 'works',
  run(ctx) {
    const { text } = ctx;
    // A pattern is run over a text only if the text holds a word every match of it holds (a
    // search over the whole text costs ~5 ns a character, a word looked for far less).
    if (text.includes('延')) for (const m of text.matchAll(EXTENDED_ROAD)) addWork(ctx, m.index, m.index + m[0].length);
    for (const m of text.matchAll(WORKED_ROAD)) addWork(ctx, m.index, m.index + m[0].length);
    // (The river word is part of the name: 官河, not 官.)
    if (text.includes('期')) for (const m of text.matchAll(PHASED_RIVER_WORKS)) addWork(ctx, m.index + 1, m.index + m[0].length);
    for (const m of text.matchAll(RENEWAL_WORKS)) addRenewal(ctx, m.index, m.index + m[0].length);
    if (INTRODUCED_WORDS.some((word) => text.includes(word))) for (const m of text.matchAll(INTRODUCED)) addIntroduced(ctx, m.index + m[0].length);
    for (const m of text.matchAll(CONVERTED)) addConverted(ctx, m.index, m.index + m[0].length - m[1]!.length - 2, m.index + m[0].length);
  },
};
