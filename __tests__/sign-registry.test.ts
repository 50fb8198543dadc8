import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
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
import { startRegistry, type TestRegistry } from './fixtures/registry.js';

/**
 * Key mode end to end against a real distribution 2.8 registry (no referrers API, no OCI-Subject header), read back
 * with skopeo and plain HTTP, verified with @sigstore/verify and independently with `openssl dgst -verify` over
 * PAE bytes this test builds itself.
 */

const KEYS = join(import.meta.dirname, 'fixtures', 'keys');
const PUB = join(KEYS, 'p256.pub.pem');
const OTHER_PUB = join(KEYS, 'other-p256.pub.pem');
const BUNDLE_MT = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const REPO = 'acme/filter';
const CREATED = '2024-05-06T07:08:09Z';

const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'Acme/Filter',
  GITHUB_REF: 'refs/tags/v1.2.0',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_WORKFLOW_REF: 'Acme/Filter/.github/workflows/release.yml@refs/tags/v1.2.0',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REPOSITORY_ID: '123456',
  GITHUB_REPOSITORY_OWNER_ID: '7890',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** PAE built here, by the spec text, independent of src/sign/dsse.ts. */
function paeForTest(type: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body]);
}

interface Artifact {
  tag: string;
  wasm: Buffer;
  manifestBytes: Buffer;
  digest: string;
}

