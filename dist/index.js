import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ buildAnnotations),
/* harmony export */   o: () => (/* binding */ parseAnnotationsInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5625);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9217);
/**
 * Manifest annotations derived from the run (metadata-action defaults, made reproducible): a pure function of the
 * event context (env + payload + commit time) + the tag plan + the user's `annotations` input. No clock.
 */



/** Annotation keys: reverse-domain style, printable ASCII without spaces or `=`. */
const KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/;
/**
 * Parse the `annotations` input: one `key=value` per line (`#` comment lines and blank lines ignored). The value is
 * everything after the first `=` (it may contain `=` and commas) and is kept verbatim apart from surrounding blanks.
 * A later line with the same key wins. UserError naming the line when it has no `=` or a bad key.
 */
function parseAnnotationsInput(text, inputName = 'annotations') {
    const out = {};
    if (!text)
        return out;
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : line.slice(0, eq).trim();
        if (eq < 0 || !KEY_RE.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input \`${inputName}\` line ${i + 1} (${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(line, 120)}) is not \`key=value\` with a valid key.`, 'Write one annotation per line as `key=value`, e.g. `org.opencontainers.image.vendor=Acme`; keys use ' +
                'A-Z a-z 0-9 . _ / - only.', 'Invalid annotation');
        }
        out[key] = line.slice(eq + 1).trim();
    });
    return out;
}
/** Sort by key so the serialized manifest does not depend on insertion order. */
function sortedRecord(r) {
    const out = {};
    for (const k of Object.keys(r).sort())
        out[k] = r[k];
    return out;
}
/**
 * Default manifest annotations, overridden key by key by `user`, sorted by key:
 * `source`/`url` = repository URL, `revision` = commit (PR head on pull requests), `version` = highest-priority tag,
 * (`tags` is the TagPlan or its `version`), `created` = commit time (omitted when unknown), `title`/`description`/`licenses` from the payload's repository.
 * A user value of '' removes the key.
 */
function buildAnnotations(ctx, tags, user = {}) {
    const version = typeof tags === 'string' ? tags : tags.version;
    const a = {};
    const set = (k, v) => {
        if (v !== undefined && v !== '')
            a[k] = v;
    };
    set(_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Annotation */ .YH.source, ctx.repoUrl);
    set(_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Annotation */ .YH.url, ctx.repoUrl);
    set(_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Annotation */ .YH.revision, ctx.sha);
    set(_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Annotation */ .YH.version, version);
    set(_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Annotation */ .YH.created, ctx.created);
    set(_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Annotation */ .YH.title, ctx.repoName);
    set(_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Annotation */ .YH.description, ctx.repoDescription);
    set(_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Annotation */ .YH.licenses, ctx.repoLicense);
    for (const [k, v] of Object.entries(user)) {
        if (v === '')
            delete a[k];
        else
            a[k] = v;
    }
    return sortedRecord(a);
}


/***/ }),

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ settleAbandoned),
/* harmony export */   O7: () => (/* binding */ CacheTimeoutError),
/* harmony export */   _r: () => (/* binding */ abandonedCount),
/* harmony export */   wj: () => (/* binding */ withTimeout)
/* harmony export */ });
/* unused harmony exports CALL_TIMEOUT_ENV, callBoundMs */
/**
 * Bounded waits for cache calls. @actions/cache retries a failing cache service with waits of 3 s and more, and cannot
 * be cancelled: on timeout we stop waiting and let the call finish in the background (its outcome is ignored), so the
 * job is never delayed beyond the bound. `settleAbandoned()` lets the caller wait briefly for that background work
 * before exiting (or exit explicitly).
 */
