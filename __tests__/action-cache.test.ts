/**
 * Issue 6 end to end: the blob cache through the bundled action, the way the runner runs it — `node dist/index.js` for
 * main, then again for post with the STATE_* values main wrote — with @actions/cache's real code talking to the
 * cache-service v2 stand-in and Azurite, a real docker-registry behind the counting fault proxy, and skopeo reading
 * back what was published.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { startCacheService, type CacheServiceStandIn } from './fixtures/cache-service.js';
import { startFaultProxy, type FaultProxy, type ProxyRecord } from './fixtures/fault-proxy.js';
import { runAction, workflowCommands, type ActionRun } from './fixtures/action.js';
import { wat2wasm } from './fixtures/wat.js';

/** @actions/cache's attempts per cache-service call (cacheTwirpClient `maxAttempts`). */
const LIBRARY_ATTEMPTS = 5;

const sha256 = (b: Buffer | string) => 'sha256:' + createHash('sha256').update(b).digest('hex');

let reg: TestRegistry;
let proxy: FaultProxy;
let svc: CacheServiceStandIn;
let work: string;
let workspace: string;
let modulePath: string;
let moduleBytes: Buffer;
let moduleDigest: string;

beforeAll(async () => {
  reg = await startRegistry();
  proxy = await startFaultProxy(reg.host);
  svc = await startCacheService();
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-e2e-cache-'));
  workspace = join(work, 'workspace');
  mkdirSync(workspace);
  moduleBytes = wat2wasm(readFileSync('examples/filter/filter.wat', 'utf8'));
  modulePath = join(workspace, 'filter.wasm');
  writeFileSync(modulePath, moduleBytes);
  moduleDigest = sha256(moduleBytes);
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await svc?.stop();
  await reg?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  // Each test starts from an empty cache service and fresh counters.
  svc.reset();
  svc.entries.splice(0);
});

/** Request-body bytes the proxy received, over `records`, for paths matching `path`. */
function bodyBytes(records: ProxyRecord[], path: RegExp): number {
  return records.filter((r) => path.test(r.path)).reduce((n, r) => n + r.bodyBytes, 0);
}

function inputs(
  registry: string,
  repository: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    module: modulePath,
    'root-ids': 'add_header',
    registry,
    repository,
    tags: 'v1',
    'plain-http': 'true',
    push: 'true',
    password: '',
    signing: 'none',
    cache: 'true',
    ...extra,
  };
}

/** The env a hosted runner gives a JavaScript action when the cache service is there. */
function cacheEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { ...svc.env, GITHUB_WORKSPACE: workspace, ...extra };
}

/**
 * A runner temp directory for one job. Hosted runners use the same RUNNER_TEMP path in every job, emptied: the cache
 * `version` hashes the (absolute) cached paths, so a fresh job must see the same path, with nothing left in it.
 */
