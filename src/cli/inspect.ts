/**
 * `wasm-oci inspect <reference>`: format, digests, sizes, annotations, runtime config, the module's ABI markers and
 * proxy-wasm checks (the module is fetched, verified and read with the action's own reader), consumer compatibility,
 * and the referrers (attestations) attached.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { untrusted } from '../log.js';
import type { Descriptor } from '../oci/types.js';
import {
  describeFormat,
  fetchModule,
  listReferrers,
  parseRuntimeConfig,
  readConfig,
  resolveArtifact,
  type ReadRuntimeConfig,
} from '../pull.js';
import { checkConsumers, type ConsumerReport } from '../report/consumers.js';
import { inspectModule } from '../wasm/inspect.js';
import {
  abiVersionsFromExports,
  hasProxyWasmMarker,
  validateModule,
  type Finding,
} from '../wasm/validate.js';
import { bool, COMMON_OPTIONS, parse, REGISTRY_OPTIONS, UsageError } from './args.js';
import { json, result, stderrLogger } from './output.js';
import { openStore } from './store.js';

const OPTIONS = { ...COMMON_OPTIONS, ...REGISTRY_OPTIONS, json: { type: 'boolean' } } as const;

export interface InspectReport {
  reference: string;
  source: { registry?: string; repository?: string; ociLayout?: string };
  format: string;
  formatDescription: string;
  index?: { digest: string; mediaType: string; size: number };
  manifest: { digest: string; mediaType: string; size: number; annotations: Record<string, string> };
  config: Descriptor & { json?: unknown };
  layers: Descriptor[];
  runtimeConfig?: ReadRuntimeConfig;
  module: {
    digest: string;
    size: number;
    kind: string;
    /** `proxy_abi_version_*` markers as ABI versions, e.g. v0.2.1 */
    abiMarkers: string[];
    proxyWasm: boolean;
    exports: string[];
    imports: string[];
    fullyValidated: boolean;
    findings?: { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
  };
  consumers: ConsumerReport[];
  referrers: { via: string; list: Descriptor[] };
}

