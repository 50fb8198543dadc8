/**
 * `wasm-oci push --signing key` then `wasm-oci verify --key`: against a real docker-registry (no referrers API, so the
 * signature is found through the sha256-<hex> tag index), checked with @sigstore/verify inside verifyArtifact, and
 * independently: the DSSE signature over the pre-authentication encoding is checked with openssl.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliBuilt, runCli } from './fixtures/cli.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { fixtureWasm } from './fixtures/wat.js';

const KEYS = resolve('__tests__/fixtures/keys');
const sha256hex = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** What a GitHub Actions run provides; provenance is built from it. */
const GITHUB_ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/filters',
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_WORKFLOW_REF: 'acme/filters/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  SOURCE_DATE_EPOCH: '1767225600',
};

let reg: TestRegistry;
let work: string;
let filter: string;
let digest: string;

beforeAll(async () => {
  cliBuilt();
  reg = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'cli-verify-'));
  filter = join(work, 'filter.wasm');
  writeFileSync(filter, fixtureWasm('filter'));
  const r = await runCli(
    [
      'push',
      filter,
      `${reg.host}/acme/signed:v1.0.0`,
      '--plain-http',
      '--signing-key',
      join(KEYS, 'p256.pkcs8.pem'),
      '-q',
    ],
    { env: { ...GITHUB_ENV, RUNNER_TEMP: work } },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  digest = r.stdout.trim();
}, 30000);

afterAll(async () => {
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('verify', () => {
  it('the right public key verifies (exit 0) and names the manifest digest', async () => {
    const r = await runCli([
      'verify',
      `${reg.host}/acme/signed:v1.0.0`,
      '--plain-http',
      '--key',
      join(KEYS, 'p256.pub.pem'),
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.verified).toBe(true);
    expect(j.manifestDigest).toBe(digest);
    expect(j.via).toBe('tag-index');
    expect(j.subject[0].digest.sha256).toBe(digest.slice(7));

    const byDigest = await runCli([
      'verify',
      `${reg.host}/acme/signed@${digest}`,
      '--plain-http',
      '--key',
      join(KEYS, 'p256.pub.pem'),
    ]);
    expect(byDigest.code).toBe(0);
    expect(byDigest.stdout).toContain(digest);
  });

  it('a different key fails (exit 1) with one error line', async () => {
    const r = await runCli([
      'verify',
      `${reg.host}/acme/signed:v1.0.0`,
      '--plain-http',
      '--key',
      join(KEYS, 'other-p256.pub.pem'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: .*no valid signed provenance/);
  });

  it('an unsigned artifact fails (exit 1)', async () => {
    const push = await runCli(['push', filter, `${reg.host}/acme/unsigned:v1`, '--plain-http', '-q']);
    expect(push.code).toBe(0);
    const r = await runCli([
      'verify',
      `${reg.host}/acme/unsigned:v1`,
      '--plain-http',
      '--key',
      join(KEYS, 'p256.pub.pem'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No Sigstore bundle is attached/);
  });

  it('inspect lists the attestation, and openssl verifies its DSSE signature independently', async () => {
    const r = await runCli(['inspect', `${reg.host}/acme/signed:v1.0.0`, '--plain-http', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.referrers.via).toBe('tag-index');
    expect(j.referrers.list).toHaveLength(1);
    const referrer = j.referrers.list[0].digest as string;

    // Fetch the referrer and its bundle with skopeo-independent plain HTTP, verify with openssl.
    const m = (await (
      await fetch(`${reg.url}/v2/acme/signed/manifests/${referrer}`, {
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      })
    ).json()) as { subject: { digest: string }; layers: { digest: string }[] };
    expect(m.subject.digest).toBe(digest);
    const bundleBytes = Buffer.from(
      await (await fetch(`${reg.url}/v2/acme/signed/blobs/${m.layers[0].digest}`)).arrayBuffer(),
    );
    expect('sha256:' + sha256hex(bundleBytes)).toBe(m.layers[0].digest);
    const bundle = JSON.parse(bundleBytes.toString('utf8'));
    const env = bundle.dsseEnvelope;
    const payload = Buffer.from(env.payload, 'base64');
    const type = Buffer.from(env.payloadType);
    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${type.length} `),
      type,
      Buffer.from(` ${payload.length} `),
      payload,
    ]);
    const paePath = join(work, 'pae.bin');
    const sigPath = join(work, 'sig.der');
    writeFileSync(paePath, pae);
    writeFileSync(sigPath, Buffer.from(env.signatures[0].sig, 'base64'));
    const ok = execFileSync('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      join(KEYS, 'p256.pub.pem'),
      '-signature',
      sigPath,
      paePath,
    ]);
    expect(ok.toString()).toMatch(/Verified OK/);
    const statement = JSON.parse(payload.toString('utf8'));
    expect(
      statement.subject.some((s: { digest: { sha256: string } }) => s.digest.sha256 === digest.slice(7)),
    ).toBe(true);
  });
});
