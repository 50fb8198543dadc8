/**
 * Registry answers mapped to errors people can act on. Every message names what failed; every `fix` says what to change.
 * Text that comes from the registry (error bodies, headers) passes through `untrusted()` before it reaches a message.
 */
import { UserError } from '../errors.js';
import { q, redact, untrusted } from '../log.js';

/** One entry of a registry error body: `{"errors":[{"code","message","detail"}]}`. */
export interface RegistryErrorEntry {
  code: string;
  message: string;
  detail?: unknown;
}

/** Failure classes that need different fixes. */
export type RegistryErrorKind =
  | 'credentials' // wrong username/password (token endpoint or Basic refused them)
  | 'unauthenticated' // no credentials given, registry wants some
  | 'permission' // credentials accepted, but not allowed to do this (push / pull / create)
  | 'name-unknown' // repository does not exist / name invalid
  | 'not-found' // blob or manifest not found
  | 'rate-limit' // 429
  | 'server' // 5xx after retries
  | 'network' // connection failed after retries
  | 'tls' // certificate problem
  | 'too-large' // 413 / size refusals
  | 'protocol' // the registry answered something a conforming registry would not
  | 'refused'; // any other 4xx

/** An error from a registry interaction: `status` is the HTTP status (0 for network errors), `code` the registry code. */
export class RegistryError extends UserError {
  constructor(
    message: string,
    fix: string | undefined,
    readonly status: number,
    readonly code: string,
    readonly kind: RegistryErrorKind,
    /** true when the retry policy may try again (5xx, 429, 408, connection errors) */
    readonly retryable = false,
    /** from `Retry-After`, when the registry sent one */
    readonly retryAfterMs?: number,
  ) {
    // Every registry message passes the one redaction (recorded secrets, `Basic …`/`Bearer …` credentials).
    super(redact(message), fix, 'Registry error');
    this.name = 'RegistryError';
  }
}

/** Context for turning a registry answer into an actionable message. */
export interface ErrorContext {
  registry: string;
  repository: string;
  /** what was being done, e.g. `upload blob sha256:…` (no untrusted text) */
  action: string;
  /** the auth scheme in use for this request */
  auth: 'anonymous' | 'basic' | 'bearer';
  /** credentials were configured */
  hasCredentials: boolean;
  username?: string;
}

export function isGhcr(registry: string): boolean {
  return /^ghcr\.io(:443)?$/i.test(registry);
}

/** Parse a registry error body; tolerant of empty, HTML or malformed bodies (returns []). */
export function parseErrorBody(body: Buffer | undefined): RegistryErrorEntry[] {
  if (!body || body.length === 0) return [];
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    const errors = (parsed as { errors?: unknown })?.errors;
    if (!Array.isArray(errors)) return [];
    return errors
      .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
      .map((e) => ({
        code: typeof e.code === 'string' ? e.code : '',
        message: typeof e.message === 'string' ? e.message : '',
        detail: e.detail,
      }));
  } catch {
    return [];
  }
}

/** The registry's own words, escaped, for appending to a message. */
export function describeBody(body: Buffer | undefined): string {
  const entries = parseErrorBody(body);
  if (entries.length > 0) {
    return entries
      .map((e) => {
        let s = [e.code, e.message].filter(Boolean).join(': ');
        if (e.detail !== undefined && e.detail !== null && e.detail !== '') {
          const d = typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail);
          s += ` (${d})`;
        }
        return untrusted(s, 300);
      })
      .join('; ');
  }
  if (!body || body.length === 0) return '';
  const text = body.toString('utf8').trim();
  if (/^\s*</.test(text)) return ''; // HTML error pages from proxies: not useful
  return untrusted(text, 200);
}

