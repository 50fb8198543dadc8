import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { Annotation, MediaType } from '../oci/media-types.js';
import { sha256Digest } from '../oci/digest.js';
import type { Descriptor, ImageManifest } from '../oci/types.js';
import { componentMetadataOrUserError } from '../wasm/component.js';
import { finishPackage, sortedAnnotations } from './manifest.js';
import type { ModuleBlob, Packaged } from './types.js';

export interface CncfInput {
  module: ModuleBlob;
  /** caller's manifest annotations (OCI metadata + user `annotations`) */
  annotations: Record<string, string>;
  /** RFC 3339 time to record as the config's `created` (commit time / SOURCE_DATE_EPOCH) */
  created?: string;
}

/** `created` when the caller has none: a fixed value, never the clock (the config digest must be reproducible). */
export const CNCF_DEFAULT_CREATED = '1970-01-01T00:00:00Z';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** The CNCF `application/vnd.wasm.config.v0+json` config, keys in oci-wasm's (serde) order. */
export interface CncfConfig {
  created: string;
  author: null;
  architecture: 'wasm';
  os: 'wasip1' | 'wasip2';
  layerDigests: string[];
  component: { exports: string[]; imports: string[]; target: null } | null;
}

/**
 * CNCF TAG-Runtime Wasm OCI artifact (v0), as oci-wasm / wkg write it: config `application/vnd.wasm.config.v0+json`,
 * exactly one `application/wasm` layer (the module, stored raw) titled with the module's file name, manifest
 * `mediaType` set (oci-wasm requires the explicit field). Components get `os: wasip2` and their top-level imports and
 * exports read from the binary; core modules get `os: wasip1` and `component: null`.
 *
 * `created` is required by oci-wasm's config parser (a non-optional `DateTime<Utc>`), so it is never null or
 * omitted: the caller's pinned time, else the Unix epoch. `author` is written as `null` like oci-wasm does.
 * Reads the module's import/export sections (components only); writes nothing.
 */
export async function packageCncf(input: CncfInput): Promise<Packaged> {
  const { module } = input;
  const created = input.created ?? CNCF_DEFAULT_CREATED;
  if (!RFC3339.test(created) || Number.isNaN(Date.parse(created))) {
    throw new UserError(
      `the creation time ${q(created)} is not an RFC 3339 timestamp`,
      'Pass a time like 2026-01-01T00:00:00Z (or set SOURCE_DATE_EPOCH to Unix seconds).',
      'Bad creation time',
    );
  }
  let component: CncfConfig['component'] = null;
  if (module.kind === 'component') {
    const meta = await componentMetadataOrUserError(module.path, module.fileName);
    component = { exports: meta.exports, imports: meta.imports, target: null };
  }
  const config: CncfConfig = {
    created,
    author: null,
    architecture: 'wasm',
    os: module.kind === 'component' ? 'wasip2' : 'wasip1',
    layerDigests: [module.digest],
    component,
  };
  const configBytes = Buffer.from(JSON.stringify(config));
  const configDescriptor: Descriptor = {
    mediaType: MediaType.cncfConfig,
    digest: sha256Digest(configBytes),
    size: configBytes.length,
  };
  const layer: Descriptor = {
    mediaType: MediaType.cncfWasmLayer,
    digest: module.digest,
    size: module.size,
    annotations: { [Annotation.title]: basename(module.fileName) || 'module.wasm' },
  };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: configDescriptor,
    layers: [layer],
    annotations: sortedAnnotations(input.annotations),
  };
  return finishPackage('cncf', manifest, [
    { descriptor: configDescriptor, bytes: configBytes },
    { descriptor: layer, path: module.path },
  ]);
}
