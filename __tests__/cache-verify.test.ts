import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getVerifiedBlob, storeFingerprint, verifyCachedBlobs } from '../src/cache/verify.js';

/** sha256 by an independent tool (coreutils), not by the code under test. */
function sha256sum(path: string): string {
  return execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];
}

let layout: string;
let blobs: string;
let captured: string;
const origWrite = process.stdout.write.bind(process.stdout);

/** Write bytes under their true digest (as named by sha256sum); returns the hex. */
function addBlob(bytes: Buffer | string): string {
  const tmp = join(layout, 'tmp-blob');
  writeFileSync(tmp, bytes);
  const hex = sha256sum(tmp);
  writeFileSync(join(blobs, hex), bytes);
  rmSync(tmp);
  return hex;
}

beforeEach(() => {
  layout = mkdtempSync(join(tmpdir(), 'wasm-oci-verify-'));
  blobs = join(layout, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  captured = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += String(chunk);
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = origWrite;
  rmSync(layout, { recursive: true, force: true });
});

describe('verifyCachedBlobs', () => {
  it('keeps matching blobs and deletes mismatches, odd names, directories and symlinks, with a warning', async () => {
    const good1 = addBlob('config');
    const good2 = addBlob(Buffer.alloc(3 * 1024 * 1024, 7)); // several stream chunks
    const bad = addBlob('original');
    writeFileSync(join(blobs, bad), 'tampered');
    writeFileSync(join(blobs, 'NOT-A-DIGEST'), 'x');
    mkdirSync(join(blobs, 'a'.repeat(64)));
    const target = join(layout, 'outside');
    writeFileSync(target, 'secret');
    const linked = sha256sum(target);
    symlinkSync(target, join(blobs, linked));

    const r = await verifyCachedBlobs(layout);
    expect(r.ok).toEqual([`sha256:${good1}`, `sha256:${good2}`].sort());
    expect(r.dropped.sort()).toEqual(
      [`sha256/${bad}`, 'sha256/NOT-A-DIGEST', `sha256/${'a'.repeat(64)}`, `sha256/${linked}`].sort(),
    );
    expect(readdirSync(blobs).sort()).toEqual([good1, good2].sort());
    expect(existsSync(target)).toBe(true); // the symlink went, not its target
    expect(captured).toMatch(/^::warning title=Corrupted cache entry::Ignored 4 corrupted/m);
  });

  it('treats a missing blob directory as an empty store, silently', async () => {
    rmSync(join(layout, 'blobs'), { recursive: true });
    expect(await verifyCachedBlobs(layout)).toEqual({ ok: [], dropped: [] });
    expect(captured).not.toContain('::warning');
  });

  it('escapes workflow-command syntax in dropped names', async () => {
    writeFileSync(join(blobs, '##[error]x'), 'x');
    await verifyCachedBlobs(layout);
    expect(captured).toContain('::warning');
    expect(captured).not.toContain('##[error]');
  });
});

describe('getVerifiedBlob', () => {
  it('returns matching blobs and deletes a corrupted one', async () => {
    const hex = addBlob('layer bytes');
    expect(await getVerifiedBlob(layout, `sha256:${hex}`)).toEqual({ path: join(blobs, hex), size: 11 });
    expect(await getVerifiedBlob(layout, `sha256:${hex}`, 12)).toBeUndefined(); // wrong size: dropped
    expect(existsSync(join(blobs, hex))).toBe(false);
    const hex2 = addBlob('other');
    writeFileSync(join(blobs, hex2), 'otheR');
    expect(await getVerifiedBlob(layout, `sha256:${hex2}`)).toBeUndefined();
    expect(existsSync(join(blobs, hex2))).toBe(false);
    expect(await getVerifiedBlob(layout, `sha256:${'b'.repeat(64)}`)).toBeUndefined();
    expect(await getVerifiedBlob(layout, '../../etc/passwd')).toBeUndefined();
  });
});

describe('storeFingerprint', () => {
  it('changes when a blob or the record changes, and honours keep', async () => {
    const rec = join(layout, 'rec.json');
    const a = addBlob('a');
    const f0 = await storeFingerprint(layout, rec);
    expect(await storeFingerprint(layout, rec)).toBe(f0);
    const b = addBlob('b');
    const f1 = await storeFingerprint(layout, rec);
    expect(f1).not.toBe(f0);
    expect(await storeFingerprint(layout, rec, new Set([`sha256:${a}`]))).toBe(f0);
    writeFileSync(rec, '{}');
    expect(await storeFingerprint(layout, rec)).not.toBe(f1);
    expect(b).not.toBe(a);
  });
});
