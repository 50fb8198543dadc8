/**
 * What a change does to a published module (issue 14, pull-request review): a pure diff of two module descriptions
 * (the published artifact and this build), size limits over it, and its rendering for the job summary / a pull-request
 * comment (module-diff-markdown.ts). Every name in a description comes from a module or a registry: untrusted text,
 * escaped where it is rendered. Lists are sorted by UTF-16 code units (never by locale): the same inputs give the same
 * bytes on every machine.
 */
import { UserError } from '../errors.js';
import { q } from '../log.js';
import type { ModuleReport } from '../wasm/inspect.js';
import { recentFeatures } from '../wasm/features.js';

/** A function's parameter or result list: a count (what the reader reports today) or value type names. */
export type Arity = number | readonly string[];

export interface ExportDescription {
  name: string;
  /** `func`, `table`, `memory`, `global`, `tag` */
  kind: string;
  params?: Arity;
  results?: Arity;
}

export interface ImportDescription extends ExportDescription {
  module: string;
}

export interface RuntimeConfigDescription {
  rootIds?: readonly string[];
  abiVersions?: readonly string[];
  type?: string;
}

export interface ModuleDescription {
  /** where it comes from, for the headline (`ghcr.io/acme/filter:2.5.0`, `this pull request`) */
  label?: string;
  size: number;
  exports: readonly ExportDescription[];
  imports: readonly ImportDescription[];
  features: readonly string[];
  /** the `proxy_abi_version_*` marker exports; default: those among `exports` (functions) */
  proxyAbi?: readonly string[];
  /** a component's world: top-level import and export names */
  component?: { imports: readonly string[]; exports: readonly string[] };
  runtimeConfig?: RuntimeConfigDescription;
}

export interface ModuleSymbol {
  /** the import's module name (imports only) */
  module?: string;
  name: string;
  /** `func (2 params, 1 result)`, `memory`, … */
  signature: string;
}

export interface SymbolChange extends ModuleSymbol {
  before: string;
}

export interface SymbolDiff {
  added: ModuleSymbol[];
  removed: ModuleSymbol[];
  /** same name, other kind or signature; `signature` is the new one */
  changed: SymbolChange[];
}

export interface SetDiff {
  added: string[];
  removed: string[];
}

export interface ModuleDiff {
  before: { label?: string };
  after: { label?: string };
  size: {
    before: number;
    after: number;
    delta: number;
    /** null when the old size is 0 */ percent: number | null;
  };
  exports: SymbolDiff;
  imports: SymbolDiff;
  proxyAbi: {
    before: string[];
    after: string[];
    changed: boolean;
    /** the oldest proxy-wasm host ABI each side runs on (`0.2.0`): the lowest marker it exports */
    oldestBefore?: string;
    oldestAfter?: string;
    /** the module now needs a newer host (or a proxy-wasm host at all) */
    raised: boolean;
  };
  /** WebAssembly proposals newly used / no longer used */
  features: SetDiff & { /** newly used ones that older proxies may refuse */ recent: string[] };
  /** world changes; undefined when neither side is a component */
  component?: { imports: SetDiff; exports: SetDiff };
  /** undefined when neither side has a runtime config */
  runtimeConfig?: {
    type?: { before?: string; after?: string };
    rootIds: SetDiff;
    abiVersions: SetDiff;
  };
  /** anything at all differs */
  changed: boolean;
}

const MARKER_RE = /^proxy_abi_version_(\d+)_(\d+)_(\d+)$/;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function arity(a: Arity | undefined, what: string): string | undefined {
  if (a === undefined) return undefined;
  if (typeof a === 'number') return `${a} ${what}${a === 1 ? '' : 's'}`;
  return `(${a.join(', ')})`;
}

/** `func (2 params, 1 result)`, `func (i32, i32) -> (i32)`, `memory`. */
export function signatureOf(s: ExportDescription): string {
  const p = arity(s.params, 'param');
  const r = arity(s.results, 'result');
  if (p === undefined && r === undefined) return s.kind;
  if (typeof s.params !== 'number' && typeof s.results !== 'number')
    return `${s.kind} ${p ?? '()'} -> ${r ?? '()'}`;
  return `${s.kind} (${[p, r].filter((x) => x !== undefined).join(', ')})`;
}

function symbolMap(list: readonly ExportDescription[], withModule: boolean): Map<string, ModuleSymbol> {
  const out = new Map<string, ModuleSymbol>();
  for (const s of list) {
    const module = withModule ? (s as ImportDescription).module : undefined;
    const key = withModule ? `${module}\u0000${s.name}` : s.name;
    const sig = signatureOf(s);
    const prev = out.get(key);
    // A core module may import one name twice (e.g. with two types): compare the sorted set of signatures.
    const signature = prev
      ? [...new Set([...prev.signature.split(' | '), sig])].sort(byCodeUnits).join(' | ')
      : sig;
    out.set(key, { ...(withModule ? { module } : {}), name: s.name, signature });
  }
  return out;
}

