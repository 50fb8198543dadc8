/**
 * Retries and recovery through a fault-injecting proxy in front of a real docker-registry: injected 503/500/429,
 * connections cut mid-upload, hung requests; the result is read back with skopeo from the registry itself.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RegistryError } from '../src/registry/errors.js';
import { RemoteRepository } from '../src/registry/remote.js';
import type { RemoteOptions } from '../src/registry/types.js';
import { makeArtifact, type TestArtifact } from './fixtures/artifact.js';
import { startFaultProxy, type FaultProxy } from './fixtures/fault-proxy.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';

let reg: TestRegistry;
let proxy: FaultProxy;
let work: string;
const remotes: RemoteRepository[] = [];

const UPLOADS = /\/blobs\/uploads\//;
const BLOBS = /\/blobs\//;

function remote(repository: string, extra: Partial<RemoteOptions> = {}) {
  const r = new RemoteRepository({
    registry: proxy.host,
    repository,
    plainHttp: true,
    retry: { minDelayMs: 5, maxDelayMs: 50 },
    ...extra,
  });
  remotes.push(r);
  return r;
}

async function pushAll(r: RemoteRepository, a: TestArtifact, tag: string) {
  const results = [
    await r.pushBlob({ descriptor: a.config, bytes: a.config.bytes }),
    await r.pushBlob({ descriptor: a.layer, path: a.layer.path }),
  ];
  await r.pushManifest(tag, a.manifestBytes, a.mediaType);
  return results;
}

/** skopeo reads straight from the registry (not through the proxy) and the bytes must match. */
async function readBack(repo: string, tag: string, a: TestArtifact) {
  const out = join(work, `oci-${repo.replace(/\//g, '_')}`);
  await promisify(execFile)(
    'skopeo',
    ['copy', '--src-tls-verify=false', `docker://${reg.host}/${repo}:${tag}`, `oci:${out}:${tag}`],
    { timeout: 30000 },
  );
  const blob = (d: string) => readFileSync(join(out, 'blobs', 'sha256', d.slice(7)));
  expect(blob(a.manifestDigest).equals(a.manifestBytes)).toBe(true);
  expect(blob(a.layer.digest).equals(a.layer.bytes)).toBe(true);
  expect(blob(a.config.digest).equals(a.config.bytes)).toBe(true);
}

