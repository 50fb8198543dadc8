/**
 * The blob cache against real parts: @actions/cache 6.3 runs its real code (tar, zstd/gzip, Twirp client, Azure SDK
 * upload, HTTP download) against Azurite and a local cache-service v2 stand-in (fixtures/cache-service.ts).
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals';
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
import { tmpdir, EOL } from 'node:os';
import { join } from 'node:path';
import { startCacheService, type CacheServiceStandIn } from './fixtures/cache-service.js';
import {
  finishBlobCache,
  restoreBlobCache,
  saveBlobCache,
  STATE_NAME,
  type BlobCacheState,
} from '../src/cache/blob-cache.js';
import { mountCandidates, readRecord, recordPath, recordPushed, writeRecord } from '../src/cache/record.js';
import { abandonedCount, settleAbandoned } from '../src/cache/timeout.js';

const MODULE_1 = 'sha256:' + '1'.repeat(64);
const MODULE_2 = 'sha256:' + '2'.repeat(64);

let svc: CacheServiceStandIn;
let root: string;
let stateFile: string;
let captured = '';
const origWrite = process.stdout.write.bind(process.stdout);
const savedEnv = { ...process.env };

function sha256sum(path: string): string {
  return execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];
}

/** Add bytes to the layout's blob store under the name sha256sum gives them. */
function addBlob(layout: string, bytes: Buffer | string): string {
  const dir = join(layout, 'blobs', 'sha256');
  mkdirSync(dir, { recursive: true });
  const tmp = join(layout, '.incoming');
  writeFileSync(tmp, bytes);
  const hex = sha256sum(tmp);
  writeFileSync(join(dir, hex), bytes);
  rmSync(tmp);
  return hex;
}

function blobNames(layout: string): string[] {
  const dir = join(layout, 'blobs', 'sha256');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** What the runner does between main and post: read GITHUB_STATE, export the last value as STATE_<name>. */
function handOverState(): BlobCacheState {
  const text = readFileSync(stateFile, 'utf8');
  const re = new RegExp(`^${STATE_NAME}<<(\\S+)${EOL}([\\s\\S]*?)${EOL}\\1${EOL}`, 'gm');
  let value: string | undefined;
  for (const m of text.matchAll(re)) value = m[2];
  if (value === undefined) throw new Error('main saved no state');
  process.env[`STATE_${STATE_NAME}`] = value;
  return JSON.parse(value) as BlobCacheState;
}

/**
 * A fresh directory per scenario inside the run's own cache directory (`$RUNNER_TEMP/wasm-oci`, the only place the
 * blob cache restores into and prunes); the layout lives at the same absolute path each run (as on hosted runners).
 */
function runnerDirs(name: string): { layout: string; base: string } {
  const base = join(root, 'temp', 'wasm-oci', name);
  return { layout: join(base, 'layout'), base };
}

beforeAll(async () => {
  svc = await startCacheService();
  root = mkdtempSync(join(tmpdir(), 'wasm-oci-cache-test-'));
});

afterAll(async () => {
  await svc?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
  process.env = savedEnv;
});

beforeEach(() => {
  svc.reset();
  for (const k of Object.keys(process.env)) {
    if (k.startsWith('ACTIONS_') || k.startsWith('STATE_') || k === 'GITHUB_SERVER_URL')
      delete process.env[k];
  }
  Object.assign(process.env, svc.env);
  mkdirSync(join(root, 'workspace'), { recursive: true });
  mkdirSync(join(root, 'temp'), { recursive: true });
  process.env.GITHUB_WORKSPACE = join(root, 'workspace');
  process.env.RUNNER_TEMP = join(root, 'temp');
  stateFile = join(root, `state-${Math.random().toString(16).slice(2)}`);
  writeFileSync(stateFile, '');
  process.env.GITHUB_STATE = stateFile;
  captured = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += String(chunk);
    return true;
  }) as typeof process.stdout.write;
});

afterEach(() => {
  process.stdout.write = origWrite;
});

