/**
 * The Cypher console in Chromium against the real Neo4j the test setup starts: a named
 * question one click away, a read-only statement drawn as a graph and a table. What Neo4j holds
 * depends on earlier test files, so expectations come from the API's own answer.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, startServer, type RunningServer } from '../../src/serve/index.ts';
import { VIEWER_DIST } from '../../src/serve/viewer-bundle.ts';
import { KnowledgeGraph } from '../../src/types.ts';
import { readFileSync } from 'node:fs';
import { launchBrowser, openViewer, saveScreenshot } from './browser.ts';
import { UI_POLL } from './probe.ts';
import { ensureSampleCorpus } from '../neo4j/graphs.ts';

const MINI_KG = join(import.meta.dirname, '../fixtures/mini-kg.json');

describe.skipIf(!inject('chromium'))('Cypher console with Neo4j, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const apiPost = async (path: string, body: unknown) =>
    (await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();

  beforeAll(async () => {
    const database = await connectDatabase(10_000);
    if (!database.db) throw new Error(`the test setup should have started Neo4j: ${database.reason}`);
    const kg = KnowledgeGraph.parse(JSON.parse(readFileSync(MINI_KG, 'utf8')));
    server = await startServer(kg, { kind: 'export', label: 'console test', loadedAt: new Date().toISOString() }, { port: 0, viewerDist: VIEWER_DIST }, database);
    await ensureSampleCorpus();
    browser = await launchBrowser();
    page = await openViewer(browser, server.url);
    await page.click('#console summary');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs a named question in one click and shows its rows', async () => {
    const button = page.locator('#named-queries button[data-query="shared-initiatives"]');
    await button.waitFor();
    await button.click();
    const expected = await apiPost('api/queries/shared-initiatives', { params: {} });
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBe(expected.rows.length);
    expect(await page.locator('#cypher-table th').allTextContents()).toEqual(expected.columns);
    expect(await page.inputValue('#cypher')).toContain('IMPLEMENTS');
    await saveScreenshot(page, 'console-named-question');
  });

  it('draws the nodes and relationships a read-only statement returns', async () => {
    const statement = 'MATCH (s:Street)-[r:IMPLEMENTS]->(p:Program) RETURN s, r, p LIMIT 12';
    const expected = await apiPost('api/cypher', { statement });
    expect(expected.rows.length, 'Neo4j holds streets implementing programs').toBeGreaterThan(0);
    await page.fill('#cypher', statement);
    await page.click('#cypher-run');
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBe(expected.rows.length);
    expect(await page.isHidden('#cypher-error')).toBe(true);
    // The result graph is drawn: its canvas holds ink of the Street colour.
    const box = (await page.locator('#cypher-graph').boundingBox())!;
    const png = await page.screenshot({ clip: box });
    const streetPixels = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - 0x00) < 30 && Math.abs(d[i + 1]! - 0x72) < 30 && Math.abs(d[i + 2]! - 0xb2) < 30) n++;
      return n;
    }, png.toString('base64'));
    expect(streetPixels).toBeGreaterThan(20);
    await saveScreenshot(page, 'console-read-graph');
  });

  it('says so when an answer is cut at the row limit', async () => {
    await page.fill('#cypher', 'UNWIND range(1, 100000000) AS x RETURN x');
    await page.click('#cypher-run');
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBe(1000);
    expect(await page.textContent('#cypher-table .truncated')).toMatch(/Cut short: more than 1000 rows.*LIMIT/);
  });

  it('shows nodes and paths by name and type, never by element id or as JSON', async () => {
    const statement = 'MATCH path = (o:Official)-[:HEADS]->(s:Street) RETURN o, path, s.name AS street LIMIT 3';
    const expected = await apiPost('api/cypher', { statement });
    expect(expected.rows.length, 'Neo4j holds officials heading streets').toBeGreaterThan(0);
    await page.fill('#cypher', statement);
    await page.click('#cypher-run');
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBe(expected.rows.length);
    const cells = await page.locator('#cypher-table tbody tr').first().locator('td').allTextContents();
    const [official, path, street] = expected.rows[0] as [{ properties: { name: string } }, unknown, string];
    expect(cells[0]).toBe(official.properties.name);
    expect(cells[1]).toBe(`${official.properties.name} —HEADS→ ${street}`);
    const all = (await page.locator('#cypher-table tbody').textContent())!;
    expect(all).not.toMatch(/[{}]|elementId|\d+:[0-9a-f-]{8,}:\d+/);
    await saveScreenshot(page, 'console-names');
    void path;
  });

  it('replaces the previous answer with a refusal said once, and with a syntax error', async () => {
    await page.fill('#cypher', 'MATCH (s:Street) RETURN s.name LIMIT 2');
    await page.click('#cypher-run');
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBeGreaterThan(0);
    await page.fill('#cypher', "CREATE (s:Street {name: '假街道'}) RETURN s");
    await page.click('#cypher-run');
    const error = page.locator('#cypher-error');
    await error.waitFor({ state: 'visible' });
    const message = (await error.textContent())!;
    expect(message).toMatch(/^Refused \(the console only reads\): .*CREATE/);
    expect(message.match(/refused/gi)).toHaveLength(1);
    expect(await page.locator('#cypher-table tr').count()).toBe(0);

    await page.fill('#cypher', 'MATCH (s:Street) RETURN s.name LIMIT 2');
    await page.click('#cypher-run');
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBeGreaterThan(0);
    expect(await error.isHidden()).toBe(true);
    await page.fill('#cypher', 'MATCH (s:Street RETURN s');
    await page.click('#cypher-run');
    await error.waitFor({ state: 'visible' });
    expect(await page.locator('#cypher-table tr').count()).toBe(0);
    await saveScreenshot(page, 'console-error-clears');
  });

  it('shows a named question\'s parameters as typed fields with their defaults, and runs with them', async () => {
    const listed = (await (await fetch(new URL('api/queries', server.url))).json()) as { queries: Array<{ name: string; params: Array<{ name: string; default: unknown }> }> };
    const search = listed.queries.find((q) => q.name === 'search')!;
    const limit = search.params.find((p) => p.name === 'limit')!;
    const q = search.params.find((p) => p.name === 'q')!;
    await page.click('#named-queries button[data-query="search"]');
    const limitField = page.locator('#cypher-params input[data-param="limit"]');
    await limitField.waitFor();
    expect(await limitField.getAttribute('type')).toBe('number');
    expect(await limitField.inputValue()).toBe(String(limit.default));
    expect(await page.inputValue('#cypher-params input[data-param="q"]')).toBe(String(q.default));
    // A broad search, then the limit typed down to 1: LIMIT $limit needs an integer, not "1".
    await page.fill('#cypher-params input[data-param="q"]', '街道');
    await page.fill('#cypher-params input[data-param="limit"]', '1');
    await page.click('#cypher-run');
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBe(1);
    expect(await page.isHidden('#cypher-error')).toBe(true);
    await page.fill('#cypher-params input[data-param="limit"]', '2');
    await page.press('#cypher-params input[data-param="limit"]', 'Enter');
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBe(2);
    await saveScreenshot(page, 'console-params');
  });
});
