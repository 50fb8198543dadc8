import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { UserError } from '../src/errors.js';
import type { Descriptor } from '../src/oci/types.js';
import type { FetchedManifest, Remote } from '../src/registry/types.js';
import {
  attachBundle,
  buildProvenance,
  planSigning,
  signStatement,
  verifyArtifact,
} from '../src/sign/index.js';
import type { PlanSigningOptions } from '../src/sign/index.js';

const KEY = readFileSync(join(import.meta.dirname, 'fixtures', 'keys', 'p256.pkcs8.pem'), 'utf8');
const PUB = readFileSync(join(import.meta.dirname, 'fixtures', 'keys', 'p256.pub.pem'), 'utf8');
const TOKEN_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/t?x=1',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-rt',
};
const base: PlanSigningOptions = {
  mode: 'auto',
  eventName: 'push',
  isPullRequest: false,
  hasIdToken: false,
  env: {},
};

async function userError(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe('planSigning', () => {
  it('auto with an OIDC token signs keyless with the public-good defaults', async () => {
    const p = await planSigning({ ...base, hasIdToken: true, env: TOKEN_ENV });
    expect(p.mode).toBe('keyless');
    expect(p.keyless).toMatchObject({
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
      idTokenRequestUrl: TOKEN_ENV.ACTIONS_ID_TOKEN_REQUEST_URL,
    });
    expect(p.warnings).toEqual([]);
    expect(p.notices.join(' ')).not.toContain('secret-rt');
  });

  it('auto with a signing key uses the key (an explicit choice), even when a token is available', async () => {
    const p = await planSigning({ ...base, hasIdToken: true, env: TOKEN_ENV, signingKey: KEY });
    expect(p.mode).toBe('key');
    expect(p.key?.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });

  it('auto without token or key publishes unsigned with a warning naming the fix', async () => {
    const p = await planSigning(base);
    expect(p.mode).toBe('none');
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]).toMatch(/permissions: id-token: write/);
  });

  it.each(['auto', 'keyless', 'key'])('a pull-request run never signs (mode %s)', async (mode) => {
    const p = await planSigning({
      ...base,
      mode,
      eventName: 'pull_request',
      isPullRequest: true,
      hasIdToken: true,
      env: TOKEN_ENV,
      signingKey: KEY,
    });
    expect(p.mode).toBe('none');
    expect(p.key).toBeUndefined();
    expect(p.keyless).toBeUndefined();
    expect(p.notices.join(' ')).toMatch(/not signed on "pull_request" runs/);
  });

  it('none stays none', async () => {
    expect((await planSigning({ ...base, mode: 'none', signingKey: KEY })).mode).toBe('none');
  });

  it('keyless without a token fails naming id-token: write', async () => {
    const e = await userError(planSigning({ ...base, mode: 'keyless' }));
    expect(e.fix).toMatch(/id-token: write/);
  });

  it('key without signing-key fails; a malformed key fails before anything is pushed', async () => {
    expect((await userError(planSigning({ ...base, mode: 'key' }))).message).toMatch(/signing-key is empty/);
    const e = await userError(planSigning({ ...base, mode: 'key', signingKey: 'not a key' }));
    expect(e.message).not.toContain('not a key');
  });

  it('rejects unknown modes and bad service URLs', async () => {
    expect((await userError(planSigning({ ...base, mode: 'sometimes' }))).fix).toMatch(
      /auto, keyless, key or none/,
    );
    const e = await userError(
      planSigning({ ...base, mode: 'keyless', hasIdToken: true, env: TOKEN_ENV, fulcioUrl: 'ftp://x' }),
    );
    expect(e.message).toMatch(/fulcio-url/);
  });

  it('a TSA without rekor-url means no transparency log (GitHub private instance style)', async () => {
    const p = await planSigning({
      ...base,
      mode: 'keyless',
      hasIdToken: true,
      env: TOKEN_ENV,
      fulcioUrl: 'https://fulcio.example/',
      tsaUrl: 'https://timestamp.example',
    });
    expect(p.keyless).toMatchObject({
      fulcioUrl: 'https://fulcio.example',
      rekorUrl: undefined,
      tsaUrl: 'https://timestamp.example',
    });
  });
});

