export const id = 964;
export const ids = [964];
export const modules = {

/***/ 9583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CacheTimeoutError: () => (/* reexport */ timeout/* CacheTimeoutError */.O7),
  DEFAULT_RESTORE_TIMEOUT_MS: () => (/* reexport */ DEFAULT_RESTORE_TIMEOUT_MS),
  DEFAULT_SAVE_TIMEOUT_MS: () => (/* reexport */ DEFAULT_SAVE_TIMEOUT_MS),
  RECORD_FILE: () => (/* reexport */ RECORD_FILE),
  STATE_NAME: () => (/* reexport */ STATE_NAME),
  TIMEOUT_ENV: () => (/* reexport */ TIMEOUT_ENV),
  abandonedCount: () => (/* reexport */ timeout/* abandonedCount */._r),
  blobCacheKeys: () => (/* reexport */ blobCacheKeys),
  blobCachePaths: () => (/* reexport */ blobCachePaths),
  blobDir: () => (/* reexport */ blobDir),
  cacheTimeoutMs: () => (/* reexport */ cacheTimeoutMs),
  canonicalJson: () => (/* reexport */ canonicalJson),
  checkCacheKey: () => (/* reexport */ checkCacheKey),
  emptyRecord: () => (/* reexport */ emptyRecord),
  finishBlobCache: () => (/* reexport */ finishBlobCache),
  getVerifiedBlob: () => (/* reexport */ getVerifiedBlob),
  hashFile: () => (/* reexport */ hashFile),
  loadBlobCacheState: () => (/* reexport */ loadBlobCacheState),
  mountCandidates: () => (/* reexport */ mountCandidates),
  parseRecord: () => (/* reexport */ parseRecord),
  readRecord: () => (/* reexport */ readRecord),
  recordPath: () => (/* reexport */ recordPath),
  recordPushed: () => (/* reexport */ recordPushed),
  restoreBlobCache: () => (/* reexport */ restoreBlobCache),
  saveBlobCache: () => (/* reexport */ saveBlobCache),
  serializeRecord: () => (/* reexport */ serializeRecord),
  settleAbandoned: () => (/* reexport */ timeout/* settleAbandoned */.MK),
  storeFingerprint: () => (/* reexport */ storeFingerprint),
  verifyCachedBlobs: () => (/* reexport */ verifyCachedBlobs),
  withTimeout: () => (/* reexport */ timeout/* withTimeout */.wj),
  writeRecord: () => (/* reexport */ writeRecord)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/cache/paths.ts
/**
 * The run's own cache directory, `$RUNNER_TEMP/wasm-oci` (the default `oci-layout` lives in it), and the checks that
 * keep the blob cache inside it: main restores and prunes only a layout in it, and the post step, which trusts nothing
 * in its saved state, accepts only paths whose real location (symlinks resolved) is in it.
 */



/** `$RUNNER_TEMP/wasm-oci` (the OS temp directory when RUNNER_TEMP is unset, as for the default layout). */
function cacheRoot(env = process.env) {
    return (0,external_node_path_.resolve)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wasm-oci'));
}
/** `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith('..' + external_node_path_.sep) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for paths not created yet). */
async function realLocation(p) {
    try {
        return await (0,promises_.realpath)(p);
    }
    catch {
        const parent = (0,external_node_path_.resolve)(p, '..');
        if (parent === p)
            return p;
        return (0,external_node_path_.join)(await realLocation(parent), p.slice(parent.length + (parent.endsWith(external_node_path_.sep) ? 0 : 1)));
    }
}
/**
 * Why `p` is not acceptable as a cache path inside `root`, or undefined when it is: it must be absolute and
 * normalised (no `..`), lie in `root` lexically, and its real location (every symlink resolved) must lie in the real
 * location of `root`; the path itself must not be a symlink.
 */
async function outsideRoot(root, p) {
    if (typeof p !== 'string' || p === '')
        return 'not a path';
    if (!(0,external_node_path_.isAbsolute)(p) || (0,external_node_path_.normalize)(p) !== p || p.split(/[\\/]/).includes('..'))
        return 'not an absolute, normalised path';
    if (!isWithin(root, p))
        return 'outside the cache directory';
    const realRoot = await realLocation(root);
    if (!isWithin(realRoot, await realLocation(p)))
        return 'a symlink out of the cache directory';
    try {
        if ((await (0,promises_.lstat)(p)).isSymbolicLink())
            return 'a symlink';
    }
    catch {
        /* not there (yet): nothing to follow */
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cache/keys.ts


/** @actions/cache key rules: at most 512 characters, no commas; at most 10 keys per restore. */
const MAX_KEY_LENGTH = 512;
/** JSON with object keys sorted, so the same inputs always hash the same. */
function canonicalJson(value) {
    if (value === undefined)
        return 'null';
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return '[' + value.map((v) => canonicalJson(v)).join(',') + ']';
    const obj = value;
    const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}';
}
function checkCacheKey(key) {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH || key.includes(',')) {
        throw new errors/* UserError */.y(`cache key is not valid for the Actions cache (${key.length} characters${key.includes(',') ? ', contains a comma' : ''})`, `keys must be 1-${MAX_KEY_LENGTH} characters without commas`, 'Invalid cache key');
    }
}
/** Cache keys for one run: exact match when the module and every packaging input are unchanged. */
function blobCacheKeys(k) {
    if (!/^[a-z0-9]+$/.test(k.format)) {
        throw new errors/* UserError */.y(`unknown format for the cache key`, 'use one of solo, compat or cncf', 'Invalid format');
    }
    const prefix = `wasm-oci-${k.format}-`;
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(canonicalJson({ moduleDigest: k.moduleDigest, inputs: k.inputs ?? null }))
        .digest('hex');
    const primaryKey = prefix + hash;
    checkCacheKey(primaryKey);
    return { primaryKey, restoreKeys: [prefix] };
}

// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/cache/record.ts
/**
 * The push record: which registry/repository was last seen holding which blob digest. Cached with the blob store so a
 * later run can ask the registry to mount a blob from a sibling repository instead of uploading it. The record is a
 * hint only: the registry confirms every mount, and a restored record is untrusted input (parsed defensively).
 *
 * File: `wasm-oci-record.json` next to the layout directory (`recordPath(layoutDir)`), format:
 * `{"version":1,"registries":{"ghcr.io":{"acme/filters":["sha256:…", …]}}}` (digests oldest first).
 */



const RECORD_FILE = 'wasm-oci-record.json';
/** Bounds so the record cannot grow without limit across runs. */
const MAX_DIGESTS_PER_REPOSITORY = 256;
const MAX_REPOSITORIES_PER_REGISTRY = 64;
const MAX_REGISTRIES = 16;
// host[:port] (lowercase DNS name or IPv4, optional port); OCI distribution repository name grammar.
const REGISTRY_RE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$/;
function emptyRecord() {
    return { version: 1, registries: Object.create(null) };
}
/** Where the record lives for a layout directory: `<layout>/../wasm-oci-record.json`. */
function recordPath(layoutDir) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(layoutDir)), RECORD_FILE);
}
/** Parse untrusted record text; anything malformed is dropped (an unreadable record is an empty one). */
function parseRecord(text) {
    const record = emptyRecord();
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return record;
    }
    if (!raw || typeof raw !== 'object' || raw.version !== 1)
        return record;
    const regs = raw.registries;
    if (!regs || typeof regs !== 'object' || Array.isArray(regs))
        return record;
    for (const [registry, repos] of Object.entries(regs).slice(0, MAX_REGISTRIES)) {
        if (!REGISTRY_RE.test(registry) || registry.length > 255)
            continue;
        if (!repos || typeof repos !== 'object' || Array.isArray(repos))
            continue;
        const out = Object.create(null);
        for (const [repository, digests] of Object.entries(repos).slice(0, MAX_REPOSITORIES_PER_REGISTRY)) {
            if (repository.length > 255 || !types/* REPOSITORY_RE */.PO.test(repository) || !Array.isArray(digests))
                continue;
            const valid = [
                ...new Set(digests.filter((d) => typeof d === 'string' && types/* DIGEST_RE */.Vt.test(d))),
            ];
            if (valid.length > 0)
                out[repository] = valid.slice(-MAX_DIGESTS_PER_REPOSITORY);
        }
        if (Object.keys(out).length > 0)
            record.registries[registry] = out;
    }
    return record;
}
/** Read the record; a missing or unreadable file gives an empty record. */
async function readRecord(path) {
    try {
        return parseRecord(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return emptyRecord();
    }
}
/** Deterministic serialisation (sorted registries and repositories). */
function serializeRecord(record) {
    const registries = {};
    for (const registry of Object.keys(record.registries).sort()) {
        const repos = {};
        for (const repository of Object.keys(record.registries[registry]).sort()) {
            repos[repository] = record.registries[registry][repository];
        }
        registries[registry] = repos;
    }
    return JSON.stringify({ version: 1, registries }, null, 1) + '\n';
}
/** Write atomically (temp file + rename); unchanged content is not rewritten. */
async function writeRecord(path, record) {
    const text = serializeRecord(record);
    try {
        if ((await (0,promises_.readFile)(path, 'utf8')) === text)
            return;
    }
    catch {
        // not there yet
    }
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, text);
    await (0,promises_.rename)(tmp, path);
}
/**
 * Other repositories on the same registry known (from the record) to hold `digest`, most recently recorded first,
 * at most `max`. The caller tries `POST …/blobs/uploads/?mount=<digest>&from=<repo>` with each; a 201 from the registry
 * is the only proof the blob is there.
 */
