/**
 * Signed provenance end to end (issue 5): the committed bundle `dist/index.js`, run the way the runner runs it, against
 * a real docker-registry. The attestation is found the way a verifier finds it on a registry without the referrers
 * API (the `sha256-<hex>` tag index), and the bundle is verified with @sigstore/verify and, independently, openssl.
 *
 * Keyless runs use @sigstore/mock's Fulcio and Rekor over real HTTP (the subprocess reaches them) and a fake
 * ACTIONS_ID_TOKEN_REQUEST_URL endpoint. What the mock cannot prove: its Fulcio does not verify the OIDC token (the SAN
 * is whatever the token's `sub` says), and its Rekor inclusion proof and checkpoint are synthetic. So the test verifies
 * the signature, the certificate chain to the mock CA, the embedded SCT, the Rekor entry's body and its signed
 * inclusion promise (SET) — everything except the Merkle inclusion proof, which is removed before verification.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { Bundle, TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { runAction, type ActionRun } from './fixtures/action.js';
import { readFixture, type EventFixture, actionEnvFor } from './fixtures/event-context.js';
import { startFakeOidc, type FakeOidc } from './fixtures/oidc.js';
import { mockRootPem, startMockSigstore, type MockSigstore } from './fixtures/sigstore-mock.js';
import { wat2wasm } from './fixtures/wat.js';
import { cosignEncrypt } from './fixtures/cosign-key.js';

const KEYS = join(import.meta.dirname, 'fixtures', 'keys');
const PRIVATE_PEM = readFileSync(join(KEYS, 'p256.pkcs8.pem'), 'utf8');
const PUB = join(KEYS, 'p256.pub.pem');
const OTHER_PUB = join(KEYS, 'other-p256.pub.pem');
const BUNDLE_MT = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const ISSUER = 'https://token.actions.githubusercontent.com';
const IDENTITY = 'https://github.com/Acme-Org/Envoy-Filters/.github/workflows/release.yml@refs/tags/v1.2.3';
const TAG_SHA = readFixture('push-tag').after as string;

const sha256hex = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const sha256 = (b: Buffer | string) => 'sha256:' + sha256hex(b);

let reg: TestRegistry;
let work: string;
let filterPath: string;
let filterBytes: Buffer;

beforeAll(async () => {
  reg = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-e2e-sign-'));
  filterBytes = wat2wasm(readFileSync('examples/filter/filter.wat', 'utf8'));
  filterPath = join(work, 'filter.wasm');
  writeFileSync(filterPath, filterBytes);
});
afterAll(async () => reg?.stop());

function eventEnv(name: EventFixture, over: Record<string, string | undefined> = {}): Record<string, string> {
  return actionEnvFor(name, { SOURCE_DATE_EPOCH: '1761815564', ...over });
}

function inputs(repo: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    module: filterPath,
    'root-ids': 'add_header',
    registry: reg.host,
    repository: repo,
    'plain-http': 'true',
    password: '',
    cache: 'false',
    ...extra,
  };
}

function errors(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::error'));
}

async function catalog(): Promise<string[]> {
  const res = await fetch(`${reg.url}/v2/_catalog`);
  return ((await res.json()) as { repositories: string[] }).repositories ?? [];
}

async function tagList(repo: string): Promise<string[]> {
  const res = await fetch(`${reg.url}/v2/${repo}/tags/list`);
  if (res.status === 404) {
    await res.arrayBuffer();
    return [];
  }
  return [...(((await res.json()) as { tags: string[] | null }).tags ?? [])].sort();
}

// Parsed registry JSON and mutable bundle copies are read field by field in assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ACCEPT = 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json';

async function manifest(repo: string, ref: string): Promise<{ bytes: Buffer; json: Json }> {
  const res = await fetch(`${reg.url}/v2/${repo}/manifests/${ref}`, { headers: { accept: ACCEPT } });
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { bytes, json: JSON.parse(bytes.toString()) };
}

async function blob(repo: string, digest: string): Promise<Buffer> {
  const res = await fetch(`${reg.url}/v2/${repo}/blobs/${digest}`);
  expect(res.status).toBe(200);
  const b = Buffer.from(await res.arrayBuffer());
  expect(sha256(b)).toBe(digest);
  return b;
}

/**
 * Find the provenance the way a verifier does without a referrers API: the `sha256-<hex>` tag holds an OCI index whose
 * entry is the referrer manifest; its subject is the artifact and its one layer the bundle. Returns the bundle bytes.
 */
