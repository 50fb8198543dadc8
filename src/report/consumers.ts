import { UserError } from '../errors.js';
import { q, untrusted } from '../log.js';
import { MediaType } from '../oci/media-types.js';
import type { ImageManifest } from '../oci/types.js';
import type { Format } from '../package/types.js';

/**
 * Which well-known consumers would accept an artifact, judged from its manifest (and its config, when given) by
 * each consumer's own reading rules (shared/reference/wasm-oci-formats.md §6). Pure; the verdicts are about the
 * manifest structure, not about whether the module inside runs there.
 */

export const CONSUMERS = ['istio', 'envoy-gateway', 'wasme', 'wkg', 'runwasi'] as const;
export type Consumer = (typeof CONSUMERS)[number];

export interface ConsumerReport {
  consumer: Consumer;
  accepts: boolean;
  reason: string;
}

/** The format this action writes that each consumer reads (the first one is suggested). */
const SATISFIED_BY: Record<Consumer, Format[]> = {
  istio: ['solo', 'compat'],
  'envoy-gateway': ['solo', 'compat'],
  wasme: ['solo'],
  wkg: ['cncf'],
  runwasi: ['cncf'],
};

/** runwasi's component layer (runwasi `oci-tar-builder`). */
const BYTECODEALLIANCE_COMPONENT_LAYER = 'application/vnd.bytecodealliance.wasm.component.layer.v0+wasm';
const DOCKER_LAYER_TAR_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

const mt = (s: string | undefined): string => (s === undefined ? '(none)' : q(s, 120));

/**
 * Istio's agent (`pkg/wasm/imagefetcher.go`); Envoy Gateway fetches with the same logic.
 * 1. Docker manifest -> the last layer must be the Docker rootfs tar.gzip (compat, `plugin.wasm` inside).
 * 2. else the last layer is the OCI tar+gzip -> compat.
 * 3. else exactly two layers, one of them the Solo wasm layer -> "oci" variant.
 */
function istioRule(manifest: ImageManifest, name: string): { accepts: boolean; reason: string } {
  const layers = manifest.layers ?? [];
  const last = layers[layers.length - 1]?.mediaType;
  if (manifest.mediaType === MediaType.dockerManifest) {
    if (last === DOCKER_LAYER_TAR_GZIP) {
      return {
        accepts: true,
        reason: `Docker compat variant: reads plugin.wasm from the last layer (${mt(last)})`,
      };
    }
    return {
      accepts: false,
      reason: `Docker manifest whose last layer is ${mt(last)}, not ${DOCKER_LAYER_TAR_GZIP}; ${name} reads Docker images only as the compat variant`,
    };
  }
  if (last === MediaType.ociLayerTarGzip) {
    return { accepts: true, reason: `compat variant: reads plugin.wasm from the last layer (${mt(last)})` };
  }
  const wasmLayers = layers.filter((l) => l.mediaType === MediaType.soloWasmLayer).length;
  if (layers.length === 2 && wasmLayers >= 1) {
    return {
      accepts: true,
      reason: `Solo "oci" variant: two layers, wasm from the ${MediaType.soloWasmLayer} layer`,
    };
  }
  const why =
    layers.length === 2
      ? `neither of the 2 layers is ${MediaType.soloWasmLayer}`
      : `the last layer is ${mt(last)}, not ${MediaType.ociLayerTarGzip} (compat), and the number of layers must be 2 but got ${layers.length} (oci variant)`;
  const cncf =
    manifest.config?.mediaType === MediaType.cncfConfig ? `; ${name} does not read the CNCF Wasm layout` : '';
  return { accepts: false, reason: `could not parse as compat or Solo "oci" variant: ${why}${cncf}` };
}

/** wasme pull: selects the config and the wasm layer by media type (Solo "oci" variant only). */
function wasmeRule(manifest: ImageManifest): { accepts: boolean; reason: string } {
  const configType = manifest.config?.mediaType;
  if (configType !== MediaType.soloConfig) {
    return {
      accepts: false,
      reason: `config media type is ${mt(configType)}, wasme needs ${MediaType.soloConfig}`,
    };
  }
  if (!(manifest.layers ?? []).some((l) => l.mediaType === MediaType.soloWasmLayer)) {
    return { accepts: false, reason: `media type ${MediaType.soloWasmLayer} not found on image` };
  }
  return { accepts: true, reason: `Solo config and ${MediaType.soloWasmLayer} layer found by media type` };
}

