/**
 * Moving around the sample graph in Chromium: the street filter, a relation's details reached
 * from a node's, and the ego network's depth. Expectations come from the graph.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openViewer, saveScreenshot } from './browser.ts';
import { DIMMED, drawnNodes, nodesOnScreen, SCREEN_POLL, UI_POLL } from './probe.ts';
import { startSampleViewer, type SampleViewer } from './sample.ts';


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

  it('exports the shown graph as GEXF 1.3 with every attribute, and the view as a 2× PNG with title and legend', async () => {
    const { kg } = sample;
    page = await openViewer(sample.browser, `${sample.server.url}?hide=Person`);
    const shown = kg.entities.filter((e) => e.type !== 'Person');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    // The file name says which view it holds.
    expect(gexf.suggestedFilename()).toMatch(/^zhenjie-without-Person-\d{4}-\d{2}-\d{2}\.gexf$/);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).not.toContain('http:///');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const attrTitles = (cls: string) => [...doc.querySelectorAll(`attributes[class="${cls}"] attribute`)].map((a) => a.getAttribute('title'));
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodes: doc.querySelectorAll('node').length,
        nodeAttributes: attrTitles('node'),
        edgeAttributes: attrTitles('edge'),
        edgeLabels: [...doc.querySelectorAll('edge')].map((e) => e.getAttribute('label')),
        creator: doc.querySelector('meta creator')?.textContent ?? '',
        description: doc.querySelector('meta description')?.textContent ?? '',
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.nodes).toBe(shown.length);
    expect(xml).toContain(shown[0]!.name);
    expect(xml).not.toContain(`id="${kg.entities.find((e) => e.type === 'Person')?.id ?? '-'}"`);
    // Titles, codes, investments and their sentences, documents; edge labels and evidence; a filled <meta>.
    const propKeys = new Set(shown.flatMap((e) => Object.keys(e.props)));
    for (const key of ['investment', 'investmentEvidence', 'code'].filter((k) => propKeys.has(k))) expect(parsed.nodeAttributes).toContain(key);
    expect(parsed.nodeAttributes).toEqual(expect.arrayContaining(['entityType', 'aliases', 'documents']));
    expect(parsed.edgeAttributes).toEqual(expect.arrayContaining(['relation', 'evidence', 'title']));
    expect(parsed.edgeLabels.every((l) => !!l)).toBe(true);
    expect(parsed.creator).toContain('zhenjie');
    expect(parsed.description).toContain('without Person');
    const withEvidence = kg.entities.find((e) => e.type !== 'Person' && typeof (e.props.investmentEvidence as { text?: string } | undefined)?.text === 'string');
    if (withEvidence) expect(xml).toContain((withEvidence.props.investmentEvidence as { text: string }).text.replace(/\s+/g, '').slice(0, 8));

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toMatch(/^zhenjie-without-Person-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    // PNG header: width and height, big-endian, at bytes 16 and 20. Twice the screen, plus a title band and a legend band.
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(width).toBe(2 * Math.round(rect.width));
    expect(height).toBeGreaterThan(2 * Math.round(rect.height));
    const look = await page.evaluate(async ({ base64, graphTop, graphHeight }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = (x: number, y: number, w: number, h: number) => ctx.getImageData(x, y, w, h).data;
      const ink = (d: Uint8ClampedArray) => { let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200) n++; return n; };
      const colours = (d: Uint8ClampedArray) => { const seen = new Set<string>(); for (let i = 0; i < d.length; i += 4) seen.add([d[i], d[i + 1], d[i + 2]].map((c) => c!.toString(16).padStart(2, '0')).join('')); return [...seen]; };
      return {
        titleInk: ink(data(0, 0, bitmap.width, graphTop)),
        legendColours: colours(data(0, graphTop + graphHeight + 2, bitmap.width, bitmap.height - graphTop - graphHeight - 2)),
        // Inside the frame line: no ink on the picture's right edge (no label cut there).
        rightEdgeInk: ink(data(bitmap.width - 8, graphTop + 4, 4, graphHeight - 8)),
      };
    }, { base64: bytes.toString('base64'), graphTop: height - 2 * Math.round(rect.height) - 72, graphHeight: 2 * Math.round(rect.height) });
    expect(look.titleInk).toBeGreaterThan(200);
    const kinds = [...new Set(shown.map((e) => e.type))];
    const colourOf: Record<string, string> = { Official: 'd55e00', Street: '0072b2', Project: '009e73', Enterprise: 'e69f00', Program: 'cc79a7', District: '56b4e9' };
    for (const kind of kinds) expect(look.legendColours, `legend shows ${kind}`).toContain(colourOf[kind]);
    expect(look.legendColours).not.toContain('999999'); // Person is hidden: not in the legend
    expect(look.rightEdgeInk).toBe(0);
  });
});
