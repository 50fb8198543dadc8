export const id = 360;
export const ids = [360];
export const modules = {

/***/ 20647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ resolveCredentials)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/registry/docker-config.ts
/**
 * Registry credentials from the Docker config file (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`), as
 * `docker login` writes them: `auths.<host>.auth` (base64 `user:password`), or `username`/`password`, or
 * `identitytoken`. Keys match the registry host exactly (case-insensitive), also in URL form (`https://host`,
 * `https://host/v1/`); `docker.io` also matches Docker Hub's legacy key `https://index.docker.io/v1/`.
 * Credential helpers (`credsStore`, `credHelpers`) are not run: an entry that only names a helper gives no credentials.
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
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
 * Docker config file's `auths` entry for the registry host, else anonymous.
 */



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
    const found = await dockerCredentials(registry, process.env);
    if (found) {
        (0,args/* addSecret */.Ck)(found.password);
        log.debug(`Using the ${found.kind} credentials for ${(0,src_log.q)(found.key)} from ${(0,src_log.q)(dockerConfigPath(process.env))}.`);
        return { username: found.username, password: found.password };
    }
    log.debug(`No credentials for ${registry} in ${(0,src_log.q)(dockerConfigPath(process.env))}; anonymous.`);
    return undefined;
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

/***/ 33360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   push: () => (/* binding */ push),
/* harmony export */   runEnv: () => (/* binding */ runEnv),
/* harmony export */   targetOf: () => (/* binding */ targetOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42299);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25625);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20647);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96657);
/**
 * `wasm-oci push`: the action's pipeline (`run()` from main.ts) with inputs built from flags. The run's environment
 * has no GitHub event payload (GITHUB_EVENT_PATH removed), so the tags are exactly the ones given; SOURCE_DATE_EPOCH
 * and the GITHUB_* variables (provenance, annotations) are honoured. Prints the manifest digest on stdout.
 */









