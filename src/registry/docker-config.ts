/**
 * Registry credentials from the Docker config file (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`), as
 * `docker login` writes them: `auths.<host>.auth` (base64 `user:password`), or `username`/`password`, or
 * `identitytoken`. Keys match the registry host exactly (case-insensitive), also in URL form (`https://host`,
 * `https://host/v1/`); `docker.io` also matches Docker Hub's legacy key `https://index.docker.io/v1/`.
 * Credential helpers (`credsStore`, `credHelpers`) are run by the CLI (src/cli/credentials.ts) before this file is read;
 * here an entry that only names a helper gives no credentials.
 * Nothing here logs or returns secret material except as the returned Credentials.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { readRegularFile } from '../read-file.js';
import type { Credentials } from './types.js';

export interface DockerAuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

export interface DockerConfig {
  auths?: Record<string, DockerAuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export interface DockerCredentials extends Credentials {
  /** the config key that matched, e.g. `https://ghcr.io` */
  key: string;
  /** how the secret was stored (an identity token is sent as the password of a Basic token request) */
  kind: 'auth' | 'username-password' | 'identitytoken';
}

/** Where the config file is: `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`. */
export function dockerConfigPath(env: Record<string, string | undefined> = process.env): string {
  if (env.DOCKER_CONFIG) return join(env.DOCKER_CONFIG, 'config.json');
  return join(env.HOME || homedir(), '.docker', 'config.json');
}

/** Read and parse the config; undefined when the file does not exist. A malformed file is a UserError. */
export async function readDockerConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    // Only a regular file, read with a byte limit (a FIFO or a device is refused, never read).
    const bytes = await readRegularFile(path, {
      what: 'The Docker config file',
      limit: 4 << 20,
      title: 'Docker config',
      fix: 'Point DOCKER_CONFIG at a directory holding a config.json file, or pass --username with --password-stdin.',
    });
    text = bytes.toString('utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UserError(
      `The Docker config file ${q(path)} could not be read (${code ?? 'error'}).`,
      'Fix its permissions, point DOCKER_CONFIG at another directory, or pass --username with --password-stdin.',
      'Docker config',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The parser's message may quote the file (and so a secret): not included.
    throw new UserError(
      `The Docker config file ${q(path)} is not valid JSON.`,
      'Repair it (or run `docker login` again), point DOCKER_CONFIG elsewhere, or pass --username with --password-stdin.',
      'Docker config',
    );
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(
      `The Docker config file ${q(path)} is not a JSON object.`,
      'Repair it, or run `docker login` again.',
      'Docker config',
    );
  }
  return data as DockerConfig;
}

/** `https://Host:5000/v1/` -> `host:5000`; `host` -> `host`. */
export function normaliseAuthKey(key: string): string {
  let s = key.trim();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = s.indexOf('/');
  if (slash >= 0) s = s.slice(0, slash);
  return s.toLowerCase();
}

const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];

function hostsFor(registry: string): string[] {
  const r = registry.toLowerCase();
  return DOCKER_HUB_ALIASES.includes(r) ? DOCKER_HUB_ALIASES : [r];
}

/**
 * The credentials stored for `registry` (host[:port]), or undefined. An exact key (`ghcr.io`) wins over a URL-form key
 * (`https://ghcr.io`). A present but undecodable entry is a UserError naming the key, never its content.
 */
export function credentialsFromConfig(
  config: DockerConfig | undefined,
  registry: string,
): DockerCredentials | undefined {
  const auths = config?.auths;
  if (!auths || typeof auths !== 'object') return undefined;
  const hosts = hostsFor(registry);
  const keys = Object.keys(auths);
  const exact = keys.filter((k) => hosts.includes(k.trim().toLowerCase()));
  const urlForm = keys.filter((k) => !exact.includes(k) && hosts.includes(normaliseAuthKey(k)));
  for (const key of [...exact, ...urlForm]) {
    const c = decodeEntry(key, auths[key]);
    if (c) return c;
  }
  return undefined;
}

function decodeEntry(key: string, e: DockerAuthEntry | undefined): DockerCredentials | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const bad = (what: string) =>
    new UserError(
      `The Docker config entry for ${q(key)} has ${what}.`,
      'Run `docker login` for this registry again, or pass --username with --password-stdin.',
      'Docker config',
    );
  let user: string | undefined;
  let password: string | undefined;
  if (typeof e.auth === 'string' && e.auth !== '') {
    if (!/^[A-Za-z0-9+/=\s]+$/.test(e.auth)) throw bad('an `auth` value that is not base64');
    const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw bad('an `auth` value that does not decode to user:password');
    user = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (typeof e.username === 'string' && e.username !== '') user = e.username;
  if (typeof e.password === 'string' && e.password !== '') password = e.password;
  if (typeof e.identitytoken === 'string' && e.identitytoken !== '') {
    return { username: user || '<token>', password: e.identitytoken, key, kind: 'identitytoken' };
  }
  if (password) {
    return {
      username: user ?? '',
      password,
      key,
      kind: typeof e.auth === 'string' && e.auth !== '' ? 'auth' : 'username-password',
    };
  }
  return undefined;
}

/** Read the config at `dockerConfigPath(env)` and look `registry` up. */
export async function dockerCredentials(
  registry: string,
  env: Record<string, string | undefined> = process.env,
): Promise<DockerCredentials | undefined> {
  return credentialsFromConfig(await readDockerConfig(dockerConfigPath(env)), registry);
}
