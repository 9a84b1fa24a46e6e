/**
 * Sigma settings chosen by graph size. Big graphs stay smooth by drawing less while the camera
 * moves (no edges, no labels) and skipping edge picking; small graphs show every label.
 */
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

/** The page's CJK-first font stack (same as style.css): without a CJK font every label is a box. */
export const LABEL_FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const RENDER_DEFAULTS = {
  /** Up to this many nodes every label may show (density 1). */
  allLabelsMaxNodes: 300,
  /** Up to this many edges they are drawn as arrows (an arrow is two draws: line and head). */
  arrowsMaxEdges: 1000,
  /**
   * Above this many edges or nodes: hide edges and labels while the camera moves, no edge
   * hover/click (edge picking redraws every edge). On a CPU rasteriser a frame of 3k edges
   * already takes ~200 ms; on a laptop GPU it is the labels that cost.
   */
  heavyEdges: 2000,
  heavyNodes: 1000,
};

/** Labels with a white halo, so they stay readable over edges. */
function drawLabelWithHalo(
  ctx: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  // A street heads its list: its name above its disc (bold), clear of the links fanning out to its right.
  const above = (data as { kind?: string }).kind === 'Street';
  ctx.font = `${above ? 'bold' : settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = above ? data.x - ctx.measureText(data.label).width / 2 : data.x + data.size + 3;
  const y = above ? data.y - data.size - 5 : data.y + size / 3;
  ctx.lineWidth = above ? 4 : 2.5;
  ctx.strokeStyle = above ? 'rgba(255,255,255,0.95)' : 'rgba(255,255,255,0.8)';
  ctx.lineJoin = 'round';
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = '#1f2328';
  ctx.fillText(data.label, x, y);
}

/** About how wide a label is drawn, in CSS pixels (CJK characters are square, Latin about half). */
export function labelPixels(label: string, fontSize = 13): number {
  let width = 0;
  for (const ch of label) width += ch.charCodeAt(0) > 0x2e80 ? fontSize : fontSize * 0.58;
  return width;
}

/** A graph big enough that moving, picking and hovering must draw less. */
export function isHeavy(order: number, size: number): boolean {
  return size > RENDER_DEFAULTS.heavyEdges || order > RENDER_DEFAULTS.heavyNodes;
}

export function settingsFor(order: number, size: number): Partial<Settings> {
  const small = order <= RENDER_DEFAULTS.allLabelsMaxNodes;
  const heavy = isHeavy(order, size);
  return {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: 'normal',
    // One label per cell at ratio 1 (more as you zoom in); the genre's names are long, so cells are wide.
    labelDensity: small ? 1 : 0.1,
    // Small graphs: cells about a line high, so each line of the article layout keeps its label.
    labelGridCellSize: small ? 20 : 150,
    labelRenderedSizeThreshold: small ? 0 : 9,
    defaultDrawNodeLabel: drawLabelWithHalo,
    defaultEdgeType: size <= RENDER_DEFAULTS.arrowsMaxEdges ? 'arrow' : 'line',
    renderEdgeLabels: !heavy,
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    enableEdgeEvents: !heavy,
    hideEdgesOnMove: heavy,
    hideLabelsOnMove: heavy,
    zIndex: true,
    // Nodes keep their size on screen as the camera zooms in (sigma's default grows them while
    // labels stay the same size); zooming out still shrinks them.
    zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(Math.max(ratio, 1)),
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
  };
}
