/**
 * Shared by the browser tests and the viewer bench: Debian's Chromium through playwright-core,
 * with the flags that give headless WebGL on Mesa llvmpipe, and a page on a running server.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless WebGL on llvmpipe (about 10× faster than SwiftShader, which --disable-gpu gives).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-gl=angle',
  '--use-angle=gl-egl',
  '--ignore-gpu-blocklist',
];

export const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page where functions passed to page.evaluate run as written. tsx (esbuild, keepNames) wraps
 * named inner functions in a `__name` helper that exists only in Node: give the page one too.
 */
export async function newPage(browser: Browser, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(() => {
    (window as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  });
  return page;
}

/** Open the viewer and wait until it says a frame has been drawn (or that it failed). */
export async function openViewer(browser: Browser, url: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await newPage(browser, viewport);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  // Polling on an interval, not on animation frames: a busy renderer starves rAF.
  await page.waitForFunction(() => document.documentElement.dataset.ready, undefined, { polling: 100, timeout: 30_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.ready);
  if (state !== 'true') {
    const status = await page.textContent('#stage-status');
    throw new Error(`the viewer did not load: ${status} ${errors.join('; ')}`);
  }
  return page;
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(ARTIFACTS, 'e2e');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
