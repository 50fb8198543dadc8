/**
 * Registry credentials for a CLI command, in order: `--username` with `--password-stdin` (or `--password`), else the
 * Docker config file as docker reads it: the registry's credential helper (`credHelpers`), else the default one
 * (`credsStore`), else the `auths` entry for the registry host; else anonymous.
 * Credential helpers follow the docker-credential-helpers protocol: `docker-credential-<name> get` with the server
 * URL on stdin prints `{"ServerURL","Username","Secret"}`; the username `<token>` marks an identity token.
 */
import { execFile } from 'node:child_process';
import {
  credentialsFromConfig,
  dockerConfigPath,
  normaliseAuthKey,
  readDockerConfig,
  type DockerConfig,
} from '../registry/docker-config.js';
import type { Credentials } from '../registry/types.js';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { addSecret, bool, readStdinSecret, str, UsageError, type Values } from './args.js';
import type { Logger } from './output.js';

/** What a helper may print (a JSON object with a token): anything longer is refused. */
const MAX_HELPER_OUTPUT = 64 * 1024;
const HELPER_TIMEOUT_MS = 60_000;
const HELPER_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const DOCKER_HUB = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];

export async function resolveCredentials(
  values: Values,
  registry: string,
  command: string,
  log: Logger,
): Promise<Credentials | undefined> {
  const username = str(values, 'username');
  let password = str(values, 'password');
  const fromStdin = bool(values, 'password-stdin');
  if (password !== undefined && fromStdin) {
    throw new UsageError('--password and --password-stdin are mutually exclusive.', command);
  }
  if (password !== undefined) {
    addSecret(password);
    log.warn(
      '--password on the command line is visible to other users of this machine; prefer --password-stdin.',
    );
  }
  if (fromStdin) password = await readStdinSecret('--password-stdin', command);
  if (password !== undefined && !username) {
    throw new UsageError(`${fromStdin ? '--password-stdin' : '--password'} needs --username.`, command);
  }
  if (username && password === undefined) {
    throw new UsageError('--username needs --password-stdin (or --password).', command);
  }
  if (username && password !== undefined) return { username, password };
  return configCredentials(registry, log);
}

/** Credentials from the Docker config: helper first (as docker does), then the `auths` entry. */
async function configCredentials(registry: string, log: Logger): Promise<Credentials | undefined> {
  const path = dockerConfigPath(process.env);
  const config = await readDockerConfig(path);
  const helper = helperFor(config, registry);
  if (helper) {
    const got = await runHelper(helper.name, serverUrl(registry), helper.explicit, log);
    if (got !== 'missing') {
      log.debug(
        got
          ? `Using the credentials for ${registry} from docker-credential-${helper.name} (${helper.from} in ${q(path)}).`
          : `docker-credential-${helper.name} has no credentials for ${registry}; anonymous.`,
      );
      return got;
    }
  }
  const found = credentialsFromConfig(config, registry);
  if (found) {
    addSecret(found.password);
    log.debug(`Using the ${found.kind} credentials for ${q(found.key)} from ${q(path)}.`);
    return { username: found.username, password: found.password };
  }
  log.debug(`No credentials for ${registry} in ${q(path)}; anonymous.`);
  return undefined;
}

interface HelperChoice {
  name: string;
  /** `credHelpers` names it for this registry (a missing helper is then an error, not a fallback) */
  explicit: boolean;
  from: string;
}

/** The helper docker would ask for `registry`: `credHelpers` (host or URL key) wins over `credsStore`. */
export function helperFor(config: DockerConfig | undefined, registry: string): HelperChoice | undefined {
  const hosts = DOCKER_HUB.includes(registry) ? DOCKER_HUB : [registry];
  const helpers = config?.credHelpers;
  if (helpers && typeof helpers === 'object') {
    for (const [key, name] of Object.entries(helpers)) {
      if (typeof name === 'string' && name && hosts.includes(normaliseAuthKey(key))) {
        return { name: checkedName(name, 'credHelpers'), explicit: true, from: `credHelpers[${q(key)}]` };
      }
    }
  }
  const store = config?.credsStore;
  if (typeof store === 'string' && store) {
    return { name: checkedName(store, 'credsStore'), explicit: false, from: 'credsStore' };
  }
  return undefined;
}

