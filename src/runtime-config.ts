/**
 * Runtime config (`runtime-config.json`, Solo spec §1.1): read a wasme-style file, combine it with the action inputs
 * and the module, and serialise it canonically (as wasme's gogo jsonpb writes it).
 */
import { UserError } from './errors.js';
import { q } from './log.js';
import { readRegularFile } from './read-file.js';
import type { Format, RuntimeConfig } from './package/types.js';
import type { ModuleReport } from './wasm/inspect.js';
import { abiVersionsFromExports, hasProxyWasmMarker } from './wasm/validate.js';

const MAX_CONFIG_BYTES = 1024 * 1024;
const TITLE = 'Invalid runtime config';
const FIX_SHAPE =
  'Use the wasme runtime config shape: {"type": "envoy_proxy", "abiVersions": ["v0.2.1"], "config": {"rootIds": ["my_root_id"]}}.';

export async function readRuntimeConfigFile(path: string): Promise<Partial<RuntimeConfig>> {
  const label = q(path);
  let text: string;
  try {
    // Only a regular file, read with a byte limit (a FIFO or /dev/zero is refused, never read).
    const bytes = await readRegularFile(path, {
      what: 'runtime config',
      limit: MAX_CONFIG_BYTES,
      title: TITLE,
      fix: 'Point runtime-config at the runtime-config.json file (a small JSON file), not at a directory, device, pipe or another large file.',
    });
    text = bytes.toString('utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `runtime config file ${label} does not exist`
        : `runtime config file ${label} could not be read (${code ?? 'error'})`,
      'Check the runtime-config input path (relative paths are resolved from the workspace).',
      'Runtime config not found',
      path,
    );
  }

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UserError(
      `runtime config ${label} is not valid JSON: ${q((e as Error).message)}`,
      FIX_SHAPE,
      TITLE,
      path,
    );
  }
  if (!isObject(data))
    throw new UserError(`runtime config ${label} must be a JSON object`, FIX_SHAPE, TITLE, path);

  const bad = (key: string, what: string): UserError =>
    new UserError(`runtime config ${label}: key ${q(key)} ${what}`, FIX_SHAPE, TITLE, path);
  const out: Partial<RuntimeConfig> = {};

  const abiSources: { key: string; value: string[] }[] = [];
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case 'type':
        if (typeof value !== 'string') throw bad(key, `must be a string (got ${jsonType(value)})`);
        if (value.trim() !== '') out.type = value.trim();
        break;
      case 'abiVersions':
      case 'abi_versions':
        abiSources.push({ key, value: stringArray(value, key, bad) });
        break;
      case 'abiVersion':
      case 'abi_version':
        if (typeof value !== 'string')
          throw bad(key, `must be a string of comma-separated versions (got ${jsonType(value)})`);
        abiSources.push({ key, value: splitList(value) });
        break;
      case 'config': {
        if (!isObject(value)) throw bad(key, `must be an object (got ${jsonType(value)})`);
        const rootSources: { key: string; value: string[] }[] = [];
        for (const [k, v] of Object.entries(value)) {
          if (k === 'rootIds' || k === 'root_ids')
            rootSources.push({ key: `config.${k}`, value: stringArray(v, `config.${k}`, bad) });
          else throw bad(`config.${k}`, 'is not a known key (known: config.rootIds, config.root_ids)');
        }
        const roots = agree(rootSources, label, path);
        if (roots?.length) out.rootIds = roots; // empty = absent, as in jsonpb
        break;
      }
      default:
        throw bad(
          key,
          'is not a known key (known: type, abiVersions, abi_versions, abi_version, abiVersion, config)',
        );
    }
  }
  const abis = agree(abiSources, label, path);
  if (abis?.length) out.abiVersions = abis;
  return out;
}

export interface RuntimeConfigInputs {
  /** `runtime-type` input */
  runtimeType?: string;
  /** `abi-versions` input (already split) */
  abiVersions?: string[];
  /** `root-ids` input (already split) */
  rootIds?: string[];
  /** `runtime-config` input */
  runtimeConfigPath?: string;
}

/**
 * Combine the runtime config file, the inputs and the module. Both given and different = UserError naming both.
 * `type` defaults to `envoy_proxy` for modules exporting a proxy-wasm marker; otherwise it is required for format `solo`
 * and is `''` (no runtime config) for the other formats. `abiVersions` default to the module's markers.
 */
