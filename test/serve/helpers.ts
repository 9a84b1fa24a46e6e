/** A server over a graph file, for the API tests; requests as plain fetch calls. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type DatabaseState, type RunningServer } from '../../src/serve/index.ts';
import { KnowledgeGraph } from '../../src/types.ts';

export const MINI_KG = join(import.meta.dirname, '../fixtures/mini-kg.json');

export function readGraph(path = MINI_KG): KnowledgeGraph {
  return KnowledgeGraph.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export async function serveGraph(graph: KnowledgeGraph, database: DatabaseState = { db: null, reason: 'not used in this test' }): Promise<RunningServer> {
  return startServer(graph, { kind: 'export', label: 'test graph', loadedAt: new Date().toISOString() }, { port: 0, viewerDist: join(import.meta.dirname, '../../viewer/dist') }, database);
}

export async function get(server: RunningServer, path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(path, server.url));
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: static files
  }
  return { status: response.status, body };
}

export async function post(server: RunningServer, path: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