function checkedName(name: string, field: string): string {
  if (HELPER_NAME_RE.test(name)) return name;
  throw new UserError(
    `The Docker config's ${field} names the credential helper ${q(name, 100)}, which is not a helper name.`,
    'Fix the entry (e.g. "credsStore": "pass" runs docker-credential-pass), or pass --username with --password-stdin.',
    'Docker config',
  );
}

/** The server URL docker stores credentials under: Docker Hub's legacy URL, else the registry host. */
export function serverUrl(registry: string): string {
  return DOCKER_HUB.includes(registry) ? 'https://index.docker.io/v1/' : registry;
}

/**
 * `docker-credential-<name> get`: the credentials, undefined when the helper has none for this server, or 'missing'
 * when the helper is not installed and was only the default store (the `auths` entries are used instead).
 */
export async function runHelper(
  name: string,
  server: string,
  explicit: boolean,
  log: Logger,
): Promise<Credentials | undefined | 'missing'> {
  const program = `docker-credential-${name}`;
  const fail = (what: string) =>
    new UserError(
      `The Docker credential helper ${program} ${what}.`,
      `Check it with \`echo ${server} | ${program} get\`, log in again (\`docker login ${server}\`), or pass --username with --password-stdin.`,
      'Docker credential helper',
    );
  const { code, stdout, stderr } = await runProgram(program, server);
  if (code === 'ENOENT') {
    if (!explicit) {
      log.warn(
        `The Docker config's credsStore is ${q(name)}, but ${program} is not on PATH; using its auths entries.`,
      );
      return 'missing';
    }
    throw fail(`is named for ${server} in the Docker config (credHelpers) but is not on PATH`);
  }
  if (code !== 0) {
    // The protocol's "not found" answer (exit 1, `credentials not found in native keychain`).
    if (/credentials not found/i.test(stdout + stderr)) return undefined;
    const said = (stderr.trim() || stdout.trim()).split('\n')[0] ?? '';
    const why =
      code === 'timeout'
        ? 'no answer within 60 s'
        : code === 'overflow'
          ? 'more than 64 KiB of output'
          : `exit ${code}`;
    throw fail(`failed (${why})${said ? `: ${q(said, 200)}` : ''}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw fail('did not print a JSON object'); // its output may hold a secret: not quoted
  }
  const o = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  const user = typeof o.Username === 'string' ? o.Username : '';
  const secret = typeof o.Secret === 'string' ? o.Secret : '';
  if (!secret) return undefined;
  addSecret(secret);
  // `<token>` is docker's marker for an identity token; it is sent like the `identitytoken` of a config entry.
  return { username: user, password: secret };
}

/** Run `program get` with `input` on stdin; never through a shell. */
function runProgram(
  program: string,
  input: string,
): Promise<{ code: number | 'ENOENT' | 'timeout' | 'overflow'; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      program,
      ['get'],
      { timeout: HELPER_TIMEOUT_MS, maxBuffer: MAX_HELPER_OUTPUT, encoding: 'utf8', windowsHide: true },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { killed?: boolean; code?: unknown }) | null;
        if (!e) return resolve({ code: 0, stdout, stderr });
        if (e.code === 'ENOENT') return resolve({ code: 'ENOENT', stdout: '', stderr: '' });
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          return resolve({ code: 'overflow', stdout: '', stderr: '' });
        if (e.killed) return resolve({ code: 'timeout', stdout: '', stderr: '' });
        resolve({ code: typeof e.code === 'number' ? e.code : 1, stdout, stderr });
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input); // as docker sends it: the server URL, no newline
  });
}
