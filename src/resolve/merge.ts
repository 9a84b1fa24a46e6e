/**
 * Which entity names one thing under two names: the merge rules of resolve, each backed by an
 * index so that a corpus of tens of thousands of entities resolves in linear time.
 * - an alias of another entity of the type (大综合一体化 → 大综合一体化行政执法改革);
 * - a place-prefixed variant (高新区(滨江)萧山特别合作园 → 杭州高新区(滨江)萧山特别合作园);
 * - a trade name of a registered company (新和成, 航民实业 → 浙江新和成特种材料有限公司);
 * - a company's name without its legal form (宜兴某某工艺厂 → 宜兴某某工艺厂有限公司);
 * - an abbreviation (萧山城投集团 → 萧山城市投资集团: same start and end, characters in order);
 * - a phase of a project named on its own too (布吉河碧道二期 → 布吉河碧道): one project, its
 *   phases its aliases.
 */
import { lexicon } from '../extract/lexicon.ts';
import { isPlaceName } from '../extract/divisions.ts';
import { stripIndustry } from '../extract/enterprises.ts';
import { entityKey } from './ids.ts';

export interface MergeCandidate {
  type: string;
  name: string;
  aliases: Set<string>;
  props: Record<string, unknown>;
  mentions: unknown[];
}

const VARIANT_TYPES = new Set(['Project', 'Enterprise']);
/** A project's name and its phase after it: 某某产业园二期, 某某工程(一期), 某某碧道三期项目. */
const PHASED = /^(.+?)\(?[一二三四五六七八九十\d]期\)?(?:项目|工程)?$/;
/** A registered name's legal form at its end: the rest is the company's name as prose says it. */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司)$/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** The canonical key of every entity key (itself when nothing merges it), chains followed. */
export function canonicalKeys(entities: Map<string, MergeCandidate>): Map<string, string> {
  const places = lexicon().enterprises.placePrefixes;
  const byAlias = new Map<string, string>();
  const drafts = [...entities.entries()].sort((a, b) => b[1].mentions.length - a[1].mentions.length || a[0].localeCompare(b[0]));
  for (const [key, d] of drafts) for (const a of d.aliases) if (!byAlias.has(entityKey(d.type, a))) byAlias.set(entityKey(d.type, a), key);
  // Indexes, in insertion order so that the first match is the same on every run.
  const bySuffix = new Map<string, string[]>(); // type + name without a place prefix → keys
  const byTradePrefix = new Map<string, string[]>(); // a registered company's alias or trade-name prefix → keys
  const byEnds = new Map<string, string[]>(); // first two + last two characters → enterprise keys
  const byUnregistered = new Map<string, string[]>(); // a registered name without its legal form → keys
  for (const [key, e] of entities) {
    if (VARIANT_TYPES.has(e.type)) {
      for (let cut = 1; cut <= Math.min(8, e.name.length - 4); cut++) {
        const prefix = e.name.slice(0, cut);
        if (places.includes(prefix) || isPlaceName(prefix)) push(bySuffix, entityKey(e.type, e.name.slice(cut)), key);
      }
    }
    if (e.type !== 'Enterprise') continue;
    const trade = String(e.props.tradeName ?? '');
    for (let n = 2; n <= trade.length; n++) push(byTradePrefix, trade.slice(0, n), key);
    for (const a of e.aliases) push(byTradePrefix, a, key);
    if (e.name.length >= 4) push(byEnds, e.name.slice(0, 2) + e.name.slice(-2), key);
    const unregistered = e.name.replace(LEGAL_FORM, '');
    if (unregistered !== e.name && unregistered.length >= 4) push(byUnregistered, unregistered, key);
  }
  // The first phase of each project found with no name of its own (某某老街有机更新一期 and 二期,
  // no 某某老街有机更新): the later phases merge into it, one project in phases.
  const firstPhase = new Map<string, string>();
  for (const [key, e] of entities) {
    const base = e.type === 'Project' ? PHASED.exec(e.name)?.[1] : undefined;
    if (base && base.length >= 4 && !entities.has(entityKey('Project', base)) && !firstPhase.has(base)) firstPhase.set(base, key);
  }
  const canonical = new Map<string, string>();
  for (const [key, d] of entities) {
    let target = byAlias.get(key);
    if (target === key || (target && entities.get(target)!.aliases.has(d.name) && entities.get(target)!.name.length < d.name.length)) target = undefined;
    if (!target && VARIANT_TYPES.has(d.type) && d.name.length >= 4) target = bySuffix.get(key)?.find((k) => k !== key);
    if (!target && d.type === 'Project') {
      const base = PHASED.exec(d.name)?.[1];
      if (base && base.length >= 4) target = entities.has(entityKey('Project', base)) ? entityKey('Project', base) : firstPhase.get(base);
      if (target === key) target = undefined;
    }
    if (!target && d.type === 'Enterprise' && !d.props.tradeName) {
      // 华盛公司 after 杭州华盛新材料有限公司: the article's short name for it (公司 is no trade).
      const stem = stripIndustry(d.name.replace(/(?<=^\p{Script=Han}{2,4})公司$/u, ''));
      if (stem.length >= 2) target = byTradePrefix.get(stem)?.find((k) => k !== key);
    }
    if (!target && d.type === 'Enterprise') target = byUnregistered.get(d.name)?.find((k) => k !== key);
    if (!target && d.type === 'Enterprise' && d.name.length >= 4) {
      target = byEnds.get(d.name.slice(0, 2) + d.name.slice(-2))?.find((k) => {
        const other = entities.get(k)!;
        return other.name.length > d.name.length && isSubsequence(d.name, other.name);
      });
    }
    canonical.set(key, target ?? key);
  }
  for (const [key, target] of canonical) {
    let t = target;
    for (let i = 0; i < 5 && canonical.get(t) !== t; i++) t = canonical.get(t)!;
    canonical.set(key, t);
  }
  return canonical;
}