class CacheTimeoutError extends Error {
    what;
    ms;
    constructor(what, ms) {
        super(`${what} did not finish within ${Math.round(ms / 100) / 10} s`);
        this.what = what;
        this.ms = ms;
        this.name = 'CacheTimeoutError';
    }
}
const abandoned = new Set();
/** Per-call bounds that win over the shared `WASM_OCI_CACHE_TIMEOUT_MS` (a restore and a save differ in cost). */
const CALL_TIMEOUT_ENV = {
    'cache restore': 'WASM_OCI_CACHE_RESTORE_TIMEOUT_MS',
    'cache save': 'WASM_OCI_CACHE_SAVE_TIMEOUT_MS',
};
/** The bound for the call `what`: its own variable when it is a positive integer (milliseconds), else `ms`. */
function callBoundMs(what, ms, env = process.env) {
    const raw = (env[CALL_TIMEOUT_ENV[what] ?? ''] ?? '').trim();
    return /^[0-9]{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : ms;
}
async function withTimeout(work, bound, what) {
    const ms = callBoundMs(what, bound);
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new CacheTimeoutError(what, ms)), ms);
    });
    try {
        return await Promise.race([work, timeout]);
    }
    catch (e) {
        if (e instanceof CacheTimeoutError) {
            const settled = work.then(() => undefined, () => undefined);
            abandoned.add(settled);
            void settled.then(() => abandoned.delete(settled));
        }
        throw e;
    }
    finally {
        clearTimeout(timer);
    }
}
/** How many timed-out cache calls are still running in the background. */
function abandonedCount() {
    return abandoned.size;
}
/** Wait up to `maxWaitMs` for timed-out cache calls to finish; true when none is left running. */
async function settleAbandoned(maxWaitMs) {
    if (abandoned.size === 0)
        return true;
    let timer;
    const limit = new Promise((r) => (timer = setTimeout(() => r(false), maxWaitMs)));
    const all = (async () => {
        while (abandoned.size > 0)
            await Promise.all([...abandoned]);
        return true;
    })();
    try {
        return await Promise.race([all, limit]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ getInputs),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   VX: () => (/* binding */ secretValues)
/* harmony export */ });
/* unused harmony exports parseList, SECRET_INPUTS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5625);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(105);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9506);
/* harmony import */ var _registry_host_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(637);







/** `core.getInput` semantics without loading @actions/core: `INPUT_<NAME>` (spaces to `_`, upper-cased), trimmed. */
function getInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A list input: newlines or commas separate entries; blank entries and `#` comment lines dropped. */
const parseList = _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTagsInput */ .tf;
function parseBool(env, name, dflt) {
    const v = getInput(env, name);
    if (v === '')
        return dflt;
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The ${name} input must be true or false, got ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(v, 40)}.`, `Set ${name}: 'true' or ${name}: 'false'.`, 'Invalid input');
}
function parseChoice(env, name, choices, dflt) {
    const v = getInput(env, name) || dflt;
    if (choices.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The ${name} input must be one of ${choices.join(', ')}; got ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(v, 40)}.`, `Set ${name} to one of: ${choices.join(', ')}.`, 'Invalid input');
}
const FORMATS = ['solo', 'compat', 'cncf', 'auto'];
/** Read every input from the runner's environment into one typed object. Refuses bad values with a UserError. */
function getInputs(env = process.env) {
    // First: a password in the registry address is masked before anything (even a refusal) is printed.
    const registry = (0,_registry_host_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseRegistry */ .M)(getInput(env, 'registry') || 'ghcr.io');
    const module = getInput(env, 'module');
    if (!module) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('Input required and not supplied: module.', 'Set `module:` to the path of your .wasm file, e.g. `module: target/wasm32-wasip1/release/filter.wasm`.', 'Missing input');
    }
    const optList = (name) => {
        const v = getInput(env, name);
        return v ? parseList(v) : undefined;
    };
    const runnerTemp = env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    return {
        module,
        format: parseChoice(env, 'format', FORMATS, 'solo'),
        runtimeType: getInput(env, 'runtime-type') || undefined,
        abiVersions: optList('abi-versions'),
        rootIds: optList('root-ids'),
        runtimeConfig: getInput(env, 'runtime-config') || undefined,
        registry: registry.registry,
        repository: getInput(env, 'repository') || env.GITHUB_REPOSITORY || '',
        tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTagsInput */ .tf)(getInput(env, 'tags')),
        username: getInput(env, 'username') || env.GITHUB_ACTOR || '',
        password: getInput(env, 'password') || (registry.registry === 'ghcr.io' ? getInput(env, 'github-token') : ''),
        push: parseChoice(env, 'push', ['auto', 'true', 'false'], 'auto'),
        plainHttp: parseBool(env, 'plain-http', false),
        annotations: (0,_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAnnotationsInput */ .o)(getInput(env, 'annotations')),
        ociLayout: getInput(env, 'oci-layout') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runnerTemp, 'wasm-oci', 'layout'),
        overwriteTags: parseBool(env, 'overwrite-tags', false),
        summary: parseBool(env, 'summary', true),
        signing: parseChoice(env, 'signing', ['auto', 'keyless', 'key', 'none'], 'auto'),
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
const SECRET_INPUTS = (/* unused pure expression or super */ null && (['password', 'signing-key', 'signing-key-password']));
function secretValues(inputs) {
    const values = [inputs.password, inputs.signingKey, inputs.signingKeyPassword].filter((v) => v.length > 0);
    // Mask multi-line secrets (PEM keys) line by line too: the runner masks per line.
    const lines = values.flatMap((v) => v.split(/\r?\n/).filter((l) => l.trim().length >= 4));
    return [...new Set([...values, ...lines])];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ joinMessage),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error the user can act on: `message` says what is wrong, `fix` says how to fix it.
 * main.ts turns it into one `::error` annotation (title + message + fix) and a failed step.
 */