export async function inspect(argv: string[]): Promise<number> {
  const { values, positionals } = parse('inspect', argv, OPTIONS);
  const log = stderrLogger({ verbose: bool(values, 'verbose'), quiet: bool(values, 'quiet') });
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'inspect needs a reference.' : 'inspect takes exactly one reference.',
      'inspect',
    );
  }
  const opened = await openStore(values, positionals[0], 'inspect', log);
  const tmp = await mkdtemp(join(tmpdir(), 'wasm-oci-inspect-'));
  try {
    const { store } = opened;
    const artifact = await resolveArtifact(store, opened.reference);
    const config = await readConfig(store, artifact);
    const rootfs = config.json?.rootfs as { diff_ids?: unknown } | undefined;
    const modulePath = join(tmp, 'module.wasm');
    const got = await fetchModule(store, artifact, modulePath, { diffIds: rootfs?.diff_ids });
    const moduleReport = await inspectModule(modulePath);

    let runtimeConfig: ReadRuntimeConfig | undefined;
    if (artifact.match.format === 'solo' || artifact.match.format === 'solo-legacy') {
      runtimeConfig = parseRuntimeConfig(config.json);
    } else if (got.runtimeConfigBytes) {
      try {
        runtimeConfig = parseRuntimeConfig(JSON.parse(got.runtimeConfigBytes.toString('utf8')));
      } catch {
        log.warn('The compat layer has a runtime-config.json that is not JSON.');
      }
    }
    const findings =
      runtimeConfig?.type !== undefined
        ? validateModule(
            moduleReport,
            {
              type: runtimeConfig.type,
              abiVersions: runtimeConfig.abiVersions,
              rootIds: runtimeConfig.rootIds,
            },
            'the module',
          )
        : undefined;
    const referrers = await listReferrers(store, artifact.manifestDigest);
    const report: InspectReport = {
      reference: positionals[0],
      source: opened.image
        ? { registry: opened.image.registry, repository: opened.image.repository }
        : { ociLayout: opened.layoutDir },
      format: artifact.match.format,
      formatDescription: describeFormat(artifact.match.format),
      index: artifact.index && {
        digest: artifact.index.digest,
        mediaType: artifact.index.mediaType,
        size: artifact.index.size,
      },
      manifest: {
        digest: artifact.manifestDigest,
        mediaType: artifact.mediaType,
        size: artifact.manifestBytes.length,
        annotations: artifact.manifest.annotations ?? {},
      },
      config: { ...artifact.manifest.config, json: config.json },
      layers: artifact.manifest.layers,
      runtimeConfig,
      module: {
        digest: got.digest,
        size: got.size,
        kind: moduleReport.kind,
        abiMarkers: abiVersionsFromExports(moduleReport),
        proxyWasm: hasProxyWasmMarker(moduleReport),
        exports: moduleReport.exports.map((e) => e.name),
        imports: moduleReport.imports.map((i) => `${i.module}.${i.name}`),
        fullyValidated: moduleReport.fullyValidated,
        findings,
      },
      consumers: checkConsumers(artifact.manifest, config.json),
      referrers: { via: referrers.via, list: referrers.referrers },
    };
    if (bool(values, 'json')) json(report);
    else result(formatText(report));
    return 0;
  } finally {
    opened.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

const u = (s: unknown, max = 300) => untrusted(String(s), max);

/** The human-readable report. Every value from the artifact is untrusted and escaped. */
export function formatText(r: InspectReport): string {
  const lines: string[] = [];
  const where = r.source.ociLayout
    ? `OCI layout ${u(r.source.ociLayout)}`
    : `${u(r.source.registry)}/${u(r.source.repository)}`;
  lines.push(`Reference:  ${u(r.reference)} (${where})`);
  lines.push(`Format:     ${r.format}: ${r.formatDescription}`);
  if (r.index) lines.push(`Index:      ${r.index.digest} (${u(r.index.mediaType)}, ${r.index.size} bytes)`);
  lines.push(`Manifest:   ${r.manifest.digest} (${u(r.manifest.mediaType)}, ${r.manifest.size} bytes)`);
  lines.push(`Config:     ${u(r.config.digest)} (${u(r.config.mediaType)}, ${r.config.size} bytes)`);
  r.layers.forEach((l, i) => {
    const title = l.annotations?.['org.opencontainers.image.title'];
    lines.push(
      `Layer ${i}:    ${u(l.digest)} (${u(l.mediaType)}, ${u(l.size)} bytes)${title ? ` ${JSON.stringify(u(title, 120))}` : ''}`,
    );
  });
  const ann = Object.entries(r.manifest.annotations);
  if (ann.length) {
    lines.push('Annotations:');
    for (const [k, v] of ann) lines.push(`  ${u(k, 200)}=${u(v)}`);
  }
  if (r.runtimeConfig) {
    lines.push(
      `Runtime:    type ${u(r.runtimeConfig.type ?? '(none)')}; abiVersions ${u(r.runtimeConfig.abiVersions.join(', ') || '(none)')}; ` +
        `rootIds ${u(r.runtimeConfig.rootIds.join(', ') || '(none)')}`,
    );
  }
  const m = r.module;
  lines.push(`Module:     ${m.digest} (${m.size} bytes, ${m.kind}${m.fullyValidated ? ', valid' : ''})`);
  lines.push(
    `ABI:        ${m.abiMarkers.length ? m.abiMarkers.map((a) => u(a)).join(', ') : 'no proxy_abi_version_* marker'}`,
  );
  lines.push(`Exports:    ${u(m.exports.join(', ') || '(none)', 1000)}`);
  if (m.findings) {
    for (const f of m.findings.errors) lines.push(`  error: ${f.message}${f.fix ? ` ${f.fix}` : ''}`);
    for (const f of m.findings.warnings) lines.push(`  warning: ${f.message}${f.fix ? ` ${f.fix}` : ''}`);
    for (const f of m.findings.notices) lines.push(`  notice: ${f.message}`);
  }
  lines.push('Consumers:');
  for (const c of r.consumers) {
    lines.push(`  ${c.consumer.padEnd(14)} ${c.accepts ? 'accepted' : 'rejected'}: ${c.reason}`);
  }
  if (r.referrers.list.length === 0) {
    lines.push('Referrers:  none');
  } else {
    lines.push(`Referrers (${r.referrers.via}):`);
    for (const d of r.referrers.list) {
      const pred = d.annotations?.['dev.sigstore.bundle.predicateType'];
      lines.push(`  ${u(d.digest)} ${u(d.artifactType ?? d.mediaType)}${pred ? ` (${u(pred, 200)})` : ''}`);
    }
  }
  return lines.join('\n');
}
