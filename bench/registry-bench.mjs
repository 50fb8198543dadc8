// The publishing benchmark (issue 11): the bundled action against its peers, measured side by side in one run.
//   publish:  the action (`node dist/index.js`, configured as on a runner) | skopeo copy of the packaged OCI layout |
//             the full curl push script (bench/curl-push.sh) | an oras-go 1.1 push (bench/oras-push, built offline)
//   no-op re-push (every blob already there): the action vs skopeo's second copy
//   5 tags vs 1 tag; dry run of a small filter vs `node -e 0`; post step with nothing to save vs `node -e 0`
//   validation cost: `inspectModule` alone (bench/inspect-entry.ts bundled with ncc)
// Every case of a run gets a module with new random content (a new digest) written just before it, and its own
// repository in a registry started fresh for the run; the cases of a run are shuffled; min/median/max over the runs.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MiB, writeModule } from './module.mjs';
import { requireTime, shuffle, stats, timed } from './measure.mjs';
import { buildOras, skopeoArgs, startRegistry, writeArtifact } from './peers.mjs';
import { machine, printAndWrite } from './report.mjs';

const ROOT = resolve(process.cwd());

function config(quick) {
  const list = (v, d) => (v ?? d).split(',').map((s) => Number(s.trim()));
  return {
    quick,
    runs: Number(process.env.BENCH_RUNS ?? (quick ? 2 : 7)),
    sizes: list(process.env.BENCH_SIZES, quick ? '1,16' : '1,16,64,256'),
    noopMiB: quick ? 16 : 64,
    inspectSizes: list(process.env.BENCH_INSPECT_SIZES, quick ? '1,16' : '1,64,256'),
    only: process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined,
  };
}

/** Node for the action and its `node -e 0` baseline: Node 24 (action.yml's runtime) when available, else this one. */
async function actionNode() {
  if (process.env.BENCH_NODE) return process.env.BENCH_NODE;
  try {
    const { node24Path } = await import('../scripts/node24.mjs');
    return node24Path();
  } catch (e) {
    console.error(`Node 24 unavailable (${e.message}); using ${process.execPath}`);
    return process.execPath;
  }
}

/** A workspace with one git commit, as actions/checkout leaves it; returns its commit sha. */
function makeWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
  git('init', '-q');
  writeFileSync(join(dir, 'README.md'), 'bench\n');
  git('add', 'README.md');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'bench');
  return git('rev-parse', 'HEAD');
}