function mountCandidates(record, registry, repository, digest, max = 3) {
    const repos = Object.hasOwn(record.registries, registry) ? record.registries[registry] : undefined;
    if (!repos || !types/* DIGEST_RE */.Vt.test(digest))
        return [];
    const found = [];
    for (const [repo, digests] of Object.entries(repos)) {
        if (repo === repository)
            continue;
        const i = digests.lastIndexOf(digest);
        if (i >= 0)
            found.push({ repository: repo, pos: digests.length - i });
    }
    found.sort((a, b) => a.pos - b.pos || (a.repository < b.repository ? -1 : 1));
    return found.slice(0, max).map((f) => f.repository);
}
/**
 * Note that `registry/repository` now holds `digests` (after a confirmed push or mount). Returns a new record; the
 * pushed digests move to the end (most recent), older ones fall off past the bounds.
 */
function recordPushed(record, registry, repository, digests) {
    const next = parseRecord(serializeRecord(record));
    const add = [...new Set([...digests].filter((d) => types/* DIGEST_RE */.Vt.test(d)))];
    if (add.length === 0 || !REGISTRY_RE.test(registry) || !types/* REPOSITORY_RE */.PO.test(repository))
        return next;
    const repos = (next.registries[registry] ??= Object.create(null));
    const kept = (repos[repository] ?? []).filter((d) => !add.includes(d));
    delete repos[repository];
    repos[repository] = [...kept, ...add].slice(-MAX_DIGESTS_PER_REPOSITORY);
    // Bound repositories per registry and registries: drop others in name order (the one just written stays).
    const repoNames = Object.keys(repos);
    for (const name of repoNames.slice(0, Math.max(0, repoNames.length - MAX_REPOSITORIES_PER_REGISTRY))) {
        delete repos[name];
    }
    const regNames = Object.keys(next.registries).filter((r) => r !== registry);
    for (const name of regNames.slice(0, Math.max(0, regNames.length + 1 - MAX_REGISTRIES))) {
        delete next.registries[name];
    }
    return next;
}

