import type { Preset, RankedItem } from './types.ts';
import { byCountThenName, linked } from './types.ts';

/** Programs carried out by at least N streets, ranked by how many. */
export const sharedInitiatives: Preset = {
  id: 'shared',
  label: 'Shared initiatives 多街共推',
  description: 'Programs carried out by several streets',
  compute({ graph, state }) {
    const items: RankedItem[] = [];
    graph.forEachNode((program, attr) => {
      if (attr.kind !== 'Program') return;
      const streets = linked(graph, program, 'IMPLEMENTS', 'in').filter((s) => graph.getNodeAttribute(s, 'kind') === 'Street');
      if (streets.length < state.minStreets) return;
      const names = streets.map((s) => graph.getNodeAttribute(s, 'label')).sort((a, b) => a.localeCompare(b, 'zh'));
      items.push({
        id: program,
        label: attr.label,
        count: streets.length,
        countLabel: `${streets.length} streets`,
        detail: names.join('、'),
        nodes: new Set([program, ...streets]),
      });
    });
    items.sort(byCountThenName);
    const nodes = new Set(items.flatMap((i) => [...i.nodes]));
    return { nodes, items, summary: `${items.length} programs carried out by ≥ ${state.minStreets} streets` };
  },
};
