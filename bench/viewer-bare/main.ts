/**
 * The bench's reference: sigma with default settings drawing a graph (positions, sizes, colours
 * given), nothing else. Same container size as the viewer's graph area (?w=&h=).
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById('graph')!;
  container.style.width = `${params.get('w') ?? 800}px`;
  container.style.height = `${params.get('h') ?? 800}px`;
  const data = await (await fetch('graph.json')).json();
  const graph = MultiDirectedGraph.from(data);
  performance.mark('bare:data');
  const sigma = new Sigma(graph, container);
  const canvas = sigma.getCanvases().nodes as HTMLCanvasElement;
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  (window as unknown as { __bare: unknown }).__bare = { sigma, firstFrameMs: performance.now() };
  document.documentElement.dataset.ready = 'true';
}
void main();
