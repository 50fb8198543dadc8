/**
 * Bearer-token authentication against a real docker-registry configured with `auth: token`, and a token service that
 * issues real ES256 JWTs (x5c) with short lifetimes, so expiry happens for real during a push.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryError } from '../src/registry/errors.js';
import { RemoteRepository } from '../src/registry/remote.js';
import type { RemoteOptions } from '../src/registry/types.js';
import { makeArtifact, type TestArtifact } from './fixtures/artifact.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { startTokenService, type TokenService } from './fixtures/token-service.js';

const USER = 'ci-bot';
const PASSWORD = 's3cr3t-Pa55word';

let ts: TokenService;
let reg: TestRegistry;
let work: string;
const remotes: RemoteRepository[] = [];

interface Seen {
  method: string;
  path: string;
  status: number;
}

function remote(repository: string, extra: Partial<RemoteOptions> = {}) {
  const seen: Seen[] = [];
  const r = new RemoteRepository({
    registry: reg.host,
    repository,
    plainHttp: true,
    credentials: { username: USER, password: PASSWORD },
    retry: { maxDelayMs: 20, minDelayMs: 1 },
    onRequest: (method, url, status) => seen.push({ method, path: new URL(url).pathname, status }),
    ...extra,
  });
  remotes.push(r);
  return { r, seen };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function pushAll(r: RemoteRepository, a: TestArtifact, tag: string, pauseMs = 0) {
  await r.pushBlob({ descriptor: a.config, bytes: a.config.bytes });
  if (pauseMs) await sleep(pauseMs);
  await r.pushBlob({ descriptor: a.layer, path: a.layer.path });
  return r.pushManifest(tag, a.manifestBytes, a.mediaType);
}

/** Read the artifact back with skopeo (its own token flow) and compare bytes. */
// Async: the token service runs in this process, a synchronous child would deadlock it.
async function skopeoReadBack(repo: string, tag: string, a: TestArtifact) {
  const out = join(work, `oci-${repo.replace(/\//g, '_')}-${tag}`);
  await promisify(execFile)(
    'skopeo',
    [
      'copy',
      '--src-tls-verify=false',
      '--src-creds',
      `${USER}:${PASSWORD}`,
      `docker://${reg.host}/${repo}:${tag}`,
      `oci:${out}:${tag}`,
    ],
    { timeout: 30000 },
  );
  const blob = (d: string) => readFileSync(join(out, 'blobs', 'sha256', d.slice(7)));
  expect(blob(a.manifestDigest).equals(a.manifestBytes)).toBe(true);
  expect(blob(a.layer.digest).equals(a.layer.bytes)).toBe(true);
  expect(blob(a.config.digest).equals(a.config.bytes)).toBe(true);
}

