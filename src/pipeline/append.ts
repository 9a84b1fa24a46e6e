/**
 * Adding articles to the last build with the cache without rebuilding the corpus: the new files
 * are extracted and swept, their facts added to the snapshot the build left (pipeline/snapshot.ts),
 * and the graph is that of a cold run, byte for byte, or the build takes the full path.
 *
 * Why it is the cold run's graph. A build adds every document's first pass in file order, then the
 * sweep's finds in file order (resolve: FactRank), and resolves the drafts. The old documents' facts
 * are those of the snapshot when their entries are the same and the sweep's strong names are (the
 * same fingerprint, recomputed in the new file order). The new documents' facts change nothing
 * else when each of them names a draft made before it, brings no alias the draft lacks and no
 * prop it has not had set before it, adds to no relation whose props were taken after it, and the
 * merge rules, run again on the drafts with their new mention counts, resolve every name as before.
 * Then the graph is the old one with the new documents' mentions and evidence sorted in, and new
 * relations (between known entities) added. Anything else — a file changed, removed, reordered or
 * unreadable, a new name, alias or prop, another merge, a curation with entries — and the caller
 * builds the whole corpus as before.
 */
import type { Evidence, KnowledgeGraph, Mention, Problem, Relation } from '../types.ts';
import { DocContext, type KnownName } from '../extract/index.ts';
import { indexKnownNames } from '../extract/sweep.ts';
import { sortedUnique, type DocumentFacts, type DraftRecord, type FactRank } from '../resolve/index.ts';
import { canonicalKeys } from '../resolve/merge.ts';
import { compareIds, entityId, entityKey, relationId } from '../resolve/ids.ts';
import { ExtractionCache, knownNamesFingerprint, readSweepPart, writeEntry, type Identified } from './cache.ts';
import { KnownNames, extractFile, isOpened, openFile, type DocSummary, type ExtractedDocument } from './document.ts';
import { sweepDocument } from './sweep.ts';
import { changesSince, runState, type GraphChanges } from './run-state.ts';
import { compactGraph, entityMentions, readSnapshot, relationEvidence, tableOfStrongNames, writeSnapshot } from './snapshot.ts';

export interface Appended {
  graph: KnowledgeGraph;
  problems: Problem[];
  cache: ExtractionCache;
  inputDigest: string;
  changes?: GraphChanges;
  added: Added;
}

/** The documents added, and the entities and relations they are part of (all else is as it was). */
export interface Added {
  documents: string[];
  entities: string[];
  relations: string[];
}

type FirstPass = Omit<ExtractedDocument, 'summary'>;

