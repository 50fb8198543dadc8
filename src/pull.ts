/**
 * Reading a Wasm artifact back, whatever format it was published in (reference wasm-oci-formats.md §0, §1.2, §4):
 * Solo "oci" (and its legacy `vnd.io.solo` names), compat (OCI or Docker, `plugin.wasm` in the last tar+gzip layer),
 * CNCF (`application/wasm`) and wasm-to-oci. Every byte read is checked: manifests against the digest that names them,
 * every blob (config, layer) against its descriptor's digest and size while it streams. The module is written to a
 * temporary file next to the output and renamed only when every check passed, so a mismatch leaves no output file.
 * No network code here: a store is a `Remote` (registry) or a `LayoutStore` (OCI layout).
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { UserError } from './errors.js';
import { q } from './log.js';
import { sha256Digest } from './oci/digest.js';
import { MediaType } from './oci/media-types.js';
import { DIGEST_RE, type Descriptor, type ImageIndex, type ImageManifest } from './oci/types.js';
import { readTar, type TarReadResult } from './package/untar.js';
import type { FetchedManifest } from './registry/types.js';

/** Where an artifact is read from: a registry repository (`Remote`) or an OCI layout. */
export interface ArtifactStore {
  /** for messages: `host/repository` or `OCI layout "dir"` */
  readonly name: string;
  fetchManifest(reference: string, accept?: string[]): Promise<FetchedManifest | undefined>;
  fetchBlob(digest: string): Promise<Readable>;
  /** OCI referrers API; undefined when unsupported */
  fetchReferrers?(digest: string): Promise<Descriptor[] | undefined>;
}

/** The read-only part of a `Remote`, named for messages. */
export function remoteStore(remote: {
  registry: string;
  repository: string;
  fetchManifest: ArtifactStore['fetchManifest'];
  fetchBlob: ArtifactStore['fetchBlob'];
  fetchReferrers?: ArtifactStore['fetchReferrers'];
}): ArtifactStore {
  return {
    name: `${remote.registry}/${remote.repository}`,
    fetchManifest: (r, a) => remote.fetchManifest(r, a),
    fetchBlob: (d) => remote.fetchBlob(d),
    fetchReferrers: remote.fetchReferrers ? (d) => remote.fetchReferrers!(d) : undefined,
  };
}

/** How the artifact carries the module. */
export type PulledFormat = 'solo' | 'solo-legacy' | 'compat' | 'cncf' | 'wasm-to-oci';

export interface FormatMatch {
  format: PulledFormat;
  /** the layer holding the module (raw bytes, or the tar+gzip with `plugin.wasm`) */
  layer: Descriptor;
  layerIndex: number;
  packing: 'raw' | 'tar+gzip';
}

export interface ResolvedArtifact {
  /** what the user asked for */
  reference: string;
  manifest: ImageManifest;
  manifestBytes: Buffer;
  /** sha256 over `manifestBytes` */
  manifestDigest: string;
  mediaType: string;
  /** when the reference named an index: the index and the child it resolved to */
  index?: { digest: string; mediaType: string; size: number; chosen: Descriptor };
  match: FormatMatch;
}

const DOCKER_LAYER_TAR_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const MANIFEST_ACCEPT = [
  MediaType.ociManifest,
  MediaType.ociIndex,
  MediaType.dockerManifest,
  DOCKER_MANIFEST_LIST,
];
const MAX_CONFIG_BYTES = 4 << 20;
const MAX_RUNTIME_CONFIG_BYTES = 1 << 20;
export const COMPAT_WASM_ENTRY = 'plugin.wasm';
export const COMPAT_CONFIG_ENTRY = 'runtime-config.json';

const FIX_CORRUPT =
  'The content was altered on the way or in storage (a proxy, a cache, a broken layout): pull again, and if it ' +
  'persists re-publish the artifact. Nothing was written.';

function digestMismatch(what: string, where: string, want: string, got: string): UserError {
  return new UserError(
    `${what} ${want} from ${where} does not match its digest: the bytes received hash to ${got}.`,
    FIX_CORRUPT,
    'Digest mismatch',
  );
}

