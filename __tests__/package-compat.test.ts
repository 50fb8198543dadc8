import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRaw } from 'pako';
import { packageCompat } from '../src/package/compat.js';
import { GZIP_LEVEL } from '../src/package/tar.js';
import { manifestDescriptor } from '../src/package/manifest.js';
import type { ModuleBlob, Packaged } from '../src/package/types.js';
import { OciLayout } from '../src/oci/layout.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';

const sha256 = (b: Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex');
/** sha256 by openssl, independent of node:crypto */
const opensslSha256 = (path: string): string =>
  'sha256:' + execFileSync('openssl', ['dgst', '-sha256', '-r', path], { encoding: 'utf8' }).split(' ')[0];

let work: string;
let moduleBlob: ModuleBlob;
let moduleBytes: Buffer;
const rcBytes = Buffer.from(
  '{"type":"envoy_proxy","abiVersions":["v0.2.1"],"config":{"rootIds":["root_id"]}}',
);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'compat-test-'));
  // A real module from wat2wasm, followed by a 1.5 MiB custom section so the stream spans many chunks.
  writeFileSync(
    join(work, 'm.wat'),
    '(module (memory (export "memory") 1) (func (export "proxy_abi_version_0_2_1")))',
  );
  execFileSync('wat2wasm', [join(work, 'm.wat'), '-o', join(work, 'm.wasm')]);
  const core = readFileSync(join(work, 'm.wasm'));
  const payload = Buffer.concat([Buffer.from([4]), Buffer.from('blob'), randomBytes(1536 << 10)]);
  const size = payload.length; // < 2^28: 4-byte LEB
  const leb = Buffer.from([
    (size & 0x7f) | 0x80,
    ((size >> 7) & 0x7f) | 0x80,
    ((size >> 14) & 0x7f) | 0x80,
    size >> 21,
  ]);
  moduleBytes = Buffer.concat([core, Buffer.from([0]), leb, payload]);
  const path = join(work, 'filter.wasm');
  writeFileSync(path, moduleBytes);
  moduleBlob = {
    path,
    fileName: 'filter.wasm',
    digest: sha256(moduleBytes),
    size: moduleBytes.length,
    kind: 'module',
  };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pack(
  name: string,
  withConfig = true,
  annotations: Record<string, string> = {},
): Promise<Packaged> {
  const blobDir = join(work, name);
  mkdirSync(blobDir, { recursive: true });
  return packageCompat({
    module: moduleBlob,
    runtimeConfigBytes: withConfig ? rcBytes : undefined,
    annotations,
    created: '2026-01-02T03:04:05Z',
    layoutBlobDir: blobDir,
  });
}

function layerPath(p: Packaged): string {
  const path = p.blobs[1].path;
  if (!path) throw new Error('layer has no path');
  return path;
}