function push<V>(map: Map<string, V[]>, key: string, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/**
 * The graph of `files` from the last build's snapshot in `cacheDir`; else (build the whole corpus)
 * how many new files the attempt extracted (their cache entries are written: the full path takes
 * them from the cache).
 */
export function appendToSnapshot(files: string[], ids: Map<string, string>, cacheDir: string, curation: string | Uint8Array, identified?: Identified): Appended | { extracted: number } {
  const cache = new ExtractionCache(cacheDir, identified);
  const appended = attempt(cache, files, ids, curation);
  return appended ?? { extracted: cache.counts.misses };
}

function attempt(cache: ExtractionCache, files: string[], ids: Map<string, string>, curation: string | Uint8Array): Appended | undefined {
  const snapshot = readSnapshot(cache.snapshotFile);
  if (!snapshot) return undefined;
  const before = new Map(snapshot.ids.map((id, i) => [id, i]));
  const entryBefore = new Map(Object.entries(snapshot.state.documents));
  const order: string[] = [];
  const added: { file: string; id: string; name: string }[] = [];
  let lastOld = -1;
  for (const file of files) {
    const id = ids.get(file)!;
    const name = cache.identify(file, id);
    if (!name) return undefined;
    order.push(id);
    const i = before.get(id);
    if (i === undefined) added.push({ file, id, name });
    else if (entryBefore.get(id) !== name || i < lastOld) return undefined;
    else lastOld = i;
  }
  if (added.length === 0 || order.length - added.length !== snapshot.ids.length) return undefined;

  // First passes of the new files: from their cache entries, else extracted (and their entries written).
  const firsts = new Map<string, { pass: FirstPass; summary: DocSummary }>();
  for (const { file, id, name } of added) {
    const entry = cache.entryPath(id)!;
    const cached = cache.lookupNamed(file, id, name);
    const summary = cached && readSweepPart(entry, id, file)?.summary;
    if (cached && summary) {
      firsts.set(id, { pass: cached, summary });
      continue;
    }
    const opened = openFile(file, id);
    if (!isOpened(opened)) return undefined;
    DocContext.segmentPrefetched([opened.ctx]);
    const extracted = extractFile(opened, true);
    writeEntry(entry, id, extracted);
    firsts.set(id, { pass: extracted, summary: extracted.summary });
  }

  // The strong names in the new file order: the sweep of every old document is the same only if they are.
  const known = new KnownNames();
  const strongOf = (id: string): KnownName[] => {
    const i = before.get(id);
    return i === undefined ? firsts.get(id)!.pass.strong : snapshot.strongOf[i]!.map((k) => snapshot.strongNames[k]!);
  };
  for (const id of order) for (const s of strongOf(id)) known.add(s.type, s.name, s.aliases);
  const sweeps = order.length > 1 && known.size > 0;
  const fingerprint = sweeps ? knownNamesFingerprint(known.values()) : 'no sweep';
  if (fingerprint !== snapshot.state.fingerprint) return undefined;
  const index = sweeps ? indexKnownNames(known.values()) : undefined;
  const swept = new Map<string, DocumentFacts | null>();
  for (const { id } of added) {
    const facts = index ? sweepDocument(firsts.get(id)!.summary, index) : null;
    if (facts === undefined) return undefined;
    swept.set(id, facts);
  }

  // The new facts in the order a build adds them, each checked to change nothing order decided.
  const position = new Map(order.map((id, i) => [id, i]));
  const earlier = (a: FactRank | undefined, b: FactRank) => a !== undefined && (a[0] < b[0] || (a[0] === b[0] && (position.get(a[1]) ?? Infinity) < position.get(b[1])!));
  const drafts = new Map<string, DraftRecord>(snapshot.drafts.map((d) => [entityKey(d.type, d.name), { ...d }]));
  const entityOf = new Map(Object.entries(snapshot.state.entityOf));
  const unresolved = new Set(snapshot.state.unresolved);
  const relationFirst = { ...snapshot.relationFirst };
  const newMentions = new Map<string, Mention[]>();
  const newEvidence = new Map<string, Evidence[]>();
  const newRelations = new Map<string, Relation>();
  for (const phase of [1, 2]) {
    for (const { id } of added) {
      const facts = phase === 1 ? firsts.get(id)!.pass.facts : swept.get(id);
      if (!facts) continue;
      const rank: FactRank = [phase, id];
      for (const f of facts.entities) {
        const key = entityKey(f.type, f.name);
        const draft = drafts.get(key);
        if (!draft || !earlier(draft.created, rank)) return undefined;
        for (const a of f.aliases) if (a !== f.name && !draft.aliases.includes(a)) return undefined;
        for (const k in f.props) if (draft.props[k] === undefined || !earlier(draft.propsSetBy[k], rank)) return undefined;
        draft.mentions += 1;
        push(newMentions, entityOf.get(key)!, f.mention);
      }
      for (const r of facts.relations) {
        const [fromKey, toKey] = [entityKey(r.from[0], r.from[1]), entityKey(r.to[0], r.to[1])];
        const from = entityOf.get(fromKey);
        const to = entityOf.get(toKey);
        if (!from) unresolved.add(fromKey);
        if (!to) unresolved.add(toKey);
        if (!from || !to || from === to) continue;
        const rid = relationId(r.type, from, to);
        if (!relationFirst[rid]) {
          relationFirst[rid] = rank;
          newRelations.set(rid, { id: rid, type: r.type, from, to, props: { ...r.props }, evidence: [] });
        } else if (!newRelations.has(rid) && !earlier(relationFirst[rid], rank)) return undefined;
        push(newEvidence, rid, ...r.evidence);
      }
    }
  }
  // The merge rules look at mention counts: every name must still resolve as it did.
  const candidates = new Map([...drafts].map(([key, d]) => [key, { type: d.type, name: d.name, aliases: new Set(d.aliases), props: d.props, mentions: { length: d.mentions } as unknown[] }]));
  for (const [key, target] of canonicalKeys(candidates)) {
    const t = drafts.get(target)!;
    if (entityId(t.type, t.name) !== entityOf.get(key)) return undefined;
  }

  // The old graph with the new documents sorted in.
  const old = snapshot.graph;
  const graph: KnowledgeGraph = {
    documents: [...old.documents, ...added.map(({ id }) => firsts.get(id)!.pass.meta)].sort((a, b) => compareIds(a.id, b.id)),
    entities: old.entities.map((head, i) => {
      const more = newMentions.get(head.id);
      return { ...head, mentions: more ? sortedUnique([...entityMentions(old, i), ...more]) : entityMentions(old, i) };
    }),
    relations: old.relations.map((head, i) => {
      const more = newEvidence.get(head.id);
      return { ...head, evidence: more ? sortedUnique([...relationEvidence(old, i), ...more]) : relationEvidence(old, i) };
    }),
  };
  if (old.entities.filter((e) => newMentions.has(e.id)).length !== newMentions.size) return undefined;
  if (newRelations.size > 0) {
    for (const r of newRelations.values()) graph.relations.push({ ...r, evidence: sortedUnique(newEvidence.get(r.id)!) });
    graph.relations.sort((a, b) => compareIds(a.id, b.id));
  }

  const problems: Problem[] = [];
  const warningBefore = new Map(Object.entries(snapshot.warnings));
  for (const id of order) {
    const warning = before.has(id) ? warningBefore.get(id) : firsts.get(id)!.pass.warning;
    if (warning) problems.push({ file: before.has(id) ? snapshot.files[before.get(id)!]! : added.find((a) => a.id === id)!.file, message: warning });
  }
  cache.save();
  const inputDigest = cache.inputDigest(curation);
  const state = runState(graph, inputDigest, fingerprint, (id) => cache.entryName(id), { entityOf, unresolved });
  if (!state) return undefined;
  const strong = tableOfStrongNames(
    order.map((id) => (before.has(id) ? { kept: snapshot.strongOf[before.get(id)!]! } : firsts.get(id)!.pass.strong)),
    snapshot.strongNames,
  );
  const warnings = Object.fromEntries([...warningBefore, ...added.flatMap(({ id }) => (firsts.get(id)!.pass.warning ? [[id, firsts.get(id)!.pass.warning!] as const] : []))]);
  writeSnapshot(cache.snapshotFile, {
    state,
    ids: order,
    files,
    ...strong,
    warnings,
    drafts: [...drafts.values()],
    relationFirst,
    graph: compactGraph(graph, { from: old, entities: new Set(old.entities.filter((e) => !newMentions.has(e.id)).map((e) => e.id)), relations: new Set(old.relations.filter((r) => !newEvidence.has(r.id)).map((r) => r.id)) }),
  });
  const changes = changesSince(snapshot.state, state);
  const touched = { documents: added.map((a) => a.id), entities: [...newMentions.keys()], relations: [...newEvidence.keys()] };
  return { graph, problems, cache, inputDigest, added: touched, ...(changes ? { changes } : {}) };
}
