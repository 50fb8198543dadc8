#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   DT: () => (/* binding */ COMMON_OPTIONS),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   No: () => (/* binding */ readStdinSecret),
/* harmony export */   ZR: () => (/* binding */ parseLayoutReference),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   zc: () => (/* binding */ REGISTRY_OPTIONS)
/* harmony export */ });
/* unused harmony export secrets */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(25625);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3048);
/**
 * Argument handling shared by the CLI commands: usage errors (exit 2), `node:util` parseArgs with the CLI's
 * conventions, image references, stdin secrets, and the set of secrets no output may contain.
 * Loads nothing heavy: `--help` and usage errors stay fast.
 */



/** A mistake in how the command was called: printed with a hint to `--help`, exit code 2. */
class UsageError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
        this.name = 'UsageError';
    }
}
/** Options every command accepts. */
const COMMON_OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    verbose: { type: 'boolean', short: 'v' },
    quiet: { type: 'boolean', short: 'q' },
};
/** Registry access options (every command that talks to a registry). */
const REGISTRY_OPTIONS = {
    'plain-http': { type: 'boolean' },
    username: { type: 'string', short: 'u' },
    password: { type: 'string', short: 'p' },
    'password-stdin': { type: 'boolean' },
    'oci-layout': { type: 'string' },
};
/** parseArgs, strict, with its errors turned into UsageErrors naming the command. */
function parse(command, argv, options) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
        return { values: values, positionals };
    }
    catch (e) {
        const msg = e.message.replace(/\s*To specify a positional argument.*$/s, '');
        throw new UsageError(msg, command);
    }
}
function str(values, name) {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
}
function bool(values, name) {
    return values[name] === true;
}
function list(values, name) {
    const v = values[name];
    const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return all.filter((x) => typeof x === 'string');
}
/** `a,b c` -> ['a','b','c'] */
function splitList(text) {
    if (text === undefined)
        return undefined;
    return text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
const HOST_CHARS_RE = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?$/;
/** Docker's rule: the first component is a registry host when it is `localhost` or has a `.` or a `:`. */
function isHost(s) {
    return (s === 'localhost' || s.includes('.') || s.includes(':')) && HOST_CHARS_RE.test(s);
}
/** Parse an image reference that names its registry host. UsageError when it does not parse. */
function parseReference(text, command) {
    const bad = (why) => new UsageError(`${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(text, 200)} is not a valid reference: ${why}. Write registry/repository:tag or registry/repository@sha256:<hex>, ` +
        'e.g. ghcr.io/acme/filter:v1.', command);
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_RE */ .Vt.test(digest))
            throw bad('the digest is not sha256:<64 lowercase hex>');
    }
    const slash = rest.indexOf('/');
    if (slash < 0)
        throw bad('it has no registry host');
    const registry = rest.slice(0, slash);
    if (!isHost(registry))
        throw bad(`${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(registry, 100)} is not a registry host (host[:port])`);
    let repository = rest.slice(slash + 1);
    let tag;
    const lastSlash = repository.lastIndexOf('/');
    const colon = repository.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = repository.slice(colon + 1);
        repository = repository.slice(0, colon);
        if (!_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_RE */ .PP.test(tag))
            throw bad(`the tag ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(tag, 140)} is not a valid tag`);
    }
    if (!_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .REPOSITORY_RE */ .PO.test(repository)) {
        throw bad(/[A-Z]/.test(repository)
            ? 'repository names are lowercase'
            : `${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(repository, 200)} is not a valid repository name`);
    }
    return { registry: registry.toLowerCase(), repository, tag, digest };
}
/** A tag or digest inside an OCI layout. */
function parseLayoutReference(text, command) {
    const t = text.trim();
    if (_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_RE */ .Vt.test(t) || _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_RE */ .PP.test(t))
        return t;
    throw new UsageError(`${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(text, 200)} is not a tag or digest; with --oci-layout, the reference is a tag of the layout (e.g. v1) or sha256:<hex>.`, command);
}
/** Secrets given to this process: redacted from anything printed. */
const secrets = new Set();
function addSecret(value) {
    if (!value)
        return;
    secrets.add(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 4)
            secrets.add(line.trim());
}
function redact(text) {
    let s = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret.length >= 3 && s.includes(secret))
            s = s.split(secret).join('***');
    }
    return s;
}
let stdinUsedBy;
/** Read all of stdin once (for `--password-stdin` and friends), without the trailing newline. */
async function readStdinSecret(flag, command) {
    if (stdinUsedBy)
        throw new UsageError(`${flag} and ${stdinUsedBy} cannot both read stdin.`, command);
    stdinUsedBy = flag;
    if (process.stdin.isTTY) {
        throw new UsageError(`${flag} reads the secret from stdin, but stdin is a terminal; pipe it in.`, command);
    }
    const chunks = [];
    for await (const c of process.stdin)
        chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
    const value = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
    if (!value)
        throw new UsageError(`${flag} was given but stdin was empty.`, command);
    addSecret(value);
    return value;
}