beforeAll(async () => {
  reg = await startRegistry();
  proxy = await startFaultProxy(reg.host);
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-faults-'));
});
afterAll(async () => {
  for (const r of remotes) r.close();
  await proxy?.stop();
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('pushing through faults', () => {
  it('survives 503s, a connection cut mid-upload, a 500 and a 429 with Retry-After; data intact', async () => {
    proxy.clearFaults();
    const a = makeArtifact(work, 1 << 20, 'fault-1.bin');
    proxy.addFault({ method: 'POST', path: UPLOADS, fault: { kind: 'status', status: 503 }, times: 2 });
    proxy.addFault({ method: 'PUT', path: UPLOADS, fault: { kind: 'cut', afterBytes: 100_000 }, times: 1 });
    proxy.addFault({ method: 'HEAD', path: BLOBS, fault: { kind: 'status', status: 500 }, times: 1 });
    proxy.addFault({
      method: 'PUT',
      path: /\/manifests\//,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    });
    const start = proxy.records.length;
    const r = remote('faults/one');
    expect(await pushAll(r, a, 'v1')).toEqual(['uploaded', 'uploaded']);
    const recs = proxy.records.slice(start);
    // the cut upload was restarted from a fresh session: a POST follows the cut PUT
    const cut = recs.findIndex((x) => x.fault === 'cut');
    expect(cut).toBeGreaterThan(-1);
    expect(recs.slice(cut + 1).some((x) => x.method === 'POST' && UPLOADS.test(x.path))).toBe(true);
    // Retry-After honoured: the manifest PUT after the 429 came at least 1 s later
    const limited = recs.find((x) => x.fault === 'status 429')!;
    const next = recs.find(
      (x) => x.method === 'PUT' && /manifests/.test(x.path) && x.at > limited.at && !x.fault,
    )!;
    expect(next.at - limited.at).toBeGreaterThanOrEqual(950);
    await readBack('faults/one', 'v1', a);
  });

  it('a re-push sends no blob bytes (HEAD hits only)', async () => {
    proxy.clearFaults();
    const a = makeArtifact(work, 300_000, 'fault-2.bin');
    const r = remote('faults/two');
    await pushAll(r, a, 'v1');
    const start = proxy.records.length;
    expect(await pushAll(remote('faults/two'), a, 'v1')).toEqual(['exists', 'exists']);
    const recs = proxy.records.slice(start);
    const blobBytes = recs.filter((x) => BLOBS.test(x.path)).reduce((n, x) => n + x.bodyBytes, 0);
    expect(blobBytes).toBe(0);
    expect(recs.filter((x) => BLOBS.test(x.path)).map((x) => x.method)).toEqual(['HEAD', 'HEAD']);
  });

  it('restarts a chunked upload cut mid-PATCH from a fresh session', async () => {
    proxy.clearFaults();
    const a = makeArtifact(work, 200_000, 'fault-3.bin');
    proxy.addFault({ method: 'PATCH', path: UPLOADS, fault: { kind: 'cut', afterBytes: 10_000 } });
    const start = proxy.records.length;
    const r = remote('faults/three', { forceChunked: true, chunkSize: 50_000 });
    expect(await pushAll(r, a, 'v1')).toEqual(['uploaded', 'uploaded']);
    const recs = proxy.records.slice(start);
    expect(recs.filter((x) => x.method === 'POST').length).toBe(3); // config, layer, layer again
    await readBack('faults/three', 'v1', a);
  });

  it('falls back to chunked upload when a monolithic upload is refused as too large (413)', async () => {
    proxy.clearFaults();
    const a = makeArtifact(work, 120_000, 'fault-4.bin');
    proxy.addFault({ method: 'PUT', path: UPLOADS, fault: { kind: 'status', status: 413 } });
    const start = proxy.records.length;
    const r = remote('faults/four', { chunkSize: 32_768 });
    await r.pushBlob({ descriptor: a.layer, path: a.layer.path });
    const recs = proxy.records.slice(start);
    expect(recs.filter((x) => x.method === 'PATCH').length).toBe(Math.ceil(120_000 / 32_768));
    const res = await fetch(`${reg.url}/v2/faults/four/blobs/${a.layer.digest}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(a.layer.bytes)).toBe(true);
  });

  it('retries a hung request after the timeout', async () => {
    proxy.clearFaults();
    const a = makeArtifact(work, 100, 'fault-5.bin');
    proxy.addFault({ method: 'HEAD', path: BLOBS, fault: { kind: 'hang' } });
    const r = remote('faults/five', { timeoutMs: 300 });
    expect(await r.pushBlob({ descriptor: a.layer, path: a.layer.path })).toBe('uploaded');
  });

  it('gives up after the bounded number of retries with a server error', async () => {
    proxy.clearFaults();
    const a = makeArtifact(work, 100, 'fault-6.bin');
    proxy.addFault({ method: 'HEAD', path: BLOBS, fault: { kind: 'status', status: 503 }, times: 100 });
    const start = proxy.records.length;
    const err = (await remote('faults/six', { retry: { maxRetries: 3, minDelayMs: 1, maxDelayMs: 5 } })
      .pushBlob({ descriptor: a.layer, path: a.layer.path })
      .catch((e) => e)) as RegistryError;
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.kind).toBe('server');
    expect(err.status).toBe(503);
    expect(proxy.records.slice(start).filter((x) => x.method === 'HEAD').length).toBe(4);
  });

  it('reports a persistent 429 as rate limiting, with the registry message escaped', async () => {
    proxy.clearFaults();
    const body = JSON.stringify({
      errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down\n::error::injected' }],
    });
    proxy.addFault({
      method: 'PUT',
      path: /\/manifests\//,
      fault: {
        kind: 'status',
        status: 429,
        headers: { 'retry-after': '0', 'content-type': 'application/json' },
        body,
      },
      times: 100,
    });
    const a = makeArtifact(work, 10, 'fault-7.bin');
    const r = remote('faults/seven', { retry: { maxRetries: 2, minDelayMs: 1, maxDelayMs: 5 } });
    const err = (await pushAll(r, a, 'v1').catch((e) => e)) as RegistryError;
    expect(err.kind).toBe('rate-limit');
    expect(err.message).toContain('slow down');
    expect(err.message).not.toContain('\n');
    expect(err.message).not.toMatch(/(^|\n)::error::/);
  });

  it('does not retry a client error', async () => {
    proxy.clearFaults();
    proxy.addFault({
      method: 'PUT',
      path: /\/manifests\//,
      fault: {
        kind: 'status',
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] }),
      },
      times: 100,
    });
    const a = makeArtifact(work, 10, 'fault-8.bin');
    const start = proxy.records.length;
    const err = (await pushAll(remote('faults/eight'), a, 'v1').catch((e) => e)) as RegistryError;
    expect(err.status).toBe(400);
    expect(err.code).toBe('MANIFEST_INVALID');
    expect(proxy.records.slice(start).filter((x) => /manifests/.test(x.path)).length).toBe(1);
    proxy.clearFaults();
  });
});
