/**
 * Read-only access to an OCI image layout (image-spec `image-layout.md`) as an `ArtifactStore`: manifests by tag
 * (`org.opencontainers.image.ref.name` in index.json) or digest, blobs streamed from `blobs/sha256/<hex>`.
 * Unlike `OciLayout.open` it never creates anything. Manifests are checked against the digest that names them;
 * blobs are streamed as stored, and the reader (pull.ts) verifies them.
 */
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { readRegularFile } from '../read-file.js';
import type { ArtifactStore } from '../pull.js';
import type { FetchedManifest } from '../registry/types.js';
import { digestHex, sha256Digest } from './digest.js';
import { Annotation } from './media-types.js';
import { DIGEST_RE, type Descriptor, type ImageIndex } from './types.js';

/** The distribution spec's suggested manifest limit; index.json is bounded the same way. */
const MAX_MANIFEST_BYTES = 4 << 20;

export class LayoutStore implements ArtifactStore {
  private constructor(
    readonly dir: string,
    private readonly index: ImageIndex,
  ) {}

  get name(): string {
    return `OCI layout ${q(this.dir)}`;
  }

  static async open(dir: string): Promise<LayoutStore> {
    const notLayout = (why: string) =>
      new UserError(
        `${q(dir)} is not an OCI image layout (${why}).`,
        'Pass the directory the action or `wasm-oci push --oci-layout` wrote (it holds oci-layout, index.json and blobs/).',
        'OCI layout',
      );
    try {
      await stat(join(dir, 'oci-layout'));
    } catch {
      throw notLayout('no oci-layout file');
    }
    let index: ImageIndex;
    try {
      const bytes = await readRegularFile(join(dir, 'index.json'), {
        what: 'OCI layout index',
        limit: MAX_MANIFEST_BYTES,
        title: 'OCI layout',
        fix: 'Pass the directory the action or `wasm-oci push --oci-layout` wrote.',
      });
      index = JSON.parse(bytes.toString('utf8')) as ImageIndex;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw notLayout('index.json is missing or not JSON');
    }
    if (!index || !Array.isArray(index.manifests)) throw notLayout('index.json has no manifests list');
    return new LayoutStore(dir, index);
  }

  private blobPath(digest: string): string {
    if (!DIGEST_RE.test(digest)) {
      throw new UserError(
        `${q(digest)} is not a sha256 digest.`,
        'Digests look like `sha256:<64 lowercase hex>`.',
      );
    }
    return join(this.dir, 'blobs', 'sha256', digestHex(digest));
  }

  /** The index.json entry for a tag (ref name) or digest; undefined when the layout has none. */
  lookup(reference: string): Descriptor | undefined {
    const entries = this.index.manifests.filter((d) => d && typeof d.digest === 'string');
    if (DIGEST_RE.test(reference)) return entries.find((d) => d.digest === reference);
    return entries.find((d) => d.annotations?.[Annotation.refName] === reference);
  }

  /** Tags (ref names) in index.json. */
  tags(): string[] {
    return this.index.manifests
      .map((d) => d?.annotations?.[Annotation.refName])
      .filter((t): t is string => typeof t === 'string');
  }

  async fetchManifest(reference: string): Promise<FetchedManifest | undefined> {
    const entry = this.lookup(reference);
    const digest = entry?.digest ?? (DIGEST_RE.test(reference) ? reference : undefined);
    if (!digest) return undefined;
    let bytes: Buffer;
    try {
      const path = this.blobPath(digest);
      // A regular file, read with a byte limit (never a stat size: a FIFO or device would block or grow).
      bytes = await readRegularFile(path, {
        what: `the manifest ${digest} in ${this.name}`,
        limit: MAX_MANIFEST_BYTES,
        title: 'Invalid artifact',
        fix: 'The layout is corrupt; write it again.',
      });
    } catch (e) {
      if (e instanceof UserError) throw e;
      if (entry) throw missingBlob(this.name, digest);
      return undefined;
    }
    const got = sha256Digest(bytes);
    if (got !== digest) {
      throw new UserError(
        `The manifest ${digest} in ${this.name} does not match its digest: its bytes hash to ${got}.`,
        'The layout was modified or corrupted after it was written; write it again.',
        'Digest mismatch',
      );
    }
    let mediaType = entry?.mediaType ?? '';
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
      if (typeof parsed.mediaType === 'string') mediaType = parsed.mediaType;
    } catch {
      /* reported by the caller when it parses */
    }
    return { bytes, mediaType, digest };
  }

  async fetchBlob(digest: string): Promise<Readable> {
    const path = this.blobPath(digest);
    try {
      const fh = await open(path, 'r');
      return fh.createReadStream();
    } catch {
      throw missingBlob(this.name, digest);
    }
  }
}

function missingBlob(where: string, digest: string): UserError {
  return new UserError(
    `Blob ${digest} is missing from ${where}.`,
    'The layout is incomplete; write it again (or copy it with all its blobs).',
    'Missing blob',
  );
}
