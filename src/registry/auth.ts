/**
 * Registry authentication: anonymous, Basic, and Bearer tokens per the distribution token spec.
 * The registry is probed anonymously first (`GET /v2/`): GHCR answers Basic credentials on `/v2/` with DENIED and no
 * challenge, so the challenge must come from an anonymous request. Tokens are cached per registry + scope set and
 * honour `expires_in` (default 60 s). Credentials never appear in errors or logs: the password, base64(user:password)
 * and every token are recorded as secrets (masked, redacted) the moment they exist.
 * Challenges are taken only from the registry's own origin (the `/v2/` ping and same-origin answers, as docker does):
 * a 401 from a redirect target is an error, never a new realm. A realm on another host is allowed (GHCR, Docker Hub)
 * but only over HTTPS unless `plain-http`. Credentials go only to the registry's origin and the realm it names.
 */
import { UserError } from '../errors.js';
import { addBasicCredentials, addSecret, untrusted } from '../log.js';
import type { Credentials } from './types.js';
import { RegistryError, credentialsRejected, errorFromResponse, type ErrorContext } from './errors.js';
import type { HttpResponse, Transport } from './transport.js';

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parse a `WWW-Authenticate` header into challenges (`Bearer realm="…",service="…",scope="…"`). */
export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  const values = Array.isArray(header) ? header : header ? [header] : [];
  const out: Challenge[] = [];
  for (const v of values) {
    let i = 0;
    let current: Challenge | undefined;
    const skip = (chars: string): void => {
      while (i < v.length && chars.includes(v[i])) i++;
    };
    while (i < v.length) {
      skip(' \t,');
      const m = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+/.exec(v.slice(i));
      if (!m) break;
      const name = m[0];
      i += name.length;
      skip(' \t');
      if (v[i] !== '=') {
        current = { scheme: name.toLowerCase(), params: {} };
        out.push(current);
        continue;
      }
      i++;
      skip(' \t');
      let value = '';
      if (v[i] === '"') {
        i++;
        while (i < v.length && v[i] !== '"') {
          if (v[i] === '\\' && i + 1 < v.length) i++;
          value += v[i++];
        }
        i++;
      } else {
        while (i < v.length && v[i] !== ',' && v[i] !== ' ') value += v[i++];
      }
      if (current) current.params[name.toLowerCase()] = value;
    }
  }
  return out;
}

/** Merge scopes (`repository:<name>:<actions>`), union of actions per resource, stable order. */
export function mergeScopes(...lists: (string[] | undefined)[]): string[] {
  const byResource = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const scope of list ?? []) {
      for (const one of scope.split(' ').filter(Boolean)) {
        const i = one.lastIndexOf(':');
        if (i <= 0) continue;
        const resource = one.slice(0, i);
        const actions = byResource.get(resource) ?? new Set<string>();
        for (const a of one.slice(i + 1).split(',')) if (a) actions.add(a);
        byResource.set(resource, actions);
      }
    }
  }
  return [...byResource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([r, actions]) => `${r}:${[...actions].sort().join(',')}`);
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

export type AuthScheme = 'anonymous' | 'basic' | 'bearer';

export interface AuthenticatorOptions {
  registry: string;
  /** `http://host` or `https://host` */
  baseUrl: string;
  plainHttp: boolean;
  credentials?: Credentials;
  repository: string;
  /** clock, for tests */
  now?: () => number;
}

const DEFAULT_EXPIRES_IN_S = 60;
/** A token response is a small JSON object (GHCR's and Docker Hub's are a few KiB). */
const MAX_TOKEN_RESPONSE_BYTES = 64 << 10;

export class Authenticator {
  private scheme: AuthScheme = 'anonymous';
  private bearer?: { realm: string; service?: string };
  private probed?: Promise<void>;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly inflight = new Map<string, Promise<string>>();
  /** number of token requests made (observability for tests and debug logs) */
  tokenRequests = 0;

  private readonly origin: string;