// EXTERNAL MODULE: ./src/cache/timeout.ts
var timeout = __webpack_require__(9153);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
;// CONCATENATED MODULE: ./src/cache/verify.ts
/**
 * Restored cache content is untrusted: every blob is re-hashed against its file name before packaging may reuse it.
 * Mismatches, non-regular files and names that are not a sha256 hex digest are deleted with a warning.
 */








/** A blob file name: 64 lowercase hex. */
const HEX_RE = /^[a-f0-9]{64}$/;
/** `<layout>/blobs/sha256` */
function blobDir(layoutDir) {
    return (0,external_node_path_.join)(layoutDir, 'blobs', 'sha256');
}
/** sha256 of a file, streamed (never buffered whole). */
async function hashFile(path) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        size += chunk.length;
        h.update(chunk);
    }
    return { digest: 'sha256:' + h.digest('hex'), size };
}
async function checkEntry(dir, name) {
    const path = (0,external_node_path_.join)(dir, name);
    const st = await (0,promises_.lstat)(path);
    if (!st.isFile() || !HEX_RE.test(name))
        return false;
    const { digest } = await hashFile(path);
    return digest === 'sha256:' + name;
}
function warnDropped(dropped) {
    if (dropped.length === 0)
        return;
    const shown = dropped
        .slice(0, 5)
        .map((d) => (0,log/* untrusted */.bp)(d, 100))
        .join(', ');
    const more = dropped.length > 5 ? ` and ${dropped.length - 5} more` : '';
    core/* warning */.$e(`Ignored ${dropped.length} corrupted or unexpected cached blob(s) (content does not match the name): ${shown}${more}. ` +
        'They were deleted and will be rebuilt; nothing from them is published.', { title: 'Corrupted cache entry' });
}
/**
 * Re-hash every blob in `<layoutDir>/blobs/sha256/` against its file name; delete mismatches (and anything that is not
 * a regular file named by 64 lowercase hex). Returns the verified digests (`sha256:<hex>`, sorted) and what was dropped
 * (`sha256/<name>` for each deleted entry). A missing blob directory is an empty store.
 */
