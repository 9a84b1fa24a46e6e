/**
 * Another site's page cannot make the API run anything: in real Chromium, a page on another
 * origin posts to /api/cypher as a form would (text/plain, no preflight) and as JSON (which needs
 * a preflight we never grant). Neither reaches the endpoint; the page of our own origin does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/serve/index.ts';
import { readGraph, serveGraph } from '../serve/helpers.ts';
import { launchBrowser, newPage } from './browser.ts';

describe('requests from another site, in Chromium', () => {
  let server: RunningServer;
  let other: Server;
  let otherUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveGraph(readGraph());
    // A page of another origin (another port): what an attacker's site would serve.
    other = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>elsewhere</title>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => other.close(() => resolve()));
    await server.close();
  });

  it('a form-like post and a JSON post from another origin are refused; our own page is answered', async () => {
    const page = await newPage(browser);
    await page.goto(otherUrl);
    const api = new URL('api/cypher', server.url).href;
    // What the server answered each request to the endpoint (the page may not read it).
    const answers: string[] = [];
    server.http.on('request', (req, res) => res.on('finish', () => req.url === '/api/cypher' && answers.push(`${req.method} ${res.statusCode}`)));
    const outcomes = await page.evaluate(async (url) => {
      const body = JSON.stringify({ statement: 'RETURN 1' });
      const plain = await fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body }).then(
        () => 'sent',
        () => 'failed',
      );
      const json = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
        (r) => `status ${r.status}`,
        () => 'blocked',
      );
      return { plain, json };
    }, api);
    // The plain post reaches the server and is refused; the JSON post never leaves the browser
    // (its preflight, OPTIONS, is not granted); the page reads neither.
    expect(outcomes).toEqual({ plain: 'failed', json: 'blocked' });
    expect(answers.filter((a) => a.startsWith('POST'))).toEqual(['POST 415']);
    expect(answers.filter((a) => a.startsWith('OPTIONS')).every((a) => /40\d/.test(a))).toBe(true);

    // From our own page the same JSON post reaches the endpoint (503 here: this server has no Neo4j).
    await page.goto(server.url);
    const own = await page.evaluate(
      (url) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ statement: 'RETURN 1' }) }).then((r) => r.status),
      api,
    );
    expect(own).toBe(503);
    expect(answers.at(-1)).toBe('POST 503');
    await page.close();
  });
});
