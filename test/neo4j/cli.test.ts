/** The Neo4j commands as a user runs them: exit codes, messages, stdout/stderr. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphCounts, type Connection } from '../../src/write/index.ts';
import { useEmptyDatabase } from './graphs.ts';

function zhenjie(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let conn: Connection;
useEmptyDatabase((c) => (conn = c));

describe('zhenjie ingest / query / cypher / remove', () => {
  it('with Neo4j down: names the URI and how to start one, exits 4, still writes the exports, never prints the password', () => {
    const out = mkdtempSync(join(tmpdir(), 'zhenjie-out-'));
    const run = zhenjie(['ingest', 'graph/corpus', '--out', out], {
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'pa55-never-shown',
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('bolt://127.0.0.1:1');
    expect(run.stderr).toContain('npm run neo4j');
    expect(run.stderr).toContain('docker compose up -d');
    expect(run.stdout + run.stderr).not.toContain('pa55-never-shown');
    expect(existsSync(join(out, 'kg.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'kg.json'), 'utf8')).entities.length).toBeGreaterThan(0);
  });

  it('ingest --dry-run prints the plan and writes nothing; ingest writes and prints the ledger entry', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zhenjie-out-'));
    const dry = zhenjie(['ingest', 'graph/corpus', '--out', out, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run \(nothing written\)/);
    expect(dry.stdout).toMatch(/documents: 1 added/);
    expect(dry.stderr).toMatch(/0 document\(s\) from the cache, 1 extracted/);
    expect((await graphCounts(conn)).entities).toBe(0);

    const real = zhenjie(['ingest', 'graph/corpus', '--out', out, '--batch-size', '10']);
    expect(real.code).toBe(0);
    expect(real.stderr).toContain('neo4j: writing to bolt://');
    expect(real.stdout).toMatch(/documents: 1 added, 0 changed, 0 unchanged, 0 removed/);
    const entities = (await graphCounts(conn)).entities;
    expect(entities).toBeGreaterThan(0);
    // The dry run filled the extraction cache under --out: nothing was extracted again.
    expect(real.stderr).toMatch(/1 document\(s\) from the cache, 0 extracted/);
    const again = zhenjie(['ingest', 'graph/corpus', '--out', out]);
    expect(again.stdout).toMatch(/documents: 0 added, 0 changed, 1 unchanged, 0 removed/);
    expect(again.stdout).toMatch(/same input digest\): nothing planned or written/);
    // Not even built: the inputs' digest matched the exports' record and Neo4j's digest.
    expect(again.stderr).toMatch(/inputs unchanged since the exports/);
    expect(again.stderr).not.toMatch(/read 1 document/);
    const cold = zhenjie(['ingest', 'graph/corpus', '--out', out, '--cache', 'none']);
    expect(cold.stderr).not.toMatch(/from the cache/);
    expect(cold.stdout).toMatch(/1 unchanged/);
    expect((await graphCounts(conn)).entities).toBe(entities);

    // Again, nothing changed: the summary's time is the run's (schema, reading, planning), never 0.00 s.
    const timed = zhenjie(['ingest', 'graph/corpus', '--out', out]);
    expect(timed.stdout).toMatch(/documents: 0 added, 0 changed, 1 unchanged/);
    expect(Number(timed.stdout.match(/ in (\d+\.\d+) s,/)?.[1])).toBeGreaterThan(0);

    const history = zhenjie(['ingest', '--history']);
    expect(history.code).toBe(0);
    expect(history.stdout.trim().split('\n').map((l) => JSON.parse(l).command)).toContain('ingest');
  });

  it('query runs a named question in table, json and csv', () => {
    const table = zhenjie(['query', 'shared-initiatives', '--param', 'min=4']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('大综合一体化行政执法改革');
    const json = JSON.parse(zhenjie(['query', 'shared-initiatives', '--param', 'min=4', '--format', 'json']).stdout);
    expect(json.map((r: { program: string }) => r.program)).toContain('大综合一体化行政执法改革');
    const csv = zhenjie(['query', 'officials-streets', '-f', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('official,title,street,documents');
    expect(csv.length).toBe(7);
  });

  it('query --list lists the questions with their parameters; a bad question or parameter exits 2', () => {
    const list = zhenjie(['query', '--list']);
    expect(list.code).toBe(0);
    for (const name of ['officials-streets', 'shared-initiatives', 'street-similarity', 'search', 'evidence']) expect(list.stdout).toContain(name);
    expect(list.stdout).toContain('--param min=2');
    expect(zhenjie(['query', 'nope']).code).toBe(2);
    expect(zhenjie(['query', 'shared-initiatives', '--param', 'min']).code).toBe(2);
  });

  it('cypher reads, and refuses a write with exit 2 and a clear message', async () => {
    const read = zhenjie(['cypher', 'MATCH (s:Street) RETURN count(s) AS streets', '-f', 'json']);
    expect(JSON.parse(read.stdout)).toEqual([{ streets: 6 }]);
    const before = await graphCounts(conn);
    const write = zhenjie(['cypher', 'MATCH (n) DETACH DELETE n']);
    expect(write.code).toBe(2);
    expect(write.stderr).toMatch(/refused: DELETE writes to the database/);
    const huge = zhenjie(['cypher', 'UNWIND range(1, 100000000) AS x RETURN x', '-f', 'csv', '--max-rows', '3']);
    expect(huge.code).toBe(0);
    expect(huge.stdout.trim().split('\n')).toEqual(['x', '1', '2', '3']);
    expect(huge.stderr).toMatch(/more than 3 rows/);
    const json = zhenjie(['cypher', 'UNWIND range(1, 100000000) AS x RETURN x', '-f', 'json', '--max-rows', '2']);
    expect(JSON.parse(json.stdout)).toEqual([{ x: 1 }, { x: 2 }]);
    // Parameters read as written: `LIMIT $n` gets the integer 3, a quoted "3" stays a string.
    const limited = zhenjie(['cypher', 'UNWIND range(1, 10) AS x RETURN x LIMIT $n', '--param', 'n=3', '-f', 'json']);
    expect(limited.stderr).toBe('');
    expect(JSON.parse(limited.stdout)).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    const kinds = zhenjie(['cypher', 'RETURN $a AS a, $b AS b, $c AS c, $d AS d, $e AS e', '-p', 'a=3', '-p', 'b=1.5', '-p', 'c=true', '-p', 'd="3"', '-p', 'e=007', '-f', 'json']);
    expect(JSON.parse(kinds.stdout)).toEqual([{ a: 3, b: 1.5, c: true, d: '3', e: '007' }]);
    const admin = zhenjie(['cypher', 'SHOW SETTINGS']);
    expect(admin.code).toBe(2);
    expect(admin.stderr).toMatch(/refused: SHOW is an administration command; this console runs queries only/);
    expect(await graphCounts(conn)).toEqual(before);
  });

  it('remove takes a document out by file name; an unknown one exits 3', async () => {
    expect(zhenjie(['remove', 'no-such.txt']).code).toBe(3);
    const run = zhenjie(['remove', 'xiaoshan-zhenjie-column.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 removed/);
    expect(await graphCounts(conn)).toMatchObject({ entities: 0, documents: 0 });
  });
  it('ingest of an unchanged folder builds nothing; an edited article is extracted and written again, alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhenjie-articles-'));
    const out = mkdtempSync(join(tmpdir(), 'zhenjie-out-'));
    writeFileSync(join(dir, 'a.txt'), '以“五星护航”机制为抓手,推进龙湖科创园建设。\n');
    writeFileSync(join(dir, 'b.txt'), '义桥镇党委书记陈立新表示,将继续深化五星护航机制,服务龙湖科创园企业。\n');
    expect(zhenjie(['ingest', dir, '--out', out]).stdout).toMatch(/documents: 2 added/);
    const same = zhenjie(['ingest', dir, '--out', out]);
    expect(same.stderr).toMatch(/inputs unchanged since the exports/);
    expect(same.stdout).toMatch(/0 added, 0 changed, 2 unchanged/);

    writeFileSync(join(dir, 'b.txt'), '义桥镇党委书记陈立新表示,将继续深化五星护航机制。\n');
    const edited = zhenjie(['ingest', dir, '--out', out]);
    expect(edited.stderr).toMatch(/1 document\(s\) from the cache, 1 extracted/);
    expect(edited.stdout).toMatch(/0 added, 1 changed, 1 unchanged/);
    const [park] = (await conn.driver.executeQuery('MATCH (d:Document)-[:MENTIONS]->(:Entity {name: "龙湖科创园"}) RETURN collect(d.id) AS docs')).records;
    expect(park!.get('docs')).toEqual(['a']);

    // An article naming only what the graph knows: added to the last build's graph, written alone.
    writeFileSync(join(dir, 'c.txt'), '以“五星护航”机制为抓手,推进龙湖科创园建设。\n');
    const added = zhenjie(['ingest', dir, '--out', out]);
    expect(added.stderr).toMatch(/1 new document\(s\) added to the last build's graph/);
    expect(added.stdout).toMatch(/1 added, 0 changed, 2 unchanged/);
    const [docs] = (await conn.driver.executeQuery('MATCH (d:Document)-[:MENTIONS]->(:Entity {name: "龙湖科创园"}) RETURN collect(d.id) AS docs')).records;
    expect([...docs!.get('docs')].sort()).toEqual(['a', 'c']);
  });
});
