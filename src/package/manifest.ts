import { sha256Digest } from '../oci/digest.js';
import type { Descriptor, ImageManifest } from '../oci/types.js';
import type { Format, Packaged, PackagedBlob } from './types.js';

/** Annotations with keys in sorted order, or undefined when empty (so the JSON omits the field). */
export function sortedAnnotations(
  annotations: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!annotations) return undefined;
  const keys = Object.keys(annotations).sort();
  if (keys.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const k of keys) out[k] = annotations[k];
  return out;
}

/**
 * Serialize the manifest exactly once. Its digest is over these bytes, and these bytes are what is written to the
 * layout and pushed: the same inputs give the same digest everywhere.
 */
export function finishPackage(format: Format, manifest: ImageManifest, blobs: PackagedBlob[]): Packaged {
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const seen = new Set<string>();
  const unique = blobs.filter((b) => !seen.has(b.descriptor.digest) && seen.add(b.descriptor.digest));
  return {
    format,
    manifest,
    manifestBytes,
    manifestDigest: sha256Digest(manifestBytes),
    mediaType: manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json',
    blobs: unique,
  };
}

/** The descriptor of the packaged manifest itself (for tags, the layout index and referrer subjects). */
export function manifestDescriptor(p: Packaged): Descriptor {
  return { mediaType: p.mediaType, digest: p.manifestDigest, size: p.manifestBytes.length };
}
