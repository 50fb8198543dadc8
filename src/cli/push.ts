/**
 * `wasm-oci push`: the action's pipeline (`run()` from main.ts) with inputs built from flags. The run's environment
 * has no GitHub event payload (GITHUB_EVENT_PATH removed), so the tags are exactly the ones given; SOURCE_DATE_EPOCH
 * and the GITHUB_* variables (provenance, annotations) are honoured. Prints the manifest digest on stdout.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env, Inputs } from '../context.js';
import { UserError } from '../errors.js';
import { consoleIo, type Io } from '../io.js';
import { q } from '../log.js';
import type { Format } from '../package/types.js';
import {
  addSecret,
  bool,
  COMMON_OPTIONS,
  list,
  parse,
  parseReference,
  readStdinSecret,
  redact,
  REGISTRY_OPTIONS,
  splitList,
  str,
  UsageError,
  type ImageRef,
  type Values,
} from './args.js';
import { resolveCredentials } from './credentials.js';
import { json, result, stderrLogger, type Logger } from './output.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...REGISTRY_OPTIONS,
  format: { type: 'string' },
  'runtime-type': { type: 'string' },
  'abi-versions': { type: 'string' },
  'root-ids': { type: 'string' },
  'runtime-config': { type: 'string' },
  annotation: { type: 'string', multiple: true },
  'require-consumers': { type: 'string' },
  'dry-run': { type: 'boolean' },
  'overwrite-tags': { type: 'boolean' },
  signing: { type: 'string' },
  'signing-key': { type: 'string' },
  'signing-key-password-stdin': { type: 'boolean' },
  'fulcio-url': { type: 'string' },
  'rekor-url': { type: 'string' },
  'tsa-url': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const FORMATS = ['solo', 'compat', 'cncf', 'auto'] as const;
const SIGNING = ['auto', 'keyless', 'key', 'none'] as const;

/** All references must name one registry/repository; returns it and the tags (`latest` when none is given). */
export function targetOf(refs: ImageRef[]): { registry: string; repository: string; tags: string[] } {
  const [first] = refs;
  for (const r of refs) {
    if (r.digest) {
      throw new UsageError(
        `push takes tags, not digests (${r.registry}/${r.repository}@${r.digest}): the digest is computed from the content.`,
        'push',
      );
    }
    if (r.registry !== first.registry || r.repository !== first.repository) {
      throw new UsageError(
        `all references must name the same registry/repository: ${first.registry}/${first.repository} and ` +
          `${r.registry}/${r.repository} differ (only tags may differ; push twice for two repositories).`,
        'push',
      );
    }
  }
  const tags = [...new Set(refs.map((r) => r.tag ?? 'latest'))];
  return { registry: first.registry, repository: first.repository, tags };
}

/** An annotation flag `key=value`. */
function annotations(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of values) {
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq).trim() : '';
    if (!key || !/^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/.test(key)) {
      throw new UsageError(
        `--annotation ${q(a, 120)} is not key=value with a valid key (A-Z a-z 0-9 . _ / -).`,
        'push',
      );
    }
    out[key] = a.slice(eq + 1);
  }
  return out;
}