class UserError extends Error {
    fix;
    title;
    file;
    constructor(message, fix, title, file) {
        super(message);
        this.fix = fix;
        this.title = title;
        this.file = file;
        this.name = 'UserError';
    }
}
/** Message and fix as one text, the message ending in a full stop (or its own punctuation) before the fix. */
function joinMessage(message, fix) {
    const m = message.trim();
    if (!fix?.trim())
        return m;
    return `${/[.!?:;]$/.test(m) ? m : `${m}.`} ${fix.trim()}`;
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   IJ: () => (/* binding */ onSecret),
/* harmony export */   _8: () => (/* binding */ addBasicCredentials),
/* harmony export */   bp: () => (/* binding */ untrusted),
/* harmony export */   q: () => (/* binding */ q)
/* harmony export */ });
/**
 * Logging for untrusted text. The runner reads `::cmd::` at the start of a line and `##[cmd]` anywhere in a line
 * as workflow commands. Anything derived from the module, the registry or the user goes through `untrusted()` before
 * it reaches the log, so it can never become a command.
 */
const ZWSP = '\u200b';
/** Neutralise workflow-command syntax and control characters in one piece of untrusted text (stays one line). */
function untrusted(text, maxLength = 500) {
    let s = String(text);
    if (s.length > maxLength)
        s = s.slice(0, maxLength) + '…';
    // JSON-style escapes for control characters keep the text on one line and visible.
    // eslint-disable-next-line no-control-regex
    s = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
        const code = c.charCodeAt(0);
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return '\\u' + code.toString(16).padStart(4, '0');
    });
    s = s.replace(/::/g, ':' + ZWSP + ':').replace(/##\[/g, '#' + ZWSP + '#[');
    return s;
}
/** Quote untrusted text for a message: `"…"` with the content neutralised. */
function q(text, maxLength) {
    return '"' + untrusted(text, maxLength) + '"';
}
/**
 * Secrets: one registry for the whole process. `addSecret()` records a secret the moment it exists (a password, a
 * token, base64 of `user:password`) and hands it to every mask sink (the action's `::add-mask::`; the CLI has none);
 * `redact()` removes every recorded secret, and any `Basic …` / `Bearer …` credential, from text about to be printed.
 * Registry and signing code call these, never the action runner directly.
 */