/***/ }),

/***/ 83916:
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

/***/ 25625:
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
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

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/cli/advice.ts
/**
 * The CLI's wording of an error: one sentence for what is wrong and one for the fix, joined with a full stop, and the
 * action's advice (which names action inputs such as `plain-http: true`) restated with the CLI's flags.
 * Duck-typed on the error's fields so that printing an error loads no registry code.
 */

/** TLS alerts that mean "the server did not answer in TLS at all" (a plain-HTTP registry). */
const PLAIN_HTTP_PEER = /wrong version number|WRONG_VERSION_NUMBER|packet length too long|http request/i;
/** The message and fix the CLI prints for `e` (a UserError or RegistryError). */
function cliAdvice(e) {
    // untrusted() shows a newline of the TLS library's text as a literal `\n`: drop it at the end of the message.
    const message = e.message.replace(/(?:\s*\\n)+\s*$/, '');
    if (e.kind === 'tls') {
        const host = /TLS connection to (\S+) failed/.exec(message)?.[1];
        if (PLAIN_HTTP_PEER.test(message) && host) {
            return {
                message: `The registry ${host} speaks plain HTTP, not HTTPS (the TLS handshake got an HTTP answer)`,
                fix: 'Pass --plain-http to talk HTTP to it (local or test registries only).',
            };
        }
        return { message, fix: e.fix?.replace(/set `plain-http: true`/, 'pass --plain-http') };
    }
    return { message, fix: e.fix };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(77593);
;// CONCATENATED MODULE: ./src/cli/help.ts
/** `--help` texts. Plain strings: printing them loads nothing else. */
const GLOBAL_HELP = `wasm-oci: publish and fetch WebAssembly modules as OCI artifacts

Usage:
  wasm-oci push <module.wasm> <registry/repository:tag>... [options]
  wasm-oci pull <reference> -o <file> [options]
  wasm-oci inspect <reference> [--json] [options]
  wasm-oci verify <reference> (--key <pub.pem> | --certificate-identity <id> --trusted-root <file>) [options]

Commands:
  push      validate, package (Solo "oci" variant by default, compat or CNCF) and push a module
  pull      fetch the exact module bytes of an artifact (any of the formats), verifying every digest
  inspect   show format, digests, annotations, runtime config, ABI markers, consumer compatibility, referrers
  verify    verify the signed SLSA provenance attached to an artifact

Options:
  -h, --help       show help (also: wasm-oci <command> --help)
      --version    print the version

Credentials: --username with --password-stdin, or the Docker config ($DOCKER_CONFIG/config.json,
~/.docker/config.json) written by \`docker login\`, including its credential helpers (credsStore, credHelpers).
Exit codes: 0 success, 1 failure, 2 usage error.
`;
const REGISTRY = `Registry options:
      --plain-http           use HTTP instead of HTTPS (local test registries)
  -u, --username <name>      registry user name
      --password-stdin       read the registry password or token from stdin
  -p, --password <secret>    registry password (visible to other users: prefer --password-stdin)
  -v, --verbose              log every registry request (without credentials)
  -q, --quiet                print only results and errors`;
const PUSH_HELP = `Usage: wasm-oci push <module.wasm> <registry/repository:tag>... [options]

Validates the module, packages it and pushes it with every tag given (all references must name the same
registry/repository; a reference without a tag means :latest). Prints the manifest digest on stdout.
Timestamps come from SOURCE_DATE_EPOCH, else the commit time of git HEAD in the current directory (in Actions: the
commit in GITHUB_WORKSPACE), so pushes are reproducible.

Packaging:
      --format <f>                 solo (default), compat, cncf or auto
      --runtime-type <type>        runtime config type (default envoy_proxy for proxy-wasm modules)
      --abi-versions <list>        abiVersions, comma-separated (default: from the module's ABI marker)
      --root-ids <list>            config.rootIds, comma-separated
      --runtime-config <file>      a runtime-config.json to start from
      --annotation <key=value>     manifest annotation (repeatable; an empty value removes a default)
      --require-consumers <list>   fail unless these accept the artifact: istio, envoy-gateway, wasme, wkg, runwasi
      --oci-layout <dir>           also write the artifact to this OCI layout (default: a temporary one)
      --dry-run                    validate and package (into --oci-layout), do not push
      --overwrite-tags             allow moving release (semver) tags that point elsewhere
      --json                       print the full result as JSON instead of the digest
Signing (SLSA provenance attached as an OCI referrer):
      --signing <mode>             none (default), key, keyless or auto; key when --signing-key is given
      --signing-key <file>         P-256 private key (PEM, or cosign's encrypted format)
      --signing-key-password-stdin read the key's password from stdin (else $COSIGN_PASSWORD)
      --fulcio-url <url>           keyless: Fulcio (default https://fulcio.sigstore.dev)
      --rekor-url <url>            keyless: Rekor (default https://rekor.sigstore.dev, none with only --tsa-url)
      --tsa-url <url>              keyless: RFC 3161 timestamp authority
      Provenance is built from the GITHUB_* variables of the run (set them when signing outside Actions).
${REGISTRY}
`;
const PULL_HELP = `Usage: wasm-oci pull <reference> -o <file> [options]

Writes the exact module bytes of the artifact to <file>. Reads the Solo "oci" variant (also its legacy
vnd.io.solo names), compat (plugin.wasm in the last tar+gzip layer), CNCF (application/wasm) and wasm-to-oci.
An index resolves to its manifest for platform wasm, else its first one. The manifest (when pulled by digest), the
config and the layer are checked against their digests; on any mismatch nothing is written and the exit code is 1.

Options:
  -o, --output <file>        where to write the module (required)
      --oci-layout <dir>     read from an OCI layout instead; <reference> is then a tag (or digest) in it
      --json                 print what was pulled as JSON on stdout
${REGISTRY}
`;
const INSPECT_HELP = `Usage: wasm-oci inspect <reference> [--json] [options]

Shows the artifact's format, manifest/config/layer digests and sizes, annotations, runtime config, the module's
ABI markers and checks (the module is fetched, verified and read), which consumers accept it (Istio, Envoy Gateway,
wasme, wkg, runwasi) and the referrers (attestations) attached to it.

Options:
      --json                 print a JSON document instead of text
      --oci-layout <dir>     read from an OCI layout instead; <reference> is then a tag (or digest) in it
${REGISTRY}
`;
const VERIFY_HELP = `Usage: wasm-oci verify <reference> --key <pub.pem> [options]
       wasm-oci verify <reference> --certificate-identity <id> --trusted-root <trusted_root.json> [options]

Verifies the signed SLSA provenance attached to the artifact (OCI referrers API, else the sha256-<hex> tag index):
the Sigstore bundle's signature, and that the signed statement names the artifact's manifest digest.

Options:
      --key <file>                       public key (PEM) of a key-signed artifact
      --trusted-root <file>              keyless (required): Sigstore trusted_root.json (\`gh attestation trusted-root\`)
      --certificate-identity <id>        keyless: expected certificate identity (workflow URL@ref)
      --certificate-identity-regexp <re> keyless: identity as a regular expression instead
      --certificate-oidc-issuer <url>    keyless: issuer (default https://token.actions.githubusercontent.com)
      --json                             print the verification result as JSON
${REGISTRY}
`;

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/cli/version.ts
/**
 * The package version, read from the package.json that ships next to the code (two levels up from both
 * `src/cli/version.ts` and `dist/cli/index.js`), found by walking up from this file.
 */



function readVersion() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
            if (pkg.name && pkg.version)
                return pkg.version;
        }
        catch {
            /* keep looking */
        }
        dir = (0,external_node_path_.dirname)(dir);
    }
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/**
 * `wasm-oci`: the command-line face of the action. Dispatches to one command module, loaded on demand (so `--help`
 * and the read-only commands never load @actions/core or the Sigstore libraries).
 * Exit codes: 0 ok, 1 failure, 2 usage error. Errors: one `error: …` line on stderr (message. fix), secrets redacted.
 */







