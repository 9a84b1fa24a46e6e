/**
 * Exports of what the page shows. The PNG is drawn at twice the screen's resolution, framed so
 * that every shown node and its label fit, with a title (what the view is, where the data comes
 * from) above and the legend of the types shown below. The GEXF carries the shown nodes with
 * every attribute of the graph (titles, codes, investments, evidence, documents), edge labels,
 * colours, sizes and positions, and a filled <meta>. File names say which view they hold.
 * The exporters load on first use: the first frame does not wait for them.
 */
import type Sigma from 'sigma';
import type { ViewerGraph } from '../graph/build.ts';
import { kindStyle, orderKinds, RELATION_LABELS } from '../graph/kinds.ts';
import type { GraphRenderer } from '../render/renderer.ts';
import type { ViewState } from '../state/view-state.ts';
import type { KnowledgeGraph } from '../../../src/types.ts';

export const PNG_SCALE = 2;

/** What the view is, in words: for the title and (slugged) for the file name. */
export function viewName(graph: ViewerGraph, state: ViewState, presetLabel: string | null): string {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const parts: string[] = [];
  if (state.street) parts.push(label(state.street));
  if (presetLabel) parts.push(presetLabel);
  if (state.presetItem) parts.push(label(state.presetItem));
  if (state.selection?.kind === 'node') parts.push(label(state.selection.id));
  if (state.selection?.kind === 'edge') parts.push(state.selection.id.split(':')[0]!);
  if (state.hiddenKinds.size) parts.push(`without ${[...state.hiddenKinds].sort().join(', ')}`);
  return parts.length ? parts.join(' · ') : 'whole graph';
}

/** `zhenjie-新塘街道-2026-12-05.png`: letters of any script kept, the rest joined by dashes. */
export function fileName(view: string, extension: string): string {
  const slug = view.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80);
  return `zhenjie-${slug}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function exportPng(graph: ViewerGraph, renderer: GraphRenderer, title: string, subtitle: string): Promise<string> {
  const { drawOnCanvas } = await import('@sigma/export-image');
  const shown = renderer.visibleNodes();
  const camera = renderer.cameraFor(renderer.inFocus() ?? shown);
  // Sigma sizes its canvases by window.devicePixelRatio: raise it for the copy only, so the
  // picture is drawn (not scaled) at twice the resolution, then put it back.
  const ratio = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { value: PNG_SCALE, configurable: true });
  let picture: HTMLCanvasElement;
  try {
    picture = await drawOnCanvas(renderer.sigma as unknown as Sigma, { backgroundColor: '#ffffff', cameraState: camera ? { ...camera, angle: 0 } : null });
  } finally {
    if (ratio) Object.defineProperty(window, 'devicePixelRatio', ratio);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
  const kinds = orderKinds(shown.map((n) => graph.getNodeAttribute(n, 'kind')));
  const canvas = compose(picture, title, subtitle, kinds);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
  const name = fileName(title, 'png');
  download(name, blob);
  return name;
}

const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The picture with a title band above and a legend band below, all at PNG_SCALE. */
function compose(picture: HTMLCanvasElement, title: string, subtitle: string, kinds: string[]): HTMLCanvasElement {
  const s = PNG_SCALE;
  const head = 56 * s;
  const foot = 36 * s;
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height + head + foot;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(picture, 0, head);
  ctx.fillStyle = '#1f2328';
  ctx.font = `bold ${18 * s}px ${FONT}`;
  ctx.fillText(title, 16 * s, 26 * s);
  ctx.fillStyle = '#6b7280';
  ctx.font = `${12 * s}px ${FONT}`;
  ctx.fillText(subtitle, 16 * s, 46 * s);
  ctx.strokeStyle = '#dde1e6';
  ctx.lineWidth = s;
  ctx.strokeRect(0, head, canvas.width, picture.height);
  let x = 16 * s;
  const y = head + picture.height + 18 * s;
  ctx.font = `${12 * s}px ${FONT}`;
  for (const kind of kinds) {
    const style = kindStyle(kind);
    ctx.fillStyle = style.color;
    ctx.beginPath();
    ctx.arc(x + 6 * s, y, 6 * s, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#1f2328';
    const text = style.label || kind;
    ctx.fillText(text, x + 16 * s, y + 4 * s);
    x += 16 * s + ctx.measureText(text).width + 18 * s;
  }
  return canvas;
}

/** The shown nodes with the whole graph's attributes, for Gephi (GEXF 1.3). */
export async function exportGexf(graph: ViewerGraph, renderer: GraphRenderer, kg: KnowledgeGraph, title: string, source: string): Promise<string> {
  const [{ write }, { toGraphology }] = await Promise.all([import('graphology-gexf/browser/index.js'), import('../../../src/graph/index.ts')]);
  const full = toGraphology(kg);
  const shown = new Set(renderer.visibleNodes());
  const titles = new Map(kg.documents.map((d) => [d.id, d.title]));
  const docsOf = new Map(kg.entities.map((e) => [e.id, [...new Set(e.mentions.map((m) => titles.get(m.doc) ?? m.doc))].join(' | ')]));
  full.forEachNode((node) => {
    if (!shown.has(node) || !graph.hasNode(node)) return full.dropNode(node);
    const at = graph.getNodeAttributes(node);
    full.mergeNodeAttributes(node, { kind: at.kind, documents: docsOf.get(node) ?? '', color: at.color, size: at.size, x: at.x, y: at.y });
  });
  full.forEachEdge((edge, attr) => full.mergeEdgeAttributes(edge, { label: RELATION_LABELS[attr.relation] ?? attr.relation }));
  full.replaceAttributes({
    creator: 'zhenjie (镇街知识图谱)',
    description: `${title}: ${full.order} nodes, ${full.size} relations; ${source}`,
    keywords: 'knowledge graph, local government, officials, streets, projects, enterprises, programs',
    lastModifiedDate: new Date().toISOString().slice(0, 10),
  });
  const name = fileName(title, 'gexf');
  download(name, new Blob([write(full, { version: '1.3' })], { type: 'application/xml' }));
  return name;
}
