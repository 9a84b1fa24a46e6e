/**
 * The sentence of evidence behind each fact of an answer's row, fetched per relation from
 * GET /api/edges/:id (the server's graph holds the provenance; the skeleton the page drew does
 * not). A fact reads "A —TYPE→ B", then its first sentence quoted with both names marked, and
 * the article; "+N" says how many more sentences support it (the node's details list them all).
 */
import { api, type EdgeDetails } from '../api.ts';
import { el, highlighted } from './dom.ts';

/** Facts fetched per answer, at most: an answer of hundreds of rows keeps its table, not its fetches. */
export const MAX_FACTS_FETCHED = 80;
/** Requests in flight at once. */
const PARALLEL = 4;

function factElement(details: EdgeDetails): HTMLElement {
  const { relation, from, to, documents } = details;
  const first = relation.evidence[0];
  const doc = first && documents.find((d) => d.id === first.doc);
  const more = relation.evidence.length - 1;
  return el(
    'div',
    { class: 'fact', 'data-relation': relation.id },
    el('span', { class: 'rel' }, from.name, el('span', { class: 'rel-type', text: ` —${relation.type}→ ` }), to.name),
    first ? el('blockquote', {}, highlighted(first.text, [from.name, to.name])) : el('span', { class: 'muted', text: ' (no sentence recorded)' }),
    first ? el('div', { class: 'cite', text: `《${doc?.title ?? first.doc}》${doc?.date ? ` ${doc.date}` : ''}${more > 0 ? ` · +${more} more` : ''}` }) : null,
  );
}

/**
 * Fills each cell with its row's facts, first rows first. `current()` turns false once a newer
 * answer replaced this one: the remaining fetches stop.
 */
export async function fillEvidence(cells: Array<{ cell: HTMLElement; relations: string[] }>, current: () => boolean): Promise<void> {
  const cache = new Map<string, Promise<EdgeDetails | null>>();
  const fetchFact = (id: string) => {
    let known = cache.get(id);
    if (!known) cache.set(id, (known = api.edge(id).catch(() => null)));
    return known;
  };
  const jobs = cells.flatMap(({ cell, relations }) => relations.map((id) => ({ cell, id })));
  const budget = new Set(jobs.map((j) => j.id).filter((id, i, all) => all.indexOf(id) === i).slice(0, MAX_FACTS_FETCHED));
  const queue = jobs.filter((j) => budget.has(j.id));
  const work = async () => {
    for (let job = queue.shift(); job && current(); job = queue.shift()) {
      const details = await fetchFact(job.id);
      if (details && current()) job.cell.append(factElement(details));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, work));
  if (!current()) return;
  for (const { cell, relations } of cells) {
    if (cell.childElementCount) continue;
    // No fact found for the row (a count, a name only), or its facts past the fetch budget.
    const note = relations.length ? { text: '…', title: `not fetched: an answer shows the sentences of its first ${MAX_FACTS_FETCHED} facts` } : { text: '—', title: 'no fact of this row found in the graph' };
    cell.append(el('span', { class: 'muted', ...note }));
  }
}
