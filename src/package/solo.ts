import { Annotation, MediaType } from '../oci/media-types.js';
import { sha256Digest } from '../oci/digest.js';
import type { Descriptor, ImageManifest } from '../oci/types.js';
import { finishPackage, sortedAnnotations } from './manifest.js';
import type { ModuleBlob, Packaged, RuntimeConfig } from './types.js';

export interface SoloInput {
  module: ModuleBlob;
  runtimeConfig: RuntimeConfig;
  /** canonical runtime-config.json bytes (serializeRuntimeConfig) */
  runtimeConfigBytes: Buffer;
  /** caller's manifest annotations (OCI metadata + user `annotations`) */
  annotations: Record<string, string>;
}

/**
 * Solo.io WASM artifact image, "oci" variant, as `wasme push` writes it: the config descriptor repeated as layers[0],
 * the raw module as layers[1] (exactly two layers: Istio refuses any other count), oras title annotations,
 * `module.wasm.runtime/*` manifest annotations. Pure: bytes and digests in, manifest bytes and digest out.
 */
export function packageSolo(input: SoloInput): Packaged {
  const configDescriptor: Descriptor = {
    mediaType: MediaType.soloConfig,
    digest: sha256Digest(input.runtimeConfigBytes),
    size: input.runtimeConfigBytes.length,
    annotations: { [Annotation.title]: 'runtime-config.json' },
  };
  const wasmDescriptor: Descriptor = {
    mediaType: MediaType.soloWasmLayer,
    digest: input.module.digest,
    size: input.module.size,
    annotations: { [Annotation.title]: 'filter.wasm' },
  };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: configDescriptor,
    layers: [configDescriptor, wasmDescriptor],
    // The runtime keys restate the config: they are authoritative, a user annotation cannot contradict them.
    annotations: sortedAnnotations({
      ...input.annotations,
      [Annotation.runtimeType]: input.runtimeConfig.type,
      [Annotation.runtimeAbiVersion]: input.runtimeConfig.abiVersions.join(','),
    }),
  };
  return finishPackage('solo', manifest, [
    { descriptor: configDescriptor, bytes: input.runtimeConfigBytes },
    { descriptor: wasmDescriptor, path: input.module.path },
  ]);
}
