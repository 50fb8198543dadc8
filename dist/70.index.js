export const id = 70;
export const ids = [70];
export const modules = {

/***/ 5070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
// EXTERNAL MODULE: ./src/package/manifest.ts
var manifest = __webpack_require__(1459);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/registry/errors.ts
/**
 * Registry answers mapped to errors people can act on. Every message names what failed; every `fix` says what to change.
 * Text that comes from the registry (error bodies, headers) passes through `untrusted()` before it reaches a message.
 */


/** An error from a registry interaction: `status` is the HTTP status (0 for network errors), `code` the registry code. */
class RegistryError extends errors/* UserError */.y {
    status;
    code;
    kind;
    retryable;
    retryAfterMs;
    constructor(message, fix, status, code, kind, 
    /** true when the retry policy may try again (5xx, 429, 408, connection errors) */
    retryable = false, 
    /** from `Retry-After`, when the registry sent one */
    retryAfterMs) {
        // Every registry message passes the one redaction (recorded secrets, `Basic …`/`Bearer …` credentials).
        super((0,log/* redact */.E$)(message), fix, 'Registry error');
        this.status = status;
        this.code = code;
        this.kind = kind;
        this.retryable = retryable;
        this.retryAfterMs = retryAfterMs;
        this.name = 'RegistryError';
    }
}
function isGhcr(registry) {
    return /^ghcr\.io(:443)?$/i.test(registry);
}
/** Parse a registry error body; tolerant of empty, HTML or malformed bodies (returns []). */
function parseErrorBody(body) {
    if (!body || body.length === 0)
        return [];
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const errors = parsed?.errors;
        if (!Array.isArray(errors))
            return [];
        return errors
            .filter((e) => typeof e === 'object' && e !== null)
            .map((e) => ({
            code: typeof e.code === 'string' ? e.code : '',
            message: typeof e.message === 'string' ? e.message : '',
            detail: e.detail,
        }));
    }
    catch {
        return [];
    }
}
/** The registry's own words, escaped, for appending to a message. */
function describeBody(body) {
    const entries = parseErrorBody(body);
    if (entries.length > 0) {
        return entries
            .map((e) => {
            let s = [e.code, e.message].filter(Boolean).join(': ');
            if (e.detail !== undefined && e.detail !== null && e.detail !== '') {
                const d = typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail);
                s += ` (${d})`;
            }
            return (0,log/* untrusted */.bp)(s, 300);
        })
            .join('; ');
    }
    if (!body || body.length === 0)
        return '';
    const text = body.toString('utf8').trim();
    if (/^\s*</.test(text))
        return ''; // HTML error pages from proxies: not useful
    return (0,log/* untrusted */.bp)(text, 200);
}
/** Parse `Retry-After` (delta-seconds or HTTP-date) into milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    const v = Array.isArray(value) ? value[0] : value;
    if (!v)
        return undefined;
    if (/^\s*\d+\s*$/.test(v))
        return Number(v.trim()) * 1000;
    const t = Date.parse(v);
    if (Number.isNaN(t))
        return undefined;
    return Math.max(0, t - now);
}
function isRetryableStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
const GHCR_PERMISSION_FIX = 'On GHCR: give the workflow `permissions: packages: write` and log in with `${{ github.actor }}` / ' +
    '`${{ secrets.GITHUB_TOKEN }}`. If the package was first pushed by hand (or from another repository), open the ' +
    "package settings on GitHub and under 'Manage Actions access' grant this repository the Write role. " +
    'For an organisation, check that its package-creation policy allows this repository to create packages ' +
    '(Settings > Packages) and that workflow permissions are not restricted to read-only.';
function credentialsFix(ctx) {
    if (isGhcr(ctx.registry)) {
        return ('Check the `username` and `password` inputs: on GHCR use `${{ github.actor }}` and `${{ secrets.GITHUB_TOKEN }}` ' +
            '(or a personal access token with the `write:packages` scope). A token that expired or was revoked is refused too.');
    }
    return 'Check the `username` and `password` inputs (or the registry token) for this registry; the password may have expired or been revoked.';
}
function where(ctx) {
    return `${ctx.registry}/${ctx.repository}`;
}
function withRegistryWords(message, body) {
    const words = describeBody(body);
    return words ? `${message} The registry said: ${words}` : message;
}
/** Wrong username/password: the token endpoint or the registry (Basic) refused the credentials themselves. */
function credentialsRejected(ctx, status, body) {
    const who = ctx.username ? ` for user ${(0,log.q)(ctx.username, 100)}` : '';
    return new RegistryError(withRegistryWords(`${ctx.registry} rejected the credentials${who} (HTTP ${status}) while trying to ${ctx.action}.`, body), credentialsFix(ctx), status, firstCode(body) || 'UNAUTHORIZED', 'credentials');
}
function firstCode(body) {
    return parseErrorBody(body)[0]?.code ?? '';
}
/**
 * Map a non-success registry answer to an actionable error.
 * `afterReauth` is true when a 401 persisted after a fresh token was obtained with accepted credentials.
 */