describe('key-mode provenance on a registry without the referrers API', () => {
  let reg: TestRegistry;
  let remote: RemoteRepository;
  let tmp: string;
  let plan: SigningPlan;

  const skopeoRaw = (ref: string) =>
    JSON.parse(
      execFileSync(
        'skopeo',
        ['inspect', '--raw', '--tls-verify=false', `docker://${reg.host}/${REPO}${ref}`],
        {
          encoding: 'utf8',
        },
      ),
    );
  const rawBlob = async (digest: string) =>
    Buffer.from(await (await fetch(`${reg.url}/v2/${REPO}/blobs/${digest}`)).arrayBuffer());

  /** Push a small Solo-style artifact with distinct module bytes; returns its manifest digest computed here. */
  async function pushArtifact(tag: string, seed: string): Promise<Artifact> {
    const wasm = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.from(seed)]);
    const config = Buffer.from(JSON.stringify({ type: 'envoy_proxy', abiVersions: ['v0-abi'], rootIds: [] }));
    const cfgDesc = {
      mediaType: 'application/vnd.module.wasm.config.v1+json',
      digest: `sha256:${sha256(config)}`,
      size: config.length,
    };
    const layerDesc = {
      mediaType: 'application/vnd.module.wasm.content.layer.v1+wasm',
      digest: `sha256:${sha256(wasm)}`,
      size: wasm.length,
    };
    await remote.pushBlob({ descriptor: cfgDesc, bytes: config });
    await remote.pushBlob({ descriptor: layerDesc, bytes: wasm });
    const manifestBytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: cfgDesc,
        layers: [layerDesc],
      }),
    );
    await remote.pushManifest(tag, manifestBytes, 'application/vnd.oci.image.manifest.v1+json');
    return { tag, wasm, manifestBytes, digest: `sha256:${sha256(manifestBytes)}` };
  }

  const subjectOf = (a: Artifact) => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: a.digest,
    size: a.manifestBytes.length,
  });

  async function signFor(a: Artifact) {
    const statement = buildProvenance({
      env: ENV,
      registry: reg.host,
      repository: REPO,
      manifestDigest: a.digest,
      moduleName: 'filter.wasm',
      moduleDigest: `sha256:${sha256(a.wasm)}`,
    });
    return signStatement(plan, statement);
  }

  beforeAll(async () => {
    reg = await startRegistry();
    remote = new RemoteRepository({ registry: reg.host, repository: REPO, plainHttp: true });
    tmp = mkdtempSync(join(tmpdir(), 'sign-registry-'));
    plan = await planSigning({
      mode: 'key',
      eventName: 'push',
      isPullRequest: false,
      hasIdToken: false,
      signingKey: readFileSync(join(KEYS, 'p256.pkcs8.pem'), 'utf8'),
    });
  });
  afterAll(async () => {
    remote?.close();
    await reg?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  let a: Artifact;
  let bundleJson: Record<string, unknown>;
  let referrerDigest: string;

  it('signs, attaches the referrer and writes the sha256-<hex> tag index', async () => {
    expect(plan.mode).toBe('key');
    a = await pushArtifact('v1', 'a');
    const signed = await signFor(a);
    bundleJson = signed.bundle;
    const res = await attachBundle(remote, subjectOf(a), signed.bundleBytes, CREATED);
    expect(res.via).toBe('tag-index');
    expect(res.indexTag).toBe(`sha256-${a.digest.slice(7)}`);
    referrerDigest = res.referrerDigest;

    // The index, read back with skopeo.
    const index = skopeoRaw(`:sha256-${a.digest.slice(7)}`);
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests).toHaveLength(1);
    expect(index.manifests[0]).toMatchObject({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: referrerDigest,
      artifactType: BUNDLE_MT,
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
      },
    });

    // The referrer manifest, read back with skopeo by digest.
    const ref = skopeoRaw(`@${referrerDigest}`);
    expect(ref.artifactType).toBe(BUNDLE_MT);
    expect(ref.config).toEqual({
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    });
    expect(ref.subject).toEqual(subjectOf(a));
    expect(ref.layers).toHaveLength(1);
    expect(ref.layers[0].mediaType).toBe(BUNDLE_MT);
    expect(ref.annotations['org.opencontainers.image.created']).toBe(CREATED);
    expect((await rawBlob(ref.config.digest)).toString()).toBe('{}');
    const layer = await rawBlob(ref.layers[0].digest);
    expect(`sha256:${sha256(layer)}`).toBe(ref.layers[0].digest);
    expect(JSON.parse(layer.toString())).toEqual(bundleJson);
  });

  it('the bundle is a v0.3 DSSE bundle whose statement names the manifest and the module', () => {
    const b = bundleJson as {
      mediaType: string;
      verificationMaterial: { publicKey: { hint: string } };
      dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string; keyid: string }[] };
    };
    expect(b.mediaType).toBe(BUNDLE_MT);
    expect(b.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(b.dsseEnvelope.signatures).toHaveLength(1);
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', PUB, '-outform', 'DER']);
    const hint = createHash('sha256').update(der).digest('base64');
    expect(b.verificationMaterial.publicKey.hint).toBe(hint);
    expect(b.dsseEnvelope.signatures[0].keyid).toBe(hint);
    const st = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
    expect(st._type).toBe('https://in-toto.io/Statement/v1');
    expect(st.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(st.subject).toEqual([
      { name: `${reg.host}/acme/filter`, digest: { sha256: a.digest.slice(7) } },
      { name: 'filter.wasm', digest: { sha256: sha256(a.wasm) } },
    ]);
    expect(st.predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v1.2.0',
            repository: 'https://github.com/Acme/Filter',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '123456',
            repository_owner_id: '7890',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/Acme/Filter@refs/tags/v1.2.0',
            digest: { gitCommit: '0123456789abcdef0123456789abcdef01234567' },
          },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/Acme/Filter/.github/workflows/release.yml@refs/tags/v1.2.0' },
        metadata: { invocationId: 'https://github.com/Acme/Filter/actions/runs/4242/attempts/2' },
      },
    });
  });

  function sigstoreVerify(json: unknown, pubFile: string) {
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', pubFile, '-outform', 'DER']);
    const hint = (json as { verificationMaterial: { publicKey: { hint: string } } }).verificationMaterial
      .publicKey.hint;
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
    return new Verifier(tm, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(
      toSignedEntity(bundleFromJSON(json)),
    );
  }

  function opensslVerify(json: unknown, pubFile: string): string {
    const env = (
      json as { dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string }[] } }
    ).dsseEnvelope;
    const pae = paeForTest(env.payloadType, Buffer.from(env.payload, 'base64'));
    writeFileSync(join(tmp, 'pae.bin'), pae);
    writeFileSync(join(tmp, 'sig.der'), Buffer.from(env.signatures[0].sig, 'base64'));
    const r = spawnSync('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      pubFile,
      '-signature',
      join(tmp, 'sig.der'),
      join(tmp, 'pae.bin'),
    ]);
    return (r.stdout.toString() + r.stderr.toString()).trim();
  }

  it('verifies with @sigstore/verify (key trust material) and with openssl over the PAE bytes', () => {
    expect(() => sigstoreVerify(bundleJson, PUB)).not.toThrow();
    expect(opensslVerify(bundleJson, PUB)).toBe('Verified OK');
    expect(() => sigstoreVerify(bundleJson, OTHER_PUB)).toThrow(/signature verification failed/);
    expect(opensslVerify(bundleJson, OTHER_PUB)).toMatch(/Verification failure/i);
  });

  it('verifyArtifact finds the referrer through the tag index and checks signature, subject and predicate', async () => {
    const pem = readFileSync(PUB, 'utf8');
    const byTag = await verifyArtifact(remote, 'v1', { publicKeyPem: pem });
    expect(byTag).toMatchObject({ manifestDigest: a.digest, referrerDigest, via: 'tag-index' });
    expect(byTag.statement.subject[0].digest.sha256).toBe(a.digest.slice(7));
    const byDigest = await verifyArtifact(remote, `${reg.host}/${REPO}@${a.digest}`, { publicKeyPem: pem });
    expect(byDigest.referrerDigest).toBe(referrerDigest);
  });

  it('a wrong key fails verification', async () => {
    const e = await verifyArtifact(remote, 'v1', { publicKeyPem: readFileSync(OTHER_PUB, 'utf8') }).catch(
      (x) => x,
    );
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/signature verification failed/);
  });

  it('a tampered payload fails verification (sigstore, openssl and verifyArtifact)', async () => {
    const b = await pushArtifact('v2', 'b');
    const signed = await signFor(b);
    const tampered = structuredClone(signed.bundle) as { dsseEnvelope: { payload: string } };
    const st = JSON.parse(Buffer.from(tampered.dsseEnvelope.payload, 'base64').toString());
    st.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit = 'f'.repeat(40);
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    expect(() => sigstoreVerify(tampered, PUB)).toThrow(/signature verification failed/);
    expect(opensslVerify(tampered, PUB)).toMatch(/Verification failure/i);
    await attachBundle(remote, subjectOf(b), Buffer.from(JSON.stringify(tampered)));
    const e = await verifyArtifact(remote, 'v2', { publicKeyPem: readFileSync(PUB, 'utf8') }).catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/signature verification failed/);
  });

  it("a valid bundle attached to another artifact fails: the statement's subject is not that manifest", async () => {
    const c = await pushArtifact('v3', 'c');
    const signedForA = await signFor(a);
    await attachBundle(remote, subjectOf(c), signedForA.bundleBytes);
    const e = await verifyArtifact(remote, 'v3', { publicKeyPem: readFileSync(PUB, 'utf8') }).catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/does not name sha256:[0-9a-f]{64} as a subject/);
  });

  it('keeps foreign index entries, de-duplicates, and appends further signatures', async () => {
    const d = await pushArtifact('v4', 'd');
    const tag = `sha256-${d.digest.slice(7)}`;
    // A foreign entry (someone else's referrer: here simply another manifest in the repository).
    const foreign = await pushArtifact('other', 'foreign');
    const foreignEntry = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: foreign.digest,
      size: foreign.manifestBytes.length,
      artifactType: 'application/vnd.example.sbom',
    };
    await remote.pushManifest(
      tag,
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: [foreignEntry],
        }),
      ),
      'application/vnd.oci.image.index.v1+json',
    );
    const s1 = await signFor(d);
    const r1 = await attachBundle(remote, subjectOf(d), s1.bundleBytes);
    const r1again = await attachBundle(remote, subjectOf(d), s1.bundleBytes);
    expect(r1again.referrerDigest).toBe(r1.referrerDigest);
    const s2 = await signFor(d);
    const r2 = await attachBundle(remote, subjectOf(d), s2.bundleBytes);
    const index = skopeoRaw(`:${tag}`);
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([
      foreign.digest,
      r1.referrerDigest,
      r2.referrerDigest,
    ]);
    expect(index.manifests[0]).toEqual(foreignEntry);
    // verification skips the foreign entry (other artifactType) and accepts a bundle
    const v = await verifyArtifact(remote, 'v4', { publicKeyPem: readFileSync(PUB, 'utf8') });
    expect([r1.referrerDigest, r2.referrerDigest]).toContain(v.referrerDigest);
  });

  it('refuses a referrers tag that resolves to something other than an index (GitLab behaviour)', async () => {
    const g = await pushArtifact('v5', 'g');
    // The registry answers the fallback tag with the subject manifest itself.
    await remote.pushManifest(
      `sha256-${g.digest.slice(7)}`,
      g.manifestBytes,
      'application/vnd.oci.image.manifest.v1+json',
    );
    const e = await attachBundle(remote, subjectOf(g), (await signFor(g)).bundleBytes).catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/instead of an OCI image index/);
  });

  it('an unsigned artifact has no valid provenance', async () => {
    await pushArtifact('v6', 'unsigned');
    const e = await verifyArtifact(remote, 'v6', { publicKeyPem: readFileSync(PUB, 'utf8') }).catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/No Sigstore bundle is attached/);
  });
});
