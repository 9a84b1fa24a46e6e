import type { Preset, RankedItem } from './types.ts';
import { byCountThenName } from './types.ts';

/** Officials and the streets (or districts) they head or serve in, with their titles. */
export const whosWho: Preset = {
  id: 'who',
  label: "Who's who 谁管哪里",
  description: 'Officials and their streets',
  compute({ graph, relations }) {
    const items: RankedItem[] = [];
    graph.forEachNode((official, attr) => {
      if (attr.kind !== 'Official') return;
      const places: string[] = [];
      const titles: string[] = [];
      graph.forEachOutEdge(official, (edge, edgeAttr, _s, target) => {
        if (edgeAttr.relType !== 'HEADS' && edgeAttr.relType !== 'SERVES_IN') return;
        places.push(target);
        const title = relations.get(edge)?.props.title;
        if (typeof title === 'string' && title) titles.push(title);
      });
      const placeNames = places.map((p) => graph.getNodeAttribute(p, 'label'));
      items.push({
        id: official,
        label: attr.label,
        count: places.length,
        countLabel: placeNames.join('、') || '—',
        detail: [...new Set(titles)].join(';') || undefined,
        nodes: new Set([official, ...places]),
      });
    });
    items.sort(byCountThenName);
    const nodes = new Set(items.flatMap((i) => [...i.nodes]));
    return { nodes, items, summary: `${items.length} officials` };
  },
};
