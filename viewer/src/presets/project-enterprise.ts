import type { Preset, RankedItem } from './types.ts';
import { byCountThenName, linked } from './types.ts';

/** Projects, the enterprises behind them, and the streets that run them. */
export const projectEnterprise: Preset = {
  id: 'projects',
  label: 'Project–enterprise links 项目与企业',
  description: 'Projects, the enterprises behind them, and their streets',
  compute({ graph }) {
    const items: RankedItem[] = [];
    graph.forEachNode((project, attr) => {
      if (attr.kind !== 'Project') return;
      const enterprises = linked(graph, project, 'INVOLVES', 'out');
      if (!enterprises.length) return;
      const streets = [...linked(graph, project, 'RUNS', 'in'), ...linked(graph, project, 'LOCATED_IN', 'out')];
      const name = (id: string) => graph.getNodeAttribute(id, 'label');
      items.push({
        id: project,
        label: attr.label,
        count: enterprises.length,
        countLabel: enterprises.length === 1 ? '1 enterprise' : `${enterprises.length} enterprises`,
        detail: `${enterprises.map(name).join('、')}${streets.length ? ` · ${[...new Set(streets)].map(name).join('、')}` : ''}`,
        nodes: new Set([project, ...enterprises, ...streets]),
      });
    });
    items.sort(byCountThenName);
    const nodes = new Set(items.flatMap((i) => [...i.nodes]));
    return { nodes, items, summary: `${items.length} projects with the enterprises behind them` };
  },
};
