export const id = 360;
export const ids = [360];
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

/***/ 33360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   push: () => (/* binding */ push),
/* harmony export */   runEnv: () => (/* binding */ runEnv),
/* harmony export */   targetOf: () => (/* binding */ targetOf),
/* harmony export */   withCommitTime: () => (/* binding */ withCommitTime)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42299);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25625);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77593);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20647);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(96657);
/**
 * `wasm-oci push`: the action's pipeline (`run()` from main.ts) with inputs built from flags. The run's environment
 * has no GitHub event payload (GITHUB_EVENT_PATH removed), so the tags are exactly the ones given; SOURCE_DATE_EPOCH
 * and the GITHUB_* variables (provenance, annotations) are honoured. Prints the manifest digest on stdout.
 */










const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMON_OPTIONS */ .DT,
    ..._args_js__WEBPACK_IMPORTED_MODULE_7__/* .REGISTRY_OPTIONS */ .zc,
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
            throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`push takes tags, not digests (${r.registry}/${r.repository}@${r.digest}): the digest is computed from the content.`, 'push');
        }
        if (r.registry !== first.registry || r.repository !== first.repository) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`all references must name the same registry/repository: ${first.registry}/${first.repository} and ` +
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
            throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--annotation ${(0,_log_js__WEBPACK_IMPORTED_MODULE_6__.q)(a, 120)} is not key=value with a valid key (A-Z a-z 0-9 . _ / -).`, 'push');
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
    throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--${flag} must be one of ${choices.join(', ')}; got ${(0,_log_js__WEBPACK_IMPORTED_MODULE_6__.q)(value, 40)}.`, 'push');
}
/** The Io for run(): console lines on stderr, with every secret run() registers redacted. */
function cliIo(opts) {
    const base = (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .consoleIo */ .s)(opts);
    const r = (m) => (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(m);
    return {
        ...base,
        info: (m) => base.info(r(m)),
        debug: (m) => base.debug(r(m)),
        notice: (m, p) => base.notice(r(m), p),
        warning: (m, p) => base.warning(r(m), p),
        error: (m, p) => base.error(r(m), p),
        setSecret: (s) => (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(s),
    };
}
/** The environment run() sees: this process's, without the GitHub event payload. */
function runEnv(env = process.env) {
    const out = { ...env };
    delete out.GITHUB_EVENT_PATH;
    return out;
}
const RUNTIME_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const RUNTIME_FLAGS = ['runtime-type', 'abi-versions', 'root-ids', 'runtime-config'];
/**
 * The runtime-config flags are checked in every format (a missing file or a malformed type is an error even where
 * the format does not use them); `--format cncf` has no runtime config, so any of them given gets a warning.
 */
async function checkRuntimeFlags(values, format, log) {
    const type = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'runtime-type');
    if (type !== undefined && !RUNTIME_TYPE_RE.test(type)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--runtime-type ${(0,_log_js__WEBPACK_IMPORTED_MODULE_6__.q)(type, 100)} is not a runtime type name (letters, digits, _ . -), e.g. envoy_proxy.`, 'push');
    }
    const file = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'runtime-config');
    if (file !== undefined) {
        const { readRuntimeConfigFile } = await __webpack_require__.e(/* import() */ 486).then(__webpack_require__.bind(__webpack_require__, 93486));
        await readRuntimeConfigFile(file).catch((e) => {
            // The pipeline's fix names the action input; here it is a flag, resolved from the current directory.
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y && e.title === 'Runtime config not found') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(e.message, 'Pass the path of a runtime-config.json file to --runtime-config.', e.title);
            }
            throw e;
        });
    }
    const ignored = RUNTIME_FLAGS.filter((f) => values[f] !== undefined);
    if (format === 'cncf' && ignored.length > 0) {
        log.warn(`--format cncf ignores ${ignored.map((f) => `--${f}`).join(', ')}: a CNCF Wasm artifact carries no runtime ` +
            'config. Drop them, or use --format solo, compat or auto to write them into the artifact.');
    }
}
/** `git log -1 --format=%ct` in `cwd`: the commit time of HEAD in seconds, or undefined outside a git checkout. */
function headCommitTime(cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['log', '-1', '--format=%ct'], { cwd, timeout: 10_000, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout) => resolve(!err && /^\d{1,12}$/.test(stdout.trim()) ? stdout.trim() : undefined));
    });
}
/**
 * Outside Actions the timestamps (`created`) come from SOURCE_DATE_EPOCH, else the commit time of git HEAD in the
 * current directory (set as SOURCE_DATE_EPOCH for the run); the run says which. Inside Actions the pipeline reads
 * the commit (GITHUB_WORKSPACE + GITHUB_SHA) itself.
 */
async function withCommitTime(env, log, cwd = process.cwd()) {
    if (env.SOURCE_DATE_EPOCH?.trim()) {
        log.info(`Timestamps: SOURCE_DATE_EPOCH=${(0,_log_js__WEBPACK_IMPORTED_MODULE_6__.q)(env.SOURCE_DATE_EPOCH.trim(), 20)}.`);
        return env;
    }
    if (env.GITHUB_WORKSPACE && env.GITHUB_SHA)
        return env;
    const epoch = await headCommitTime(cwd);
    if (epoch) {
        const when = new Date(Number(epoch) * 1000).toISOString().replace('.000Z', 'Z');
        log.info(`Timestamps: the commit time of git HEAD in ${(0,_log_js__WEBPACK_IMPORTED_MODULE_6__.q)(cwd)} (${when}); set SOURCE_DATE_EPOCH to choose another.`);
        return { ...env, SOURCE_DATE_EPOCH: epoch };
    }
    log.warn(`${(0,_log_js__WEBPACK_IMPORTED_MODULE_6__.q)(cwd)} is not in a git checkout and SOURCE_DATE_EPOCH is not set: the artifact has no creation time ` +
        "(timestamps inside it are 1970-01-01). Run from the module's git checkout, or set SOURCE_DATE_EPOCH.");
    return env;
}
/** The `--signing-key` file and its password (`--signing-key-password-stdin`, else `$COSIGN_PASSWORD`), as secrets. */
async function readSigningKey(values, file) {
    if (!file) {
        if ((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'signing-key-password-stdin')) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--signing-key-password-stdin needs --signing-key.', 'push');
        }
        return { signingKey: '', signingKeyPassword: '' };
    }
    let signingKey;
    try {
        signingKey = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`Cannot read the signing key ${(0,_log_js__WEBPACK_IMPORTED_MODULE_6__.q)(file)} (${e.code ?? 'error'}).`, 'Pass the path of a P-256 private key PEM or a cosign.key file.', 'Signing key');
    }
    (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(signingKey);
    let signingKeyPassword = '';
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'signing-key-password-stdin')) {
        signingKeyPassword = await (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .readStdinSecret */ .No)('--signing-key-password-stdin', 'push');
    }
    else if (process.env.COSIGN_PASSWORD) {
        signingKeyPassword = process.env.COSIGN_PASSWORD;
        (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(signingKeyPassword);
    }
    return { signingKey, signingKeyPassword };
}
async function push(argv) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)('push', argv, OPTIONS);
    const verbose = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'verbose');
    const quiet = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'quiet');
    const log = (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .stderrLogger */ .D7)({ verbose, quiet });
    if (positionals.length < 2) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(positionals.length === 0
            ? 'push needs a module file and at least one reference.'
            : 'push needs at least one reference (registry/repository:tag) after the module.', 'push');
    }
    const [module, ...refTexts] = positionals;
    const target = targetOf(refTexts.map((t) => (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseReference */ .F2)(t, 'push')));
    const format = choice('format', (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'format'), FORMATS) ?? 'solo';
    const signingKeyFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'signing-key');
    const signing = choice('signing', (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'signing'), SIGNING) ?? (signingKeyFile ? 'key' : 'none');
    if (signingKeyFile && signing === 'none') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--signing-key was given with --signing none.', 'push');
    }
    await checkRuntimeFlags(values, format, log);
    const dryRun = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'dry-run');
    const credentials = dryRun ? undefined : await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveCredentials */ .z8)(values, target.registry, 'push', log);
    if (!dryRun && !credentials && target.registry === 'ghcr.io') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y('Pushing to ghcr.io needs credentials, and none were given or found in the Docker config.', 'Pass --username with --password-stdin (a token with write:packages), or run `docker login ghcr.io`; ' +
            'or use --dry-run to validate and package only.', 'Registry credentials required');
    }
    const { signingKey, signingKeyPassword } = await readSigningKey(values, signingKeyFile);
    const layoutFlag = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'oci-layout');
    // A fresh temp directory of this run (RUNNER_TEMP for the pipeline: the provenance bundle goes there), removed at
    // the end; the layout goes there too unless --oci-layout names one.
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'wasm-oci-'));
    const layoutDir = layoutFlag ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(temp, 'layout');
    const inputs = {
        module,
        format: format,
        runtimeType: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'runtime-type'),
        abiVersions: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry)((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'abi-versions')),
        rootIds: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry)((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'root-ids')),
        runtimeConfig: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'runtime-config'),
        registry: target.registry,
        repository: target.repository,
        tags: target.tags,
        username: credentials?.username ?? '',
        password: credentials?.password ?? '',
        push: dryRun ? 'false' : 'true',
        plainHttp: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'plain-http'),
        annotations: annotations((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(values, 'annotation')),
        ociLayout: layoutDir,
        overwriteTags: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'overwrite-tags'),
        summary: false,
        signing,
        signingKey,
        signingKeyPassword,
        fulcioUrl: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'fulcio-url') ?? 'https://fulcio.sigstore.dev',
        rekorUrl: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'rekor-url') ?? '',
        tsaUrl: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'tsa-url') ?? '',
        cache: false,
        requireConsumers: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry)((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'require-consumers')) ?? [],
    };
    try {
        const { run } = await Promise.all(/* import() */[__webpack_require__.e(990), __webpack_require__.e(642)]).then(__webpack_require__.bind(__webpack_require__, 34642));
        const env = await withCommitTime({ ...runEnv(), RUNNER_TEMP: temp }, log);
        const r = await run(inputs, env, cliIo({ verbose, quiet }));
        // The bundle was pushed as a referrer; its temp copy goes with the temp directory.
        if ((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'json'))
            (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .json */ .Pq)({ ...r, ociLayout: layoutFlag ? r.ociLayout : undefined, bundlePath: undefined });
        else
            (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .result */ .Ke)(r.digest);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
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
    // node:crypto is loaded here, not at start-up: a post step with nothing to save never needs it
    const { randomUUID } = process.getBuiltinModule('node:crypto');
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('Unexpected input: contains the delimiter');
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
const runner = {
    info: (message) => process.stdout.write(message + external_node_os_.EOL),
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
        (0,external_node_fs_.appendFileSync)(file, markdown + external_node_os_.EOL, 'utf8');
        return true;
    },
};

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/io.ts
/**
 * Where the pipeline reports to. In the action: the runner's commands (annotations, groups, outputs, masking, the job
 * summary; see runner.ts).
 * In the CLI: plain lines on stderr. main.ts only talks to this interface.
 */


/**
 * The action's Io. Every secret the process learns (inputs, tokens, base64 credentials) is masked with `::add-mask::`
 * the moment it is recorded (log.ts `addSecret`), and every line is redacted as well.
 */
function actionsIo() {
    (0,log/* onSecret */.IJ)(runner.setSecret);
    return {
        info: (m) => runner.info((0,log/* redact */.E$)(m)),
        debug: (m) => runner.debug((0,log/* redact */.E$)(m)),
        notice: (m, p) => runner.notice((0,log/* redact */.E$)(m), p),
        warning: (m, p) => runner.warning((0,log/* redact */.E$)(m), p),
        error: (m, p) => runner.error((0,log/* redact */.E$)(m), p),
        async group(name, fn) {
            runner.startGroup(name);
            try {
                return await fn();
            }
            finally {
                runner.endGroup();
            }
        },
        setSecret: log/* addSecret */.Ck,
        setOutput: runner.setOutput,
        writeSummary: async (markdown) => runner.appendSummary(markdown),
    };
}
/** Plain output for the CLI: progress and diagnostics on stderr, so stdout carries only the command's result. */
function consoleIo(opts = {}) {
    const say = (prefix) => (m) => {
        if (!opts.quiet || prefix === 'error: ')
            process.stderr.write(prefix + (0,log/* redact */.E$)(m) + '\n');
    };
    return {
        info: say(''),
        debug: (m) => {
            if (opts.verbose)
                process.stderr.write('debug: ' + (0,log/* redact */.E$)(m) + '\n');
        },
        notice: say('notice: '),
        warning: say('warning: '),
        error: say('error: '),
        group: async (name, fn) => {
            if (!opts.quiet)
                process.stderr.write(`== ${name}\n`);
            return fn();
        },
        setSecret: log/* addSecret */.Ck,
        setOutput: () => undefined,
        writeSummary: async () => false,
    };
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


/***/ })

};