describe('blob cache round trip', () => {
  it('saves in post, restores exactly in a fresh dir, falls back to the restore key for a changed module', async () => {
    const { layout, base } = runnerDirs('roundtrip');

    // Run 1: miss, package, push (record), save in post.
    const r1 = await restoreBlobCache({ format: 'solo', moduleDigest: MODULE_1, layoutDir: layout });
    expect(r1).toMatchObject({ cacheHit: false, matchedKey: undefined, outcome: 'miss' });
    expect(r1.primaryKey).toMatch(/^wasm-oci-solo-[a-f0-9]{64}$/);
    expect(svc.calls.GetCacheEntryDownloadURL).toBe(1);
    expect(svc.requests[0].body).toMatchObject({ key: r1.primaryKey, restore_keys: ['wasm-oci-solo-'] });
    const big = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 9)) & 0xff;
    const names = [addBlob(layout, '{"type":"envoy_proxy"}'), addBlob(layout, big)].sort();
    writeFileSync(join(layout, 'blobs', 'sha256', '.tmp-0123abcd'), 'a writer left this behind');
    const record = recordPushed(
      r1.record,
      '127.0.0.1:5000',
      'acme/one',
      names.map((n) => `sha256:${n}`),
    );
    await writeRecord(r1.recordFile, record);
    await finishBlobCache(r1.state, { success: true });

    const s1 = handOverState();
    expect(s1).toMatchObject({ success: true, changed: true, primaryKey: r1.primaryKey });
    const saved = await saveBlobCache();
    expect(saved).toMatchObject({ saved: true, outcome: 'saved', key: r1.primaryKey });
    expect(svc.calls.CreateCacheEntry).toBe(1);
    expect(svc.calls.FinalizeCacheEntryUpload).toBe(1);
    expect(svc.entries.filter((e) => e.complete).map((e) => e.key)).toEqual([r1.primaryKey]);
    const originals = new Map(names.map((n) => [n, readFileSync(join(layout, 'blobs', 'sha256', n))]));

    // Run 2: fresh runner temp, same module: exact hit, same bytes, record back, nothing to save.
    rmSync(base, { recursive: true, force: true });
    svc.reset();
    writeFileSync(stateFile, '');
    const r2 = await restoreBlobCache({ format: 'solo', moduleDigest: MODULE_1, layoutDir: layout });
    expect(r2).toMatchObject({ cacheHit: true, matchedKey: r1.primaryKey, outcome: 'hit' });
    expect(blobNames(layout)).toEqual(names);
    for (const n of names) {
      expect(readFileSync(join(layout, 'blobs', 'sha256', n)).equals(originals.get(n)!)).toBe(true);
      expect(sha256sum(join(layout, 'blobs', 'sha256', n))).toBe(n);
    }
    expect(r2.verified).toEqual({ ok: names.map((n) => `sha256:${n}`), dropped: [] });
    expect(captured).not.toMatch(/^::(warning|error)/m); // the leftover temp file was not cached
    expect(mountCandidates(r2.record, '127.0.0.1:5000', 'acme/two', `sha256:${names[0]}`)).toEqual([
      'acme/one',
    ]);
    await finishBlobCache(r2.state, { success: true });
    expect(handOverState().changed).toBe(false);
    expect(await saveBlobCache()).toMatchObject({ saved: false, outcome: 'exact-hit' });
    expect(svc.calls.CreateCacheEntry).toBe(0);

    // Run 3: changed module: restore-key fallback, new blob, saved under the new key, unused blob pruned.
    rmSync(base, { recursive: true, force: true });
    svc.reset();
    writeFileSync(stateFile, '');
    const r3 = await restoreBlobCache({ format: 'solo', moduleDigest: MODULE_2, layoutDir: layout });
    expect(r3.primaryKey).not.toBe(r1.primaryKey);
    expect(r3).toMatchObject({ cacheHit: false, matchedKey: r1.primaryKey, outcome: 'partial' });
    expect(blobNames(layout)).toEqual(names);
    const added = addBlob(layout, 'new module bytes');
    await writeRecord(
      recordPath(layout),
      recordPushed(r3.record, '127.0.0.1:5000', 'acme/two', [`sha256:${added}`, `sha256:${names[0]}`]),
    );
    // run 3 reuses the config blob, not the old 5 MiB module
    await finishBlobCache(r3.state, { success: true, keep: [`sha256:${added}`, `sha256:${names[0]}`] });
    expect(handOverState().changed).toBe(true);
    expect(await saveBlobCache()).toMatchObject({ saved: true, key: r3.primaryKey });

    // Run 4 restores run 3's entry (newest for the prefix) and sees exactly what run 3 kept.
    rmSync(base, { recursive: true, force: true });
    writeFileSync(stateFile, '');
    const r4 = await restoreBlobCache({
      format: 'solo',
      moduleDigest: 'sha256:' + '3'.repeat(64),
      layoutDir: layout,
    });
    expect(r4.matchedKey).toBe(r3.primaryKey);
    expect(blobNames(layout)).toEqual([added, names[0]].sort());
    const rec4 = await readRecord(recordPath(layout));
    expect(mountCandidates(rec4, '127.0.0.1:5000', 'acme/three', `sha256:${names[0]}`).sort()).toEqual([
      'acme/one',
      'acme/two',
    ]);
  });

  it('does not save when main failed or nothing changed', async () => {
    const { layout } = runnerDirs('nosave');
    const r = await restoreBlobCache({ format: 'compat', moduleDigest: MODULE_1, layoutDir: layout });
    addBlob(layout, 'x');
    await finishBlobCache(r.state, { success: false });
    handOverState();
    expect(await saveBlobCache()).toMatchObject({ saved: false, outcome: 'main-failed' });
    const s = await finishBlobCache(r.state, { success: true, keep: [] });
    expect(s.changed).toBe(false); // nothing kept, nothing restored: same empty store
    expect(await saveBlobCache(s)).toMatchObject({ saved: false, outcome: 'unchanged' });
    delete process.env[`STATE_${STATE_NAME}`];
    expect(await saveBlobCache()).toMatchObject({ saved: false, outcome: 'no-state' });
    expect(svc.calls.CreateCacheEntry).toBe(0);
  });

  it('drops a corrupted cached blob with a warning and keeps the good ones', async () => {
    const { layout, base } = runnerDirs('corrupt');
    const r1 = await restoreBlobCache({ format: 'cncf', moduleDigest: MODULE_1, layoutDir: layout });
    const good = addBlob(layout, 'good blob');
    const bad = addBlob(layout, 'will be tampered');
    writeFileSync(join(layout, 'blobs', 'sha256', bad), 'tampered before the save');
    await finishBlobCache(r1.state, { success: true });
    expect(await saveBlobCache(handOverState())).toMatchObject({ saved: true });

    rmSync(base, { recursive: true, force: true });
    captured = '';
    const r2 = await restoreBlobCache({ format: 'cncf', moduleDigest: MODULE_1, layoutDir: layout });
    expect(r2.cacheHit).toBe(true);
    expect(r2.verified).toEqual({ ok: [`sha256:${good}`], dropped: [`sha256/${bad}`] });
    expect(blobNames(layout)).toEqual([good]);
    expect(captured).toMatch(
      /^::warning title=Corrupted cache entry::Ignored 1 corrupted.*sha256\/[a-f0-9]{64}/m,
    );
  });
});

