import { UserError } from '../errors.js';
import { q } from '../log.js';
import { sha256Digest } from '../oci/digest.js';
import { EMPTY_JSON_DIGEST, MediaType } from '../oci/media-types.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../oci/types.js';
import { DIGEST_RE } from '../oci/types.js';
import type { Remote } from '../registry/types.js';
import { SLSA_PROVENANCE_V1, type AttachResult } from './types.js';

/**
 * Attaching a Sigstore bundle to an artifact as an OCI referrer (cosign BUNDLE_SPEC / actions/attest push-to-registry
 * layout), with the `sha256-<hex>` tag-schema index for registries without a referrers API (GHCR, distribution 2.8).
 */

export const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content';
export const BUNDLE_PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const EMPTY_JSON = Buffer.from('{}');

export interface ReferrerOptions {
  /** `org.opencontainers.image.created`: only from the commit time / SOURCE_DATE_EPOCH, never the clock */
  created?: string;
  predicateType?: string;
  /** `dsse-envelope` (default) or `message-signature` */
  content?: string;
}

/** `sha256:<hex>` -> `sha256-<hex>` (OCI referrers tag schema). */
export function referrersTag(digest: string): string {
  if (!DIGEST_RE.test(digest)) throw new Error(`not a sha256 digest: ${digest}`);
  return digest.replace(':', '-');
}

/** The referrer manifest, serialized once: its digest is over exactly these bytes. */
export function buildReferrerManifest(
  subject: Descriptor,
  bundleBytes: Buffer,
  opts: ReferrerOptions = {},
): { manifest: ImageManifest; bytes: Buffer; digest: string; bundleDescriptor: Descriptor } {
  const bundleDescriptor: Descriptor = {
    mediaType: MediaType.sigstoreBundleV03,
    digest: sha256Digest(bundleBytes),
    size: bundleBytes.length,
  };
  const annotations: Record<string, string> = {
    [BUNDLE_CONTENT_ANNOTATION]: opts.content ?? 'dsse-envelope',
    [BUNDLE_PREDICATE_ANNOTATION]: opts.predicateType ?? SLSA_PROVENANCE_V1,
  };
  if (opts.created) annotations['org.opencontainers.image.created'] = opts.created;
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    artifactType: MediaType.sigstoreBundleV03,
    config: { mediaType: MediaType.ociEmpty, digest: EMPTY_JSON_DIGEST, size: 2 },
    layers: [bundleDescriptor],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations,
  };
  const bytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  return { manifest, bytes, digest: sha256Digest(bytes), bundleDescriptor };
}

/** Parse what the fallback tag returned; refuse anything that is not an image index (GitLab answers with the subject). */
export function parseTagIndex(
  fetched: { bytes: Buffer; mediaType: string; digest: string },
  tag: string,
  subjectDigest: string,
): ImageIndex {
  const notIndex = (why: string) =>
    new UserError(
      `The registry returned ${why} for the referrers tag ${q(tag)} instead of an OCI image index.`,
      'This registry resolves sha256-<digest> tags to the subject itself (GitLab does) or holds a foreign object under that ' +
        'tag; use a registry with the OCI referrers API or the tag schema, or publish with signing: none.',
      'Referrers index',
    );
  if (fetched.digest === subjectDigest) throw notIndex('the artifact itself');
  let doc: Partial<ImageIndex>;
  try {
    doc = JSON.parse(fetched.bytes.toString('utf8')) as Partial<ImageIndex>;
  } catch {
    throw notIndex('a document that is not JSON');
  }
  const mediaType = doc.mediaType ?? fetched.mediaType;
  if (mediaType !== MediaType.ociIndex || !Array.isArray(doc.manifests) || doc.schemaVersion !== 2) {
    throw notIndex(`a ${q(mediaType ?? 'document without mediaType')}`);
  }
  return doc as ImageIndex;
}