async function findAttestation(repo: string, digest: string, attestationDigest: string): Promise<Buffer> {
  const index = await manifest(repo, digest.replace(':', '-'));
  expect(index.json.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  const entry = index.json.manifests.find((m: { digest: string }) => m.digest === attestationDigest);
  expect(entry).toMatchObject({
    artifactType: BUNDLE_MT,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
  });
  const referrer = await manifest(repo, attestationDigest);
  expect(sha256(referrer.bytes)).toBe(attestationDigest);
  expect(referrer.json.subject.digest).toBe(digest);
  expect(referrer.json.artifactType).toBe(BUNDLE_MT);
  expect(referrer.json.layers).toHaveLength(1);
  expect(referrer.json.layers[0].mediaType).toBe(BUNDLE_MT);
  return blob(repo, referrer.json.layers[0].digest);
}

/** DSSE PAE, written here from the spec (not the code under test). */
function paeForTest(type: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body]);
}

type BundleJson = {
  mediaType: string;
  verificationMaterial: {
    publicKey?: { hint: string };
    certificate?: { rawBytes: string };
    tlogEntries?: Record<string, unknown>[];
  };
  dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string; keyid?: string }[] };
};

/** `openssl dgst -sha256 -verify <pub>` over the PAE bytes; returns openssl's verdict line. */
function opensslVerify(b: BundleJson, pubPemFile: string): string {
  const dir = mkdtempSync(join(work, 'openssl-'));
  const env = b.dsseEnvelope;
  writeFileSync(join(dir, 'pae.bin'), paeForTest(env.payloadType, Buffer.from(env.payload, 'base64')));
  writeFileSync(join(dir, 'sig.der'), Buffer.from(env.signatures[0].sig, 'base64'));
  const r = spawnSync('openssl', [
    'dgst',
    '-sha256',
    '-verify',
    pubPemFile,
    '-signature',
    join(dir, 'sig.der'),
    join(dir, 'pae.bin'),
  ]);
  return `${r.stdout.toString()}${r.stderr.toString()}`.trim();
}

function statementOf(b: BundleJson) {
  return JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
}

/** The PEM body lines of a key: none of them may appear in the log except in `::add-mask::` commands. */
function keyLines(pem: string): string[] {
  return pem.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));
}

function withoutMasks(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

describe('key mode through the action', () => {
  const repo = 'acme/signed-key';
  let run: ActionRun;
  let bundleBytes: Buffer;
  let bundle: BundleJson;

  beforeAll(async () => {
    run = await runAction({
      inputs: inputs(repo, { signing: 'key', 'signing-key': PRIVATE_PEM }),
      env: eventEnv('push-tag'),
    });
  });

  it('publishes, signs and reports attestation-digest, bundle-path and signing-mode=key', async () => {
    expect(run.stderr).toBe('');
    expect(errors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['signing-mode']).toBe('key');
    expect(run.outputs['attestation-digest']).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run.outputs['bundle-path'].startsWith(run.runnerTemp)).toBe(true);
    bundleBytes = readFileSync(run.outputs['bundle-path']);
    bundle = JSON.parse(bundleBytes.toString());
    expect(bundle.mediaType).toBe(BUNDLE_MT);
    expect(bundle.verificationMaterial.certificate).toBeUndefined();
    // The summary reports the signing.
    expect(run.summary).toContain(run.outputs['attestation-digest']);
  });

  it('the referrer is found through the sha256-<hex> tag index and holds the same bundle', async () => {
    const digest = run.outputs.digest;
    const fromRegistry = await findAttestation(repo, digest, run.outputs['attestation-digest']);
    expect(fromRegistry.equals(bundleBytes)).toBe(true);
    // The release tags point at the signed artifact; the index tag sits beside them.
    const tags = await tagList(repo);
    expect(tags).toContain('1.2.3');
    expect(tags).toContain(digest.replace(':', '-'));
  });

  it('verifies with @sigstore/verify (key trust material) and with openssl over the PAE bytes', () => {
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', PUB, '-outform', 'DER']);
    const hint = createHash('sha256').update(der).digest('base64');
    expect(bundle.verificationMaterial.publicKey?.hint).toBe(hint);
    const tm = toTrustMaterial(
      {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
      } as never,
      { [hint]: { rawBytes: der, keyDetails: 9 /* PKIX_ECDSA_P256_SHA_256 */ } } as never,
    );
    const verifier = new Verifier(tm, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle)))).not.toThrow();
    // A tampered statement fails the same verifier.
    const tampered = structuredClone(bundle);
    tampered.dsseEnvelope.payload = Buffer.from('{"_type":"tampered"}').toString('base64');
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(tampered)))).toThrow(/signature/);

    expect(opensslVerify(bundle, PUB)).toBe('Verified OK');
    expect(opensslVerify(bundle, OTHER_PUB)).toMatch(/Verification failure/);
  });

  it("the statement's subjects are the digest and module-digest outputs", () => {
    const st = statementOf(bundle);
    expect(st._type).toBe('https://in-toto.io/Statement/v1');
    expect(st.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(st.subject).toEqual([
      { name: `${reg.host}/${repo}`, digest: { sha256: run.outputs.digest.slice('sha256:'.length) } },
      { name: 'filter.wasm', digest: { sha256: run.outputs['module-digest'].slice('sha256:'.length) } },
    ]);
    expect(run.outputs['module-digest']).toBe(sha256(filterBytes));
    // Provenance from the runner's GITHUB_* environment.
    expect(st.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe(TAG_SHA);
    expect(st.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/tags/v1.2.3',
      repository: 'https://github.com/Acme-Org/Envoy-Filters',
      path: '.github/workflows/release.yml',
    });
  });

  it('never prints the key material', () => {
    expect(run.stdout).toContain('::add-mask::');
    const lines = keyLines(PRIVATE_PEM);
    expect(lines.length).toBeGreaterThan(1);
    const log = withoutMasks(run.stdout) + run.stderr + run.summary + JSON.stringify(run.outputs);
    for (const l of lines) expect(log).not.toContain(l);
  });
});