function choice<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${choices.join(', ')}; got ${q(value, 40)}.`, 'push');
}

/** The Io for run(): console lines on stderr, with every secret run() registers redacted. */
function cliIo(opts: { verbose: boolean; quiet: boolean }): Io {
  const base = consoleIo(opts);
  const r = (m: string) => redact(m);
  return {
    ...base,
    info: (m) => base.info(r(m)),
    debug: (m) => base.debug(r(m)),
    notice: (m, p) => base.notice(r(m), p),
    warning: (m, p) => base.warning(r(m), p),
    error: (m, p) => base.error(r(m), p),
    setSecret: (s) => addSecret(s),
  };
}

/** The environment run() sees: this process's, without the GitHub event payload. */
export function runEnv(env: Env = process.env): Env {
  const out: Env = { ...env };
  delete out.GITHUB_EVENT_PATH;
  return out;
}

const RUNTIME_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const RUNTIME_FLAGS = ['runtime-type', 'abi-versions', 'root-ids', 'runtime-config'] as const;

/**
 * The runtime-config flags are checked in every format (a missing file or a malformed type is an error even where
 * the format does not use them); `--format cncf` has no runtime config, so any of them given gets a warning.
 */
async function checkRuntimeFlags(values: Values, format: string, log: Logger): Promise<void> {
  const type = str(values, 'runtime-type');
  if (type !== undefined && !RUNTIME_TYPE_RE.test(type)) {
    throw new UsageError(
      `--runtime-type ${q(type, 100)} is not a runtime type name (letters, digits, _ . -), e.g. envoy_proxy.`,
      'push',
    );
  }
  const file = str(values, 'runtime-config');
  if (file !== undefined) {
    const { readRuntimeConfigFile } = await import('../runtime-config.js');
    await readRuntimeConfigFile(file).catch((e: unknown) => {
      // The pipeline's fix names the action input; here it is a flag, resolved from the current directory.
      if (e instanceof UserError && e.title === 'Runtime config not found') {
        throw new UserError(
          e.message,
          'Pass the path of a runtime-config.json file to --runtime-config.',
          e.title,
        );
      }
      throw e;
    });
  }
  const ignored = RUNTIME_FLAGS.filter((f) => values[f] !== undefined);
  if (format === 'cncf' && ignored.length > 0) {
    log.warn(
      `--format cncf ignores ${ignored.map((f) => `--${f}`).join(', ')}: a CNCF Wasm artifact carries no runtime ` +
        'config. Drop them, or use --format solo, compat or auto to write them into the artifact.',
    );
  }
}

/** `git log -1 --format=%ct` in `cwd`: the commit time of HEAD in seconds, or undefined outside a git checkout. */
function headCommitTime(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['log', '-1', '--format=%ct'],
      { cwd, timeout: 10_000, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (err, stdout) => resolve(!err && /^\d{1,12}$/.test(stdout.trim()) ? stdout.trim() : undefined),
    );
  });
}

/**
 * Outside Actions the timestamps (`created`) come from SOURCE_DATE_EPOCH, else the commit time of git HEAD in the
 * current directory (set as SOURCE_DATE_EPOCH for the run); the run says which. Inside Actions the pipeline reads
 * the commit (GITHUB_WORKSPACE + GITHUB_SHA) itself.
 */
export async function withCommitTime(env: Env, log: Logger, cwd = process.cwd()): Promise<Env> {
  if (env.SOURCE_DATE_EPOCH?.trim()) {
    log.info(`Timestamps: SOURCE_DATE_EPOCH=${q(env.SOURCE_DATE_EPOCH.trim(), 20)}.`);
    return env;
  }
  if (env.GITHUB_WORKSPACE && env.GITHUB_SHA) return env;
  const epoch = await headCommitTime(cwd);
  if (epoch) {
    const when = new Date(Number(epoch) * 1000).toISOString().replace('.000Z', 'Z');
    log.info(
      `Timestamps: the commit time of git HEAD in ${q(cwd)} (${when}); set SOURCE_DATE_EPOCH to choose another.`,
    );
    return { ...env, SOURCE_DATE_EPOCH: epoch };
  }
  log.warn(
    `${q(cwd)} is not in a git checkout and SOURCE_DATE_EPOCH is not set: the artifact has no creation time ` +
      "(timestamps inside it are 1970-01-01). Run from the module's git checkout, or set SOURCE_DATE_EPOCH.",
  );
  return env;
}

/** The `--signing-key` file and its password (`--signing-key-password-stdin`, else `$COSIGN_PASSWORD`), as secrets. */
async function readSigningKey(
  values: Values,
  file: string | undefined,
): Promise<{ signingKey: string; signingKeyPassword: string }> {
  if (!file) {
    if (bool(values, 'signing-key-password-stdin')) {
      throw new UsageError('--signing-key-password-stdin needs --signing-key.', 'push');
    }
    return { signingKey: '', signingKeyPassword: '' };
  }
  let signingKey: string;
  try {
    signingKey = await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(
      `Cannot read the signing key ${q(file)} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
      'Pass the path of a P-256 private key PEM or a cosign.key file.',
      'Signing key',
    );
  }
  addSecret(signingKey);
  let signingKeyPassword = '';
  if (bool(values, 'signing-key-password-stdin')) {
    signingKeyPassword = await readStdinSecret('--signing-key-password-stdin', 'push');
  } else if (process.env.COSIGN_PASSWORD) {
    signingKeyPassword = process.env.COSIGN_PASSWORD;
    addSecret(signingKeyPassword);
  }
  return { signingKey, signingKeyPassword };
}

