/**
 * Entity kinds as the viewer shows them: colour (Okabe–Ito, readable by colour-blind users),
 * display name, legend order. The domain type is stored as the node attribute `kind`, never
 * `type`: sigma reads `type` as the name of the program that draws the node.
 */
export interface KindStyle {
  color: string;
  label: string;
}

export const KINDS: Record<string, KindStyle> = {
  Official: { color: '#D55E00', label: 'Official 官员' },
  Street: { color: '#0072B2', label: 'Street 街道/镇' },
  Project: { color: '#009E73', label: 'Project 项目' },
  Enterprise: { color: '#E69F00', label: 'Enterprise 企业' },
  Program: { color: '#CC79A7', label: 'Program 政策/机制' },
  District: { color: '#56B4E9', label: 'District 区' },
  Person: { color: '#999999', label: 'Person 人物' },
};

const OTHER: KindStyle = { color: '#7a6f9b', label: '' };

export function kindStyle(kind: string): KindStyle {
  return KINDS[kind] ?? { ...OTHER, label: kind };
}

/** Legend order: the ontology's kinds first, then any others alphabetically. */
export function orderKinds(kinds: Iterable<string>): string[] {
  const known = Object.keys(KINDS);
  return [...new Set(kinds)].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
}

export const RELATION_LABELS: Record<string, string> = {
  HEADS: 'heads',
  SERVES_IN: 'serves in',
  RUNS: 'runs',
  IMPLEMENTS: 'implements',
  INVOLVES: 'involves',
  LOCATED_IN: 'located in',
  PART_OF: 'part of',
};

export const DIMMED_NODE = '#e3e5e8';
export const DIMMED_EDGE = '#eef0f2';
export const EDGE_COLOR = '#c3c8d0';