function errorFromResponse(status, headers, body, ctx) {
    const code = firstCode(body);
    const bodyText = describeBody(body);
    const ghcr = isGhcr(ctx.registry);
    const retryAfterMs = parseRetryAfter(headers['retry-after']);
    if (status === 401) {
        if (!ctx.hasCredentials) {
            return new RegistryError(withRegistryWords(`${where(ctx)} requires authentication to ${ctx.action} (HTTP 401).`, body), ghcr
                ? 'Set the `username` input to `${{ github.actor }}` and `password` to `${{ secrets.GITHUB_TOKEN }}`, and give the job `permissions: packages: write`.'
                : 'Set the `username` and `password` inputs for this registry.', status, code || 'UNAUTHORIZED', 'unauthenticated');
        }
        if (ctx.auth === 'basic')
            return credentialsRejected(ctx, status, body);
        // Bearer: the credentials obtained a token, but the token does not grant this action.
        return permissionError(status, code || 'UNAUTHORIZED', body, ctx);
    }
    if (status === 403)
        return permissionError(status, code || 'DENIED', body, ctx);
    if (status === 404 && code === 'NAME_UNKNOWN') {
        return new RegistryError(withRegistryWords(`Repository ${(0,log.q)(where(ctx))} is unknown to the registry (while trying to ${ctx.action}).`, body), 'Check the `registry` and `repository` inputs (names are lowercase). Some registries (Harbor projects, ECR, ' +
            'Artifact Registry) need the repository or project created before the first push.', status, code, 'name-unknown');
    }
    if (status === 400 && code === 'NAME_INVALID') {
        return new RegistryError(withRegistryWords(`The registry refused the repository name ${(0,log.q)(ctx.repository)}.`, body), 'Use a lowercase repository name: components of [a-z0-9] separated by `.`, `_`, `__` or `-`, joined by `/`.', status, code, 'name-unknown');
    }
    if (status === 404) {
        return new RegistryError(withRegistryWords(`Not found in ${(0,log.q)(where(ctx))} while trying to ${ctx.action} (HTTP 404).`, body), 'Check the reference; the content may have been deleted or never pushed.', status, code || 'NOT_FOUND', 'not-found');
    }
    if (status === 429) {
        const wait = retryAfterMs !== undefined ? ` (it asked to wait ${Math.ceil(retryAfterMs / 1000)} s)` : '';
        return new RegistryError(withRegistryWords(`${ctx.registry} is rate-limiting requests${wait}; gave up trying to ${ctx.action}.`, body), ghcr
            ? 'GHCR allows about 2000 layer pushes per minute per token: re-run the job later, and avoid many parallel pushes with the same token.'
            : 'Re-run the job later, reduce parallel pushes, or authenticate (anonymous clients get lower limits).', status, code || 'TOOMANYREQUESTS', 'rate-limit', true, retryAfterMs);
    }
    if (status === 413 || (status === 416 && /limit|exceed|size/i.test(bodyText))) {
        return new RegistryError(withRegistryWords(`${ctx.registry} refused the request as too large while trying to ${ctx.action} (HTTP ${status}).`, body), 'The registry limits request sizes; the client switches to chunked upload for blobs. For manifests, reduce annotations.', status, code || 'SIZE_INVALID', 'too-large');
    }
    if (status >= 500 || status === 408) {
        return new RegistryError(withRegistryWords(`${ctx.registry} failed with HTTP ${status} while trying to ${ctx.action}, after retries.`, body), 'The registry is having problems: check its status page and re-run the job later.', status, code || `HTTP_${status}`, 'server', true, retryAfterMs);
    }
    return new RegistryError(withRegistryWords(`${ctx.registry} refused to ${ctx.action} (HTTP ${status}).`, body), refusalFix(code), status, code || `HTTP_${status}`, 'refused');
}
function refusalFix(code) {
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
function permissionError(status, code, body, ctx) {
    const words = describeBody(body);
    const ghcr = isGhcr(ctx.registry);
    let fix;
    if (ghcr && /installation not allowed to create organization package/i.test(words)) {
        fix =
            "The organisation's package policy forbids this workflow from creating packages: an organisation owner must " +
                'allow package creation (Organization settings > Packages > Package creation) or create the package and grant ' +
                "this repository the Write role under 'Manage Actions access'. Also check the job has `permissions: packages: write`.";
    }
    else if (ghcr) {
        fix = GHCR_PERMISSION_FIX;
    }
    else if (!ctx.hasCredentials) {
        fix = 'Set the `username` and `password` inputs for this registry.';
    }
    else {
        fix =
            'The credentials were accepted but lack permission: grant this account push (write) access to the repository.';
    }
    const who = ctx.hasCredentials ? 'The credentials were accepted but are' : 'Anonymous access is';
    return new RegistryError(withRegistryWords(`${who} not allowed to ${ctx.action} in ${(0,log.q)(where(ctx))} (HTTP ${status}).`, body), fix, status, code, 'permission');
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
function networkError(err, host, plainHttp) {
    const e = err;
    const code = typeof e?.code === 'string' ? e.code : 'ECONNRESET';
    if (TLS_CODES.has(code) || /certificate|ssl|tls/i.test(String(e?.message ?? ''))) {
        return new RegistryError(`TLS connection to ${(0,log/* untrusted */.bp)(host)} failed: ${(0,log/* untrusted */.bp)(code)} ${(0,log/* untrusted */.bp)(String(e?.message ?? ''), 200)}`, plainHttp
            ? 'Check the registry address.'
            : 'The registry certificate is not trusted: add its CA with NODE_EXTRA_CA_CERTS, or for a local test registry without TLS set `plain-http: true`.', 0, code, 'tls');
    }
    return new RegistryError(`Could not talk to ${(0,log/* untrusted */.bp)(host)}: ${(0,log/* untrusted */.bp)(code)} ${(0,log/* untrusted */.bp)(String(e?.message ?? ''), 200)}`.trim(), 'Check the `registry` input and the network; the request was retried before giving up.', 0, code, 'network', RETRYABLE_NET_CODES.has(code) || code === 'ERR_STREAM_PREMATURE_CLOSE');
}
/** Whether a thrown error may be retried under the retry policy. */
function isRetryable(err) {
    return err instanceof RegistryError && err.retryable;
}

;// CONCATENATED MODULE: ./src/registry/auth.ts
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



/** Parse a `WWW-Authenticate` header into challenges (`Bearer realm="…",service="…",scope="…"`). */
function parseChallenges(header) {
    const values = Array.isArray(header) ? header : header ? [header] : [];
    const out = [];
    for (const v of values) {
        let i = 0;
        let current;
        const skip = (chars) => {
            while (i < v.length && chars.includes(v[i]))
                i++;
        };
        while (i < v.length) {
            skip(' \t,');
            const m = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+/.exec(v.slice(i));
            if (!m)
                break;
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
                    if (v[i] === '\\' && i + 1 < v.length)
                        i++;
                    value += v[i++];
                }
                i++;
            }
            else {
                while (i < v.length && v[i] !== ',' && v[i] !== ' ')
                    value += v[i++];
            }
            if (current)
                current.params[name.toLowerCase()] = value;
        }
    }
    return out;
}
/** Merge scopes (`repository:<name>:<actions>`), union of actions per resource, stable order. */
function mergeScopes(...lists) {
    const byResource = new Map();
    for (const list of lists) {
        for (const scope of list ?? []) {
            for (const one of scope.split(' ').filter(Boolean)) {
                const i = one.lastIndexOf(':');
                if (i <= 0)
                    continue;
                const resource = one.slice(0, i);
                const actions = byResource.get(resource) ?? new Set();
                for (const a of one.slice(i + 1).split(','))
                    if (a)
                        actions.add(a);
                byResource.set(resource, actions);
            }
        }
    }
    return [...byResource.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([r, actions]) => `${r}:${[...actions].sort().join(',')}`);
}
const DEFAULT_EXPIRES_IN_S = 60;
/** A token response is a small JSON object (GHCR's and Docker Hub's are a few KiB). */
const MAX_TOKEN_RESPONSE_BYTES = 64 << 10;
class Authenticator {
    transport;
    opts;
    scheme = 'anonymous';
    bearer;
    probed;
    tokens = new Map();
    inflight = new Map();
    /** number of token requests made (observability for tests and debug logs) */
    tokenRequests = 0;
    origin;
    constructor(transport, opts) {
        this.transport = transport;
        this.opts = opts;
        this.origin = new URL(opts.baseUrl).origin;
        if (opts.credentials)
            (0,log/* addBasicCredentials */._8)(opts.credentials.username, opts.credentials.password);
    }
    get currentScheme() {
        return this.scheme;
    }
    get hasCredentials() {
        return !!this.opts.credentials && this.opts.credentials.password !== '';
    }
    /**
     * A 401 must come from the registry's own origin to be taken as a challenge: one from a redirect target (object
     * storage, a CDN, or an attacker the registry points at) is refused, naming that host, and its realm never used.
     */
    assertOwnChallenge(res) {
        let answered;
        try {
            answered = new URL(res.url);
        }
        catch {
            return;
        }
        if (answered.origin === this.origin)
            return;
        throw new RegistryError(`${this.opts.registry} redirected a request to ${(0,log/* untrusted */.bp)(answered.host)}, which answered 401 asking for ` +
            'credentials; credentials are only ever sent to the registry itself and the token service it names, so the request failed.', 'Check the `registry` input and the registry configuration (its storage redirect must not require authentication).', 401, 'FOREIGN_CHALLENGE', 'protocol');
    }
    now() {
        return (this.opts.now ?? Date.now)();
    }
    ctx(action) {
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
    probe() {
        this.probed ??= this.doProbe().catch((e) => {
            this.probed = undefined;
            throw e;
        });
        return this.probed;
    }
    async doProbe() {
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
            throw new RegistryError(`${this.opts.registry} does not serve the OCI distribution API (GET /v2/ answered 404).`, 'Check the `registry` input: it must be the registry host (e.g. `ghcr.io`), not a web page or a path.', 404, 'NOT_A_REGISTRY', 'protocol');
        }
        throw errorFromResponse(res.status, res.headers, res.errorBody, this.ctx('reach the registry API (GET /v2/)'));
    }
    /** Take the scheme from a challenge; a 401 without any challenge means "send Basic" when we have credentials. */
    adopt(header) {
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
    key(scopes) {
        return `${this.opts.registry}|${mergeScopes(scopes).join(' ')}`;
    }
    /** The Authorization header value for a request needing `scopes` (undefined: send none). */
    async header(scopes) {
        await this.probe();
        if (this.scheme === 'basic')
            return this.basic();
        if (this.scheme !== 'bearer')
            return undefined;
        const key = this.key(scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt > this.now())
            return `Bearer ${cached.token}`;
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
    async challenged(header, scopes, sent) {
        const before = this.scheme;
        const challenge = this.adopt(header);
        if (this.scheme === 'basic') {
            // Basic credentials already sent and refused: nothing more to try.
            if (before === 'basic' && sent)
                return undefined;
            return this.basic();
        }
        if (this.scheme !== 'bearer')
            return undefined;
        const wanted = mergeScopes(scopes, challenge?.params.scope ? [challenge.params.scope] : []);
        this.tokens.delete(this.key(scopes));
        this.tokens.delete(this.key(wanted));
        const token = await this.fetchToken(wanted);
        this.store(scopes, this.tokens.get(this.key(wanted)));
        return `Bearer ${token}`;
    }
    store(scopes, t) {
        if (t)
            this.tokens.set(this.key(scopes), t);
    }
    basic() {
        const c = this.opts.credentials;
        if (!c || c.password === '')
            return undefined;
        return 'Basic ' + Buffer.from(`${c.username}:${c.password}`).toString('base64');
    }
    async fetchToken(scopes) {
        if (!this.bearer)
            throw new Error('no bearer challenge');
        let realm;
        try {
            realm = new URL(this.bearer.realm);
        }
        catch {
            throw new RegistryError(`${this.opts.registry} sent an invalid token realm ${JSON.stringify((0,log/* untrusted */.bp)(this.bearer.realm, 200))}.`, 'Check the `registry` input; the registry (or a proxy) answers with a broken WWW-Authenticate header.', 401, 'BAD_CHALLENGE', 'protocol');
        }
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.opts.plainHttp)) {
            throw new errors/* UserError */.y(`${this.opts.registry} asks for credentials to be sent to a non-HTTPS token service (${(0,log/* untrusted */.bp)(realm.host)}); refusing.`, 'Use a registry whose token service is HTTPS, or `plain-http: true` for a local test registry.', 'Registry error');
        }
        if (this.bearer.service)
            realm.searchParams.set('service', this.bearer.service);
        for (const s of mergeScopes(scopes))
            realm.searchParams.append('scope', s);
        const headers = { accept: 'application/json' };
        const basic = this.basic();
        if (basic)
            headers.authorization = basic;
        this.tokenRequests++;
        const issuedAt = this.now();
        const res = await this.transport.request({ method: 'GET', url: realm.href, headers });
        const ctx = this.ctx('obtain a token');
        if (res.status === 401 || (res.status === 403 && this.hasCredentials)) {
            if (this.hasCredentials)
                throw credentialsRejected(ctx, res.status, res.errorBody);
            throw errorFromResponse(401, res.headers, res.errorBody, ctx);
        }
        if (res.status < 200 || res.status >= 300)
            throw errorFromResponse(res.status, res.headers, res.errorBody, ctx);
        const body = await res.read(MAX_TOKEN_RESPONSE_BYTES);
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            parsed = {};
        }
        const token = typeof parsed.token === 'string' && parsed.token
            ? parsed.token
            : typeof parsed.access_token === 'string'
                ? parsed.access_token
                : '';
        if (!token) {
            throw new RegistryError(`The token service of ${this.opts.registry} answered without a token.`, 'Check the `registry` input; the token service did not follow the distribution token protocol.', res.status, 'BAD_TOKEN_RESPONSE', 'protocol');
        }
        (0,log/* addSecret */.Ck)(token); // masked before anything can print it
        const expiresIn = typeof parsed.expires_in === 'number' && parsed.expires_in > 0
            ? parsed.expires_in
            : DEFAULT_EXPIRES_IN_S;
        // Refresh a little before expiry: 10 % of the lifetime, at most 10 s.
        const margin = Math.min(10_000, expiresIn * 100);
        this.tokens.set(this.key(scopes), { token, expiresAt: issuedAt + expiresIn * 1000 - margin });
        return token;
    }
}

