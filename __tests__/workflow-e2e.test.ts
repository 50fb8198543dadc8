/**
 * The jobs of .github/workflows/e2e.yml run here, from the workflow file itself (fixtures/workflow-job.ts): the
 * committed bundle as `uses: ./`, the workflow's own shell checks (skopeo, the CLI, curl + jq on the catalog), a real
 * docker-registry per job in place of the registry:2 service, and the cache-service stand-in (Azurite) in place of the
 * Actions cache. Broken copies of the workflow make the same jobs fail, so its checks can fail.
 * Not run here: the ghcr job (GHCR, Fulcio, Rekor and an OIDC token exist only on GitHub).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startCacheService, type CacheServiceStandIn } from './fixtures/cache-service.js';
import { actionEnvFor, type EventFixture } from './fixtures/event-context.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { runJob, type JobOptions, type JobResult } from './fixtures/workflow-job.js';
import { readRepoFile, ROOT } from './fixtures/workflow-lint.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const E2E_TEXT = readRepoFile('.github/workflows/e2e.yml');
const E2E: any = parseYaml(E2E_TEXT);

let cache: CacheServiceStandIn;
const registries: TestRegistry[] = [];
// Hosted runners give every job the same RUNNER_TEMP path, emptied (the cache version hashes the cached paths).
const RUNNER_TEMP = join(tmpdir(), `wasm-oci-e2e-runner-temp-${process.pid}`);

beforeAll(async () => {
  cache = await startCacheService();
}, 60_000);

afterAll(async () => {
  await Promise.all(registries.map((r) => r.stop()));
  await cache?.stop();
  rmSync(RUNNER_TEMP, { recursive: true, force: true });
});

/** The runner's environment for `event` in a workflow without `id-token: write` (e2e.yml's top level). */
function eventEnv(event: EventFixture, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...actionEnvFor(event, {
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
    }),
    ...cache.env,
    GITHUB_WORKSPACE: ROOT,
    GITHUB_RUN_ID: String(Date.now()),
    ...extra,
  };
}

/** One job on a fresh registry and an emptied runner temp, as a new hosted-runner job gets. */
async function job(
  id: string,
  o: Partial<JobOptions> & { event?: EventFixture; workflow?: any } = {},
): Promise<{ result: JobResult; registry: TestRegistry }> {
  const registry = await startRegistry();
  registries.push(registry);
  rmSync(RUNNER_TEMP, { recursive: true, force: true });
  mkdirSync(RUNNER_TEMP, { recursive: true });
  const result = await runJob(o.workflow ?? E2E, id, {
    env: o.env ?? eventEnv(o.event ?? 'push-default-branch'),
    registry: registry.host,
    runnerTemp: RUNNER_TEMP,
    matrix: o.matrix,
    needs: o.needs,
  });
  return { result, registry };
}

async function catalog(r: TestRegistry): Promise<string[]> {
  return ((await (await fetch(`${r.url}/v2/_catalog`)).json()) as { repositories: string[] }).repositories;
}

const broken = (from: string, to: string): any => {
  expect(E2E_TEXT).toContain(from);
  return parseYaml(E2E_TEXT.replace(from, to));
};

describe('e2e.yml formats: publish and read back', () => {
  it.each(E2E.jobs.formats.strategy.matrix.format as string[])(
    '%s',
    async (format) => {
      const { result, registry } = await job('formats', { matrix: { format } });
      expect(result.failure).toBeUndefined();
      expect(result.ok).toBe(true);
      expect(await catalog(registry)).toEqual([`e2e/filter-${format}`]);
    },
    120_000,
  );

  it('fails when the bytes read back are not the module (the read-back can fail)', async () => {
    const wf = broken(
      '          FORMAT: ${{ matrix.format }}\n',
      '          FORMAT: ${{ matrix.format }}\n          MODULE: package.json\n',
    );
    const { result } = await job('formats', { matrix: { format: 'compat' }, workflow: wf });
    expect(result.ok).toBe(false);
    expect(result.failure).toMatch(/::error title=e2e read-back::.*(differs|module-digest)/);
  }, 120_000);
});

describe('e2e.yml dry-run: a pull-request-shaped run pushes nothing', () => {
  it.each(['push-default-branch', 'pull-request'] as EventFixture[])(
    'on %s',
    async (event) => {
      const { result, registry } = await job('dry-run', { event });
      expect(result.failure).toBeUndefined();
      expect(result.actions.dry.outputs.pushed).toBe('false');
      // the pull_request-only step ran on pull_request only, and pushed nothing there either
      expect(result.actions.auto?.outputs.pushed).toBe(event === 'pull-request' ? 'false' : undefined);
      expect(await catalog(registry)).toEqual(['e2e/dry-run']); // the job's own final push
    },
    120_000,
  );

  it('fails when the run that must push nothing pushes (the catalog check can fail)', async () => {
    const wf = broken('          push: false\n', '          push: true\n          signing: none\n');
    const { result } = await job('dry-run', { workflow: wf });
    expect(result.ok).toBe(false);
    expect(result.failure).toMatch(/::error title=e2e dry run::push: false gave pushed 'true'/);
  }, 120_000);
});

describe('e2e.yml cache-save then cache-hit', () => {
  it('the first job misses and saves in its post step, the job that needs it hits', async () => {
    const env = eventEnv('push-default-branch', {
      GITHUB_RUN_ID: `run${Date.now()}`,
      GITHUB_RUN_ATTEMPT: '1',
    });
    const entriesBefore = cache.entries.length;
    const save = await job('cache-save', { env });
    expect(save.result.failure).toBeUndefined();
    expect(save.result.actions.wasm.outputs['cache-hit']).toBe('false');
    expect(save.result.outputs.stamp).toBe(`${env.GITHUB_RUN_ID}-1`);
    expect(cache.entries.length).toBe(entriesBefore + 1); // saved by the post step

    // a re-run of only cache-hit: a new attempt, the saving job's outputs kept
    const hit = await job('cache-hit', {
      env: { ...env, GITHUB_RUN_ATTEMPT: '2' },
      needs: { 'cache-save': save.result.outputs },
    });
    expect(hit.result.failure).toBeUndefined();
    expect(hit.result.actions.wasm.outputs['cache-hit']).toBe('true');
    expect(hit.result.actions.wasm.outputs.digest).toBe(save.result.outputs.digest);
  }, 180_000);

  it('a cache-hit job whose key differs from the saved one fails (the cache check can fail)', async () => {
    const { result } = await job('cache-hit', {
      needs: { 'cache-save': { stamp: `never-saved-${Date.now()}`, digest: 'sha256:' + '0'.repeat(64) } },
    });
    expect(result.ok).toBe(false);
    expect(result.failure).toMatch(/::error title=e2e cache::expected cache-hit true/);
  }, 120_000);
});
