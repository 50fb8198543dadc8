/** Media types and annotation keys used by the formats this action writes and reads. */
export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  ociImageConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  // Solo.io "oci" variant (wasme)
  soloConfig: 'application/vnd.module.wasm.config.v1+json',
  soloWasmLayer: 'application/vnd.module.wasm.content.layer.v1+wasm',
  // legacy Solo spec-text names (pull tolerance only)
  soloLegacyConfig: 'application/vnd.io.solo.wasm.config.v1+json',
  soloLegacyWasmLayer: 'application/vnd.io.solo.wasm.content.layer.v1+wasm',
  // CNCF TAG-Runtime Wasm artifact v0
  cncfConfig: 'application/vnd.wasm.config.v0+json',
  cncfWasmLayer: 'application/wasm',
  // wasm-to-oci (legacy, pull tolerance only)
  wasmToOciConfig: 'application/vnd.wasm.config.v1+json',
  wasmToOciLayer: 'application/vnd.wasm.content.layer.v1+wasm',
  // Sigstore
  sigstoreBundleV03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
} as const;

export const Annotation = {
  title: 'org.opencontainers.image.title',
  refName: 'org.opencontainers.image.ref.name',
  created: 'org.opencontainers.image.created',
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  version: 'org.opencontainers.image.version',
  description: 'org.opencontainers.image.description',
  licenses: 'org.opencontainers.image.licenses',
  url: 'org.opencontainers.image.url',
  runtimeType: 'module.wasm.runtime/type',
  runtimeAbiVersion: 'module.wasm.runtime/abi_version',
  variant: 'module.wasm.image/variant',
} as const;

/** sha256 of the two-byte blob `{}`: the OCI empty descriptor. */
export const EMPTY_JSON_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