describe('key mode refusals leave the registry untouched', () => {
  const cases: Array<[string, () => Record<string, string>, RegExp]> = [
    [
      'a wrong signing-key-password for an encrypted key',
      () => ({
        'signing-key': cosignEncrypt(PRIVATE_PEM, 'correct horse'),
        'signing-key-password': 'wrong horse',
      }),
      /signing-key-password is wrong/,
    ],
    [
      'a malformed key',
      () => ({
        'signing-key':
          '-----BEGIN PRIVATE KEY-----\nTUlJQ0VBSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NBbW93Z2dKbUFnRUFBb0dCQU1T\n-----END PRIVATE KEY-----',
      }),
      /malformed/,
    ],
  ];
  it.each(cases)('%s', async (name, extra, pattern) => {
    const repo = `refused/${name.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`;
    const before = await catalog();
    const x = extra();
    const run = await runAction({
      inputs: inputs(repo, { signing: 'key', ...x }),
      env: eventEnv('push-tag'),
    });
    expect(run.code).not.toBe(0);
    const err = errors(run).join('\n');
    expect(err).toMatch(pattern);
    expect(await catalog()).toEqual(before);
    expect(await tagList(repo)).toEqual([]);
    // Neither the password nor the key leaks into the error or the log.
    const log = withoutMasks(run.stdout) + run.stderr;
    if (x['signing-key-password']) expect(log).not.toContain(x['signing-key-password']);
    for (const l of keyLines(x['signing-key'])) expect(log).not.toContain(l);
  });
});