/**
 * Which format a manifest is, judged by its layers: raw Wasm layers by media type (Solo, legacy Solo, CNCF,
 * wasm-to-oci), else the compat variant (last layer tar+gzip). Pure; a UserError names the layer types otherwise.
 */
export function identifyFormat(manifest: ImageManifest): FormatMatch {
  const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
  const raw: [string, PulledFormat][] = [
    [MediaType.soloWasmLayer, 'solo'],
    [MediaType.soloLegacyWasmLayer, 'solo-legacy'],
    [MediaType.cncfWasmLayer, 'cncf'],
    [MediaType.wasmToOciLayer, 'wasm-to-oci'],
  ];
  for (const [mediaType, format] of raw) {
    const i = layers.findIndex((l) => l?.mediaType === mediaType);
    if (i >= 0) return { format, layer: checkDescriptor(layers[i]), layerIndex: i, packing: 'raw' };
  }
  const last = layers.length - 1;
  const lastType = layers[last]?.mediaType;
  if (lastType === MediaType.ociLayerTarGzip || lastType === DOCKER_LAYER_TAR_GZIP) {
    return { format: 'compat', layer: checkDescriptor(layers[last]), layerIndex: last, packing: 'tar+gzip' };
  }
  const types = layers.map((l) => q(String(l?.mediaType), 120)).join(', ') || 'no layers';
  throw new UserError(
    `The artifact is not a Wasm module in a format wasm-oci reads (layers: ${types}).`,
    `wasm-oci reads the Solo "oci" variant (${MediaType.soloWasmLayer}), compat (plugin.wasm in a last ` +
      `${MediaType.ociLayerTarGzip} layer), CNCF (${MediaType.cncfWasmLayer}) and wasm-to-oci (${MediaType.wasmToOciLayer}).`,
    'Unknown format',
  );
}

function checkDescriptor(d: Descriptor): Descriptor {
  if (!d || typeof d.digest !== 'string' || !DIGEST_RE.test(d.digest)) {
    throw new UserError(
      `The manifest names a blob by ${q(String(d?.digest), 100)}, which is not a sha256 digest.`,
      'wasm-oci reads sha256-addressed artifacts only; re-publish the artifact.',
      'Invalid artifact',
    );
  }
  if (!Number.isSafeInteger(d.size) || d.size < 0) {
    throw new UserError(
      `The manifest gives blob ${d.digest} an invalid size ${q(String(d.size), 40)}.`,
      'Re-publish the artifact.',
      'Invalid artifact',
    );
  }
  return d;
}

function parseJson<T>(bytes: Buffer, what: string): T {
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    throw new UserError(`The ${what} is not valid JSON.`, 'Re-publish the artifact.', 'Invalid artifact');
  }
}

function isIndex(mediaType: string, doc: { manifests?: unknown; layers?: unknown }): boolean {
  return (
    mediaType === MediaType.ociIndex ||
    mediaType === DOCKER_MANIFEST_LIST ||
    (Array.isArray(doc.manifests) && !Array.isArray(doc.layers))
  );
}

/** An index resolves to the child whose platform architecture is `wasm`, else its first manifest. */
export function chooseFromIndex(index: ImageIndex): Descriptor | undefined {
  const list = (Array.isArray(index.manifests) ? index.manifests : []).filter(
    (d) => d && typeof d.digest === 'string' && DIGEST_RE.test(d.digest),
  );
  return list.find((d) => d.platform?.architecture === 'wasm') ?? list[0];
}

async function fetchVerifiedManifest(
  store: ArtifactStore,
  reference: string,
  expected?: Descriptor,
): Promise<FetchedManifest> {
  const fetched = await store.fetchManifest(reference, MANIFEST_ACCEPT);
  if (!fetched) {
    throw new UserError(
      `${q(reference)} was not found in ${store.name}.`,
      'Check the tag or digest (and the registry/repository); for --oci-layout, pass a tag of that layout.',
      'Not found',
    );
  }
  const got = sha256Digest(fetched.bytes);
  const want = expected?.digest ?? (DIGEST_RE.test(reference) ? reference : undefined);
  if (want && got !== want) throw digestMismatch('Manifest', store.name, want, got);
  if (expected && fetched.bytes.length !== expected.size) {
    throw new UserError(
      `Manifest ${expected.digest} from ${store.name} has ${fetched.bytes.length} bytes, its descriptor says ${expected.size}.`,
      FIX_CORRUPT,
      'Digest mismatch',
    );
  }
  return { ...fetched, digest: got };
}

