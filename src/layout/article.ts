/**
 * The layout a reader of the article expects: one column per street, the street at its head and
 * what belongs to it alone below (its officials, then its projects with the enterprises behind
 * them indented under each, then its programs), in the order the article names them; the nodes
 * several streets share (a common program) in a band between the rows of columns, under the
 * streets that share them; what links to no street at all set aside in columns on the right.
 * Labels are drawn to the right of their node, so a column reads like an indented list.
 *
 * Deterministic and pure (no graphology): the server runs it, the viewer's tests measure it.
 * Units are about a pixel at the first view of a mid-sized screen.
 */

export interface LayoutEntity {
  id: string;
  type: string;
  name: string;
  /** Where the article first names it (document, offset), for the order in a column. */
  firstSeen?: [string, number];
}

export interface LayoutRelation {
  type: string;
  from: string;
  to: string;
  /** Where the article states it (document, offset). */
  at?: [string, number];
}

export type Positions = Record<string, [number, number]>;

export const ARTICLE_LAYOUT = {
  /** Height of one line of a column. */
  row: 24,
  /** How far a street's own nodes are indented to its right (they fan out from it), and theirs under them. */
  indent: 70,
  subIndent: 34,
  /** Estimated width of one CJK character of a label, and the space after a column. */
  charWidth: 14,
  columnGap: 40,
  /** Space between a row of columns and the shared band. */
  bandGap: 36,
  /** Order of a street's own nodes in its column. */
  typeOrder: ['Official', 'Person', 'Project', 'Enterprise', 'Program', 'District'],
};

const HOME_TYPE = 'Street';

type Place = [string, number];
const comparePlace = (a: Place | undefined, b: Place | undefined): number => {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
};

interface Node {
  entity: LayoutEntity;
  links: Array<{ other: string; at?: Place }>;
}

/** Null when the graph has no street to organise it by (the caller falls back to a force layout). */
export function articleLayout(entities: LayoutEntity[], relations: LayoutRelation[]): Positions | null {
  const nodes = new Map<string, Node>(entities.map((e) => [e.id, { entity: e, links: [] }]));
  for (const r of relations) {
    const a = nodes.get(r.from);
    const b = nodes.get(r.to);
    if (!a || !b || r.from === r.to) continue;
    a.links.push({ other: r.to, at: r.at });
    b.links.push({ other: r.from, at: r.at });
  }
  const streets = entities.filter((e) => e.type === HOME_TYPE);
  if (!streets.length) return null;
  streets.sort((a, b) => comparePlace(streetPlace(a, nodes), streetPlace(b, nodes)) || a.name.localeCompare(b.name));

  // Every node's nearest streets (breadth-first from all of them at once) and its parent on the way.
  const homes = new Map<string, Set<string>>();
  const parent = new Map<string, string>();
  const depth = new Map<string, number>();
  let frontier = streets.map((s) => s.id);
  for (const s of frontier) (homes.set(s, new Set([s])), depth.set(s, 0));
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { other } of nodes.get(id)!.links) {
        if (nodes.get(other)!.entity.type === HOME_TYPE) continue;
        if (!depth.has(other)) {
          depth.set(other, d);
          homes.set(other, new Set());
          parent.set(other, id);
          next.push(other);
        }
        if (depth.get(other) === d) for (const h of homes.get(id)!) homes.get(other)!.add(h);
      }
    }
    frontier = next;
  }

  const positions: Positions = {};
  const { row, columnGap, bandGap } = ARTICLE_LAYOUT;
  const perRow = Math.ceil(Math.sqrt(streets.length));
  const rowsOfColumns = Math.ceil(streets.length / perRow);
  const columns = streets.map((s) => columnOf(s.id, nodes, homes, parent));
  const columnWidth = columns.map((c) => Math.max(...c.map(([id, level]) => indentOf(level) + labelWidth(nodes.get(id)!.entity.name))) + columnGap);
  const shared = entities.filter((e) => (homes.get(e.id)?.size ?? 0) > 1).map((e) => e.id);

  // Columns, row by row; the shared band under the first row of columns (between the rows).
  let y = 0;
  let right = 0;
  const streetX = new Map<string, number>();
  for (let r = 0; r < rowsOfColumns; r++) {
    let x = 0;
    let height = 0;
    for (let c = r * perRow; c < Math.min(streets.length, (r + 1) * perRow); c++) {
      // The street beside the middle of its list, so its links fan out to the right.
      const list = columns[c]!;
      const middle = list.length > 1 ? ((list.length - 2) / 2) * row : 0;
      list.forEach(([id, level], i) => (positions[id] = level === 0 ? [x, y + middle] : [x + indentOf(level), y + (i - 1) * row]));
      streetX.set(streets[c]!.id, x);
      x += columnWidth[c]!;
      height = Math.max(height, Math.max(1, columns[c]!.length - 1) * row);
    }
    right = Math.max(right, x);
    y += height + bandGap;
    if (r === 0) {
      const band = placeBand(shared, nodes, homes, streetX, y);
      for (const [id, p] of band.positions) if (!(id in positions)) positions[id] = p;
      y += band.height + (band.height ? bandGap : 0);
      for (const id of band.positions.keys()) shared.splice(shared.indexOf(id), 1);
    }
  }

  // Set aside: what reaches no street, in columns on the right, linked pieces kept together.
  const aside = entities.filter((e) => !homes.has(e.id)).sort(asideOrder(nodes));
  const tallest = Math.max(12, Math.ceil(y / row));
  aside.forEach((e, i) => {
    const col = Math.floor(i / tallest);
    positions[e.id] = [right + columnGap + col * (labelWidth('企业名称企业名称') + columnGap), (i % tallest) * row];
  });
  // The camera's y axis points up: the first line of the article is at the top.
  for (const id of Object.keys(positions)) positions[id] = [positions[id]![0], -positions[id]![1]];
  return positions;
}

