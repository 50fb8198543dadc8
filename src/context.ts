import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { UserError } from './errors.js';
import { q } from './log.js';
import type { Format } from './package/types.js';
import { parseAnnotationsInput } from './annotations.js';
import { parseTagsInput } from './tags.js';
import { normaliseRegistry } from './registry/host.js';

/** Every input of action.yml, typed. Names mirror the kebab-case input ids. */
export interface Inputs {
  module: string;
  format: Format | 'auto';
  runtimeType?: string;
  abiVersions?: string[];
  rootIds?: string[];
  runtimeConfig?: string;
  registry: string;
  repository: string;
  /** explicit tags (may contain {{…}} templates); empty = derive from the event */
  tags: string[];
  username: string;
  password: string;
  push: 'auto' | 'true' | 'false';
  plainHttp: boolean;
  annotations: Record<string, string>;
  ociLayout: string;
  overwriteTags: boolean;
  summary: boolean;
  signing: 'auto' | 'keyless' | 'key' | 'none';
  signingKey: string;
  signingKeyPassword: string;
  fulcioUrl: string;
  /** '' = public-good Rekor, unless a TSA is given (then no transparency log) */
  rekorUrl: string;
  tsaUrl: string;
  cache: boolean;
  requireConsumers: string[];
  /** what input normalisation changed (printed as notices by the pipeline) */
  notices?: string[];
}

export type Env = Record<string, string | undefined>;

/** `core.getInput` semantics without loading @actions/core: `INPUT_<NAME>` (spaces to `_`, upper-cased), trimmed. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A list input: newlines or commas separate entries; blank entries and `#` comment lines dropped. */
export const parseList = parseTagsInput;

function parseBool(env: Env, name: string, dflt: boolean): boolean {
  const v = getInput(env, name);
  if (v === '') return dflt;
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  throw new UserError(
    `The ${name} input must be true or false, got ${q(v, 40)}.`,
    `Set ${name}: 'true' or ${name}: 'false'.`,
    'Invalid input',
  );
}

function parseChoice<T extends string>(env: Env, name: string, choices: readonly T[], dflt: T): T {
  const v = getInput(env, name) || dflt;
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new UserError(
    `The ${name} input must be one of ${choices.join(', ')}; got ${q(v, 40)}.`,
    `Set ${name} to one of: ${choices.join(', ')}.`,
    'Invalid input',
  );
}

const FORMATS = ['solo', 'compat', 'cncf', 'auto'] as const;

/** Read every input from the runner's environment into one typed object. Refuses bad values with a UserError. */
export function getInputs(env: Env = process.env): Inputs {
  // First: a password in the registry address is masked before anything (even a refusal) is printed.
  const registry = normaliseRegistry(getInput(env, 'registry') || 'ghcr.io');
  const module = getInput(env, 'module');
  if (!module) {
    throw new UserError(
      'Input required and not supplied: module.',
      'Set `module:` to the path of your .wasm file, e.g. `module: target/wasm32-wasip1/release/filter.wasm`.',
      'Missing input',
    );
  }
  const optList = (name: string) => {
    const v = getInput(env, name);
    return v ? parseList(v) : undefined;
  };
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  return {
    module,
    format: parseChoice(env, 'format', FORMATS, 'solo'),
    runtimeType: getInput(env, 'runtime-type') || undefined,
    abiVersions: optList('abi-versions'),
    rootIds: optList('root-ids'),
    runtimeConfig: getInput(env, 'runtime-config') || undefined,
    registry: registry.registry,
    repository: getInput(env, 'repository') || env.GITHUB_REPOSITORY || '',
    tags: parseTagsInput(getInput(env, 'tags')),
    username: getInput(env, 'username') || env.GITHUB_ACTOR || '',
    password:
      getInput(env, 'password') || (registry.registry === 'ghcr.io' ? getInput(env, 'github-token') : ''),
    push: parseChoice(env, 'push', ['auto', 'true', 'false'] as const, 'auto'),
    plainHttp: parseBool(env, 'plain-http', false),
    annotations: parseAnnotationsInput(getInput(env, 'annotations')),
    ociLayout: getInput(env, 'oci-layout') || join(runnerTemp, 'wasm-oci', 'layout'),
    overwriteTags: parseBool(env, 'overwrite-tags', false),
    summary: parseBool(env, 'summary', true),
    signing: parseChoice(env, 'signing', ['auto', 'keyless', 'key', 'none'] as const, 'auto'),
    signingKey: getInput(env, 'signing-key'),
    signingKeyPassword: getInput(env, 'signing-key-password'),
    fulcioUrl: getInput(env, 'fulcio-url') || 'https://fulcio.sigstore.dev',
    rekorUrl: getInput(env, 'rekor-url'),
    tsaUrl: getInput(env, 'tsa-url'),
    cache: parseBool(env, 'cache', true),
    requireConsumers: parseList(getInput(env, 'require-consumers')),
    notices: registry.notice ? [registry.notice] : [],
  };
}

/** Secrets in the inputs: masked before anything can print them, and removed from the summary. */
export const SECRET_INPUTS = ['password', 'signing-key', 'signing-key-password'] as const;

export function secretValues(inputs: Inputs): string[] {
  const values = [inputs.password, inputs.signingKey, inputs.signingKeyPassword].filter((v) => v.length > 0);
  // Mask multi-line secrets (PEM keys) line by line too: the runner masks per line.
  const lines = values.flatMap((v) => v.split(/\r?\n/).filter((l) => l.trim().length >= 4));
  return [...new Set([...values, ...lines])];
}