const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMON_OPTIONS */ .DT,
    ..._args_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_OPTIONS */ .zc,
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
};
const FORMATS = ['solo', 'compat', 'cncf', 'auto'];
const SIGNING = ['auto', 'keyless', 'key', 'none'];
/** All references must name one registry/repository; returns it and the tags (`latest` when none is given). */
function targetOf(refs) {
    const [first] = refs;
    for (const r of refs) {
        if (r.digest) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`push takes tags, not digests (${r.registry}/${r.repository}@${r.digest}): the digest is computed from the content.`, 'push');
        }
        if (r.registry !== first.registry || r.repository !== first.repository) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`all references must name the same registry/repository: ${first.registry}/${first.repository} and ` +
                `${r.registry}/${r.repository} differ (only tags may differ; push twice for two repositories).`, 'push');
        }
    }
    const tags = [...new Set(refs.map((r) => r.tag ?? 'latest'))];
    return { registry: first.registry, repository: first.repository, tags };
}
/** An annotation flag `key=value`. */
function annotations(values) {
    const out = {};
    for (const a of values) {
        const eq = a.indexOf('=');
        const key = eq > 0 ? a.slice(0, eq).trim() : '';
        if (!key || !/^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/.test(key)) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--annotation ${(0,_log_js__WEBPACK_IMPORTED_MODULE_8__.q)(a, 120)} is not key=value with a valid key (A-Z a-z 0-9 . _ / -).`, 'push');
        }
        out[key] = a.slice(eq + 1);
    }
    return out;
}
function choice(flag, value, choices) {
    if (value === undefined)
        return undefined;
    if (choices.includes(value))
        return value;
    throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--${flag} must be one of ${choices.join(', ')}; got ${(0,_log_js__WEBPACK_IMPORTED_MODULE_8__.q)(value, 40)}.`, 'push');
}
/** The Io for run(): console lines on stderr, with every secret run() registers redacted. */
function cliIo(opts) {
    const base = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleIo */ .s)(opts);
    const r = (m) => (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(m);
    return {
        ...base,
        info: (m) => base.info(r(m)),
        debug: (m) => base.debug(r(m)),
        notice: (m, p) => base.notice(r(m), p),
        warning: (m, p) => base.warning(r(m), p),
        error: (m, p) => base.error(r(m), p),
        setSecret: (s) => (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .addSecret */ .Ck)(s),
    };
}
/** The environment run() sees: this process's, without the GitHub event payload. */
function runEnv(env = process.env) {
    const out = { ...env };
    delete out.GITHUB_EVENT_PATH;
    return out;
}
async function push(argv) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)('push', argv, OPTIONS);
    const verbose = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'verbose');
    const quiet = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'quiet');
    const log = (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .stderrLogger */ .D7)({ verbose, quiet });
    if (positionals.length < 2) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(positionals.length === 0
            ? 'push needs a module file and at least one reference.'
            : 'push needs at least one reference (registry/repository:tag) after the module.', 'push');
    }
    const [module, ...refTexts] = positionals;
    const target = targetOf(refTexts.map((t) => (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(t, 'push')));
    const format = choice('format', (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'format'), FORMATS) ?? 'solo';
    const signingKeyFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'signing-key');
    const signing = choice('signing', (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'signing'), SIGNING) ?? (signingKeyFile ? 'key' : 'none');
    if (signingKeyFile && signing === 'none') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--signing-key was given with --signing none.', 'push');
    }
    const dryRun = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'dry-run');
    const credentials = dryRun ? undefined : await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveCredentials */ .z)(values, target.registry, 'push', log);
    if (!dryRun && !credentials && target.registry === 'ghcr.io') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('Pushing to ghcr.io needs credentials, and none were given or found in the Docker config.', 'Pass --username with --password-stdin (a token with write:packages), or run `docker login ghcr.io`; ' +
            'or use --dry-run to validate and package only.', 'Registry credentials required');
    }
    let signingKey = '';
    let signingKeyPassword = '';
    if (signingKeyFile) {
        try {
            signingKey = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(signingKeyFile, 'utf8');
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Cannot read the signing key ${(0,_log_js__WEBPACK_IMPORTED_MODULE_8__.q)(signingKeyFile)} (${e.code ?? 'error'}).`, 'Pass the path of a P-256 private key PEM or a cosign.key file.', 'Signing key');
        }
        (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .addSecret */ .Ck)(signingKey);
        if ((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'signing-key-password-stdin')) {
            signingKeyPassword = await (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .readStdinSecret */ .No)('--signing-key-password-stdin', 'push');
        }
        else if (process.env.COSIGN_PASSWORD) {
            signingKeyPassword = process.env.COSIGN_PASSWORD;
            (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .addSecret */ .Ck)(signingKeyPassword);
        }
    }
    else if ((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'signing-key-password-stdin')) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--signing-key-password-stdin needs --signing-key.', 'push');
    }
    const layoutFlag = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'oci-layout');
    const layoutDir = layoutFlag ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'wasm-oci-layout-')));
    const inputs = {
        module,
        format: format,
        runtimeType: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'runtime-type'),
        abiVersions: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'abi-versions')),
        rootIds: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'root-ids')),
        runtimeConfig: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'runtime-config'),
        registry: target.registry,
        repository: target.repository,
        tags: target.tags,
        username: credentials?.username ?? '',
        password: credentials?.password ?? '',
        push: dryRun ? 'false' : 'true',
        plainHttp: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'plain-http'),
        annotations: annotations((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .list */ .p_)(values, 'annotation')),
        ociLayout: layoutDir,
        overwriteTags: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'overwrite-tags'),
        summary: false,
        signing,
        signingKey,
        signingKeyPassword,
        fulcioUrl: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'fulcio-url') ?? 'https://fulcio.sigstore.dev',
        rekorUrl: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'rekor-url') ?? '',
        tsaUrl: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'tsa-url') ?? '',
        cache: false,
        requireConsumers: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'require-consumers')) ?? [],
    };
    try {
        const { run } = await Promise.all(/* import() */[__webpack_require__.e(981), __webpack_require__.e(541), __webpack_require__.e(751)]).then(__webpack_require__.bind(__webpack_require__, 76751));
        const r = await run(inputs, runEnv(), cliIo({ verbose, quiet }));
        if ((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'json'))
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .json */ .Pq)({ ...r, ociLayout: layoutFlag ? r.ociLayout : undefined });
        else
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .result */ .Ke)(r.digest);
    }
    finally {
        if (!layoutFlag)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(layoutDir, { recursive: true, force: true });
    }
    return 0;
}


/***/ }),

/***/ 42299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ actionsIo),
  s: () => (/* binding */ consoleIo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/runner.ts
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
    process.stdout.write(`::${name}${props ? ' ' + props : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Append `name<<delimiter … delimiter` to the file named by `envName`; without the file, the legacy command. */
function fileCommand(envName, legacy, name, value) {
    const file = process.env[envName];
    if (!file) {
        issueCommand(legacy, { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('Unexpected input: contains the delimiter');
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
const runner = {
    info: (message) => process.stdout.write(message + external_node_os_.EOL),
    debug: (message) => issueCommand('debug', {}, message),
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
        (0,external_node_fs_.appendFileSync)(file, markdown + external_node_os_.EOL, 'utf8');
        return true;
    },
};

;// CONCATENATED MODULE: ./src/io.ts
/**
 * Where the pipeline reports to. In the action: the runner's commands (annotations, groups, outputs, masking, the job
 * summary; see runner.ts).
 * In the CLI: plain lines on stderr. main.ts only talks to this interface.
 */

function actionsIo() {
    return {
        info: runner.info,
        debug: runner.debug,
        notice: runner.notice,
        warning: runner.warning,
        error: runner.error,
        async group(name, fn) {
            runner.startGroup(name);
            try {
                return await fn();
            }
            finally {
                runner.endGroup();
            }
        },
        setSecret: runner.setSecret,
        setOutput: runner.setOutput,
        writeSummary: async (markdown) => runner.appendSummary(markdown),
    };
}
/** Plain output for the CLI: progress and diagnostics on stderr, so stdout carries only the command's result. */
function consoleIo(opts = {}) {
    const say = (prefix) => (m) => {
        if (!opts.quiet || prefix === 'error: ')
            process.stderr.write(prefix + m + '\n');
    };
    return {
        info: say(''),
        debug: (m) => {
            if (opts.verbose)
                process.stderr.write('debug: ' + m + '\n');
        },
        notice: say('notice: '),
        warning: say('warning: '),
        error: say('error: '),
        group: async (name, fn) => {
            if (!opts.quiet)
                process.stderr.write(`== ${name}\n`);
            return fn();
        },
        setSecret: () => undefined,
        setOutput: () => undefined,
        writeSummary: async () => false,
    };
}


/***/ })

};
