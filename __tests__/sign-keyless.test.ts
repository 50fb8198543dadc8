import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, X509Certificate } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { UserError } from '../src/errors.js';
import { RemoteRepository } from '../src/registry/remote.js';
import {
  attachBundle,
  buildProvenance,
  planSigning,
  signStatement,
  verifyArtifact,
  type SigningPlan,
} from '../src/sign/index.js';
import { startFakeOidc, type FakeOidc } from './fixtures/oidc.js';
import { startMockSigstore, type MockSigstore } from './fixtures/sigstore-mock.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';

/**
 * Keyless signing against @sigstore/mock's Fulcio, Rekor and TSA, served over real HTTP on 127.0.0.1 (the mock's
 * handlers behind a node:http server, no nock), with a fake ACTIONS_ID_TOKEN_REQUEST_URL endpoint.
 *
 * What the mock cannot prove: its Rekor entries carry a synthetic inclusion proof (it fails real Merkle verification)
 * and its checkpoint is not a real log's; its Fulcio takes the SAN from the token's `sub` without verifying the token.
 * So the transparency-log entry is checked for structure only and removed before verification; the signature,
 * certificate chain, embedded SCT, RFC 3161 timestamp and identity are verified for real. Production inclusion proofs
 * need a golden bundle from a real run (not part of this test).
 */

const ISSUER = 'https://token.actions.githubusercontent.com';
const IDENTITY = 'https://github.com/acme/filter/.github/workflows/release.yml@refs/tags/v1.2.0';
const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/filter',
  GITHUB_REF: 'refs/tags/v1.2.0',
  GITHUB_SHA: '89abcdef0123456789abcdef0123456789abcdef',
  GITHUB_WORKFLOW_REF: 'acme/filter/.github/workflows/release.yml@refs/tags/v1.2.0',
  GITHUB_EVENT_NAME: 'release',
  GITHUB_RUN_ID: '77',
  GITHUB_RUN_ATTEMPT: '1',
};

type BundleJson = {
  mediaType: string;
  verificationMaterial: {
    certificate?: { rawBytes: string };
    publicKey?: unknown;
    tlogEntries?: Record<string, unknown>[];
    timestampVerificationData?: { rfc3161Timestamps?: unknown[] };
  };
  dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string }[] };
};

function withoutTlog(b: BundleJson): BundleJson {
  const c = structuredClone(b);
  c.verificationMaterial.tlogEntries = [];
  return c;
}

