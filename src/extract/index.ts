/**
 * extract: one document's normalised text → entity and relation candidates.
 * Extractors are small objects in a registry, run in order: later ones read what earlier ones
 * found (officials read streets; attribution reads everything).
 */
import { DocContext, type Extractor } from './context.ts';
import { extractCredits } from './credits.ts';
import { extractStreets } from './streets.ts';
import { extractOfficials } from './officials.ts';
import { extractSections } from './sections.ts';
import { extractPrograms, extractNamedPlans } from './programs.ts';
import { extractQuotedLists } from './brands.ts';
import { extractProgramLists } from './program-lists.ts';
import { extractEnterprises } from './enterprises.ts';
import { extractProjects } from './projects.ts';
import { extractLists } from './lists.ts';
import { extractWorks } from './works.ts';
import { extractTables } from './tables.ts';
import { extractLinks } from './links.ts';
import { extractVisitLinks } from './visit-links.ts';
import { extractKnownNames } from './known.ts';
import { extractInvestments } from './investments.ts';
import { extractDates } from './dates.ts';
import { extractAttribution } from './attribution.ts';
import { extractDistricts } from './districts.ts';

export { DocContext } from './context.ts';
export type { EntityCandidate, RelationCandidate, KnownName, Ref } from './context.ts';

export const EXTRACTORS: Extractor[] = [
  extractCredits,
  extractStreets,
  extractOfficials,
  extractSections,
  extractPrograms,
  extractQuotedLists,
  extractProgramLists,
  extractNamedPlans,
  extractEnterprises,
  extractProjects,
  extractWorks,
  extractTables,
  extractLists,
  extractKnownNames,
  extractLinks,
  extractVisitLinks,
  extractDistricts,
  extractInvestments,
  extractDates,
  extractAttribution,
];

/**
 * A document's context, with the segmentation its extractors will need asked for: segmented at
 * the first need, or for many documents at once by `DocContext.segmentPrefetched`.
 */
export function openDocument(docId: string, text: string, title: string, placeText = title): DocContext {
  const ctx = new DocContext(docId, text, title, placeText);
  for (const extractor of EXTRACTORS) extractor.prefetch?.(ctx);
  return ctx;
}

/** Run every extractor over a document opened by `openDocument`; `onStep` hears of each (progress in a long document). */
export function extractDocument(ctx: DocContext, onStep?: (step: number, steps: number, id: string) => void): DocContext {
  EXTRACTORS.forEach((extractor, i) => {
    onStep?.(i + 1, EXTRACTORS.length, extractor.id);
    extractor.run(ctx);
  });
  return ctx;
}
