/** The sample corpus built by the pipeline, served, and a browser: shared by the e2e files. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildGraph } from '../../src/pipeline.ts';
import { startServer, type RunningServer } from '../../src/serve/index.ts';
import { VIEWER_DIST } from '../../src/serve/viewer-bundle.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { launchBrowser } from './browser.ts';

export interface SampleViewer {
  kg: KnowledgeGraph;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSampleViewer(): Promise<SampleViewer> {
  const kg = (await buildGraph([join(import.meta.dirname, '../../graph/corpus')])).graph;
  const server = await startServer(kg, { kind: 'build', label: 'sample corpus (test)', loadedAt: new Date().toISOString() }, { port: 0, viewerDist: VIEWER_DIST });
  const browser = await launchBrowser();
  return {
    kg,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
