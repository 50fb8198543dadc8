// Benchmark of the blob cache (issue 6), per module size (1 MiB and 64 MiB by default, env BENCH_CACHE_SIZES):
//   cold: an empty cache; the bundled action publishes to repository A (main), then post saves the blob store;
//   warm: a fresh job (same RUNNER_TEMP path, emptied) publishes the same module to repository B of the same registry:
//         main restores the cache and mounts the blobs from A instead of uploading them.
// Real parts: `node dist/index.js` run as the runner runs main and post (INPUT_*, GITHUB_STATE -> STATE_*), a local
// docker-registry behind the counting proxy (blob bytes uploaded = request-body bytes to `/blobs/` paths), and the
// cache-service v2 stand-in with Azurite (the test fixtures, transpiled on the fly). Wall time and peak RSS with
// `/usr/bin/time -f '%e %M'`. Prints a table and appends a "Blob cache" section to docs/benchmarks.md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MiB, writeModule } from './module.mjs';

const SIZES = (process.env.BENCH_CACHE_SIZES ?? '1,64').split(',').map((s) => Number(s.trim()));
const ROOT = resolve(process.cwd());
const TIME = '/usr/bin/time';

/** Load the TypeScript test fixtures (registry, fault proxy, cache service, action runner) as ESM, transpiled into node_modules/.cache. */
async function loadFixtures() {
  const ts = (await import('typescript')).default;
  const out = join(ROOT, 'node_modules', '.cache', 'wasm-oci-bench', 'fixtures');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '..', 'package.json'), '{ "type": "module" }\n');
  // Fixtures may register Jest hooks (e.g. the action runner's afterEach); outside Jest they are no-ops.
  writeFileSync(
    join(out, 'jest-globals.js'),
    'const hook = () => {};\nexport const afterEach = hook, afterAll = hook, beforeEach = hook, beforeAll = hook;\n',
  );
  for (const name of ['registry', 'fault-proxy', 'cache-service', 'action']) {
    const src = readFileSync(join(ROOT, '__tests__', 'fixtures', `${name}.ts`), 'utf8');
    const js = ts
      .transpileModule(src, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      })
      .outputText.replace(/from '@jest\/globals'/g, "from './jest-globals.js'");
    writeFileSync(join(out, `${name}.js`), js);
  }
  const load = (name) => import(pathToFileURL(join(out, `${name}.js`)).href);
  return {
    registry: await load('registry'),
    proxy: await load('fault-proxy'),
    cache: await load('cache-service'),
    action: await load('action'),
  };
}

/**
 * One step of the action under /usr/bin/time, asynchronously (the counting proxy runs in this process).
 * Returns { seconds, rssMiB, stdout, state, outputs }.
 */
/** The runner's file-command parser, from the test fixtures (set once they are loaded). */
let parseFileCommands;

function step(env) {
  const files = mkdtempSync(join(env.RUNNER_TEMP, 'files-'));
  const f = {};
  for (const name of ['output', 'state', 'summary']) {
    f[name] = join(files, name);
    writeFileSync(f[name], '');
  }
  const full = { ...env, GITHUB_OUTPUT: f.output, GITHUB_STATE: f.state, GITHUB_STEP_SUMMARY: f.summary };
  return new Promise((res, rej) => {
    const child = spawn(TIME, ['-f', '%e %M', process.execPath, join(ROOT, 'dist', 'index.js')], {
      env: full,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', rej);
    child.on('close', (code) => {
      const lines = stderr.trim().split('\n');
      const m = /^([\d.]+) (\d+)$/.exec(lines[lines.length - 1] ?? '');
      if (code !== 0 || !m) {
        rej(new Error(`the action failed (${code}):\n${stderr.slice(-2000)}\n${stdout.slice(-4000)}`));
        return;
      }
      res({
        seconds: Number(m[1]),
        rssMiB: Number(m[2]) / 1024,
        stdout,
        state: parseFileCommands(readFileSync(f.state, 'utf8')),
        outputs: parseFileCommands(readFileSync(f.output, 'utf8')),
      });
    });
  });
}

function baseEnv({ runnerTemp, workspace, modulePath, registry, repository, cacheEnv }) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? '/root',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/bench',
    GITHUB_ACTOR: 'bench',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    SOURCE_DATE_EPOCH: '1767225600',
    INPUT_MODULE: modulePath,
    INPUT_REGISTRY: registry,
    INPUT_REPOSITORY: repository,
    INPUT_TAGS: 'v1',
    'INPUT_PLAIN-HTTP': 'true',
    INPUT_PUSH: 'true',
    'INPUT_ROOT-IDS': 'add_header',
    'INPUT_RUNTIME-TYPE': 'envoy_proxy',
    INPUT_PASSWORD: '',
    INPUT_SIGNING: 'none',
    INPUT_CACHE: 'true',
    INPUT_SUMMARY: 'false',
    ...cacheEnv,
  };
}