const HELP = {
    push: PUSH_HELP,
    pull: PULL_HELP,
    inspect: INSPECT_HELP,
    verify: VERIFY_HELP,
};
const COMMANDS = {
    push: async () => (await __nccwpck_require__.e(/* import() */ 360).then(__nccwpck_require__.bind(__nccwpck_require__, 33360))).push,
    pull: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(391), __nccwpck_require__.e(715)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95715))).pull,
    inspect: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(391), __nccwpck_require__.e(990), __nccwpck_require__.e(850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86850))).inspect,
    verify: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(327), __nccwpck_require__.e(391), __nccwpck_require__.e(137)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71137))).verify,
};
function oneLine(text) {
    return (0,args/* redact */.E$)(text.replace(/\s*\r?\n\s*/g, ' ').trim());
}
async function main(argv) {
    const [first, ...rest] = argv;
    if (first === undefined) {
        process.stderr.write(GLOBAL_HELP);
        return 2;
    }
    if (first === '-h' || first === '--help') {
        process.stdout.write(GLOBAL_HELP);
        return 0;
    }
    if (first === '--version' || first === '-V') {
        process.stdout.write(`wasm-oci ${readVersion()}\n`);
        return 0;
    }
    if (first === 'help') {
        const topic = rest[0];
        process.stdout.write(topic && HELP[topic] ? HELP[topic] : GLOBAL_HELP);
        return topic && !HELP[topic] ? 2 : 0;
    }
    const load = COMMANDS[first];
    if (!load) {
        process.stderr.write(`error: unknown command ${JSON.stringify(oneLine(first))}. Commands: push, pull, inspect, verify (see wasm-oci --help).\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(HELP[first]);
        return 0;
    }
    const verbose = rest.includes('--verbose') || rest.includes('-v');
    try {
        return await (await load())(rest);
    }
    catch (e) {
        return report(e, first, verbose);
    }
}
function report(e, command, verbose) {
    if (e instanceof args/* UsageError */.eb) {
        process.stderr.write(`error: ${oneLine(e.message)}\nRun 'wasm-oci ${e.command ?? command} --help' for usage.\n`);
        return 2;
    }
    if (e instanceof errors/* UserError */.y) {
        const { message, fix } = cliAdvice(e);
        process.stderr.write(`error: ${oneLine((0,errors/* joinMessage */.m)(message, fix))}\n`);
        return 1;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    process.stderr.write(`error: unexpected failure: ${oneLine(err.message)}\n`);
    if (verbose && err.stack)
        process.stderr.write((0,args/* redact */.E$)(err.stack) + '\n');
    return 1;
}
/** Run as a program (not imported): the script node was started with is this file (through any symlink, e.g. npm's bin). */
function invokedDirectly() {
    const script = process.argv[1];
    if (script === undefined)
        return false;
    try {
        return (0,external_node_fs_.realpathSync)(script) === (0,external_node_fs_.realpathSync)((0,external_node_url_.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (invokedDirectly()) {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (e) => {
        process.stderr.write(`error: ${oneLine(String(e))}\n`);
        process.exitCode = 1;
    });
}

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
