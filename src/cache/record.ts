/**
 * The push record: which registry/repository was last seen holding which blob digest. Cached with the blob store so a
 * later run can ask the registry to mount a blob from a sibling repository instead of uploading it. The record is a
 * hint only: the registry confirms every mount, and a restored record is untrusted input (parsed defensively).
 *
 * File: `wasm-oci-record.json` next to the layout directory (`recordPath(layoutDir)`), format:
 * `{"version":1,"registries":{"ghcr.io":{"acme/filters":["sha256:…", …]}}}` (digests oldest first).
 */
import { readFile, writeFile, rename, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DIGEST_RE, REPOSITORY_RE } from '../oci/types.js';

export const RECORD_FILE = 'wasm-oci-record.json';
/** Bounds so the record cannot grow without limit across runs. */
export const MAX_DIGESTS_PER_REPOSITORY = 256;
export const MAX_REPOSITORIES_PER_REGISTRY = 64;
export const MAX_REGISTRIES = 16;

export interface PushRecord {
  version: 1;
  /** registry host[:port] → repository → digests (oldest first) */
  registries: Record<string, Record<string, string[]>>;
}

// host[:port] (lowercase DNS name or IPv4, optional port); OCI distribution repository name grammar.
const REGISTRY_RE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$/;

export function emptyRecord(): PushRecord {
  return { version: 1, registries: Object.create(null) as PushRecord['registries'] };
}

/** Where the record lives for a layout directory: `<layout>/../wasm-oci-record.json`. */
export function recordPath(layoutDir: string): string {
  return join(dirname(resolve(layoutDir)), RECORD_FILE);
}

/** Parse untrusted record text; anything malformed is dropped (an unreadable record is an empty one). */
export function parseRecord(text: string): PushRecord {
  const record = emptyRecord();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return record;
  }
  if (!raw || typeof raw !== 'object' || (raw as { version?: unknown }).version !== 1) return record;
  const regs = (raw as { registries?: unknown }).registries;
  if (!regs || typeof regs !== 'object' || Array.isArray(regs)) return record;
  for (const [registry, repos] of Object.entries(regs as Record<string, unknown>).slice(0, MAX_REGISTRIES)) {
    if (!REGISTRY_RE.test(registry) || registry.length > 255) continue;
    if (!repos || typeof repos !== 'object' || Array.isArray(repos)) continue;
    const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    for (const [repository, digests] of Object.entries(repos as Record<string, unknown>).slice(
      0,
      MAX_REPOSITORIES_PER_REGISTRY,
    )) {
      if (repository.length > 255 || !REPOSITORY_RE.test(repository) || !Array.isArray(digests)) continue;
      const valid = [
        ...new Set(digests.filter((d): d is string => typeof d === 'string' && DIGEST_RE.test(d))),
      ];
      if (valid.length > 0) out[repository] = valid.slice(-MAX_DIGESTS_PER_REPOSITORY);
    }
    if (Object.keys(out).length > 0) record.registries[registry] = out;
  }
  return record;
}

/** Read the record; a missing or unreadable file gives an empty record. */
export async function readRecord(path: string): Promise<PushRecord> {
  try {
    return parseRecord(await readFile(path, 'utf8'));
  } catch {
    return emptyRecord();
  }
}

/** Deterministic serialisation (sorted registries and repositories). */
export function serializeRecord(record: PushRecord): string {
  const registries: Record<string, Record<string, string[]>> = {};
  for (const registry of Object.keys(record.registries).sort()) {
    const repos: Record<string, string[]> = {};
    for (const repository of Object.keys(record.registries[registry]).sort()) {
      repos[repository] = record.registries[registry][repository];
    }
    registries[registry] = repos;
  }
  return JSON.stringify({ version: 1, registries }, null, 1) + '\n';
}

/** Write atomically (temp file + rename); unchanged content is not rewritten. */
export async function writeRecord(path: string, record: PushRecord): Promise<void> {
  const text = serializeRecord(record);
  try {
    if ((await readFile(path, 'utf8')) === text) return;
  } catch {
    // not there yet
  }
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

/**
 * Other repositories on the same registry known (from the record) to hold `digest`, most recently recorded first,
 * at most `max`. The caller tries `POST …/blobs/uploads/?mount=<digest>&from=<repo>` with each; a 201 from the registry
 * is the only proof the blob is there.
 */
export function mountCandidates(
  record: PushRecord,
  registry: string,
  repository: string,
  digest: string,
  max = 3,
): string[] {
  const repos = Object.hasOwn(record.registries, registry) ? record.registries[registry] : undefined;
  if (!repos || !DIGEST_RE.test(digest)) return [];
  const found: { repository: string; pos: number }[] = [];
  for (const [repo, digests] of Object.entries(repos)) {
    if (repo === repository) continue;
    const i = digests.lastIndexOf(digest);
    if (i >= 0) found.push({ repository: repo, pos: digests.length - i });
  }
  found.sort((a, b) => a.pos - b.pos || (a.repository < b.repository ? -1 : 1));
  return found.slice(0, max).map((f) => f.repository);
}

/**
 * Note that `registry/repository` now holds `digests` (after a confirmed push or mount). Returns a new record; the
 * pushed digests move to the end (most recent), older ones fall off past the bounds.
 */
export function recordPushed(
  record: PushRecord,
  registry: string,
  repository: string,
  digests: Iterable<string>,
): PushRecord {
  const next = parseRecord(serializeRecord(record));
  const add = [...new Set([...digests].filter((d) => DIGEST_RE.test(d)))];
  if (add.length === 0 || !REGISTRY_RE.test(registry) || !REPOSITORY_RE.test(repository)) return next;
  const repos = (next.registries[registry] ??= Object.create(null) as Record<string, string[]>);
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
