/**
 * page: what a page is, decided once after reading, for every extractor to read.
 *
 * A document as read is a page of a site: its article body, the furniture around it (site
 * navigation, breadcrumbs, time and source lines, prompts, related headlines, footers), its title,
 * and the places its site and breadcrumb name. This stage finds the furniture and leaves it out
 * of the text the extractors read (so furniture never changes what an article yields), and keeps
 * what the furniture and the metadata say about where the page belongs (`placeText`): a town
 * page names its town by its breadcrumb or its site, not in every sentence.
 */
import { normalizeText, type NormalizedText } from '../read/normalize.ts';
import type { ReadDocument } from '../read/index.ts';
import { findCellTables } from './cell-tables.ts';
import { findFurniture, furnitureRules, type Furniture } from './furniture.ts';

export { findFurniture, type Furniture, type FurnitureKind } from './furniture.ts';

export interface Page {
  /** The article as extractors read it: normalised, furniture left out, offsets mapped to the original. */
  norm: NormalizedText;
  title: string;
  furniture: Furniture[];
  /**
   * What the page says about where it belongs, outside its article: the title, the breadcrumb,
   * the source and publisher lines, the source address. Read to resolve places (which district a
   * street is in, which town a bare `镇党委书记` means), never for entities.
   */
  placeText: string;
}

/** Furniture that names the page's place: breadcrumbs, source/publisher lines, site navigation. */
const PLACE_KINDS = new Set(['breadcrumb', 'meta', 'nav']);

export function readPage(doc: ReadDocument): Page {
  // A table copied a cell a line is the article's, however much its lines look like navigation.
  const tables = findCellTables(doc.plain, doc.bodyStart);
  const inTable = (f: Furniture) => tables.spans.some((t) => f.start >= t.start && f.start < t.end);
  const furniture = findFurniture(doc.plain, doc.bodyStart).filter((f) => !inTable(f));
  const norm = normalizeText(
    doc.plain,
    doc.bodyStart,
    furniture.filter((f) => !f.kept),
    new Set(furniture.filter((f) => f.kept).map((f) => f.start)),
    tables.breaks,
  );
  // Without a header, the title is the article's first line: past the navigation, not the site's first line.
  // (A byline the page keeps for its credits, `来源:某报 作者:某某`, is no title either.)
  const first = doc.titleFromBody ? firstLine(norm.text.slice(0, 2000)) : undefined;
  const title = first ? first.slice(0, 200) : doc.title;
  const placeText = [title, doc.headerTitle ?? '', ...furniture.filter((f) => PLACE_KINDS.has(f.kind)).map((f) => f.text), doc.source ?? '']
    .filter(Boolean)
    .join('\n');
  return { norm, title, furniture, placeText };
}

/** The first line of `text` that is not a labelled credit or dateline. */
function firstLine(text: string): string | undefined {
  const { metaStart } = furnitureRules();
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && !metaStart.test(t)) return t;
  }
  return undefined;
}
