/**
 * Pan and zoom through sigma's camera (as a drag or a wheel zoom moves it), timing every frame
 * sigma draws meanwhile. Works on any page exposing `window[<global>].sigma`. The camera is
 * driven in the page, not through synthetic input, so the pace is the renderer's, not the
 * test driver's.
 */
import type { Page } from 'playwright-core';

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
}

export async function waitForLayoutToStop(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('layout-toggle')?.getAttribute('aria-pressed') !== 'true', undefined, { polling: 200, timeout: 120_000 });
}

export async function panZoomFrames(page: Page, global: string): Promise<FrameStats> {
  const times: number[] = await page.evaluate(async (g) => {
    const sigma = (window as any)[g].sigma;
    const camera = sigma.getCamera();
    const frames: number[] = [];
    const record = () => frames.push(performance.now());
    sigma.on('afterRender', record);
    // Pan across, zoom in, pan and zoom back out: what a user does when looking around.
    await camera.animate({ x: 0.35, y: 0.4 }, { duration: 1500 });
    await camera.animate({ ratio: 0.3 }, { duration: 1000 });
    await camera.animate({ x: 0.6, y: 0.6, ratio: 1 }, { duration: 1500 });
    sigma.off('afterRender', record);
    return frames;
  }, global);
  const intervals = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
  const at = (q: number) => intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))] ?? NaN;
  return { frames: times.length, p50: at(0.5), p95: at(0.95) };
}
