// The CLI as one bundle of src/ and its pure-JavaScript packages (esbuild), so that a command does
// not pay for tsx transforming and Node resolving some 700 modules at every start (~1 s of a
// `zhenjie ingest` on the 2-core development machine, against ~0.3 s from the bundle).
//
// Never stale: the manifest (dist/cli.json) lists every file the bundle was made from and a digest
// of their contents as esbuild read them (this plugin reads them itself), and the launcher hashes
// those files again before every run (~5 MB, ~15 ms). Content, not size and mtime: an edit that
// keeps both, a checkout, an `npm install` that leaves 1985 mtimes in node_modules all show. A file
// the bundle never read cannot change it unless a file it read changes too (imports name their
// files whole, `.ts` included). Any mismatch: built again (~0.5 s), or, if that fails, run through
// tsx as before.
//
// Plain JavaScript: it runs before anything could transform TypeScript.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when what this file writes changes shape. */
const FORMAT = 1;
/** Packages left to Node: native code, and tools loaded only by commands that need them. */
const EXTERNAL = ['@node-rs/jieba', 'vite', 'tsx', 'tsx/*', 'esbuild', 'playwright-core'];
/** What `src/cli.ts` and a `--jobs` worker (src/pipeline/worker.ts) start from. */
const ENTRIES = { cli: 'src/cli.ts', worker: 'src/pipeline/worker.ts' };
/** Bundles no manifest names any more are removed once this old: a run that read the manifest just before may still start one. */
const STALE_MS = 10 * 60_000;

const SELF = fileURLToPath(import.meta.url);
export const DEFAULT_ROOT = path.resolve(path.dirname(SELF), '..');

const distOf = (root) => path.join(root, 'dist');
const manifestOf = (root) => path.join(distOf(root), 'cli.json');

/**
 * This builder's identity: its own code, esbuild's version and where node_modules really is (a
 * node_modules linked elsewhere is other packages, even where the files the bundle read still are).
 * A new builder builds again.
 */
function builderId(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const esbuild = JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version;
  let modules = 'none';
  try {
    modules = realpathSync(path.join(root, 'node_modules'));
  } catch {
    // no node_modules: esbuild cannot be resolved either, and the caller runs tsx
  }
  return `${FORMAT} ${esbuild} ${modules} ${createHash('sha1').update(readFileSync(SELF)).digest('hex')}`;
}

/** The digest of a bundle's inputs: the builder, then each input's path and bytes, in the manifest's order. */
function digestOf(builder, inputs, read) {
  const hash = createHash('sha1').update(builder);
  for (const input of inputs) hash.update(`\0${input}\0`).update(read(input));
  return hash.digest('hex');
}

/**
 * The bundle of the CLI as the sources are now, or null when there is none (or it is stale, or the
 * manifest is unreadable). Reads and hashes every input; never builds.
 */
export function freshBundle(root = DEFAULT_ROOT) {
  try {
    const manifest = JSON.parse(readFileSync(manifestOf(root), 'utf8'));
    if (manifest.format !== FORMAT) return null;
    const builder = builderId(root);
    if (manifest.builder !== builder) return null;
    const digest = digestOf(builder, manifest.inputs, (input) => readFileSync(path.resolve(root, input)));
    if (digest !== manifest.digest) return null;
    const cli = path.join(distOf(root), manifest.files.cli);
    statSync(cli);
    statSync(path.join(distOf(root), manifest.files.worker));
    return cli;
  } catch {
    return null;
  }
}

/**
 * Rewrites `import.meta.url` and `import.meta.dirname` in a source file to the file's own location,
 * so that code finding data beside it (graph/lexicon, queries/, the worker's entry) finds it from a
 * bundle in dist/ as from src/.
 */
function ownLocation(text, file, dist) {
  const rel = JSON.stringify(path.relative(dist, file).split(path.sep).join('/'));
  const out = text.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, what) =>
    what === 'url' ? `new URL(${rel}, import.meta.url).href` : what === 'dirname' ? `__zhenjieDirname(${rel}, import.meta.url)` : `__zhenjieFilename(${rel}, import.meta.url)`,
  );
  // Anything else of import.meta would be the bundle's, silently: refuse to build (tsx runs instead).
  const left = out.replace(/new URL\("[^"]*", import\.meta\.url\)|__zhenjie(Dirname|Filename)\("[^"]*", import\.meta\.url\)/g, '');
  if (/\bimport\.meta\b/.test(left)) throw new Error(`bin/cli-bundle: ${file} uses import.meta in a way the bundle cannot keep`);
  return out;
}

