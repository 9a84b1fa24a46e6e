/**
 * The picture a reader gets, measured in Chromium on the sample corpus (issue 12): the first
 * view reads like the article (each official beside the street they head, shared programs
 * between their streets, unlinked nodes set aside, nothing off screen, at two screen sizes);
 * a ForceAtlas2 run is kept exactly as it converged; "Reset layout" brings the first layout
 * back; a dragged node stays where it is put; the camera buttons and framing keep what matters
 * in view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openViewer, saveScreenshot } from './browser.ts';
import { UI_POLL, drawnNodes, waitForCameraToSettle, waitForFrame, type DrawnNode } from './probe.ts';
import { startSampleViewer, type SampleViewer } from './sample.ts';

type Positions = Record<string, [number, number]>;

/** Every node's position in graph coordinates, read in one go (nothing runs in between). */
const graphPositions = (page: Page): Promise<Positions> =>
  page.evaluate(() => {
    const graph = (window as any).__zhenjie.sigma.getGraph();
    const out: Record<string, [number, number]> = {};
    graph.forEachNode((n: string, a: { x: number; y: number }) => (out[n] = [a.x, a.y]));
    return out;
  });

const inside = (n: DrawnNode, rect: { width: number; height: number }) => n.x >= 0 && n.y >= 0 && n.x <= rect.width && n.y <= rect.height;