function diffSymbols(
  before: readonly ExportDescription[],
  after: readonly ExportDescription[],
  withModule: boolean,
): SymbolDiff {
  const b = symbolMap(before, withModule);
  const a = symbolMap(after, withModule);
  const keys = (m: Map<string, ModuleSymbol>) => [...m.keys()].sort(byCodeUnits);
  const added = keys(a)
    .filter((k) => !b.has(k))
    .map((k) => a.get(k)!);
  const removed = keys(b)
    .filter((k) => !a.has(k))
    .map((k) => b.get(k)!);
  const changed = keys(a)
    .filter((k) => b.has(k) && b.get(k)!.signature !== a.get(k)!.signature)
    .map((k) => ({ ...a.get(k)!, before: b.get(k)!.signature }));
  return { added, removed, changed };
}

function diffSets(before: readonly string[] = [], after: readonly string[] = []): SetDiff {
  const b = new Set(before);
  const a = new Set(after);
  return {
    added: [...a].filter((x) => !b.has(x)).sort(byCodeUnits),
    removed: [...b].filter((x) => !a.has(x)).sort(byCodeUnits),
  };
}

const emptySet = (d: { added: readonly unknown[]; removed: readonly unknown[] }) =>
  d.added.length === 0 && d.removed.length === 0;
const emptySymbols = (d: SymbolDiff) => emptySet(d) && d.changed.length === 0;

function markersOf(m: ModuleDescription): string[] {
  const list = m.proxyAbi ?? m.exports.filter((e) => e.kind === 'func').map((e) => e.name);
  return [...new Set(list.filter((n) => MARKER_RE.test(n)))].sort(compareMarkers);
}

/** Orders markers by version: `proxy_abi_version_0_1_0` < `0_2_0` < `0_2_1` < `0_10_0`. */
export function compareMarkers(a: string, b: string): number {
  const pa = MARKER_RE.exec(a)!.slice(1).map(BigInt);
  const pb = MARKER_RE.exec(b)!.slice(1).map(BigInt);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  return 0;
}

/** `proxy_abi_version_0_2_1` → `0.2.1` (numbers as written, leading zeros dropped). */
export function markerVersion(marker: string): string {
  return MARKER_RE.exec(marker)!
    .slice(1)
    .map((n) => BigInt(n).toString())
    .join('.');
}

function diffProxyAbi(before: ModuleDescription, after: ModuleDescription): ModuleDiff['proxyAbi'] {
  const b = markersOf(before);
  const a = markersOf(after);
  const oldestBefore = b.length ? markerVersion(b[0]) : undefined;
  const oldestAfter = a.length ? markerVersion(a[0]) : undefined;
  const raised = a.length > 0 && (b.length === 0 || compareMarkers(a[0], b[0]) > 0);
  const changed = a.join('\n') !== b.join('\n');
  return { before: b, after: a, changed, oldestBefore, oldestAfter, raised };
}

function diffRuntimeConfig(before?: RuntimeConfigDescription, after?: RuntimeConfigDescription) {
  if (!before && !after) return undefined;
  const type = before?.type !== after?.type ? { before: before?.type, after: after?.type } : undefined;
  return {
    ...(type ? { type } : {}),
    rootIds: diffSets(before?.rootIds, after?.rootIds),
    abiVersions: diffSets(before?.abiVersions, after?.abiVersions),
  };
}

/** Compare the published module (`before`) with this build (`after`). */
export function diffModules(before: ModuleDescription, after: ModuleDescription): ModuleDiff {
  const delta = after.size - before.size;
  const features = diffSets(before.features, after.features);
  const component =
    before.component || after.component
      ? {
          imports: diffSets(before.component?.imports, after.component?.imports),
          exports: diffSets(before.component?.exports, after.component?.exports),
        }
      : undefined;
  const runtimeConfig = diffRuntimeConfig(before.runtimeConfig, after.runtimeConfig);
  const diff: ModuleDiff = {
    before: { label: before.label },
    after: { label: after.label },
    size: {
      before: before.size,
      after: after.size,
      delta,
      percent: before.size > 0 ? (delta / before.size) * 100 : null,
    },
    exports: diffSymbols(before.exports, after.exports, false),
    imports: diffSymbols(before.imports, after.imports, true),
    proxyAbi: diffProxyAbi(before, after),
    features: { ...features, recent: recentFeatures(features.added) },
    ...(component ? { component } : {}),
    ...(runtimeConfig ? { runtimeConfig } : {}),
    changed: false,
  };
  diff.changed =
    delta !== 0 ||
    !emptySymbols(diff.exports) ||
    !emptySymbols(diff.imports) ||
    diff.proxyAbi.changed ||
    !emptySet(features) ||
    (component !== undefined && !(emptySet(component.imports) && emptySet(component.exports))) ||
    (runtimeConfig !== undefined &&
      (runtimeConfig.type !== undefined ||
        !emptySet(runtimeConfig.rootIds) ||
        !emptySet(runtimeConfig.abiVersions)));
  return diff;
}