/** Parse `Retry-After` (delta-seconds or HTTP-date) into milliseconds. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\s*\d+\s*$/.test(v)) return Number(v.trim()) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

const GHCR_PERMISSION_FIX =
  'On GHCR: give the workflow `permissions: packages: write` and log in with `${{ github.actor }}` / ' +
  '`${{ secrets.GITHUB_TOKEN }}`. If the package was first pushed by hand (or from another repository), open the ' +
  "package settings on GitHub and under 'Manage Actions access' grant this repository the Write role. " +
  'For an organisation, check that its package-creation policy allows this repository to create packages ' +
  '(Settings > Packages) and that workflow permissions are not restricted to read-only.';

function credentialsFix(ctx: ErrorContext): string {
  if (isGhcr(ctx.registry)) {
    return (
      'Check the `username` and `password` inputs: on GHCR use `${{ github.actor }}` and `${{ secrets.GITHUB_TOKEN }}` ' +
      '(or a personal access token with the `write:packages` scope). A token that expired or was revoked is refused too.'
    );
  }
  return 'Check the `username` and `password` inputs (or the registry token) for this registry; the password may have expired or been revoked.';
}

function where(ctx: ErrorContext): string {
  return `${ctx.registry}/${ctx.repository}`;
}

function withRegistryWords(message: string, body: Buffer | undefined): string {
  const words = describeBody(body);
  return words ? `${message} The registry said: ${words}` : message;
}

/** Wrong username/password: the token endpoint or the registry (Basic) refused the credentials themselves. */
export function credentialsRejected(ctx: ErrorContext, status: number, body?: Buffer): RegistryError {
  const who = ctx.username ? ` for user ${q(ctx.username, 100)}` : '';
  return new RegistryError(
    withRegistryWords(
      `${ctx.registry} rejected the credentials${who} (HTTP ${status}) while trying to ${ctx.action}.`,
      body,
    ),
    credentialsFix(ctx),
    status,
    firstCode(body) || 'UNAUTHORIZED',
    'credentials',
  );
}

function firstCode(body: Buffer | undefined): string {
  return parseErrorBody(body)[0]?.code ?? '';
}

/**
 * Map a non-success registry answer to an actionable error.
 * `afterReauth` is true when a 401 persisted after a fresh token was obtained with accepted credentials.
 */
export function errorFromResponse(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer | undefined,
  ctx: ErrorContext,
): RegistryError {
  const code = firstCode(body);
  const bodyText = describeBody(body);
  const ghcr = isGhcr(ctx.registry);
  const retryAfterMs = parseRetryAfter(headers['retry-after']);

  if (status === 401) {
    if (!ctx.hasCredentials) {
      return new RegistryError(
        withRegistryWords(`${where(ctx)} requires authentication to ${ctx.action} (HTTP 401).`, body),
        ghcr
          ? 'Set the `username` input to `${{ github.actor }}` and `password` to `${{ secrets.GITHUB_TOKEN }}`, and give the job `permissions: packages: write`.'
          : 'Set the `username` and `password` inputs for this registry.',
        status,
        code || 'UNAUTHORIZED',
        'unauthenticated',
      );
    }
    if (ctx.auth === 'basic') return credentialsRejected(ctx, status, body);
    // Bearer: the credentials obtained a token, but the token does not grant this action.
    return permissionError(status, code || 'UNAUTHORIZED', body, ctx);
  }
  if (status === 403) return permissionError(status, code || 'DENIED', body, ctx);
  if (status === 404 && code === 'NAME_UNKNOWN') {
    return new RegistryError(
      withRegistryWords(
        `Repository ${q(where(ctx))} is unknown to the registry (while trying to ${ctx.action}).`,
        body,
      ),
      'Check the `registry` and `repository` inputs (names are lowercase). Some registries (Harbor projects, ECR, ' +
        'Artifact Registry) need the repository or project created before the first push.',
      status,
      code,
      'name-unknown',
    );
  }
  if (status === 400 && code === 'NAME_INVALID') {
    return new RegistryError(
      withRegistryWords(`The registry refused the repository name ${q(ctx.repository)}.`, body),
      'Use a lowercase repository name: components of [a-z0-9] separated by `.`, `_`, `__` or `-`, joined by `/`.',
      status,
      code,
      'name-unknown',
    );
  }
  if (status === 404) {
    return new RegistryError(
      withRegistryWords(`Not found in ${q(where(ctx))} while trying to ${ctx.action} (HTTP 404).`, body),
      'Check the reference; the content may have been deleted or never pushed.',
      status,
      code || 'NOT_FOUND',
      'not-found',
    );
  }
  if (status === 429) {
    const wait = retryAfterMs !== undefined ? ` (it asked to wait ${Math.ceil(retryAfterMs / 1000)} s)` : '';
    return new RegistryError(
      withRegistryWords(
        `${ctx.registry} is rate-limiting requests${wait}; gave up trying to ${ctx.action}.`,
        body,
      ),
      ghcr
        ? 'GHCR allows about 2000 layer pushes per minute per token: re-run the job later, and avoid many parallel pushes with the same token.'
        : 'Re-run the job later, reduce parallel pushes, or authenticate (anonymous clients get lower limits).',
      status,
      code || 'TOOMANYREQUESTS',
      'rate-limit',
      true,
      retryAfterMs,
    );
  }
  if (status === 413 || (status === 416 && /limit|exceed|size/i.test(bodyText))) {
    return new RegistryError(
      withRegistryWords(
        `${ctx.registry} refused the request as too large while trying to ${ctx.action} (HTTP ${status}).`,
        body,
      ),
      'The registry limits request sizes; the client switches to chunked upload for blobs. For manifests, reduce annotations.',
      status,
      code || 'SIZE_INVALID',
      'too-large',
    );
  }
  if (status >= 500 || status === 408) {
    return new RegistryError(
      withRegistryWords(
        `${ctx.registry} failed with HTTP ${status} while trying to ${ctx.action}, after retries.`,
        body,
      ),
      'The registry is having problems: check its status page and re-run the job later.',
      status,
      code || `HTTP_${status}`,
      'server',
      true,
      retryAfterMs,
    );
  }
  return new RegistryError(
    withRegistryWords(`${ctx.registry} refused to ${ctx.action} (HTTP ${status}).`, body),
    refusalFix(code),
    status,
    code || `HTTP_${status}`,
    'refused',
  );
}

