/**
 * The panels around the graph in Chromium, sample corpus (issue 12's defects): the console
 * opening without the graph's canvas over it, a project's investment sentence shown as a
 * sentence, "Reset view" leaving no search text and no hover behind, counts that follow the
 * filters, and the ego network reaching past the street filter.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openViewer, saveScreenshot } from './browser.ts';
import { DIMMED, drawnNodes, SCREEN_POLL, UI_POLL, waitForCameraToSettle } from './probe.ts';
import { startSampleViewer, type SampleViewer } from './sample.ts';


describe.skipIf(!inject('chromium'))('panels in Chromium, sample corpus', () => {
  let sample: SampleViewer;
  let page: Page;

  beforeAll(async () => {
    sample = await startSampleViewer();
  });
  afterAll(async () => {
    await page?.close();
    await sample?.close();
  });

  const neighbours = (id: string) => new Set(sample.kg.relations.flatMap((r) => (r.from === id ? [r.to] : r.to === id ? [r.from] : [])));
  const shownNodes = async () => (await drawnNodes(page)).filter((n) => !n.hidden).map((n) => n.id).sort();
  const open = async (query = '') => {
    await page?.close();
    page = await openViewer(sample.browser, sample.server.url + query);
  };

  it('opens the console below the graph: the canvas shrinks with its container and the console takes its own clicks', async () => {
    await open();
    await page.click('#console summary');
    const fits = () =>
      page.evaluate(() => {
        const stage = document.getElementById('graph')!.getBoundingClientRect();
        const canvases = [...document.querySelectorAll('#graph canvas')].map((c) => c.getBoundingClientRect());
        const box = document.getElementById('cypher')!.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return canvases.every((c) => c.bottom <= stage.bottom + 0.5) && hit?.id === 'cypher';
      });
    await expect.poll(fits, UI_POLL).toBe(true);
    await page.click('#cypher');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cypher');
    await saveScreenshot(page, 'console-open');
  });

  it("shows a project's investment sentence as a quoted sentence, not JSON", async () => {
    const project = sample.kg.entities.find((e) => typeof (e.props.investmentEvidence as { text?: string } | undefined)?.text === 'string');
    expect(project, 'the sample has a project with an investment sentence').toBeDefined();
    await open(`?node=${encodeURIComponent(project!.id)}`);
    await expect.poll(() => page.textContent('#details h3'), UI_POLL).toBe(project!.name);
    const text = (project!.props.investmentEvidence as { text: string }).text;
    const quoted = page.locator('#details dd blockquote.prop-evidence');
    await expect.poll(() => quoted.count(), UI_POLL).toBeGreaterThan(0);
    expect(await quoted.first().textContent()).toContain(text);
    expect(await page.textContent('#details dl')).not.toMatch(/\{"doc"|"start":/);
    await saveScreenshot(page, 'investment-evidence');
  });

  it('"Reset view" clears the search text and leaves no hover highlight behind', async () => {
    await open();
    const street = sample.kg.entities.find((e) => e.type === 'Street')!;
    await page.fill('#search', street.name);
    const option = page.locator('#suggestions li', { hasText: street.name }).first();
    await option.waitFor({ timeout: 5000 });
    await option.dispatchEvent('mousedown');
    await expect.poll(() => page.textContent('#details h3'), UI_POLL).toBe(street.name);
    // Hover a node, then go straight to the button: the pointer leaves the canvas in one move.
    const [drawn] = await drawnNodes(page, [street.id]);
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    await page.mouse.move(rect.x + drawn!.x, rect.y + drawn!.y);
    await page.click('#reset-view');
    expect(await page.inputValue('#search')).toBe('');
    const lit = async () => (await drawnNodes(page)).filter((n) => n.color.toLowerCase() !== DIMMED).length;
    await expect.poll(lit, SCREEN_POLL).toBe(sample.kg.entities.length);
    const ringed = await page.evaluate(() => {
      const z = (window as any).__zhenjie;
      return z.nodes().filter((id: string) => z.sigma.getNodeDisplayData(id)?.highlighted);
    });
    expect(ringed).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
  });

  it('keeps counts in step with the filters: the street list, the nodes and relations shown', async () => {
    await open();
    const { kg } = sample;
    const street = kg.entities.find((e) => e.type === 'Street')!;
    const optionText = await page.textContent(`#street-filter option[value="${street.id}"]`);
    await page.selectOption('#street-filter', street.id);
    await expect.poll(async () => (await shownNodes()).length, UI_POLL).toBeLessThan(kg.entities.length);
    const shown = new Set(await shownNodes());
    expect(optionText).toBe(`${street.name} (${shown.size})`);
    const relations = kg.relations.filter((r) => shown.has(r.from) && shown.has(r.to)).length;
    expect(await page.textContent('#stage-status')).toContain(`${shown.size} of ${kg.entities.length} nodes shown · ${relations} of ${kg.relations.length} relations`);
    await page.locator('#type-filters li[data-kind="Program"] input').uncheck();
    const withoutPrograms = new Set(await shownNodes());
    const fewer = kg.relations.filter((r) => withoutPrograms.has(r.from) && withoutPrograms.has(r.to)).length;
    expect(await page.textContent('#stage-status')).toContain(`${fewer} of ${kg.relations.length} relations`);
  });

  it('shows the ego network past the street filter, wider at depth 2; the depth control is under "Selection"', async () => {
    const { kg } = sample;
    const implementers = (program: string) => kg.relations.filter((r) => r.type === 'IMPLEMENTS' && r.to === program).map((r) => r.from);
    const program = kg.entities.find((e) => e.type === 'Program' && implementers(e.id).length >= 3)!;
    const street = implementers(program.id)[0]!;
    await open(`?street=${encodeURIComponent(street)}&node=${encodeURIComponent(program.id)}`);
    const depth1 = new Set([program.id, ...neighbours(program.id)]);
    const visible = async () => new Set(await shownNodes());
    await expect.poll(async () => {
      const now = await visible();
      return [...depth1].filter((id) => !now.has(id)).length;
    }, UI_POLL).toBe(0);
    const one = await visible();
    for (const s of implementers(program.id)) expect(one.has(s), `${s} shares ${program.name}`).toBe(true);
    await page.check('input[name="depth"][value="2"]');
    await expect.poll(async () => (await visible()).size, UI_POLL).toBeGreaterThan(one.size);
    const two = await visible();
    for (const s of implementers(program.id)) for (const n of neighbours(s)) expect(two.has(n) || kg.entities.find((e) => e.id === n)!.type === 'Person').toBe(true);
    const section = await page.evaluate(() => document.querySelector('input[name="depth"]')!.closest('section')!.querySelector('h2')!.textContent);
    expect(section).toBe('Selection');
    await saveScreenshot(page, 'ego-past-street-filter');
  });

  it('expands a selected node one step at a time (as in Bloom), framing what is shown', async () => {
    const { kg } = sample;
    const official = kg.relations.find((r) => r.type === 'HEADS')!.from;
    const ego = (depth: number) => {
      let seen = new Set([official]);
      for (let d = 0; d < depth; d++) seen = new Set([...seen].flatMap((id) => [id, ...neighbours(id)]));
      return [...seen].sort();
    };
    await open(`?node=${encodeURIComponent(official)}`);
    const lit = async () => (await drawnNodes(page)).filter((n) => n.color.toLowerCase() !== DIMMED).map((n) => n.id).sort();
    await expect.poll(lit, SCREEN_POLL).toEqual(ego(1));
    for (const depth of [2, 3]) {
      await page.locator('#expand').click();
      await expect.poll(lit, SCREEN_POLL).toEqual(ego(depth));
      expect(new URL(page.url()).searchParams.get('depth')).toBe(String(depth));
      await expect.poll(() => page.textContent('#expand'), UI_POLL).toContain(`${depth + 1} steps`);
    }
    expect(ego(3).length).toBeGreaterThan(ego(2).length);
    await waitForCameraToSettle(page);
    const rect = await page.evaluate(() => (window as any).__zhenjie.containerRect());
    const shown = await drawnNodes(page, ego(3));
    expect(shown.filter((n) => n.x < 0 || n.y < 0 || n.x > rect.width || n.y > rect.height).map((n) => n.id)).toEqual([]);
    await saveScreenshot(page, 'expand-3');
  });
});
