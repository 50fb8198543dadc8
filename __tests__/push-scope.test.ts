/**
 * Issue 13 item 14: a push asks the token service for `pull,push` only, never `delete` (the old access check cancelled
 * its upload session with a DELETE, whose challenge widened the token to `delete,pull,push`). Real docker-registry with
 * `auth: token` and the JWT token service fixture, which records every scope requested; the bundled action unsigned
 * and signed (the access check runs before signing), and `RemoteRepository` directly.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { startTokenService, type TokenService } from './fixtures/token-service.js';
import { runAction, type ActionRun } from './fixtures/action.js';
import { fixtureWasm } from './fixtures/wat.js';
import { actionEnvFor } from './fixtures/event-context.js';
import { makeArtifact } from './fixtures/artifact.js';
import { RemoteRepository } from '../src/registry/remote.js';

const USER = 'scope-bot';
const PASSWORD = 'scope-test-password-1';
const KEY = readFileSync(join('__tests__', 'fixtures', 'keys', 'p256.pkcs8.pem'), 'utf8');

let ts: TokenService;
let reg: TestRegistry;
let work: string;
let filter: string;

beforeAll(async () => {
  ts = await startTokenService({ username: USER, password: PASSWORD });
  reg = await startRegistry(ts.registryConfig());
  work = mkdtempSync(join(tmpdir(), 'push-scope-'));
  filter = join(work, 'filter.wasm');
  writeFileSync(filter, fixtureWasm('filter'));
}, 30000);

afterAll(async () => {
  await reg?.stop();
  await ts?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function push(repository: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    env: actionEnvFor('push-tag', { SOURCE_DATE_EPOCH: '1761815564' }),
    inputs: {
      module: filter,
      'root-ids': 'r',
      registry: reg.host,
      repository,
      tags: 'v1',
      'plain-http': 'true',
      push: 'true',
      username: USER,
      password: PASSWORD,
      signing: 'none',
      cache: 'false',
      ...extra,
    },
  });
}

/** Every scope the token service was asked for since `from`. */
function scopesSince(from: number): string[] {
  return ts.requests.slice(from).flatMap((r) => r.scopes.flatMap((s) => s.split(' ')));
}

describe('push token scopes', () => {
  it('an unsigned push asks for pull,push only', async () => {
    const from = ts.requests.length;
    const run = await push('acme/scope-plain');
    expect(run.code).toBe(0);
    expect(run.outputs.pushed).toBe('true');
    const scopes = scopesSince(from);
    expect(scopes.length).toBeGreaterThan(0);
    expect(new Set(scopes)).toEqual(new Set(['repository:acme/scope-plain:pull,push']));
  });

  it('a signed push (access check before signing, attestation, referrers tag) asks for pull,push only', async () => {
    const from = ts.requests.length;
    const run = await push('acme/scope-signed', { signing: 'key', 'signing-key': KEY });
    expect(run.code).toBe(0);
    expect(run.outputs['signing-mode']).toBe('key');
    expect(run.outputs['attestation-digest']).toMatch(/^sha256:[a-f0-9]{64}$/);
    const scopes = scopesSince(from);
    expect(scopes.length).toBeGreaterThan(0);
    expect(scopes.filter((s) => /delete|\*/.test(s))).toEqual([]);
    expect(new Set(scopes)).toEqual(new Set(['repository:acme/scope-signed:pull,push']));
  });

  it('checkPushAccess sends no DELETE, and its upload session carries the next upload', async () => {
    const from = ts.requests.length;
    const seen: string[] = [];
    const r = new RemoteRepository({
      registry: reg.host,
      repository: 'acme/scope-remote',
      plainHttp: true,
      credentials: { username: USER, password: PASSWORD },
      onRequest: (method, url, status) => seen.push(`${method} ${new URL(url).pathname} ${status}`),
    });
    try {
      await r.checkPushAccess();
      const a = makeArtifact(work, 3000, 'scope-layer.bin');
      expect(await r.pushBlob({ descriptor: a.layer, path: a.layer.path })).toBe('uploaded');
    } finally {
      r.close();
    }
    expect(seen.filter((s) => s.startsWith('DELETE'))).toEqual([]);
    // One POST for both the check and the upload: the check's session was used, not left behind.
    expect(seen.filter((s) => /^POST .*\/blobs\/uploads\/ 202$/.test(s))).toHaveLength(1);
    expect(seen.filter((s) => /^PUT .*\/blobs\/uploads\/.* 201$/.test(s))).toHaveLength(1);
    expect(new Set(scopesSince(from))).toEqual(new Set(['repository:acme/scope-remote:pull,push']));
  });
});
