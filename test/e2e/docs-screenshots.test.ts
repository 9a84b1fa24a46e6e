/**
 * The screenshots docs/viewer.md shows, taken from the page as it is today on the sample corpus:
 * the first view (two screen sizes), a street, each preset, a node's evidence, the console and
 * the 问 tab.
 * Written to test-artifacts/docs on every run; with ZHENJIE_DOC_SCREENSHOTS=1 to docs/img, to be
 * committed, so the documentation shows what the page looks like now.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openViewer } from './browser.ts';
import { UI_POLL, waitForCameraToSettle, waitForFrame } from './probe.ts';
import { startSampleViewer, type SampleViewer } from './sample.ts';
import { ensureSampleCorpus } from '../neo4j/graphs.ts';

const DIR = process.env.ZHENJIE_DOC_SCREENSHOTS === '1' ? join(import.meta.dirname, '../../docs/img') : join(ARTIFACTS, 'docs');

describe.skipIf(!inject('chromium'))('screenshots for docs/viewer.md', () => {
  let sample: SampleViewer;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    await ensureSampleCorpus();
    sample = await startSampleViewer();
  });
  afterAll(async () => {
    await page?.close();
    await sample?.close();
  });

  const shoot = async (name: string) => {
    await waitForCameraToSettle(page);
    await waitForFrame(page);
    await page.screenshot({ path: join(DIR, `${name}.png`) });
  };
  const open = async (query = '', viewport = { width: 1600, height: 1000 }) => {
    await page?.close();
    page = await openViewer(sample.browser, sample.server.url + query, viewport);
  };

  it('the first view, at 1600×1000 and 1280×720', async () => {
    await open();
    await shoot('viewer-first-view');
    await open('', { width: 1280, height: 720 });
    await shoot('viewer-first-view-1280');
  });

  it('a street, and a node with its evidence', async () => {
    const street = sample.kg.entities.find((e) => e.type === 'Street' && e.name === '新塘街道') ?? sample.kg.entities.find((e) => e.type === 'Street')!;
    await open(`?street=${encodeURIComponent(street.id)}`);
    await shoot('viewer-street');
    const official = sample.kg.relations.find((r) => r.type === 'HEADS' && r.to === street.id)?.from;
    if (official) {
      await open(`?node=${encodeURIComponent(official)}`);
      await expect.poll(() => page.locator('#details .evidence li').count(), UI_POLL).toBeGreaterThan(0);
      await shoot('viewer-details');
    }
  });

  it('each preset', async () => {
    for (const preset of ['projects', 'shared', 'who']) {
      await open();
      const button = page.locator(`button[data-preset="${preset}"]`);
      expect(await button.count(), `a button for the preset ${preset}`).toBe(1);
      await button.click();
      if (preset === 'shared') await page.locator('[data-preset-list="shared"] li').first().click();
      await shoot(`viewer-preset-${preset}`);
    }
  });

  it('the Cypher console with a named question', async () => {
    await open();
    await page.click('#console summary');
    const named = page.locator('#named-queries button[data-query="shared-initiatives"]');
    await named.click();
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBeGreaterThan(0);
    await shoot('viewer-console-named');
    await page.fill('#cypher', 'MATCH path = (o:Official)-[:HEADS]->(s:Street)-[:IMPLEMENTS]->(p:Program) RETURN path LIMIT 25');
    await page.click('#cypher-run');
    await expect.poll(() => page.textContent('#cypher-table p'), UI_POLL).toMatch(/ [1-9]\d* nodes/);
    await page.waitForTimeout(300);
    await shoot('viewer-console');
  });

  it('the 问 tab answering a question, with its evidence and Cypher', async () => {
    await open();
    await page.click('#console summary');
    await page.click('#tab-ask');
    await page.fill('#ask-input', '哪些街道都在推进一网统管?');
    await page.click('#ask-run');
    await expect.poll(() => page.locator('#ask-table tbody tr').count(), UI_POLL).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#ask-table .evidence-cell .fact').count(), UI_POLL).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await shoot('viewer-ask');
  });
});
