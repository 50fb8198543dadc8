import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { q, untrusted } from '../log.js';
import { readRegularFile } from '../read-file.js';
import { Annotation, MediaType } from './media-types.js';
import { digestHex, sha256Digest } from './digest.js';
import type { Descriptor, ImageIndex } from './types.js';

/**
 * An OCI image layout on disk (image-spec `image-layout.md`): the action's local content store.
 * `blobs/sha256/<hex>` holds every blob; `index.json` names manifests with `org.opencontainers.image.ref.name`.
 * Readable by `skopeo copy oci:DIR:TAG`, `oras --oci-layout`, `regctl ocidir://`.
 */
export class OciLayout {
  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<OciLayout> {
    try {
      await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
      const header = join(dir, 'oci-layout');
      if (!(await exists(header))) await writeFile(header, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
      const index = join(dir, 'index.json');
      if (!(await exists(index))) await writeFile(index, serializeIndex(emptyIndex()));
    } catch (e) {
      throw layoutError(dir, e);
    }
    const layout = new OciLayout(dir);
    await layout.readIndex(); // a corrupt index.json is reported now, before anything is written
    return layout;
  }

  get blobDir(): string {
    return join(this.dir, 'blobs', 'sha256');
  }

  blobPath(digest: string): string {
    return join(this.blobDir, digestHex(digest));
  }

  /** A fresh temporary path in the layout (same file system as the blobs, so a rename is atomic; outside blobs/). */
  tempPath(): string {
    return join(this.dir, `.tmp-${randomBytes(8).toString('hex')}`);
  }

  async hasBlob(digest: string, size?: number): Promise<boolean> {
    try {
      const st = await stat(this.blobPath(digest));
      return st.isFile() && (size === undefined || st.size === size);
    } catch {
      return false;
    }
  }

  /** Write small in-memory bytes under their digest (atomic). */
  async writeBlob(bytes: Buffer, digest = sha256Digest(bytes)): Promise<string> {
    if (await this.hasBlob(digest, bytes.length)) return digest;
    const tmp = this.tempPath();
    await writeFile(tmp, bytes);
    await rename(tmp, this.blobPath(digest));
    return digest;
  }

  /**
   * Copy a file whose digest is already known (the module, hashed while it was validated) into the store. The copy is
   * kernel-side (copy_file_range) and runs beside the upload, off the critical path; a blob already present (restored
   * from the cache and verified) is kept. Never a hard link: the layout (and the cache, and tests) may rewrite or drop
   * blobs, and that must never reach the user's module file.
   */
  async importFile(src: string, digest: string, size: number): Promise<void> {
    if (await this.hasBlob(digest, size)) return;
    const tmp = this.tempPath();
    try {
      await copyFile(src, tmp);
      if ((await stat(tmp)).size !== size) throw new Error(`${src} changed while the action ran`);
      await rename(tmp, this.blobPath(digest));
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async readBlob(digest: string): Promise<Buffer> {
    return readFile(this.blobPath(digest));
  }

  openBlob(digest: string) {
    return createReadStream(this.blobPath(digest));
  }

  async readIndex(): Promise<ImageIndex> {
    const path = join(this.dir, 'index.json');
    const broken = (why: string) =>
      new UserError(
        `The index.json of the OCI layout ${q(this.dir)} ${why}.`,
        'The directory holds a broken OCI layout: repair or delete its index.json, or set `oci-layout` to a new or empty directory.',
        'OCI layout',
      );
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(path, {
        what: 'OCI layout index',
        limit: MAX_INDEX_BYTES,
        title: 'OCI layout',
        fix: 'Set `oci-layout` to a directory holding an OCI image layout, or to a new or empty directory.',
      });
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw layoutError(this.dir, e);
    }
    let index: unknown;
    try {
      index = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw broken('is not valid JSON');
    }
    const manifests = (index as { manifests?: unknown } | null)?.manifests;
    if (typeof index !== 'object' || index === null || !Array.isArray(manifests))
      throw broken('has no `manifests` list');
    if (!manifests.every((d) => typeof d === 'object' && d !== null && typeof d.digest === 'string'))
      throw broken('lists an entry that is not a descriptor');
    return index as ImageIndex;
  }

  /**
   * Point each ref name at `descriptor` in index.json (moving it if it named something else). With no ref names the
   * manifest is still listed once, untagged, so the layout always reaches it.
   */
  async tag(descriptor: Descriptor, refNames: string[]): Promise<void> {
    const index = await this.readIndex();
    const names = new Set(refNames);
    const plain: Descriptor = {
      mediaType: descriptor.mediaType,
      digest: descriptor.digest,
      size: descriptor.size,
    };
    let manifests = index.manifests.filter((d) => {
      const ref = d.annotations?.[Annotation.refName];
      if (ref !== undefined) return !names.has(ref);
      return d.digest !== descriptor.digest; // replaced by the entries below
    });
    if (refNames.length === 0) manifests.push(plain);
    for (const ref of refNames) manifests.push({ ...plain, annotations: { [Annotation.refName]: ref } });
    // Drop an untagged entry when the same digest is now tagged.
    manifests = manifests.filter(
      (d, _, all) =>
        d.annotations?.[Annotation.refName] !== undefined ||
        !all.some((o) => o.digest === d.digest && o.annotations?.[Annotation.refName] !== undefined),
    );
    await writeFile(join(this.dir, 'index.json'), serializeIndex({ ...index, manifests }));
  }
}

/** Largest index.json read (one entry per tag: thousands of tags fit). */
const MAX_INDEX_BYTES = 4 << 20;

/** A file-system failure opening the layout, as a UserError saying what is wrong and how to fix it. */
function layoutError(dir: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const where = `The oci-layout ${q(dir)}`;
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new UserError(
      `${where} is not a directory: a file is in the way.`,
      'Set `oci-layout` to a directory (it is created when missing), or remove the file.',
      'OCI layout',
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new UserError(
      `${where} cannot be written (${untrusted(code)}).`,
      'Set `oci-layout` to a directory this job can write, e.g. under $RUNNER_TEMP (the default).',
      'OCI layout',
    );
  }
  return new UserError(
    `${where} could not be opened: ${untrusted(code || String((e as Error)?.message ?? e), 200)}.`,
    'Set `oci-layout` to a writable directory (it is created when missing).',
    'OCI layout',
  );
}

function emptyIndex(): ImageIndex {
  return { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
}

function serializeIndex(index: ImageIndex): string {
  return JSON.stringify(index, null, 2) + '\n';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