/** Fetch the manifest (following an index to one child), verify it, and identify the format. */
export async function resolveArtifact(store: ArtifactStore, reference: string): Promise<ResolvedArtifact> {
  let fetched = await fetchVerifiedManifest(store, reference);
  let doc = parseJson<ImageManifest & ImageIndex>(fetched.bytes, 'manifest');
  let index: ResolvedArtifact['index'];
  if (isIndex(fetched.mediaType, doc)) {
    const chosen = chooseFromIndex(doc);
    if (!chosen) {
      throw new UserError(
        `${q(reference)} is an empty image index.`,
        'Point at a manifest, or re-publish.',
        'Invalid artifact',
      );
    }
    index = {
      digest: fetched.digest,
      mediaType: fetched.mediaType,
      size: fetched.bytes.length,
      chosen: checkDescriptor(chosen),
    };
    fetched = await fetchVerifiedManifest(store, chosen.digest, chosen);
    doc = parseJson<ImageManifest & ImageIndex>(fetched.bytes, 'manifest');
    if (isIndex(fetched.mediaType, doc)) {
      throw new UserError(
        `${q(reference)} is an index of indexes.`,
        'Point at the manifest directly (by digest).',
        'Invalid artifact',
      );
    }
  }
  const manifest = doc as ImageManifest;
  if (!manifest.config || !Array.isArray(manifest.layers)) {
    throw new UserError(
      `${q(reference)} is not an image manifest (no config or layers).`,
      'Point at a Wasm artifact.',
      'Invalid artifact',
    );
  }
  return {
    reference,
    manifest,
    manifestBytes: fetched.bytes,
    manifestDigest: fetched.digest,
    mediaType: fetched.mediaType || manifest.mediaType || MediaType.ociManifest,
    index,
    match: identifyFormat(manifest),
  };
}

/**
 * A pass-through that hashes and counts a blob as it streams and fails the stream when it is longer than its
 * descriptor says, or, at its end, when the size or digest differ.
 */
export class VerifyingStream extends Transform {
  private readonly hash = createHash('sha256');
  private count = 0;

  constructor(
    private readonly descriptor: Descriptor,
    private readonly where: string,
    private readonly what = 'Blob',
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.descriptor.size) {
      cb(
        new UserError(
          `${this.what} ${this.descriptor.digest} from ${this.where} is longer than the ${this.descriptor.size} bytes its descriptor says.`,
          FIX_CORRUPT,
          'Digest mismatch',
        ),
      );
      return;
    }
    this.hash.update(chunk);
    cb(null, chunk);
  }

  override _flush(cb: TransformCallback): void {
    const got = 'sha256:' + this.hash.digest('hex');
    if (this.count !== this.descriptor.size) {
      cb(
        new UserError(
          `${this.what} ${this.descriptor.digest} from ${this.where} has ${this.count} bytes; its descriptor says ${this.descriptor.size}.`,
          FIX_CORRUPT,
          'Digest mismatch',
        ),
      );
      return;
    }
    if (got !== this.descriptor.digest) {
      cb(digestMismatch(this.what, this.where, this.descriptor.digest, got));
      return;
    }
    cb();
  }
}

/** Read a small blob whole (config, runtime config), verified against its descriptor. */
export async function readBlob(
  store: ArtifactStore,
  d: Descriptor,
  maxBytes = MAX_CONFIG_BYTES,
  what = 'Blob',
): Promise<Buffer> {
  checkDescriptor(d);
  if (d.size > maxBytes) {
    throw new UserError(
      `${what} ${d.digest} is ${d.size} bytes; wasm-oci reads at most ${maxBytes} bytes for it.`,
      'This is not a Wasm artifact config; check the reference.',
      'Invalid artifact',
    );
  }
  const chunks: Buffer[] = [];
  await pipeline(await store.fetchBlob(d.digest), new VerifyingStream(d, store.name, what), async (src) => {
    for await (const c of src) chunks.push(c as Buffer);
  });
  return Buffer.concat(chunks);
}