/** A job: main, then post with the state main saved; the same RUNNER_TEMP path each job, emptied first. */
async function job(proxy, opts) {
  rmSync(opts.runnerTemp, { recursive: true, force: true });
  mkdirSync(opts.runnerTemp, { recursive: true });
  const mark = proxy.records.length;
  const env = baseEnv(opts);
  const main = await step(env);
  const blobBytes = proxy.records
    .slice(mark)
    .filter((r) => /\/blobs\//.test(r.path))
    .reduce((n, r) => n + r.bodyBytes, 0);
  const state = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]));
  const post = await step({ ...env, ...state });
  return { main, post, blobBytes, cacheHit: main.outputs['cache-hit'] };
}

const secs = (t) => `${t.seconds.toFixed(2)} s / ${t.rssMiB.toFixed(0)} MiB`;
const bytes = (n) => (n >= MiB ? `${(n / MiB).toFixed(1)} MiB` : `${n} B`);

export async function runCacheBench() {
  if (!existsSync(TIME)) throw new Error('/usr/bin/time is missing: apt-get install -y time');
  const dist = join(ROOT, 'dist', 'index.js');
  if (!existsSync(dist)) {
    console.error('dist/index.js not found: the cache benchmark is skipped');
    return [];
  }
  const fx = await loadFixtures();
  parseFileCommands = fx.action.parseFileCommands;
  const work = mkdtempSync(join(tmpdir(), 'wasm-oci-bench-cache-'));
  const workspace = join(work, 'workspace');
  mkdirSync(workspace);
  const reg = await fx.registry.startRegistry();
  const proxy = await fx.proxy.startFaultProxy(reg.host);
  const svc = await fx.cache.startCacheService();
  const base = execFileSync('wat2wasm', [join(ROOT, 'examples', 'filter', 'filter.wat'), '--output=-']);
  const rows = [];
  try {
    for (const mib of SIZES) {
      const modulePath = join(workspace, `filter-${mib}m.wasm`);
      writeModule(modulePath, mib * MiB, base);
      const common = {
        runnerTemp: join(work, 'runner-temp'),
        workspace,
        modulePath,
        registry: proxy.host,
        cacheEnv: svc.env,
      };
      const cold = await job(proxy, { ...common, repository: `bench/cache-${mib}m-a` });
      const entry = svc.entries.find((e) => e.complete && cold.post.stdout.includes(`saved as ${e.key}`));
      if (!entry) throw new Error(`the cold run did not save the cache:\n${cold.post.stdout.slice(-3000)}`);
      const warm = await job(proxy, { ...common, repository: `bench/cache-${mib}m-b` });
      if (warm.cacheHit !== 'true') throw new Error(`the warm run missed the cache:\n${warm.main.stdout}`);
      rows.push({ mib, run: 'cold (empty cache, repository A)', ...cold, archive: entry.sizeBytes });
      rows.push({ mib, run: 'warm (restored, repository B)', ...warm, archive: entry.sizeBytes });
      rmSync(modulePath, { force: true });
      console.error(`cache ${mib} MiB done`);
    }
  } finally {
    await svc.stop();
    await proxy.stop();
    await reg.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const table = [
    '| module | run | main (restore + publish) | post (save) | blob bytes uploaded | cache-hit |',
    '|---:|---|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.mib} MiB | ${r.run} | ${secs(r.main)} | ${secs(r.post)} | ${bytes(r.blobBytes)} | ${r.cacheHit} |`,
    ),
  ].join('\n');
  console.log(`\nBlob cache: second run with a warm cache vs cold\n${table}`);
  const section = [
    '## Blob cache (second run, warm vs cold)',
    '',
    'The bundled action run as the runner runs main and post, with the cache service v2 stand-in (Twirp + Azurite) and',
    '`@actions/cache` 6.3: a cold run (empty cache) publishes to repository A and post saves the blob store; a warm',
    'run (a fresh job, same module and inputs) restores it and publishes to repository B of the same registry, where',
    'the blobs are mounted from A instead of uploaded. Blob bytes uploaded are request-body bytes to `/blobs/` paths,',
    'counted at a proxy in front of the registry; the manifest PUT is not counted. Each cell: wall time / peak RSS.',
    'Regenerate with `npm run bench` (sizes via `BENCH_CACHE_SIZES=1,64`).',
    '',
    table,
    '',
    `Cache entry sizes (tar + zstd; the filler is one random MiB repeated, which zstd partly compresses): ${[...new Set(rows.map((r) => `${r.mib} MiB → ${bytes(r.archive)}`))].join(', ')}.`,
    '',
  ].join('\n');
  const target = join(ROOT, 'docs', 'benchmarks.md');
  const before = existsSync(target) ? readFileSync(target, 'utf8') : '# Benchmarks\n';
  const kept = before.split(/\n## Blob cache/)[0].trimEnd();
  let doc = `${kept}\n\n${section}`;
  try {
    const prettier = await import('prettier');
    doc = await prettier.format(doc, { ...(await prettier.resolveConfig(target)), filepath: target });
  } catch {
    /* prettier missing: keep the raw table */
  }
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(target, doc);
  return rows;
}

// `node bench/cache.mjs` runs this benchmark alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCacheBench().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