export async function resolveRuntimeConfig(
  inputs: RuntimeConfigInputs,
  report: Pick<ModuleReport, 'exports'>,
  format: Format,
): Promise<RuntimeConfig> {
  const path = inputs.runtimeConfigPath?.trim();
  const file = path ? await readRuntimeConfigFile(path) : {};
  const fileLabel = path ? `runtime config ${q(path)}` : '';

  const inType = inputs.runtimeType?.trim() || undefined;
  const inAbis = cleanList(inputs.abiVersions);
  const inRoots = cleanList(inputs.rootIds);

  const conflict = (input: string, key: string, a: string, b: string): UserError =>
    new UserError(
      `the ${input} input (${a}) contradicts ${key} in ${fileLabel} (${b})`,
      `Set ${input} or ${key} in the file, not both (or give them the same value).`,
      'Conflicting runtime config',
      path,
    );
  const listText = (l: string[]) => (l.length ? l.map((x) => q(x)).join(',') : 'empty');

  let type = inType ?? file.type;
  if (inType !== undefined && file.type !== undefined && inType !== file.type) {
    throw conflict('runtime-type', '"type"', q(inType), q(file.type));
  }
  let abiVersions = inAbis ?? file.abiVersions;
  if (inAbis !== undefined && file.abiVersions !== undefined && !sameList(inAbis, file.abiVersions)) {
    throw conflict('abi-versions', '"abiVersions"', listText(inAbis), listText(file.abiVersions));
  }
  const rootIds = inRoots ?? file.rootIds ?? [];
  if (inRoots !== undefined && file.rootIds !== undefined && !sameList(inRoots, file.rootIds)) {
    throw conflict('root-ids', '"config.rootIds"', listText(inRoots), listText(file.rootIds));
  }

  if (type === undefined) {
    if (hasProxyWasmMarker(report)) type = 'envoy_proxy';
    else if (format === 'solo') {
      throw new UserError(
        'the runtime-type input is required for format solo: the module exports no proxy_abi_version_* marker, ' +
          'so the runtime type cannot be derived from it',
        'Set runtime-type (envoy_proxy for Envoy/Istio proxy-wasm filters), or set "type" in the runtime-config file, ' +
          'or use format cncf for modules that are not proxy-wasm plugins.',
        'Missing runtime type',
      );
    } else type = '';
  }
  if (abiVersions === undefined) abiVersions = abiVersionsFromExports(report);
  return { type, abiVersions, rootIds };
}

/**
 * Canonical runtime config bytes, as wasme (gogo jsonpb, camelCase) writes them: keys in the order `type`, `abiVersions`,
 * `config.rootIds`; empty values omitted; compact; `<`, `>`, `&`, U+2028 and U+2029 escaped like Go's encoding/json.
 */
export function serializeRuntimeConfig(c: RuntimeConfig): Buffer {
  const obj: Record<string, unknown> = {};
  if (c.type) obj.type = c.type;
  if (c.abiVersions.length) obj.abiVersions = c.abiVersions;
  if (c.rootIds.length) obj.config = { rootIds: c.rootIds };
  const json = JSON.stringify(obj).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
  );
  return Buffer.from(json, 'utf8');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function stringArray(v: unknown, key: string, bad: (key: string, what: string) => UserError): string[] {
  if (!Array.isArray(v)) throw bad(key, `must be an array of strings (got ${jsonType(v)})`);
  return v.map((x, i) => {
    if (typeof x !== 'string') throw bad(`${key}[${i}]`, `must be a string (got ${jsonType(x)})`);
    if (x.trim() === '') throw bad(`${key}[${i}]`, 'must not be empty');
    return x.trim();
  });
}

function splitList(s: string): string[] {
  return s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** Trim, drop empties; an empty or absent list means "not given". */
function cleanList(l: string[] | undefined): string[] | undefined {
  const out = (l ?? []).map((x) => x.trim()).filter((x) => x !== '');
  return out.length ? out : undefined;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Several spellings of one key in a file must agree; returns the agreed value or undefined. */
function agree(
  sources: { key: string; value: string[] }[],
  label: string,
  path: string,
): string[] | undefined {
  for (const s of sources.slice(1)) {
    if (!sameList(s.value, sources[0].value)) {
      throw new UserError(
        `runtime config ${label} gives both ${q(sources[0].key)} and ${q(s.key)} with different values`,
        'Keep only one of them (abiVersions / config.rootIds are the canonical names).',
        TITLE,
        path,
      );
    }
  }
  return sources[0]?.value;
}
