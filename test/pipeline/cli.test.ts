import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { KnowledgeGraph } from '../../src/types.ts';

const zhenjie = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });
const SAMPLE = 'graph/corpus/xiaoshan-zhenjie-column.txt';

describe('zhenjie CLI', () => {
  it('says its version, and serve lists its options in the voice of the others', () => {
    const version = zhenjie('--version');
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(`zhenjie ${JSON.parse(readFileSync('package.json', 'utf8')).version}`);
    const help = zhenjie('serve', '--help');
    expect(help.status).toBe(0);
    for (const flag of ['--offline', '--from-neo4j', '--build', '--graph', '--host', '--port']) expect(help.stdout).toContain(flag);
    // Like every other command's summary: a sentence, capitalised, with its full stop.
    const summaries = zhenjie('--help').stdout.split('\n').filter((l) => /^  \S/.test(l)).map((l) => l.trim().replace(/^\S+\s+/, ''));
    expect(summaries.length).toBeGreaterThan(5);
    for (const summary of summaries) expect(summary, summary).toMatch(/^[A-Z].*\.\)?$/);
  });

  it('prints the JSON contract on stdout and logs on stderr', () => {
    const r = zhenjie('extract', SAMPLE, '--format', 'json');
    expect(r.status).toBe(0);
    const kg = KnowledgeGraph.parse(JSON.parse(r.stdout));
    expect(kg.documents).toHaveLength(1);
    expect(kg.documents[0]!.chars).toBe(readFileSync(SAMPLE, 'utf8').length);
    expect(kg.entities.length).toBeGreaterThan(50);
    expect(r.stderr).toMatch(/read 1 document/);
  });

  it('prints a readable table per type', () => {
    const r = zhenjie('extract', 'graph/corpus', '--format', 'table');
    expect(r.status).toBe(0);
    for (const type of ['Official', 'Street', 'Project', 'Enterprise', 'Program', 'HEADS']) expect(r.stdout).toMatch(new RegExp(`^${type} \\(\\d+\\)$`, 'm'));
  });

  it('exports json, graphml, gexf and cypher that other tools can read', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'zhenjie-export-'));
    const r = zhenjie('export', SAMPLE, '--out', out);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['kg.cypher', 'kg.gexf', 'kg.graphml', 'kg.json']);
    const kg = KnowledgeGraph.parse(JSON.parse(readFileSync(path.join(out, 'kg.json'), 'utf8')));
    const gexfText = readFileSync(path.join(out, 'kg.gexf'), 'utf8');
    expect(gexfText).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    const gexf = parseGexf(MultiDirectedGraph, gexfText);
    expect(gexf.order).toBe(kg.entities.length);
    expect(gexf.size).toBe(kg.relations.length);
    const graphml = readFileSync(path.join(out, 'kg.graphml'), 'utf8');
    expect(graphml.match(/<node /g)).toHaveLength(kg.entities.length);
    const cypher = readFileSync(path.join(out, 'kg.cypher'), 'utf8');
    expect(cypher.match(/^MERGE \(n:/gm)).toHaveLength(kg.entities.length);
  });

  it('skips unreadable files with their path, and fails only when nothing can be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-bad-'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.html'), Buffer.from([0, 1, 2, 3, 0, 0]));
    const none = zhenjie('extract', dir);
    expect(none.status).toBe(3);
    expect(none.stderr).toContain(path.join(dir, 'empty.txt'));
    expect(none.stderr).toContain(path.join(dir, 'binary.html'));
    expect(none.stderr).toMatch(/nothing could be read/);
    const some = zhenjie('extract', dir, SAMPLE, '--format', 'table');
    expect(some.status).toBe(0);
    expect(some.stderr).toMatch(/skipped 2 file/);
  });

  it('rejects a bad option and a bad curation file with a clear message', () => {
    expect(zhenjie('extract', SAMPLE, '--format', 'xml').status).toBe(2);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zhenjie-cur-')), 'curation.yaml');
    writeFileSync(file, 'retype:\n  - { entity: Project/湘湖未来社区 }\n');
    const r = zhenjie('extract', SAMPLE, '--curation', file);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/retype\.0\.to/);
  });
});

describe('a long document', () => {
  it("reports which extractor runs inside it, as progress", async () => {
    const { buildGraph } = await import('../../src/pipeline.ts');
    const { EXTRACTORS } = await import('../../src/extract/index.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-long-'));
    writeFileSync(path.join(dir, 'long.txt'), '新塘街道党工委书记王立新出席会议。'.repeat(130_000));
    const steps: string[] = [];
    const { graph } = await buildGraph([dir], { curationPath: null, onProgress: (p) => p.step && steps.push(p.step) });
    expect(steps[0]).toBe(`long: credits (1/${EXTRACTORS.length})`);
    expect(steps.length).toBe(EXTRACTORS.length);
    expect(graph.relations.some((r) => r.type === 'HEADS')).toBe(true);
  });
});