async function verifyCachedBlobs(layoutDir, concurrency = 4) {
    const dir = blobDir(layoutDir);
    let names;
    try {
        names = (await (0,promises_.readdir)(dir)).sort();
    }
    catch {
        return { ok: [], dropped: [] };
    }
    const ok = [];
    const dropped = [];
    let next = 0;
    const worker = async () => {
        while (next < names.length) {
            const name = names[next++];
            let good = false;
            try {
                good = await checkEntry(dir, name);
            }
            catch {
                good = false;
            }
            if (good) {
                ok.push('sha256:' + name);
            }
            else {
                dropped.push('sha256/' + name);
                await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { recursive: true, force: true });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, names.length)) }, worker));
    ok.sort();
    dropped.sort();
    warnDropped(dropped);
    return { ok, dropped };
}
/**
 * One blob, checked before reuse: its path when `<layout>/blobs/sha256/<hex>` is a regular file whose content matches
 * `digest` (and `size`, when given); otherwise undefined. A mismatching file is deleted with a warning.
 */
async function getVerifiedBlob(layoutDir, digest, size) {
    if (!types/* DIGEST_RE */.Vt.test(digest))
        return undefined;
    const path = (0,external_node_path_.join)(blobDir(layoutDir), (0,oci_digest/* digestHex */.s)(digest));
    try {
        const st = await (0,promises_.lstat)(path);
        if (!st.isFile()) {
            await (0,promises_.rm)(path, { recursive: true, force: true });
            warnDropped(['sha256/' + (0,oci_digest/* digestHex */.s)(digest)]);
            return undefined;
        }
        if (size !== undefined && st.size !== size) {
            await (0,promises_.rm)(path, { force: true });
            warnDropped(['sha256/' + (0,oci_digest/* digestHex */.s)(digest)]);
            return undefined;
        }
    }
    catch {
        return undefined;
    }
    const got = await hashFile(path);
    if (got.digest !== digest) {
        await (0,promises_.rm)(path, { force: true });
        warnDropped(['sha256/' + (0,oci_digest/* digestHex */.s)(digest)]);
        return undefined;
    }
    return { path, size: got.size };
}
/**
 * Cheap fingerprint of the store (names and sizes of the blobs, plus the record's bytes): if it differs between restore
 * and the end of main, the store changed and is worth saving. Content is not re-hashed (names are digests). With
 * `keep`, only those digests count (the store as it will be saved after pruning). Names that are not digests (e.g. a
 * writer's leftover temp file) never count: the post step removes them before saving.
 */
