export const id = 391;
export const ids = [391];
export const modules = {

/***/ 20647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z8: () => (/* binding */ resolveCredentials)
});

// UNUSED EXPORTS: helperFor, runHelper, serverUrl

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/read-file.ts
var read_file = __webpack_require__(89834);
;// CONCATENATED MODULE: ./src/registry/docker-config.ts
/**
 * Registry credentials from the Docker config file (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`), as
 * `docker login` writes them: `auths.<host>.auth` (base64 `user:password`), or `username`/`password`, or
 * `identitytoken`. Keys match the registry host exactly (case-insensitive), also in URL form (`https://host`,
 * `https://host/v1/`); `docker.io` also matches Docker Hub's legacy key `https://index.docker.io/v1/`.
 * Credential helpers (`credsStore`, `credHelpers`) are run by the CLI (src/cli/credentials.ts) before this file is read;
 * here an entry that only names a helper gives no credentials.
 * Nothing here logs or returns secret material except as the returned Credentials.
 */





/** Where the config file is: `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`. */
function dockerConfigPath(env = process.env) {
    if (env.DOCKER_CONFIG)
        return (0,external_node_path_.join)(env.DOCKER_CONFIG, 'config.json');
    return (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker', 'config.json');
}
/** Read and parse the config; undefined when the file does not exist. A malformed file is a UserError. */
async function readDockerConfig(path) {
    let text;
    try {
        // Only a regular file, read with a byte limit (a FIFO or a device is refused, never read).
        const bytes = await (0,read_file/* readRegularFile */.X)(path, {
            what: 'The Docker config file',
            limit: 4 << 20,
            title: 'Docker config',
            fix: 'Point DOCKER_CONFIG at a directory holding a config.json file, or pass --username with --password-stdin.',
        });
        text = bytes.toString('utf8');
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw e;
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new errors/* UserError */.y(`The Docker config file ${(0,src_log.q)(path)} could not be read (${code ?? 'error'}).`, 'Fix its permissions, point DOCKER_CONFIG at another directory, or pass --username with --password-stdin.', 'Docker config');
    }
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        // The parser's message may quote the file (and so a secret): not included.
        throw new errors/* UserError */.y(`The Docker config file ${(0,src_log.q)(path)} is not valid JSON.`, 'Repair it (or run `docker login` again), point DOCKER_CONFIG elsewhere, or pass --username with --password-stdin.', 'Docker config');
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* UserError */.y(`The Docker config file ${(0,src_log.q)(path)} is not a JSON object.`, 'Repair it, or run `docker login` again.', 'Docker config');
    }
    return data;
}
/** `https://Host:5000/v1/` -> `host:5000`; `host` -> `host`. */
function normaliseAuthKey(key) {
    let s = key.trim();
    s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const slash = s.indexOf('/');
    if (slash >= 0)
        s = s.slice(0, slash);
    return s.toLowerCase();
}
const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
function hostsFor(registry) {
    const r = registry.toLowerCase();
    return DOCKER_HUB_ALIASES.includes(r) ? DOCKER_HUB_ALIASES : [r];
}
/**
 * The credentials stored for `registry` (host[:port]), or undefined. An exact key (`ghcr.io`) wins over a URL-form key
 * (`https://ghcr.io`). A present but undecodable entry is a UserError naming the key, never its content.
 */
