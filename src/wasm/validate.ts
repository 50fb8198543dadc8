/**
 * proxy-wasm checks on an inspected module (pure; see reference wasm-oci-formats.md §7, proxy-wasm-cpp-host
 * `getAbiVersion`). Every export/import name and every declared value is untrusted and goes through `q()`.
 */
import { q, untrusted } from '../log.js';
import type { RuntimeConfig } from '../package/types.js';
import type { ModuleReport } from './inspect.js';

export interface Finding {
  message: string;
  fix?: string;
}

export interface ValidationResult {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

type ReportInterface = Pick<ModuleReport, 'exports' | 'imports' | 'kind'>;

const MARKER_PREFIX = 'proxy_abi_version_';
const MARKER_RE = /^proxy_abi_version_(\d+)_(\d+)_(\d+)$/;
/** Markers hosts recognise (cpp-host: the first one found in the export section wins). */
const KNOWN_MARKERS = ['0_1_0', '0_2_0', '0_2_1'] as const;
type Abi = (typeof KNOWN_MARKERS)[number];

/** Legacy `v0-<envoy-wasm commit>` values (wasme `abi/version.go`); their ABI era is inferred. */
const LEGACY: Record<string, { abi: Abi; what: string }> = {
  'v0-097b7f2e4cc1fb490cc1943d0d633655ac3c522f': {
    abi: '0_1_0',
    what: 'envoy-wasm of Dec 2019, Istio 1.5/1.6',
  },
  'v0-541b2c1155fffb15ccde92b8324f3e38f7339ba6': {
    abi: '0_1_0',
    what: 'older envoy-wasm, Istio 1.5 / Gloo 1.3 era',
  },
  'v0-edc016b1fa5adca3ebd3d7020eaed0ad7b8814ca': { abi: '0_1_0', what: 'envoy-wasm of Jul 2020, Gloo 1.5' },
  'v0-4689a30309abf31aee9ae36e73d34b1bb182685f': {
    abi: '0_2_0',
    what: 'envoy-wasm of Aug 2020, precursor to ABI 0.2.0, Istio 1.7–1.9',
  },
};

/** Host functions (module `env`) by the ABI versions that provide them. */
const ONLY_0_1_0 = [
  'proxy_get_configuration',
  'proxy_continue_request',
  'proxy_continue_response',
  'proxy_clear_route_cache',
];
const FROM_0_2_0 = ['proxy_continue_stream', 'proxy_close_stream'];
const FROM_0_2_1 = ['proxy_get_log_level'];

const HEADER_CALLBACKS = ['proxy_on_request_headers', 'proxy_on_response_headers'];

const abiLabel = (abi: string): string => 'v' + abi.replace(/_/g, '.');

/** `proxy_abi_version_0_2_1` function exports → `v0.2.1`, in export order, without duplicates. */
export function abiVersionsFromExports(report: Pick<ModuleReport, 'exports'>): string[] {
  const out: string[] = [];
  for (const e of report.exports) {
    if (e.kind !== 'func') continue;
    const m = MARKER_RE.exec(e.name);
    if (!m) continue;
    const v = `v${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** True when the module exports a `proxy_abi_version_<x>_<y>_<z>` function. */
export function hasProxyWasmMarker(report: Pick<ModuleReport, 'exports'>): boolean {
  return report.exports.some((e) => e.kind === 'func' && MARKER_RE.test(e.name));
}

/** Declared `abiVersions` value → the marker suffix it stands for (`v0.2.1` → `0_2_1`), or undefined. */
function exactAbi(value: string): string | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(value.trim());
  return m ? `${Number(m[1])}_${Number(m[2])}_${Number(m[3])}` : undefined;
}

export function validateModule(
  report: ReportInterface,
  config: RuntimeConfig,
  fileLabel: string,
): ValidationResult {
  const res: ValidationResult = { errors: [], warnings: [], notices: [] };
  const f = untrusted(fileLabel);
  const funcExports = report.exports.filter((e) => e.kind === 'func');
  const funcExport = (name: string) => funcExports.find((e) => e.name === name);

  if (config.type !== 'envoy_proxy') {
    if (report.kind === 'module' && hasProxyWasmMarker(report)) {
      res.notices.push({
        message:
          `${f} exports a proxy-wasm ABI marker but the runtime type is ${q(config.type)}; ` +
          'the proxy-wasm checks were skipped',
        fix: 'Set runtime-type to envoy_proxy if this is an Envoy/Istio plugin.',
      });
    }
    return res;
  }

  if (report.kind === 'component') {
    res.errors.push({
      message: `${f} is a WebAssembly component, but runtime type envoy_proxy needs a core module: components are not proxy-wasm plugins`,
      fix:
        'Build the filter as a core module (e.g. `cargo build --target wasm32-wasip1` with proxy-wasm-rust-sdk), ' +
        'or publish the component with format cncf and without runtime-type envoy_proxy.',
    });
    return res;
  }

  // 1. ABI marker(s)
  const markerExports = report.exports.filter((e) => e.name.startsWith(MARKER_PREFIX));
  const known: { name: string; abi: Abi; params?: number; results?: number }[] = [];
  const unknown: string[] = [];
  for (const e of markerExports) {
    const abi = e.name.slice(MARKER_PREFIX.length);
    if (e.kind === 'func' && (KNOWN_MARKERS as readonly string[]).includes(abi)) {
      known.push({ name: e.name, abi: abi as Abi, params: e.params, results: e.results });
    } else if (e.kind === 'func') {
      unknown.push(e.name);
    }
  }
  const nonFuncMarkers = markerExports.filter((e) => e.kind !== 'func');

  if (!report.exports.some((e) => e.name.startsWith('proxy_'))) {
    res.errors.push({
      message:
        `${f} does not look like a proxy-wasm plugin: it exports no proxy_abi_version_* function ` +
        '(and no proxy_* exports at all), so Envoy rejects it with "Missing or unknown Proxy-Wasm ABI version"',
      fix:
        'Build the filter with a proxy-wasm SDK (Rust proxy-wasm, Go proxy-wasm-go-sdk, C++ proxy-wasm-cpp-sdk), ' +
        'or, if this is not an Envoy plugin, set runtime-type to its runtime or use format cncf.',
    });
    return res;
  }

  const primary = known[0];
  if (!primary) {
    let detail = '';
    if (unknown.length)
      detail = `; it exports ${unknown.map((n) => q(n)).join(', ')}, which no host recognises`;
    else if (nonFuncMarkers.length) {
      detail = `; ${nonFuncMarkers.map((e) => `${q(e.name)} is exported as a ${e.kind}`).join(', ')}, but hosts only look at functions`;
    }
    res.errors.push({
      message:
        `${f} exports no known proxy-wasm ABI marker (a function named proxy_abi_version_0_2_1, _0_2_0 or _0_1_0)${detail}; ` +
        'Envoy rejects it with "Missing or unknown Proxy-Wasm ABI version"',
      fix: 'Build with a current proxy-wasm SDK; it exports the marker function automatically.',
    });
  } else {
    if (known.length > 1) {
      res.warnings.push({
        message:
          `${f} exports ${known.length} ABI markers (${known.map((k) => q(k.name)).join(', ')}); ` +
          `hosts use only the first, ${q(primary.name)}`,
        fix: 'Link against a single proxy-wasm SDK version so the module exports exactly one marker.',
      });
    }
    if (unknown.length) {
      res.warnings.push({
        message: `${f} also exports ${unknown.map((n) => q(n)).join(', ')}, which no host recognises; it is ignored`,
      });
    }
    for (const k of known) {
      if ((k.params ?? 0) !== 0 || (k.results ?? 0) !== 0) {
        res.warnings.push({
          message: `${f}: the marker ${q(k.name)} should take no parameters and return nothing (it has ${k.params ?? 0} parameter(s), ${k.results ?? 0} result(s))`,
        });
      }
    }
  }

  // 2. allocator and memory
  if (!funcExport('malloc') && !funcExport('proxy_on_memory_allocate')) {
    res.errors.push({
      message: `${f} exports no allocator function (malloc or proxy_on_memory_allocate); Envoy fails with "Wasm module is missing malloc function"`,
      fix: 'Build with a proxy-wasm SDK (it exports proxy_on_memory_allocate or malloc), and do not strip that export.',
    });
  }
  if (!report.exports.some((e) => e.kind === 'memory')) {
    res.errors.push({
      message: `${f} exports no linear memory; the host cannot exchange data with the plugin`,
      fix: 'Export the memory (SDKs export it as "memory"; with wasm-ld do not pass --import-memory without also exporting it).',
    });
  }

  // 3. declared ABI versions against the marker(s)
  checkAbiVersions(res, f, config.abiVersions, known);

  if (primary) {
    // 4. imports from another ABI version
    const foreign: string[] = [];
    for (const imp of report.imports) {
      if (imp.module !== 'env' || imp.kind !== 'func') continue;
      const n = imp.name;
      const bad =
        (primary.abi === '0_1_0' && (FROM_0_2_0.includes(n) || FROM_0_2_1.includes(n))) ||
        (primary.abi === '0_2_0' && (ONLY_0_1_0.includes(n) || FROM_0_2_1.includes(n))) ||
        (primary.abi === '0_2_1' && ONLY_0_1_0.includes(n));
      if (bad) foreign.push(n);
    }
    if (foreign.length) {
      res.warnings.push({
        message:
          `${f} exports ${q(primary.name)} but imports host function(s) ${foreign.map((n) => q(n)).join(', ')} ` +
          `that ABI ${abiLabel(primary.abi)} does not provide; instantiation fails on hosts that lack them`,
        fix: 'Rebuild with a consistent proxy-wasm SDK version (the marker and the imports come from the same SDK).',
      });
    }

    // 5. *_headers arity
    const expected = primary.abi === '0_1_0' ? 2 : 3;
    for (const cb of HEADER_CALLBACKS) {
      const e = funcExport(cb);
      if (e && e.params !== undefined && e.params !== expected) {
        res.warnings.push({
          message:
            `${f}: ${cb} takes ${e.params} parameter(s) but ABI ${abiLabel(primary.abi)} (${q(primary.name)}) ` +
            `calls it with ${expected}`,
          fix: 'Rebuild with a consistent proxy-wasm SDK version.',
        });
      }
    }
  }

  // 6. root ids
  if (config.rootIds.length === 0) {
    res.warnings.push({
      message: `runtime config for ${f} declares no root ids (config.rootIds)`,
      fix: 'Set the root-ids input (or config.rootIds in the runtime config file) to the root_id your Envoy/Istio config uses.',
    });
  }
  return res;
}

function checkAbiVersions(
  res: ValidationResult,
  f: string,
  declared: string[],
  known: { name: string; abi: Abi }[],
): void {
  const exported = new Set<string>(known.map((k) => k.abi));
  const exportedText = known.length ? known.map((k) => q(k.name)).join(', ') : 'no ABI marker';
  if (declared.length === 0) {
    if (known.length) {
      res.warnings.push({
        message: `runtime config for ${f} declares no abiVersions (the module exports ${exportedText})`,
        fix: `Set abi-versions to ${known.map((k) => abiLabel(k.abi)).join(',')} (or leave it unset to derive it from the module).`,
      });
    }
    return;
  }
  let exactCovers = false;
  let legacyCovers = false;
  let anyExact = false;
  const uncovered: string[] = [];
  for (const v of declared) {
    const legacy = LEGACY[v.trim()];
    if (legacy) {
      const ok = exported.has(legacy.abi);
      legacyCovers ||= ok;
      res.notices.push({
        message:
          `abiVersions value ${q(v)} is a legacy envoy-wasm commit id (${legacy.what}); it cannot be checked exactly ` +
          `and is treated as ABI ${abiLabel(legacy.abi)}-era` +
          (ok || !known.length ? '' : `, which does not match the module's ${exportedText}`),
      });
      continue;
    }
    const abi = exactAbi(v);
    if (abi === undefined) {
      if (/^v0-[0-9a-f]{40}$/.test(v.trim())) {
        res.notices.push({
          message: `abiVersions value ${q(v)} is an unknown legacy envoy-wasm commit id; not checked`,
        });
      } else {
        res.warnings.push({
          message: `abiVersions value ${q(v)} is not a known ABI version`,
          fix: 'Use a proxy-wasm ABI version such as v0.2.1, v0.2.0 or v0.1.0.',
        });
      }
      continue;
    }
    if (!(KNOWN_MARKERS as readonly string[]).includes(abi)) {
      res.warnings.push({
        message: `abiVersions value ${q(v)} is not a proxy-wasm ABI version hosts know (v0.1.0, v0.2.0, v0.2.1)`,
      });
      continue;
    }
    anyExact = true;
    if (exported.has(abi)) exactCovers = true;
    else uncovered.push(v);
  }
  if (!known.length) return; // the missing marker is already an error

  const declaredText = declared.map((v) => q(v)).join(', ');
  if (!exactCovers && !legacyCovers && anyExact) {
    res.errors.push({
      message: `abiVersions ${declaredText} do not match the module ${f}, which exports ${exportedText}`,
      fix: `Declare ${known.map((k) => abiLabel(k.abi)).join(',')} in abi-versions (or leave it unset to derive it from the module).`,
    });
    return;
  }
  if (!exactCovers && !legacyCovers) {
    res.warnings.push({
      message: `abiVersions ${declaredText} do not appear to match the module ${f}, which exports ${exportedText}`,
      fix: `Declare ${known.map((k) => abiLabel(k.abi)).join(',')} in abi-versions.`,
    });
    return;
  }
  if (uncovered.length) {
    res.warnings.push({
      message:
        `abiVersions declares ${uncovered.map((v) => q(v)).join(', ')} but the module ${f} exports only ${exportedText}; ` +
        'hosts of that ABI version will not load it',
      fix: 'Remove the versions the module does not implement from abi-versions.',
    });
  }
}
