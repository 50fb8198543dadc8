/**
 * The push stage. Order matters: check immutable tags (and, before signing, push access), sign, then blobs, then the
 * manifest by digest and the attestation (when signing), and only then the tags — release tags first, read back, then
 * the floating ones — so a tag only ever points at a complete, signed artifact, and a refusal, a signing failure or a
 * lost release race leaves no tag of this run behind where it should not be.
 * Round trips that do not depend on each other run together: the access check beside the tag checks, blob HEADs and
 * uploads in parallel, tag PUTs in parallel (bounded).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Env, Inputs } from './context.js';
import type { Io } from './io.js';
import type { EventContext } from './github-context.js';
import type { OciLayout } from './oci/layout.js';
import { digestHex } from './oci/digest.js';
import { manifestDescriptor } from './package/manifest.js';
import type { Packaged } from './package/types.js';
import { RemoteRepository } from './registry/remote.js';
import type { Remote } from './registry/types.js';
import { checkImmutableTags, releaseTags, verifyReleaseTags } from './immutable-tags.js';
import type { SigningPlan } from './sign/types.js';
import { untrusted } from './log.js';

export interface PublishArgs {
  io: Io;
  inputs: Inputs;
  env: Env;
  gh: EventContext;
  repository: string;
  tags: string[];
  packaged: Packaged;
  layout: OciLayout;
  moduleName: string;
  signing?: SigningPlan;
  /** other repositories on this registry known (from the cache record) to hold a blob: mount candidates */
  mountFrom?: (digest: string) => string[];
  /** test hook: a different Remote (e.g. behind a counting proxy) */
  remote?: Remote;
}

export interface PublishResult {
  signingMode: string;
  attestationDigest?: string;
  bundlePath?: string;
  /** how each blob got there */
  blobs: Record<string, string>;
}

export async function publish(a: PublishArgs): Promise<PublishResult> {
  const { io, inputs } = a;
  const own = a.remote
    ? undefined
    : new RemoteRepository({
        registry: inputs.registry,
        repository: a.repository,
        plainHttp: inputs.plainHttp,
        credentials: inputs.password ? { username: inputs.username, password: inputs.password } : undefined,
        onRequest: (method, url, status) => io.debug(`${method} ${untrusted(url)} -> ${status}`),
      });
  const remote: Remote = a.remote ?? (own as RemoteRepository);
  try {
    return await pushAll(a, remote);
  } finally {
    // Pooled keep-alive connections end with the push: nothing of it keeps the step's process alive.
    own?.close();
  }
}

async function pushAll(a: PublishArgs, remote: Remote): Promise<PublishResult> {
  const { io, inputs, packaged } = a;
  const signing = a.signing && a.signing.mode !== 'none' ? a.signing : undefined;
  // Before signing (a transparency-log entry is public and permanent), prove that the push can succeed. Without
  // signing the first blob upload is the access check: a refusal there still comes before any tag. The blob HEADs
  // (reads) run beside these checks; nothing is written until they all pass.
  const present = Promise.all(packaged.blobs.map((b) => remote.blobExists(b.descriptor.digest)));
  await firstFailure([
    signing ? remote.checkPushAccess() : Promise.resolve(),
    checkImmutableTags(remote, a.tags, packaged.manifestDigest, inputs.overwriteTags),
    present,
  ]);
  const found = await present;

  // Sign before anything is pushed: a signing failure must not leave an unsigned artifact or tag behind.
  const signed = signing ? await signProvenance(a, signing) : undefined;

  // Blobs first (in parallel): the ones the HEADs did not find are mounted or uploaded.
  const blobs: Record<string, string> = {};
  await Promise.all(
    packaged.blobs.map(async (b, i) => {
      const how = await remote.pushBlob(
        { descriptor: b.descriptor, bytes: b.bytes, path: b.path },
        { mountFrom: a.mountFrom?.(b.descriptor.digest), present: found[i] },
      );
      blobs[b.descriptor.digest] = how;
      io.info(
        `${how === 'exists' ? 'Exists  ' : how === 'mounted' ? 'Mounted ' : 'Uploaded'} ${b.descriptor.digest} (${b.descriptor.size} bytes)`,
      );
    }),
  );

  // The manifest by digest (untagged): the attestation can name it before any tag points at it. Without an
  // attestation the first tag PUT stores the same bytes, so the untagged PUT is only needed when there is no tag.
  if (signed || a.tags.length === 0) {
    await remote.pushManifest(packaged.manifestDigest, packaged.manifestBytes, packaged.mediaType);
    io.info(`Manifest ${packaged.manifestDigest}`);
  }

  let attestationDigest: string | undefined;
  if (signed) {
    const sign = await import('./sign/index.js');
    const attached = await sign.attachBundle(
      remote,
      manifestDescriptor(packaged),
      signed.bundleBytes,
      a.gh.created,
    );
    attestationDigest = attached.referrerDigest;
    io.info(
      `Attestation ${attestationDigest}${attached.indexTag ? ` (referrers tag ${attached.indexTag})` : ''}`,
    );
  }

  await pushTags(a, remote);
  if (a.tags.length > 0 && !signed) io.info(`Manifest ${packaged.manifestDigest}`);
  for (const tag of a.tags) io.info(`Tagged ${untrusted(tag)}`);

  return { signingMode: signing?.mode ?? 'none', attestationDigest, bundlePath: signed?.bundlePath, blobs };
}

