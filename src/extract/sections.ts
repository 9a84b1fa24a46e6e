/**
 * Speaker turns: `洪泉良:细化基层治理颗粒度…` opens a section in which that official speaks for
 * their street, until the next speaker or a question (`记者:`). What is named in a section is
 * about the speaker's street.
 */
import type { Extractor, Section } from './context.ts';

const QUESTION = /^(记者|主持人|问|网友|编者按|编者)\s*[::]/;

export const extractSections: Extractor = {
  id: 'sections',
  run(ctx) {
    const heads = new Map<string, string>();
    for (const r of ctx.relations) if (r.type === 'HEADS') heads.set(r.from.name, r.to.name);
    const officials = new Set(ctx.entities.filter((e) => e.type === 'Official').map((e) => e.name));
    const sections: Section[] = [];
    let open: Section | null = null;
    for (const line of ctx.lines) {
      const text = ctx.text.slice(line.start, line.end);
      const speaker = /^(\p{Script=Han}{2,4})\s*[::]/u.exec(text)?.[1];
      const isSpeaker = speaker !== undefined && officials.has(speaker);
      if (isSpeaker || QUESTION.test(text)) {
        if (open) {
          open.end = line.start;
          sections.push(open);
          open = null;
        }
        if (isSpeaker) open = { start: line.start, end: ctx.text.length, speaker: speaker!, street: heads.get(speaker!) ?? null };
      }
    }
    if (open) sections.push(open);
    ctx.sections = sections;
  },
};
