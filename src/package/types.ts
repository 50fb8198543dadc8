import type { Descriptor, ImageManifest } from '../oci/types.js';

/** Runtime config as the Solo spec defines it (canonical, camelCase). */
export interface RuntimeConfig {
  type: string;
  abiVersions: string[];
  rootIds: string[];
}

/** The module as read once from disk: digest and size from the single hashing pass. */
export interface ModuleBlob {
  /** path of the bytes on disk (the layout's blob file once imported) */
  path: string;
  /** original file name, e.g. `filter.wasm` */
  fileName: string;
  digest: string;
  size: number;
  /** `module` for a core Wasm module, `component` for a component-model binary */
  kind: 'module' | 'component';
}

/** A blob the packager produced: small ones in memory, large ones (the module) by path. */
export interface PackagedBlob {
  descriptor: Descriptor;
  bytes?: Buffer;
  path?: string;
}

export type Format = 'solo' | 'compat' | 'cncf';

/** Result of packaging: the manifest serialized once, its digest over exactly those bytes, and every blob it names. */
export interface Packaged {
  format: Format;
  manifest: ImageManifest;
  manifestBytes: Buffer;
  manifestDigest: string;
  mediaType: string;
  /** config first, then layers; de-duplicated by digest */
  blobs: PackagedBlob[];
}

/** What every packager takes. Packagers are pure apart from writing derived, content-addressed blobs. */
export interface PackageInput {
  module: ModuleBlob;
  runtimeConfig?: RuntimeConfig;
  /** canonical runtime-config.json bytes (serializeRuntimeConfig) */
  runtimeConfigBytes?: Buffer;
  /** caller's manifest annotations (OCI metadata + user `annotations`) */
  annotations: Record<string, string>;
  /** commit time (RFC 3339), for formats that record it */
  created?: string;
  /** the layout's `blobs/sha256` directory, where packagers that derive blobs (compat tar+gzip) write them */
  layoutBlobDir: string;
}
