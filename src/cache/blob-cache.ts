/**
 * The blob cache between runs (issue 6): the layout's content-addressed `blobs/sha256/` plus the push record, saved
 * with @actions/cache under `wasm-oci-<format>-<hash>` and restored with the `wasm-oci-<format>-` fallback.
 *
 * main:  `restoreBlobCache()` first (restores, verifies every blob, saves state), `finishBlobCache()` last.
 * post:  `saveBlobCache()` (reads the state, saves only when main succeeded and the store changed).
 * Every failure of the cache service is a notice/warning, never a failed job, and every call is time-bounded.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { q, untrusted } from '../log.js';
import { cacheRoot, isWithin, outsideRoot } from './paths.js';
import { blobCacheKeys, type BlobCacheKeyInputs } from './keys.js';
import { RECORD_FILE, emptyRecord, readRecord, recordPath, type PushRecord } from './record.js';
import { CacheTimeoutError, withTimeout } from './timeout.js';
import { blobDir, HEX_RE, storeFingerprint, verifyCachedBlobs } from './verify.js';

/** core.saveState name; the post step reads it from the `STATE_wasm_oci_cache` env var. */
export const STATE_NAME = 'wasm_oci_cache';
export const DEFAULT_RESTORE_TIMEOUT_MS = 60_000;
export const DEFAULT_SAVE_TIMEOUT_MS = 120_000;
/** Env override of both bounds in milliseconds (tests, or a job that must not wait long for a slow cache service). */
export const TIMEOUT_ENV = 'WASM_OCI_CACHE_TIMEOUT_MS';

/** The bound for a cache call: `WASM_OCI_CACHE_TIMEOUT_MS` when it is a positive integer, else `fallback`. */
export function cacheTimeoutMs(fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env[TIMEOUT_ENV] ?? '').trim();
  if (!/^[0-9]{1,9}$/.test(raw) || Number(raw) === 0) return fallback;
  return Number(raw);
}

export interface BlobCacheState {
  v: 1;
  primaryKey: string;
  matchedKey?: string;
  /** exactly the paths given to restoreCache (the cache `version` hashes them: save must pass the same list) */
  paths: string[];
  layoutDir: string;
  recordFile: string;
  /** the cache service was usable when main started */
  available: boolean;
  /** store fingerprint after restore + verification */
  fingerprint: string;
  /** set by finishBlobCache */
  changed: boolean;
  success: boolean;
  /** digests to keep when saving (others are pruned in post); absent = keep everything */
  keep?: string[];
  /** the layout is not the action's own (a user-named `oci-layout`): nothing is restored, pruned or saved */
  skipped?: boolean;
}

export interface RestoreBlobCacheOptions extends BlobCacheKeyInputs {
  /** the OCI image layout directory whose `blobs/sha256/` is the store (absolute, or relative to cwd) */
  layoutDir: string;
  /** bound for the whole restore (default 60 s, or `WASM_OCI_CACHE_TIMEOUT_MS`) */
  timeoutMs?: number;
}

export type RestoreOutcome = 'hit' | 'partial' | 'miss' | 'unavailable' | 'timeout' | 'error' | 'skipped';

export interface RestoreBlobCacheResult {
  /** exact primary-key match (the `cache-hit` output) */
  cacheHit: boolean;
  matchedKey?: string;
  primaryKey: string;
  outcome: RestoreOutcome;
  /** blobs verified after the restore (digests) and those dropped as corrupt */
  verified: { ok: string[]; dropped: string[] };
  /** the restored push record (empty when none); parsed defensively */
  record: PushRecord;
  recordFile: string;
  state: BlobCacheState;
}

export type SaveOutcome =
  | 'saved'
  | 'no-state'
  | 'main-failed'
  | 'unchanged'
  | 'exact-hit'
  | 'unavailable'
  | 'read-only'
  | 'not-saved'
  | 'timeout'
  | 'error'
  | 'refused';

export interface SaveBlobCacheResult {
  saved: boolean;
  outcome: SaveOutcome;
  key?: string;
  entryId?: number;
}

/** The fixed path list cached for a layout: its blob directory and the push record next to it. */
export function blobCachePaths(layoutDir: string): string[] {
  const abs = resolve(layoutDir);
  return [blobDir(abs), recordPath(abs)];
}

function persist(state: BlobCacheState): void {
  core.saveState(STATE_NAME, JSON.stringify(state));
}

/** The state main saved (post step: from `STATE_wasm_oci_cache`); undefined when main saved none. */
export function loadBlobCacheState(): BlobCacheState | undefined {
  const raw = core.getState(STATE_NAME);
  if (!raw) return undefined;
  try {
    const s = JSON.parse(raw) as BlobCacheState;
    if (s?.v !== 1 || typeof s.primaryKey !== 'string' || !Array.isArray(s.paths)) return undefined;
    return s;
  } catch {
    return undefined;
  }
}

