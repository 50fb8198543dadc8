/**
 * What the CycloneDX and SPDX writers share: their input, canonical JSON (sorted keys, so the same input gives the
 * same bytes), a name-based UUID derived from the module digest, package URLs and the cleaning of untrusted text.
 */
import { createHash } from 'node:crypto';
import type { CargoPackage } from './cargo-auditable.js';
import type { ComponentMetadata } from './component-metadata.js';
import type { Producers, VersionedName } from './producers.js';

export interface SbomInput {
  module: {
    /** file name or artifact name, used when the module names itself nowhere */
    name: string;
    /** `sha256:<64 hex>` of the module bytes */
    digest: string;
    size: number;
  };
  producers?: Producers;
  cargoPackages?: CargoPackage[];
  metadata?: ComponentMetadata;
  /** ISO 8601 time of the build (from the caller, e.g. SOURCE_DATE_EPOCH: never the clock) */
  created: string;
  /** the tool writing the SBOM, e.g. { name: 'wasm-oci', version: '1.2.3' } */
  generator?: VersionedName;
}

/** The module digest's hex, after checking the `sha256:` form. */
export function digestHex(digest: string): string {
  const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
  if (!m) throw new Error(`module digest ${JSON.stringify(digest)} is not sha256:<64 lowercase hex>`);
  return m[1];
}

/** `created` normalised to whole seconds in UTC (`2026-01-02T03:04:05Z`), after checking it is a time. */
export function isoSeconds(created: string): string {
  const t = Date.parse(created);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(created) || Number.isNaN(t))
    throw new Error(`created ${JSON.stringify(created)} is not an ISO 8601 time`);
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** RFC 4122 version-5 UUID of `name` in the URL namespace (deterministic). */
export function uuidV5(name: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'); // RFC 4122 NameSpace_URL
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Untrusted text for a JSON string field: control characters removed, length bounded. */
export function clean(text: string, max = 1024): string {
  // eslint-disable-next-line no-control-regex
  const s = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  return s.length > max ? s.slice(0, max) + '…' : s;
}

/** An absolute http(s) URL, or undefined (untrusted text never becomes a link otherwise). */
export function httpUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const u = new URL(text.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** `pkg:cargo/<name>@<version>` for a crates.io package (purl-spec: cargo type), else undefined. */
export function cargoPurl(p: CargoPackage): string | undefined {
  if (p.source !== 'crates.io') return undefined;
  return `pkg:cargo/${encodeURIComponent(p.name)}@${encodeURIComponent(p.version)}`;
}

/** An SPDX license expression made only of the characters its grammar allows, else undefined. */
export function licenseExpression(text: string | undefined): string | undefined {
  const s = text?.trim();
  return s && s.length <= 512 && /^[A-Za-z0-9.+\-:() ]+$/.test(s) ? s : undefined;
}

/** The toolchain (`processed-by`, then `sdk`) from the producers section, each pair once, sorted. */
export function toolchain(p: Producers | undefined): VersionedName[] {
  const all = [...(p?.processedBy ?? []), ...(p?.sdk ?? [])].map((t) => ({
    name: clean(t.name, 200),
    version: clean(t.version, 200),
  }));
  const unique = new Map(all.map((t) => [`${t.name}\u0000${t.version}`, t]));
  return [...unique.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version));
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The cargo packages, the root one (the module's own crate) separated from its dependencies. */
export function splitRoot(pkgs: CargoPackage[] | undefined): { root?: number; deps: number[] } {
  const list = pkgs ?? [];
  const root = list.findIndex((p) => p.root);
  return { root: root >= 0 ? root : undefined, deps: list.flatMap((p, i) => (i === root ? [] : [i])) };
}

/** JSON with object keys sorted at every level, two-space indented, with a final newline. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort(cmp)
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2) + '\n';
}