  constructor(
    private readonly transport: Transport,
    private readonly opts: AuthenticatorOptions,
  ) {
    this.origin = new URL(opts.baseUrl).origin;
    if (opts.credentials) addBasicCredentials(opts.credentials.username, opts.credentials.password);
  }

  get currentScheme(): AuthScheme {
    return this.scheme;
  }

  get hasCredentials(): boolean {
    return !!this.opts.credentials && this.opts.credentials.password !== '';
  }

  /**
   * A 401 must come from the registry's own origin to be taken as a challenge: one from a redirect target (object
   * storage, a CDN, or an attacker the registry points at) is refused, naming that host, and its realm never used.
   */
  assertOwnChallenge(res: HttpResponse): void {
    let answered: URL;
    try {
      answered = new URL(res.url);
    } catch {
      return;
    }
    if (answered.origin === this.origin) return;
    throw new RegistryError(
      `${this.opts.registry} redirected a request to ${untrusted(answered.host)}, which answered 401 asking for ` +
        'credentials; credentials are only ever sent to the registry itself and the token service it names, so the request failed.',
      'Check the `registry` input and the registry configuration (its storage redirect must not require authentication).',
      401,
      'FOREIGN_CHALLENGE',
      'protocol',
    );
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  ctx(action: string): ErrorContext {
    return {
      registry: this.opts.registry,
      repository: this.opts.repository,
      action,
      auth: this.scheme,
      hasCredentials: this.hasCredentials,
      username: this.opts.credentials?.username,
    };
  }

  /** Probe `GET /v2/` anonymously once, to learn the auth scheme. */
  probe(): Promise<void> {
    this.probed ??= this.doProbe().catch((e) => {
      this.probed = undefined;
      throw e;
    });
    return this.probed;
  }

  private async doProbe(): Promise<void> {
    const res = await this.transport.request({ method: 'GET', url: `${this.opts.baseUrl}/v2/` });
    if (res.status >= 200 && res.status < 300) {
      await res.drain();
      // Open registry. It may still challenge per repository: handled lazily in `challenged()`.
      this.scheme = 'anonymous';
      return;
    }
    if (res.status === 401) {
      this.assertOwnChallenge(res);
      this.adopt(res.headers['www-authenticate']);
      return;
    }
    if (res.status === 404) {
      throw new RegistryError(
        `${this.opts.registry} does not serve the OCI distribution API (GET /v2/ answered 404).`,
        'Check the `registry` input: it must be the registry host (e.g. `ghcr.io`), not a web page or a path.',
        404,
        'NOT_A_REGISTRY',
        'protocol',
      );
    }
    throw errorFromResponse(
      res.status,
      res.headers,
      res.errorBody,
      this.ctx('reach the registry API (GET /v2/)'),
    );
  }

  /** Take the scheme from a challenge; a 401 without any challenge means "send Basic" when we have credentials. */
  private adopt(header: string | string[] | undefined): Challenge | undefined {
    const challenges = parseChallenges(header);
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (bearer) {
      this.scheme = 'bearer';
      this.bearer = { realm: bearer.params.realm, service: bearer.params.service };
      return bearer;
    }
    this.scheme = challenges.some((c) => c.scheme === 'basic') || this.hasCredentials ? 'basic' : 'anonymous';
    return challenges[0];
  }

  private key(scopes: string[]): string {
    return `${this.opts.registry}|${mergeScopes(scopes).join(' ')}`;
  }

  /** The Authorization header value for a request needing `scopes` (undefined: send none). */
  async header(scopes: string[]): Promise<string | undefined> {
    await this.probe();
    if (this.scheme === 'basic') return this.basic();
    if (this.scheme !== 'bearer') return undefined;
    const key = this.key(scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > this.now()) return `Bearer ${cached.token}`;
    // Concurrent requests needing the same token share one token request.
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.fetchToken(scopes).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return `Bearer ${await pending}`;
  }

  /**
   * A request was answered 401. Re-authenticate once: drop the cached token, read the new challenge (it may name an
   * extra scope), fetch a fresh token. Returns the header to retry with, or undefined when retrying cannot help.
   */
  async challenged(
    header: string | string[] | undefined,
    scopes: string[],
    sent?: string,
  ): Promise<string | undefined> {
    const before = this.scheme;
    const challenge = this.adopt(header);
    if (this.scheme === 'basic') {
      // Basic credentials already sent and refused: nothing more to try.
      if (before === 'basic' && sent) return undefined;
      return this.basic();
    }
    if (this.scheme !== 'bearer') return undefined;
    const wanted = mergeScopes(scopes, challenge?.params.scope ? [challenge.params.scope] : []);
    this.tokens.delete(this.key(scopes));
    this.tokens.delete(this.key(wanted));
    const token = await this.fetchToken(wanted);
    this.store(scopes, this.tokens.get(this.key(wanted)));
    return `Bearer ${token}`;
  }

  private store(scopes: string[], t: CachedToken | undefined): void {
    if (t) this.tokens.set(this.key(scopes), t);
  }

  private basic(): string | undefined {
    const c = this.opts.credentials;
    if (!c || c.password === '') return undefined;
    return 'Basic ' + Buffer.from(`${c.username}:${c.password}`).toString('base64');
  }

  private async fetchToken(scopes: string[]): Promise<string> {
    if (!this.bearer) throw new Error('no bearer challenge');
    let realm: URL;
    try {
      realm = new URL(this.bearer.realm);
    } catch {
      throw new RegistryError(
        `${this.opts.registry} sent an invalid token realm ${JSON.stringify(untrusted(this.bearer.realm, 200))}.`,
        'Check the `registry` input; the registry (or a proxy) answers with a broken WWW-Authenticate header.',
        401,
        'BAD_CHALLENGE',
        'protocol',
      );
    }
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.opts.plainHttp)) {
      throw new UserError(
        `${this.opts.registry} asks for credentials to be sent to a non-HTTPS token service (${untrusted(realm.host)}); refusing.`,
        'Use a registry whose token service is HTTPS, or `plain-http: true` for a local test registry.',
        'Registry error',
      );
    }
    if (this.bearer.service) realm.searchParams.set('service', this.bearer.service);
    for (const s of mergeScopes(scopes)) realm.searchParams.append('scope', s);
    const headers: Record<string, string> = { accept: 'application/json' };
    const basic = this.basic();
    if (basic) headers.authorization = basic;
    this.tokenRequests++;
    const issuedAt = this.now();
    const res = await this.transport.request({ method: 'GET', url: realm.href, headers });
    const ctx = this.ctx('obtain a token');
    if (res.status === 401 || (res.status === 403 && this.hasCredentials)) {
      if (this.hasCredentials) throw credentialsRejected(ctx, res.status, res.errorBody);
      throw errorFromResponse(401, res.headers, res.errorBody, ctx);
    }
    if (res.status < 200 || res.status >= 300)
      throw errorFromResponse(res.status, res.headers, res.errorBody, ctx);
    const body = await res.read(MAX_TOKEN_RESPONSE_BYTES);
    let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      parsed = {};
    }
    const token =
      typeof parsed.token === 'string' && parsed.token
        ? parsed.token
        : typeof parsed.access_token === 'string'
          ? parsed.access_token
          : '';
    if (!token) {
      throw new RegistryError(
        `The token service of ${this.opts.registry} answered without a token.`,
        'Check the `registry` input; the token service did not follow the distribution token protocol.',
        res.status,
        'BAD_TOKEN_RESPONSE',
        'protocol',
      );
    }
    addSecret(token); // masked before anything can print it
    const expiresIn =
      typeof parsed.expires_in === 'number' && parsed.expires_in > 0
        ? parsed.expires_in
        : DEFAULT_EXPIRES_IN_S;
    // Refresh a little before expiry: 10 % of the lifetime, at most 10 s.
    const margin = Math.min(10_000, expiresIn * 100);
    this.tokens.set(this.key(scopes), { token, expiresAt: issuedAt + expiresIn * 1000 - margin });
    return token;
  }
}