const secretSet = new Set();
const sinks = new Set();
/** Shortest value treated as a secret: shorter ones would redact ordinary words. */
const MIN_SECRET = 4;
/** Register where secrets are masked (the action: `::add-mask::`). Already known secrets are handed over at once. */
function onSecret(sink) {
    if (sinks.has(sink))
        return;
    sinks.add(sink);
    for (const s of secretSet)
        sink(s);
}
/** Record a secret (and each line of a multi-line one): handed to every mask sink once, and redacted from now on. */
function addSecret(value) {
    if (!value)
        return;
    const lines = value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length >= MIN_SECRET);
    for (const part of new Set([value, ...lines])) {
        if (secretSet.has(part))
            continue;
        secretSet.add(part);
        for (const sink of sinks)
            sink(part);
    }
}
/** Record Basic credentials: the password, and `base64(user:password)` as it appears in an Authorization header. */
function addBasicCredentials(username, password) {
    if (!password)
        return;
    addSecret(password);
    addSecret(Buffer.from(`${username}:${password}`).toString('base64'));
}
/** `Basic <base64>` / `Bearer <token>`: a credential has a digit or a base64/JWT symbol (plain words are left alone). */
const AUTH_RE = /\b(Basic|Bearer)(\s+)(?=[A-Za-z._~-]*[0-9+/=])[A-Za-z0-9._~+/=-]{8,}/gi;
/** Remove every recorded secret and every `Basic`/`Bearer` credential from text about to be printed. */
function redact(text) {
    let s = String(text);
    for (const secret of [...secretSet].sort((a, b) => b.length - a.length)) {
        if (secret.length >= MIN_SECRET && s.includes(secret))
            s = s.split(secret).join('***');
    }
    return s.replace(AUTH_RE, (_m, scheme, space) => `${scheme}${space}***`);
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ EMPTY_JSON_DIGEST),
/* harmony export */   YH: () => (/* binding */ Annotation),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** Media types and annotation keys used by the formats this action writes and reads. */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    ociImageConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    // Solo.io "oci" variant (wasme)
    soloConfig: 'application/vnd.module.wasm.config.v1+json',
    soloWasmLayer: 'application/vnd.module.wasm.content.layer.v1+wasm',
    // legacy Solo spec-text names (pull tolerance only)
    soloLegacyConfig: 'application/vnd.io.solo.wasm.config.v1+json',
    soloLegacyWasmLayer: 'application/vnd.io.solo.wasm.content.layer.v1+wasm',
    // CNCF TAG-Runtime Wasm artifact v0
    cncfConfig: 'application/vnd.wasm.config.v0+json',
    cncfWasmLayer: 'application/wasm',
    // wasm-to-oci (legacy, pull tolerance only)
    wasmToOciConfig: 'application/vnd.wasm.config.v1+json',
    wasmToOciLayer: 'application/vnd.wasm.content.layer.v1+wasm',
    // Sigstore
    sigstoreBundleV03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
};
const Annotation = {
    title: 'org.opencontainers.image.title',
    refName: 'org.opencontainers.image.ref.name',
    created: 'org.opencontainers.image.created',
    source: 'org.opencontainers.image.source',
    revision: 'org.opencontainers.image.revision',
    version: 'org.opencontainers.image.version',
    description: 'org.opencontainers.image.description',
    licenses: 'org.opencontainers.image.licenses',
    url: 'org.opencontainers.image.url',
    runtimeType: 'module.wasm.runtime/type',
    runtimeAbiVersion: 'module.wasm.runtime/abi_version',
    variant: 'module.wasm.image/variant',
};
/** sha256 of the two-byte blob `{}`: the OCI empty descriptor. */
const EMPTY_JSON_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ REPOSITORY_RE),
/* harmony export */   PP: () => (/* binding */ TAG_RE),
/* harmony export */   Vt: () => (/* binding */ DIGEST_RE)
/* harmony export */ });
/** Reference grammar (distribution-spec): `sha256:<64 lowercase hex>` */
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/** A repository name: lowercase path components joined by `/`. */
const REPOSITORY_RE = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
/** A tag: at most 128 characters of `[A-Za-z0-9_.-]`, not starting with `.` or `-`. */
const TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ normaliseRegistry),
/* harmony export */   N: () => (/* binding */ HOST_RE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5625);
/**
 * The registry address: `host[:port]` (a DNS name, an IPv4 address, or an IPv6 address in brackets), nothing else.
 * Checked once, before anything is printed, in every mode (dry runs too): the action's `registry` input and every
 * `RemoteRepository`. An `https://` or `http://` prefix and trailing slashes are stripped (as docker/login-action
 * accepts a bare host, and people paste URLs), with a notice; user info, any other scheme, a path, a query, a fragment,
 * whitespace and control characters are refused. A password in user info is recorded as a secret (masked) before the
 * refusal is printed, and the refusal shows it as `***`.
 */