describe('compat packaging', () => {
  it('writes an OCI manifest with an image config and one tar+gzip layer', async () => {
    const p = await pack('a', true, { 'org.opencontainers.image.source': 'https://github.com/o/r' });
    expect(p.format).toBe('compat');
    expect(p.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    const m = JSON.parse(p.manifestBytes.toString('utf8'));
    expect(m.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(m.config.mediaType).toBe('application/vnd.oci.image.config.v1+json');
    expect(m.layers).toHaveLength(1);
    expect(m.layers[0].mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
    expect(m.annotations).toEqual({
      'module.wasm.image/variant': 'compat',
      'org.opencontainers.image.source': 'https://github.com/o/r',
    });
    expect(p.manifestDigest).toBe(sha256(p.manifestBytes));
    // the blobs: config bytes, then the layer file, each matching its descriptor (openssl for the file)
    expect(p.blobs.map((b) => b.descriptor)).toEqual([m.config, m.layers[0]]);
    const cfgBytes = p.blobs[0].bytes as Buffer;
    expect(sha256(cfgBytes)).toBe(m.config.digest);
    expect(cfgBytes.length).toBe(m.config.size);
    expect(opensslSha256(layerPath(p))).toBe(m.layers[0].digest);
    expect(readFileSync(layerPath(p)).length).toBe(m.layers[0].size);
    expect(layerPath(p)).toBe(join(work, 'a', m.layers[0].digest.slice(7)));
    // the image config: wasm/wasip1, diff_ids = sha256 of the uncompressed tar (gunzip by the system gzip)
    const cfg = JSON.parse(cfgBytes.toString('utf8'));
    const tar = execFileSync('gzip', ['-dc', layerPath(p)], { maxBuffer: 64 << 20 });
    expect(cfg).toEqual({
      created: '2026-01-02T03:04:05Z',
      architecture: 'wasm',
      os: 'wasip1',
      rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
    });
  });

  it('the layer untars (system tar) to plugin.wasm equal to the module and the runtime config', async () => {
    const p = await pack('b');
    const out = join(work, 'untar-b');
    mkdirSync(out);
    execFileSync('tar', ['-xzf', layerPath(p), '-C', out]);
    expect(readFileSync(join(out, 'plugin.wasm')).equals(moduleBytes)).toBe(true);
    expect(readFileSync(join(out, 'runtime-config.json')).equals(rcBytes)).toBe(true);
    const listing = execFileSync('tar', ['-tvzf', layerPath(p), '--numeric-owner', '--utc'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(listing).toHaveLength(2);
    expect(listing[0]).toMatch(/^-rw-r--r-- 0\/0 +\d+ 1970-01-01 00:00 plugin\.wasm$/);
    expect(listing[1]).toMatch(/^-rw-r--r-- 0\/0 +\d+ 1970-01-01 00:00 runtime-config\.json$/);
  });

  it('the tar is what GNU tar writes for the same files in deterministic ustar mode', async () => {
    const p = await pack('c');
    const src = join(work, 'gnu-src');
    mkdirSync(src);
    writeFileSync(join(src, 'plugin.wasm'), moduleBytes);
    writeFileSync(join(src, 'runtime-config.json'), rcBytes);
    const gnuTar = execFileSync(
      'tar',
      [
        '--format=ustar',
        '--mtime=@0',
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        '--mode=0644',
        '-C',
        src,
        '-cf',
        '-',
        'plugin.wasm',
        'runtime-config.json',
      ],
      { maxBuffer: 64 << 20 },
    );
    const ours = execFileSync('gzip', ['-dc', layerPath(p)], { maxBuffer: 64 << 20 });
    // GNU tar pads the archive to a 10 KiB record with zeros; ours ends after the two zero blocks.
    expect(gnuTar.length).toBeGreaterThanOrEqual(ours.length);
    expect(gnuTar.subarray(0, ours.length).equals(ours)).toBe(true);
    expect(gnuTar.subarray(ours.length).every((b) => b === 0)).toBe(true);
  });

  it('the gzip header has no name and no time, and a fixed OS byte', async () => {
    const p = await pack('d');
    const gz = readFileSync(layerPath(p));
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]); // magic, deflate, no FNAME/FCOMMENT/FEXTRA
    expect(gz.readUInt32LE(4)).toBe(0); // MTIME
    expect(gz[9]).toBe(255); // OS: unknown, the same on every platform
    execFileSync('gzip', ['-t', layerPath(p)]); // CRC and length trailer check out
  });

  it('streaming in chunks gives the same deflate bytes as one-shot deflate of the whole tar', async () => {
    const p = await pack('g');
    const gz = readFileSync(layerPath(p));
    const tar = execFileSync('gzip', ['-dc', layerPath(p)], { maxBuffer: 64 << 20 });
    const oneShot = Buffer.from(deflateRaw(tar, { level: GZIP_LEVEL, memLevel: 8, windowBits: 15 }));
    expect(gz.subarray(10, gz.length - 8).equals(oneShot)).toBe(true);
  });

  it('two packagings give the same digests; without runtime config only plugin.wasm', async () => {
    const a = await pack('e1');
    const b = await pack('e2');
    expect(b.manifestDigest).toBe(a.manifestDigest);
    expect(b.manifestBytes.equals(a.manifestBytes)).toBe(true);
    expect(readFileSync(layerPath(b)).equals(readFileSync(layerPath(a)))).toBe(true);
    const n = await pack('e3', false);
    expect(n.manifestDigest).not.toBe(a.manifestDigest);
    const listing = execFileSync('tar', ['-tzf', layerPath(n)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(listing).toEqual(['plugin.wasm']);
  });

  it('a caller annotation cannot change the variant', async () => {
    const p = await pack('f', true, { 'module.wasm.image/variant': 'oci' });
    expect(p.manifest.annotations?.['module.wasm.image/variant']).toBe('compat');
  });
});

describe('compat against a real registry', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(async () => reg?.stop());

  it('pushes with skopeo from an OCI layout and reads back the same manifest and plugin.wasm', async () => {
    const layout = await OciLayout.open(join(work, 'layout'));
    const p = await packageCompat({
      module: moduleBlob,
      runtimeConfigBytes: rcBytes,
      annotations: {},
      layoutBlobDir: layout.blobDir,
    });
    writeFileSync(layout.blobPath(moduleBlob.digest), moduleBytes);
    for (const b of p.blobs) if (b.bytes) await layout.writeBlob(b.bytes, b.descriptor.digest);
    await layout.writeBlob(p.manifestBytes, p.manifestDigest);
    await layout.tag(manifestDescriptor(p), ['v1']);

    const ref = `docker://${reg.host}/acme/compat:v1`;
    execFileSync('skopeo', ['copy', '--dest-tls-verify=false', `oci:${layout.dir}:v1`, ref], {
      stdio: 'pipe',
    });
    const raw = execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', ref]);
    expect(sha256(raw)).toBe(p.manifestDigest);

    const back = join(work, 'back');
    execFileSync('skopeo', ['copy', '--src-tls-verify=false', ref, `oci:${back}:v1`], { stdio: 'pipe' });
    const index = JSON.parse(readFileSync(join(back, 'index.json'), 'utf8'));
    expect(index.manifests[0].digest).toBe(p.manifestDigest);
    const layerHex = p.manifest.layers[0].digest.slice(7);
    const out = join(work, 'untar-back');
    mkdirSync(out);
    execFileSync('tar', ['-xzf', join(back, 'blobs', 'sha256', layerHex), '-C', out]);
    expect(readFileSync(join(out, 'plugin.wasm')).equals(moduleBytes)).toBe(true);
  });
});
