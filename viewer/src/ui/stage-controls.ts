/**
 * Zoom in, zoom out and fit, over the graph's top-right corner (as in Gephi and Bloom): the
 * wheel is not the only way to move, and "fit" always brings every shown node back in view.
 */
import type { GraphRenderer } from '../render/renderer.ts';
import { byId } from './dom.ts';

export function mountStageControls(renderer: GraphRenderer): void {
  byId('zoom-in').addEventListener('click', () => void renderer.zoom(1.5));
  byId('zoom-out').addEventListener('click', () => void renderer.zoom(1 / 1.5));
  byId('zoom-fit').addEventListener('click', () => void renderer.fitAll());
}