const HOST_RE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const FIX = 'Set the `registry` input to the registry host only, e.g. `ghcr.io` or `127.0.0.1:5000` (`[::1]:5000` for IPv6), ' +
    'without a scheme, path or credentials; give credentials in `username` and `password`.';
function refuse(message, fix = FIX) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(message, fix, 'Invalid input');
}
/** Validate and normalise a registry address; throws a UserError saying what is wrong and how to fix it. */
function normaliseRegistry(raw, what = 'The `registry` input') {
    let rest = raw.trim();
    let notice;
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
    if (scheme) {
        rest = rest.slice(scheme[0].length);
        const authority = rest.split(/[/?#]/)[0];
        const at = authority.lastIndexOf('@');
        if (at >= 0)
            return refuseUserInfo(what, scheme[0], authority, at);
        if (!/^https?$/i.test(scheme[1])) {
            throw refuse(`${what} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(raw, 200)} uses the scheme ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(scheme[1], 20)}; a registry is a host[:port].`);
        }
        rest = rest.replace(/\/+$/, '');
        notice = `${what} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(raw, 200)} was given as a URL: using the host ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(rest, 200)} (the scheme is chosen by \`plain-http\`).`;
    }
    else {
        rest = rest.replace(/\/+$/, '');
        const at = rest.split(/[/?#]/)[0].lastIndexOf('@');
        if (at >= 0)
            return refuseUserInfo(what, '', rest.split(/[/?#]/)[0], at);
    }
    // eslint-disable-next-line no-control-regex
    const bad = /[\u0000-\u001f\u007f-\u009f\s]/.test(rest)
        ? 'whitespace or control characters'
        : rest.includes('?')
            ? 'a query'
            : rest.includes('#')
                ? 'a fragment'
                : rest.includes('/')
                    ? 'a path (the repository goes in `repository`)'
                    : undefined;
    if (bad)
        throw refuse(`${what} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(raw, 200)} is not a host[:port]: it contains ${bad}.`);
    const port = /:(\d+)$/.exec(rest)?.[1];
    if (!rest || !HOST_RE.test(rest) || (port !== undefined && (Number(port) < 1 || Number(port) > 65535))) {
        throw refuse(`${what} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(raw, 200)} is not a host[:port].`);
    }
    return notice ? { registry: rest, notice } : { registry: rest };
}
/** User info in the address: mask its password first, then refuse, showing it as `***`. */
function refuseUserInfo(what, scheme, authority, at) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    const password = colon >= 0 ? userinfo.slice(colon + 1) : '';
    if (password) {
        (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .addSecret */ .Ck)(password);
        try {
            (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .addSecret */ .Ck)(decodeURIComponent(password));
        }
        catch {
            /* not percent-encoded */
        }
    }
    const shown = `${scheme}${colon >= 0 ? userinfo.slice(0, colon) + ':***' : userinfo}@${authority.slice(at + 1)}`;
    throw refuse(`${what} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(shown, 200)} contains a user name or password; credentials never go in the registry address.`);
}


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ runner)
/* harmony export */ });
/* unused harmony export issueCommand */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The runner contract (workflow commands and file commands), written directly: loading @actions/core costs ~50 ms and
 * ~15 MB at every start (it pulls in its HTTP client for OIDC), and the pipeline needs only these few lines of it.
 * Same wire format as @actions/core 3: `::name k=v,k=v::message` with core's escaping; GITHUB_OUTPUT/GITHUB_STATE
 * `name<<delimiter` blocks; the job summary appended to GITHUB_STEP_SUMMARY.
 * The cache library (loaded only when caching) keeps using @actions/core itself.
 */


function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${name}${props ? ' ' + props : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
/** Append `name<<delimiter … delimiter` to the file named by `envName`; without the file, the legacy command. */
function fileCommand(envName, legacy, name, value) {
    const file = process.env[envName];
    if (!file) {
        issueCommand(legacy, { name }, value);
        return;
    }
    // node:crypto is loaded here, not at start-up: a post step with nothing to save never needs it
    const { randomUUID } = process.getBuiltinModule('node:crypto');
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('Unexpected input: contains the delimiter');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, 'utf8');
}
const runner = {
    info: (message) => process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL),
    /** Written only when step debug logging is on (the runner then sets RUNNER_DEBUG=1; it hides them otherwise). */
    debug: (message) => {
        if (process.env.RUNNER_DEBUG === '1')
            issueCommand('debug', {}, message);
    },
    notice: (message, p = {}) => issueCommand('notice', p, message),
    warning: (message, p = {}) => issueCommand('warning', p, message),
    error: (message, p = {}) => issueCommand('error', p, message),
    setSecret: (secret) => issueCommand('add-mask', {}, secret),
    setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', 'set-output', name, value),
    saveState: (name, value) => fileCommand('GITHUB_STATE', 'save-state', name, value),
    startGroup: (name) => issueCommand('group', {}, name),
    endGroup: () => issueCommand('endgroup', {}, ''),
    /** Append to the job summary; false when the runner gives no summary file (GHES, local runs). */
    appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, 'utf8');
        return true;
    },
};


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ computeTags),
/* harmony export */   KH: () => (/* binding */ isReleaseTag),
/* harmony export */   kA: () => (/* binding */ sanitizeRepository),
/* harmony export */   tf: () => (/* binding */ parseTagsInput)
/* harmony export */ });
/* unused harmony exports parseSemver, sanitiseTag, normaliseRepository, planTags */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5625);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3048);
/**
 * Tag planning, following docker/metadata-action semantics (defaults when `tags` is not given):
 * - tag push `v1.2.3` / `1.2.3`: `1.2.3`, `1.2`, `1`, `latest` (major 0: no bare `0` unless `majorZero`);
 *   pre-release `v2.0.0-rc.1`: only `2.0.0-rc.1`; a non-semver tag: the sanitised tag name;
 * - branch push: the sanitised branch name, plus `edge` on the default branch;
 * - pull request: `pr-<N>`;
 * - always `sha-<7 hex>` of the commit (the PR head commit on pull requests).
 * Explicit `tags` replace all defaults (including `sha-…`, which `sha-{{sha}}` restores); entries may use
 * `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}`, `{{sha}}`, `{{branch}}`, `{{tag}}`, `{{pr}}`.
 */