export interface ModuleFetch {
  /** sha256 of the module bytes written */
  digest: string;
  size: number;
  /** the tar entry `plugin.wasm` was read from (compat) */
  entryPath?: string;
  /** compat: `runtime-config.json` from the tar, when present */
  runtimeConfigBytes?: Buffer;
  /** compat: sha256 of the uncompressed tar (the image config's `rootfs.diff_ids` entry) */
  diffId?: string;
}

export interface FetchModuleOptions {
  /** compat: the image config's `rootfs.diff_ids`, checked against the uncompressed layer when given */
  diffIds?: unknown;
}

/** Temporary sibling of `out` (same directory, so the final rename is atomic). */
function tempSibling(out: string): string {
  return join(dirname(out), `.${basename(out)}.tmp-${randomBytes(6).toString('hex')}`);
}

/**
 * Stream the module out of the artifact into `outPath`: the layer verified against its descriptor (and, for compat,
 * gunzipped and untarred on the fly). Written to a temporary file, renamed to `outPath` only when everything matched.
 */
export async function fetchModule(
  store: ArtifactStore,
  artifact: ResolvedArtifact,
  outPath: string,
  opts: FetchModuleOptions = {},
): Promise<ModuleFetch> {
  const { layer, packing } = artifact.match;
  const tmp = tempSibling(outPath);
  const fh = await open(tmp, 'wx', 0o644);
  const moduleHash = createHash('sha256');
  let size = 0;
  const write = async (chunk: Buffer) => {
    moduleHash.update(chunk);
    size += chunk.length;
    await fh.write(chunk);
  };
  let result: Omit<ModuleFetch, 'digest' | 'size'> = {};
  const rc = { chunks: [] as Buffer[], size: 0 };
  const tarHash = createHash('sha256');
  let found: TarReadResult['found'] = {};
  try {
    const source = await store.fetchBlob(layer.digest);
    const verify = new VerifyingStream(layer, store.name, 'Layer');
    if (packing === 'raw') {
      await pipeline(source, verify, async (src) => {
        for await (const c of src) await write(c as Buffer);
      });
    } else {
      // Verify the whole layer before parsing it: a corrupted blob is reported as a digest mismatch, not as bad gzip.
      const layerTmp = tempSibling(outPath) + '.layer';
      try {
        await pipeline(source, verify, createWriteStream(layerTmp, { flags: 'wx', mode: 0o600 }));
        found = await extractCompat(createReadStream(layerTmp), write, rc, tarHash);
      } finally {
        await rm(layerTmp, { force: true });
      }
      const diffId = 'sha256:' + tarHash.digest('hex');
      const rcBytes = rc.size <= MAX_RUNTIME_CONFIG_BYTES ? Buffer.concat(rc.chunks) : undefined;
      const ids = opts.diffIds;
      if (Array.isArray(ids) && typeof ids[artifact.match.layerIndex] === 'string') {
        const want = ids[artifact.match.layerIndex] as string;
        if (want !== diffId) {
          throw new UserError(
            `The uncompressed compat layer hashes to ${diffId}, but the image config's rootfs.diff_ids says ${q(want, 80)}.`,
            FIX_CORRUPT,
            'Digest mismatch',
          );
        }
      }
      if (!found[COMPAT_WASM_ENTRY]) {
        throw new UserError(
          `The compat layer ${layer.digest} has no ${COMPAT_WASM_ENTRY} entry.`,
          'A compat artifact must carry the module as plugin.wasm in its last layer (Istio reads only that); re-publish it.',
          'Invalid artifact',
        );
      }
      result = {
        entryPath: found[COMPAT_WASM_ENTRY].path,
        runtimeConfigBytes: found[COMPAT_CONFIG_ENTRY] ? rcBytes : undefined,
        diffId,
      };
    }
    await fh.close();
    await rename(tmp, outPath);
  } catch (e) {
    await fh.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
  return { digest: 'sha256:' + moduleHash.digest('hex'), size, ...result };
}

/** gunzip + untar a verified compat layer: `plugin.wasm` to `write`, `runtime-config.json` (capped) to `rc`. */
async function extractCompat(
  source: Readable,
  write: (chunk: Buffer) => Promise<void>,
  rc: { chunks: Buffer[]; size: number },
  tarHash: Hash,
): Promise<TarReadResult['found']> {
  let found: TarReadResult['found'] = {};
  try {
    await pipeline(source, createGunzip(), async (src: AsyncIterable<Buffer>) => {
      const hashed = (async function* () {
        for await (const c of src) {
          tarHash.update(c);
          yield c;
        }
      })();
      ({ found } = await readTar(hashed, [
        { name: COMPAT_WASM_ENTRY, onData: write },
        {
          name: COMPAT_CONFIG_ENTRY,
          onData: (c) => {
            rc.size += c.length;
            if (rc.size <= MAX_RUNTIME_CONFIG_BYTES) rc.chunks.push(Buffer.from(c));
          },
        },
      ]));
    });
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED') {
      throw new UserError(
        'The compat layer matches its digest but is not valid gzip data.',
        'Re-publish the artifact; the compat layer must be a tar+gzip holding plugin.wasm.',
        'Invalid artifact',
      );
    }
    throw e;
  }
  return found;
}