function credentialsFromConfig(config, registry) {
    const auths = config?.auths;
    if (!auths || typeof auths !== 'object')
        return undefined;
    const hosts = hostsFor(registry);
    const keys = Object.keys(auths);
    const exact = keys.filter((k) => hosts.includes(k.trim().toLowerCase()));
    const urlForm = keys.filter((k) => !exact.includes(k) && hosts.includes(normaliseAuthKey(k)));
    for (const key of [...exact, ...urlForm]) {
        const c = decodeEntry(key, auths[key]);
        if (c)
            return c;
    }
    return undefined;
}
function decodeEntry(key, e) {
    if (!e || typeof e !== 'object')
        return undefined;
    const bad = (what) => new errors/* UserError */.y(`The Docker config entry for ${(0,src_log.q)(key)} has ${what}.`, 'Run `docker login` for this registry again, or pass --username with --password-stdin.', 'Docker config');
    let user;
    let password;
    if (typeof e.auth === 'string' && e.auth !== '') {
        if (!/^[A-Za-z0-9+/=\s]+$/.test(e.auth))
            throw bad('an `auth` value that is not base64');
        const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            throw bad('an `auth` value that does not decode to user:password');
        user = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    if (typeof e.username === 'string' && e.username !== '')
        user = e.username;
    if (typeof e.password === 'string' && e.password !== '')
        password = e.password;
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
async function dockerCredentials(registry, env = process.env) {
    return credentialsFromConfig(await readDockerConfig(dockerConfigPath(env)), registry);
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/credentials.ts
/**
 * Registry credentials for a CLI command, in order: `--username` with `--password-stdin` (or `--password`), else the
 * Docker config file as docker reads it: the registry's credential helper (`credHelpers`), else the default one
 * (`credsStore`), else the `auths` entry for the registry host; else anonymous.
 * Credential helpers follow the docker-credential-helpers protocol: `docker-credential-<name> get` with the server
 * URL on stdin prints `{"ServerURL","Username","Secret"}`; the username `<token>` marks an identity token.
 */





/** What a helper may print (a JSON object with a token): anything longer is refused. */
const MAX_HELPER_OUTPUT = 64 * 1024;
const HELPER_TIMEOUT_MS = 60_000;
const HELPER_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const DOCKER_HUB = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
async function resolveCredentials(values, registry, command, log) {
    const username = (0,args/* str */.gx)(values, 'username');
    let password = (0,args/* str */.gx)(values, 'password');
    const fromStdin = (0,args/* bool */.lc)(values, 'password-stdin');
    if (password !== undefined && fromStdin) {
        throw new args/* UsageError */.eb('--password and --password-stdin are mutually exclusive.', command);
    }
    if (password !== undefined) {
        (0,args/* addSecret */.Ck)(password);
        log.warn('--password on the command line is visible to other users of this machine; prefer --password-stdin.');
    }
    if (fromStdin)
        password = await (0,args/* readStdinSecret */.No)('--password-stdin', command);
    if (password !== undefined && !username) {
        throw new args/* UsageError */.eb(`${fromStdin ? '--password-stdin' : '--password'} needs --username.`, command);
    }
    if (username && password === undefined) {
        throw new args/* UsageError */.eb('--username needs --password-stdin (or --password).', command);
    }
    if (username && password !== undefined)
        return { username, password };
    return configCredentials(registry, log);
}
/** Credentials from the Docker config: helper first (as docker does), then the `auths` entry. */
async function configCredentials(registry, log) {
    const path = dockerConfigPath(process.env);
    const config = await readDockerConfig(path);
    const helper = helperFor(config, registry);
    if (helper) {
        const got = await runHelper(helper.name, serverUrl(registry), helper.explicit, log);
        if (got !== 'missing') {
            log.debug(got
                ? `Using the credentials for ${registry} from docker-credential-${helper.name} (${helper.from} in ${(0,src_log.q)(path)}).`
                : `docker-credential-${helper.name} has no credentials for ${registry}; anonymous.`);
            return got;
        }
    }
    const found = credentialsFromConfig(config, registry);
    if (found) {
        (0,args/* addSecret */.Ck)(found.password);
        log.debug(`Using the ${found.kind} credentials for ${(0,src_log.q)(found.key)} from ${(0,src_log.q)(path)}.`);
        return { username: found.username, password: found.password };
    }
    log.debug(`No credentials for ${registry} in ${(0,src_log.q)(path)}; anonymous.`);
    return undefined;
}
/** The helper docker would ask for `registry`: `credHelpers` (host or URL key) wins over `credsStore`. */
function helperFor(config, registry) {
    const hosts = DOCKER_HUB.includes(registry) ? DOCKER_HUB : [registry];
    const helpers = config?.credHelpers;
    if (helpers && typeof helpers === 'object') {
        for (const [key, name] of Object.entries(helpers)) {
            if (typeof name === 'string' && name && hosts.includes(normaliseAuthKey(key))) {
                return { name: checkedName(name, 'credHelpers'), explicit: true, from: `credHelpers[${(0,src_log.q)(key)}]` };
            }
        }
    }
    const store = config?.credsStore;
    if (typeof store === 'string' && store) {
        return { name: checkedName(store, 'credsStore'), explicit: false, from: 'credsStore' };
    }
    return undefined;
}
function checkedName(name, field) {
    if (HELPER_NAME_RE.test(name))
        return name;
    throw new errors/* UserError */.y(`The Docker config's ${field} names the credential helper ${(0,src_log.q)(name, 100)}, which is not a helper name.`, 'Fix the entry (e.g. "credsStore": "pass" runs docker-credential-pass), or pass --username with --password-stdin.', 'Docker config');
}
/** The server URL docker stores credentials under: Docker Hub's legacy URL, else the registry host. */
function serverUrl(registry) {
    return DOCKER_HUB.includes(registry) ? 'https://index.docker.io/v1/' : registry;
}
/**
 * `docker-credential-<name> get`: the credentials, undefined when the helper has none for this server, or 'missing'
 * when the helper is not installed and was only the default store (the `auths` entries are used instead).
 */
async function runHelper(name, server, explicit, log) {
    const program = `docker-credential-${name}`;
    const fail = (what) => new errors/* UserError */.y(`The Docker credential helper ${program} ${what}.`, `Check it with \`echo ${server} | ${program} get\`, log in again (\`docker login ${server}\`), or pass --username with --password-stdin.`, 'Docker credential helper');
    const { code, stdout, stderr } = await runProgram(program, server);
    if (code === 'ENOENT') {
        if (!explicit) {
            log.warn(`The Docker config's credsStore is ${(0,src_log.q)(name)}, but ${program} is not on PATH; using its auths entries.`);
            return 'missing';
        }
        throw fail(`is named for ${server} in the Docker config (credHelpers) but is not on PATH`);
    }
    if (code !== 0) {
        // The protocol's "not found" answer (exit 1, `credentials not found in native keychain`).
        if (/credentials not found/i.test(stdout + stderr))
            return undefined;
        const said = (stderr.trim() || stdout.trim()).split('\n')[0] ?? '';
        const why = code === 'timeout'
            ? 'no answer within 60 s'
            : code === 'overflow'
                ? 'more than 64 KiB of output'
                : `exit ${code}`;
        throw fail(`failed (${why})${said ? `: ${(0,src_log.q)(said, 200)}` : ''}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw fail('did not print a JSON object'); // its output may hold a secret: not quoted
    }
    const o = (parsed && typeof parsed === 'object' ? parsed : {});
    const user = typeof o.Username === 'string' ? o.Username : '';
    const secret = typeof o.Secret === 'string' ? o.Secret : '';
    if (!secret)
        return undefined;
    (0,args/* addSecret */.Ck)(secret);
    // `<token>` is docker's marker for an identity token; it is sent like the `identitytoken` of a config entry.
    return { username: user, password: secret };
}
/** Run `program get` with `input` on stdin; never through a shell. */
function runProgram(program, input) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.execFile)(program, ['get'], { timeout: HELPER_TIMEOUT_MS, maxBuffer: MAX_HELPER_OUTPUT, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
            const e = err;
            if (!e)
                return resolve({ code: 0, stdout, stderr });
            if (e.code === 'ENOENT')
                return resolve({ code: 'ENOENT', stdout: '', stderr: '' });
            if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
                return resolve({ code: 'overflow', stdout: '', stderr: '' });
            if (e.killed)
                return resolve({ code: 'timeout', stdout: '', stderr: '' });
            resolve({ code: typeof e.code === 'number' ? e.code : 1, stdout, stderr });
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(input); // as docker sends it: the server URL, no newline
    });
}


/***/ }),

/***/ 96657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   Ke: () => (/* binding */ result),
/* harmony export */   Pq: () => (/* binding */ json)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77593);
/**
 * What the CLI prints: results on stdout, progress and diagnostics on stderr (never secrets: everything passes through
 * `redact`). Independent of @actions/core, so the read-only commands never load it.
 */

function stderrLogger(opts = {}) {
    const write = (line) => process.stderr.write((0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(line) + '\n');
    return {
        info: (m) => {
            if (!opts.quiet)
                write(m);
        },
        warn: (m) => write('warning: ' + m),
        debug: (m) => {
            if (opts.verbose)
                write('debug: ' + m);
        },
    };
}
/** One result line (or JSON document) on stdout. */
function result(text) {
    process.stdout.write((0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text) + '\n');
}
function json(value) {
    result(JSON.stringify(value, null, 2));
}


/***/ }),

/***/ 78359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/read-file.ts
var read_file = __webpack_require__(89834);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/layout-reader.ts
/**
 * Read-only access to an OCI image layout (image-spec `image-layout.md`) as an `ArtifactStore`: manifests by tag
 * (`org.opencontainers.image.ref.name` in index.json) or digest, blobs streamed from `blobs/sha256/<hex>`.
 * Unlike `OciLayout.open` it never creates anything. Manifests are checked against the digest that names them;
 * blobs are streamed as stored, and the reader (pull.ts) verifies them.
 */








/** The distribution spec's suggested manifest limit; index.json is bounded the same way. */
const MAX_MANIFEST_BYTES = 4 << 20;
class LayoutStore {
    dir;
    index;
    constructor(dir, index) {
        this.dir = dir;
        this.index = index;
    }
    get name() {
        return `OCI layout ${(0,src_log.q)(this.dir)}`;
    }
    static async open(dir) {
        const notLayout = (why) => new errors/* UserError */.y(`${(0,src_log.q)(dir)} is not an OCI image layout (${why}).`, 'Pass the directory the action or `wasm-oci push --oci-layout` wrote (it holds oci-layout, index.json and blobs/).', 'OCI layout');
        try {
            await (0,promises_.stat)((0,external_node_path_.join)(dir, 'oci-layout'));
        }
        catch {
            throw notLayout('no oci-layout file');
        }
        let index;
        try {
            const bytes = await (0,read_file/* readRegularFile */.X)((0,external_node_path_.join)(dir, 'index.json'), {
                what: 'OCI layout index',
                limit: MAX_MANIFEST_BYTES,
                title: 'OCI layout',
                fix: 'Pass the directory the action or `wasm-oci push --oci-layout` wrote.',
            });
            index = JSON.parse(bytes.toString('utf8'));
        }
        catch (e) {
            if (e instanceof errors/* UserError */.y)
                throw e;
            throw notLayout('index.json is missing or not JSON');
        }
        if (!index || !Array.isArray(index.manifests))
            throw notLayout('index.json has no manifests list');
        return new LayoutStore(dir, index);
    }
    blobPath(digest) {
        if (!types/* DIGEST_RE */.Vt.test(digest)) {
            throw new errors/* UserError */.y(`${(0,src_log.q)(digest)} is not a sha256 digest.`, 'Digests look like `sha256:<64 lowercase hex>`.');
        }
        return (0,external_node_path_.join)(this.dir, 'blobs', 'sha256', (0,oci_digest/* digestHex */.s)(digest));
    }
    /** The index.json entry for a tag (ref name) or digest; undefined when the layout has none. */
    lookup(reference) {
        const entries = this.index.manifests.filter((d) => d && typeof d.digest === 'string');
        if (types/* DIGEST_RE */.Vt.test(reference))
            return entries.find((d) => d.digest === reference);
        return entries.find((d) => d.annotations?.[media_types/* Annotation */.YH.refName] === reference);
    }
    /** Tags (ref names) in index.json. */
    tags() {
        return this.index.manifests
            .map((d) => d?.annotations?.[media_types/* Annotation */.YH.refName])
            .filter((t) => typeof t === 'string');
    }
    async fetchManifest(reference) {
        const entry = this.lookup(reference);
        const digest = entry?.digest ?? (types/* DIGEST_RE */.Vt.test(reference) ? reference : undefined);
        if (!digest)
            return undefined;
        let bytes;
        try {
            const path = this.blobPath(digest);
            // A regular file, read with a byte limit (never a stat size: a FIFO or device would block or grow).
            bytes = await (0,read_file/* readRegularFile */.X)(path, {
                what: `the manifest ${digest} in ${this.name}`,
                limit: MAX_MANIFEST_BYTES,
                title: 'Invalid artifact',
                fix: 'The layout is corrupt; write it again.',
            });
        }
        catch (e) {
            if (e instanceof errors/* UserError */.y)
                throw e;
            if (entry)
                throw missingBlob(this.name, digest);
            return undefined;
        }
        const got = (0,oci_digest/* sha256Digest */.$)(bytes);
        if (got !== digest) {
            throw new errors/* UserError */.y(`The manifest ${digest} in ${this.name} does not match its digest: its bytes hash to ${got}.`, 'The layout was modified or corrupted after it was written; write it again.', 'Digest mismatch');
        }
        let mediaType = entry?.mediaType ?? '';
        try {
            const parsed = JSON.parse(bytes.toString('utf8'));
            if (typeof parsed.mediaType === 'string')
                mediaType = parsed.mediaType;
        }
        catch {
            /* reported by the caller when it parses */
        }
        return { bytes, mediaType, digest };
    }
    async fetchBlob(digest) {
        const path = this.blobPath(digest);
        try {
            const fh = await (0,promises_.open)(path, 'r');
            return fh.createReadStream();
        }
        catch {
            throw missingBlob(this.name, digest);
        }
    }
}
function missingBlob(where, digest) {
    return new errors/* UserError */.y(`Blob ${digest} is missing from ${where}.`, 'The layout is incomplete; write it again (or copy it with all its blobs).', 'Missing blob');
}

// EXTERNAL MODULE: ./src/pull.ts + 1 modules
var pull = __webpack_require__(30364);
// EXTERNAL MODULE: ./src/registry/remote.ts + 5 modules
var registry_remote = __webpack_require__(6327);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/credentials.ts + 1 modules
var cli_credentials = __webpack_require__(20647);
;// CONCATENATED MODULE: ./src/cli/store.ts
/**
 * Open what a read command reads from: a registry repository (`registry/repository:tag|@digest`, pull-only token
 * scope, credentials from flags or the Docker config) or, with `--oci-layout`, a layout directory (reference = tag or
 * digest in it).
 */






async function openStore(values, refText, command, log) {
    const layoutDir = (0,args/* str */.gx)(values, 'oci-layout');
    if (layoutDir !== undefined) {
        const reference = (0,args/* parseLayoutReference */.ZR)(refText, command);
        const store = await LayoutStore.open(layoutDir);
        return { store, reference, layoutDir, close: () => undefined };
    }
    const image = (0,args/* parseReference */.F2)(refText, command);
    const credentials = await (0,cli_credentials/* resolveCredentials */.z8)(values, image.registry, command, log);
    const remote = new registry_remote/* RemoteRepository */.NT({
        registry: image.registry,
        repository: image.repository,
        plainHttp: (0,args/* bool */.lc)(values, 'plain-http'),
        credentials,
        access: 'pull',
        onRequest: (method, url, status) => log.debug(`${method} ${(0,src_log/* untrusted */.bp)(url)} -> ${status}`),
    });
    return {
        store: (0,pull/* remoteStore */.YZ)(remote),
        reference: image.digest ?? image.tag ?? 'latest',
        image,
        remote,
        close: () => remote.close(),
    };
}


/***/ }),

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ sha256Digest),
/* harmony export */   s: () => (/* binding */ digestHex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** sha256 digest string (`sha256:<hex>`) of in-memory bytes. */
function sha256Digest(bytes) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function digestHex(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}


/***/ }),

/***/ 29217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 30364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vl: () => (/* binding */ describeFormat),
  j2: () => (/* binding */ fetchModule),
  xt: () => (/* binding */ listReferrers),
  Kb: () => (/* binding */ parseRuntimeConfig),
  Xg: () => (/* binding */ readConfig),
  YZ: () => (/* binding */ remoteStore),
  BQ: () => (/* binding */ resolveArtifact)
});

// UNUSED EXPORTS: COMPAT_CONFIG_ENTRY, COMPAT_WASM_ENTRY, VerifyingStream, chooseFromIndex, identifyFormat, readBlob

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/package/untar.ts
/**
 * A streaming tar reader for the compat layer (the inverse of tar.ts, tolerant of what other tools write): ustar and
 * GNU headers, the ustar `prefix` field, PAX `path` records and GNU long names. It selects entries by base name (as
 * Istio does: `filepath.Base(name) == "plugin.wasm"`, first match wins) and hands their data to a sink chunk by chunk,
 * so the module is never buffered whole. Everything after the selected entries is still read (so a digest computed
 * over the stream covers it all).
 */

const BLOCK = 512;
const MAX_META = 1 << 20;
function cstring(buf, start, len) {
    const slice = buf.subarray(start, start + len);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}
function numeric(buf, start, len) {
    const field = buf.subarray(start, start + len);
    if (field[0] & 0x80) {
        // GNU base-256: big-endian, high bit set on the first byte.
        let v = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            v = v * 256 + field[i];
        return v;
    }
    const text = cstring(buf, start, len).trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        throw badTar('a header with a non-octal number');
    return parseInt(text, 8);
}
function badTar(what) {
    return new errors/* UserError */.y(`The compat layer is not a valid tar archive: ${what}.`, 'Re-publish the artifact; the compat layer must be a tar+gzip holding plugin.wasm.', 'Invalid artifact');
}
function checksumOk(h) {
    const stored = numeric(h, 148, 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : h[i];
    return stored === sum;
}
function parsePax(data) {
    const out = {};
    let i = 0;
    while (i < data.length) {
        const space = data.indexOf(0x20, i);
        if (space < 0)
            break;
        const len = parseInt(data.subarray(i, space).toString('ascii'), 10);
        if (!Number.isSafeInteger(len) || len <= 0 || i + len > data.length)
            break;
        const record = data.subarray(space + 1, i + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        i += len;
    }
    return out;
}
function baseName(path) {
    const parts = path.split('/').filter((p) => p !== '');
    return parts[parts.length - 1] ?? '';
}
/** Read a tar stream, feeding the first regular-file entry of each selected base name to its sink. */
async function readTar(source, select) {
    const found = {};
    let entries = 0;
    let pending = Buffer.alloc(0);
    let entry;
    let remaining = 0; // data bytes left in the current entry
    let padding = 0; // padding bytes after it
    let sink;
    let meta; // PAX / GNU long-name data being collected
    let nextName;
    let ended = false;
    const startEntry = (h) => {
        if (!checksumOk(h))
            throw badTar('a header checksum does not match');
        let name = cstring(h, 0, 100);
        const type = String.fromCharCode(h[156] || 0x30);
        const magic = cstring(h, 257, 6);
        if (magic === 'ustar') {
            const prefix = cstring(h, 345, 155);
            if (prefix)
                name = `${prefix}/${name}`;
        }
        const size = numeric(h, 124, 12);
        if (nextName !== undefined && type !== 'x' && type !== 'L' && type !== 'g') {
            name = nextName;
            nextName = undefined;
        }
        entry = { name, size, type };
        remaining = size;
        padding = (BLOCK - (size % BLOCK)) % BLOCK;
        sink = undefined;
        meta = undefined;
        if (type === 'x' || type === 'L') {
            if (size > MAX_META)
                throw badTar('an oversized PAX or long-name header');
            meta = [];
        }
        else if (type !== 'g') {
            entries++;
            const base = baseName(name);
            const isFile = type === '0' || type === '7' || type === '\0';
            const s = select.find((x) => x.name === base);
            if (isFile && s && !found[base]) {
                found[base] = { path: name, size };
                sink = s;
            }
        }
    };
    const endEntry = () => {
        if (entry && meta) {
            const data = Buffer.concat(meta);
            if (entry.type === 'x') {
                const path = parsePax(data).path;
                if (path !== undefined)
                    nextName = path;
            }
            else if (entry.type === 'L') {
                nextName = cstring(data, 0, data.length);
            }
        }
        entry = undefined;
        sink = undefined;
        meta = undefined;
    };
    for await (const raw of source) {
        let chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
        while (chunk.length > 0) {
            if (ended) {
                chunk = Buffer.alloc(0); // trailing blocks after the end marker: read and ignored
                break;
            }
            if (entry && remaining > 0) {
                const take = Math.min(remaining, chunk.length);
                const part = chunk.subarray(0, take);
                if (sink)
                    await sink.onData(part);
                if (meta)
                    meta.push(Buffer.from(part));
                remaining -= take;
                chunk = chunk.subarray(take);
                continue;
            }
            if (entry && padding > 0) {
                const take = Math.min(padding, chunk.length);
                padding -= take;
                chunk = chunk.subarray(take);
                if (padding === 0)
                    endEntry();
                continue;
            }
            if (entry)
                endEntry();
            // Collect a header block.
            const need = BLOCK - pending.length;
            pending = Buffer.concat([pending, chunk.subarray(0, need)]);
            chunk = chunk.subarray(need);
            if (pending.length < BLOCK)
                continue;
            const header = pending;
            pending = Buffer.alloc(0);
            if (header.every((b) => b === 0)) {
                ended = true;
                continue;
            }
            startEntry(header);
            if (remaining === 0 && padding === 0)
                endEntry();
        }
    }
    if (!ended && (entry !== undefined ? remaining > 0 || padding > 0 : pending.length > 0)) {
        throw badTar('it ends in the middle of an entry');
    }
    return { found, entries };
}

;// CONCATENATED MODULE: ./src/pull.ts
/**
 * Reading a Wasm artifact back, whatever format it was published in (reference wasm-oci-formats.md §0, §1.2, §4):
 * Solo "oci" (and its legacy `vnd.io.solo` names), compat (OCI or Docker, `plugin.wasm` in the last tar+gzip layer),
 * CNCF (`application/wasm`) and wasm-to-oci. Every byte read is checked: manifests against the digest that names them,
 * every blob (config, layer) against its descriptor's digest and size while it streams. The module is written to a
 * temporary file next to the output and renamed only when every check passed, so a mismatch leaves no output file.
 * No network code here: a store is a `Remote` (registry) or a `LayoutStore` (OCI layout).
 */













/** The read-only part of a `Remote`, named for messages. */
function remoteStore(remote) {
    return {
        name: `${remote.registry}/${remote.repository}`,
        fetchManifest: (r, a) => remote.fetchManifest(r, a),
        fetchBlob: (d) => remote.fetchBlob(d),
        fetchReferrers: remote.fetchReferrers ? (d) => remote.fetchReferrers(d) : undefined,
    };
}
const DOCKER_LAYER_TAR_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const MANIFEST_ACCEPT = [
    media_types/* MediaType */.zu.ociManifest,
    media_types/* MediaType */.zu.ociIndex,
    media_types/* MediaType */.zu.dockerManifest,
    DOCKER_MANIFEST_LIST,
];
const MAX_CONFIG_BYTES = 4 << 20;
const MAX_RUNTIME_CONFIG_BYTES = 1 << 20;
const COMPAT_WASM_ENTRY = 'plugin.wasm';
const COMPAT_CONFIG_ENTRY = 'runtime-config.json';
const FIX_CORRUPT = 'The content was altered on the way or in storage (a proxy, a cache, a broken layout): pull again, and if it ' +
    'persists re-publish the artifact. Nothing was written.';
function digestMismatch(what, where, want, got) {
    return new errors/* UserError */.y(`${what} ${want} from ${where} does not match its digest: the bytes received hash to ${got}.`, FIX_CORRUPT, 'Digest mismatch');
}
/**
 * Which format a manifest is, judged by its layers: raw Wasm layers by media type (Solo, legacy Solo, CNCF,
 * wasm-to-oci), else the compat variant (last layer tar+gzip). Pure; a UserError names the layer types otherwise.
 */
function identifyFormat(manifest) {
    const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
    const raw = [
        [media_types/* MediaType */.zu.soloWasmLayer, 'solo'],
        [media_types/* MediaType */.zu.soloLegacyWasmLayer, 'solo-legacy'],
        [media_types/* MediaType */.zu.cncfWasmLayer, 'cncf'],
        [media_types/* MediaType */.zu.wasmToOciLayer, 'wasm-to-oci'],
    ];
    for (const [mediaType, format] of raw) {
        const i = layers.findIndex((l) => l?.mediaType === mediaType);
        if (i >= 0)
            return { format, layer: checkDescriptor(layers[i]), layerIndex: i, packing: 'raw' };
    }
    const last = layers.length - 1;
    const lastType = layers[last]?.mediaType;
    if (lastType === media_types/* MediaType */.zu.ociLayerTarGzip || lastType === DOCKER_LAYER_TAR_GZIP) {
        return { format: 'compat', layer: checkDescriptor(layers[last]), layerIndex: last, packing: 'tar+gzip' };
    }
    const types = layers.map((l) => (0,log.q)(String(l?.mediaType), 120)).join(', ') || 'no layers';
    throw new errors/* UserError */.y(`The artifact is not a Wasm module in a format wasm-oci reads (layers: ${types}).`, `wasm-oci reads the Solo "oci" variant (${media_types/* MediaType */.zu.soloWasmLayer}), compat (plugin.wasm in a last ` +
        `${media_types/* MediaType */.zu.ociLayerTarGzip} layer), CNCF (${media_types/* MediaType */.zu.cncfWasmLayer}) and wasm-to-oci (${media_types/* MediaType */.zu.wasmToOciLayer}).`, 'Unknown format');
}
function checkDescriptor(d) {
    if (!d || typeof d.digest !== 'string' || !types/* DIGEST_RE */.Vt.test(d.digest)) {
        throw new errors/* UserError */.y(`The manifest names a blob by ${(0,log.q)(String(d?.digest), 100)}, which is not a sha256 digest.`, 'wasm-oci reads sha256-addressed artifacts only; re-publish the artifact.', 'Invalid artifact');
    }
    if (!Number.isSafeInteger(d.size) || d.size < 0) {
        throw new errors/* UserError */.y(`The manifest gives blob ${d.digest} an invalid size ${(0,log.q)(String(d.size), 40)}.`, 'Re-publish the artifact.', 'Invalid artifact');
    }
    return d;
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.y(`The ${what} is not valid JSON.`, 'Re-publish the artifact.', 'Invalid artifact');
    }
}
function isIndex(mediaType, doc) {
    return (mediaType === media_types/* MediaType */.zu.ociIndex ||
        mediaType === DOCKER_MANIFEST_LIST ||
        (Array.isArray(doc.manifests) && !Array.isArray(doc.layers)));
}
/** An index resolves to the child whose platform architecture is `wasm`, else its first manifest. */
function chooseFromIndex(index) {
    const list = (Array.isArray(index.manifests) ? index.manifests : []).filter((d) => d && typeof d.digest === 'string' && types/* DIGEST_RE */.Vt.test(d.digest));
    return list.find((d) => d.platform?.architecture === 'wasm') ?? list[0];
}
async function fetchVerifiedManifest(store, reference, expected) {
    const fetched = await store.fetchManifest(reference, MANIFEST_ACCEPT);
    if (!fetched) {
        throw new errors/* UserError */.y(`${(0,log.q)(reference)} was not found in ${store.name}.`, 'Check the tag or digest (and the registry/repository); for --oci-layout, pass a tag of that layout.', 'Not found');
    }
    const got = (0,digest/* sha256Digest */.$)(fetched.bytes);
    const want = expected?.digest ?? (types/* DIGEST_RE */.Vt.test(reference) ? reference : undefined);
    if (want && got !== want)
        throw digestMismatch('Manifest', store.name, want, got);
    if (expected && fetched.bytes.length !== expected.size) {
        throw new errors/* UserError */.y(`Manifest ${expected.digest} from ${store.name} has ${fetched.bytes.length} bytes, its descriptor says ${expected.size}.`, FIX_CORRUPT, 'Digest mismatch');
    }
    return { ...fetched, digest: got };
}
/** Fetch the manifest (following an index to one child), verify it, and identify the format. */
async function resolveArtifact(store, reference) {
    let fetched = await fetchVerifiedManifest(store, reference);
    let doc = parseJson(fetched.bytes, 'manifest');
    let index;
    if (isIndex(fetched.mediaType, doc)) {
        const chosen = chooseFromIndex(doc);
        if (!chosen) {
            throw new errors/* UserError */.y(`${(0,log.q)(reference)} is an empty image index.`, 'Point at a manifest, or re-publish.', 'Invalid artifact');
        }
        index = {
            digest: fetched.digest,
            mediaType: fetched.mediaType,
            size: fetched.bytes.length,
            chosen: checkDescriptor(chosen),
        };
        fetched = await fetchVerifiedManifest(store, chosen.digest, chosen);
        doc = parseJson(fetched.bytes, 'manifest');
        if (isIndex(fetched.mediaType, doc)) {
            throw new errors/* UserError */.y(`${(0,log.q)(reference)} is an index of indexes.`, 'Point at the manifest directly (by digest).', 'Invalid artifact');
        }
    }
    const manifest = doc;
    if (!manifest.config || !Array.isArray(manifest.layers)) {
        throw new errors/* UserError */.y(`${(0,log.q)(reference)} is not an image manifest (no config or layers).`, 'Point at a Wasm artifact.', 'Invalid artifact');
    }
    return {
        reference,
        manifest,
        manifestBytes: fetched.bytes,
        manifestDigest: fetched.digest,
        mediaType: fetched.mediaType || manifest.mediaType || media_types/* MediaType */.zu.ociManifest,
        index,
        match: identifyFormat(manifest),
    };
}
/**
 * A pass-through that hashes and counts a blob as it streams and fails the stream when it is longer than its
 * descriptor says, or, at its end, when the size or digest differ.
 */
class VerifyingStream extends external_node_stream_.Transform {
    descriptor;
    where;
    what;
    hash = (0,external_node_crypto_.createHash)('sha256');
    count = 0;
    constructor(descriptor, where, what = 'Blob') {
        super();
        this.descriptor = descriptor;
        this.where = where;
        this.what = what;
    }
    _transform(chunk, _enc, cb) {
        this.count += chunk.length;
        if (this.count > this.descriptor.size) {
            cb(new errors/* UserError */.y(`${this.what} ${this.descriptor.digest} from ${this.where} is longer than the ${this.descriptor.size} bytes its descriptor says.`, FIX_CORRUPT, 'Digest mismatch'));
            return;
        }
        this.hash.update(chunk);
        cb(null, chunk);
    }
    _flush(cb) {
        const got = 'sha256:' + this.hash.digest('hex');
        if (this.count !== this.descriptor.size) {
            cb(new errors/* UserError */.y(`${this.what} ${this.descriptor.digest} from ${this.where} has ${this.count} bytes; its descriptor says ${this.descriptor.size}.`, FIX_CORRUPT, 'Digest mismatch'));
            return;
        }
        if (got !== this.descriptor.digest) {
            cb(digestMismatch(this.what, this.where, this.descriptor.digest, got));
            return;
        }
        cb();
    }
}
/** Read a small blob whole (config, runtime config), verified against its descriptor. */
async function readBlob(store, d, maxBytes = MAX_CONFIG_BYTES, what = 'Blob') {
    checkDescriptor(d);
    if (d.size > maxBytes) {
        throw new errors/* UserError */.y(`${what} ${d.digest} is ${d.size} bytes; wasm-oci reads at most ${maxBytes} bytes for it.`, 'This is not a Wasm artifact config; check the reference.', 'Invalid artifact');
    }
    const chunks = [];
    await (0,external_node_stream_promises_.pipeline)(await store.fetchBlob(d.digest), new VerifyingStream(d, store.name, what), async (src) => {
        for await (const c of src)
            chunks.push(c);
    });
    return Buffer.concat(chunks);
}
/** Temporary sibling of `out` (same directory, so the final rename is atomic). */
function tempSibling(out) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(out), `.${(0,external_node_path_.basename)(out)}.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
}
/**
 * Stream the module out of the artifact into `outPath`: the layer verified against its descriptor (and, for compat,
 * gunzipped and untarred on the fly). Written to a temporary file, renamed to `outPath` only when everything matched.
 */
async function fetchModule(store, artifact, outPath, opts = {}) {
    const { layer, packing } = artifact.match;
    const tmp = tempSibling(outPath);
    const fh = await (0,promises_.open)(tmp, 'wx', 0o644);
    const moduleHash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const write = async (chunk) => {
        moduleHash.update(chunk);
        size += chunk.length;
        await fh.write(chunk);
    };
    let result = {};
    const rc = { chunks: [], size: 0 };
    const tarHash = (0,external_node_crypto_.createHash)('sha256');
    let found = {};
    try {
        const source = await store.fetchBlob(layer.digest);
        const verify = new VerifyingStream(layer, store.name, 'Layer');
        if (packing === 'raw') {
            await (0,external_node_stream_promises_.pipeline)(source, verify, async (src) => {
                for await (const c of src)
                    await write(c);
            });
        }
        else {
            // Verify the whole layer before parsing it: a corrupted blob is reported as a digest mismatch, not as bad gzip.
            const layerTmp = tempSibling(outPath) + '.layer';
            try {
                await (0,external_node_stream_promises_.pipeline)(source, verify, (0,external_node_fs_.createWriteStream)(layerTmp, { flags: 'wx', mode: 0o600 }));
                found = await extractCompat((0,external_node_fs_.createReadStream)(layerTmp), write, rc, tarHash);
            }
            finally {
                await (0,promises_.rm)(layerTmp, { force: true });
            }
            const diffId = 'sha256:' + tarHash.digest('hex');
            const rcBytes = rc.size <= MAX_RUNTIME_CONFIG_BYTES ? Buffer.concat(rc.chunks) : undefined;
            const ids = opts.diffIds;
            if (Array.isArray(ids) && typeof ids[artifact.match.layerIndex] === 'string') {
                const want = ids[artifact.match.layerIndex];
                if (want !== diffId) {
                    throw new errors/* UserError */.y(`The uncompressed compat layer hashes to ${diffId}, but the image config's rootfs.diff_ids says ${(0,log.q)(want, 80)}.`, FIX_CORRUPT, 'Digest mismatch');
                }
            }
            if (!found[COMPAT_WASM_ENTRY]) {
                throw new errors/* UserError */.y(`The compat layer ${layer.digest} has no ${COMPAT_WASM_ENTRY} entry.`, 'A compat artifact must carry the module as plugin.wasm in its last layer (Istio reads only that); re-publish it.', 'Invalid artifact');
            }
            result = {
                entryPath: found[COMPAT_WASM_ENTRY].path,
                runtimeConfigBytes: found[COMPAT_CONFIG_ENTRY] ? rcBytes : undefined,
                diffId,
            };
        }
        await fh.close();
        await (0,promises_.rename)(tmp, outPath);
    }
    catch (e) {
        await fh.close().catch(() => undefined);
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
    return { digest: 'sha256:' + moduleHash.digest('hex'), size, ...result };
}
/** gunzip + untar a verified compat layer: `plugin.wasm` to `write`, `runtime-config.json` (capped) to `rc`. */
async function extractCompat(source, write, rc, tarHash) {
    let found = {};
    try {
        await (0,external_node_stream_promises_.pipeline)(source, (0,external_node_zlib_.createGunzip)(), async (src) => {
            const hashed = (async function* () {
                for await (const c of src) {
                    tarHash.update(c);
                    yield c;
                }
            })();
            ({ found } = await readTar(hashed, [
                { name: COMPAT_WASM_ENTRY, onData: write },
                {
                    name: COMPAT_CONFIG_ENTRY,
                    onData: (c) => {
                        rc.size += c.length;
                        if (rc.size <= MAX_RUNTIME_CONFIG_BYTES)
                            rc.chunks.push(Buffer.from(c));
                    },
                },
            ]));
        });
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw e;
        const code = e.code ?? '';
        if (code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED') {
            throw new errors/* UserError */.y('The compat layer matches its digest but is not valid gzip data.', 'Re-publish the artifact; the compat layer must be a tar+gzip holding plugin.wasm.', 'Invalid artifact');
        }
        throw e;
    }
    return found;
}
/** The artifact's config blob, verified, parsed when it is JSON (undefined otherwise). */
async function readConfig(store, artifact) {
    const bytes = await readBlob(store, artifact.manifest.config, MAX_CONFIG_BYTES, 'Config');
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        if (json && typeof json === 'object' && !Array.isArray(json))
            return { bytes, json: json };
    }
    catch {
        /* not JSON */
    }
    return { bytes };
}
/** A runtime-config.json read tolerantly (every spelling in wasm-oci-formats.md §1.1); undefined when not an object. */
function parseRuntimeConfig(json) {
    if (!json || typeof json !== 'object' || Array.isArray(json))
        return undefined;
    const o = json;
    const strs = (v) => Array.isArray(v)
        ? v.filter((x) => typeof x === 'string')
        : typeof v === 'string'
            ? v
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s)
            : undefined;
    const cfg = (o.config && typeof o.config === 'object' ? o.config : {});
    return {
        type: typeof o.type === 'string' ? o.type : undefined,
        abiVersions: strs(o.abiVersions) ?? strs(o.abi_versions) ?? strs(o.abi_version) ?? strs(o.abiVersion) ?? [],
        rootIds: strs(cfg.rootIds) ?? strs(cfg.root_ids) ?? [],
    };
}
/** Referrers of a manifest: the referrers API, else the `sha256-<hex>` tag-schema index. */
async function listReferrers(store, digest) {
    const api = store.fetchReferrers ? await store.fetchReferrers(digest) : undefined;
    if (api && api.length > 0)
        return { via: 'referrers-api', referrers: api };
    const tag = digest.replace(':', '-');
    const idx = await store.fetchManifest(tag, [media_types/* MediaType */.zu.ociIndex]);
    if (idx) {
        try {
            const doc = JSON.parse(idx.bytes.toString('utf8'));
            if (Array.isArray(doc.manifests)) {
                return {
                    via: 'tag-index',
                    referrers: doc.manifests.filter((d) => d && typeof d.digest === 'string' && types/* DIGEST_RE */.Vt.test(d.digest)),
                };
            }
        }
        catch {
            /* not an index: no referrers */
        }
    }
    return { via: 'none', referrers: [] };
}
/** One line for a format, for humans. */
function describeFormat(f) {
    switch (f) {
        case 'solo':
            return 'Solo "oci" variant (wasme)';
        case 'solo-legacy':
            return 'Solo "oci" variant, legacy vnd.io.solo media types';
        case 'compat':
            return 'Solo compat variant (plugin.wasm in a tar+gzip layer)';
        case 'cncf':
            return 'CNCF Wasm OCI artifact (application/wasm)';
        case 'wasm-to-oci':
            return 'wasm-to-oci (legacy)';
    }
}


/***/ }),

/***/ 89834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/**
 * Reading a small file named by an input (runtime config, key files): only a regular file, and never more than a byte
 * limit. The file is opened non-blocking (a FIFO never blocks the open), checked with fstat on the open descriptor (no
 * race between the check and the read), and read until the limit plus one byte: a device such as /dev/zero, whose
 * `stat` size is 0, is refused before it is read, and a file that grows while it is read is refused at the limit.
 */




function kind(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    if (st.isSocket())
        return 'a socket';
    return 'a special file';
}
/**
 * The bytes of `path` when it is a regular file of at most `limit` bytes; a UserError (`… is not a regular file` /
 * `… is larger than …`) otherwise. File-system errors (ENOENT, EACCES) are thrown as they are, for the caller to word.
 */
async function readRegularFile(path, l) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const st = await fh.stat();
        if (!st.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${l.what} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(path)} is ${kind(st)}, not a regular file.`, l.fix, l.title, path);
        }
        const buf = Buffer.alloc(l.limit + 1);
        let size = 0;
        while (size < buf.length) {
            const { bytesRead } = await fh.read(buf, size, buf.length - size, size);
            if (bytesRead === 0)
                break;
            size += bytesRead;
        }
        if (size > l.limit)
            tooLarge(path, l);
        return buf.subarray(0, size);
    }
    finally {
        await fh.close();
    }
}
function tooLarge(path, l) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${l.what} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(path)} is larger than ${l.limit} bytes, more than a ${l.what} can be.`, l.fix, l.title, path);
}


