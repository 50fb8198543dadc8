import { Annotation, MediaType } from '../oci/media-types.js';
import { sha256Digest } from '../oci/digest.js';
import type { Descriptor, ImageManifest } from '../oci/types.js';
import { serializeRuntimeConfig } from '../runtime-config.js';
import { finishPackage, sortedAnnotations } from './manifest.js';
import { writeTarGz, type TarEntry } from './tar.js';
import type { PackageInput, Packaged } from './types.js';

/** The runtime config bytes are serialized from `runtimeConfig` when absent. */
export type CompatInput = PackageInput;

/** Tar entry names Istio looks for (`filepath.Base(name) == "plugin.wasm"`) and the optional runtime config. */
export const COMPAT_WASM_ENTRY = 'plugin.wasm';
export const COMPAT_CONFIG_ENTRY = 'runtime-config.json';

/**
 * Solo.io "compat" variant, OCI flavour (`spec/spec-compat.md`): an ordinary OCI image whose single (and so last)
 * layer is a deterministic `tar+gzip` holding `plugin.wasm` and, when there is a runtime config, `runtime-config.json`.
 * Config: image config with `architecture: wasm`, `os: wasip1` (`wasip2` for a component), `rootfs.diff_ids` = the
 * uncompressed tar's digest. Manifest annotation `module.wasm.image/variant: compat` (authoritative over the caller's).
 *
 * The module is streamed through tar and gzip and both digests are computed in that one pass; the layer is written
 * to `layoutBlobDir`. Same inputs -> same layer, config and manifest digests on any machine.
 */
export async function packageCompat(input: CompatInput): Promise<Packaged> {
  const { module } = input;
  const entries: TarEntry[] = [{ name: COMPAT_WASM_ENTRY, path: module.path, size: module.size }];
  const rcBytes =
    input.runtimeConfigBytes ??
    (input.runtimeConfig ? serializeRuntimeConfig(input.runtimeConfig) : undefined);
  if (rcBytes) entries.push({ name: COMPAT_CONFIG_ENTRY, bytes: rcBytes });
  const tgz = await writeTarGz(entries, input.layoutBlobDir);

  const config = {
    ...(input.created ? { created: input.created } : {}),
    architecture: 'wasm',
    os: module.kind === 'component' ? 'wasip2' : 'wasip1',
    rootfs: { type: 'layers', diff_ids: [tgz.diffId] },
  };
  const configBytes = Buffer.from(JSON.stringify(config));
  const configDescriptor: Descriptor = {
    mediaType: MediaType.ociImageConfig,
    digest: sha256Digest(configBytes),
    size: configBytes.length,
  };
  const layer: Descriptor = { mediaType: MediaType.ociLayerTarGzip, digest: tgz.digest, size: tgz.size };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: configDescriptor,
    layers: [layer],
    annotations: sortedAnnotations({ ...input.annotations, [Annotation.variant]: 'compat' }),
  };
  return finishPackage('compat', manifest, [
    { descriptor: configDescriptor, bytes: configBytes },
    { descriptor: layer, path: tgz.path },
  ]);
}
