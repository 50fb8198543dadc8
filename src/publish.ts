/**
 * The push stage. Order matters: check access and immutable tags, sign, then blobs, then the manifest by digest, then
 * the attestation, and only then the tags — so a tag only ever points at a complete, signed artifact, and a refusal or a
 * signing failure leaves no tag behind.
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
import { checkImmutableTags } from './immutable-tags.js';
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
  const { io, inputs, packaged } = a;
  const remote: Remote =
    a.remote ??
    new RemoteRepository({
      registry: inputs.registry,
      repository: a.repository,
      plainHttp: inputs.plainHttp,
      credentials: inputs.password ? { username: inputs.username, password: inputs.password } : undefined,
      onRequest: (method, url, status) => io.debug(`${method} ${untrusted(url)} -> ${status}`),
    });

  await remote.checkPushAccess();
  await checkImmutableTags(remote, a.tags, packaged.manifestDigest, inputs.overwriteTags);

  // Sign before anything is pushed: a signing failure must not leave an unsigned artifact or tag behind.
  const subject = manifestDescriptor(packaged);
  let bundleBytes: Buffer | undefined;
  let bundlePath: string | undefined;
  if (a.signing && a.signing.mode !== 'none') {
    const sign = await import('./sign/index.js');
    const statement = sign.buildProvenance({
      env: a.env,
      registry: inputs.registry,
      repository: a.repository,
      manifestDigest: packaged.manifestDigest,
      moduleName: a.moduleName,
      moduleDigest: packaged.blobs.find((b) => b.path)?.descriptor.digest ?? '',
    });
    const signed = await sign.signStatement(a.signing, statement);
    bundleBytes = signed.bundleBytes;
    const dir = join(a.env.RUNNER_TEMP || tmpdir(), 'wasm-oci');
    await mkdir(dir, { recursive: true });
    bundlePath = join(dir, `provenance-${digestHex(packaged.manifestDigest).slice(0, 16)}.sigstore.json`);
    await writeFile(bundlePath, bundleBytes);
    io.info(`Signed provenance (${a.signing.mode}); bundle at ${bundlePath}`);
  }

  // Blobs first (in parallel), each HEADed before upload.
  const blobs: Record<string, string> = {};
  await Promise.all(
    packaged.blobs.map(async (b) => {
      const how = await remote.pushBlob(
        { descriptor: b.descriptor, bytes: b.bytes, path: b.path },
        { mountFrom: a.mountFrom?.(b.descriptor.digest) },
      );
      blobs[b.descriptor.digest] = how;
      io.info(
        `${how === 'exists' ? 'Exists  ' : how === 'mounted' ? 'Mounted ' : 'Uploaded'} ${b.descriptor.digest} (${b.descriptor.size} bytes)`,
      );
    }),
  );

  // The manifest by digest (untagged): the attestation can name it before any tag points at it.
  await remote.pushManifest(packaged.manifestDigest, packaged.manifestBytes, packaged.mediaType);
  io.info(`Manifest ${packaged.manifestDigest}`);

  let attestationDigest: string | undefined;
  if (bundleBytes) {
    const sign = await import('./sign/index.js');
    const attached = await sign.attachBundle(remote, subject, bundleBytes, a.gh.created);
    attestationDigest = attached.referrerDigest;
    io.info(
      `Attestation ${attestationDigest}${attached.indexTag ? ` (referrers tag ${attached.indexTag})` : ''}`,
    );
  }

  // Tags last: one PUT of the same bytes per tag.
  for (const tag of a.tags) {
    await remote.pushManifest(tag, packaged.manifestBytes, packaged.mediaType);
    io.info(`Tagged ${untrusted(tag)}`);
  }

  return { signingMode: a.signing?.mode ?? 'none', attestationDigest, bundlePath, blobs };
}