describe('cache service trouble never fails the job', () => {
  it('no cache service: a notice, no request, nothing saved', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    const { layout } = runnerDirs('unavailable');
    const r = await restoreBlobCache({ format: 'solo', moduleDigest: MODULE_1, layoutDir: layout });
    expect(r).toMatchObject({ cacheHit: false, outcome: 'unavailable' });
    expect(captured).toMatch(/^::notice title=Cache unavailable::/m);
    addBlob(layout, 'x');
    const s = await finishBlobCache(r.state, { success: true });
    expect(await saveBlobCache(s)).toMatchObject({ saved: false, outcome: 'unavailable' });
    expect(svc.requests).toHaveLength(0);
  });

  it('read-only cache (ACTIONS_CACHE_MODE=read): restores, never writes', async () => {
    const { layout, base } = runnerDirs('readonly');
    const r1 = await restoreBlobCache({ format: 'solo', moduleDigest: MODULE_2, layoutDir: layout });
    const hex = addBlob(layout, 'seed');
    expect(await saveBlobCache(await finishBlobCache(r1.state, { success: true }))).toMatchObject({
      saved: true,
    });

    rmSync(base, { recursive: true, force: true });
    svc.reset();
    process.env.ACTIONS_CACHE_MODE = 'read';
    const r2 = await restoreBlobCache({
      format: 'solo',
      moduleDigest: 'sha256:' + '9'.repeat(64),
      layoutDir: layout,
    });
    expect(r2).toMatchObject({ cacheHit: false, outcome: 'partial' });
    expect(blobNames(layout)).toEqual([hex]);
    addBlob(layout, 'new');
    const s = await finishBlobCache(r2.state, { success: true });
    expect(await saveBlobCache(s)).toMatchObject({ saved: false, outcome: 'read-only' });
    expect(svc.calls.CreateCacheEntry).toBe(0);
    expect(captured).not.toMatch(/^::(warning|error)/m);
  });

  it('write denied by the service (read-only token): one warning, not saved', async () => {
    svc.fail('CreateCacheEntry', 'write-denied');
    const { layout } = runnerDirs('denied');
    const r = await restoreBlobCache({ format: 'compat', moduleDigest: MODULE_2, layoutDir: layout });
    addBlob(layout, 'x');
    const res = await saveBlobCache(await finishBlobCache(r.state, { success: true }));
    expect(res).toMatchObject({ saved: false, outcome: 'not-saved' });
    expect(svc.calls.CreateCacheEntry).toBe(1);
    expect(captured).toMatch(/^::warning::.*cache write denied/m);
  });

  it('reservation conflict (ok:false) and read denied: a miss / not saved, no failure', async () => {
    svc.fail('CreateCacheEntry', 'ok-false');
    svc.fail('GetCacheEntryDownloadURL', 'read-denied');
    const { layout } = runnerDirs('conflict');
    const r = await restoreBlobCache({ format: 'compat', moduleDigest: MODULE_1, layoutDir: layout });
    expect(r).toMatchObject({ cacheHit: false, outcome: 'miss' });
    expect(captured).toMatch(/cache read denied/);
    addBlob(layout, 'y');
    expect(await saveBlobCache(await finishBlobCache(r.state, { success: true }))).toMatchObject({
      saved: false,
      outcome: 'not-saved',
    });
  });

  it('429 from the service: no retry storm, returns promptly', async () => {
    svc.fail('*', '429');
    const { layout } = runnerDirs('ratelimit');
    const t0 = Date.now();
    const r = await restoreBlobCache({
      format: 'solo',
      moduleDigest: MODULE_1,
      layoutDir: layout,
      timeoutMs: 10_000,
    });
    addBlob(layout, 'z');
    const s = await saveBlobCache(await finishBlobCache(r.state, { success: true }), { timeoutMs: 10_000 });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.outcome).toBe('miss');
    expect(s.saved).toBe(false);
    expect(svc.calls.GetCacheEntryDownloadURL).toBe(1);
    expect(svc.calls.CreateCacheEntry).toBe(1);
  });

  it('500 from the service: restore and save give up within the bound, with a warning', async () => {
    svc.fail('*', '500');
    const { layout } = runnerDirs('http500');
    let t0 = Date.now();
    const r = await restoreBlobCache({
      format: 'solo',
      moduleDigest: MODULE_1,
      layoutDir: layout,
      timeoutMs: 1500,
    });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r).toMatchObject({ cacheHit: false, outcome: 'timeout' });
    expect(captured).toMatch(
      /^::warning title=Cache restore::Blob cache not restored .*did not finish within 1.5 s/m,
    );
    addBlob(layout, 'w');
    t0 = Date.now();
    const s = await saveBlobCache(await finishBlobCache(r.state, { success: true }), { timeoutMs: 1500 });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(s).toMatchObject({ saved: false, outcome: 'timeout' });
    expect(svc.calls.GetCacheEntryDownloadURL).toBeGreaterThanOrEqual(1);
    expect(svc.calls.CreateCacheEntry).toBeGreaterThanOrEqual(1);
    // The library keeps retrying in the background; make its next attempt final and let it settle.
    expect(abandonedCount()).toBe(2);
    svc.fail('*', '429');
    expect(await settleAbandoned(20_000)).toBe(true);
    expect(abandonedCount()).toBe(0);
  }, 40_000);

  it('a hanging service: bounded by the timeout', async () => {
    svc.fail('GetCacheEntryDownloadURL', 'hang');
    const { layout } = runnerDirs('hang');
    const t0 = Date.now();
    const r = await restoreBlobCache({
      format: 'solo',
      moduleDigest: MODULE_1,
      layoutDir: layout,
      timeoutMs: 800,
    });
    expect(Date.now() - t0).toBeLessThan(2500);
    expect(r.outcome).toBe('timeout');
    svc.fail('GetCacheEntryDownloadURL', undefined); // answers the hanging request with ok:false
    expect(await settleAbandoned(10_000)).toBe(true);
  });
});
