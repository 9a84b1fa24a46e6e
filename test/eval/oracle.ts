/**
 * The gold as a prediction: a KnowledgeGraph holding exactly the required gold entities and
 * relations. Scoring it must give 1.0 everywhere (a self-check of the scorer and of the gold
 * files), and `npm run eval -- --oracle` uses it to show the report without the pipeline.
 */
import type { BuildResult } from '../../src/pipeline.ts';
import type { Entity, KnowledgeGraph, Relation } from '../../src/types.ts';
import { docStem, type GoldDoc } from './gold.ts';

export function goldToGraph(gold: GoldDoc, docId = docStem(gold.doc)): KnowledgeGraph {
  const ids = new Map<string, string>();
  const entities: Entity[] = gold.entities
    .filter((e) => !e.optional)
    .map((e, i) => {
      const id = `${docId}:e${i}`;
      ids.set(e.name, id);
      const props: Record<string, unknown> = {};
      if (e.title) props.title = e.title;
      if (e.investment) props.investment = e.investment;
      return { id, type: e.type, name: e.name, aliases: e.aliases ?? [], props, mentions: [{ doc: docId, start: 0, end: 0 }] };
    });
  const relations: Relation[] = gold.relations
    .filter((r) => !r.optional)
    .map((r, i) => ({
      id: `${docId}:r${i}`,
      type: r.type,
      from: ids.get(r.from)!,
      to: ids.get(r.to)!,
      props: {},
      evidence: [{ doc: docId, start: 0, end: 0, text: '' }],
    }));
  return { documents: [{ id: docId, title: gold.doc, path: gold.doc, chars: 0 }], entities, relations };
}

/** A stand-in for `buildGraph` that returns the gold of the given files. */
export function oracleBuild(golds: Map<string, GoldDoc>) {
  return async (paths: string[]): Promise<BuildResult> => {
    const graphs = paths.map((p) => goldToGraph(golds.get(docStem(p))!));
    return {
      graph: {
        documents: graphs.flatMap((g) => g.documents),
        entities: graphs.flatMap((g) => g.entities),
        relations: graphs.flatMap((g) => g.relations),
      },
      problems: [],
      filesRead: paths.length,
      filesSkipped: 0,
    };
  };
}
