/**
 * What the user sees, read back from the screen: a screenshot of the graph area decoded in the
 * page, and for each node whether its own colour is on screen where the node is drawn.
 */
import type { Page } from 'playwright-core';

/** Polls that read the screen back: each try takes a screenshot, slow on a loaded 2-core machine. */
export const SCREEN_POLL = { timeout: 15_000, interval: 250 };
/** Polls of the page's DOM (details fetched from the API, lists): generous for a loaded machine. */
export const UI_POLL = { timeout: 10_000, interval: 100 };
/** The colour of a node faded out of a focus (viewer/src/graph/kinds.ts DIMMED_NODE). */
export const DIMMED = '#e3e5e8';

export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  size: number;
  color: string;
  kind: string;
  hidden: boolean;
}

/** Where each node is drawn and in which colour, as sigma placed it. */
export async function drawnNodes(page: Page, ids?: string[]): Promise<DrawnNode[]> {
  return page.evaluate((only) => {
    const z = (window as any).__zhenjie;
    return (only ?? z.nodes()).map((id: string) => ({ id, ...z.node(id) }));
  }, ids ?? null);
}

function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

// Label layers sit above the nodes, and a label may cover a small node: the node check reads
// the node layers only (labels are checked on their own, as glyphs).
const LABEL_LAYERS = '.sigma-labels, .sigma-edgeLabels, .sigma-hovers { visibility: hidden !important; }';

/**
 * For each node, true when its colour is on screen inside its disc. Several points are sampled
 * (centre and four at half the radius), so an edge's thin line over a node does not hide it.
 */
export async function nodesOnScreen(page: Page, nodes: DrawnNode[], tolerance = 40): Promise<Map<string, boolean>> {
  const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
  const png = await page.screenshot({ clip: rect, style: LABEL_LAYERS });
  const points = nodes.map((n) => {
    const r = Math.max(1, n.size * 0.5);
    return [[n.x, n.y], [n.x + r, n.y], [n.x - r, n.y], [n.x, n.y + r], [n.x, n.y - r]].map(([x, y]) => [Math.round(x!), Math.round(y!)]);
  });
  const pixels: number[][][] = await page.evaluate(
    async ({ base64, points }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      return points.map((list) =>
        list.map(([x, y]) => {
          if (x < 0 || y < 0 || x >= bitmap.width || y >= bitmap.height) return [-1, -1, -1];
          const i = (y * bitmap.width + x) * 4;
          return [data[i], data[i + 1], data[i + 2]];
        }),
      );
    },
    { base64: png.toString('base64'), points },
  );
  const result = new Map<string, boolean>();
  nodes.forEach((node, i) => {
    const want = hexToRgb(node.color);
    result.set(node.id, pixels[i]!.some((px) => px.every((c, k) => Math.abs(c - want[k]!) <= tolerance)));
  });
  return result;
}

export async function waitForCameraToSettle(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as any).__zhenjie.sigma.getCamera().isAnimated(), undefined, { polling: 50, timeout: 5000 });
}

/**
 * Wait until sigma has drawn what the graph holds now. A change to node positions is seen by
 * sigma at once but drawn (and framed) at its next animation frame; in between, `node()` reports
 * unframed coordinates. Our frame callback is queued after sigma's, so two frames cover it.
 */
export async function waitForFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