describe('keyless signing with mock Fulcio, Rekor and TSA', () => {
  let oidc: FakeOidc;
  let mocks: MockSigstore;
  let plan: SigningPlan;
  let bundle: BundleJson;
  const manifestDigest = 'sha256:' + 'ab'.repeat(32);

  beforeAll(async () => {
    oidc = await startFakeOidc({
      sub: IDENTITY,
      iss: ISSUER,
      repository: 'acme/filter',
      event_name: 'release',
    });
    mocks = await startMockSigstore();
    plan = await planSigning({
      mode: 'keyless',
      eventName: 'release',
      isPullRequest: false,
      hasIdToken: true,
      fulcioUrl: mocks.url,
      rekorUrl: mocks.url,
      tsaUrl: mocks.url,
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      },
    });
  });
  afterAll(async () => {
    await oidc?.stop();
    await mocks?.stop();
  });

  it('gets a token for audience sigstore, a certificate, a log entry and a timestamp', async () => {
    expect(plan.mode).toBe('keyless');
    const statement = buildProvenance({
      env: ENV,
      registry: 'ghcr.io',
      repository: 'acme/filter',
      manifestDigest,
    });
    const signed = await signStatement(plan, statement);
    bundle = signed.bundle as BundleJson;
    expect(JSON.parse(signed.bundleBytes.toString())).toEqual(bundle);

    expect(oidc.requests).toEqual([{ audience: 'sigstore', authorized: true }]);
    expect(mocks.paths).toEqual([
      'POST /api/v2/signingCert',
      'POST /api/v1/log/entries',
      'POST /api/v1/timestamp',
    ]);

    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.publicKey).toBeUndefined();
    const cert = new X509Certificate(
      Buffer.from(bundle.verificationMaterial.certificate!.rawBytes, 'base64'),
    );
    expect(cert.subjectAltName).toContain(IDENTITY);
    // Transparency-log entry: structure only (the mock's inclusion proof is synthetic).
    const entries = bundle.verificationMaterial.tlogEntries ?? [];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      logIndex: expect.any(String),
      logId: { keyId: expect.any(String) },
      kindVersion: { kind: 'dsse', version: expect.any(String) },
      integratedTime: expect.any(String),
      inclusionPromise: { signedEntryTimestamp: expect.any(String) },
      inclusionProof: expect.objectContaining({ rootHash: expect.any(String), treeSize: expect.any(String) }),
      canonicalizedBody: expect.any(String),
    });
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    const st = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    expect(st.subject[0]).toEqual({ name: 'ghcr.io/acme/filter', digest: { sha256: 'ab'.repeat(32) } });
  });

  it("verifies against the mock's trust material (chain, SCT, TSA time, signature, identity)", () => {
    const tm = toTrustMaterial(TrustedRoot.fromJSON(mocks.trustedRoot));
    const verifier = new Verifier(tm, { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 });
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(withoutTlog(bundle))), {
      extensions: { issuer: ISSUER },
    });
    expect(signer.identity?.subjectAlternativeName).toBe(IDENTITY);
    expect(signer.identity?.extensions?.issuer).toBe(ISSUER);
    // The limit of the mock, stated as a test: its log entry does not survive real inclusion-proof verification.
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle)))).toThrow();
    // A tampered payload fails.
    const t = withoutTlog(bundle);
    t.dsseEnvelope.payload = Buffer.from('{"_type":"x"}').toString('base64');
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(t)))).toThrow(/signature verification failed/);
  });

  describe('attached to a registry artifact', () => {
    let reg: TestRegistry;
    let remote: RemoteRepository;
    let tagged: { digest: string; size: number };

    beforeAll(async () => {
      reg = await startRegistry();
      remote = new RemoteRepository({ registry: reg.host, repository: 'acme/filter', plainHttp: true });
      const wasm = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
      const d = (b: Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex');
      await remote.pushBlob({
        descriptor: { mediaType: 'application/wasm', digest: d(wasm), size: 8 },
        bytes: wasm,
      });
      const empty = Buffer.from('{}');
      await remote.pushBlob({
        descriptor: { mediaType: 'application/vnd.oci.empty.v1+json', digest: d(empty), size: 2 },
        bytes: empty,
      });
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          artifactType: 'application/vnd.wasm.config.v0+json',
          config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: d(empty), size: 2 },
          layers: [{ mediaType: 'application/wasm', digest: d(wasm), size: 8 }],
        }),
      );
      await remote.pushManifest('v1', manifest, 'application/vnd.oci.image.manifest.v1+json');
      tagged = { digest: d(manifest), size: manifest.length };
      const statement = buildProvenance({
        env: ENV,
        registry: reg.host,
        repository: 'acme/filter',
        manifestDigest: tagged.digest,
      });
      const signed = await signStatement(plan, statement);
      // Attach without the tlog entry (synthetic proof, see above).
      const stripped = withoutTlog(signed.bundle as BundleJson);
      await attachBundle(
        remote,
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...tagged },
        Buffer.from(JSON.stringify(stripped)),
      );
    });
    afterAll(async () => {
      remote?.close();
      await reg?.stop();
    });

    const policy = (over: Record<string, unknown> = {}) => ({
      certificateIdentity: IDENTITY,
      trustedRoot: mocks.trustedRoot,
      thresholds: { tlog: 0 },
      ...over,
    });

    it('verifyArtifact accepts the expected workflow identity', async () => {
      const r = await verifyArtifact(remote, 'v1', policy());
      expect(r.manifestDigest).toBe(tagged.digest);
      expect(r.identity).toEqual({ subjectAlternativeName: IDENTITY, issuer: ISSUER });
      const re = await verifyArtifact(
        remote,
        'v1',
        policy({ certificateIdentity: /^https:\/\/github\.com\/acme\// }),
      );
      expect(re.via).toBe('tag-index');
    });

    it('accepts the JSON lines of several trusted roots, as `gh attestation trusted-root` prints them', async () => {
      // another instance's root first (a copy whose CA and logs carry other keys), then the signer's
      const other = JSON.parse(JSON.stringify(mocks.trustedRoot)) as Record<string, unknown[]>;
      for (const list of ['certificateAuthorities', 'tlogs', 'ctlogs', 'timestampAuthorities'])
        other[list] = [];
      const lines = [JSON.stringify(other), JSON.stringify(mocks.trustedRoot)].join('\n') + '\n';
      const r = await verifyArtifact(remote, 'v1', policy({ trustedRoot: lines }));
      expect(r.manifestDigest).toBe(tagged.digest);
      // the other instance's root alone cannot verify this signer
      const e = await verifyArtifact(remote, 'v1', policy({ trustedRoot: JSON.stringify(other) })).catch(
        (x) => x,
      );
      expect(e).toBeInstanceOf(UserError);
    });

    it('refuses another workflow, a look-alike identity, another issuer, and a missing trusted root', async () => {
      for (const p of [
        policy({ certificateIdentity: IDENTITY.replace('release.yml', 'other.yml') }),
        // a string identity is an exact match: a prefix (which @sigstore/verify's own string.match would accept) is refused
        policy({ certificateIdentity: IDENTITY.slice(0, -1) }),
        policy({ issuer: 'https://accounts.google.com' }),
        policy({ thresholds: {} }), // default thresholds demand a tlog entry, which was removed
      ]) {
        const e = await verifyArtifact(remote, 'v1', p as never).catch((x) => x);
        expect(e).toBeInstanceOf(UserError);
        expect(e.message).toMatch(/none valid/);
      }
      const e = await verifyArtifact(remote, 'v1', policy({ trustedRoot: undefined }) as never).catch(
        (x) => x,
      );
      expect(e).toBeInstanceOf(UserError);
      expect(e.message).toMatch(/trusted root/);
    });
  });
});