function refusalFix(code: string): string {
  switch (code) {
    case 'MANIFEST_BLOB_UNKNOWN':
      return 'A blob the manifest references is missing: push all blobs before the manifest (a client bug if this action did it).';
    case 'MANIFEST_INVALID':
    case 'UNSUPPORTED':
      return 'The registry does not accept this manifest or media type: try another `format` (e.g. `compat`) or a registry that supports OCI artifacts.';
    case 'DIGEST_INVALID':
    case 'SIZE_INVALID':
      return 'The uploaded bytes did not match their digest or size: the file changed while it was being pushed, or a proxy altered it.';
    case 'TAG_INVALID':
      return 'Use a valid tag: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.';
    default:
      return 'See the registry message above; check the inputs and the registry documentation.';
  }
}

function permissionError(
  status: number,
  code: string,
  body: Buffer | undefined,
  ctx: ErrorContext,
): RegistryError {
  const words = describeBody(body);
  const ghcr = isGhcr(ctx.registry);
  let fix: string;
  if (ghcr && /installation not allowed to create organization package/i.test(words)) {
    fix =
      "The organisation's package policy forbids this workflow from creating packages: an organisation owner must " +
      'allow package creation (Organization settings > Packages > Package creation) or create the package and grant ' +
      "this repository the Write role under 'Manage Actions access'. Also check the job has `permissions: packages: write`.";
  } else if (ghcr) {
    fix = GHCR_PERMISSION_FIX;
  } else if (!ctx.hasCredentials) {
    fix = 'Set the `username` and `password` inputs for this registry.';
  } else {
    fix =
      'The credentials were accepted but lack permission: grant this account push (write) access to the repository.';
  }
  const who = ctx.hasCredentials ? 'The credentials were accepted but are' : 'Anonymous access is';
  return new RegistryError(
    withRegistryWords(`${who} not allowed to ${ctx.action} in ${q(where(ctx))} (HTTP ${status}).`, body),
    fix,
    status,
    code,
    'permission',
  );
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

const RETRYABLE_NET_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
]);

/** A failure below HTTP (DNS, TCP, TLS, timeouts). Message names the host only, never a full URL with query. */
export function networkError(err: unknown, host: string, plainHttp: boolean): RegistryError {
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : 'ECONNRESET';
  if (TLS_CODES.has(code) || /certificate|ssl|tls/i.test(String(e?.message ?? ''))) {
    return new RegistryError(
      `TLS connection to ${untrusted(host)} failed: ${untrusted(code)} ${untrusted(String(e?.message ?? ''), 200)}`,
      plainHttp
        ? 'Check the registry address.'
        : 'The registry certificate is not trusted: add its CA with NODE_EXTRA_CA_CERTS, or for a local test registry without TLS set `plain-http: true`.',
      0,
      code,
      'tls',
    );
  }
  return new RegistryError(
    `Could not talk to ${untrusted(host)}: ${untrusted(code)} ${untrusted(String(e?.message ?? ''), 200)}`.trim(),
    'Check the `registry` input and the network; the request was retried before giving up.',
    0,
    code,
    'network',
    RETRYABLE_NET_CODES.has(code) || code === 'ERR_STREAM_PREMATURE_CLOSE',
  );
}

/** Whether a thrown error may be retried under the retry policy. */
export function isRetryable(err: unknown): err is RegistryError {
  return err instanceof RegistryError && err.retryable;
}