function errorText(e: unknown): string {
  return untrusted(e instanceof Error ? e.message : String(e));
}

function cacheMode(): string {
  return (process.env['ACTIONS_CACHE_MODE'] || '').trim().toLowerCase();
}

/**
 * Restore the blob store (start of main). Never throws for cache-service trouble: unavailable service, read-denied,
 * 5xx, 429 and timeouts become a notice or warning and a miss. Restored blobs are re-hashed; corrupt ones are deleted.
 * Saves the state for the post step (`finishBlobCache` updates it at the end of main).
 */
export async function restoreBlobCache(opts: RestoreBlobCacheOptions): Promise<RestoreBlobCacheResult> {
  const { primaryKey, restoreKeys } = blobCacheKeys(opts);
  const layoutDir = resolve(opts.layoutDir);
  const root = cacheRoot();
  if (!isWithin(root, layoutDir) || (await outsideRoot(root, layoutDir)))
    return skipForeignLayout(primaryKey, root);
  const paths = blobCachePaths(layoutDir);
  const recordFile = recordPath(layoutDir);
  const timeoutMs = opts.timeoutMs ?? cacheTimeoutMs(DEFAULT_RESTORE_TIMEOUT_MS);
  const available = cache.isFeatureAvailable();
  let matchedKey: string | undefined;
  let outcome: RestoreOutcome = 'miss';

  if (!available) {
    outcome = 'unavailable';
    core.notice('The Actions cache service is not available to this job; blob caching is skipped.', {
      title: 'Cache unavailable',
    });
  } else {
    try {
      matchedKey = await withTimeout(
        cache.restoreCache(paths, primaryKey, restoreKeys),
        timeoutMs,
        'cache restore',
      );
      if (matchedKey) outcome = matchedKey === primaryKey ? 'hit' : 'partial';
    } catch (e) {
      matchedKey = undefined;
      outcome = e instanceof CacheTimeoutError ? 'timeout' : 'error';
      core.warning(`Blob cache not restored (continuing without it): ${errorText(e)}`, {
        title: 'Cache restore',
      });
    }
  }

  // Verify whatever is in the store now (a timed-out restore may still be extracting: its files are checked here and
  // again by getVerifiedBlob before reuse; the registry verifies every digest on upload too).
  const verified = outcome === 'unavailable' ? { ok: [], dropped: [] } : await verifyCachedBlobs(layoutDir);
  const record = await readRecord(recordFile);
  const state: BlobCacheState = {
    v: 1,
    primaryKey,
    matchedKey,
    paths,
    layoutDir,
    recordFile,
    available,
    fingerprint: await storeFingerprint(layoutDir, recordFile),
    changed: false,
    success: false,
  };
  persist(state);
  if (matchedKey) {
    core.info(
      `Blob cache ${outcome === 'hit' ? 'hit' : 'restored from ' + untrusted(matchedKey)}: ${verified.ok.length} blob(s) verified` +
        (verified.dropped.length ? `, ${verified.dropped.length} dropped` : ''),
    );
  }
  return {
    cacheHit: outcome === 'hit',
    matchedKey,
    primaryKey,
    outcome,
    verified,
    record,
    recordFile,
    state,
  };
}

/**
 * A layout the user named (outside `$RUNNER_TEMP/wasm-oci`) is never restored into, pruned or saved: the cache is the
 * action's own store. The push record goes to the cache directory (never next to the user's layout); no state is saved.
 */
function skipForeignLayout(primaryKey: string, root: string): RestoreBlobCacheResult {
  core.notice(
    "Blob cache skipped: `oci-layout` names a directory outside the action's own cache directory; the cache never " +
      'restores into or prunes a layout you named. Leave `oci-layout` unset to use the cache.',
    { title: 'Cache skipped' },
  );
  const recordFile = join(root, RECORD_FILE);
  const state: BlobCacheState = {
    v: 1,
    primaryKey,
    paths: [],
    layoutDir: '',
    recordFile,
    available: false,
    fingerprint: '',
    changed: false,
    success: false,
    skipped: true,
  };
  return {
    cacheHit: false,
    primaryKey,
    outcome: 'skipped',
    verified: { ok: [], dropped: [] },
    record: emptyRecord(),
    recordFile,
    state,
  };
}

/**
 * End of main: record whether main succeeded and whether the store changed since the restore, for the post step.
 * `keep`: the digests this run wrote or reused; when given, post deletes every other blob before saving so the cache
 * holds only what the last run needed (and does not grow across module versions).
 */
export async function finishBlobCache(
  state: BlobCacheState,
  result: { success: boolean; keep?: Iterable<string> },
): Promise<BlobCacheState> {
  if (state.skipped) return state;
  const keep = result.keep ? [...new Set(result.keep)].sort() : undefined;
  const fp = await storeFingerprint(state.layoutDir, state.recordFile, keep ? new Set(keep) : undefined);
  const next: BlobCacheState = { ...state, success: result.success, changed: fp !== state.fingerprint, keep };
  persist(next);
  return next;
}

