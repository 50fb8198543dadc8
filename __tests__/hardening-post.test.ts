/**
 * Issue 13, the blob cache's post step through the bundled action (main, then post with the state main wrote), with
 * @actions/cache's real code against the cache-service stand-in, a real docker-registry and skopeo: the post step
 * trusts no saved path outside the run's own cache directory, never prunes a layout the user named, and the push
 * record never lands outside the workspace.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startCacheService, type CacheServiceStandIn } from './fixtures/cache-service.js';
import { runActionBounded } from './fixtures/hardening.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { wat2wasm } from './fixtures/wat.js';

let reg: TestRegistry;
let svc: CacheServiceStandIn;
let work: string;
let workspace: string;
let modulePath: string;
let otherModulePath: string;

beforeAll(async () => {
  reg = await startRegistry();
  svc = await startCacheService();
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-hardening-post-'));
  workspace = join(work, 'workspace');
  mkdirSync(workspace);
  const wat = readFileSync('examples/filter/filter.wat', 'utf8');
  modulePath = join(work, 'filter.wasm');
  writeFileSync(modulePath, wat2wasm(wat));
  otherModulePath = join(work, 'other.wasm');
  writeFileSync(otherModulePath, wat2wasm(wat.replace(/\)\s*$/, '(func (export "other_marker")))')));
}, 60_000);

afterAll(async () => {
  await svc?.stop();
  await reg?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  svc.reset();
  svc.entries.splice(0);
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    module: modulePath,
    'root-ids': 'add_header',
    registry: reg.host,
    repository: 'acme/post',
    tags: 'v1',
    'plain-http': 'true',
    push: 'true',
    password: '',
    signing: 'none',
    cache: 'true',
    ...extra,
  };
}

function env(): Record<string, string> {
  return { ...svc.env, GITHUB_WORKSPACE: workspace };
}

/** skopeo reads image `tag` of the layout: its manifest, and copies every blob (checking each digest). */
async function readBack(layout: string, tag: string): Promise<void> {
  await promisify(execFile)('skopeo', ['inspect', '--raw', `oci:${layout}:${tag}`]);
  const out = mkdtempSync(join(work, 'copy-'));
  await promisify(execFile)('skopeo', ['copy', `oci:${layout}:${tag}`, `oci:${out}:${tag}`]);
}

function freshRunnerTemp(name: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('6. the post step trusts only paths in its own cache directory', () => {
  it('a crafted state naming another directory deletes nothing and uploads nothing', async () => {
    const victim = join(work, 'victim');
    mkdirSync(join(victim, 'blobs', 'sha256'), { recursive: true });
    writeFileSync(join(victim, 'blobs', 'sha256', 'precious.txt'), 'do not delete');
    writeFileSync(join(victim, 'secret.txt'), 'do not upload');
    const rt = freshRunnerTemp('rt-crafted');
    const crafted = {
      v: 1,
      primaryKey: 'wasm-oci-solo-' + 'a'.repeat(64),
      paths: [join(victim, 'blobs', 'sha256'), join(victim, 'secret.txt')],
      layoutDir: victim,
      recordFile: join(victim, 'secret.txt'),
      available: true,
      fingerprint: 'x',
      changed: true,
      success: true,
      keep: [],
    };
    const escaping = { ...crafted, layoutDir: join(rt, 'wasm-oci', '..', '..', 'victim') };
    // A symlink inside the cache directory pointing out of it, with paths exactly as main would derive them.
    mkdirSync(join(rt, 'wasm-oci'), { recursive: true });
    symlinkSync(victim, join(rt, 'wasm-oci', 'layout'));
    const linked = {
      ...crafted,
      layoutDir: join(rt, 'wasm-oci', 'layout'),
      paths: [
        join(rt, 'wasm-oci', 'layout', 'blobs', 'sha256'),
        join(rt, 'wasm-oci', 'wasm-oci-record.json'),
      ],
      recordFile: join(rt, 'wasm-oci', 'wasm-oci-record.json'),
    };
    for (const state of [crafted, escaping, linked]) {
      svc.reset();
      const post = await runActionBounded({
        inputs: inputs(),
        env: env(),
        runnerTemp: rt,
        state: { isPost: 'true', wasm_oci_cache: JSON.stringify(state) },
      });
      expect(post.code).toBe(0);
      expect(post.stdout).toMatch(/^::warning[^\n]*cache/im);
      expect(svc.calls.CreateCacheEntry).toBe(0);
      expect(readFileSync(join(victim, 'blobs', 'sha256', 'precious.txt'), 'utf8')).toBe('do not delete');
      expect(readFileSync(join(victim, 'secret.txt'), 'utf8')).toBe('do not upload');
    }
  });
});

describe('7 and 8. a layout the user named', () => {
  it('keeps its other images after main and post; the push record stays out of its parent', async () => {
    const layout = join(workspace, 'layout');
    // The user's layout already holds image `other`.
    const first = await runActionBounded({
      inputs: inputs({ module: otherModulePath, push: 'false', tags: 'other', 'oci-layout': layout }),
      runnerTemp: freshRunnerTemp('rt-other'),
    });
    expect(first.code).toBe(0);
    await readBack(layout, 'other');

    const rt = freshRunnerTemp('rt-user-layout');
    const main = await runActionBounded({
      inputs: inputs({ 'oci-layout': layout }),
      env: env(),
      runnerTemp: rt,
    });
    expect(main.stderr).toBe('');
    expect(main.code).toBe(0);
    const post = await runActionBounded({
      inputs: inputs({ 'oci-layout': layout }),
      env: env(),
      runnerTemp: rt,
      state: main.state,
    });
    expect(post.code).toBe(0);
    await readBack(layout, 'other'); // every blob of `other` is still there, with its digest
    await readBack(layout, 'v1');
    expect(readdirSync(workspace)).toEqual(['layout']);
  });

  it('8: `oci-layout` set to the workspace itself writes nothing next to the workspace', async () => {
    const ws = join(work, 'ws-as-layout');
    rmSync(ws, { recursive: true, force: true });
    mkdirSync(ws);
    const rt = freshRunnerTemp('rt-ws-layout');
    const main = await runActionBounded({
      inputs: inputs({ 'oci-layout': ws, repository: 'acme/ws' }),
      env: { ...env(), GITHUB_WORKSPACE: ws },
      runnerTemp: rt,
    });
    expect(main.code).toBe(0);
    const post = await runActionBounded({
      inputs: inputs({ 'oci-layout': ws, repository: 'acme/ws' }),
      env: { ...env(), GITHUB_WORKSPACE: ws },
      runnerTemp: rt,
      state: main.state,
    });
    expect(post.code).toBe(0);
    expect(existsSync(join(work, 'wasm-oci-record.json'))).toBe(false);
  });
});