function freshRunnerTemp(name: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

const step = (opts: Parameters<typeof runAction>[0]): Promise<ActionRun> => runAction(opts);

/** main, then post with the state main saved (what `runs.post` gets), in the same runner temp. */
async function job(runnerTemp: string, inp: Record<string, string>, env: Record<string, string>) {
  const main = await step({ inputs: inp, env, runnerTemp });
  const post = await step({ inputs: inp, env, runnerTemp, state: main.state });
  return { main, post };
}

/** skopeo, asynchronously: the proxy runs in this process and must keep serving while skopeo talks to it. */
async function skopeo(...args: string[]): Promise<Buffer> {
  const { stdout } = await promisify(execFile)('skopeo', args, {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Copy `host/repo:v1` with skopeo into an OCI layout and return the manifest and a blob reader. */
async function readBack(host: string, repository: string) {
  const out = mkdtempSync(join(work, 'copied-'));
  await skopeo('copy', '--src-tls-verify=false', `docker://${host}/${repository}:v1`, `oci:${out}:v1`);
  const raw = await skopeo('inspect', '--raw', `oci:${out}:v1`);
  const manifest = JSON.parse(raw.toString()) as {
    config: { digest: string };
    layers: { digest: string; mediaType: string }[];
  };
  const blob = (d: string) => readFileSync(join(out, 'blobs', 'sha256', d.slice('sha256:'.length)));
  return { manifest, manifestDigest: sha256(raw), blob };
}

/** Workflow commands of one kind (`warning`, `notice`, `error`) that a step printed. */
function commands(run: ActionRun, kind: string): string[] {
  return workflowCommands(run.stdout).filter((l) => l.startsWith(`::${kind}`));
}

async function expectPublished(host: string, repository: string, digest: string) {
  const { manifest, manifestDigest, blob } = await readBack(host, repository);
  expect(manifestDigest).toBe(digest);
  const layer = manifest.layers.find((l) => l.digest === moduleDigest);
  expect(layer).toBeDefined();
  expect(blob(moduleDigest).equals(moduleBytes)).toBe(true);
  expect(blob(manifest.config.digest).toString()).toBe(
    '{"type":"envoy_proxy","abiVersions":["v0.2.1"],"config":{"rootIds":["add_header"]}}',
  );
  return manifest;
}

describe('a warm cache: the second run restores, hits and mounts instead of uploading', () => {
  it('run 1 pushes A and saves the cache; run 2 (fresh runner temp) hits and mounts the module into B', async () => {
    const env = cacheEnv();
    const mark1 = proxy.records.length;

    // Run 1: nothing cached yet; main pushes repository A, post saves the blob store.
    const run1 = await job(freshRunnerTemp('runner-temp'), inputs(proxy.host, 'acme/a'), env);
    expect(run1.main.stderr).toBe('');
    expect(run1.main.code).toBe(0);
    expect(run1.main.outputs['cache-hit']).toBe('false');
    expect(run1.main.state.wasm_oci_cache).toBeDefined();
    expect(commands(run1.main, 'warning')).toEqual([]);
    expect(run1.post.code).toBe(0);
    expect(run1.post.stdout).toMatch(/Blob cache saved as wasm-oci-solo-[a-f0-9]{64}\./);
    expect(svc.calls.CreateCacheEntry).toBe(1);
    expect(svc.entries.filter((e) => e.complete)).toHaveLength(1);
    const saved = svc.entries[0];
    expect(saved.key).toMatch(/^wasm-oci-solo-[a-f0-9]{64}$/);
    expect(saved.sizeBytes).toBeGreaterThan(0);
    // Control for the counters below: run 1 did send the module bytes to A.
    expect(bodyBytes(proxy.records.slice(mark1), /^\/v2\/acme\/a\/blobs\//)).toBeGreaterThanOrEqual(
      moduleBytes.length,
    );
    await expectPublished(proxy.host, 'acme/a', run1.main.outputs.digest);

    // Run 2: a fresh job (empty runner temp), same module and inputs, another repository of the same registry.
    svc.reset();
    const mark2 = proxy.records.length;
    const run2 = await job(freshRunnerTemp('runner-temp'), inputs(proxy.host, 'acme/b'), env);
    expect(run2.main.stderr).toBe('');
    expect(run2.main.code).toBe(0);
    expect(run2.main.outputs['cache-hit']).toBe('true');
    expect(JSON.parse(run2.main.outputs.metadata)['cache-hit']).toBe(true);
    expect(svc.calls.GetCacheEntryDownloadURL).toBe(1);
    expect(commands(run2.main, 'warning')).toEqual([]);
    expect(run2.main.stdout).toContain(`Mounted  ${moduleDigest}`);

    // At the proxy: B asked the registry to mount the module from A, and no blob body went to B.
    const traffic = proxy.records.slice(mark2);
    const mounts = traffic
      .filter((r) => r.method === 'POST' && r.path === '/v2/acme/b/blobs/uploads/')
      .map((r) => {
        const q = new URLSearchParams(r.query);
        return { mount: q.get('mount'), from: q.get('from'), status: r.status };
      });
    expect(mounts).toContainEqual({ mount: moduleDigest, from: 'acme/a', status: 201 });
    expect(bodyBytes(traffic, /^\/v2\/acme\/b\/blobs\//)).toBe(0);
    expect(bodyBytes(traffic, /\/blobs\//)).toBe(0);
    // Unsigned: the tag PUT stores the manifest (no separate PUT by digest).
    expect(traffic.filter((r) => r.method === 'PUT' || r.method === 'PATCH').map((r) => r.path)).toEqual([
      '/v2/acme/b/manifests/v1',
    ]);

    // Same digest as run 1, readable from B with the right bytes.
    expect(run2.main.outputs.digest).toBe(run1.main.outputs.digest);
    await expectPublished(proxy.host, 'acme/b', run2.main.outputs.digest);

    // Post of run 2: the entry exists already (exact hit), nothing is uploaded to the cache.
    expect(run2.post.code).toBe(0);
    expect(run2.post.stdout).toContain('Blob cache not saved: exact hit');
    expect(svc.calls.CreateCacheEntry).toBe(0);
  }, 120_000);
});

describe('a corrupted cache', () => {
  let reg2: TestRegistry;
  beforeAll(async () => {
    reg2 = await startRegistry();
  });
  afterAll(async () => reg2?.stop());

  it('is detected, warned about and not published: run 2 uploads the correct bytes', async () => {
    const env = cacheEnv();
    const rt = freshRunnerTemp('runner-temp-corrupt');
    const inp = inputs(proxy.host, 'acme/corrupt-src');
    const main1 = await step({ inputs: inp, env, runnerTemp: rt });
    expect(main1.code).toBe(0);

    // Between main and post, flip one byte of every blob of run 1's layout (same size, wrong content): post saves them.
    const blobDir = join(main1.outputs['oci-layout'], 'blobs', 'sha256');
    const names = readdirSync(blobDir);
    expect(names).toContain(moduleDigest.slice('sha256:'.length));
    for (const name of names) {
      const bytes = readFileSync(join(blobDir, name));
      bytes[bytes.length >> 1] ^= 0xff;
      writeFileSync(join(blobDir, name), bytes);
    }
    const post1 = await step({ inputs: inp, env, runnerTemp: rt, state: main1.state });
    expect(post1.code).toBe(0);
    expect(post1.stdout).toContain('Blob cache saved as');

    // Run 2 publishes the same module to another registry, where every blob must be uploaded from the layout.
    const main2 = await step({
      inputs: inputs(reg2.host, 'acme/clean'),
      env,
      runnerTemp: freshRunnerTemp('runner-temp-corrupt'),
    });
    expect(main2.stderr).toBe('');
    expect(main2.code).toBe(0);
    expect(main2.outputs['cache-hit']).toBe('true');
    const warnings = commands(main2, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(`^::warning title=Corrupted cache entry::Ignored ${names.length} corrupted`),
    );
    expect(warnings[0]).toContain(moduleDigest.slice('sha256:'.length));
    expect(main2.stdout).toContain(`Uploaded ${moduleDigest}`);

    // The registry holds the right bytes, and so does the layout run 2 wrote.
    expect(main2.outputs.digest).toBe(main1.outputs.digest);
    const manifest = await expectPublished(reg2.host, 'acme/clean', main2.outputs.digest);
    const layout = main2.outputs['oci-layout'];
    expect(sha256(await skopeo('inspect', '--raw', `oci:${layout}:v1`))).toBe(main2.outputs.digest);
    for (const d of [moduleDigest, manifest.config.digest, main2.outputs.digest]) {
      expect(sha256(readFileSync(join(layout, 'blobs', 'sha256', d.slice('sha256:'.length))))).toBe(d);
    }
  }, 120_000);
});

describe('cache trouble never fails the publish', () => {
  /**
   * Publish under `env`, main then post; both exit 0 and the artifact is in the registry. No wall-clock bound: how
   * long a step may take on a busy machine is not the question; whether it waited for the cache service is, and the
   * tests below answer that from what the service saw.
   */
  async function publishes(repository: string, env: Record<string, string>) {
    const r = await job(freshRunnerTemp('runner-temp-trouble'), inputs(proxy.host, repository), env);
    expect(r.main.stderr).toBe('');
    expect(r.main.code).toBe(0);
    expect(r.post.code).toBe(0);
    expect(commands(r.main, 'error')).toEqual([]);
    expect(commands(r.post, 'error')).toEqual([]);
    await expectPublished(proxy.host, repository, r.main.outputs.digest);
    return r;
  }

  it('without a cache service (env unset): a notice, no cache calls', async () => {
    const r = await publishes('acme/no-cache-service', { GITHUB_WORKSPACE: workspace });
    expect(commands(r.main, 'notice').join('\n')).toContain('cache service is not available');
    expect(r.main.outputs['cache-hit']).toBe('false');
    expect(Object.values(svc.calls)).toEqual([0, 0, 0]);
  }, 60_000);

  it('with a read-only cache (ACTIONS_CACHE_MODE=read): restores but never saves', async () => {
    const r = await publishes('acme/read-only', cacheEnv({ ACTIONS_CACHE_MODE: 'read' }));
    expect(svc.calls.CreateCacheEntry).toBe(0);
    expect(svc.calls.FinalizeCacheEntryUpload).toBe(0);
    expect(svc.entries).toHaveLength(0);
    expect(r.post.stdout).toMatch(/not saved|save skipped/i);
    expect(commands(r.post, 'warning')).toEqual([]);
  }, 60_000);

  it('with a cache service answering 500: bounded by WASM_OCI_CACHE_TIMEOUT_MS, exits without the retries', async () => {
    svc.fail('*', '500');
    try {
      // @actions/cache makes 5 attempts per call with waits of 3 s, 4.5 s, 6.75 s and 10 s between them (~24 s); the
      // 2 s bound abandons each call, and the process exits without waiting for the abandoned retries. Evidence: the
      // service saw fewer attempts than the library's 5, and the library never reached its own final error.
      const r = await publishes('acme/cache-500', cacheEnv({ WASM_OCI_CACHE_TIMEOUT_MS: '2000' }));
      expect(svc.calls.GetCacheEntryDownloadURL).toBeGreaterThanOrEqual(1);
      expect(svc.calls.GetCacheEntryDownloadURL).toBeLessThan(LIBRARY_ATTEMPTS);
      expect(commands(r.main, 'warning').join('\n')).toMatch(
        /Blob cache not restored.*cache restore did not finish within 2 s/,
      );
      expect(r.main.outputs['cache-hit']).toBe('false');
      expect(svc.calls.CreateCacheEntry).toBeGreaterThanOrEqual(1);
      expect(svc.calls.CreateCacheEntry).toBeLessThan(LIBRARY_ATTEMPTS);
      expect(commands(r.post, 'warning').join('\n')).toMatch(
        /Blob cache not saved.*cache save did not finish within 2 s/,
      );
      expect(r.main.stdout + r.post.stdout).not.toContain(`after ${LIBRARY_ATTEMPTS} attempts`);
      expect(svc.entries.filter((e) => e.complete)).toHaveLength(0);
    } finally {
      svc.fail('*', undefined);
    }
  }, 60_000);

  it('with a cache service that never answers: main exits after the restore bound, post saves', async () => {
    svc.fail('GetCacheEntryDownloadURL', 'hang');
    try {
      // Only the restore is bounded short: the save (a real upload to Azurite, slow on a busy machine) keeps its
      // default bound, so the outcome does not depend on how fast this machine is.
      const r = await publishes('acme/cache-hang', cacheEnv({ WASM_OCI_CACHE_RESTORE_TIMEOUT_MS: '1500' }));
      // Main finished although its restore request was never answered: it stopped waiting at the bound.
      expect(svc.calls.GetCacheEntryDownloadURL).toBe(1);
      expect(commands(r.main, 'warning').join('\n')).toMatch(/cache restore did not finish within 1\.5 s/);
      expect(r.main.outputs['cache-hit']).toBe('false');
      // Post still saves (the service answers the save methods): the next run gets a cache.
      expect(r.post.stdout).toContain('Blob cache saved as');
      expect(commands(r.post, 'warning')).toEqual([]);
    } finally {
      svc.fail('*', undefined);
    }
  }, 60_000);

  it('WASM_OCI_CACHE_SAVE_TIMEOUT_MS bounds the save alone', async () => {
    svc.fail('CreateCacheEntry', 'hang');
    try {
      const r = await publishes('acme/cache-save-hang', cacheEnv({ WASM_OCI_CACHE_SAVE_TIMEOUT_MS: '1000' }));
      expect(commands(r.main, 'warning')).toEqual([]);
      expect(svc.calls.GetCacheEntryDownloadURL).toBe(1);
      expect(svc.calls.CreateCacheEntry).toBe(1);
      expect(commands(r.post, 'warning').join('\n')).toMatch(/cache save did not finish within 1 s/);
    } finally {
      svc.fail('*', undefined);
    }
  }, 60_000);
});

describe('the post step saves only what a successful, caching main asked for', () => {
  it('after a failed main: post does not save', async () => {
    const rt = freshRunnerTemp('runner-temp-failed');
    const inp = inputs(proxy.host, 'acme/failed', { 'require-consumers': 'wkg' });
    const main = await step({ inputs: inp, env: cacheEnv(), runnerTemp: rt });
    expect(main.code).toBe(1);
    expect(commands(main, 'error').join('\n')).toContain('wkg would not accept this artifact');
    // Main got as far as restoring the cache and writing blobs into the store, so there is state and something new.
    expect(main.state.wasm_oci_cache).toBeDefined();
    expect(svc.calls.GetCacheEntryDownloadURL).toBe(1);
    const post = await step({ inputs: inp, env: cacheEnv(), runnerTemp: rt, state: main.state });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('Blob cache not saved: the main step did not succeed.');
    expect(svc.calls.CreateCacheEntry).toBe(0);
    expect(svc.entries).toHaveLength(0);
  }, 60_000);

  it('with cache: false: main restores nothing and post does nothing', async () => {
    const r = await job(
      freshRunnerTemp('runner-temp-off'),
      inputs(proxy.host, 'acme/cache-off', { cache: 'false' }),
      cacheEnv(),
    );
    expect(r.main.code).toBe(0);
    expect(r.main.state.wasm_oci_cache).toBeUndefined();
    expect(r.main.outputs['cache-hit']).toBeUndefined();
    expect(r.post.code).toBe(0);
    expect(r.post.stdout.split('\n').filter((l) => l && !l.startsWith('::debug::'))).toEqual([]);
    expect(r.post.stderr).toBe('');
    expect(Object.values(svc.calls)).toEqual([0, 0, 0]);
  }, 60_000);

  it('with cache: false in post: a state left by main is ignored', async () => {
    const rt = freshRunnerTemp('runner-temp-off2');
    const main = await step({
      inputs: inputs(proxy.host, 'acme/cache-off2'),
      env: cacheEnv(),
      runnerTemp: rt,
    });
    expect(main.code).toBe(0);
    expect(main.state.wasm_oci_cache).toBeDefined();
    svc.reset();
    const post = await step({
      inputs: inputs(proxy.host, 'acme/cache-off2', { cache: 'false' }),
      env: cacheEnv(),
      runnerTemp: rt,
      state: main.state,
    });
    expect(post.code).toBe(0);
    expect(Object.values(svc.calls)).toEqual([0, 0, 0]);
    expect(svc.entries).toHaveLength(0);
  }, 60_000);
});
