/**
 * Vitest global setup for the browser tests: build the viewer bundle if it is missing or older
 * than its sources, and check that Chromium is there. Without Chromium the browser tests skip
 * on a developer machine (with a warning), but in CI (CI=true) the run fails loudly.
 */
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, chromiumAvailable } from '../e2e/browser.ts';
import { ensureViewerBuilt } from '../../src/serve/viewer-bundle.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: boolean;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  await ensureViewerBuilt((line) => console.error(`[viewer] ${line}`));
  const available = chromiumAvailable();
  if (!available) {
    const message = `no Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium fonts-wqy-microhei libgl1-mesa-dri\` (or set CHROMIUM_PATH)`;
    if (process.env.CI === 'true') throw new Error(`browser tests cannot run: ${message}`);
    console.error(`[viewer] WARNING: ${message}; the browser tests are skipped`);
  }
  project.provide('chromium', available);
}