export async function push(argv: string[]): Promise<number> {
  const { values, positionals } = parse('push', argv, OPTIONS);
  const verbose = bool(values, 'verbose');
  const quiet = bool(values, 'quiet');
  const log = stderrLogger({ verbose, quiet });
  if (positionals.length < 2) {
    throw new UsageError(
      positionals.length === 0
        ? 'push needs a module file and at least one reference.'
        : 'push needs at least one reference (registry/repository:tag) after the module.',
      'push',
    );
  }
  const [module, ...refTexts] = positionals;
  const target = targetOf(refTexts.map((t) => parseReference(t, 'push')));
  const format = choice('format', str(values, 'format'), FORMATS) ?? 'solo';
  const signingKeyFile = str(values, 'signing-key');
  const signing = choice('signing', str(values, 'signing'), SIGNING) ?? (signingKeyFile ? 'key' : 'none');
  if (signingKeyFile && signing === 'none') {
    throw new UsageError('--signing-key was given with --signing none.', 'push');
  }
  await checkRuntimeFlags(values, format, log);
  const dryRun = bool(values, 'dry-run');
  const credentials = dryRun ? undefined : await resolveCredentials(values, target.registry, 'push', log);
  if (!dryRun && !credentials && target.registry === 'ghcr.io') {
    throw new UserError(
      'Pushing to ghcr.io needs credentials, and none were given or found in the Docker config.',
      'Pass --username with --password-stdin (a token with write:packages), or run `docker login ghcr.io`; ' +
        'or use --dry-run to validate and package only.',
      'Registry credentials required',
    );
  }

  const { signingKey, signingKeyPassword } = await readSigningKey(values, signingKeyFile);

  const layoutFlag = str(values, 'oci-layout');
  // A fresh temp directory of this run (RUNNER_TEMP for the pipeline: the provenance bundle goes there), removed at
  // the end; the layout goes there too unless --oci-layout names one.
  const temp = await mkdtemp(join(tmpdir(), 'wasm-oci-'));
  const layoutDir = layoutFlag ?? join(temp, 'layout');
  const inputs: Inputs = {
    module,
    format: format as Format | 'auto',
    runtimeType: str(values, 'runtime-type'),
    abiVersions: splitList(str(values, 'abi-versions')),
    rootIds: splitList(str(values, 'root-ids')),
    runtimeConfig: str(values, 'runtime-config'),
    registry: target.registry,
    repository: target.repository,
    tags: target.tags,
    username: credentials?.username ?? '',
    password: credentials?.password ?? '',
    push: dryRun ? 'false' : 'true',
    plainHttp: bool(values, 'plain-http'),
    annotations: annotations(list(values, 'annotation')),
    ociLayout: layoutDir,
    overwriteTags: bool(values, 'overwrite-tags'),
    summary: false,
    signing,
    signingKey,
    signingKeyPassword,
    fulcioUrl: str(values, 'fulcio-url') ?? 'https://fulcio.sigstore.dev',
    rekorUrl: str(values, 'rekor-url') ?? '',
    tsaUrl: str(values, 'tsa-url') ?? '',
    cache: false,
    requireConsumers: splitList(str(values, 'require-consumers')) ?? [],
  };
  try {
    const { run } = await import('../main.js');
    const env = await withCommitTime({ ...runEnv(), RUNNER_TEMP: temp }, log);
    const r = await run(inputs, env, cliIo({ verbose, quiet }));
    // The bundle was pushed as a referrer; its temp copy goes with the temp directory.
    if (bool(values, 'json'))
      json({ ...r, ociLayout: layoutFlag ? r.ociLayout : undefined, bundlePath: undefined });
    else result(r.digest);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return 0;
}
