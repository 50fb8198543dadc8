/**
 * Restored cache content is untrusted: every blob is re-hashed against its file name before packaging may reuse it.
 * Mismatches, non-regular files and names that are not a sha256 hex digest are deleted with a warning.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { DIGEST_RE } from '../oci/types.js';
import { digestHex } from '../oci/digest.js';
import { untrusted } from '../log.js';

/** A blob file name: 64 lowercase hex. */
export const HEX_RE = /^[a-f0-9]{64}$/;

/** `<layout>/blobs/sha256` */
export function blobDir(layoutDir: string): string {
  return join(layoutDir, 'blobs', 'sha256');
}

/** sha256 of a file, streamed (never buffered whole). */
export async function hashFile(path: string): Promise<{ digest: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    size += (chunk as Buffer).length;
    h.update(chunk as Buffer);
  }
  return { digest: 'sha256:' + h.digest('hex'), size };
}

async function checkEntry(dir: string, name: string): Promise<boolean> {
  const path = join(dir, name);
  const st = await lstat(path);
  if (!st.isFile() || !HEX_RE.test(name)) return false;
  const { digest } = await hashFile(path);
  return digest === 'sha256:' + name;
}

function warnDropped(dropped: string[]): void {
  if (dropped.length === 0) return;
  const shown = dropped
    .slice(0, 5)
    .map((d) => untrusted(d, 100))
    .join(', ');
  const more = dropped.length > 5 ? ` and ${dropped.length - 5} more` : '';
  core.warning(
    `Ignored ${dropped.length} corrupted or unexpected cached blob(s) (content does not match the name): ${shown}${more}. ` +
      'They were deleted and will be rebuilt; nothing from them is published.',
    { title: 'Corrupted cache entry' },
  );
}

/**
 * Re-hash every blob in `<layoutDir>/blobs/sha256/` against its file name; delete mismatches (and anything that is not
 * a regular file named by 64 lowercase hex). Returns the verified digests (`sha256:<hex>`, sorted) and what was dropped
 * (`sha256/<name>` for each deleted entry). A missing blob directory is an empty store.
 */
export async function verifyCachedBlobs(
  layoutDir: string,
  concurrency = 4,
): Promise<{ ok: string[]; dropped: string[] }> {
  const dir = blobDir(layoutDir);
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return { ok: [], dropped: [] };
  }
  const ok: string[] = [];
  const dropped: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++];
      let good = false;
      try {
        good = await checkEntry(dir, name);
      } catch {
        good = false;
      }
      if (good) {
        ok.push('sha256:' + name);
      } else {
        dropped.push('sha256/' + name);
        await rm(join(dir, name), { recursive: true, force: true });
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
export async function getVerifiedBlob(
  layoutDir: string,
  digest: string,
  size?: number,
): Promise<{ path: string; size: number } | undefined> {
  if (!DIGEST_RE.test(digest)) return undefined;
  const path = join(blobDir(layoutDir), digestHex(digest));
  try {
    const st = await lstat(path);
    if (!st.isFile()) {
      await rm(path, { recursive: true, force: true });
      warnDropped(['sha256/' + digestHex(digest)]);
      return undefined;
    }
    if (size !== undefined && st.size !== size) {
      await rm(path, { force: true });
      warnDropped(['sha256/' + digestHex(digest)]);
      return undefined;
    }
  } catch {
    return undefined;
  }
  const got = await hashFile(path);
  if (got.digest !== digest) {
    await rm(path, { force: true });
    warnDropped(['sha256/' + digestHex(digest)]);
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
export async function storeFingerprint(
  layoutDir: string,
  recordFile?: string,
  keep?: ReadonlySet<string>,
): Promise<string> {
  const h = createHash('sha256');
  const dir = blobDir(layoutDir);
  let names: string[] = [];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    // empty store
  }
  for (const name of names) {
    if (!HEX_RE.test(name) || (keep && !keep.has('sha256:' + name))) continue;
    let size = -1;
    try {
      size = (await lstat(join(dir, name))).size;
    } catch {
      // vanished
    }
    h.update(`${name} ${size}\n`);
  }
  if (recordFile) {
    try {
      h.update('record\n').update(await readFile(recordFile));
    } catch {
      h.update('no record\n');
    }
  }
  return h.digest('hex');
}