function indentOf(level: number): number {
  return level === 0 ? 0 : ARTICLE_LAYOUT.indent + (level - 1) * ARTICLE_LAYOUT.subIndent;
}

export function labelWidth(name: string): number {
  return 16 + ARTICLE_LAYOUT.charWidth * Math.min([...name].length, 16);
}

/** A street's place in the article: where it is said who heads it, else where it is first named. */
function streetPlace(street: LayoutEntity, nodes: Map<string, Node>): Place | undefined {
  const heads = nodes.get(street.id)!.links.filter((l) => nodes.get(l.other)!.entity.type === 'Official' && l.at).map((l) => l.at!);
  return heads.sort(comparePlace)[0] ?? street.firstSeen;
}

/** The street and the nodes that are its alone, as [id, indent level] in reading order. */
function columnOf(street: string, nodes: Map<string, Node>, homes: Map<string, Set<string>>, parent: Map<string, string>): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const order = ARTICLE_LAYOUT.typeOrder;
  const rank = (id: string) => {
    const i = order.indexOf(nodes.get(id)!.entity.type);
    return i < 0 ? order.length : i;
  };
  const visit = (id: string, level: number) => {
    out.push([id, level]);
    const children = nodes
      .get(id)!
      .links.filter((l) => parent.get(l.other) === id && homes.get(l.other)!.size === 1)
      .filter((l, i, all) => all.findIndex((m) => m.other === l.other) === i);
    children.sort((a, b) => rank(a.other) - rank(b.other) || comparePlace(a.at, b.at) || nodes.get(a.other)!.entity.name.localeCompare(nodes.get(b.other)!.entity.name));
    for (const child of children) visit(child.other, level + 1);
  };
  visit(street, 0);
  return out;
}

/**
 * Shared nodes under the middle of the streets that share them; a node whose label would run
 * into the previous one's goes down a line.
 */
function placeBand(ids: string[], nodes: Map<string, Node>, homes: Map<string, Set<string>>, streetX: Map<string, number>, top: number) {
  const positions = new Map<string, [number, number]>();
  const wanted = ids
    .map((id) => {
      const xs = [...homes.get(id)!].map((h) => streetX.get(h)).filter((x): x is number => x !== undefined);
      return { id, x: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN, n: xs.length };
    })
    .filter((w) => Number.isFinite(w.x))
    .sort((a, b) => a.x - b.x || b.n - a.n || a.id.localeCompare(b.id));
  const lineEnds: number[] = [];
  for (const w of wanted) {
    let line = lineEnds.findIndex((end) => end <= w.x);
    if (line < 0) line = lineEnds.push(-Infinity) - 1;
    positions.set(w.id, [w.x, top + line * ARTICLE_LAYOUT.row]);
    lineEnds[line] = w.x + labelWidth(nodes.get(w.id)!.entity.name) + 8;
  }
  return { positions, height: lineEnds.length * ARTICLE_LAYOUT.row };
}

/** Set-aside nodes: linked pieces together (by their first member), then by type and name. */
function asideOrder(nodes: Map<string, Node>) {
  const piece = new Map<string, string>();
  for (const id of nodes.keys()) {
    if (piece.has(id)) continue;
    const stack = [id];
    while (stack.length) {
      const n = stack.pop()!;
      if (piece.has(n)) continue;
      piece.set(n, id);
      for (const l of nodes.get(n)!.links) stack.push(l.other);
    }
  }
  const typeRank = (e: LayoutEntity) => {
    const i = ARTICLE_LAYOUT.typeOrder.indexOf(e.type);
    return i < 0 ? 99 : i;
  };
  const lonely = (e: LayoutEntity) => (nodes.get(e.id)!.links.length ? 0 : 1);
  return (a: LayoutEntity, b: LayoutEntity) =>
    lonely(a) - lonely(b) || (piece.get(a.id)! < piece.get(b.id)! ? -1 : piece.get(a.id)! > piece.get(b.id)! ? 1 : 0) || typeRank(a) - typeRank(b) || a.name.localeCompare(b.name);
}