/** A module description from `inspectModule`'s report (and the runtime config the artifact carries, if any). */
export function describeModule(
  report: Pick<ModuleReport, 'size' | 'exports' | 'imports' | 'features'> & { kind?: string },
  extra: Pick<ModuleDescription, 'label' | 'component' | 'runtimeConfig'> = {},
): ModuleDescription {
  return {
    ...extra,
    size: report.size,
    exports: report.exports.map(({ name, kind, params, results }) => ({ name, kind, params, results })),
    imports: report.imports.map(({ module, name, kind, params, results }) => ({
      module,
      name,
      kind,
      params,
      results,
    })),
    features: [...(report.features ?? [])],
  };
}

// ---- size limits ----------------------------------------------------------------------------------------------------

export type SizeLimit = { bytes: number } | { percent: number };

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/**
 * Parse a size limit input: bytes (`500000`), with a unit (`512KiB`, `1.5 MiB`, `300kB`; KiB = 1024, kB = 1000),
 * or, where `allowPercent`, a percentage of the published size (`10%`). UserError naming the input otherwise.
 */
export function parseSizeLimit(value: number | string, input: string, allowPercent: boolean): SizeLimit {
  const text = String(value).trim();
  const m = /^(\d+(?:\.\d+)?)\s*(%|[a-zA-Z]*)$/.exec(text);
  const unit = m?.[2].toLowerCase();
  if (m && unit === '%' && allowPercent) return { percent: Number(m[1]) };
  if (m && unit !== undefined && unit !== '%' && UNITS[unit] !== undefined) {
    return { bytes: Math.floor(Number(m[1]) * UNITS[unit]) };
  }
  throw new UserError(
    `Input \`${input}\` is not a size: ${q(text, 60)}.`,
    `Give a number of bytes (\`500000\`), or a number with a unit (\`512KiB\`, \`1.5MiB\`, \`300kB\`)` +
      (allowPercent ? ', or a percentage of the published size (`10%`).' : '.'),
    'Invalid size limit',
  );
}

export interface SizeLimits {
  /** the largest module size allowed (bytes, or a string `parseSizeLimit` reads) */
  maxSize?: number | string;
  /** the largest growth allowed: bytes or `N%` of the published size */
  maxSizeIncrease?: number | string;
}

export interface SizeViolation {
  input: 'max-size' | 'max-size-increase';
  /** what is wrong, for the `::error` message */
  message: string;
  /** how to fix it */
  fix: string;
}

function fmtPercent(p: number): string {
  return `${p >= 0 ? '+' : ''}${p.toFixed(1)}%`;
}

function fmtBytes(n: number): string {
  return `${n >= 0 ? '+' : '-'}${Math.abs(n)} bytes`;
}

/** The limits the diff breaks (empty when none). UserError for a malformed limit. */
export function checkSizeLimits(diff: ModuleDiff, limits: SizeLimits): SizeViolation[] {
  const out: SizeViolation[] = [];
  const against = diff.before.label ? ` compared with ${q(diff.before.label, 200)}` : '';
  if (limits.maxSize !== undefined && limits.maxSize !== '') {
    const { bytes } = parseSizeLimit(limits.maxSize, 'max-size', false) as { bytes: number };
    if (diff.size.after > bytes) {
      out.push({
        input: 'max-size',
        message: `The module is ${diff.size.after} bytes, over \`max-size\` (${bytes} bytes) by ${diff.size.after - bytes} bytes.`,
        fix: 'Make the module smaller (release profile, `opt-level = "s"`, `wasm-opt -Os`, strip debug sections) or raise `max-size`.',
      });
    }
  }
  if (limits.maxSizeIncrease !== undefined && limits.maxSizeIncrease !== '') {
    const limit = parseSizeLimit(limits.maxSizeIncrease, 'max-size-increase', true);
    const { delta, percent } = diff.size;
    const grew = `${fmtBytes(delta)}${percent === null ? '' : `, ${fmtPercent(percent)}`}`;
    const over = 'bytes' in limit ? delta > limit.bytes : percent !== null && percent > limit.percent;
    if (over) {
      const allowed = 'bytes' in limit ? `${limit.bytes} bytes` : `${limit.percent}%`;
      out.push({
        input: 'max-size-increase',
        message: `The module grew by ${grew}${against}, more than \`max-size-increase\` allows (${allowed}).`,
        fix: 'Find what grew (the export/import changes below, new dependencies, debug info) and shrink it, or raise `max-size-increase` in this change.',
      });
    }
  }
  return out;
}

export { renderDiffMarkdown } from './module-diff-markdown.js';