const BANNER = [
  "import { createRequire as __zhenjieCreateRequire } from 'node:module';",
  "import { fileURLToPath as __zhenjiePath } from 'node:url';",
  "import { dirname as __zhenjieDir } from 'node:path';",
  // Bundled CommonJS packages call require() for Node's modules.
  'const require = __zhenjieCreateRequire(import.meta.url);',
  'const __zhenjieFilename = (rel, base) => __zhenjiePath(new URL(rel, base));',
  'const __zhenjieDirname = (rel, base) => __zhenjieDir(__zhenjieFilename(rel, base));',
].join('\n');

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

/**
 * Builds the CLI's and the worker's bundles into dist/ and writes the manifest last (each file
 * written aside and renamed, so a reader meets a whole manifest naming whole bundles); returns the
 * CLI's bundle. Concurrent builds of the same sources write the same files.
 */
export async function buildBundle(root = DEFAULT_ROOT) {
  const require = createRequire(path.join(root, 'package.json'));
  const { build } = await import(require.resolve('esbuild'));
  const dist = distOf(root);
  const builder = builderId(root);
  // Every file esbuild reads, read here: the digest is of the very bytes it bundled.
  const read = new Map();
  const plugin = {
    name: 'zhenjie-inputs',
    setup(b) {
      b.onLoad({ filter: /.*/ }, (args) => {
        const loader = LOADERS[path.extname(args.path)];
        if (!loader) throw new Error(`bin/cli-bundle: no loader for ${args.path}`);
        const bytes = readFileSync(args.path);
        read.set(path.relative(root, args.path).split(path.sep).join('/'), bytes);
        const own = !path.relative(root, args.path).split(path.sep).includes('node_modules');
        return { contents: own ? ownLocation(bytes.toString('utf8'), args.path, dist) : bytes, loader };
      });
    },
  };
  const outputs = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: EXTERNAL,
      // The CLI's bundle names the worker's, beside it (src/pipeline/workers.ts reads it).
      banner: { js: name === 'cli' ? `${BANNER}\nglobalThis.zhenjieWorkerBundle = new URL(import.meta.url.replace(/\\.mjs$/, '.worker.mjs'));` : BANNER },
      plugins: [plugin],
      write: false,
      outfile: path.join(dist, `${name}.mjs`),
      logLevel: 'silent',
    });
    outputs[name] = result.outputFiles[0].contents;
  }
  const inputs = [...read.keys()].sort();
  const digest = digestOf(builder, inputs, (input) => read.get(input));
  const files = { cli: `cli-${digest}.mjs`, worker: `cli-${digest}.worker.mjs` };
  mkdirSync(dist, { recursive: true });
  const writeAside = (name, bytes) => {
    const tmp = path.join(dist, `${name}.${process.pid}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, path.join(dist, name));
  };
  writeAside(files.worker, outputs.worker);
  writeAside(files.cli, outputs.cli);
  writeAside('cli.json', JSON.stringify({ format: FORMAT, builder, digest, files, inputs }, null, 1));
  removeOld(dist, new Set(Object.values(files)));
  return path.join(dist, files.cli);
}

function removeOld(dist, keep) {
  for (const name of readdirSync(dist)) {
    if (!/^cli-[0-9a-f]{40}(\.worker)?\.mjs$/.test(name) || keep.has(name)) continue;
    const file = path.join(dist, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
    } catch {
      // removed by another run
    }
  }
}

/**
 * What `node` runs for the CLI: the fresh bundle, built first when it is missing or stale; the
 * sources through tsx when it cannot be built (or ZHENJIE_BUNDLE=0).
 */
export async function cliEntry(root = DEFAULT_ROOT) {
  const viaTsx = () => {
    const require = createRequire(path.join(root, 'package.json'));
    return ['--import', `file://${require.resolve('tsx')}`, path.join(root, 'src', 'cli.ts')];
  };
  if (process.env.ZHENJIE_BUNDLE === '0') return viaTsx();
  const fresh = freshBundle(root);
  if (fresh) return [fresh];
  try {
    return [await buildBundle(root)];
  } catch {
    // A syntax error, a read-only install: tsx runs the sources and reports what is wrong, if anything.
    return viaTsx();
  }
}

// `node bin/cli-bundle.js`: build now (npm's `prepare`); never fails an install.
if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  try {
    if (!freshBundle()) await buildBundle();
  } catch (error) {
    process.stderr.write(`zhenjie: the CLI bundle was not built (${error.message}); commands run through tsx until it can be\n`);
  }
}