describe('keyless', () => {
  let mocks: MockSigstore;
  let oidc: FakeOidc;

  beforeAll(async () => {
    mocks = await startMockSigstore();
    oidc = await startFakeOidc({
      sub: IDENTITY,
      iss: ISSUER,
      repository: 'Acme-Org/Envoy-Filters',
      event_name: 'push',
    });
  });
  afterAll(async () => {
    await oidc?.stop();
    await mocks?.stop();
  });

  it('without ACTIONS_ID_TOKEN_REQUEST_URL: refused, naming id-token: write; registry untouched', async () => {
    const repo = 'refused/keyless-no-token';
    const before = await catalog();
    const run = await runAction({
      inputs: inputs(repo, { signing: 'keyless', 'fulcio-url': mocks.url, 'rekor-url': mocks.url }),
      env: eventEnv('push-tag', {
        ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
      }),
    });
    expect(run.code).not.toBe(0);
    expect(errors(run).join('\n')).toContain('id-token: write');
    expect(await catalog()).toEqual(before);
    expect(mocks.paths).toEqual([]);
  });

  it('with only tsa-url (GitHub private-repository style): an RFC 3161 timestamp instead of a Rekor entry, fully verified', async () => {
    const repo = 'acme/signed-keyless-tsa';
    mocks.paths.length = 0;
    const run = await runAction({
      inputs: inputs(repo, { signing: 'keyless', 'fulcio-url': mocks.url, 'tsa-url': mocks.url }),
      env: eventEnv('push-tag', {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      }),
    });
    expect(errors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(mocks.paths).toEqual(['POST /api/v2/signingCert', 'POST /api/v1/timestamp']);
    const bundleBytes = await findAttestation(repo, run.outputs.digest, run.outputs['attestation-digest']);
    const bundle = JSON.parse(bundleBytes.toString()) as BundleJson & {
      verificationMaterial: { timestampVerificationData?: { rfc3161Timestamps?: unknown[] } };
    };
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    // No synthetic inclusion proof in this path: every check @sigstore/verify makes is real (TSA signature and time,
    // certificate chain and SCT at that time, identity, DSSE signature).
    const verify = (b: unknown, identity: string) =>
      new Verifier(toTrustMaterial(TrustedRoot.fromJSON(mocks.trustedRoot)), {
        tlogThreshold: 0,
        ctlogThreshold: 1,
        timestampThreshold: 1,
      }).verify(toSignedEntity(Bundle.fromJSON(b) as never), {
        subjectAlternativeName: identity,
        extensions: { issuer: ISSUER },
      });
    expect(() => verify(bundle, IDENTITY)).not.toThrow();
    expect(() => verify(bundle, IDENTITY.replace('release.yml', 'other.yml'))).toThrow();
    const tampered = structuredClone(bundle) as Json;
    tampered.dsseEnvelope.payload = Buffer.from(
      Buffer.from(tampered.dsseEnvelope.payload, 'base64')
        .toString()
        .replace(run.outputs.digest.slice(7), '0'.repeat(64)),
    ).toString('base64');
    expect(() => verify(tampered, IDENTITY)).toThrow();
    // The next test counts the requests to the mock and the OIDC endpoint from zero.
    mocks.paths.length = 0;
    oidc.requests.length = 0;
  });

  it('signs with a mock Fulcio certificate and a mock Rekor entry; the bundle verifies against the mock root', async () => {
    const repo = 'acme/signed-keyless';
    const run = await runAction({
      inputs: inputs(repo, { signing: 'keyless', 'fulcio-url': mocks.url, 'rekor-url': mocks.url }),
      env: eventEnv('push-tag', {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      }),
    });
    expect(run.stderr).toBe('');
    expect(errors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['signing-mode']).toBe('keyless');
    expect(oidc.requests).toEqual([{ audience: 'sigstore', authorized: true }]);
    expect(mocks.paths).toEqual(['POST /api/v2/signingCert', 'POST /api/v1/log/entries']);
    // The request token never reaches the log.
    expect(run.stdout).not.toContain(oidc.requestToken);

    const bundleBytes = await findAttestation(repo, run.outputs.digest, run.outputs['attestation-digest']);
    expect(bundleBytes.equals(readFileSync(run.outputs['bundle-path']))).toBe(true);
    const bundle = JSON.parse(bundleBytes.toString()) as BundleJson;
    expect(bundle.mediaType).toBe(BUNDLE_MT);
    expect(bundle.verificationMaterial.publicKey).toBeUndefined();
    const certDer = Buffer.from(bundle.verificationMaterial.certificate!.rawBytes, 'base64');
    const cert = new X509Certificate(certDer);
    expect(cert.subjectAltName).toContain(IDENTITY);
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(statementOf(bundle).subject[0].digest.sha256).toBe(run.outputs.digest.slice(7));

    // @sigstore/verify runs, in order: timestamps (the Rekor entry's integrated time), the certificate chain to the mock
    // CA at that time and its embedded SCT, the entry's signed inclusion promise (SET), the entry's body, the signature.
    // Two limits of the mock: its inclusion proof is synthetic (dropped here; bundleFromJSON would insist on it for
    // v0.3, so the protobuf form is used) and it logs the *proposed* entry verbatim where real Rekor stores the
    // canonical dsse body, so the body check is the first step that fails: reaching it proves the steps before it.
    const noProof = structuredClone(bundle);
    for (const e of noProof.verificationMaterial.tlogEntries ?? []) delete e.inclusionProof;
    const entity = (b: BundleJson) => toSignedEntity(Bundle.fromJSON(b) as never);
    const verifyWith = (root: Record<string, unknown>, b: BundleJson) => () =>
      new Verifier(toTrustMaterial(TrustedRoot.fromJSON(root)), {
        tlogThreshold: 1,
        ctlogThreshold: 1,
        timestampThreshold: 1,
      }).verify(entity(b), { subjectAlternativeName: IDENTITY, extensions: { issuer: ISSUER } });
    expect(verifyWith(mocks.trustedRoot, noProof)).toThrow('signature count mismatch');
    // Those earlier steps are real: another CA fails the chain, a forged SET fails the inclusion promise.
    const otherCa = structuredClone(mocks.trustedRoot) as Json;
    otherCa.certificateAuthorities[0].certChain.certificates = [
      otherCa.timestampAuthorities[0].certChain.certificates[1],
    ];
    expect(verifyWith(otherCa, noProof)).toThrow(/certificate chain/);
    const forgedSet = structuredClone(noProof) as Json;
    const set = Buffer.from(
      forgedSet.verificationMaterial.tlogEntries[0].inclusionPromise.signedEntryTimestamp,
      'base64',
    );
    set[set.length - 1] ^= 1;
    forgedSet.verificationMaterial.tlogEntries[0].inclusionPromise.signedEntryTimestamp =
      set.toString('base64');
    expect(verifyWith(mocks.trustedRoot, forgedSet)).toThrow(/inclusion promise/);
    // The log entry is about this signature: its (proposed) body holds this envelope.
    const entry = noProof.verificationMaterial.tlogEntries![0] as { canonicalizedBody: string };
    const body = JSON.parse(Buffer.from(entry.canonicalizedBody, 'base64').toString());
    expect(body).toMatchObject({ kind: 'dsse', apiVersion: '0.0.1' });
    const logged = JSON.parse(body.spec.proposedContent.envelope);
    expect(logged.payload).toBe(bundle.dsseEnvelope.payload);
    expect(logged.signatures[0].sig).toBe(bundle.dsseEnvelope.signatures[0].sig);
    // The certificate carries the OIDC issuer (Fulcio extension 1.3.6.1.4.1.57264.1.8, DER UTF8String).
    expect(certDer.includes(Buffer.from(ISSUER))).toBe(true);

    // Independently: openssl checks the leaf against the mock CA root and the signature with the leaf's key.
    writeFileSync(join(work, 'root.pem'), mockRootPem(mocks));
    writeFileSync(join(work, 'leaf.pem'), cert.toString());
    const chain = spawnSync('openssl', [
      'verify',
      '-partial_chain',
      '-CAfile',
      join(work, 'root.pem'),
      join(work, 'leaf.pem'),
    ]);
    expect(chain.stdout.toString().trim()).toBe(`${join(work, 'leaf.pem')}: OK`);
    writeFileSync(join(work, 'leaf.pub.pem'), cert.publicKey.export({ type: 'spki', format: 'pem' }));
    expect(opensslVerify(bundle, join(work, 'leaf.pub.pem'))).toBe('Verified OK');
  });

  it('a signing failure leaves no tag: an OIDC endpoint that answers 500', async () => {
    const repo = 'refused/keyless-oidc-500';
    let hits = 0;
    const server: Server = createServer((_req, res) => {
      hits++;
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"boom"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    const before = mocks.paths.length;
    try {
      const run = await runAction({
        inputs: inputs(repo, { signing: 'keyless', 'fulcio-url': mocks.url, 'rekor-url': mocks.url }),
        env: eventEnv('push-tag', {
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-500',
        }),
      });
      expect(run.code).not.toBe(0);
      expect(hits).toBeGreaterThan(0);
      expect(errors(run).join('\n')).toMatch(/OIDC|id-token/);
      expect(await tagList(repo)).toEqual([]);
      expect(mocks.paths.length).toBe(before); // Fulcio was never asked
      expect(await catalog()).not.toContain(repo);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('pull request (push: auto)', () => {
  it('signs nothing, exits 0 and says so in the summary', async () => {
    const repo = 'acme/pr-unsigned';
    const before = await catalog();
    const run = await runAction({
      inputs: inputs(repo, { push: 'auto', signing: 'key', 'signing-key': PRIVATE_PEM }),
      env: eventEnv('pull-request'),
    });
    expect(errors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.pushed).toBe('false');
    expect(run.outputs['signing-mode']).toBe('none');
    expect(run.outputs['attestation-digest']).toBeUndefined();
    expect(run.outputs['bundle-path']).toBeUndefined();
    expect(run.summary).toContain('validated, not pushed');
    expect(run.summary).toMatch(/nothing was signed/);
    expect(run.stdout).toMatch(/^Not pushing, so nothing is signed/m);
    expect(await catalog()).toEqual(before);
  });
});