/** semver.org grammar, with an optional leading `v`. */
const SEMVER_RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** Parse a strict semantic version (`v1.2.3`, `1.2.3-rc.1+build.5`); undefined when it is not one. */
function parseSemver(text) {
    const m = SEMVER_RE.exec(text);
    if (!m)
        return undefined;
    const [, major, minor, patch, prerelease, build] = m;
    return { version: text.replace(/^v/, ''), major, minor, patch, prerelease, build };
}
/** True for a tag that names one release: a full semver (`1.2.3`, `v1.2.3`, `2.0.0-rc.1`, `1.2.3-build.4`). */
function isReleaseTag(tag) {
    // `+build` metadata is sanitised to `-build`, which is still a (pre-release) semver.
    return SEMVER_RE.test(tag);
}
/**
 * Reduce a ref-derived value to tag characters the way metadata-action does: `/` and anything outside
 * `[A-Za-z0-9_.-]` become `-`. The result must be a valid OCI tag (≤128 characters, not starting with `.` or `-`),
 * else UserError naming `source`.
 */
function sanitiseTag(value, source) {
    const s = value.replace(/[^A-Za-z0-9_.-]/g, '-');
    if (!_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_RE */ .PP.test(s)) {
        const why = s === ''
            ? 'it is empty'
            : s.length > 128
                ? `it is ${s.length} characters long (at most 128 allowed)`
                : 'a tag must start with a letter, digit or underscore';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot make an OCI tag from ${source} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(value, 140)}: ${why}.`, 'Give the tags explicitly with the `tags` input (e.g. `sha-{{sha}}`), using only A-Z a-z 0-9 _ . - (max 128).', 'Invalid tag');
    }
    return s;
}
/** OCI repository grammar (lowercase path components). */
/**
 * Lowercase a repository name (`Acme-Org/Filters` -> `acme-org/filters`) and check it against the OCI grammar.
 * UserError naming the input when it is still invalid (e.g. spaces, `ghcr.io/` prefix in the wrong input).
 */
function normaliseRepository(value, inputName = 'repository') {
    const s = value.trim().toLowerCase();
    if (!_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .REPOSITORY_RE */ .PO.test(s) || s.length > 255) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input \`${inputName}\` is not a valid OCI repository name: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(value, 260)}.`, 'Use lowercase path components of a-z 0-9 separated by `.`, `_`, `__` or `-`, joined by `/` ' +
            '(e.g. `acme-org/filters`); put the registry host in the `registry` input, not here.', 'Invalid repository');
    }
    return s;
}
/** Split a list input: one entry per line or comma-separated; `#` starts a comment line; blanks dropped. */
function parseTagsInput(text) {
    if (!text)
        return [];
    return text
        .split(/\r?\n/)
        .filter((l) => !l.trim().startsWith('#'))
        .flatMap((l) => l.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function shortSha(ctx) {
    if (!/^[0-9a-f]{7,64}$/.test(ctx.sha)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The commit SHA is missing or malformed (${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(ctx.sha, 80)}), so no \`sha-\` tag can be made.`, 'Run inside GitHub Actions (GITHUB_SHA set), or give the tags explicitly with the `tags` input.', 'No commit SHA');
    }
    return ctx.sha.slice(0, 7);
}
function semverOf(ctx) {
    return ctx.refType === 'tag' ? parseSemver(ctx.refName) : undefined;
}
function defaultTags(ctx, sv, majorZero) {
    const out = [];
    const add = (name, kind, priority, immutable = false) => out.push({ name, kind, priority, immutable });
    if (ctx.refType === 'tag') {
        if (sv) {
            add(sanitiseTag(sv.version, 'the git tag'), 'semver', 900, true);
            if (!sv.prerelease) {
                add(`${sv.major}.${sv.minor}`, 'semver-floating', 900);
                if (sv.major !== '0' || majorZero)
                    add(sv.major, 'semver-floating', 900);
                add('latest', 'latest', 100);
            }
        }
        else {
            add(sanitiseTag(ctx.refName, 'the git tag'), 'ref', 600);
        }
    }
    else if (ctx.refType === 'branch') {
        if (ctx.isDefaultBranch)
            add('edge', 'edge', 700);
        add(sanitiseTag(ctx.refName, 'the branch name'), 'ref', 600);
    }
    else if (ctx.refType === 'pull' && ctx.prNumber !== undefined) {
        add(`pr-${ctx.prNumber}`, 'ref', 600);
    }
    add(`sha-${shortSha(ctx)}`, 'sha', 100);
    return out;
}
const PLACEHOLDER_RE = /\{\{\s*([a-z_]+)\s*\}\}/g;
function explicitTags(ctx, sv, entries, inputName) {
    const tags = [];
    const skipped = [];
    const branch = ctx.refType === 'branch' ? ctx.refName : undefined;
    for (const entry of entries) {
        let missing;
        const expanded = entry.replace(PLACEHOLDER_RE, (_m, name) => {
            let v;
            switch (name) {
                case 'version':
                    v = sv?.version;
                    break;
                case 'major':
                case 'minor':
                case 'patch':
                    // metadata-action: pre-releases never get major/minor tags
                    v = sv && !sv.prerelease ? sv[name] : undefined;
                    break;
                case 'sha':
                    v = shortSha(ctx);
                    break;
                case 'branch':
                    v = branch;
                    break;
                case 'tag':
                    v = ctx.refType === 'tag' ? ctx.refName : undefined;
                    break;
                case 'pr':
                    v = ctx.prNumber !== undefined ? String(ctx.prNumber) : undefined;
                    break;
                default:
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input \`${inputName}\` entry ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(entry)} uses an unknown placeholder {{${name}}}.`, 'Use one of {{version}}, {{major}}, {{minor}}, {{patch}}, {{sha}}, {{branch}}, {{tag}}, {{pr}}.', 'Invalid tag');
            }
            if (v === undefined) {
                missing ??= name;
                return '';
            }
            return v.replace(/[^A-Za-z0-9_.-]/g, '-');
        });
        if (missing !== undefined) {
            skipped.push(`${entry} ({{${missing}}} has no value for this ${describeRef(ctx, sv)})`);
            continue;
        }
        if (!_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_RE */ .PP.test(expanded)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input \`${inputName}\` entry ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(entry, 140)} gives ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(expanded, 140)}, which is not a valid OCI tag.`, 'A tag is 1-128 characters of A-Z a-z 0-9 _ . - and must not start with `.` or `-`; give tag names only ' +
                '(no registry, repository or `:`).', 'Invalid tag');
        }
        const immutable = isReleaseTag(expanded);
        tags.push({ name: expanded, kind: immutable ? 'semver' : 'custom', priority: 200, immutable });
    }
    return { tags, skipped };
}
function describeRef(ctx, sv) {
    if (ctx.refType === 'tag')
        return sv?.prerelease ? 'pre-release tag' : sv ? 'release tag' : 'non-semver tag';
    if (ctx.refType === 'branch')
        return 'branch push';
    if (ctx.refType === 'pull')
        return 'pull request';
    return `${ctx.eventName || 'unknown'} event`;
}
/**
 * Plan the tags for this run. Stable order: priority descending, then as generated/listed; duplicates dropped.
 * Throws UserError for an invalid explicit entry, an unusable ref name, or when no tag remains.
 */