describe('buildProvenance', () => {
  const env = {
    GITHUB_SERVER_URL: 'https://acme.ghe.com',
    GITHUB_REPOSITORY: 'Org/Repo',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKFLOW_REF: 'Org/Repo/.github/workflows/ci.yaml@refs/heads/main',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '3',
  };

  it('names subjects by lowercased repository and module file, and omits absent internal parameters', () => {
    const st = buildProvenance({
      env,
      registry: 'GHCR.io',
      repository: 'org/repo',
      manifestDigest: 'sha256:' + '1'.repeat(64),
      moduleName: 'my.wasm',
      moduleDigest: 'sha256:' + '2'.repeat(64),
    });
    expect(st.subject).toEqual([
      { name: 'ghcr.io/org/repo', digest: { sha256: '1'.repeat(64) } },
      { name: 'my.wasm', digest: { sha256: '2'.repeat(64) } },
    ]);
    expect(st.predicate).toMatchObject({
      buildDefinition: {
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://acme.ghe.com/Org/Repo',
            path: '.github/workflows/ci.yaml',
          },
        },
        internalParameters: { github: { event_name: 'workflow_dispatch' } },
      },
      runDetails: { metadata: { invocationId: 'https://acme.ghe.com/Org/Repo/actions/runs/1/attempts/3' } },
    });
    expect(
      Object.keys(
        (st.predicate as { buildDefinition: { internalParameters: { github: object } } }).buildDefinition
          .internalParameters.github,
      ),
    ).toEqual(['event_name']);
  });

  it('is deterministic for the same run', () => {
    const ctx = {
      env,
      registry: 'ghcr.io',
      repository: 'org/repo',
      manifestDigest: 'sha256:' + '1'.repeat(64),
    };
    expect(JSON.stringify(buildProvenance(ctx))).toBe(JSON.stringify(buildProvenance(ctx)));
  });

  it('refuses to build outside a run (missing GITHUB_*), naming the variables', () => {
    expect(() =>
      buildProvenance({
        env: {},
        registry: 'ghcr.io',
        repository: 'o/r',
        manifestDigest: 'sha256:' + '1'.repeat(64),
      }),
    ).toThrow(/GITHUB_SERVER_URL, GITHUB_REPOSITORY.*not set/);
    expect(() =>
      buildProvenance({ env, registry: 'ghcr.io', repository: 'o/r', manifestDigest: 'sha256:12' }),
    ).toThrow(UserError);
  });
});

/** In-memory registry WITH a referrers API (answers OCI-Subject), to cover the path distribution 2.8 cannot. */
class ReferrersApiRemote implements Remote {
  readonly registry = 'mem.example';
  readonly repository = 'acme/filter';
  blobs = new Map<string, Buffer>();
  manifests = new Map<string, { bytes: Buffer; mediaType: string }>();
  tags = new Map<string, string>();
  async checkPushAccess() {}
  async blobExists(d: string) {
    return this.blobs.has(d);
  }
  async pushBlob(src: { descriptor: Descriptor; bytes?: Buffer }) {
    this.blobs.set(src.descriptor.digest, src.bytes as Buffer);
    return 'uploaded' as const;
  }
  async fetchBlob(d: string) {
    return Readable.from([this.blobs.get(d) as Buffer]);
  }
  async resolve(): Promise<Descriptor | undefined> {
    return undefined;
  }
  async fetchManifest(ref: string): Promise<FetchedManifest | undefined> {
    const digest = this.tags.get(ref) ?? ref;
    const m = this.manifests.get(digest);
    return m && { ...m, digest };
  }
  async pushManifest(ref: string, bytes: Buffer, mediaType: string) {
    const digest = 'sha256:' + createHash('sha256').update(bytes).digest('hex');
    this.manifests.set(digest, { bytes, mediaType });
    if (!ref.startsWith('sha256:')) this.tags.set(ref, digest);
    const subject = (JSON.parse(bytes.toString()) as { subject?: Descriptor }).subject;
    return subject ? { digest, ociSubject: subject.digest } : { digest };
  }
  async fetchReferrers(digest: string) {
    const out: Descriptor[] = [];
    for (const [d, m] of this.manifests) {
      const doc = JSON.parse(m.bytes.toString());
      if (doc.subject?.digest === digest)
        out.push({ mediaType: m.mediaType, digest: d, size: m.bytes.length, artifactType: doc.artifactType });
    }
    return out;
  }
}

describe('registries with the referrers API', () => {
  it('attaches without a tag index and verifies through the API', async () => {
    const remote = new ReferrersApiRemote();
    const manifest = Buffer.from(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}',
    );
    const { digest } = await remote.pushManifest(
      'v1',
      manifest,
      'application/vnd.oci.image.manifest.v1+json',
    );
    const plan = await planSigning({ ...base, mode: 'key', signingKey: KEY });
    const st = buildProvenance({
      env: {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/filter',
        GITHUB_REF: 'refs/tags/v1',
        GITHUB_SHA: 'b'.repeat(40),
        GITHUB_WORKFLOW_REF: 'acme/filter/.github/workflows/r.yml@refs/tags/v1',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_RUN_ID: '5',
        GITHUB_RUN_ATTEMPT: '1',
      },
      registry: remote.registry,
      repository: remote.repository,
      manifestDigest: digest,
    });
    const { bundleBytes } = await signStatement(plan, st);
    const res = await attachBundle(
      remote,
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: manifest.length },
      bundleBytes,
    );
    expect(res.via).toBe('referrers-api');
    expect(res.indexTag).toBeUndefined();
    expect([...remote.tags.keys()]).toEqual(['v1']);
    const v = await verifyArtifact(remote, 'v1', { publicKeyPem: PUB });
    expect(v).toMatchObject({
      via: 'referrers-api',
      referrerDigest: res.referrerDigest,
      manifestDigest: digest,
    });
  });
});
