import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { Format } from '../package/types.js';

/** @actions/cache key rules: at most 512 characters, no commas; at most 10 keys per restore. */
export const MAX_KEY_LENGTH = 512;

export interface BlobCacheKeyInputs {
  format: Format;
  /** `sha256:<hex>` of the module bytes */
  moduleDigest: string;
  /** every packaging input that changes the blobs (runtime config, annotations, compat options, …); JSON-serialisable */
  inputs?: unknown;
}

export interface BlobCacheKeys {
  /** `wasm-oci-<format>-<sha256 of module digest and packaging inputs>` */
  primaryKey: string;
  /** `[wasm-oci-<format>-]`: a changed module still reuses what the last store holds */
  restoreKeys: string[];
}

/** JSON with object keys sorted, so the same inputs always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map((v) => canonicalJson(v)).join(',') + ']';
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}';
}

export function checkCacheKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || key.includes(',')) {
    throw new UserError(
      `cache key is not valid for the Actions cache (${key.length} characters${key.includes(',') ? ', contains a comma' : ''})`,
      `keys must be 1-${MAX_KEY_LENGTH} characters without commas`,
      'Invalid cache key',
    );
  }
}

/** Cache keys for one run: exact match when the module and every packaging input are unchanged. */
export function blobCacheKeys(k: BlobCacheKeyInputs): BlobCacheKeys {
  if (!/^[a-z0-9]+$/.test(k.format)) {
    throw new UserError(
      `unknown format for the cache key`,
      'use one of solo, compat or cncf',
      'Invalid format',
    );
  }
  const prefix = `wasm-oci-${k.format}-`;
  const hash = createHash('sha256')
    .update(canonicalJson({ moduleDigest: k.moduleDigest, inputs: k.inputs ?? null }))
    .digest('hex');
  const primaryKey = prefix + hash;
  checkCacheKey(primaryKey);
  return { primaryKey, restoreKeys: [prefix] };
}
