/**
 * Speaker turns: `洪泉良:细化基层治理颗粒度…` opens a section in which that official speaks for
 * their street, until the next speaker or a question (`记者:`). What is named in a section is
 * about the speaker's street.
 */
import type { Extractor, Section } from './context.ts';

const QUESTION = /^(记者|主持人|问|网友|编者按|编者)\s*[::]/;
/**
 * A speaker's turn: a name, maybe its title in brackets, and a colon. (A name of two characters may be
 * padded with a space to the width of three: `魏 兰:`.)
 */
const TURN = /^(\p{Script=Han} {1,2}\p{Script=Han}|\p{Script=Han}{2,4})\s*(?:\([^()\n]{2,30}\))?\s*[::]/u;

/** The official a short line of a title and their name (and nothing else) is about, if any. */
function headerOf(line: string, officials: Set<string>): string | undefined {
  if (line.length > 30 || /[。,;:!?“”()]/.test(line)) return undefined;
  for (const name of officials) if (line.length > name.length + 1 && line.endsWith(name)) return name;
  return undefined;
}

export const extractSections: Extractor = {
  id: 'sections',
  run(ctx) {
    const heads = new Map<string, string>();
    for (const r of ctx.relations) if (r.type === 'HEADS') heads.set(r.from.name, r.to.name);
    const officials = new Set(ctx.entities.filter((e) => e.type === 'Official').map((e) => e.name));
    const sections: Section[] = [];
    // Only an official found opens a section (a question only closes one): without any, no line is read.
    if (officials.size === 0) {
      ctx.sections = sections;
      return;
    }
    let open: Section | null = null;
    for (const line of ctx.lines) {
      const text = ctx.text.slice(line.start, line.end);
      // (`罗勇(某某街道党工委书记):`: a turn may carry its speaker's title in brackets.)
      const turn = TURN.exec(text)?.[1]?.replace(/ /g, '');
      // A line of a title and a name alone (`楼塔镇党委书记 黄建明`) heads what that official says below it.
      const header = headerOf(text.trim(), officials);
      const speaker = turn !== undefined && officials.has(turn) ? turn : header;
      const isSpeaker = speaker !== undefined;
      if (isSpeaker || QUESTION.test(text)) {
        if (open) {
          open.end = line.start;
          sections.push(open);
          open = null;
        }
        if (isSpeaker) open = { start: line.start, end: ctx.text.length, speaker, street: heads.get(speaker) ?? null };
      }
    }
    if (open) sections.push(open);
    ctx.sections = sections;
  },
};
