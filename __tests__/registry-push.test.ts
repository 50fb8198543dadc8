/**
 * RemoteRepository against a real docker-registry (distribution 2.8, no auth): blobs, manifests, chunked upload,
 * cross-repository mount, reads; results are checked with skopeo and with plain HTTP reads of the registry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { UserError } from '../src/errors.js';
import { RemoteRepository } from '../src/registry/remote.js';
import { makeArtifact, sha256, type TestArtifact } from './fixtures/artifact.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';

let reg: TestRegistry;
let work: string;
const remotes: RemoteRepository[] = [];

function remote(repository: string, extra: Partial<ConstructorParameters<typeof RemoteRepository>[0]> = {}) {
  const r = new RemoteRepository({ registry: reg.host, repository, plainHttp: true, ...extra });
  remotes.push(r);
  return r;
}

async function readStream(s: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function pushArtifact(r: RemoteRepository, a: TestArtifact, tag: string) {
  const results = [
    await r.pushBlob({ descriptor: a.config, bytes: a.config.bytes }),
    await r.pushBlob({
      descriptor: { mediaType: a.layer.mediaType, digest: a.layer.digest, size: a.layer.size },
      path: a.layer.path,
    }),
  ];
  const pushed = await r.pushManifest(tag, a.manifestBytes, a.mediaType);
  return { results, pushed };
}

beforeAll(async () => {
  reg = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-remote-'));
});
afterAll(async () => {
  for (const r of remotes) r.close();
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('RemoteRepository against docker-registry', () => {
  it('pushes blobs and a manifest that skopeo reads back byte for byte', async () => {
    const a = makeArtifact(work, 200_000, 'one.bin');
    const r = remote('acme/one');
    const { results, pushed } = await pushArtifact(r, a, 'v1');
    expect(results).toEqual(['uploaded', 'uploaded']);
    expect(pushed.digest).toBe(sha256(a.manifestBytes));

    const out = join(work, 'oci-one');
    execFileSync(
      'skopeo',
      ['copy', '--src-tls-verify=false', `docker://${reg.host}/acme/one:v1`, `oci:${out}:v1`],
      {
        stdio: 'pipe',
      },
    );
    const blob = (d: string) => readFileSync(join(out, 'blobs', 'sha256', d.slice(7)));
    expect(blob(a.manifestDigest).equals(a.manifestBytes)).toBe(true);
    expect(blob(a.layer.digest).equals(a.layer.bytes)).toBe(true);
    expect(blob(a.config.digest).equals(a.config.bytes)).toBe(true);
  });

  it('skips blobs the registry already has', async () => {
    const a = makeArtifact(work, 1000, 'two.bin');
    const r = remote('acme/two');
    await pushArtifact(r, a, 'v1');
    const again = await pushArtifact(r, a, 'v1');
    expect(again.results).toEqual(['exists', 'exists']);
    expect(await r.blobExists(a.layer.digest)).toBe(true);
    expect(await r.blobExists(sha256('not pushed'))).toBe(false);
  });

  it('resolves and fetches manifests and blobs; unknown references are undefined', async () => {
    const a = makeArtifact(work, 5000, 'three.bin');
    const r = remote('acme/three');
    await pushArtifact(r, a, 'v3');
    expect(await r.resolve('v3')).toEqual({
      mediaType: a.mediaType,
      digest: a.manifestDigest,
      size: a.manifestBytes.length,
    });
    const m = await r.fetchManifest(a.manifestDigest);
    expect(m?.bytes.equals(a.manifestBytes)).toBe(true);
    expect(m?.mediaType).toBe(a.mediaType);
    expect((await readStream(await r.fetchBlob(a.layer.digest))).equals(a.layer.bytes)).toBe(true);
    expect(await r.resolve('nope')).toBeUndefined();
    expect(await r.fetchManifest('nope')).toBeUndefined();
    await expect(r.fetchBlob(sha256('missing'))).rejects.toMatchObject({ status: 404 });
    expect(await r.listTags()).toEqual(['v3']);
  });

  it('pushes by digest and reports the registry digest', async () => {
    const a = makeArtifact(work, 10, 'four.bin');
    const r = remote('acme/four');
    await r.pushBlob({ descriptor: a.config, bytes: a.config.bytes });
    await r.pushBlob({ descriptor: a.layer, path: a.layer.path });
    const res = await r.pushManifest(a.manifestDigest, a.manifestBytes, a.mediaType);
    expect(res.digest).toBe(a.manifestDigest);
    const head = await fetch(`${reg.url}/v2/acme/four/manifests/${a.manifestDigest}`, {
      method: 'HEAD',
      headers: { accept: a.mediaType },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(a.mediaType);
  });

  it('uploads in chunks against the real registry (small chunk size)', async () => {
    const a = makeArtifact(work, 300_001, 'five.bin');
    const requests: string[] = [];
    const r = remote('acme/five', {
      forceChunked: true,
      chunkSize: 64 * 1024,
      onRequest: (method, url, status) =>
        requests.push(`${method} ${new URL(url).pathname.split('/').slice(-2, -1)[0]} ${status}`),
    });
    expect(await r.pushBlob({ descriptor: a.layer, path: a.layer.path })).toBe('uploaded');
    expect(requests.filter((x) => x.startsWith('PATCH')).length).toBe(Math.ceil(300_001 / 65536));
    expect(requests.filter((x) => x.startsWith('PATCH')).every((x) => x.endsWith('202'))).toBe(true);
    const res = await fetch(`${reg.url}/v2/acme/five/blobs/${a.layer.digest}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(a.layer.bytes)).toBe(true);
    // in-memory bodies are chunked too
    const small = makeArtifact(work, 150_000, 'five-b.bin');
    expect(await r.pushBlob({ descriptor: small.layer, bytes: small.layer.bytes })).toBe('uploaded');
    const res2 = await fetch(`${reg.url}/v2/acme/five/blobs/${small.layer.digest}`);
    expect(Buffer.from(await res2.arrayBuffer()).equals(small.layer.bytes)).toBe(true);
  });

  it('mounts a blob from another repository of the same registry', async () => {
    const a = makeArtifact(work, 4096, 'six.bin');
    await remote('acme/six-src').pushBlob({ descriptor: a.layer, path: a.layer.path });
    const r = remote('acme/six-dst');
    expect(
      await r.pushBlob({ descriptor: a.layer, path: a.layer.path }, { mountFrom: ['acme/six-src'] }),
    ).toBe('mounted');
    expect(await r.blobExists(a.layer.digest)).toBe(true);
    // a mount source that lacks the blob falls back to an upload through the session the registry opened
    const b = makeArtifact(work, 100, 'six-b.bin');
    expect(
      await r.pushBlob({ descriptor: b.layer, path: b.layer.path }, { mountFrom: ['acme/six-src'] }),
    ).toBe('uploaded');
    expect(await r.blobExists(b.layer.digest)).toBe(true);
  });

  it('reports the referrers API as unsupported on distribution 2.8', async () => {
    const a = makeArtifact(work, 10, 'seven.bin');
    const r = remote('acme/seven');
    await pushArtifact(r, a, 'v1');
    expect(await r.fetchReferrers(a.manifestDigest)).toBeUndefined();
  });

  it('refuses invalid names, references and descriptor/file mismatches with UserErrors', async () => {
    expect(() => remote('Acme/Filters')).toThrow(UserError);
    expect(() => new RemoteRepository({ registry: 'https://ghcr.io', repository: 'a/b' })).toThrow(
      /host\[:port\]/,
    );
    const r = remote('acme/eight');
    await expect(r.resolve('bad tag')).rejects.toBeInstanceOf(UserError);
    const a = makeArtifact(work, 10, 'eight.bin');
    await expect(r.pushBlob({ descriptor: { ...a.layer, size: 11 }, path: a.layer.path })).rejects.toThrow(
      /has 10 bytes/,
    );
    await expect(r.pushManifest(sha256('other'), a.manifestBytes, a.mediaType)).rejects.toThrow(/hash to/);
  });

  it('passes the push access check on an open registry', async () => {
    await expect(remote('acme/nine').checkPushAccess()).resolves.toBeUndefined();
  });
});
