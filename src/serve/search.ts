/**
 * Search over names, aliases and their pinyin (full and initials), so that `xintang`, `xtjd`
 * and `新塘` all find 新塘街道. Pure and browser-safe: the viewer uses it for suggestions,
 * the server for /api/search.
 */
import { pinyin } from 'pinyin-pro';

export interface Searchable {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  /** Breaks ties between equally good matches (the viewer passes degree). */
  weight?: number;
}

export type MatchVia = 'name' | 'alias' | 'pinyin' | 'initials';

export interface SearchHit {
  id: string;
  name: string;
  kind: string;
  /** The text that matched (a name, an alias or a pinyin spelling). */
  matched: string;
  via: MatchVia;
  score: number;
}

interface Key {
  text: string;
  via: MatchVia;
  /** What to show as "matched" for this key (the alias, or the pinyin spelling). */
  shown: string;
}

interface IndexedItem {
  item: Searchable;
  keys: Key[];
}

export interface SearchIndex {
  items: IndexedItem[];
}

/** Lower-case, no spaces, no punctuation or quotes: how both keys and queries are compared. */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」『』《》()()·・,,。、:;;\-_.]+/g, '');
}

function pinyinKeys(text: string): Key[] {
  if (!/[\u4e00-\u9fff]/.test(text)) return [];
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const full = syllables.join('');
  const initials = syllables.map((s) => s[0] ?? '').join('');
  return [
    { text: normalizeQuery(full), via: 'pinyin', shown: syllables.join(' ') },
    { text: normalizeQuery(initials), via: 'initials', shown: initials },
  ];
}

export function buildSearchIndex(items: Searchable[]): SearchIndex {
  return {
    items: items.map((item) => {
      const keys: Key[] = [{ text: normalizeQuery(item.name), via: 'name', shown: item.name }];
      for (const alias of item.aliases) keys.push({ text: normalizeQuery(alias), via: 'alias', shown: alias });
      keys.push(...pinyinKeys(item.name));
      return { item, keys: keys.filter((k) => k.text.length > 0) };
    }),
  };
}

// Higher is better: an exact hit beats a prefix beats a substring; names beat aliases beat pinyin.
const VIA_BONUS: Record<MatchVia, number> = { name: 30, alias: 20, pinyin: 10, initials: 0 };

function scoreKey(key: Key, query: string): number {
  if (key.text === query) return 100 + VIA_BONUS[key.via];
  if (key.text.startsWith(query)) return 70 + VIA_BONUS[key.via];
  // Initials only as prefixes: a two-letter substring of initials matches almost anything.
  if (key.via !== 'initials' && key.text.includes(query)) return 40 + VIA_BONUS[key.via];
  return 0;
}

export function search(index: SearchIndex, rawQuery: string, limit = 10): SearchHit[] {
  const query = normalizeQuery(rawQuery);
  if (!query) return [];
  const hits: SearchHit[] = [];
  for (const { item, keys } of index.items) {
    let best: SearchHit | null = null;
    for (const key of keys) {
      const score = scoreKey(key, query);
      if (score > 0 && (!best || score > best.score)) {
        best = { id: item.id, name: item.name, kind: item.kind, matched: key.shown, via: key.via, score };
      }
    }
    if (best) hits.push(best);
  }
  const weight = new Map(index.items.map(({ item }) => [item.id, item.weight ?? 0]));
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0) ||
      a.name.length - b.name.length ||
      a.name.localeCompare(b.name, 'zh'),
  );
  return hits.slice(0, limit);
}