async function storeFingerprint(layoutDir, recordFile, keep) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const dir = blobDir(layoutDir);
    let names = [];
    try {
        names = (await (0,promises_.readdir)(dir)).sort();
    }
    catch {
        // empty store
    }
    for (const name of names) {
        if (!HEX_RE.test(name) || (keep && !keep.has('sha256:' + name)))
            continue;
        let size = -1;
        try {
            size = (await (0,promises_.lstat)((0,external_node_path_.join)(dir, name))).size;
        }
        catch {
            // vanished
        }
        h.update(`${name} ${size}\n`);
    }
    if (recordFile) {
        try {
            h.update('record\n').update(await (0,promises_.readFile)(recordFile));
        }
        catch {
            h.update('no record\n');
        }
    }
    return h.digest('hex');
}

;// CONCATENATED MODULE: ./src/cache/blob-cache.ts
/**
 * The blob cache between runs (issue 6): the layout's content-addressed `blobs/sha256/` plus the push record, saved
 * with @actions/cache under `wasm-oci-<format>-<hash>` and restored with the `wasm-oci-<format>-` fallback.
 *
 * main:  `restoreBlobCache()` first (restores, verifies every blob, saves state), `finishBlobCache()` last.
 * post:  `saveBlobCache()` (reads the state, saves only when main succeeded and the store changed).
 * Every failure of the cache service is a notice/warning, never a failed job, and every call is time-bounded.
 */










/** core.saveState name; the post step reads it from the `STATE_wasm_oci_cache` env var. */
const STATE_NAME = 'wasm_oci_cache';
const DEFAULT_RESTORE_TIMEOUT_MS = 60_000;
const DEFAULT_SAVE_TIMEOUT_MS = 120_000;
/** Env override of both bounds in milliseconds (tests, or a job that must not wait long for a slow cache service). */
const TIMEOUT_ENV = 'WASM_OCI_CACHE_TIMEOUT_MS';
/** The bound for a cache call: `WASM_OCI_CACHE_TIMEOUT_MS` when it is a positive integer, else `fallback`. */
function cacheTimeoutMs(fallback, env = process.env) {
    const raw = (env[TIMEOUT_ENV] ?? '').trim();
    if (!/^[0-9]{1,9}$/.test(raw) || Number(raw) === 0)
        return fallback;
    return Number(raw);
}
/** The fixed path list cached for a layout: its blob directory and the push record next to it. */
function blobCachePaths(layoutDir) {
    const abs = (0,external_node_path_.resolve)(layoutDir);
    return [blobDir(abs), recordPath(abs)];
}
function persist(state) {
    core/* saveState */.LZ(STATE_NAME, JSON.stringify(state));
}
/** The state main saved (post step: from `STATE_wasm_oci_cache`); undefined when main saved none. */
function loadBlobCacheState() {
    const raw = core/* getState */.Gu(STATE_NAME);
    if (!raw)
        return undefined;
    try {
        const s = JSON.parse(raw);
        if (s?.v !== 1 || typeof s.primaryKey !== 'string' || !Array.isArray(s.paths))
            return undefined;
        return s;
    }
    catch {
        return undefined;
    }
}
function errorText(e) {
    return (0,log/* untrusted */.bp)(e instanceof Error ? e.message : String(e));
}
function cacheMode() {
    return (process.env['ACTIONS_CACHE_MODE'] || '').trim().toLowerCase();
}
/**
 * Restore the blob store (start of main). Never throws for cache-service trouble: unavailable service, read-denied,
 * 5xx, 429 and timeouts become a notice or warning and a miss. Restored blobs are re-hashed; corrupt ones are deleted.
 * Saves the state for the post step (`finishBlobCache` updates it at the end of main).
 */
