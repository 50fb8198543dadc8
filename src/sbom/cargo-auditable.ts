/**
 * cargo-auditable's `.dep-v0` custom section: the crate dependency list of the build, as zlib-compressed JSON
 * (rust-secure-code/cargo-auditable: PARSING.md, cargo-auditable.schema.json):
 *
 *   {"format"?: 0|1|8…, "packages": [{"name", "version", "source", "kind"?: "build"|"runtime",
 *                                     "dependencies"?: [index…], "root"?: true}]}
 *
 * `source` is "crates.io", "git", "local", "registry" or any other string. Decompression is bounded (PARSING.md: "8 MiB
 * should be more than enough"), and the data is validated as auditable-serde does before a dependency tree is built
 * from it: dependency indices in range, at most one root, no cycles.
 */
import { inflateSync } from 'node:zlib';
import { WasmFormatError } from '../wasm/leb128.js';
import { capture, type SectionResult } from './result.js';

export const DEP_V0_SECTION = '.dep-v0';
/** Largest decompressed `.dep-v0` accepted. */
export const DEP_V0_MAX_INFLATED = 8 * 1024 * 1024;

export interface CargoPackage {
  name: string;
  version: string;
  source: string;
  kind: 'runtime' | 'build';
  /** indices into the package list */
  dependencies: number[];
  root: boolean;
}

export interface CargoAudit {
  format: number;
  packages: CargoPackage[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function inflate(payload: Uint8Array, base: number, limit: number): string {
  let raw: Buffer;
  try {
    raw = inflateSync(payload, { maxOutputLength: limit });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new WasmFormatError(
        `${DEP_V0_SECTION} section at offset ${base}: decompresses to more than ${limit} bytes ` +
          '(cargo-auditable data is far smaller; the section is damaged or hostile)',
        'too-large',
        base,
      );
    }
    throw new WasmFormatError(
      `${DEP_V0_SECTION} section at offset ${base}: not zlib data (${code ?? 'inflate failed'})`,
      'malformed',
      base,
    );
  }
  try {
    return utf8.decode(raw);
  } catch {
    throw new WasmFormatError(
      `${DEP_V0_SECTION} section at offset ${base}: JSON is not UTF-8`,
      'malformed',
      base,
    );
  }
}

type Fail = (what: string) => never;

function str(v: unknown, what: string, fail: Fail): string {
  if (typeof v !== 'string') fail(`${what} is not a string`);
  return v as string;
}

function toPackage(p: unknown, i: number, count: number, fail: Fail): CargoPackage {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) fail(`packages[${i}] is not an object`);
  const o = p as Record<string, unknown>;
  const kind = o.kind ?? 'runtime';
  if (kind !== 'runtime' && kind !== 'build') fail(`packages[${i}].kind is neither "runtime" nor "build"`);
  const root = o.root ?? false;
  if (typeof root !== 'boolean') fail(`packages[${i}].root is not a boolean`);
  const deps = o.dependencies ?? [];
  if (!Array.isArray(deps)) fail(`packages[${i}].dependencies is not an array`);
  for (const d of deps as unknown[]) {
    if (!Number.isInteger(d) || (d as number) < 0 || (d as number) >= count)
      fail(`packages[${i}].dependencies holds ${JSON.stringify(d)}, not an index of the ${count} packages`);
  }
  return {
    name: str(o.name, `packages[${i}].name`, fail),
    version: str(o.version, `packages[${i}].version`, fail),
    source: str(o.source, `packages[${i}].source`, fail),
    kind: kind as CargoPackage['kind'],
    dependencies: [...new Set(deps as number[])],
    root: root as boolean,
  };
}

/** Kahn's algorithm: true when some packages are left over, i.e. the dependency graph has a cycle. */
function hasCycle(packages: CargoPackage[]): boolean {
  const indegree = packages.map(() => 0);
  for (const p of packages) for (const d of p.dependencies) indegree[d]++;
  const ready = indegree.flatMap((n, i) => (n === 0 ? [i] : []));
  let done = 0;
  while (ready.length > 0) {
    const i = ready.pop()!;
    done++;
    for (const d of packages[i].dependencies) if (--indegree[d] === 0) ready.push(d);
  }
  return done !== packages.length;
}

/** Parses a `.dep-v0` payload. `base` is its absolute offset in the module, for messages. */
export function parseCargoAuditable(
  payload: Uint8Array,
  base = 0,
  limit = DEP_V0_MAX_INFLATED,
): SectionResult<CargoAudit> {
  return capture(() => {
    const fail: Fail = (what) => {
      throw new WasmFormatError(`${DEP_V0_SECTION} section at offset ${base}: ${what}`, 'malformed', base);
    };
    const text = inflate(payload, base, limit);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      fail('the decompressed data is not valid JSON');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) fail('the JSON is not an object');
    const { packages, format = 0 } = doc as { packages?: unknown; format?: unknown };
    if (!Array.isArray(packages)) fail('"packages" is not an array');
    if (!Number.isInteger(format) || (format as number) < 0) fail('"format" is not a non-negative integer');
    const list = (packages as unknown[]).map((p, i, all) => toPackage(p, i, all.length, fail));
    if (list.filter((p) => p.root).length > 1) fail('more than one package is marked root');
    if (hasCycle(list)) fail('the dependency graph has a cycle');
    return { format: format as number, packages: list };
  });
}
