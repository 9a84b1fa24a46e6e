/**
 * The 问 tab and the search box asking in Chinese, in Chromium, against the real server and the
 * real Neo4j holding the sample corpus. Expectations come from POST /api/ask's own answer and
 * from the sample graph, so the page is checked against what the server says, not a copy of it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/index.ts';
import { VIEWER_DIST } from '../../src/serve/viewer-bundle.ts';
import { openViewer, saveScreenshot } from './browser.ts';
import { UI_POLL } from './probe.ts';
import { startSampleViewer, type SampleViewer } from './sample.ts';
import { ensureSampleCorpus } from '../neo4j/graphs.ts';

interface Answer {
  understood: boolean;
  cypher: string | null;
  params: Record<string, unknown>;
  rows: Array<Record<string, unknown>>;
  answer: string;
}

describe.skipIf(!inject('chromium'))('asking in Chinese in the viewer, with Neo4j', () => {
  let sample: SampleViewer;
  let page: Page;

  const askApi = async (question: string): Promise<Answer> =>
    (await fetch(new URL('api/ask', sample.server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })).json();
  const ask = async (question: string) => {
    await page.fill('#ask-input', question);
    await page.click('#ask-run');
  };
  const answerLine = () => page.textContent('#ask-answer');

  beforeAll(async () => {
    await ensureSampleCorpus();
    sample = await startSampleViewer();
    page = await openViewer(sample.browser, sample.server.url, { width: 1600, height: 1000 });
    await page.click('#console summary');
    await page.click('#tab-ask');
  });
  afterAll(async () => {
    await page?.close();
    await sample?.close();
  });

  it('answers a question with its rows by name, the evidence behind each, and its Cypher', async () => {
    const question = '哪些街道都在推进一网统管?';
    const expected = await askApi(question);
    expect(expected.rows.length, 'the sample has streets carrying out 一网统管').toBeGreaterThan(1);
    await ask(question);
    await expect.poll(answerLine, UI_POLL).toBe(expected.answer);
    const rows = page.locator('#ask-table tbody tr');
    expect(await rows.count()).toBe(expected.rows.length);
    const firstCells = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.textContent));
    expect(firstCells).toEqual(expected.rows.map((r) => r.street));
    expect(await page.textContent('#ask-cypher-text')).toContain('IMPLEMENTS');
    expect(await page.textContent('#ask-cypher')).toContain('"program:一网统管"');
    // Each row's fact (street —IMPLEMENTS→ 一网统管) with its sentence, from the sample's own evidence.
    const firstStreet = sample.kg.entities.find((e) => e.type === 'Street' && e.name === expected.rows[0]!.street)!;
    const fact = sample.kg.relations.find((r) => r.type === 'IMPLEMENTS' && r.from === firstStreet.id && r.to === 'program:一网统管')!;
    const evidence = rows.first().locator('.evidence-cell .fact blockquote');
    await expect.poll(() => evidence.count(), UI_POLL).toBeGreaterThan(0);
    expect(await evidence.first().textContent()).toBe(fact.evidence[0]!.text);
    expect(await rows.first().locator('.evidence-cell .fact .rel').first().textContent()).toBe(`${firstStreet.name} —IMPLEMENTS→ 一网统管`);
    // The answer drawn as a small graph, and lit in the main graph.
    await expect.poll(() => page.locator('#ask-graph canvas').count(), UI_POLL).toBeGreaterThan(0);
    // In the main graph a street of the answer keeps its colour, a street outside it is faded.
    const streets = expected.rows.map((r) => r.street);
    const outside = sample.kg.entities.find((e) => e.type === 'Street' && !streets.includes(e.name))!;
    const drawn = async (id: string) => page.evaluate((node) => (window as any).__zhenjie.node(node), id);
    await expect.poll(async () => (await drawn(outside.id)).color !== (await drawn(firstStreet.id)).color, UI_POLL).toBe(true);
    expect((await drawn(firstStreet.id)).hidden).toBeFalsy();
    await saveScreenshot(page, 'ask-answered');
  });

  it('puts the Cypher with its parameters into the console, which runs it', async () => {
    const question = '城厢街道和北干街道有哪些共同的工作?';
    const expected = await askApi(question);
    expect(expected.rows.length).toBeGreaterThan(0);
    await ask(question);
    await expect.poll(answerLine, UI_POLL).toBe(expected.answer);
    await page.click('#ask-edit');
    expect(await page.isVisible('#cypher-panel')).toBe(true);
    expect(await page.isHidden('#ask-panel')).toBe(true);
    expect((await page.inputValue('#cypher')).trim()).toBe(expected.cypher!.trim());
    // A list parameter stays a list (JSON in its field), not the text "a,b".
    expect(JSON.parse(await page.inputValue('#cypher-params input[data-param="streets"]'))).toEqual(expected.params.streets);
    await page.click('#cypher-run');
    await expect.poll(() => page.locator('#cypher-table tbody tr').count(), UI_POLL).toBe(expected.rows.length);
    expect(await page.isHidden('#cypher-error')).toBe(true);
    const names = await page.locator('#cypher-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]!.textContent));
    expect(names).toEqual(expected.rows.map((r) => r.name));
    await saveScreenshot(page, 'ask-cypher-in-console');
    await page.click('#tab-ask');
  });

  it('lists the kinds of question, each example clickable, when it does not understand', async () => {
    await ask('今天天气怎么样');
    await expect.poll(() => page.locator('#ask-examples button[data-example]').count(), UI_POLL).toBeGreaterThan(3);
    expect(await answerLine()).toMatch(/^没有读懂这个问题/);
    expect(await page.locator('#ask-table tr').count()).toBe(0);
    const example = page.locator('#ask-examples button[data-example]').first();
    const question = (await example.getAttribute('data-example'))!;
    const expected = await askApi(question);
    expect(expected.understood, `the example ${question} is understood`).toBe(true);
    await saveScreenshot(page, 'ask-not-understood');
    await example.click();
    await expect.poll(answerLine, UI_POLL).toBe(expected.answer);
    expect(await page.inputValue('#ask-input')).toBe(question);
    expect(await page.locator('#ask-examples li').count()).toBe(0);
    await saveScreenshot(page, 'ask-example-clicked');
  });

  it('says plainly that a name is not in the graph, with no table and no Cypher', async () => {
    await ask('瓜沥镇有哪些项目');
    await expect.poll(answerLine, UI_POLL).toMatch(/^图中没有\s*「瓜沥镇」/);
    expect(await page.getAttribute('#ask-answer', 'class')).toContain('unanswered');
    expect(await page.locator('#ask-table tr').count()).toBe(0);
    expect(await page.isHidden('#ask-cypher')).toBe(true);
    await saveScreenshot(page, 'ask-not-in-graph');
  });

  it('asks from the search box: a question gets a 问 line, and Enter answers it in the 问 tab', async () => {
    const question = '新塘有哪些项目';
    const expected = await askApi(question);
    await page.click('#tab-cypher');
    await page.fill('#search', question);
    const first = page.locator('#suggestions li').first();
    await expect.poll(() => first.getAttribute('data-ask'), UI_POLL).toBe('true');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await saveScreenshot(page, 'ask-search-box');
    await page.press('#search', 'Enter');
    await expect.poll(answerLine, UI_POLL).toBe(expected.answer);
    expect(await page.isVisible('#ask-panel')).toBe(true);
    expect(await page.locator('#ask-table tbody tr').count()).toBe(expected.rows.length);
    // A name is still a name: no 问 line.
    await page.fill('#search', '新塘');
    await expect.poll(() => page.locator('#suggestions li[data-node]').count(), UI_POLL).toBeGreaterThan(0);
    expect(await page.locator('#suggestions li[data-ask]').count()).toBe(0);
    await page.press('#search', 'Escape');
  });

  it('keeps the question in the URL, and a shared link asks it again', async () => {
    const question = '新塘街道的一把手是谁?';
    const expected = await askApi(question);
    await ask(question);
    await expect.poll(answerLine, UI_POLL).toBe(expected.answer);
    const url = page.url();
    expect(new URL(url).searchParams.get('ask')).toBe(question);
    const shared = await openViewer(sample.browser, url);
    try {
      await expect.poll(() => shared.textContent('#ask-answer'), UI_POLL).toBe(expected.answer);
      expect(await shared.isVisible('#ask-panel')).toBe(true);
      expect(await shared.inputValue('#ask-input')).toBe(question);
      expect(await shared.locator('#ask-table tbody tr').count()).toBe(expected.rows.length);
    } finally {
      await shared.close();
    }
  });

  it('says in one line that Neo4j is needed when the server has none', async () => {
    const offline: RunningServer = await startServer(sample.kg, { kind: 'build', label: 'no Neo4j (test)', loadedAt: new Date().toISOString() }, { port: 0, viewerDist: VIEWER_DIST }, { db: null, reason: 'not used in this test' });
    const offlinePage = await openViewer(sample.browser, offline.url);
    try {
      await offlinePage.click('#console summary');
      await offlinePage.click('#tab-ask');
      await offlinePage.fill('#ask-input', '新塘有哪些项目');
      await offlinePage.click('#ask-run');
      const error = offlinePage.locator('#ask-error');
      await error.waitFor({ state: 'visible' });
      expect(await error.textContent()).toMatch(/^Neo4j needed: .*npm run neo4j[^\n]*$/);
      expect(await offlinePage.locator('#ask-table tr').count()).toBe(0);
    } finally {
      await offlinePage.close();
      await offline.close();
    }
  });
});
