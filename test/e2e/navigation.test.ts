/**
 * Moving around the sample graph in Chromium: the street filter, a relation's details reached
 * from a node's, and the ego network's depth. Expectations come from the graph.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openViewer, saveScreenshot } from './browser.ts';
import { SCREEN_POLL, UI_POLL, drawnNodes, nodesOnScreen } from './probe.ts';
import { startSampleViewer, type SampleViewer } from './sample.ts';

const DIMMED = '#e3e5e8'; // viewer/src/graph/kinds.ts DIMMED_NODE

describe.skipIf(!inject('chromium'))('navigating the sample graph in Chromium', () => {
  let sample: SampleViewer;
  let page: Page;

  beforeAll(async () => {
    sample = await startSampleViewer();
  });
  afterAll(async () => {
    await page?.close();
    await sample?.close();
  });

  const neighbours = (id: string) =>
    new Set(sample.kg.relations.flatMap((r) => (r.from === id ? [r.to] : r.to === id ? [r.from] : [])));

  it('shows only a street and what is linked to it when the street is chosen', async () => {
    const { kg } = sample;
    const degree = (id: string) => neighbours(id).size;
    const street = kg.entities.filter((e) => e.type === 'Street').sort((a, b) => degree(b.id) - degree(a.id))[0]!;
    page = await openViewer(sample.browser, sample.server.url);
    await page.selectOption('#street-filter', street.id);
    expect(new URL(page.url()).searchParams.get('street')).toBe(street.id);
    const inside = new Set([street.id, ...neighbours(street.id)]);
    // …and the enterprises behind its projects.
    for (const id of [...inside]) {
      if (kg.entities.find((e) => e.id === id)?.type !== 'Project') continue;
      for (const r of kg.relations) if (r.type === 'INVOLVES' && r.from === id) inside.add(r.to);
    }
    await page.waitForTimeout(800); // the camera frames the street
    const all = await drawnNodes(page);
    const seen = await nodesOnScreen(page, all);
    // Outside: nothing of theirs on screen. Inside: what sigma draws is exactly the neighbourhood.
    expect(all.filter((n) => !inside.has(n.id) && seen.get(n.id)).map((n) => n.id)).toEqual([]);
    expect(all.filter((n) => !n.hidden).map((n) => n.id).sort()).toEqual([...inside].sort());
    const insideOnScreen = all.filter((n) => inside.has(n.id) && seen.get(n.id)).length;
    expect(insideOnScreen).toBeGreaterThanOrEqual(inside.size - 1); // one may sit under the street's own disc
    await saveScreenshot(page, 'street-filter');
  });

  it('opens a relation from a node, with both ends and its evidence', async () => {
    const { kg } = sample;
    const relation = kg.relations.find((r) => r.type === 'HEADS' && r.evidence.length)!;
    const [from, to] = [relation.from, relation.to].map((id) => kg.entities.find((e) => e.id === id)!);
    page = await openViewer(sample.browser, `${sample.server.url}?node=${encodeURIComponent(from!.id)}`);
    await page.locator(`#details a[href="?edge=${encodeURIComponent(relation.id)}"]`).click();
    await expect.poll(() => page.textContent('#details h3'), UI_POLL).toContain(to!.name);
    expect(await page.textContent('#details h3')).toContain(from!.name);
    expect(new URL(page.url()).searchParams.get('edge')).toBe(relation.id);
    expect(await page.locator('#details .evidence blockquote').allTextContents()).toEqual(relation.evidence.map((e) => e.text));
    await saveScreenshot(page, 'edge-details');
  });

  it('widens the ego network from depth 1 to depth 2', async () => {
    const { kg } = sample;
    const official = kg.relations.find((r) => r.type === 'HEADS')!.from;
    const depth1 = new Set([official, ...neighbours(official)]);
    const depth2 = new Set([...depth1].flatMap((id) => [id, ...neighbours(id)]));
    page = await openViewer(sample.browser, `${sample.server.url}?node=${encodeURIComponent(official)}`);
    const lit = async () => (await drawnNodes(page)).filter((n) => n.color.toLowerCase() !== DIMMED).map((n) => n.id).sort();
    await expect.poll(lit, SCREEN_POLL).toEqual([...depth1].sort());
    await page.check('input[name="depth"][value="2"]');
    await expect.poll(lit, SCREEN_POLL).toEqual([...depth2].sort());
    expect(new URL(page.url()).searchParams.get('depth')).toBe('2');
    await saveScreenshot(page, 'ego-depth-2');
  });

  it('highlights a hovered node and its neighbours, dimming the rest', async () => {
    const { kg } = sample;
    const street = kg.entities.find((e) => e.type === 'Street' && neighbours(e.id).size > 0)!;
    page = await openViewer(sample.browser, sample.server.url);
    const [drawn] = await drawnNodes(page, [street.id]);
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    await page.mouse.move(rect.x + drawn!.x, rect.y + drawn!.y);
    const lit = async () => (await drawnNodes(page)).filter((n) => n.color.toLowerCase() !== DIMMED).map((n) => n.id).sort();
    await expect.poll(lit, SCREEN_POLL).toEqual([street.id, ...neighbours(street.id)].sort());
    await saveScreenshot(page, 'hover');
    await page.mouse.move(rect.x + 2, rect.y + 2);
    await expect.poll(async () => (await lit()).length, SCREEN_POLL).toBe(kg.entities.length);
  });

  it('exports the shown graph as GEXF and the view as PNG', async () => {
    const { kg } = sample;
    page = await openViewer(sample.browser, `${sample.server.url}?hide=Person`);
    const shown = kg.entities.filter((e) => e.type !== 'Person');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml.match(/<node /g)?.length).toBe(shown.length);
    expect(xml).toContain(shown[0]!.name);
    expect(xml).not.toContain(`id="${kg.entities.find((e) => e.type === 'Person')?.id ?? '-'}"`);

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    // PNG header: width and height, big-endian, at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Math.round(rect.width), Math.round(rect.height)]);
  });
});