/***/ }),

/***/ 80637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ HOST_RE)
/* harmony export */ });
/* unused harmony export normaliseRegistry */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25625);
/**
 * The registry address: `host[:port]` (a DNS name, an IPv4 address, or an IPv6 address in brackets), nothing else.
 * Checked once, before anything is printed, in every mode (dry runs too): the action's `registry` input and every
 * `RemoteRepository`. An `https://` or `http://` prefix and trailing slashes are stripped (as docker/login-action
 * accepts a bare host, and people paste URLs), with a notice; user info, any other scheme, a path, a query, a fragment,
 * whitespace and control characters are refused. A password in user info is recorded as a secret (masked) before the
 * refusal is printed, and the refusal shows it as `***`.
 */


const HOST_RE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const FIX = (/* unused pure expression or super */ null && ('Set the `registry` input to the registry host only, e.g. `ghcr.io` or `127.0.0.1:5000` (`[::1]:5000` for IPv6), ' +
    'without a scheme, path or credentials; give credentials in `username` and `password`.'));
function refuse(message, fix = FIX) {
    return new UserError(message, fix, 'Invalid input');
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
            throw refuse(`${what} ${q(raw, 200)} uses the scheme ${q(scheme[1], 20)}; a registry is a host[:port].`);
        }
        rest = rest.replace(/\/+$/, '');
        notice = `${what} ${q(raw, 200)} was given as a URL: using the host ${q(rest, 200)} (the scheme is chosen by \`plain-http\`).`;
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
        throw refuse(`${what} ${q(raw, 200)} is not a host[:port]: it contains ${bad}.`);
    const port = /:(\d+)$/.exec(rest)?.[1];
    if (!rest || !HOST_RE.test(rest) || (port !== undefined && (Number(port) < 1 || Number(port) > 65535))) {
        throw refuse(`${what} ${q(raw, 200)} is not a host[:port].`);
    }
    return notice ? { registry: rest, notice } : { registry: rest };
}
/** User info in the address: mask its password first, then refuse, showing it as `***`. */
function refuseUserInfo(what, scheme, authority, at) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    const password = colon >= 0 ? userinfo.slice(colon + 1) : '';
    if (password) {
        addSecret(password);
        try {
            addSecret(decodeURIComponent(password));
        }
        catch {
            /* not percent-encoded */
        }
    }
    const shown = `${scheme}${colon >= 0 ? userinfo.slice(0, colon) + ':***' : userinfo}@${authority.slice(at + 1)}`;
    throw refuse(`${what} ${q(shown, 200)} contains a user name or password; credentials never go in the registry address.`);
}


/***/ })

};