/** Index entry for a referrer: artifactType and annotations copied up (what oras and @sigstore/oci write). */
export function indexEntry(referrer: ImageManifest, digest: string, size: number): Descriptor {
  const d: Descriptor = { mediaType: referrer.mediaType ?? MediaType.ociManifest, digest, size };
  d.artifactType = referrer.artifactType ?? referrer.config.mediaType;
  if (referrer.annotations && Object.keys(referrer.annotations).length)
    d.annotations = { ...referrer.annotations };
  return d;
}

/** Merge: keep foreign entries (and the index's own fields), replace any entry with the same digest, append ours. */
export function mergeIndex(existing: ImageIndex | undefined, entry: Descriptor): ImageIndex {
  const base: ImageIndex = existing ?? { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
  const seen = new Set<string>();
  const manifests: Descriptor[] = [];
  for (const m of base.manifests) {
    if (!m || typeof m.digest !== 'string' || m.digest === entry.digest || seen.has(m.digest)) continue;
    seen.add(m.digest);
    manifests.push(m);
  }
  manifests.push(entry);
  return { ...base, schemaVersion: 2, mediaType: MediaType.ociIndex, manifests };
}

const INDEX_ACCEPT = [MediaType.ociIndex, MediaType.ociManifest, MediaType.dockerManifest];

/**
 * Read-modify-write the `sha256-<hex>` index. The Remote has no If-Match, so after the PUT the tag is read back: if a
 * concurrent job replaced it without our entry, merge again (bounded).
 */
export async function updateTagIndex(
  remote: Remote,
  subjectDigest: string,
  entry: Descriptor,
): Promise<string> {
  const tag = referrersTag(subjectDigest);
  for (let attempt = 0; attempt < 4; attempt++) {
    const fetched = await remote.fetchManifest(tag, INDEX_ACCEPT);
    const existing = fetched ? parseTagIndex(fetched, tag, subjectDigest) : undefined;
    if (existing?.manifests.some((m) => m.digest === entry.digest)) return tag;
    const merged = mergeIndex(existing, entry);
    await remote.pushManifest(tag, Buffer.from(JSON.stringify(merged), 'utf8'), MediaType.ociIndex);
    const back = await remote.fetchManifest(tag, INDEX_ACCEPT);
    if (back && parseTagIndex(back, tag, subjectDigest).manifests.some((m) => m.digest === entry.digest))
      return tag;
  }
  throw new UserError(
    `The referrers index ${q(tag)} kept changing while the signature was attached (concurrent jobs?).`,
    'Re-run the job; avoid publishing the same artifact from parallel jobs.',
    'Referrers index',
  );
}

/**
 * Push the bundle blob, the empty config and the referrer manifest (by digest). When the registry does not confirm the
 * subject (`OCI-Subject` header), maintain the `sha256-<hex>` tag index too.
 */
export async function attachBundle(
  remote: Remote,
  subject: Descriptor,
  bundleBytes: Buffer,
  created?: string | ReferrerOptions,
): Promise<AttachResult> {
  const opts: ReferrerOptions = typeof created === 'string' ? { created } : (created ?? {});
  if (!DIGEST_RE.test(subject.digest)) throw new Error(`subject digest is not sha256: ${subject.digest}`);
  const { manifest, bytes, digest, bundleDescriptor } = buildReferrerManifest(subject, bundleBytes, opts);
  await remote.pushBlob({
    descriptor: { mediaType: MediaType.ociEmpty, digest: EMPTY_JSON_DIGEST, size: 2 },
    bytes: EMPTY_JSON,
  });
  await remote.pushBlob({ descriptor: bundleDescriptor, bytes: bundleBytes });
  const put = await remote.pushManifest(digest, bytes, MediaType.ociManifest);
  if (put.ociSubject && put.ociSubject === subject.digest) {
    return { referrerDigest: digest, referrerSize: bytes.length, via: 'referrers-api' };
  }
  const indexTag = await updateTagIndex(remote, subject.digest, indexEntry(manifest, digest, bytes.length));
  return { referrerDigest: digest, referrerSize: bytes.length, indexTag, via: 'tag-index' };
}
