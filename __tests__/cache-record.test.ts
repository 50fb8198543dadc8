import { describe, it, expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  emptyRecord,
  mountCandidates,
  parseRecord,
  readRecord,
  recordPath,
  recordPushed,
  writeRecord,
  MAX_DIGESTS_PER_REPOSITORY,
} from '../src/cache/record.js';
import { blobCacheKeys, canonicalJson, checkCacheKey } from '../src/cache/keys.js';
import { UserError } from '../src/errors.js';

const d = (s: string) => 'sha256:' + createHash('sha256').update(s).digest('hex');

describe('cache keys', () => {
  it('follow wasm-oci-<format>-<sha256> with the format prefix as restore key', () => {
    const k = blobCacheKeys({ format: 'compat', moduleDigest: d('m'), inputs: { abi: ['v0'] } });
    expect(k.primaryKey).toMatch(/^wasm-oci-compat-[a-f0-9]{64}$/);
    expect(k.restoreKeys).toEqual(['wasm-oci-compat-']);
    expect(k.primaryKey.startsWith(k.restoreKeys[0])).toBe(true);
    expect(k.primaryKey.length).toBeLessThanOrEqual(512);
    expect(k.primaryKey).not.toContain(',');
  });

  it('change with the module digest and with any packaging input, not with key order', () => {
    const base = blobCacheKeys({
      format: 'solo',
      moduleDigest: d('m'),
      inputs: { a: 1, b: [1, 2] },
    }).primaryKey;
    expect(
      blobCacheKeys({ format: 'solo', moduleDigest: d('m'), inputs: { b: [1, 2], a: 1 } }).primaryKey,
    ).toBe(base);
    expect(
      blobCacheKeys({ format: 'solo', moduleDigest: d('n'), inputs: { a: 1, b: [1, 2] } }).primaryKey,
    ).not.toBe(base);
    expect(
      blobCacheKeys({ format: 'solo', moduleDigest: d('m'), inputs: { a: 2, b: [1, 2] } }).primaryKey,
    ).not.toBe(base);
    expect(
      blobCacheKeys({ format: 'cncf', moduleDigest: d('m'), inputs: { a: 1, b: [1, 2] } }).primaryKey,
    ).not.toBe(base);
  });

  it('hash canonical JSON (sorted keys, undefined dropped)', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: 'x' } })).toBe('{"a":{"c":"x"},"b":1}');
    const expected = createHash('sha256')
      .update(JSON.stringify({ inputs: { x: 1 }, moduleDigest: d('m') }))
      .digest('hex');
    expect(blobCacheKeys({ format: 'solo', moduleDigest: d('m'), inputs: { x: 1 } }).primaryKey).toBe(
      'wasm-oci-solo-' + expected,
    );
  });

  it('reject keys the cache would refuse', () => {
    expect(() => checkCacheKey('a,b')).toThrow(UserError);
    expect(() => checkCacheKey('x'.repeat(513))).toThrow(UserError);
    expect(() => checkCacheKey('x'.repeat(512))).not.toThrow();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(() => blobCacheKeys({ format: 'so,lo' as any, moduleDigest: d('m') })).toThrow(UserError);
  });
});

describe('push record', () => {
  it('gives other repositories on the same registry that hold the digest, never the target itself', () => {
    let r = emptyRecord();
    r = recordPushed(r, 'ghcr.io', 'acme/a', [d('1'), d('2')]);
    r = recordPushed(r, 'ghcr.io', 'acme/b', [d('2')]);
    r = recordPushed(r, 'other.io', 'acme/c', [d('1')]);
    expect(mountCandidates(r, 'ghcr.io', 'acme/new', d('1'))).toEqual(['acme/a']);
    expect(mountCandidates(r, 'ghcr.io', 'acme/new', d('2')).sort()).toEqual(['acme/a', 'acme/b']);
    expect(mountCandidates(r, 'ghcr.io', 'acme/a', d('1'))).toEqual([]);
    expect(mountCandidates(r, 'ghcr.io', 'acme/new', d('3'))).toEqual([]);
    expect(mountCandidates(r, 'docker.io', 'acme/new', d('1'))).toEqual([]);
    expect(mountCandidates(r, 'ghcr.io', 'acme/new', 'sha256:nothex')).toEqual([]);
    expect(mountCandidates(r, 'ghcr.io', 'acme/new', d('2'), 1)).toHaveLength(1);
  });

  it('does not mutate its input and de-duplicates', () => {
    const r0 = recordPushed(emptyRecord(), 'ghcr.io', 'acme/a', [d('1')]);
    const before = JSON.stringify(r0);
    const r1 = recordPushed(r0, 'ghcr.io', 'acme/a', [d('1'), d('1'), d('2')]);
    expect(JSON.stringify(r0)).toBe(before);
    expect(r1.registries['ghcr.io']['acme/a']).toEqual([d('1'), d('2')]);
  });

  it('stays bounded', () => {
    let r = emptyRecord();
    const many = Array.from({ length: MAX_DIGESTS_PER_REPOSITORY + 10 }, (_, i) => d(String(i)));
    r = recordPushed(r, 'ghcr.io', 'acme/a', many);
    expect(r.registries['ghcr.io']['acme/a']).toHaveLength(MAX_DIGESTS_PER_REPOSITORY);
    expect(r.registries['ghcr.io']['acme/a']).toContain(many[many.length - 1]);
    expect(r.registries['ghcr.io']['acme/a']).not.toContain(many[0]);
  });

  it('parses untrusted text defensively', () => {
    const text = JSON.stringify({
      version: 1,
      registries: {
        'ghcr.io': { 'acme/ok': [d('1'), 'sha256:bad', 42], 'Bad Repo': [d('1')], 'acme/none': [] },
        'evil host/x': { 'acme/a': [d('1')] },
        __proto__: { 'acme/a': [d('1')] },
      },
    });
    const r = parseRecord(text);
    expect(Object.keys(r.registries)).toEqual(['ghcr.io']);
    expect(r.registries['ghcr.io']).toEqual({ 'acme/ok': [d('1')] });
    expect(parseRecord('not json')).toEqual(emptyRecord());
    expect(parseRecord('{"version":2,"registries":{}}')).toEqual(emptyRecord());
    expect(parseRecord('null')).toEqual(emptyRecord());
  });

  it('round-trips through its file next to the layout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasm-oci-record-'));
    try {
      const path = recordPath(join(dir, 'layout'));
      expect(path).toBe(join(dir, 'wasm-oci-record.json'));
      expect(await readRecord(path)).toEqual(emptyRecord());
      const r = recordPushed(emptyRecord(), '127.0.0.1:5000', 'acme/a', [d('1')]);
      await writeRecord(path, r);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
        version: 1,
        registries: { '127.0.0.1:5000': { 'acme/a': [d('1')] } },
      });
      expect(mountCandidates(await readRecord(path), '127.0.0.1:5000', 'acme/b', d('1'))).toEqual(['acme/a']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