async function restoreBlobCache(opts) {
    const { primaryKey, restoreKeys } = blobCacheKeys(opts);
    const layoutDir = (0,external_node_path_.resolve)(opts.layoutDir);
    const root = cacheRoot();
    if (!isWithin(root, layoutDir) || (await outsideRoot(root, layoutDir)))
        return skipForeignLayout(primaryKey, root);
    const paths = blobCachePaths(layoutDir);
    const recordFile = recordPath(layoutDir);
    const timeoutMs = opts.timeoutMs ?? cacheTimeoutMs(DEFAULT_RESTORE_TIMEOUT_MS);
    const available = cache/* isFeatureAvailable */.w3();
    let matchedKey;
    let outcome = 'miss';
    if (!available) {
        outcome = 'unavailable';
        core/* notice */.lm('The Actions cache service is not available to this job; blob caching is skipped.', {
            title: 'Cache unavailable',
        });
    }
    else {
        try {
            matchedKey = await (0,timeout/* withTimeout */.wj)(cache/* restoreCache */.P3(paths, primaryKey, restoreKeys), timeoutMs, 'cache restore');
            if (matchedKey)
                outcome = matchedKey === primaryKey ? 'hit' : 'partial';
        }
        catch (e) {
            matchedKey = undefined;
            outcome = e instanceof timeout/* CacheTimeoutError */.O7 ? 'timeout' : 'error';
            core/* warning */.$e(`Blob cache not restored (continuing without it): ${errorText(e)}`, {
                title: 'Cache restore',
            });
        }
    }
    // Verify whatever is in the store now (a timed-out restore may still be extracting: its files are checked here and
    // again by getVerifiedBlob before reuse; the registry verifies every digest on upload too).
    const verified = outcome === 'unavailable' ? { ok: [], dropped: [] } : await verifyCachedBlobs(layoutDir);
    const record = await readRecord(recordFile);
    const state = {
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
        core/* info */.pq(`Blob cache ${outcome === 'hit' ? 'hit' : 'restored from ' + (0,log/* untrusted */.bp)(matchedKey)}: ${verified.ok.length} blob(s) verified` +
            (verified.dropped.length ? `, ${verified.dropped.length} dropped` : ''));
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
function skipForeignLayout(primaryKey, root) {
    core/* notice */.lm("Blob cache skipped: `oci-layout` names a directory outside the action's own cache directory; the cache never " +
        'restores into or prunes a layout you named. Leave `oci-layout` unset to use the cache.', { title: 'Cache skipped' });
    const recordFile = (0,external_node_path_.join)(root, RECORD_FILE);
    const state = {
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
async function finishBlobCache(state, result) {
    if (state.skipped)
        return state;
    const keep = result.keep ? [...new Set(result.keep)].sort() : undefined;
    const fp = await storeFingerprint(state.layoutDir, state.recordFile, keep ? new Set(keep) : undefined);
    const next = { ...state, success: result.success, changed: fp !== state.fingerprint, keep };
    persist(next);
    return next;
}
/**
 * The post step trusts nothing in its saved state: the layout must be in the run's own cache directory (real paths,
 * no `..`, no symlink out), and the cached paths and the record exactly the ones main derives from it. Returns a
 * description of the first offending path, or undefined when the state is acceptable.
 */
async function untrustedState(state) {
    const root = cacheRoot();
    const layoutDir = state.layoutDir;
    const why = await outsideRoot(root, layoutDir);
    if (why)
        return `${(0,log.q)(String(layoutDir), 300)} (${why})`;
    const expected = blobCachePaths(layoutDir);
    const paths = Array.isArray(state.paths) ? state.paths : [];
    if (paths.length !== expected.length || paths.some((p, i) => p !== expected[i]))
        return `cache paths ${(0,log.q)(JSON.stringify(state.paths), 300)} (not the layout's own)`;
    if (state.recordFile !== recordPath(layoutDir))
        return `${(0,log.q)(String(state.recordFile), 300)} (not the layout's record)`;
    for (const p of [...expected, state.recordFile]) {
        const bad = await outsideRoot(root, p);
        if (bad)
            return `${(0,log.q)(p, 300)} (${bad})`;
    }
    if (state.keep !== undefined &&
        (!Array.isArray(state.keep) || state.keep.some((d) => typeof d !== 'string')))
        return 'a malformed keep list';
    return undefined;
}
/** Remove what must not be cached: entries not named by a digest, and (with `keep`) blobs this run did not use. */
async function prune(layoutDir, keep) {
    const dir = blobDir(layoutDir);
    let removed = 0;
    let names = [];
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return 0;
    }
    for (const name of names) {
        // Only regular files named by a digest are cached: a symlink (even named like a digest) never is.
        const regular = await (0,promises_.lstat)((0,external_node_path_.join)(dir, name)).then((st) => st.isFile(), () => false);
        if (regular && HEX_RE.test(name) && (!keep || keep.has('sha256:' + name)))
            continue;
        await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { recursive: true, force: true });
        removed++;
    }
    return removed;
}
/**
 * Save the store (post step). Only when main succeeded, the store changed and the primary key was not an exact hit
 * (entries are immutable). Never throws for cache-service trouble; bounded by `timeoutMs` (default 120 s, or `WASM_OCI_CACHE_TIMEOUT_MS`).
 */
async function saveBlobCache(state = loadBlobCacheState(), opts = {}) {
    if (!state) {
        core/* debug */.Yz('blob cache: no state from main; nothing to save');
        return { saved: false, outcome: 'no-state' };
    }
    const refused = await untrustedState(state);
    if (refused) {
        core/* warning */.$e(`Blob cache not saved: the state from the main step names ${refused}, not a path in this run's cache directory ` +
            `${(0,log.q)(cacheRoot())}; nothing was deleted or uploaded. The state was altered or written by another tool; re-run the job.`, { title: 'Cache save' });
        return { saved: false, outcome: 'refused', key: state.primaryKey };
    }
    const key = state.primaryKey;
    if (!state.success) {
        core/* info */.pq('Blob cache not saved: the main step did not succeed.');
        return { saved: false, outcome: 'main-failed', key };
    }
    if (state.matchedKey === key) {
        core/* info */.pq('Blob cache not saved: exact hit, the entry already exists.');
        return { saved: false, outcome: 'exact-hit', key };
    }
    if (!state.changed) {
        core/* info */.pq('Blob cache not saved: the blob store did not change.');
        return { saved: false, outcome: 'unchanged', key };
    }
    if (!state.available || !cache/* isFeatureAvailable */.w3()) {
        core/* debug */.Yz('blob cache: cache service unavailable; not saving');
        return { saved: false, outcome: 'unavailable', key };
    }
    const mode = cacheMode();
    if (mode === 'read' || mode === 'none') {
        core/* info */.pq(`Blob cache not saved: the cache is read-only for this run (cache-mode '${(0,log/* untrusted */.bp)(mode)}').`);
        return { saved: false, outcome: 'read-only', key };
    }
    try {
        const removed = await prune(state.layoutDir, state.keep ? new Set(state.keep) : undefined);
        if (removed)
            core/* debug */.Yz(`blob cache: pruned ${removed} entr(y/ies) not to be cached`);
        const entryId = await (0,timeout/* withTimeout */.wj)(cache/* saveCache */.Io(state.paths, key, undefined), opts.timeoutMs ?? cacheTimeoutMs(DEFAULT_SAVE_TIMEOUT_MS), 'cache save');
        if (entryId === -1) {
            core/* info */.pq('Blob cache not saved (see the message above); the next run rebuilds what it needs.');
            return { saved: false, outcome: 'not-saved', key };
        }
        core/* info */.pq(`Blob cache saved as ${(0,log/* untrusted */.bp)(key)}.`);
        return { saved: true, outcome: 'saved', key, entryId };
    }
    catch (e) {
        core/* warning */.$e(`Blob cache not saved: ${errorText(e)}`, { title: 'Cache save' });
        return { saved: false, outcome: e instanceof timeout/* CacheTimeoutError */.O7 ? 'timeout' : 'error', key };
    }
}

;// CONCATENATED MODULE: ./src/cache/index.ts
/** The blob cache (issue 6). Loaded with dynamic `import()` only when caching is on. */







/***/ })

};
