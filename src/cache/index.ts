/** The blob cache (issue 6). Loaded with dynamic `import()` only when caching is on. */
export {
  restoreBlobCache,
  finishBlobCache,
  saveBlobCache,
  loadBlobCacheState,
  blobCachePaths,
  STATE_NAME,
  DEFAULT_RESTORE_TIMEOUT_MS,
  DEFAULT_SAVE_TIMEOUT_MS,
  TIMEOUT_ENV,
  cacheTimeoutMs,
  type BlobCacheState,
  type RestoreBlobCacheOptions,
  type RestoreBlobCacheResult,
  type RestoreOutcome,
  type SaveBlobCacheResult,
  type SaveOutcome,
} from './blob-cache.js';
export {
  blobCacheKeys,
  canonicalJson,
  checkCacheKey,
  type BlobCacheKeys,
  type BlobCacheKeyInputs,
} from './keys.js';
export {
  emptyRecord,
  mountCandidates,
  parseRecord,
  readRecord,
  recordPath,
  recordPushed,
  serializeRecord,
  writeRecord,
  RECORD_FILE,
  type PushRecord,
} from './record.js';
export { verifyCachedBlobs, getVerifiedBlob, hashFile, blobDir, storeFingerprint } from './verify.js';
export { withTimeout, settleAbandoned, abandonedCount, CacheTimeoutError } from './timeout.js';