/**
 * The post step trusts nothing in its saved state: the layout must be in the run's own cache directory (real paths,
 * no `..`, no symlink out), and the cached paths and the record exactly the ones main derives from it. Returns a
 * description of the first offending path, or undefined when the state is acceptable.
 */
async function untrustedState(state: BlobCacheState): Promise<string | undefined> {
  const root = cacheRoot();
  const layoutDir = state.layoutDir;
  const why = await outsideRoot(root, layoutDir);
  if (why) return `${q(String(layoutDir), 300)} (${why})`;
  const expected = blobCachePaths(layoutDir);
  const paths: unknown[] = Array.isArray(state.paths) ? state.paths : [];
  if (paths.length !== expected.length || paths.some((p, i) => p !== expected[i]))
    return `cache paths ${q(JSON.stringify(state.paths), 300)} (not the layout's own)`;
  if (state.recordFile !== recordPath(layoutDir))
    return `${q(String(state.recordFile), 300)} (not the layout's record)`;
  for (const p of [...expected, state.recordFile]) {
    const bad = await outsideRoot(root, p);
    if (bad) return `${q(p, 300)} (${bad})`;
  }
  if (
    state.keep !== undefined &&
    (!Array.isArray(state.keep) || state.keep.some((d) => typeof d !== 'string'))
  )
    return 'a malformed keep list';
  return undefined;
}

/** Remove what must not be cached: entries not named by a digest, and (with `keep`) blobs this run did not use. */
async function prune(layoutDir: string, keep: ReadonlySet<string> | undefined): Promise<number> {
  const dir = blobDir(layoutDir);
  let removed = 0;
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    // Only regular files named by a digest are cached: a symlink (even named like a digest) never is.
    const regular = await lstat(join(dir, name)).then(
      (st) => st.isFile(),
      () => false,
    );
    if (regular && HEX_RE.test(name) && (!keep || keep.has('sha256:' + name))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/**
 * Save the store (post step). Only when main succeeded, the store changed and the primary key was not an exact hit
 * (entries are immutable). Never throws for cache-service trouble; bounded by `timeoutMs` (default 120 s, or `WASM_OCI_CACHE_TIMEOUT_MS`).
 */
export async function saveBlobCache(
  state: BlobCacheState | undefined = loadBlobCacheState(),
  opts: { timeoutMs?: number } = {},
): Promise<SaveBlobCacheResult> {
  if (!state) {
    core.debug('blob cache: no state from main; nothing to save');
    return { saved: false, outcome: 'no-state' };
  }
  const refused = await untrustedState(state);
  if (refused) {
    core.warning(
      `Blob cache not saved: the state from the main step names ${refused}, not a path in this run's cache directory ` +
        `${q(cacheRoot())}; nothing was deleted or uploaded. The state was altered or written by another tool; re-run the job.`,
      { title: 'Cache save' },
    );
    return { saved: false, outcome: 'refused', key: state.primaryKey };
  }
  const key = state.primaryKey;
  if (!state.success) {
    core.info('Blob cache not saved: the main step did not succeed.');
    return { saved: false, outcome: 'main-failed', key };
  }
  if (state.matchedKey === key) {
    core.info('Blob cache not saved: exact hit, the entry already exists.');
    return { saved: false, outcome: 'exact-hit', key };
  }
  if (!state.changed) {
    core.info('Blob cache not saved: the blob store did not change.');
    return { saved: false, outcome: 'unchanged', key };
  }
  if (!state.available || !cache.isFeatureAvailable()) {
    core.debug('blob cache: cache service unavailable; not saving');
    return { saved: false, outcome: 'unavailable', key };
  }
  const mode = cacheMode();
  if (mode === 'read' || mode === 'none') {
    core.info(`Blob cache not saved: the cache is read-only for this run (cache-mode '${untrusted(mode)}').`);
    return { saved: false, outcome: 'read-only', key };
  }
  try {
    const removed = await prune(state.layoutDir, state.keep ? new Set(state.keep) : undefined);
    if (removed) core.debug(`blob cache: pruned ${removed} entr(y/ies) not to be cached`);
    const entryId = await withTimeout(
      cache.saveCache(state.paths, key, undefined),
      opts.timeoutMs ?? cacheTimeoutMs(DEFAULT_SAVE_TIMEOUT_MS),
      'cache save',
    );
    if (entryId === -1) {
      core.info('Blob cache not saved (see the message above); the next run rebuilds what it needs.');
      return { saved: false, outcome: 'not-saved', key };
    }
    core.info(`Blob cache saved as ${untrusted(key)}.`);
    return { saved: true, outcome: 'saved', key, entryId };
  } catch (e) {
    core.warning(`Blob cache not saved: ${errorText(e)}`, { title: 'Cache save' });
    return { saved: false, outcome: e instanceof CacheTimeoutError ? 'timeout' : 'error', key };
  }
}
