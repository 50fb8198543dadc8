import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { UserError } from '../src/errors.js';
import { readGitHubContext } from '../src/github-context.js';
import { checkImmutableTags, findTagConflicts, releaseTags } from '../src/immutable-tags.js';
import { sha256Digest } from '../src/oci/digest.js';
import { EMPTY_JSON_DIGEST, MediaType } from '../src/oci/media-types.js';
import type { Descriptor } from '../src/oci/types.js';
import { RemoteRepository } from '../src/registry/remote.js';
import type { Remote } from '../src/registry/types.js';
import { planTags } from '../src/tags.js';
import { envFor } from './fixtures/event-context.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';

const D1 = 'sha256:' + '1'.repeat(64);
const D2 = 'sha256:' + '2'.repeat(64);

/** In-test fake: only `resolve`, backed by a map. */
function fakeRemote(existing: Record<string, string>) {
  const asked: string[] = [];
  const remote: Pick<Remote, 'resolve' | 'registry' | 'repository'> = {
    registry: 'ghcr.io',
    repository: 'acme-org/envoy-filters',
    async resolve(ref: string): Promise<Descriptor | undefined> {
      asked.push(ref);
      const d = existing[ref];
      return d ? { mediaType: MediaType.ociManifest, digest: d, size: 100 } : undefined;
    },
  };
  return { remote, asked };
}

async function rejection(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

const releasePlan = () => planTags(readGitHubContext(envFor('push-tag'))); // 1.2.3, 1.2, 1, latest, sha-…

describe('checkImmutableTags (unit, fake resolve)', () => {
  it('only release tags are looked up', async () => {
    const { remote, asked } = fakeRemote({});
    await checkImmutableTags(remote, releasePlan(), D1, false);
    expect(asked).toEqual(['1.2.3']);
    expect(releaseTags(['1.2.3', '1.2', '1', 'latest', 'edge', 'main', '2.0.0-rc.1', 'sha-abcdef0'])).toEqual(
      ['1.2.3', '2.0.0-rc.1'],
    );
  });

  it('a new release passes', async () => {
    const { remote } = fakeRemote({ latest: D2, '1': D2, '1.2': D2 });
    await expect(checkImmutableTags(remote, releasePlan(), D1, false)).resolves.toBeUndefined();
  });

  it('re-running the same release (same digest) passes', async () => {
    const { remote } = fakeRemote({ '1.2.3': D1 });
    await expect(checkImmutableTags(remote, releasePlan(), D1, false)).resolves.toBeUndefined();
  });

  it('a release tag on another digest fails, naming the tag, both digests and overwrite-tags', async () => {
    const { remote } = fakeRemote({ '1.2.3': D2 });
    const e = await rejection(checkImmutableTags(remote, releasePlan(), D1, false));
    expect(e.message).toContain('1.2.3');
    expect(e.message).toContain(D1);
    expect(e.message).toContain(D2);
    expect(e.message).toContain('ghcr.io/acme-org/envoy-filters');
    expect(e.fix).toContain('overwrite-tags: true');
  });

  it('overwrite skips the check entirely', async () => {
    const { remote, asked } = fakeRemote({ '1.2.3': D2 });
    await checkImmutableTags(remote, releasePlan(), D1, true);
    expect(asked).toEqual([]);
  });

  it('pre-release tags are immutable too; a plain list of names works', async () => {
    const { remote } = fakeRemote({ '2.0.0-rc.1': D2 });
    const e = await rejection(checkImmutableTags(remote, ['2.0.0-rc.1', 'sha-8a7b6c5'], D1, false));
    expect(e.message).toContain('2.0.0-rc.1');
  });

  it('registry digests that are not digests are quoted and neutralised', async () => {
    const { remote } = fakeRemote({ '1.2.3': '::error::evil\n##[warning]x' });
    const e = await rejection(checkImmutableTags(remote, ['1.2.3'], D1, false));
    expect(e.message).not.toContain('::error::');
    expect(e.message).not.toContain('##[');
    expect(e.message).not.toContain('\n');
  });

  it('registry errors propagate', async () => {
    const remote = {
      registry: 'r',
      repository: 'x',
      resolve: async () => {
        throw new Error('boom');
      },
    };
    await expect(findTagConflicts(remote, ['1.2.3'], D1)).rejects.toThrow('boom');
  });
});

describe('checkImmutableTags against a real registry', () => {
  let reg: TestRegistry;
  let remote: RemoteRepository;
  const repository = 'acme-org/envoy-filters';

  /** A minimal valid OCI manifest with one small layer; `n` makes it unique. */
  async function pushArtifact(n: number, tag: string): Promise<string> {
    const layer = Buffer.from(`layer ${n}`);
    await remote.pushBlob({
      descriptor: { mediaType: 'application/wasm', digest: sha256Digest(layer), size: layer.length },
      bytes: layer,
    });
    await remote.pushBlob({
      descriptor: { mediaType: MediaType.ociEmpty, digest: EMPTY_JSON_DIGEST, size: 2 },
      bytes: Buffer.from('{}'),
    });
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        artifactType: 'application/vnd.example.test',
        config: { mediaType: MediaType.ociEmpty, digest: EMPTY_JSON_DIGEST, size: 2 },
        layers: [{ mediaType: 'application/wasm', digest: sha256Digest(layer), size: layer.length }],
      }),
    );
    const { digest } = await remote.pushManifest(tag, manifest, MediaType.ociManifest);
    expect(digest).toBe(sha256Digest(manifest));
    return digest;
  }

  function skopeoDigest(tag: string): string {
    const out = execFileSync(
      'skopeo',
      ['inspect', '--tls-verify=false', '--raw', `docker://${reg.host}/${repository}:${tag}`],
      { encoding: 'buffer' },
    );
    return sha256Digest(out);
  }

  beforeAll(async () => {
    reg = await startRegistry();
    remote = new RemoteRepository({
      registry: reg.host,
      repository,
      plainHttp: true,
      retry: { maxRetries: 0 },
    });
  });
  afterAll(async () => {
    remote?.close();
    await reg?.stop();
  });

  it('refuses to move a published release, allows re-runs, floating tags and overwrite', async () => {
    const published = await pushArtifact(1, '1.2.3');
    await pushArtifact(1, 'latest');
    const rebuilt = await pushArtifact(2, 'scratch');
    expect(rebuilt).not.toBe(published);
    expect(skopeoDigest('1.2.3')).toBe(published); // independent read-back

    const plan = releasePlan();
    // a different build for the same release tag: refused
    const e = await rejection(checkImmutableTags(remote, plan, rebuilt, false));
    expect(e.message).toContain('"1.2.3"');
    expect(e.message).toContain(published);
    expect(e.message).toContain(rebuilt);
    expect(e.fix).toContain('overwrite-tags: true');
    expect(skopeoDigest('1.2.3')).toBe(published); // nothing moved

    // the same build again: fine
    await checkImmutableTags(remote, plan, published, false);
    // overwrite: fine
    await checkImmutableTags(remote, plan, rebuilt, true);
    // a branch push whose floating tags (`latest` exists on another digest) may move
    const branchPlan = planTags(readGitHubContext(envFor('push-default-branch')), {
      tags: ['latest', 'edge'],
    });
    await checkImmutableTags(remote, branchPlan, rebuilt, false);
    // a release tag that does not exist yet
    const next = planTags(readGitHubContext(envFor('push-tag', { GITHUB_REF: 'refs/tags/v1.2.4' })));
    await checkImmutableTags(remote, next, rebuilt, false);
  });
});