/** wkg / oci-wasm: explicit OCI manifest mediaType, CNCF config, exactly one `application/wasm` layer. */
function wkgRule(
  manifest: ImageManifest,
  config?: Record<string, unknown>,
): { accepts: boolean; reason: string } {
  if (manifest.mediaType !== MediaType.ociManifest) {
    return {
      accepts: false,
      reason: `manifest mediaType is ${mt(manifest.mediaType)}, oci-wasm requires ${MediaType.ociManifest}`,
    };
  }
  if (manifest.config?.mediaType !== MediaType.cncfConfig) {
    return {
      accepts: false,
      reason: `config media type is ${mt(manifest.config?.mediaType)}, oci-wasm requires ${MediaType.cncfConfig}`,
    };
  }
  const layers = manifest.layers ?? [];
  if (layers.length !== 1)
    return { accepts: false, reason: `oci-wasm requires exactly one layer, got ${layers.length}` };
  if (layers[0].mediaType !== MediaType.cncfWasmLayer) {
    return {
      accepts: false,
      reason: `the layer is ${mt(layers[0].mediaType)}, oci-wasm requires ${MediaType.cncfWasmLayer}`,
    };
  }
  const note =
    config && config.os === 'wasip1'
      ? ' (a core module: `wkg oci pull` fetches it; wasm-pkg tooling expects components)'
      : '';
  return {
    accepts: true,
    reason: `CNCF Wasm layout: ${MediaType.cncfConfig} config, one ${MediaType.cncfWasmLayer} layer${note}`,
  };
}

/**
 * runwasi (containerd shim): when the image config's architecture is `wasm`, runs the layers of type
 * `application/wasm` or the Bytecode Alliance component layer. Without the config object, a CNCF config counts as
 * `architecture: wasm` (the layout requires it); any other config is "unknown".
 */
function runwasiRule(
  manifest: ImageManifest,
  config?: Record<string, unknown>,
): { accepts: boolean; reason: string } {
  let arch: string | undefined;
  if (config) arch = typeof config.architecture === 'string' ? config.architecture : undefined;
  else if (manifest.config?.mediaType === MediaType.cncfConfig) arch = 'wasm';
  if (arch !== 'wasm') {
    return {
      accepts: false,
      reason:
        arch === undefined
          ? 'the image config does not say architecture wasm (runwasi loads Wasm layers only then)'
          : `image config architecture is ${mt(arch)}, runwasi loads Wasm layers only for architecture wasm`,
    };
  }
  const layer = (manifest.layers ?? []).find(
    (l) => l.mediaType === MediaType.cncfWasmLayer || l.mediaType === BYTECODEALLIANCE_COMPONENT_LAYER,
  );
  if (!layer) {
    return {
      accepts: false,
      reason: `architecture wasm but no ${MediaType.cncfWasmLayer} or ${BYTECODEALLIANCE_COMPONENT_LAYER} layer`,
    };
  }
  const caveat =
    manifest.config?.mediaType === MediaType.cncfConfig
      ? '; containerd itself does not pull vnd.wasm.config.v0+json artifacts yet (containerd/containerd#10179)'
      : '';
  return {
    accepts: true,
    reason: `architecture wasm and a ${untrusted(layer.mediaType, 120)} layer${caveat}`,
  };
}

/** Judge the manifest (and its config object, when known) against every consumer. */
export function checkConsumers(manifest: ImageManifest, config?: object): ConsumerReport[] {
  const cfg = config as Record<string, unknown> | undefined;
  const rules: Record<Consumer, () => { accepts: boolean; reason: string }> = {
    istio: () => istioRule(manifest, 'Istio'),
    'envoy-gateway': () => istioRule(manifest, 'Envoy Gateway'),
    wasme: () => wasmeRule(manifest),
    wkg: () => wkgRule(manifest, cfg),
    runwasi: () => runwasiRule(manifest, cfg),
  };
  return CONSUMERS.map((consumer) => ({ consumer, ...rules[consumer]() }));
}

/** Parse a `require-consumers` list: names separated by commas, spaces or newlines. */
export function parseConsumerList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Refuse when a required consumer would not accept the artifact: one UserError naming every refusing consumer with
 * its reason, and the `format` that would satisfy them (or that none does). Unknown names are a UserError too.
 */
export function requireConsumers(report: ConsumerReport[], required: string[]): void {
  const names = [...new Set(required.map((r) => r.trim().toLowerCase()).filter((r) => r.length > 0))];
  const unknown = names.filter((n) => !(CONSUMERS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new UserError(
      `unknown consumer${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => q(u, 60)).join(', ')} in require-consumers`,
      `Use any of: ${CONSUMERS.join(', ')}.`,
      'Unknown consumer',
    );
  }
  const failing = names
    .map((n) => report.find((r) => r.consumer === n))
    .filter((r): r is ConsumerReport => r !== undefined && !r.accepts);
  if (failing.length === 0) return;
  const wanted = names as Consumer[];
  const common = (['solo', 'compat', 'cncf'] as Format[]).filter((f) =>
    wanted.every((c) => SATISFIED_BY[c].includes(f)),
  );
  const fix =
    common.length > 0
      ? `Use \`format: ${common[0]}\`${common.length > 1 ? ` (or ${common.slice(1).join(', ')})` : ''}, which ${wanted.join(', ')} ${wanted.length > 1 ? 'all read' : 'reads'}.`
      : `No single format satisfies ${wanted.join(' and ')}: ` +
        wanted.map((c) => `${c} reads ${SATISFIED_BY[c].join('/')}`).join(', ') +
        '. Publish the module twice (separate tags or repositories), once per format, or drop one from require-consumers.';
  throw new UserError(
    failing.map((f) => `${f.consumer} would not accept this artifact: ${f.reason}`).join('; '),
    fix,
    'Required consumer would reject the artifact',
  );
}