/** Tags of a repository, read with a token obtained directly from the token service. */
async function tagsOf(repo: string): Promise<number> {
  const t = (await (
    await fetch(`${ts.realm}?service=${ts.service}&scope=repository:${repo}:pull`, {
      headers: { authorization: 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64') },
    })
  ).json()) as { token: string };
  const res = await fetch(`${reg.url}/v2/${repo}/tags/list`, {
    headers: { authorization: `Bearer ${t.token}` },
  });
  return res.status;
}

beforeAll(async () => {
  ts = await startTokenService({ username: USER, password: PASSWORD });
  reg = await startRegistry(ts.registryConfig());
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-auth-'));
});
afterAll(async () => {
  for (const r of remotes) r.close();
  await reg?.stop();
  await ts?.stop();
  rmSync(work, { recursive: true, force: true });
});

function resetTokenService(o: Partial<TokenService['options']> = {}) {
  ts.options = { username: USER, password: PASSWORD, ...o };
  ts.requests.length = 0;
}

describe('bearer token auth (real docker-registry + JWT token service)', () => {
  it('probes anonymously, obtains one pull,push token and pushes; skopeo reads it back', async () => {
    resetTokenService();
    const a = makeArtifact(work, 50_000, 'auth-1.bin');
    const { r, seen } = remote('acme/auth-one');
    await pushAll(r, a, 'v1');
    expect(seen[0]).toEqual({ method: 'GET', path: '/v2/', status: 401 });
    expect(seen.slice(1).filter((s) => s.status === 401)).toEqual([]); // token sent up front from then on
    expect(ts.requests).toHaveLength(1);
    expect(ts.requests[0]).toMatchObject({
      user: USER,
      authenticated: true,
      scopes: ['repository:acme/auth-one:pull,push'],
    });
    await skopeoReadBack('acme/auth-one', 'v1', a);
    await expect(r.checkPushAccess()).resolves.toBeUndefined();
  });

  it('re-authenticates once when the token expires during the push (registry answers 401)', async () => {
    // The registry refuses the JWT 2 s after issue, but the service claims 300 s: the client only learns by a 401.
    resetTokenService({ ttlSeconds: 2, advertisedExpiresIn: 300 });
    const a = makeArtifact(work, 30_000, 'auth-2.bin');
    const { r, seen } = remote('acme/auth-two');
    await pushAll(r, a, 'v1', 3200);
    const afterPause = seen.filter((s) => s.path !== '/v2/' && s.status === 401);
    expect(afterPause.length).toBeGreaterThanOrEqual(1); // the expired token was really refused
    expect(ts.requests.length).toBe(2); // and exactly one re-authentication followed
    await skopeoReadBack('acme/auth-two', 'v1', a);
  }, 30000);

  it('refreshes a token before `expires_in` runs out (no 401 needed)', async () => {
    resetTokenService({ ttlSeconds: 2 });
    const a = makeArtifact(work, 1000, 'auth-3.bin');
    const { r, seen } = remote('acme/auth-three');
    await pushAll(r, a, 'v1', 2500);
    expect(seen.filter((s) => s.path !== '/v2/' && s.status === 401)).toEqual([]);
    expect(ts.requests.length).toBe(2);
    await skopeoReadBack('acme/auth-three', 'v1', a);
  }, 30000);

  it('uses the 60 s default when the token response has no expires_in, and accepts `access_token`', async () => {
    resetTokenService({ advertisedExpiresIn: null, tokenField: 'access_token' });
    const a = makeArtifact(work, 1000, 'auth-4.bin');
    const { r } = remote('acme/auth-four');
    await pushAll(r, a, 'v1');
    expect(ts.requests.length).toBe(1);
    await skopeoReadBack('acme/auth-four', 'v1', a);
  });

  it('fails with an authentication error on a wrong password, pushes nothing, and never shows the password', async () => {
    resetTokenService();
    const a = makeArtifact(work, 1000, 'auth-5.bin');
    const wrong = 'wrong-Pa55word-xyz';
    const { r, seen } = remote('acme/auth-five', { credentials: { username: USER, password: wrong } });
    const err = (await pushAll(r, a, 'v1').catch((e) => e)) as RegistryError;
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.kind).toBe('credentials');
    expect(err.message).toMatch(/rejected the credentials/);
    expect(err.message).toContain(USER);
    expect(`${err.message} ${err.fix}`).not.toContain(wrong);
    expect(JSON.stringify(seen)).not.toContain(wrong);
    expect(seen.filter((s) => s.method !== 'GET')).toEqual([]); // no HEAD/POST/PUT reached the registry
    expect(await tagsOf('acme/auth-five')).toBe(404);
  });

  it('tells missing push permission apart from wrong credentials', async () => {
    resetTokenService({ grants: (repo) => (repo === 'acme/read-only' ? ['pull'] : ['pull', 'push']) });
    const a = makeArtifact(work, 1000, 'auth-6.bin');
    const { r } = remote('acme/read-only');
    const err = (await pushAll(r, a, 'v1').catch((e) => e)) as RegistryError;
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.kind).toBe('permission');
    expect(err.message).toMatch(/credentials were accepted but are not allowed/);
    expect(err.fix).toMatch(/push \(write\) access/);
    const check = (await r.checkPushAccess().catch((e) => e)) as RegistryError;
    expect(check.kind).toBe('permission');
  });

  it('shares one token request between concurrent blob pushes', async () => {
    resetTokenService();
    const { r } = remote('acme/concurrent');
    const blobs = [1, 2, 3, 4].map((i) => makeArtifact(work, 5000 + i, `conc-${i}.bin`).layer);
    const results = await Promise.all(blobs.map((b) => r.pushBlob({ descriptor: b, path: b.path })));
    expect(results).toEqual(['uploaded', 'uploaded', 'uploaded', 'uploaded']);
    expect(ts.requests).toHaveLength(1);
  });

  it('without credentials, says that the registry needs them', async () => {
    resetTokenService();
    const a = makeArtifact(work, 100, 'auth-7.bin');
    const { r } = remote('acme/anon', { credentials: undefined });
    const err = (await pushAll(r, a, 'v1').catch((e) => e)) as RegistryError;
    expect(err.kind).toBe('unauthenticated');
    expect(err.fix).toMatch(/username.*password/);
  });

  it('asks for pull on the mount source, and uploads when the source is not readable', async () => {
    resetTokenService({ grants: (repo) => (repo === 'acme/secret-src' ? [] : ['pull', 'push']) });
    const a = makeArtifact(work, 2000, 'auth-8.bin');
    await remote('acme/mount-src').r.pushBlob({ descriptor: a.layer, path: a.layer.path });
    const { r } = remote('acme/mount-dst');
    expect(
      await r.pushBlob({ descriptor: a.layer, path: a.layer.path }, { mountFrom: ['acme/mount-src'] }),
    ).toBe('mounted');
    expect(ts.requests.some((q) => q.scopes.includes('repository:acme/mount-src:pull'))).toBe(true);
    const b = makeArtifact(work, 2000, 'auth-9.bin');
    await remote('acme/secret-src')
      .r.pushBlob({ descriptor: b.layer, path: b.layer.path })
      .catch(() => undefined);
    expect(
      await r.pushBlob({ descriptor: b.layer, path: b.layer.path }, { mountFrom: ['acme/secret-src'] }),
    ).toBe('uploaded');
  });
});
