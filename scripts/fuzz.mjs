// `npm run fuzz -- [--mutants N] [--seed N] [--max-seed-bytes N] [--findings DIR] [--keep-findings]`: the long
// mutation-fuzzing run of the Wasm reader/validator against V8 of Node 24 (the same engine and properties as
// __tests__/wasm-fuzz.test.ts, more mutants). It transpiles the fuzzer (__tests__/fixtures/fuzz-run.ts) and the
// sources it imports to plain JS under .cache/fuzz-build/ with the project's own TypeScript (no type check: that is
// `npm run typecheck`'s job), then runs it. Findings go to /tmp/fuzz-findings/ (<hash>.wasm + <hash>.txt). Before
// the run, findings already there are re-judged and removed once they no longer break a property (unless
// --keep-findings). Exit code 1 when a property is broken.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Transpile `entries` (paths of .ts files) and every .ts file they import relatively (`./x.js` → `./x.ts`), to
 * `outDir`, mirroring the tree under the repository root. Returns outDir.
 */
export async function transpileClosure(entries, outDir) {
  const ts = (await import('typescript')).default;
  const todo = entries.map((e) => resolve(e));
  const done = new Set();
  const importRe = /(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)\.js'/g;
  while (todo.length) {
    const file = todo.pop();
    if (done.has(file)) continue;
    done.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(importRe)) todo.push(resolve(dirname(file), `${m[1]}.ts`));
    const out = ts.transpileModule(src, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
    });
    const dest = join(outDir, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, out.outputText);
  }
  return outDir;
}

/** A fresh build directory under .cache/fuzz-build/ (removed by the caller). */
export function buildDir() {
  const base = join(ROOT, '.cache', 'fuzz-build');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, 'b-'));
}

function parseArgs(argv) {
  const opts = {
    mutants: 200_000,
    seed: 1,
    maxSeedBytes: 8 * 1024 * 1024,
    findings: '/tmp/fuzz-findings',
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--mutants') opts.mutants = Number(next());
    else if (a === '--seed') opts.seed = Number(next());
    else if (a === '--max-seed-bytes') opts.maxSeedBytes = Number(next());
    else if (a === '--findings') opts.findings = next();
    else if (a === '--keep-findings') opts.keep = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(opts.mutants) || opts.mutants < 1)
    throw new Error('--mutants must be a positive integer');
  if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(
      `::error::${e.message}. Usage: npm run fuzz -- [--mutants N] [--seed N] [--max-seed-bytes N]`,
    );
    process.exit(2);
  }
  const dir = buildDir();
  try {
    await transpileClosure([join(ROOT, '__tests__', 'fixtures', 'fuzz-cli.ts')], dir);
    const cli = await import(pathToFileURL(join(dir, '__tests__', 'fixtures', 'fuzz-cli.js')).href);
    process.exitCode = await cli.fuzzCli({ ...opts, buildDir: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