describe.skipIf(!inject('chromium'))('layout and camera in Chromium, sample corpus', () => {
  let sample: SampleViewer;
  let page: Page;

  beforeAll(async () => {
    sample = await startSampleViewer();
  });
  afterAll(async () => {
    await page?.close();
    await sample?.close();
  });

  const ofType = (type: string) => sample.kg.entities.filter((e) => e.type === type).map((e) => e.id);
  const linkedIds = () => new Set(sample.kg.relations.flatMap((r) => [r.from, r.to]));

  for (const viewport of [{ width: 1600, height: 1000 }, { width: 1280, height: 720 }]) {
    it(`first view at ${viewport.width}×${viewport.height}: streets with their officials, shared programs between, unlinked aside, all on screen`, async () => {
      const { kg } = sample;
      page = await openViewer(sample.browser, sample.server.url, viewport);
      await waitForFrame(page);
      const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
      const nodes = await drawnNodes(page);
      const at = new Map(nodes.map((n) => [n.id, n]));
      expect(nodes.filter((n) => !inside(n, rect)).map((n) => n.id)).toEqual([]);

      const streets = ofType('Street');
      const nearestStreet = (id: string) => streets.map((s) => [s, Math.hypot(at.get(s)!.x - at.get(id)!.x, at.get(s)!.y - at.get(id)!.y)] as const).sort((a, b) => a[1] - b[1])[0]![0];
      // Each official is nearer the street they head than any other street, and close to it.
      const heads = kg.relations.filter((r) => r.type === 'HEADS');
      expect(heads.length).toBeGreaterThan(0);
      for (const h of heads) {
        expect(nearestStreet(h.from), `${h.from} sits by ${h.to}`).toBe(h.to);
        expect(Math.hypot(at.get(h.from)!.x - at.get(h.to)!.x, at.get(h.from)!.y - at.get(h.to)!.y)).toBeLessThan(Math.max(rect.width, rect.height) / 4);
      }
      // A project run by one street only sits by that street.
      const runs = new Map<string, string[]>();
      for (const r of kg.relations) if (r.type === 'RUNS') runs.set(r.to, [...(runs.get(r.to) ?? []), r.from]);
      const ownProjects = [...runs].filter(([, s]) => s.length === 1);
      expect(ownProjects.filter(([p, [s]]) => nearestStreet(p) !== s).map(([p]) => p)).toEqual([]);
      // A program of several streets lies between the leftmost and rightmost of them.
      const implementers = new Map<string, string[]>();
      for (const r of kg.relations) if (r.type === 'IMPLEMENTS') implementers.set(r.to, [...(implementers.get(r.to) ?? []), r.from]);
      for (const [program, its] of implementers) {
        if (its.length < 2) continue;
        const xs = its.map((s) => at.get(s)!.x);
        expect(at.get(program)!.x).toBeGreaterThanOrEqual(Math.min(...xs) - 5);
        expect(at.get(program)!.x).toBeLessThanOrEqual(Math.max(...xs) + 5);
      }
      // Unlinked nodes: set aside, right of everything linked.
      const linked = linkedIds();
      const rightmostLinked = Math.max(...nodes.filter((n) => linked.has(n.id)).map((n) => n.x));
      const lonely = nodes.filter((n) => !linked.has(n.id));
      expect(lonely.length).toBeGreaterThan(0);
      expect(lonely.filter((n) => n.x <= rightmostLinked).map((n) => n.id)).toEqual([]);
      await saveScreenshot(page, `first-view-${viewport.width}`);

      // …and the toggle hides them.
      await page.uncheck('#show-unlinked');
      await expect.poll(async () => (await drawnNodes(page, lonely.map((n) => n.id))).every((n) => n.hidden), UI_POLL).toBe(true);
      expect(new URL(page.url()).searchParams.get('unlinked')).toBe('hide');
      expect(await page.textContent('#stage-status')).toContain(`${kg.entities.length - lonely.length} of ${kg.entities.length} nodes shown`);
      await page.close();
    });
  }

  it('keeps ForceAtlas2 exactly where it converged when stopped, and after a reload', async () => {
    page = await openViewer(sample.browser, sample.server.url);
    await page.evaluate(() => localStorage.clear());
    await page.click('#layout-toggle');
    await expect.poll(() => page.getAttribute('#layout-toggle', 'aria-pressed'), UI_POLL).toBe('true');
    await page.waitForTimeout(2500);
    // Read, stop and read again in one task: no worker message can land in between.
    const { before, after } = await page.evaluate(() => {
      const graph = (window as any).__zhenjie.sigma.getGraph();
      const read = () => {
        const out: Record<string, [number, number]> = {};
        graph.forEachNode((n: string, a: { x: number; y: number }) => (out[n] = [a.x, a.y]));
        return out;
      };
      const before = read();
      (document.getElementById('layout-toggle') as HTMLButtonElement).click();
      return { before, after: read() };
    });
    expect(after).toEqual(before);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { polling: 100 });
    expect(await page.textContent('#stage-status')).toContain('layout: saved');
    expect(await graphPositions(page)).toEqual(after);
    await saveScreenshot(page, 'fa2-kept');
  });

  it('"Reset layout" brings back the first layout and forgets the kept one', async () => {
    const server = (await (await fetch(new URL('api/layout', sample.server.url))).json()) as { positions: Positions };
    page = await openViewer(sample.browser, sample.server.url);
    await page.click('#layout-toggle');
    await page.waitForTimeout(800);
    await page.click('#layout-toggle');
    expect(await graphPositions(page)).not.toEqual(server.positions);
    await page.click('#layout-reset');
    expect(await graphPositions(page)).toEqual(server.positions);
    expect(await page.textContent('#stage-status')).toContain('layout: server');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { polling: 100 });
    expect(await page.textContent('#stage-status')).toContain('layout: server');
    expect(await graphPositions(page)).toEqual(server.positions);
  });

  it('moves a dragged node, pins it there, and keeps it after a reload', async () => {
    page = await openViewer(sample.browser, sample.server.url);
    await page.evaluate(() => localStorage.clear());
    const official = ofType('Official')[0]!;
    const [start] = await drawnNodes(page, [official]);
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    const [x0, y0] = [rect.x + start!.x, rect.y + start!.y];
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(x0 + i * 15, y0 + i * 10);
    await page.mouse.up();
    await waitForFrame(page);
    const [moved] = await drawnNodes(page, [official]);
    expect(Math.abs(moved!.x - (start!.x + 90))).toBeLessThan(4);
    expect(Math.abs(moved!.y - (start!.y + 60))).toBeLessThan(4);
    expect(await page.evaluate((id) => (window as any).__zhenjie.sigma.getGraph().getNodeAttribute(id, 'fixed'), official)).toBe(true);
    const kept = (await graphPositions(page))[official];
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { polling: 100 });
    expect((await graphPositions(page))[official]).toEqual(kept);
    await page.click('#layout-reset');
  });

  it('zooms in and out with the buttons, and "fit" brings every node back in view', async () => {
    page = await openViewer(sample.browser, sample.server.url);
    const ratio = () => page.evaluate(() => (window as any).__zhenjie.sigma.getCamera().ratio as number);
    const first = await ratio();
    const street = ofType('Street')[0]!;
    await page.click('#zoom-in');
    await waitForCameraToSettle(page);
    expect(await ratio()).toBeLessThan(first * 0.8);
    const [before] = await drawnNodes(page, [street]);
    await page.click('#zoom-in');
    await waitForCameraToSettle(page);
    // Zoomed in past 1:1, nodes spread apart; they are not blown up (labels keep their size too).
    expect(await ratio()).toBeLessThan(1);
    const [after] = await drawnNodes(page, [street]);
    expect(after!.size).toBeCloseTo(before!.size, 5);
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    expect((await drawnNodes(page)).some((n) => !inside(n, rect))).toBe(true);
    await page.click('#zoom-out');
    await waitForCameraToSettle(page);
    expect(await ratio()).toBeGreaterThan(first * 0.5);
    await page.click('#zoom-fit');
    await waitForCameraToSettle(page);
    expect((await drawnNodes(page)).filter((n) => !inside(n, rect)).map((n) => n.id)).toEqual([]);
  });

  it('frames a chosen node with all its neighbours, and a chosen street with its own', async () => {
    const { kg } = sample;
    const street = ofType('Street').sort((a, b) => kg.relations.filter((r) => r.to === b || r.from === b).length - kg.relations.filter((r) => r.to === a || r.from === a).length)[0]!;
    const neighbours = new Set(kg.relations.flatMap((r) => (r.from === street ? [r.to] : r.to === street ? [r.from] : [])));
    page = await openViewer(sample.browser, `${sample.server.url}?node=${encodeURIComponent(street)}`);
    await waitForCameraToSettle(page);
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    const shown = await drawnNodes(page, [street, ...neighbours]);
    expect(shown.filter((n) => !inside(n, rect)).map((n) => n.id)).toEqual([]);
    // Framed, not the whole graph: the camera is closer than the first view's.
    expect(await page.evaluate(() => (window as any).__zhenjie.sigma.getCamera().ratio)).toBeLessThan(1);

    await page.goto(sample.server.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { polling: 100 });
    await page.selectOption('#street-filter', street);
    await waitForCameraToSettle(page);
    const visible = (await drawnNodes(page)).filter((n) => !n.hidden);
    expect(visible.filter((n) => !inside(n, rect)).map((n) => n.id)).toEqual([]);
    await saveScreenshot(page, 'street-framed');
  });
});
