import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listInputFiles, normalizeText, parseHeader, readDocument, isProblem, toOriginal } from '../../src/read/index.ts';
import { findFurniture } from '../../src/page/index.ts';

const dir = () => mkdtempSync(path.join(tmpdir(), 'zhenjie-read-'));

describe('read', () => {
  it('splits a key: value header off as metadata', () => {
    const text = 'source: http://example.cn/a\ntitle: 标题\npartial: yes\n正文第一行。\n';
    const { meta, bodyStart } = parseHeader(text);
    expect(meta).toEqual({ source: 'http://example.cn/a', title: '标题', partial: 'yes' });
    expect(text.slice(bodyStart)).toBe('正文第一行。\n');
  });

  it('takes the first non-empty line as title when there is no header', () => {
    const d = dir();
    const file = path.join(d, 'a.txt');
    writeFileSync(file, '\n\n  深化社会治理 共享美好生活\n正文。');
    const doc = readDocument(file);
    expect(isProblem(doc)).toBe(false);
    if (!isProblem(doc)) expect(doc.title).toBe('深化社会治理 共享美好生活');
  });

  it('decodes GB18030 and UTF-8 with BOM to the same text', () => {
    const d = dir();
    const text = '新塘街道党工委书记邵意丽出席。';
    const gbk = Buffer.from([0xd0, 0xc2, 0xcc, 0xc1]); // 新塘 in GBK
    writeFileSync(path.join(d, 'gbk.txt'), Buffer.concat([gbk, Buffer.from('\n')]));
    writeFileSync(path.join(d, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const gb = readDocument(path.join(d, 'gbk.txt'));
    const bom = readDocument(path.join(d, 'bom.txt'));
    expect(!isProblem(gb) && gb.text.trim()).toBe('新塘');
    expect(!isProblem(bom) && bom.text).toBe(text);
  });

  it('reads UTF-8 with a stray GBK pair as UTF-8 with a warning, and GBK text as GB18030', () => {
    const d = dir();
    const utf = Buffer.from('新塘街道党工委书记王立新出席。');
    writeFileSync(path.join(d, 'stray.txt'), Buffer.concat([utf, Buffer.from([0xd0, 0xc2]), Buffer.from('城厢街道举行会议。')]));
    const doc = readDocument(path.join(d, 'stray.txt'));
    expect(isProblem(doc)).toBe(false);
    if (!isProblem(doc)) {
      expect(doc.text.startsWith('新塘街道党工委书记王立新出席。')).toBe(true);
      expect(doc.text.endsWith('城厢街道举行会议。')).toBe(true);
      expect(doc.warning).toMatch(/UTF-8 with 2 invalid byte sequences/);
    }
    // A whole GBK text (新塘街道 四次) has a bad UTF-8 sequence at every character: GB18030, no warning.
    const gbk = Buffer.from([0xd0, 0xc2, 0xcc, 0xc1, 0xbd, 0xd6, 0xb5, 0xc0]);
    writeFileSync(path.join(d, 'gbk.txt'), Buffer.concat([gbk, gbk, gbk, gbk]));
    const gb = readDocument(path.join(d, 'gbk.txt'));
    expect(!isProblem(gb) && gb.text).toBe('新塘街道'.repeat(4));
    expect(!isProblem(gb) && gb.warning).toBeUndefined();
  });

  it('reports binary, empty and undecodable files with their path', () => {
    const d = dir();
    writeFileSync(path.join(d, 'empty.txt'), '');
    writeFileSync(path.join(d, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    writeFileSync(path.join(d, 'latin.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    for (const name of ['empty.txt', 'bin.txt', 'latin.txt']) {
      const r = readDocument(path.join(d, name));
      expect(isProblem(r)).toBe(true);
      if (isProblem(r)) expect(r.file).toBe(path.join(d, name));
    }
  });

  it('walks folders recursively for .txt, .md and .html in a stable order', () => {
    const d = dir();
    mkdirSync(path.join(d, 'b', 'c'), { recursive: true });
    for (const f of ['z.txt', 'a.md', 'b/c/x.html', 'b/skip.pdf']) writeFileSync(path.join(d, f), '正文');
    const { files, problems } = listInputFiles([d, path.join(d, 'missing')]);
    expect(files.map((f) => path.relative(d, f))).toEqual(['a.md', path.join('b', 'c', 'x.html'), 'z.txt']);
    expect(problems).toEqual([{ file: path.join(d, 'missing'), message: 'no such file or folder' }]);
  });
});

describe('normalize', () => {
  it('rejoins a word split by a layout break and maps offsets back to the original', () => {
    const original = '高标准推进北干街道“党建综合体”建设,集成党群服务中心、“大综合一体化”指挥中心、“一网统管”智\n\n治中心等12项功能,力争在6月建成投用。';
    const norm = normalizeText(original);
    expect(norm.text).toContain('“一网统管”智治中心');
    const at = norm.text.indexOf('智治中心');
    const o = toOriginal(norm, at, at + 4);
    expect(original.slice(o.start, o.end)).toBe('智\n\n治中心');
  });

  it('keeps a short headline and an indented paragraph apart from the line before', () => {
    const original = '精细化治理 开拓共建共治共享新格局\n\n记者:全域平安善治是萧山今年将重点实施的十大行动之一。\n发布时间:2022-07-06  来源:萧山区人民政府  发布开发区:萧山临江\n  7月5日上午,项目开工。';
    const norm = normalizeText(original);
    expect(norm.text.split('\n')).toHaveLength(4);
  });

  it('unifies full-width punctuation and leaves out the furniture the page stage found (a QR-code prompt)', () => {
    const original = '洪泉良（城厢街道党工委副书记、办事处主任）\n扫描二维码查看更多精彩内容\n记者：问题？';
    const furniture = findFurniture(original);
    expect(furniture.map((f) => f.kind)).toEqual(['prompt']);
    const norm = normalizeText(original, 0, furniture);
    expect(norm.text).toBe('洪泉良(城厢街道党工委副书记、办事处主任)\n记者:问题?');
    const colon = norm.text.indexOf(':');
    expect(original[norm.map[colon]!]).toBe('：');
  });
});

describe('walking folders', () => {
  it('follows each real folder once (a symlink loop reads its file once) and reports an unreadable folder without aborting', () => {
    const d = mkdtempSync(path.join(tmpdir(), 'zhenjie-walk-'));
    chmodSync(d, 0o755);
    mkdirSync(path.join(d, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(d, 'a', 'one.txt'), '新塘街道党工委书记王立新出席。');
    symlinkSync(path.join(d, 'a'), path.join(d, 'a', 'b', 'loop'));
    symlinkSync(path.join(d, 'a', 'one.txt'), path.join(d, 'same.txt'));
    mkdirSync(path.join(d, 'locked'));
    writeFileSync(path.join(d, 'locked', 'secret.txt'), '某街道');
    chmodSync(d, 0o755);
    for (const dir of [path.join(d, 'a'), path.join(d, 'a', 'b')]) chmodSync(dir, 0o755);
    chmodSync(path.join(d, 'a', 'one.txt'), 0o644);
    chmodSync(path.join(d, 'locked'), 0o000);
    // As an unprivileged user (root reads any folder): setpriv where the tests run as root.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : [];
    const [cmd, ...args] = [...asUser, process.execPath, '--import', 'tsx', path.resolve('src/cli.ts'), 'extract', d, '--format', 'json'];
    const run = spawnSync(cmd!, args, { encoding: 'utf8', env: { ...process.env, TSX_TSCONFIG_PATH: path.resolve('tsconfig.json') } });
    chmodSync(path.join(d, 'locked'), 0o755);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/locked: cannot list this folder \(permission denied\); skipped/);
    const kg = JSON.parse(run.stdout);
    expect(kg.documents.map((doc: { id: string }) => doc.id)).toEqual(['one']);
  });
});