function planTags(ctx, opts = {}) {
    const inputName = opts.inputName ?? 'tags';
    const sv = semverOf(ctx);
    const entries = (opts.tags ?? []).map((t) => t.trim()).filter((t) => t !== '');
    let planned;
    let skipped = [];
    if (entries.length > 0) {
        ({ tags: planned, skipped } = explicitTags(ctx, sv, entries, inputName));
        if (planned.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Every entry of input \`${inputName}\` was skipped for this ${describeRef(ctx, sv)}: ${skipped.join('; ')}.`, 'Add an entry that always has a value, e.g. `sha-{{sha}}`.', 'No tags');
        }
    }
    else {
        planned = defaultTags(ctx, sv, opts.majorZero ?? false);
    }
    const seen = new Set();
    const unique = planned.filter((t) => (seen.has(t.name) ? false : (seen.add(t.name), true)));
    const sorted = unique
        .map((t, i) => ({ t, i }))
        .sort((a, b) => b.t.priority - a.t.priority || a.i - b.i)
        .map(({ t }) => t);
    return {
        tags: sorted.map((t) => t.name),
        planned: sorted,
        version: sorted[0]?.name ?? '',
        semver: sv,
        skipped,
    };
}
/** `planTags` with the `tags` input as a list (the shape main.ts uses). */
function computeTags(ctx, tags, opts = {}) {
    return planTags(ctx, { ...opts, tags });
}
/** Alias of `normaliseRepository`. */
const sanitizeRepository = normaliseRepository;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4813);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(788);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5625);
/* harmony import */ var _cache_timeout_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9153);
/**
 * Entry point of the action: one bundle serves `runs.main` and `runs.post` (the post step sees STATE_isPost).
 * Only starts things: the pipeline is in main.ts, the post step (cache save) in post.ts.
 */