/** Sign the provenance of the manifest; the Sigstore bundle is written under RUNNER_TEMP. */
async function signProvenance(
  a: PublishArgs,
  signing: SigningPlan,
): Promise<{ bundleBytes: Buffer; bundlePath: string }> {
  const { inputs, packaged } = a;
  const sign = await import('./sign/index.js');
  const statement = sign.buildProvenance({
    env: a.env,
    registry: inputs.registry,
    repository: a.repository,
    manifestDigest: packaged.manifestDigest,
    moduleName: a.moduleName,
    moduleDigest: packaged.blobs.find((b) => b.path)?.descriptor.digest ?? '',
  });
  const { bundleBytes } = await sign.signStatement(signing, statement);
  const dir = join(a.env.RUNNER_TEMP || tmpdir(), 'wasm-oci');
  await mkdir(dir, { recursive: true });
  const bundlePath = join(dir, `provenance-${digestHex(packaged.manifestDigest).slice(0, 16)}.sigstore.json`);
  await writeFile(bundlePath, bundleBytes);
  a.io.info(`Signed provenance (${signing.mode}); bundle at ${bundlePath}`);
  return { bundleBytes, bundlePath };
}

/**
 * Tags last: one PUT of the same bytes per tag. Release tags first, then read back (another run may have released the
 * same version at the same moment: the loser fails here, before it moves a floating tag), then the rest.
 */
async function pushTags(a: PublishArgs, remote: Remote): Promise<void> {
  const { packaged, inputs } = a;
  const release = new Set(releaseTags(a.tags));
  const guarded = inputs.overwriteTags ? [] : a.tags.filter((t) => release.has(t));
  const putTag = async (tag: string): Promise<void> => {
    await remote.pushManifest(tag, packaged.manifestBytes, packaged.mediaType);
  };
  if (guarded.length > 0) {
    await forEachLimit(guarded, TAG_PUT_CONCURRENCY, putTag);
    await verifyReleaseTags(remote, guarded, packaged.manifestDigest, inputs.overwriteTags);
  }
  const floating = a.tags.filter((t) => !guarded.includes(t));
  await forEachLimit(floating, TAG_PUT_CONCURRENCY, putTag);
}

/** Tag PUTs in flight at once: enough for a release's handful of tags, gentle on rate-limited registries. */
const TAG_PUT_CONCURRENCY = 4;

/**
 * Run `fn` over `items` with at most `limit` at once; after a failure nothing new starts, and the first failure is
 * thrown once the started ones settle.
 */
async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      await fn(items[next++]).catch((e: unknown) => {
        failed = true;
        throw e;
      });
    }
  };
  await firstFailure(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Wait for every promise; then throw the failure of the earliest one in the list (deterministic, unlike `all`). */
async function firstFailure(promises: Promise<unknown>[]): Promise<void> {
  const settled = await Promise.allSettled(promises);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
}
