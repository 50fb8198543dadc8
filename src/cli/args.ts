/**
 * Argument handling shared by the CLI commands: usage errors (exit 2), `node:util` parseArgs with the CLI's
 * conventions, image references, stdin secrets, and the set of secrets no output may contain.
 * Loads nothing heavy: `--help` and usage errors stay fast.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { q } from '../log.js';
import { DIGEST_RE, REPOSITORY_RE, TAG_RE } from '../oci/types.js';

/** A mistake in how the command was called: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  verbose: { type: 'boolean', short: 'v' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies Options;

/** Registry access options (every command that talks to a registry). */
export const REGISTRY_OPTIONS = {
  'plain-http': { type: 'boolean' },
  username: { type: 'string', short: 'u' },
  password: { type: 'string', short: 'p' },
  'password-stdin': { type: 'boolean' },
  'oci-layout': { type: 'string' },
} as const satisfies Options;

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** parseArgs, strict, with its errors turned into UsageErrors naming the command. */
export function parse(
  command: string,
  argv: string[],
  options: Options,
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (e) {
    const msg = (e as Error).message.replace(/\s*To specify a positional argument.*$/s, '');
    throw new UsageError(msg, command);
  }
}

export function str(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function bool(values: Values, name: string): boolean {
  return values[name] === true;
}

export function list(values: Values, name: string): string[] {
  const v = values[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((x): x is string => typeof x === 'string');
}

/** `a,b c` -> ['a','b','c'] */
export function splitList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** `registry/repository[:tag][@digest]` */
export interface ImageRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const HOST_CHARS_RE = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?$/;

/** Docker's rule: the first component is a registry host when it is `localhost` or has a `.` or a `:`. */
function isHost(s: string): boolean {
  return (s === 'localhost' || s.includes('.') || s.includes(':')) && HOST_CHARS_RE.test(s);
}

/** Parse an image reference that names its registry host. UsageError when it does not parse. */
export function parseReference(text: string, command: string): ImageRef {
  const bad = (why: string) =>
    new UsageError(
      `${q(text, 200)} is not a valid reference: ${why}. Write registry/repository:tag or registry/repository@sha256:<hex>, ` +
        'e.g. ghcr.io/acme/filter:v1.',
      command,
    );
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw bad('the digest is not sha256:<64 lowercase hex>');
  }
  const slash = rest.indexOf('/');
  if (slash < 0) throw bad('it has no registry host');
  const registry = rest.slice(0, slash);
  if (!isHost(registry)) throw bad(`${q(registry, 100)} is not a registry host (host[:port])`);
  let repository = rest.slice(slash + 1);
  let tag: string | undefined;
  const lastSlash = repository.lastIndexOf('/');
  const colon = repository.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = repository.slice(colon + 1);
    repository = repository.slice(0, colon);
    if (!TAG_RE.test(tag)) throw bad(`the tag ${q(tag, 140)} is not a valid tag`);
  }
  if (!REPOSITORY_RE.test(repository)) {
    throw bad(
      /[A-Z]/.test(repository)
        ? 'repository names are lowercase'
        : `${q(repository, 200)} is not a valid repository name`,
    );
  }
  return { registry: registry.toLowerCase(), repository, tag, digest };
}

/** A tag or digest inside an OCI layout. */
export function parseLayoutReference(text: string, command: string): string {
  const t = text.trim();
  if (DIGEST_RE.test(t) || TAG_RE.test(t)) return t;
  throw new UsageError(
    `${q(text, 200)} is not a tag or digest; with --oci-layout, the reference is a tag of the layout (e.g. v1) or sha256:<hex>.`,
    command,
  );
}

/** Secrets given to this process: redacted from anything printed. */
export const secrets = new Set<string>();

export function addSecret(value: string | undefined): void {
  if (!value) return;
  secrets.add(value);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) secrets.add(line.trim());
}

export function redact(text: string): string {
  let s = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 3 && s.includes(secret)) s = s.split(secret).join('***');
  }
  return s;
}

let stdinUsedBy: string | undefined;

/** Read all of stdin once (for `--password-stdin` and friends), without the trailing newline. */
export async function readStdinSecret(flag: string, command: string): Promise<string> {
  if (stdinUsedBy) throw new UsageError(`${flag} and ${stdinUsedBy} cannot both read stdin.`, command);
  stdinUsedBy = flag;
  if (process.stdin.isTTY) {
    throw new UsageError(
      `${flag} reads the secret from stdin, but stdin is a terminal; pipe it in.`,
      command,
    );
  }
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  const value = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!value) throw new UsageError(`${flag} was given but stdin was empty.`, command);
  addSecret(value);
  return value;
}