/** The step environment the runner builds: GITHUB_*, RUNNER_*, file commands, and every input with its default. */
function runnerEnv(ctx, inputs, extra = {}) {
  const runnerTemp = mkdtempSync(join(ctx.work, 'runner-'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ctx.workspace,
    GITHUB_REPOSITORY: 'acme/bench',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_ACTOR: 'bench',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: ctx.eventPath,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_SHA: ctx.sha,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'bench',
    GITHUB_WORKFLOW_REF: 'acme/bench/.github/workflows/bench.yml@refs/heads/main',
    GITHUB_JOB: 'bench',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
  };
  for (const f of ['OUTPUT', 'STATE', 'STEP_SUMMARY', 'ENV', 'PATH']) {
    env[`GITHUB_${f}`] = join(runnerTemp, f.toLowerCase());
    writeFileSync(env[`GITHUB_${f}`], '');
  }
  for (const [k, v] of Object.entries({ ...ctx.defaults, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  return { ...env, ...extra };
}

/** action.yml's input defaults, with the expressions a runner would substitute here. */
async function inputDefaults() {
  const { parse } = await import('yaml');
  const spec = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const subst = { 'github.repository': 'acme/bench', 'github.actor': 'bench', 'github.token': '' };
  return Object.fromEntries(
    Object.entries(spec.inputs ?? {}).map(([k, v]) => [
      k,
      String(v.default ?? '').replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, e) => subst[e] ?? ''),
    ]),
  );
}

function pushInputs(ctx, modulePath, repository, tags = 'v1') {
  return {
    module: modulePath,
    registry: ctx.reg.host,
    repository,
    tags,
    'plain-http': 'true',
    push: 'true',
    'root-ids': 'add_header',
    password: '',
    signing: 'none',
    cache: 'false',
  };
}

async function expectTag(ctx, repository, tag) {
  const res = await fetch(`${ctx.reg.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  if (res.status !== 200)
    throw new Error(`${repository}:${tag} was not pushed (HEAD answered ${res.status})`);
}

/**
 * The cases of one run; each has a sample key and `measure`, which writes its fresh input untimed, then returns the
 * timed sample (or undefined when the case was skipped).
 */
function cases(ctx, cfg, run) {
  const h = {
    fresh: (name, mib) => {
      const p = join(ctx.work, `${name}-r${run}.wasm`);
      writeModule(p, mib * MiB, ctx.base);
      return p;
    },
    action: (inputs, extra) => timed(ctx.node, [ctx.dist], { env: runnerEnv(ctx, inputs, extra) }),
  };
  return [...publishCases(ctx, cfg, run, h), ...otherCases(ctx, cfg, run, h), ...inspectCases(ctx, cfg, h)];
}

/** Full publish of a fresh module at every size: the action and each peer. */
function publishCases(ctx, cfg, run, { fresh, action }) {
  const list = [];
  for (const mib of cfg.sizes) {
    const repo = (tool) => `bench/${tool}-${mib}m-r${run}`;
    list.push({
      key: `publish:${mib}:action`,
      async measure() {
        const m = fresh(`action-${mib}`, mib);
        const t = action(pushInputs(ctx, m, repo('action')));
        await expectTag(ctx, repo('action'), 'v1');
        return t;
      },
    });
    list.push({
      key: `publish:${mib}:skopeo`,
      async measure() {
        const a = await writeArtifact(
          join(ctx.work, `layout-${mib}-r${run}`),
          fresh(`skopeo-${mib}`, mib),
          mib * MiB,
        );
        const t = timed('skopeo', skopeoArgs(a.layout, ctx.reg.host, repo('skopeo')), { env: ctx.toolEnv });
        await expectTag(ctx, repo('skopeo'), 'v1');
        return t;
      },
    });
    list.push({
      key: `publish:${mib}:curl`,
      async measure() {
        const m = fresh(`curl-${mib}`, mib);
        const a = await writeArtifact(join(ctx.work, `curl-${mib}-r${run}`), m, mib * MiB);
        const args = [ctx.reg.url, repo('curl'), 'v1', a.configPath, a.configDigest, m, a.moduleDigest];
        const t = timed('bash', [ctx.curlScript, ...args, a.manifestPath], { env: ctx.toolEnv });
        await expectTag(ctx, repo('curl'), 'v1');
        return t;
      },
    });
    if (ctx.oras.path) {
      list.push({
        key: `publish:${mib}:oras`,
        async measure() {
          const m = fresh(`oras-${mib}`, mib);
          const t = timed(ctx.oras.path, [`${ctx.reg.host}/${repo('oras')}:v1`, m], { env: ctx.toolEnv });
          await expectTag(ctx, repo('oras'), 'v1');
          return t;
        },
      });
    }
  }
  return list;
}

/** No-op re-push (action vs skopeo), 5 tags vs 1, and the start-up baselines. */
function otherCases(ctx, cfg, run, { fresh, action }) {
  const list = [];
  const noop = cfg.noopMiB;
  list.push({
    key: 'noop:action',
    async measure() {
      const m = fresh('noop-action', noop);
      const inputs = pushInputs(ctx, m, `bench/noop-action-r${run}`);
      action(inputs);
      return action(inputs);
    },
  });
  list.push({
    key: 'noop:skopeo',
    async measure() {
      const a = await writeArtifact(
        join(ctx.work, `noop-layout-r${run}`),
        fresh('noop-skopeo', noop),
        noop * MiB,
      );
      timed('skopeo', skopeoArgs(a.layout, ctx.reg.host, `bench/noop-skopeo-r${run}`), { env: ctx.toolEnv });
      return timed('skopeo', skopeoArgs(a.layout, ctx.reg.host, `bench/noop-skopeo-r${run}`), {
        env: ctx.toolEnv,
      });
    },
  });
  for (const [n, tags] of [
    [1, '1.2.3'],
    [5, '1.2.3,1.2,1,latest,sha-0123456'],
  ]) {
    list.push({
      key: `tags:${n}`,
      async measure() {
        const t = action(pushInputs(ctx, fresh(`tags${n}`, 1), `bench/tags${n}-r${run}`, tags));
        for (const tag of tags.split(',')) await expectTag(ctx, `bench/tags${n}-r${run}`, tag);
        return t;
      },
    });
  }
  const filter = join(ROOT, 'examples', 'filter', 'filter.wasm');
  list.push({
    key: 'startup:dry-run',
    measure: async () => action({ ...pushInputs(ctx, filter, 'bench/dry'), push: 'false' }),
  });
  list.push({
    key: 'startup:post',
    measure: async () => action({ module: filter }, { STATE_isPost: 'true' }),
  });
  list.push({ key: 'startup:node', measure: async () => timed(ctx.node, ['-e', '0'], { env: ctx.toolEnv }) });
  return list;
}

/** The validation cost: `inspectModule` alone over fresh modules. */
function inspectCases(ctx, cfg, { fresh }) {
  const list = [];
  if (ctx.inspect.path) {
    for (const mib of cfg.inspectSizes) {
      list.push({
        key: `inspect:${mib}`,
        async measure() {
          try {
            const t = timed(ctx.node, [ctx.inspect.path, fresh(`inspect-${mib}`, mib)], { env: ctx.toolEnv });
            return { ...t, seconds: JSON.parse(t.stdout).ms / 1000 };
          } catch (e) {
            // The probe is built from the working tree (transpiled only): a half-edited src/wasm/ skips this row.
            const note = `validation cost at ${mib} MiB skipped: ${String(e.message).split('\n').slice(0, 6).join(' ')}`;
            if (!ctx.notes.some((n) => n.startsWith('validation cost at')))
              ctx.notes.push(note.slice(0, 600));
            return undefined;
          }
        },
      });
    }
  }
  return list;
}

/** Bundle the validation-cost probe (transpile only: independent of type errors elsewhere in the tree). */
function buildInspect(outDir) {
  const out = join(outDir, 'inspect');
  try {
    rmSync(out, { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [
        'node_modules/@vercel/ncc/dist/ncc/cli.js',
        'build',
        'bench/inspect-entry.ts',
        '-o',
        out,
        '-t',
        '--quiet',
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
    return { path: join(out, 'index.js') };
  } catch (e) {
    return {
      note: `validation cost skipped: bench/inspect-entry.ts did not bundle: ${String(e.stderr ?? e).slice(-400)}`,
    };
  }
}

export async function runBench({ quick = false } = {}) {
  requireTime();
  const loadAtStart = loadavg()[0];
  const cfg = config(quick);
  const dist = resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist', 'index.js'));
  if (!existsSync(dist)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
  const cacheDir = join(ROOT, '.cache', 'bench');
  mkdirSync(cacheDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'wasm-oci-bench-'));
  const ctx = {
    work,
    dist,
    node: await actionNode(),
    toolEnv: { PATH: process.env.PATH, HOME: process.env.HOME ?? '/root' },
    curlScript: join(ROOT, 'bench', 'curl-push.sh'),
    base: readFileSync(join(ROOT, 'examples', 'filter', 'filter.wasm')),
    oras: buildOras(ROOT, cacheDir),
    inspect: buildInspect(cacheDir),
    defaults: await inputDefaults(),
    workspace: join(work, 'workspace'),
    eventPath: join(work, 'event.json'),
  };
  ctx.sha = makeWorkspace(ctx.workspace);
  writeFileSync(ctx.eventPath, JSON.stringify({ ref: 'refs/heads/main', inputs: {} }));
  const notes = [ctx.oras.note, ctx.inspect.note].filter(Boolean);
  ctx.notes = notes;
  for (const n of notes) console.error(n);
  const samples = {};
  const started = Date.now();
  try {
    for (let run = 0; run < cfg.runs; run++) {
      ctx.reg = await startRegistry(join(work, `registry-r${run}`));
      try {
        for (const c of shuffle(cases(ctx, cfg, run).filter((x) => !cfg.only || cfg.only.test(x.key)))) {
          const t = await c.measure();
          if (t) (samples[c.key] ??= []).push(t);
          for (const f of readdirSync(work)) {
            if (/^(?:.+\.wasm|layout-.*|curl-.*|noop-layout-.*|runner-.*)$/.test(f)) {
              rmSync(join(work, f), { recursive: true, force: true });
            }
          }
        }
      } finally {
        await ctx.reg.stop();
      }
      console.error(`run ${run + 1}/${cfg.runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const st = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)]));
  await printAndWrite({
    root: ROOT,
    cfg,
    st,
    notes,
    machine: machine(ctx.node, ctx.oras.version, loadAtStart),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    write: !quick && !cfg.only && !process.env.BENCH_DIST,
  });
  return st;
}