describe('keyless without an OIDC token', () => {
  it('fails before anything is signed, naming id-token: write', async () => {
    const e = await planSigning({
      mode: 'keyless',
      eventName: 'push',
      isPullRequest: false,
      hasIdToken: false,
      env: {},
    }).catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(`${e.message} ${e.fix}`).toMatch(/id-token: write/);
    expect(e.fix).toMatch(/forks never get an OIDC token/);
  });

  it('a refused token request is a UserError naming the permission', async () => {
    const oidc = await startFakeOidc({ sub: IDENTITY });
    try {
      const p = await planSigning({
        mode: 'keyless',
        eventName: 'push',
        isPullRequest: false,
        hasIdToken: true,
        fulcioUrl: 'http://127.0.0.1:9', // never reached
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong-token' },
      });
      const st = buildProvenance({
        env: ENV,
        registry: 'ghcr.io',
        repository: 'acme/filter',
        manifestDigest: 'sha256:' + 'cd'.repeat(32),
      });
      const e = await signStatement(p, st).catch((x) => x);
      expect(e).toBeInstanceOf(UserError);
      expect(`${e.message} ${e.fix}`).toMatch(/id-token: write/);
      expect(`${e.message} ${e.fix}`).not.toContain('wrong-token');
      expect(oidc.requests).toEqual([{ audience: 'sigstore', authorized: false }]);
    } finally {
      await oidc.stop();
    }
  });
});