async function main() {
    // Every secret the process learns from here on (inputs, tokens) is masked the moment it is recorded.
    (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .onSecret */ .IJ)(_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.setSecret);
    if (process.env.STATE_isPost === 'true') {
        const { post } = await __nccwpck_require__.e(/* import() */ 661).then(__nccwpck_require__.bind(__nccwpck_require__, 6661));
        await post();
        return;
    }
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.saveState('isPost', 'true');
    const { run } = await __nccwpck_require__.e(/* import() */ 100).then(__nccwpck_require__.bind(__nccwpck_require__, 2100));
    await run((0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .GP)(process.env));
}
main()
    .catch((e) => {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y) {
        const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .joinMessage */ .m)(e.message, e.fix);
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.error((0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(text), { title: e.title ?? 'wasm-oci', file: e.file });
    }
    else {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.error(`Unexpected failure: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)((0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .untrusted */ .bp)(e instanceof Error ? (e.stack ?? e.message) : String(e), 4000))}`, {
            title: 'wasm-oci',
        });
    }
    process.exitCode = 1;
})
    .finally(() => {
    // A cache call that timed out (@actions/cache cannot be cancelled) may still be retrying in the background: it must
    // not hold the step open. Outputs, state and logs are written synchronously by now, so exit with the step's code.
    if ((0,_cache_timeout_js__WEBPACK_IMPORTED_MODULE_4__/* .abandonedCount */ ._r)() > 0)
        process.exit();
});

