/**
 * Attribution: projects and programs belong to a street (RUNS, IMPLEMENTS). What an official says
 * in their turn is about their street; elsewhere, a sentence that names exactly one street gives
 * it; a document about one street (its title names it, or it names no other) gives that street.
 */
import type { DocContext, Extractor } from './context.ts';

/** The street a document is about, if there is exactly one. */
export function documentStreet(ctx: DocContext): string | null {
  const streets = ctx.entities.filter((e) => e.type === 'Street');
  const names = [...new Set(streets.map((s) => s.name))];
  if (names.length === 1) return names[0]!;
  const inTitle = names.filter((n) => ctx.title.includes(n) || ctx.title.includes(n.replace(/(街道|镇|乡)$/, '')));
  if (inTitle.length === 1) return inTitle[0]!;
  const headed = [...new Set(ctx.relations.filter((r) => r.type === 'HEADS').map((r) => r.to.name))];
  if (headed.length === 1 && ctx.sections.length === 0) return headed[0]!;
  return null;
}

export const extractAttribution: Extractor = {
  id: 'attribution',
  run(ctx) {
    const docStreet = documentStreet(ctx);
    for (const entity of ctx.entities) {
      if (entity.type !== 'Project' && entity.type !== 'Program') continue;
      const sentence = ctx.sentenceAt(entity.start);
      const section = ctx.sectionAt(entity.start);
      let street: string | null = null;
      if (section?.street) street = section.street;
      else {
        const mentioned = ctx.within('Street', sentence.start, sentence.end);
        const inSentence = [...new Set(mentioned.map((s) => s.name))];
        // A street that is the sentence's subject (新塘以…为抓手, 稽东镇举行…) runs what it names;
        // a street named further on is a place in the description (起于齐贤街道镜湖村), not the actor.
        const subject = inSentence.length === 1 && mentioned[0]!.start - sentence.start <= 8 && mentioned[0]!.start < entity.start;
        if (subject) street = inSentence[0]!;
        else if (inSentence.length === 0 || inSentence.includes(docStreet ?? '')) street = docStreet;
      }
      if (!street) continue;
      ctx.addRelation({
        type: entity.type === 'Project' ? 'RUNS' : 'IMPLEMENTS',
        from: { type: 'Street', name: street },
        to: { type: entity.type, name: entity.name },
        evidence: sentence,
      });
    }
  },
};
