/**
 * The viewer in a real browser (Debian's Chromium, WebGL on llvmpipe) against the sample
 * corpus: what a user sees, read back from the screen. Expectations come from the graph the
 * pipeline builds, not from hard-coded answers. One screenshot per test in test-artifacts/e2e.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningServer } from '../../src/serve/index.ts';
import type { Entity, KnowledgeGraph } from '../../src/types.ts';
import { openViewer, saveScreenshot } from './browser.ts';
import { SCREEN_POLL, UI_POLL, drawnNodes, nodesOnScreen, waitForCameraToSettle, waitForFrame } from './probe.ts';
import { startSampleViewer, type SampleViewer } from './sample.ts';

describe.skipIf(!inject('chromium'))('viewer in Chromium, sample corpus', () => {
  let sample: SampleViewer;
  let kg: KnowledgeGraph;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const entityNamed = (name: string, type: string): Entity => {
    const entity = kg.entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));
    if (!entity) throw new Error(`the sample graph has no ${type} ${name}`);
    return entity;
  };

  beforeAll(async () => {
    sample = await startSampleViewer();
    ({ kg, server, browser } = sample);
  });

  afterAll(() => sample?.close());

  const open = async (query = '') => {
    await page?.close();
    page = await openViewer(browser, server.url + query);
    return page;
  };

  it('draws every node of the graph, in its type colour', async () => {
    await open();
    const nodes = await drawnNodes(page);
    expect(nodes).toHaveLength(kg.entities.length);
    const seen = await nodesOnScreen(page, nodes);
    const missing = nodes.filter((n) => !seen.get(n.id)).map((n) => n.id);
    await saveScreenshot(page, 'nodes-rendered');
    expect(missing).toEqual([]);
    await expect.poll(() => page.textContent('#stage-status'), UI_POLL).toContain(`${kg.entities.length} nodes`);
  });

  it('draws Chinese labels with real glyphs, not boxes', async () => {
    await open();
    const street = kg.entities.find((e) => e.type === 'Street')!;
    const glyphs = await page.evaluate((text) => {
      const font = (window as any).__zhenjie.labelFont as string;
      const bitmap = (ch: string) => {
        const canvas = new OffscreenCanvas(32, 32);
        const ctx = canvas.getContext('2d')!;
        ctx.font = `24px ${font}`;
        ctx.fillText(ch, 2, 26);
        return Array.from(ctx.getImageData(0, 0, 32, 32).data.filter((_v, i) => i % 4 === 3)).join(',');
      };
      const [a, b] = [...text];
      const tofu = bitmap('\u{E000}'); // private use: no font has a glyph, so this is the "missing" box
      const empty = bitmap(' ');
      return { distinct: bitmap(a!) !== bitmap(b!), notTofu: bitmap(a!) !== tofu && bitmap(b!) !== tofu, inked: bitmap(a!) !== empty };
    }, street.name);
    await saveScreenshot(page, 'chinese-labels');
    expect(glyphs).toEqual({ distinct: true, notTofu: true, inked: true });
  });

  it('finds 新塘街道 by pinyin and by Chinese, then moves to and selects it', async () => {
    const street = entityNamed('新塘街道', 'Street');
    for (const query of ['xintang', '新塘']) {
      await open();
      await page.fill('#search', query);
      const option = page.locator('#suggestions li', { hasText: street.name }).first();
      await option.waitFor({ timeout: 5000 });
      await option.dispatchEvent('mousedown');
      await expect.poll(() => page.textContent('#details h3'), UI_POLL).toBe(street.name);
      expect(new URL(page.url()).searchParams.get('node')).toBe(street.id);
      const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
      // Moved to: once the camera has flown there, the node sits at the centre of the graph area.
      const offCentre = async () => {
        const [node] = await drawnNodes(page, [street.id]);
        return Math.max(Math.abs(node!.x - rect.width / 2) / rect.width, Math.abs(node!.y - rect.height / 2) / rect.height);
      };
      await expect.poll(offCentre, UI_POLL).toBeLessThan(0.05);
      await waitForCameraToSettle(page);
      const [drawn] = await drawnNodes(page, [street.id]);
      await expect.poll(async () => (await nodesOnScreen(page, [drawn!])).get(street.id), SCREEN_POLL).toBe(true);
      await saveScreenshot(page, `search-${query === 'xintang' ? 'pinyin' : 'hanzi'}`);
    }
  });

  it('hides a type when its box is unticked, and shows it again', async () => {
    await open();
    const counts = new Map<string, number>();
    for (const e of kg.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    const kind = counts.has('Enterprise') ? 'Enterprise' : [...counts.keys()][0]!;
    const row = page.locator(`#type-filters li[data-kind="${kind}"]`);
    expect(await row.locator('.count').textContent()).toBe(String(counts.get(kind)));
    const all = await drawnNodes(page);
    const ofKind = all.filter((n) => n.kind === kind);
    const others = all.filter((n) => n.kind !== kind);
    await row.locator('input').uncheck();
    expect(new URL(page.url()).searchParams.get('hide')).toBe(kind);
    await expect.poll(async () => [...(await nodesOnScreen(page, ofKind)).values()].filter(Boolean).length, SCREEN_POLL).toBe(0);
    const stillShown = await nodesOnScreen(page, others);
    expect([...stillShown.values()].filter(Boolean).length).toBe(others.length);
    await saveScreenshot(page, 'type-filter');
    await row.locator('input').check();
    await expect.poll(async () => [...(await nodesOnScreen(page, ofKind)).values()].filter(Boolean).length, SCREEN_POLL).toBe(ofKind.length);
  });

  it('shows the evidence sentence of a clicked node, mention highlighted, document cited', async () => {
    await open();
    // An official who heads a street, drawn where no other node covers it (overlaps are the
    // layout's business, issue 12): a click there is a click on that official.
    const all = await drawnNodes(page);
    const clear = (id: string) => {
      const d = all.find((n) => n.id === id)!;
      return all.every((o) => o.id === id || o.hidden || Math.hypot(o.x - d.x, o.y - d.y) > o.size + 2);
    };
    const heads = kg.relations.find((r) => r.type === 'HEADS' && r.evidence.length > 0 && clear(r.from));
    expect(heads, 'the sample graph has an official who heads a street, drawn clear of other nodes').toBeDefined();
    const official = kg.entities.find((e) => e.id === heads!.from)!;
    const [drawn] = await drawnNodes(page, [official.id]);
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    await page.mouse.click(rect.x + drawn!.x, rect.y + drawn!.y);
    await expect.poll(() => page.textContent('#details h3'), UI_POLL).toBe(official.name);
    const quotes = await page.locator('#details .evidence blockquote').allTextContents();
    expect(quotes).toContain(heads!.evidence[0]!.text);
    const marks = await page.locator('#details .evidence blockquote mark').allTextContents();
    expect(marks).toContain(official.name);
    const doc = kg.documents.find((d) => d.id === heads!.evidence[0]!.doc)!;
    expect(await page.locator('#details .evidence .cite').first().textContent()).toContain(doc.title);
    await saveScreenshot(page, 'details-evidence');
  });

  it('lists shared initiatives, 大综合一体化行政执法改革 with at least 4 streets, and lights up its streets', async () => {
    await open();
    await page.click('button[data-preset="shared"]');
    const streetsOf = new Map<string, Set<string>>();
    const streetIds = new Set(kg.entities.filter((e) => e.type === 'Street').map((e) => e.id));
    for (const r of kg.relations) {
      if (r.type === 'IMPLEMENTS' && streetIds.has(r.from)) streetsOf.set(r.to, (streetsOf.get(r.to) ?? new Set()).add(r.from));
    }
    const min = 2; // the preset's default
    const expected = [...streetsOf].filter(([, s]) => s.size >= min).length;
    const items = page.locator('[data-preset-list="shared"] li');
    await expect.poll(() => items.count(), UI_POLL).toBe(expected);
    const program = entityNamed('大综合一体化行政执法改革', 'Program');
    const item = page.locator(`[data-preset-list="shared"] li[data-item="${program.id}"]`);
    const n = streetsOf.get(program.id)?.size ?? 0;
    expect(n).toBeGreaterThanOrEqual(4);
    expect(await item.locator('.n').textContent()).toBe(`${n} streets`);
    const names = [...streetsOf.get(program.id)!].map((id) => kg.entities.find((e) => e.id === id)!.name).sort();
    expect((await item.locator('.detail').textContent())!.split('、').sort()).toEqual(names);
    await item.click();
    await waitForCameraToSettle(page);
    const lit = await drawnNodes(page, [...streetsOf.get(program.id)!]);
    expect([...(await nodesOnScreen(page, lit)).values()].every(Boolean)).toBe(true);
    await saveScreenshot(page, 'shared-initiatives');
  });

  it('refuses a write in the Cypher console', async () => {
    await open();
    await page.click('#console summary');
    await page.fill('#cypher', "CREATE (s:Street {name: '假街道'}) RETURN s");
    await page.click('#cypher-run');
    const error = page.locator('#cypher-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/Refused.*CREATE/);
    await saveScreenshot(page, 'cypher-write-refused');
  });

  it('keeps positions stable between reloads, and keeps a ForceAtlas2 run', async () => {
    await open();
    const positions = async () => (await drawnNodes(page)).map((n) => `${n.id}@${n.x.toFixed(1)},${n.y.toFixed(1)}`).sort();
    const first = await positions();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { polling: 100 });
    expect(await positions()).toEqual(first);

    await page.click('#layout-toggle');
    await expect.poll(() => page.getAttribute('#layout-toggle', 'aria-pressed'), UI_POLL).toBe('true');
    await page.waitForTimeout(1500);
    await page.click('#layout-toggle');
    await expect.poll(() => page.getAttribute('#layout-toggle', 'aria-pressed'), UI_POLL).toBe('false');
    await waitForFrame(page);
    const laidOut = await positions();
    expect(laidOut).not.toEqual(first);
    await saveScreenshot(page, 'layout-run');

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { polling: 100 });
    expect(await page.textContent('#stage-status')).toContain('layout: saved');
    expect(await positions()).toEqual(laidOut);
  });

  it('restores a shared view from its URL', async () => {
    const street = kg.entities.find((e) => e.type === 'Street')!;
    await open(`?node=${encodeURIComponent(street.id)}&hide=Person&preset=who&depth=2`);
    expect(await page.textContent('#details h3')).toBe(street.name);
    expect(await page.isChecked('#type-filters li[data-kind="Person"] input')).toBe(false);
    expect(await page.getAttribute('button[data-preset="who"]', 'aria-pressed')).toBe('true');
    expect(await page.isChecked('input[name="depth"][value="2"]')).toBe(true);
    await saveScreenshot(page, 'url-state');
  });
});