// EXTERNAL MODULE: ./src/registry/host.ts
var registry_host = __webpack_require__(637);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/registry/deadline.ts


const REGISTRY_TIMEOUT_ENV = 'WASM_OCI_REGISTRY_TIMEOUT_MS';
const DEFAULT_REGISTRY_TIMEOUT_MS = 10 * 60_000;
/** The deadline for one registry request: `WASM_OCI_REGISTRY_TIMEOUT_MS` when a positive integer, else 10 minutes. */
function registryTimeoutMs(env = process.env) {
    const raw = (env[REGISTRY_TIMEOUT_ENV] ?? '').trim();
    if (!/^[0-9]{1,9}$/.test(raw) || Number(raw) === 0)
        return DEFAULT_REGISTRY_TIMEOUT_MS;
    return Number(raw);
}
class Deadline {
    ms;
    method;
    url;
    end;
    timer;
    expired = false;
    request;
    response;
    constructor(ms, method, url) {
        this.ms = ms;
        this.method = method;
        this.url = url;
        this.end = Date.now() + ms;
        this.timer = setTimeout(() => this.fire(), ms);
        this.timer.unref?.();
    }
    /** The error for an expired deadline: the registry, the operation, and the setting that bounds it. */
    error() {
        let host = '(invalid URL)';
        let path = '';
        try {
            const u = new URL(this.url);
            host = u.host;
            path = u.pathname;
        }
        catch {
            /* keep the placeholders */
        }
        const s = Math.round(this.ms / 100) / 10;
        return new RegistryError(`${(0,log/* untrusted */.bp)(host)} did not finish ${this.method} ${(0,log/* untrusted */.bp)(path, 300)} within ${s} s ` +
            `(the deadline of one registry request, ${REGISTRY_TIMEOUT_ENV}=${this.ms}).`, 'The registry is stalled or very slow: check its status and re-run the job; for large transfers on a slow link ' +
            `raise the environment variable ${REGISTRY_TIMEOUT_ENV} (milliseconds).`, 0, 'DEADLINE_EXCEEDED', 'network');
    }
    get remainingMs() {
        return Math.max(0, this.end - Date.now());
    }
    /** Throw when the deadline has passed (between attempts). */
    check() {
        if (this.expired || this.remainingMs === 0) {
            this.expired = true;
            throw this.error();
        }
    }
    /** The request in flight (destroyed when the deadline passes). */
    track(request) {
        this.request = request;
        this.response = undefined;
        if (this.expired)
            request.destroy(this.error());
    }
    /** The response in flight; the deadline ends with its body (`end` or `close`). */
    trackResponse(response) {
        this.response = response;
    }
    /** The answer is complete (its body read, or it has none): stop watching. */
    done() {
        clearTimeout(this.timer);
    }
    /** The answer's body is handed to the caller: the deadline runs on until it is consumed. */
    watchBody(response) {
        if (response.readableEnded || response.destroyed) {
            this.done();
            return;
        }
        response.once('end', () => this.done());
        response.once('close', () => this.done());
    }
    fire() {
        this.expired = true;
        const e = this.error();
        const res = this.response;
        // A response nobody reads has no error listener: destroy it quietly rather than crash the process.
        if (res && !res.destroyed) {
            if (res.listenerCount('error') > 0)
                res.destroy(e);
            else
                res.destroy();
        }
        if (this.request && !this.request.destroyed)
            this.request.destroy(e);
    }
}

;// CONCATENATED MODULE: ./src/registry/file-body.ts

function isFileBody(body) {
    return !Buffer.isBuffer(body) && typeof body?.path === 'string';
}
/** Bytes per write of a file body: large writes keep the socket busy with few syscalls. */
const FILE_CHUNK = 1024 * 1024;
/**
 * Send a file range as the request body. Two buffers alternate; a buffer is refilled only after the socket took its
 * previous contents (the write callback), so at most two chunks are in flight and nothing is left for the GC.
 */
async function pumpFile(body, r, stopped) {
    const closed = new Promise((_, reject) => r.once('close', () => reject(new Error('the request closed while its body was being sent'))));
    closed.catch(() => undefined);
    const fh = await (0,promises_.open)(body.path, 'r');
    try {
        const bufs = [Buffer.allocUnsafe(FILE_CHUNK), Buffer.allocUnsafe(FILE_CHUNK)];
        const inFlight = [Promise.resolve(), Promise.resolve()];
        let pos = body.start ?? 0;
        let left = body.length;
        for (let k = 0; left > 0 && !stopped(); k ^= 1) {
            await Promise.race([inFlight[k], closed]);
            const { bytesRead } = await fh.read(bufs[k], 0, Math.min(FILE_CHUNK, left), pos);
            if (bytesRead === 0)
                throw new Error(`${body.path} is shorter than the ${body.length} bytes to send`);
            if (stopped())
                return;
            const view = bufs[k].subarray(0, bytesRead);
            inFlight[k] = new Promise((resolve, reject) => r.write(view, (e) => (e ? reject(e) : resolve())));
            inFlight[k].catch(() => undefined);
            pos += bytesRead;
            left -= bytesRead;
        }
        await Promise.race([Promise.all(inFlight), closed]);
        if (!stopped())
            r.end();
    }
    finally {
        await fh.close();
    }
}

