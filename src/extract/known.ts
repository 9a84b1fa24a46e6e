/**
 * Names found by a strong pattern are recognised everywhere else in this document (之江有机硅
 * named in a list, then again as a subject); the rest of the corpus is swept in sweep.ts.
 * Streets and officials have their own sweeps; this one covers projects, enterprises, programs.
 */
import type { DocContext, Extractor } from './context.ts';

const SWEPT = ['Project', 'Enterprise', 'Program'];

export const extractKnownNames: Extractor = {
  id: 'known',
  run(ctx) {
    const names = new Map<string, { type: string; name: string }>();
    for (const e of ctx.entities) {
      if (!SWEPT.includes(e.type) || !e.strong) continue;
      // A program found once by pattern (城郊接合部环境整治 in a list) is that program elsewhere too.
      const min = e.type === 'Program' ? 4 : 2;
      for (const n of [e.name, ...(e.aliases ?? [])]) if (n.length >= min && !/[“”]/.test(n)) names.set(n, e);
    }
    const sorted = [...names.keys()].sort((a, b) => b.length - a.length);
    for (const surface of sorted) {
      const target = names.get(surface)!;
      for (let at = ctx.text.indexOf(surface); at >= 0; at = ctx.text.indexOf(surface, at + 1)) {
        const end = at + surface.length;
        if (ctx.isExcluded(at)) continue;
        if (ctx.entities.some((e) => e.start < end && e.end > at && (e.type === target.type || e.type === 'Street' || e.type === 'Official'))) continue;
        if (!ctx.isTokenStart(at)) continue;
        ctx.addEntity({ type: target.type, name: target.name, start: at, end, aliases: surface === target.name ? [] : [surface] });
      }
    }
  },
};