/** The artifact's config blob, verified, parsed when it is JSON (undefined otherwise). */
export async function readConfig(
  store: ArtifactStore,
  artifact: ResolvedArtifact,
): Promise<{ bytes: Buffer; json?: Record<string, unknown> }> {
  const bytes = await readBlob(store, artifact.manifest.config, MAX_CONFIG_BYTES, 'Config');
  try {
    const json = JSON.parse(bytes.toString('utf8')) as unknown;
    if (json && typeof json === 'object' && !Array.isArray(json))
      return { bytes, json: json as Record<string, unknown> };
  } catch {
    /* not JSON */
  }
  return { bytes };
}

export interface ReadRuntimeConfig {
  type?: string;
  abiVersions: string[];
  rootIds: string[];
}

/** A runtime-config.json read tolerantly (every spelling in wasm-oci-formats.md §1.1); undefined when not an object. */
export function parseRuntimeConfig(json: unknown): ReadRuntimeConfig | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  const strs = (v: unknown): string[] | undefined =>
    Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string')
      : typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s)
        : undefined;
  const cfg = (o.config && typeof o.config === 'object' ? o.config : {}) as Record<string, unknown>;
  return {
    type: typeof o.type === 'string' ? o.type : undefined,
    abiVersions:
      strs(o.abiVersions) ?? strs(o.abi_versions) ?? strs(o.abi_version) ?? strs(o.abiVersion) ?? [],
    rootIds: strs(cfg.rootIds) ?? strs(cfg.root_ids) ?? [],
  };
}

export interface ReferrerList {
  via: 'referrers-api' | 'tag-index' | 'none';
  referrers: Descriptor[];
}

/** Referrers of a manifest: the referrers API, else the `sha256-<hex>` tag-schema index. */
export async function listReferrers(store: ArtifactStore, digest: string): Promise<ReferrerList> {
  const api = store.fetchReferrers ? await store.fetchReferrers(digest) : undefined;
  if (api && api.length > 0) return { via: 'referrers-api', referrers: api };
  const tag = digest.replace(':', '-');
  const idx = await store.fetchManifest(tag, [MediaType.ociIndex]);
  if (idx) {
    try {
      const doc = JSON.parse(idx.bytes.toString('utf8')) as ImageIndex;
      if (Array.isArray(doc.manifests)) {
        return {
          via: 'tag-index',
          referrers: doc.manifests.filter(
            (d) => d && typeof d.digest === 'string' && DIGEST_RE.test(d.digest),
          ),
        };
      }
    } catch {
      /* not an index: no referrers */
    }
  }
  return { via: 'none', referrers: [] };
}

/** One line for a format, for humans. */
export function describeFormat(f: PulledFormat): string {
  switch (f) {
    case 'solo':
      return 'Solo "oci" variant (wasme)';
    case 'solo-legacy':
      return 'Solo "oci" variant, legacy vnd.io.solo media types';
    case 'compat':
      return 'Solo compat variant (plugin.wasm in a tar+gzip layer)';
    case 'cncf':
      return 'CNCF Wasm OCI artifact (application/wasm)';
    case 'wasm-to-oci':
      return 'wasm-to-oci (legacy)';
  }
}