;// CONCATENATED MODULE: ./src/registry/transport.ts
/**
 * One HTTP(S) transport for all registry traffic: retries (5xx / 429 with Retry-After / 408 / connection errors and
 * timeouts, bounded exponential backoff with jitter), manual redirects that never forward `Authorization` to another
 * origin, TLS verification unless the URL is plain http, streamed request bodies with exact Content-Length.
 */






/** ORAS `retry.DefaultPolicy`: 5 retries, 250 ms × 2^n, ±10 %, clamped to 200 ms – 3 s. */
const DEFAULT_RETRY_POLICY = {
    maxRetries: 5,
    baseDelayMs: 250,
    factor: 2,
    jitter: 0.1,
    minDelayMs: 200,
    maxDelayMs: 3000,
    maxRetryAfterMs: 60_000,
};
/** Delay before retry number `attempt + 1` (attempt counts from 0). */
function backoffDelay(attempt, p, random = Math.random) {
    const raw = p.baseDelayMs * p.factor ** attempt;
    const jittered = raw * (1 + p.jitter * (2 * random() - 1));
    return Math.min(p.maxDelayMs, Math.max(p.minDelayMs, jittered));
}
/** Error bodies are read up to this many bytes: enough for the registry's JSON errors, never an endless stream. */
const ERROR_BODY_LIMIT = 8 << 10;
const MAX_REDIRECTS = 10;
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** URL without query or fragment, for logs (upload locations and storage redirects carry signed state). */
function loggableUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}
async function readAll(stream, limit, what, discardOver = false) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const b = chunk;
        if (size + b.length > limit) {
            if (!discardOver) {
                stream.destroy();
                throw new RegistryError(`${what} answered with more than ${limit} bytes, more than such an answer can be; stopped reading.`, 'This is not a registry answer the client expects; check the `registry` input (or a proxy in front of it).', 0, 'RESPONSE_TOO_LARGE', 'protocol');
            }
            // Keep the first `limit` bytes and stop reading: an endless body must not hold the request open.
            if (size < limit)
                chunks.push(b.subarray(0, limit - size));
            stream.destroy();
            return Buffer.concat(chunks);
        }
        chunks.push(b);
        size += b.length;
    }
    return Buffer.concat(chunks);
}
class Transport {
    opts;
    policy;
    timeoutMs;
    deadlineMs;
    httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 16 });
    httpsAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: 16 });
    constructor(opts = {}) {
        this.opts = opts;
        this.policy = { ...DEFAULT_RETRY_POLICY, ...definedOnly(opts.retry ?? {}) };
        if (opts.retry?.minDelayMs !== undefined &&
            opts.retry.maxDelayMs !== undefined &&
            !opts.retry.baseDelayMs) {
            this.policy.baseDelayMs = opts.retry.minDelayMs;
        }
        this.timeoutMs = opts.timeoutMs ?? 120_000;
        this.deadlineMs = opts.deadlineMs ?? registryTimeoutMs();
    }
    /** Release pooled sockets. */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
    /** Wait before retry `attempt` (0-based): Retry-After when given (capped), else exponential backoff. */
    delayFor(attempt, retryAfterMs) {
        if (retryAfterMs !== undefined)
            return Math.min(retryAfterMs, this.policy.maxRetryAfterMs);
        return backoffDelay(attempt, this.policy);
    }
    /**
     * Run `op` under the retry policy: a thrown retryable RegistryError (5xx, 429, 408, connection errors) is retried
     * after a backoff; anything else is rethrown at once. Used for units larger than one request (an upload session).
     */
    async retrying(op) {
        for (let attempt = 0;; attempt++) {
            try {
                return await op(attempt);
            }
            catch (e) {
                if (!isRetryable(e) || attempt >= this.policy.maxRetries)
                    throw e;
                await sleep(this.delayFor(attempt, e.retryAfterMs));
            }
        }
    }
    /**
     * Send a request. Returns the answer for every HTTP status (the caller maps non-2xx to errors); retryable statuses
     * are retried first unless `retry: false`. Throws a RegistryError for network failures (after retries).
     */
    async request(req) {
        const retry = req.retry !== false;
        const deadline = new Deadline(this.deadlineMs, req.method.toUpperCase(), req.url);
        try {
            for (let attempt = 0;; attempt++) {
                const last = !retry || attempt >= this.policy.maxRetries;
                let res;
                try {
                    res = await this.follow(req, deadline);
                }
                catch (e) {
                    if (last || !isRetryable(e))
                        throw e;
                    await this.pause(deadline, this.delayFor(attempt));
                    continue;
                }
                if (!last && isRetryableStatus(res.status)) {
                    await this.pause(deadline, this.delayFor(attempt, parseRetryAfter(res.headers['retry-after'])));
                    continue;
                }
                if (res.errorBody !== undefined || res.status < 200 || res.status >= 300 || req.method === 'HEAD')
                    deadline.done();
                else
                    deadline.watchBody(res.stream);
                return res;
            }
        }
        catch (e) {
            deadline.done();
            throw e;
        }
    }
    /** Wait before a retry, but never past the deadline. */
    async pause(deadline, ms) {
        if (ms >= deadline.remainingMs) {
            await sleep(deadline.remainingMs);
            throw deadline.error();
        }
        await sleep(ms);
        deadline.check();
    }
    async follow(req, deadline) {
        let method = req.method.toUpperCase();
        let url = new URL(req.url);
        const headers = {};
        for (const [k, v] of Object.entries(req.headers ?? {}))
            headers[k.toLowerCase()] = v;
        let body = req.body;
        for (let hop = 0;; hop++) {
            deadline.check();
            const res = await this.once(method, url, headers, body, deadline);
            const location = res.headers.location;
            if (req.redirect === 'manual' || ![301, 302, 303, 307, 308].includes(res.status) || !location)
                return res;
            if (hop >= MAX_REDIRECTS) {
                throw new RegistryError(`Too many redirects from ${url.host}.`, 'Check the `registry` input; the registry or a proxy redirects in a loop.', res.status, 'TOO_MANY_REDIRECTS', 'protocol');
            }
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol !== 'https:') {
                throw new RegistryError(`${url.host} redirected an HTTPS request to a non-HTTPS URL; refusing to downgrade.`, 'Check the registry configuration (or a proxy in between).', res.status, 'INSECURE_REDIRECT', 'protocol');
            }
            // Never forward credentials to another origin (object storage, CDNs).
            if (next.origin !== url.origin)
                delete headers.authorization;
            if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
                if (method !== 'HEAD')
                    method = 'GET';
                body = undefined;
                delete headers['content-type'];
            }
            url = next;
        }
    }
    once(method, url, headers, body, deadline) {
        const isHttps = url.protocol === 'https:';
        if (!isHttps && url.protocol !== 'http:') {
            return Promise.reject(new RegistryError(`Unsupported URL scheme ${url.protocol}`, undefined, 0, 'BAD_URL', 'protocol'));
        }
        const mod = isHttps ? (external_node_https_default()) : (external_node_http_default());
        const what = `${(0,log/* untrusted */.bp)(url.host)} (${method} ${(0,log/* untrusted */.bp)(url.pathname, 300)})`;
        const h = { 'user-agent': this.opts.userAgent ?? 'wasm-oci', ...headers };
        const length = body === undefined ? 0 : body.length;
        if (body !== undefined || ['POST', 'PUT', 'PATCH'].includes(method))
            h['content-length'] = String(length);
        else
            delete h['content-length'];
        return new Promise((resolve, reject) => {
            let settled = false;
            let source;
            let stopSending = false;
            const fail = (e) => {
                source?.destroy();
                stopSending = true;
                if (settled)
                    return;
                settled = true;
                this.opts.onRequest?.(method, loggableUrl(url.href), 0);
                reject(e instanceof RegistryError ? e : networkError(e, url.host, !isHttps));
            };
            const r = mod.request(url, {
                method,
                headers: h,
                agent: isHttps ? this.httpsAgent : this.httpAgent,
            });
            deadline.track(r);
            r.setTimeout(this.timeoutMs, () => {
                const e = Object.assign(new Error(`no answer within ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' });
                r.destroy(e);
            });
            r.on('error', fail);
            r.on('response', (res) => {
                const status = res.statusCode ?? 0;
                deadline.trackResponse(res);
                this.opts.onRequest?.(method, loggableUrl(url.href), status);
                const earlyAnswer = !r.writableFinished;
                if (earlyAnswer) {
                    // The server answered before taking the whole body (e.g. 401, 413): stop sending.
                    stopSending = true;
                    source?.unpipe(r);
                    source?.destroy();
                }
                const response = {
                    status,
                    headers: res.headers,
                    url: url.href,
                    stream: res,
                    read: (limit = 16 << 20) => readAll(res, limit, what),
                    drain: async () => {
                        if (res.readableEnded)
                            return;
                        res.resume();
                        await new Promise((done) => {
                            res.once('end', done);
                            res.once('close', done);
                            res.once('error', () => done());
                        });
                    },
                };
                if (status >= 200 && status < 300 && method !== 'HEAD') {
                    settled = true;
                    resolve(response);
                    return;
                }
                readAll(res, ERROR_BODY_LIMIT, what, true).then((buf) => {
                    if (earlyAnswer)
                        r.destroy();
                    response.errorBody = buf;
                    settled = true;
                    resolve(response);
                }, (e) => fail(e));
            });
            if (body === undefined) {
                r.end();
            }
            else if (Buffer.isBuffer(body)) {
                r.end(body);
            }
            else if (isFileBody(body)) {
                pumpFile(body, r, () => stopSending).catch((e) => {
                    if (stopSending)
                        return; // the answer (or a failure) came first and is what the caller gets
                    r.destroy(e instanceof Error ? e : new Error(String(e)));
                    fail(e);
                });
            }
            else {
                try {
                    source = body.open();
                }
                catch (e) {
                    r.destroy();
                    fail(e);
                    return;
                }
                source.on('error', (e) => {
                    r.destroy(e);
                    fail(e);
                });
                source.pipe(r);
            }
        });
    }
}
function definedOnly(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/registry/remote.ts
/**
 * `RemoteRepository`: the registry side of a push for one repository (ORAS conventions).
 * Blobs: HEAD first and skip present ones; cross-repository mount when asked; monolithic upload (POST + PUT) by
 * default, chunked (POST / PATCH ≤ chunkSize / PUT) on GHCR for large blobs, when forced, or when a monolithic upload
 * is refused as too large. A failed upload restarts from a fresh session (file bodies are reopened, never buffered).
 * Manifests: exact bytes, Content-Type = mediaType, Docker-Content-Digest verified.
 */










const DEFAULT_CHUNK_SIZE = 4 << 20;
/** Largest manifest, index or tag list read (the distribution spec suggests registries accept at least 4 MiB). */
const MAX_MANIFEST_BYTES = 4 << 20;
/** Accept header for manifest reads: every manifest type this action writes or reads. */
const MANIFEST_MEDIA_TYPES = [
    media_types/* MediaType */.zu.ociManifest,
    media_types/* MediaType */.zu.ociIndex,
    media_types/* MediaType */.zu.dockerManifest,
    'application/vnd.docker.distribution.manifest.list.v2+json',
];
function bareMediaType(v) {
    const s = Array.isArray(v) ? v[0] : v;
    return (s ?? '').split(';')[0].trim();
}
function header(v) {
    return Array.isArray(v) ? v[0] : v;
}
function remote_short(digest) {
    return digest.slice(0, 19);
}
class RemoteRepository {
    registry;
    repository;
    transport;
    auth;
    base;
    origin;
    scopes;
    chunkSize;
    forceChunked;
    ghcr;
    constructor(opts) {
        const registry = opts.registry.trim();
        if (!registry_host/* HOST_RE */.N.test(registry)) {
            throw new errors/* UserError */.y(`Registry ${(0,log.q)(registry)} is not a host[:port].`, 'Set the `registry` input to a host name such as `ghcr.io` or `127.0.0.1:5000`, without `https://` or a path.', 'Invalid input');
        }
        if (!types/* REPOSITORY_RE */.PO.test(opts.repository) || `${registry}/${opts.repository}`.length > 255) {
            throw new errors/* UserError */.y(`Repository ${(0,log.q)(opts.repository)} is not a valid OCI repository name.`, 'Use lowercase components of [a-z0-9] separated by `.`, `_`, `__` or `-`, joined by `/` (e.g. `acme/filters`); ' +
                'GitHub owners with capitals must be lowercased.', 'Invalid input');
        }
        this.registry = registry;
        this.repository = opts.repository;
        const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
        this.base = `${opts.plainHttp ? 'http' : 'https'}://${host}`;
        this.origin = new URL(this.base).origin;
        this.ghcr = isGhcr(registry);
        this.chunkSize = Math.max(1, opts.chunkSize ?? DEFAULT_CHUNK_SIZE);
        this.forceChunked = !!opts.forceChunked;
        this.scopes = [`repository:${this.repository}:${opts.access === 'pull' ? 'pull' : 'pull,push'}`];
        this.transport = new Transport({
            retry: opts.retry,
            timeoutMs: opts.timeoutMs,
            onRequest: opts.onRequest,
            userAgent: opts.userAgent,
        });
        this.auth = new Authenticator(this.transport, {
            registry,
            baseUrl: this.base,
            plainHttp: !!opts.plainHttp,
            credentials: opts.credentials,
            repository: this.repository,
        });
    }
    /** Release pooled connections. */
    close() {
        this.transport.close();
    }
    url(path) {
        return `${this.base}/v2/${this.repository}/${path}`;
    }
    /**
     * Send with authentication: the Authorization header goes only to the registry's origin; a 401 re-authenticates
     * once (fresh token, or Basic after a challenge) and resends (bodies are re-openable).
     */
    async send(req, scopes = this.scopes) {
        const sameOrigin = new URL(req.url).origin === this.origin;
        const authz = sameOrigin ? await this.auth.header(scopes) : undefined;
        const res = await this.transport.request(withAuth(req, authz));
        if (res.status !== 401 || !sameOrigin)
            return res;
        // A challenge is taken only from the registry's own origin, never from a redirect target.
        this.auth.assertOwnChallenge(res);
        const next = await this.auth.challenged(res.headers['www-authenticate'], scopes, authz);
        if (next === undefined)
            return res;
        return this.transport.request(withAuth(req, next));
    }
    /** Map a non-success answer to an actionable error, with secrets redacted. */
    fail(res, action) {
        return this.redact(errorFromResponse(res.status, res.headers, res.errorBody, this.auth.ctx(action)));
    }
    redact(e) {
        e.message = (0,log/* redact */.E$)(e.message);
        return e;
    }
    protocolError(message, code, status = 0) {
        return new RegistryError(message, 'The registry (or a proxy in front of it) did not behave as the OCI distribution spec requires; check the `registry` input.', status, code, 'protocol');
    }
    checkDigest(digest) {
        if (!types/* DIGEST_RE */.Vt.test(digest)) {
            throw new errors/* UserError */.y(`${(0,log.q)(digest)} is not a sha256 digest.`, 'Digests look like `sha256:<64 lowercase hex>`.');
        }
    }
    checkReference(reference) {
        if (!types/* TAG_RE */.PP.test(reference) && !types/* DIGEST_RE */.Vt.test(reference)) {
            throw new errors/* UserError */.y(`${(0,log.q)(reference)} is neither a valid tag nor a sha256 digest.`, 'Tags match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}; digests look like `sha256:<64 lowercase hex>`.', 'Invalid input');
        }
    }
    /** Resolve an upload `Location` against the URL that returned it. */
    location(res) {
        const loc = header(res.headers.location);
        if (!loc)
            throw this.protocolError(`${this.registry} started an upload without a Location header.`, 'NO_LOCATION');
        return new URL(loc, res.url).href;
    }
    /**
     * Prove push permission by starting a blob upload (only the `pull,push` scope: no DELETE, which would need `delete`).
     * The session is kept and used by the next upload, so the check costs no extra round trip when a blob is uploaded;
     * an unused session expires on the registry.
     */
    async checkPushAccess() {
        this.spare = await this.startUpload(undefined, 'push (start a blob upload)', true);
    }
    /** An upload session opened by `checkPushAccess` and not used yet. */
    spare;
    async blobExists(digest) {
        this.checkDigest(digest);
        const res = await this.send({ method: 'HEAD', url: this.url(`blobs/${digest}`) });
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        throw this.fail(res, `check blob ${remote_short(digest)}`);
    }
    async pushBlob(src, opts = {}) {
        const d = src.descriptor;
        this.checkDigest(d.digest);
        const body = blobBody(src);
        if (opts.present ?? (await this.blobExists(d.digest)))
            return 'exists';
        let session;
        for (const from of opts.mountFrom ?? []) {
            if (from === this.repository || !types/* REPOSITORY_RE */.PO.test(from))
                continue;
            const scopes = mergeScopes(this.scopes, [`repository:${from}:pull`]);
            const url = this.url(`blobs/uploads/?mount=${encodeURIComponent(d.digest)}&from=${encodeURIComponent(from)}`);
            const res = await this.send({ method: 'POST', url }, scopes);
            if (res.status === 201) {
                await res.drain();
                return 'mounted';
            }
            if (res.status === 202) {
                session = this.location(res);
                await res.drain();
                break;
            }
            // No pull access to the source, or unknown there: upload instead (as `oras cp` does).
            if (res.status === 401 || res.status === 403 || res.status === 404)
                continue;
            throw this.fail(res, `mount blob ${remote_short(d.digest)} from ${from}`);
        }
        await this.upload(d, body, session);
        return 'uploaded';
    }
    async upload(d, body, session) {
        let chunked = this.forceChunked || (this.ghcr && d.size > this.chunkSize);
        if (session === undefined && this.spare !== undefined)
            [session, this.spare] = [this.spare, undefined];
        for (;;) {
            const given = session;
            try {
                await this.transport.retrying(async () => {
                    const loc = session ?? (await this.startUpload(d));
                    session = undefined; // a session is used once; a retry starts a fresh one
                    if (chunked)
                        await this.uploadChunked(loc, d, body);
                    else
                        await this.uploadMonolithic(loc, d, body);
                });
                return;
            }
            catch (e) {
                if (!chunked && isSizeRefusal(e)) {
                    chunked = true;
                    continue;
                }
                // A session opened earlier (access check, mount fallback) that the registry forgot: once more, fresh.
                if (given !== undefined && e instanceof RegistryError && e.status === 404)
                    continue;
                throw e;
            }
        }
    }
    async startUpload(d, action, retry) {
        const res = await this.send({ method: 'POST', url: this.url('blobs/uploads/'), retry: !!retry });
        if (res.status !== 202) {
            if (res.status >= 200 && res.status < 300)
                await res.drain();
            throw this.fail(res, action ?? `start the upload of blob ${remote_short(d?.digest ?? '')}`);
        }
        const loc = this.location(res);
        const minChunk = Number(header(res.headers['oci-chunk-min-length']));
        if (Number.isFinite(minChunk) && minChunk > 0)
            this.minChunk = minChunk;
        await res.drain();
        return loc;
    }
    minChunk = 0;
    async finishUpload(loc, d, body) {
        const res = await this.send({
            method: 'PUT',
            url: withDigest(loc, d.digest),
            headers: { 'content-type': 'application/octet-stream' },
            body,
            retry: false,
        });
        if (res.status !== 201) {
            if (res.status >= 200 && res.status < 300)
                await res.drain();
            throw this.fail(res, `upload blob ${remote_short(d.digest)}`);
        }
        await res.drain();
        const got = header(res.headers['docker-content-digest']);
        if (got && got !== d.digest) {
            throw this.protocolError(`${this.registry} stored blob ${remote_short(d.digest)} under a different digest ${(0,log.q)(got, 80)}.`, 'DIGEST_MISMATCH', 201);
        }
    }
    async uploadMonolithic(loc, d, body) {
        await this.finishUpload(loc, d, body);
    }
    async uploadChunked(loc, d, body) {
        const chunk = Math.max(this.chunkSize, this.minChunk);
        let offset = 0;
        let recoveries = 0;
        while (offset < d.size) {
            const end = Math.min(d.size, offset + chunk) - 1;
            const res = await this.send({
                method: 'PATCH',
                url: loc,
                headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end}` },
                body: sliceBody(body, offset, end),
                retry: false,
            });
            if (res.status === 202) {
                loc = res.headers.location ? this.location(res) : loc;
                await res.drain();
                offset = end + 1;
                continue;
            }
            if (res.status === 416 && recoveries++ < 3) {
                // Out of sync: ask the registry where it is, resume from there.
                const st = await this.send({ method: 'GET', url: loc, retry: false });
                const range = /^(?:bytes=)?0-(\d+)$/.exec(header(st.headers.range) ?? '');
                if (st.status === 204 && range) {
                    if (st.headers.location)
                        loc = this.location(st);
                    await st.drain();
                    offset = Number(range[1]) + 1;
                    continue;
                }
                if (st.status >= 200 && st.status < 300)
                    await st.drain();
            }
            if (res.status >= 200 && res.status < 300)
                await res.drain();
            throw this.fail(res, `upload a chunk of blob ${remote_short(d.digest)}`);
        }
        await this.finishUpload(loc, d, undefined);
    }
    async fetchBlob(digest) {
        this.checkDigest(digest);
        const res = await this.send({ method: 'GET', url: this.url(`blobs/${digest}`) });
        if (res.status === 200)
            return res.stream;
        throw this.fail(res, `fetch blob ${remote_short(digest)}`);
    }
    async resolve(reference) {
        this.checkReference(reference);
        const res = await this.send({
            method: 'HEAD',
            url: this.url(`manifests/${reference}`),
            headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
        });
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.fail(res, `resolve ${reference}`);
        const digest = header(res.headers['docker-content-digest']);
        const size = Number(header(res.headers['content-length']));
        const mediaType = bareMediaType(res.headers['content-type']);
        if (digest && types/* DIGEST_RE */.Vt.test(digest) && Number.isFinite(size) && mediaType) {
            if (types/* DIGEST_RE */.Vt.test(reference) && digest !== reference) {
                throw this.protocolError(`${this.registry} answered ${reference} with another digest.`, 'DIGEST_MISMATCH');
            }
            return { mediaType, digest, size };
        }
        // Older registries omit the digest on HEAD: read the manifest and hash it.
        const m = await this.fetchManifest(reference);
        return m && { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
    }
    async fetchManifest(reference, accept = MANIFEST_MEDIA_TYPES) {
        this.checkReference(reference);
        const res = await this.send({
            method: 'GET',
            url: this.url(`manifests/${reference}`),
            headers: { accept: accept.join(', ') },
        });
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.fail(res, `fetch manifest ${reference}`);
        const bytes = await res.read(MAX_MANIFEST_BYTES);
        const digest = (0,oci_digest/* sha256Digest */.$)(bytes);
        if (types/* DIGEST_RE */.Vt.test(reference) && digest !== reference) {
            throw this.protocolError(`${this.registry} returned a manifest for ${reference} whose bytes hash to ${digest}.`, 'DIGEST_MISMATCH');
        }
        let mediaType = bareMediaType(res.headers['content-type']);
        if (!mediaType || mediaType === 'application/json' || mediaType === 'application/octet-stream') {
            try {
                const parsed = JSON.parse(bytes.toString('utf8'));
                if (typeof parsed.mediaType === 'string')
                    mediaType = parsed.mediaType;
            }
            catch {
                /* leave as sent */
            }
        }
        return { bytes, mediaType, digest };
    }
    async pushManifest(reference, bytes, mediaType) {
        this.checkReference(reference);
        const digest = (0,oci_digest/* sha256Digest */.$)(bytes);
        if (types/* DIGEST_RE */.Vt.test(reference) && reference !== digest) {
            throw new errors/* UserError */.y(`Manifest bytes hash to ${digest}, not to the reference ${reference}.`, 'Push a manifest by the digest of exactly the bytes sent (a packaging bug if this action did it).');
        }
        const res = await this.send({
            method: 'PUT',
            url: this.url(`manifests/${reference}`),
            headers: { 'content-type': mediaType },
            body: bytes,
        });
        if (res.status !== 201 && res.status !== 200)
            throw this.fail(res, `push manifest ${reference}`);
        await res.drain();
        const got = header(res.headers['docker-content-digest']);
        if (got && got !== digest) {
            throw this.protocolError(`${this.registry} stored the manifest for ${reference} as ${(0,log.q)(got, 80)}, but its bytes hash to ${digest}.`, 'DIGEST_MISMATCH', res.status);
        }
        const ociSubject = header(res.headers['oci-subject']);
        return ociSubject ? { digest, ociSubject } : { digest };
    }
    async fetchReferrers(digest) {
        this.checkDigest(digest);
        const res = await this.send({
            method: 'GET',
            url: this.url(`referrers/${digest}`),
            headers: { accept: media_types/* MediaType */.zu.ociIndex },
            redirect: 'manual', // GHCR answers 303 to a rate-limited page: that is not support
        });
        if (res.status === 401 || res.status === 403 || res.status === 429 || res.status >= 500) {
            throw this.fail(res, `list referrers of ${remote_short(digest)}`);
        }
        if (res.status !== 200) {
            if (res.status > 200 && res.status < 300)
                await res.drain();
            return undefined;
        }
        const bytes = await res.read(MAX_MANIFEST_BYTES);
        if (bareMediaType(res.headers['content-type']) !== media_types/* MediaType */.zu.ociIndex)
            return undefined;
        let parsed;
        try {
            parsed = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            return undefined;
        }
        if (!Array.isArray(parsed.manifests))
            return undefined;
        return parsed.manifests.filter((m) => typeof m === 'object' &&
            m !== null &&
            typeof m.digest === 'string' &&
            types/* DIGEST_RE */.Vt.test(m.digest) &&
            typeof m.mediaType === 'string' &&
            typeof m.size === 'number');
    }
    /** All tags (follows `Link: rel="next"` paging); [] when the repository does not exist. */
    async listTags() {
        const tags = [];
        let url = this.url('tags/list');
        for (let page = 0; url && page < 1000; page++) {
            const res = await this.send({ method: 'GET', url });
            if (res.status === 404)
                return tags;
            if (res.status !== 200)
                throw this.fail(res, 'list tags');
            const body = JSON.parse((await res.read(MAX_MANIFEST_BYTES)).toString('utf8'));
            if (Array.isArray(body.tags))
                tags.push(...body.tags.filter((t) => typeof t === 'string'));
            const link = header(res.headers.link);
            const next = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
            url = next ? new URL(next[1], res.url).href : undefined;
            if (url && new URL(url).origin !== this.origin)
                url = undefined;
        }
        return tags;
    }
}
function withAuth(req, authz) {
    const headers = { ...(req.headers ?? {}) };
    if (authz)
        headers.authorization = authz;
    return { ...req, headers };
}
/** Append `digest=` to an upload location, keeping its own query parameters. */
function withDigest(location, digest) {
    const u = new URL(location);
    return u.href + (u.search ? '&' : '?') + 'digest=' + encodeURIComponent(digest);
}
/** A re-openable body for a blob: bytes in memory, or the file reopened per attempt. */
function blobBody(src) {
    const d = src.descriptor;
    if (src.bytes) {
        if (src.bytes.length !== d.size) {
            throw new errors/* UserError */.y(`Blob ${remote_short(d.digest)} has ${src.bytes.length} bytes but its descriptor says ${d.size}.`, 'A packaging bug: the descriptor must describe exactly these bytes.');
        }
        return src.bytes;
    }
    if (!src.path)
        throw new errors/* UserError */.y(`Blob ${remote_short(d.digest)} has neither bytes nor a path.`, 'A packaging bug.');
    const path = src.path;
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch (e) {
        throw new errors/* UserError */.y(`Cannot read blob file ${(0,log.q)(path)}: ${(0,log/* untrusted */.bp)(e.code ?? String(e))}.`, 'Check that the file exists and is readable.');
    }
    if (size !== d.size) {
        throw new errors/* UserError */.y(`Blob file ${(0,log.q)(path)} has ${size} bytes but its descriptor says ${d.size}; it changed after packaging.`, 'Do not modify the module while the action runs.');
    }
    return { path, length: size };
}
function sliceBody(body, start, end) {
    if (Buffer.isBuffer(body))
        return body.subarray(start, end + 1);
    const path = body.path;
    if (typeof path !== 'string')
        throw new Error('ranged read needs a file-backed body');
    return { path, start: (body.start ?? 0) + start, length: end - start + 1 };
}
function isSizeRefusal(e) {
    if (!(e instanceof RegistryError))
        return false;
    if (e.status === 413 || e.status === 416)
        return true;
    return e.status === 400 && e.code !== 'DIGEST_INVALID' && /size|too large|exceed|limit/i.test(e.message);
}

// EXTERNAL MODULE: ./src/tags.ts
var src_tags = __webpack_require__(9506);
;// CONCATENATED MODULE: ./src/immutable-tags.ts
/**
 * Immutable releases: a release tag (full semver, e.g. `1.2.3`, `2.0.0-rc.1`) that already points at another
 * digest in the registry is never moved unless `overwrite-tags: true`. Re-publishing the same digest is fine.
 * Floating tags (`latest`, `1`, `1.2`, `edge`, branch names, `sha-…`, `pr-…`) always move.
 */



/** The release tags of a plan (or of a plain list of tag names: a full semver name is a release tag). */
function releaseTags(tags) {
    if (isStringList(tags))
        return tags.filter(src_tags/* isReleaseTag */.KH);
    return tags.planned.filter((t) => t.immutable).map((t) => t.name);
}
function isStringList(tags) {
    return Array.isArray(tags);
}
/** Find release tags that exist with a different digest. Registry errors (other than 404) propagate. */
async function findTagConflicts(remote, tags, manifestDigest) {
    // One HEAD per release tag, all at once (a plan has a handful); the result keeps the plan's order.
    const release = releaseTags(tags);
    const found = await Promise.all(release.map((tag) => remote.resolve(tag)));
    const conflicts = [];
    release.forEach((tag, i) => {
        const existing = found[i];
        if (existing && existing.digest !== manifestDigest) {
            conflicts.push({ tag, existing: existing.digest, wanted: manifestDigest });
        }
    });
    return conflicts;
}
/**
 * Refuse (UserError) to move release tags to a different digest unless `overwrite` is true. Call before pushing any
 * tag, so a refused release changes nothing in the registry. `tags` is a TagPlan or the plan's tag names.
 */
async function checkImmutableTags(remote, tags, manifestDigest, overwrite) {
    if (overwrite)
        return;
    const conflicts = await findTagConflicts(remote, tags, manifestDigest);
    if (conflicts.length === 0)
        return;
    const where = `${remote.registry}/${remote.repository}`;
    const list = conflicts
        .map((c) => `${(0,log.q)(c.tag)} is ${untrustedDigest(c.existing)}, this run built ${c.wanted}`)
        .join('; ');
    const names = conflicts.map((c) => c.tag).join(', ');
    throw new errors/* UserError */.y(`Release tag${conflicts.length > 1 ? 's' : ''} ${names} already exist${conflicts.length > 1 ? '' : 's'} in ` +
        `${where} with a different digest and will not be moved: ${list}.`, 'Release a new version (a new git tag), or set `overwrite-tags: true` to move release tags deliberately.', 'Release tag already published');
}
/**
 * After the release tags were written: read each back. Registries have no compare-and-swap, so two runs releasing the
 * same version at once can both pass `checkImmutableTags` and both write the tag; the last write wins. The run whose
 * digest the tag does not name lost the race and fails here (UserError naming both digests), before it moves any
 * floating tag. Skipped with `overwrite` (moving the tag was asked for).
 */
async function verifyReleaseTags(remote, tags, manifestDigest, overwrite) {
    if (overwrite)
        return;
    const release = releaseTags(tags);
    const read = (tag) => remote.resolve(tag).then((d) => ({ tag, existing: d?.digest }));
    let now = await Promise.all(release.map(read));
    // A registry that is slow to show a tag it just accepted (eventual consistency) gets a few short chances.
    for (let i = 0; i < READ_BACK_RETRIES && now.some((t) => t.existing === undefined); i++) {
        await new Promise((r) => setTimeout(r, READ_BACK_DELAY_MS));
        now = await Promise.all(now.map((t) => (t.existing === undefined ? read(t.tag) : t)));
    }
    const lost = now.filter((t) => t.existing !== manifestDigest);
    if (lost.length === 0)
        return;
    const where = `${remote.registry}/${remote.repository}`;
    const missing = lost.find((t) => t.existing === undefined);
    if (missing) {
        throw new errors/* UserError */.y(`The registry accepted release tag ${(0,log.q)(missing.tag)} for ${manifestDigest} in ${where} but does not show it when ` +
            'read back.', `Check the registry (\`skopeo inspect docker://${where}:${missing.tag}\`) and re-run the job.`, 'Release tag not readable');
    }
    const list = lost.map((t) => `${(0,log.q)(t.tag)} points at ${untrustedDigest(t.existing ?? '')}`).join('; ');
    throw new errors/* UserError */.y(`Release tag${lost.length > 1 ? 's' : ''} ${lost.map((t) => t.tag).join(', ')} in ${where} changed while this run ` +
        `published: ${list}, not at this run's ${manifestDigest}. Another run published the same version at the same ` +
        `time and won the race; this run moved no floating tag (its artifact stays reachable as ${where}@${manifestDigest}).`, 'Check which run should own this version; release a new version (a new git tag), or set `overwrite-tags: true` ' +
        'to move release tags deliberately.', 'Release tag taken by another run');
}
const READ_BACK_RETRIES = 3;
const READ_BACK_DELAY_MS = 300;
/** The registry's digest is untrusted text: quote it unless it is a well-formed digest. */
function untrustedDigest(d) {
    return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(d) ? d : (0,log.q)(d, 100);
}

;// CONCATENATED MODULE: ./src/publish.ts
/**
 * The push stage. Order matters: check immutable tags (and, before signing, push access), sign, then blobs, then the
 * manifest by digest and the attestation (when signing), and only then the tags — release tags first, read back, then
 * the floating ones — so a tag only ever points at a complete, signed artifact, and a refusal, a signing failure or a
 * lost release race leaves no tag of this run behind where it should not be.
 * Round trips that do not depend on each other run together: the access check beside the tag checks, blob HEADs and
 * uploads in parallel, tag PUTs in parallel (bounded).
 */








async function publish(a) {
    const { io, inputs } = a;
    const own = a.remote
        ? undefined
        : new RemoteRepository({
            registry: inputs.registry,
            repository: a.repository,
            plainHttp: inputs.plainHttp,
            credentials: inputs.password ? { username: inputs.username, password: inputs.password } : undefined,
            onRequest: (method, url, status) => io.debug(`${method} ${(0,log/* untrusted */.bp)(url)} -> ${status}`),
        });
    const remote = a.remote ?? own;
    try {
        return await pushAll(a, remote);
    }
    finally {
        // Pooled keep-alive connections end with the push: nothing of it keeps the step's process alive.
        own?.close();
    }
}
async function pushAll(a, remote) {
    const { io, inputs, packaged } = a;
    const signing = a.signing && a.signing.mode !== 'none' ? a.signing : undefined;
    // Before signing (a transparency-log entry is public and permanent), prove that the push can succeed. Without
    // signing the first blob upload is the access check: a refusal there still comes before any tag. The blob HEADs
    // (reads) run beside these checks; nothing is written until they all pass.
    const present = Promise.all(packaged.blobs.map((b) => remote.blobExists(b.descriptor.digest)));
    await firstFailure([
        signing ? remote.checkPushAccess() : Promise.resolve(),
        checkImmutableTags(remote, a.tags, packaged.manifestDigest, inputs.overwriteTags),
        present,
    ]);
    const found = await present;
    // Sign before anything is pushed: a signing failure must not leave an unsigned artifact or tag behind.
    const signed = signing ? await signProvenance(a, signing) : undefined;
    // Blobs first (in parallel): the ones the HEADs did not find are mounted or uploaded.
    const blobs = {};
    await Promise.all(packaged.blobs.map(async (b, i) => {
        const how = await remote.pushBlob({ descriptor: b.descriptor, bytes: b.bytes, path: b.path }, { mountFrom: a.mountFrom?.(b.descriptor.digest), present: found[i] });
        blobs[b.descriptor.digest] = how;
        io.info(`${how === 'exists' ? 'Exists  ' : how === 'mounted' ? 'Mounted ' : 'Uploaded'} ${b.descriptor.digest} (${b.descriptor.size} bytes)`);
    }));
    // The manifest by digest (untagged): the attestation can name it before any tag points at it. Without an
    // attestation the first tag PUT stores the same bytes, so the untagged PUT is only needed when there is no tag.
    if (signed || a.tags.length === 0) {
        await remote.pushManifest(packaged.manifestDigest, packaged.manifestBytes, packaged.mediaType);
        io.info(`Manifest ${packaged.manifestDigest}`);
    }
    let attestationDigest;
    if (signed) {
        const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 4467));
        const attached = await sign.attachBundle(remote, (0,manifest/* manifestDescriptor */.Dt)(packaged), signed.bundleBytes, a.gh.created);
        attestationDigest = attached.referrerDigest;
        io.info(`Attestation ${attestationDigest}${attached.indexTag ? ` (referrers tag ${attached.indexTag})` : ''}`);
    }
    await pushTags(a, remote);
    if (a.tags.length > 0 && !signed)
        io.info(`Manifest ${packaged.manifestDigest}`);
    for (const tag of a.tags)
        io.info(`Tagged ${(0,log/* untrusted */.bp)(tag)}`);
    return { signingMode: signing?.mode ?? 'none', attestationDigest, bundlePath: signed?.bundlePath, blobs };
}
/** Sign the provenance of the manifest; the Sigstore bundle is written under RUNNER_TEMP. */
async function signProvenance(a, signing) {
    const { inputs, packaged } = a;
    const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 4467));
    const statement = sign.buildProvenance({
        env: a.env,
        registry: inputs.registry,
        repository: a.repository,
        manifestDigest: packaged.manifestDigest,
        moduleName: a.moduleName,
        moduleDigest: packaged.blobs.find((b) => b.path)?.descriptor.digest ?? '',
    });
    const { bundleBytes } = await sign.signStatement(signing, statement);
    const dir = (0,external_node_path_.join)(a.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wasm-oci');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const bundlePath = (0,external_node_path_.join)(dir, `provenance-${(0,oci_digest/* digestHex */.s)(packaged.manifestDigest).slice(0, 16)}.sigstore.json`);
    await (0,promises_.writeFile)(bundlePath, bundleBytes);
    a.io.info(`Signed provenance (${signing.mode}); bundle at ${bundlePath}`);
    return { bundleBytes, bundlePath };
}
/**
 * Tags last: one PUT of the same bytes per tag. Release tags first, then read back (another run may have released the
 * same version at the same moment: the loser fails here, before it moves a floating tag), then the rest.
 */
async function pushTags(a, remote) {
    const { packaged, inputs } = a;
    const release = new Set(releaseTags(a.tags));
    const guarded = inputs.overwriteTags ? [] : a.tags.filter((t) => release.has(t));
    const putTag = async (tag) => {
        await remote.pushManifest(tag, packaged.manifestBytes, packaged.mediaType);
    };
    if (guarded.length > 0) {
        await forEachLimit(guarded, TAG_PUT_CONCURRENCY, putTag);
        await verifyReleaseTags(remote, guarded, packaged.manifestDigest, inputs.overwriteTags);
    }
    const floating = a.tags.filter((t) => !guarded.includes(t));
    await forEachLimit(floating, TAG_PUT_CONCURRENCY, putTag);
}
/** Tag PUTs in flight at once: enough for a release's handful of tags, gentle on rate-limited registries. */
const TAG_PUT_CONCURRENCY = 4;
/**
 * Run `fn` over `items` with at most `limit` at once; after a failure nothing new starts, and the first failure is
 * thrown once the started ones settle.
 */
async function forEachLimit(items, limit, fn) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            await fn(items[next++]).catch((e) => {
                failed = true;
                throw e;
            });
        }
    };
    await firstFailure(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** Wait for every promise; then throw the failure of the earliest one in the list (deterministic, unlike `all`). */
async function firstFailure(promises) {
    const settled = await Promise.allSettled(promises);
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
}


/***/ })

};
