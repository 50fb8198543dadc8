export const id = 100;
export const ids = [100];
export const modules = {

/***/ 2100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/runner.ts
var runner = __webpack_require__(4813);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
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
    (0,log/* onSecret */.IJ)(runner/* runner */.l.setSecret);
    return {
        info: (m) => runner/* runner */.l.info((0,log/* redact */.E$)(m)),
        debug: (m) => runner/* runner */.l.debug((0,log/* redact */.E$)(m)),
        notice: (m, p) => runner/* runner */.l.notice((0,log/* redact */.E$)(m), p),
        warning: (m, p) => runner/* runner */.l.warning((0,log/* redact */.E$)(m), p),
        error: (m, p) => runner/* runner */.l.error((0,log/* redact */.E$)(m), p),
        async group(name, fn) {
            runner/* runner */.l.startGroup(name);
            try {
                return await fn();
            }
            finally {
                runner/* runner */.l.endGroup();
            }
        },
        setSecret: log/* addSecret */.Ck,
        setOutput: runner/* runner */.l.setOutput,
        writeSummary: async (markdown) => runner/* runner */.l.appendSummary(markdown),
    };
}
/** Plain output for the CLI: progress and diagnostics on stderr, so stdout carries only the command's result. */
function consoleIo(opts = {}) {
    const say = (prefix) => (m) => {
        if (!opts.quiet || prefix === 'error: ')
            process.stderr.write(prefix + redact(m) + '\n');
    };
    return {
        info: say(''),
        debug: (m) => {
            if (opts.verbose)
                process.stderr.write('debug: ' + redact(m) + '\n');
        },
        notice: say('notice: '),
        warning: say('warning: '),
        error: say('error: '),
        group: async (name, fn) => {
            if (!opts.quiet)
                process.stderr.write(`== ${name}\n`);
            return fn();
        },
        setSecret: addSecret,
        setOutput: () => undefined,
        writeSummary: async () => false,
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/github-context.ts
/**
 * The GitHub event context, read from the runner's environment and the event payload file (`GITHUB_EVENT_PATH`).
 * `@actions/github` is deliberately not used: it is heavy to load at start-up and we need only a few fields.
 * Everything here is a pure function of `env`, the payload file and (for `created`) the git checkout.
 */



const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function at(root, ...path) {
    let cur = root;
    for (const p of path) {
        const o = obj(cur);
        if (!o)
            return undefined;
        cur = o[p];
    }
    return cur;
}
/** Read the event payload; a missing or unreadable file gives `{}` (and an error string for a debug line). */
function readEventPayload(path) {
    if (!path)
        return { payload: {} };
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        const o = obj(parsed);
        return o ? { payload: o } : { payload: {}, error: 'event payload is not a JSON object' };
    }
    catch (e) {
        return { payload: {}, error: e instanceof Error ? e.message : String(e) };
    }
}
/** Normalise any ISO-8601 time (with offset or `Z`) to `YYYY-MM-DDTHH:MM:SSZ` in UTC; undefined if unparsable. */
function normaliseTime(text) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim()))
        return undefined;
    const t = Date.parse(text.trim());
    if (Number.isNaN(t))
        return undefined;
    return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** `SOURCE_DATE_EPOCH` (integer seconds since the epoch) as `YYYY-MM-DDTHH:MM:SSZ`; UserError when malformed. */
function timeFromSourceDateEpoch(value) {
    const v = value.trim();
    const n = Number(v);
    if (!/^\d{1,12}$/.test(v) || !Number.isSafeInteger(n) || n > 253402300799) {
        throw new errors/* UserError */.y(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got ${JSON.stringify(v.slice(0, 40))}`, 'Set SOURCE_DATE_EPOCH to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.', 'Invalid SOURCE_DATE_EPOCH');
    }
    return new Date(n * 1000).toISOString().replace('.000Z', 'Z');
}
/** Commit time from the checkout (`git show -s --format=%cI <sha>`); undefined when git or the commit is unavailable. */
function commitTimeFromGit(workspace, sha) {
    if (!workspace || !SHA_RE.test(sha))
        return undefined;
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', ['-C', workspace, 'show', '-s', '--format=%cI', sha], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 10000,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        });
        return normaliseTime(out.trim());
    }
    catch {
        return undefined;
    }
}
/** `commitTimeFromGit` without blocking: the `git show` child runs while the caller reads and hashes the module. */
function commitTimeFromGitAsync(workspace, sha) {
    if (!workspace || !SHA_RE.test(sha))
        return Promise.resolve(undefined);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-C', workspace, 'show', '-s', '--format=%cI', sha], { encoding: 'utf8', timeout: 10000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout) => resolve(err ? undefined : normaliseTime(stdout.trim())));
    });
}
/**
 * Commit time, in order: `SOURCE_DATE_EPOCH`; `git show` in `GITHUB_WORKSPACE`; the push payload's
 * `head_commit.timestamp` (only when it is the same commit). Pull request payloads carry no head commit time.
 * Never the clock: same commit and inputs must give the same manifest digest.
 */
function resolveCommitTime(env, sha, payload) {
    const sde = sourceDateEpoch(env);
    if (sde)
        return sde;
    const fromGit = commitTimeFromGit(env.GITHUB_WORKSPACE, sha);
    if (fromGit)
        return { created: fromGit, createdSource: 'git' };
    return commitTimeFromPayload(sha, payload);
}
/**
 * `ctx` read with `{ git: false }`, completed as `readGitHubContext` would have: the same order of sources, with
 * `git show` run asynchronously so that it overlaps whatever the caller does meanwhile. Never rejects.
 */
async function withCommitTime(env, ctx) {
    if (ctx.createdSource === 'SOURCE_DATE_EPOCH')
        return ctx;
    const fromGit = await commitTimeFromGitAsync(env.GITHUB_WORKSPACE, ctx.sha);
    if (fromGit)
        return { ...ctx, created: fromGit, createdSource: 'git' };
    return { ...ctx, ...commitTimeFromPayload(ctx.sha, ctx.payload) };
}
function sourceDateEpoch(env) {
    const sde = env.SOURCE_DATE_EPOCH;
    if (sde === undefined || sde.trim() === '')
        return undefined;
    return { created: timeFromSourceDateEpoch(sde), createdSource: 'SOURCE_DATE_EPOCH' };
}
function commitTimeFromPayload(sha, payload) {
    const headId = str(at(payload, 'head_commit', 'id'));
    const ts = str(at(payload, 'head_commit', 'timestamp'));
    if (ts && (!headId || headId === sha)) {
        const t = normaliseTime(ts);
        if (t)
            return { created: t, createdSource: 'payload' };
    }
    return {};
}
function refTypeOf(ref) {
    if (ref.startsWith('refs/tags/'))
        return 'tag';
    if (ref.startsWith('refs/heads/'))
        return 'branch';
    if (ref.startsWith('refs/pull/'))
        return 'pull';
    return 'other';
}
function refNameOf(ref) {
    for (const p of ['refs/tags/', 'refs/heads/', 'refs/pull/'])
        if (ref.startsWith(p))
            return ref.slice(p.length);
    return '';
}
/**
 * Read the run's context from `env` (default `process.env`) and the event payload at `GITHUB_EVENT_PATH`.
 * A missing or unreadable event file is tolerated (fields then come from env only). Throws UserError only for a
 * malformed `SOURCE_DATE_EPOCH`. `{ git: false }` leaves the commit time from git and the payload to `withCommitTime`.
 *
 * Fork detection: head and base `repo.full_name` differ, or the head repository is gone (deleted fork). When the
 * payload lacks the full names, `pull_request.head.repo.fork` decides. (`head.repo.fork` alone is not used when the
 * names are known: a same-repository PR in a repository that is itself a fork has `fork: true` but does get secrets.)
 */
function readGitHubContext(env = process.env, opts = {}) {
    const { payload, error: payloadError } = readEventPayload(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const pr = obj(payload.pull_request);
    const isPullRequest = PR_EVENTS.has(eventName) || (eventName === '' && pr !== undefined);
    const prNumberRaw = at(pr, 'number') ?? payload.number;
    const prNumber = isPullRequest && typeof prNumberRaw === 'number' && Number.isSafeInteger(prNumberRaw) && prNumberRaw > 0
        ? prNumberRaw
        : undefined;
    let ref = env.GITHUB_REF ?? '';
    if (isPullRequest && prNumber !== undefined && !ref.startsWith('refs/pull/')) {
        // pull_request_target runs on the base branch ref; name it like metadata-action does.
        ref = `refs/pull/${prNumber}/merge`;
    }
    const refType = refTypeOf(ref);
    const refName = refNameOf(ref);
    const githubSha = (env.GITHUB_SHA ?? '').toLowerCase();
    const headSha = str(at(pr, 'head', 'sha'))?.toLowerCase();
    const sha = isPullRequest && headSha && SHA_RE.test(headSha) ? headSha : githubSha;
    let isFork = false;
    if (isPullRequest && pr) {
        const head = obj(at(pr, 'head'));
        const headRepo = obj(at(head, 'repo'));
        const headName = str(headRepo?.full_name);
        const baseName = str(at(pr, 'base', 'repo', 'full_name'));
        if (head && headRepo === undefined && 'repo' in head)
            isFork = true; // head repository deleted
        else if (headName && baseName)
            isFork = headName.toLowerCase() !== baseName.toLowerCase();
        else
            isFork = headRepo?.fork === true;
    }
    const repoObj = obj(payload.repository);
    const repository = env.GITHUB_REPOSITORY ?? str(repoObj?.full_name) ?? '';
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const defaultBranch = str(repoObj?.default_branch);
    const isDefaultBranch = refType === 'branch' && defaultBranch !== undefined && refName === defaultBranch;
    const license = str(at(repoObj, 'license', 'spdx_id'));
    return {
        eventName,
        ref,
        refType,
        refName,
        sha,
        githubSha,
        prNumber,
        isFork,
        isPullRequest,
        isDefaultBranch,
        defaultBranch,
        repository,
        serverUrl,
        repoUrl: repository ? `${serverUrl}/${repository}` : '',
        actor: env.GITHUB_ACTOR ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        hasIdToken: !!env.ACTIONS_ID_TOKEN_REQUEST_URL,
        repoName: str(repoObj?.name),
        repoDescription: str(repoObj?.description),
        repoLicense: license && license !== 'NOASSERTION' ? license : undefined,
        // `{ git: false }`: only SOURCE_DATE_EPOCH here (still validated now); `withCommitTime` completes the rest.
        ...(opts.git === false ? sourceDateEpoch(env) : resolveCommitTime(env, sha, payload)),
        payload,
        payloadError,
    };
}

// EXTERNAL MODULE: ./src/tags.ts
var src_tags = __webpack_require__(9506);
// EXTERNAL MODULE: ./src/annotations.ts
var src_annotations = __webpack_require__(105);
;// CONCATENATED MODULE: ./src/push-decision.ts
/**
 * Whether this run pushes, and why. Pure: a function of the event context and the inputs.
 */


/** Parse the `push` input: `auto` (default when empty), `true`, `false` (case-insensitive). */
function parsePushInput(value) {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '')
        return 'auto';
    if (v === 'auto' || v === 'true' || v === 'false')
        return v;
    throw new errors/* UserError */.y(`Input \`push\` must be \`auto\`, \`true\` or \`false\`, got ${(0,log.q)(value ?? '', 60)}.`, 'Use `push: auto` (push except on pull requests), `push: true` or `push: false`.', 'Invalid input');
}
const FORK_SKIPPED = 'GitHub gives pull requests from forks no secrets and no OIDC token, so registry login, push and signing were ' +
    'skipped; the module was validated and packaged.';
/**
 * Decide whether to push.
 *
 * - `false`: never push.
 * - `auto`: push on every event except `pull_request` / `pull_request_target` (those are validated, reported as
 *   "validated, not pushed", never pushed). A fork pull request adds a notice that login, push and signing were
 *   skipped because forks get no secrets and no id-token. Elsewhere `auto` behaves like `true`.
 * - `true`: push on any event, including pull requests (the workflow author asked for it) — with one exception:
 *   a `pull_request` from a fork does not push and does not fail (unless `allowAnonymous`). Forks get no secrets,
 *   and `password` then holds at most the default read-only `github.token`, so a push could only fail; the
 *   contributor cannot fix that, and a red check would blame them for a platform limitation. A notice says what was
 *   skipped and suggests `push: auto`. (`pull_request_target` runs with the base repository's secrets, so it pushes,
 *   with a notice that it pushes on behalf of a fork's pull request.)
 * - When the decision is to push and `password` is empty (and the registry is not declared anonymous with
 *   `allowAnonymous`), this throws a UserError naming the `password` input, like docker/login-action's
 *   "Username and password required": nothing is attempted half-way.
 */
function decidePush(ctx, pushInput, password, opts = {}) {
    const mode = parsePushInput(pushInput);
    const notices = [];
    const isPrEvent = ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target' || ctx.isPullRequest;
    const forkPr = isPrEvent && ctx.isFork;
    const noPassword = !password;
    const prLabel = ctx.prNumber !== undefined ? `pull request #${ctx.prNumber}` : 'pull request';
    if (mode === 'false') {
        return {
            push: false,
            reason: 'Not pushed: input `push` is false (validated and packaged only).',
            notices,
        };
    }
    if (mode === 'auto' && isPrEvent) {
        if (forkPr && ctx.eventName !== 'pull_request_target')
            notices.push(`Fork ${prLabel}: ${FORK_SKIPPED}`);
        return {
            push: false,
            reason: `Validated, not pushed: \`push: auto\` does not push on \`${ctx.eventName || 'pull_request'}\` events.`,
            notices,
        };
    }
    if (mode === 'true' && forkPr && ctx.eventName !== 'pull_request_target' && !opts.allowAnonymous) {
        notices.push(`Fork ${prLabel}: \`push: true\` was requested, but this run has no registry credentials. ${FORK_SKIPPED} ` +
            'Use `push: auto` to skip pushing on pull requests without this notice.');
        return {
            push: false,
            reason: `Validated, not pushed: fork ${prLabel} has no registry credentials.`,
            notices,
        };
    }
    if (noPassword && !opts.allowAnonymous) {
        throw new errors/* UserError */.y(`Pushing was requested (\`push: ${mode}\` on a \`${ctx.eventName || 'local'}\` run) but the \`password\` input is empty.`, 'Pass a registry token, e.g. `password: ${{ secrets.GITHUB_TOKEN }}` with `permissions: packages: write` ' +
            'for GHCR, or set `push: false` to validate and package only.', 'Registry credentials required');
    }
    if (forkPr && ctx.eventName === 'pull_request_target') {
        notices.push(`Pushing for fork ${prLabel} from \`pull_request_target\`, which runs with the base repository's secrets: ` +
            'make sure the module was not built from the fork’s untrusted code with those credentials in reach.');
    }
    const why = mode === 'true'
        ? 'input `push` is true'
        : `\`push: auto\` pushes on \`${ctx.eventName || 'local'}\` runs`;
    return { push: true, reason: `Push: ${why}.`, notices };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/wasm/leb128.ts
/**
 * The one byte cursor and LEB128 decoder of the project: every reader of Wasm bytes (core sections, function bodies,
 * components) decodes through it. Decoding is strict as the spec's binary format demands (at most ceil(N/7) bytes, the
 * unused bits of the last byte zero or a sign extension). Every failure is a `WasmFormatError` carrying the absolute
 * byte offset.
 */
/** The bytes are not a well-formed (or not a valid) WebAssembly binary. `offset` is the absolute byte offset. */
class WasmFormatError extends Error {
    code;
    offset;
    constructor(message, code, offset) {
        super(message);
        this.code = code;
        this.offset = offset;
        this.name = 'WasmFormatError';
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
class Cursor {
    data;
    base;
    where;
    end;
    pos;
    /**
     * @param data the bytes (a section's content, a function body, …)
     * @param base absolute file offset of `data[0]`, for messages
     * @param where what is being read, for messages (e.g. `import section`, `function 12`)
     * @param start first index to read
     * @param end one past the last index to read
     */
    constructor(data, base, where, start = 0, end = data.length) {
        this.data = data;
        this.base = base;
        this.where = where;
        this.end = end;
        this.pos = start;
    }
    /** absolute file offset of the next byte */
    get offset() {
        return this.base + this.pos;
    }
    get remaining() {
        return this.end - this.pos;
    }
    get atEnd() {
        return this.pos >= this.end;
    }
    /** A malformed-binary error at `at` (default: the current position). */
    fail(what, at = this.pos, code = 'malformed') {
        throw new WasmFormatError(`${this.where} at offset ${this.base + at}: ${what}`, code, this.base + at);
    }
    /** A validation (typing) error. */
    invalid(what, at = this.pos) {
        return this.fail(what, at, 'invalid');
    }
    expectEnd() {
        if (this.pos !== this.end)
            this.fail(`${this.end - this.pos} unexpected byte(s) after the content`);
    }
    peek() {
        if (this.pos >= this.end)
            this.fail('unexpected end');
        return this.data[this.pos];
    }
    u8() {
        if (this.pos >= this.end)
            this.fail('unexpected end');
        return this.data[this.pos++];
    }
    /** unsigned LEB128 of at most 32 bits */
    u32() {
        const start = this.pos;
        if (start < this.end && this.data[start] < 0x80)
            return this.data[this.pos++]; // fast path: one byte
        let result = 0;
        for (let shift = 0;; shift += 7) {
            const b = this.u8();
            if (shift === 28) {
                if (b & 0xf0)
                    this.fail('integer representation too long or too large (u32)', start);
                return result + b * 2 ** 28;
            }
            result += (b & 0x7f) * 2 ** shift;
            if (!(b & 0x80))
                return result;
        }
    }
    /** unsigned LEB128 of at most 64 bits (memory64 limits) */
    u64() {
        const start = this.pos;
        let result = 0n;
        for (let shift = 0n;; shift += 7n) {
            const b = this.u8();
            if (shift === 63n) {
                if (b & 0xfe)
                    this.fail('integer representation too long or too large (u64)', start);
                return result | (BigInt(b) << 63n);
            }
            result |= BigInt(b & 0x7f) << shift;
            if (!(b & 0x80))
                return result;
        }
    }
    /** signed LEB128 of at most `bits` bits (32, 33 or 64); values of up to 53 bits are exact */
    sleb(bits) {
        const start = this.pos;
        if (start < this.end && this.data[start] < 0x80) {
            // fast path: one byte, sign in bit 6
            const b = this.data[this.pos++];
            return b & 0x40 ? b - 0x80 : b;
        }
        const maxBytes = Math.ceil(bits / 7);
        let result = 0;
        let shift = 0;
        for (let i = 1;; i++) {
            const b = this.u8();
            if (i === maxBytes) {
                // the unused high bits of the last byte must all equal its sign bit
                const used = bits - shift; // bits this byte contributes, sign included
                const rest = b >> (used - 1); // sign bit and the unused bits above it
                const allowed = (0x7f >> (used - 1)) & 0x7f;
                if (b & 0x80 || (rest !== 0 && rest !== allowed))
                    this.fail(`integer representation too long or too large (s${bits})`, start);
            }
            result += (b & 0x7f) * 2 ** shift;
            shift += 7;
            if (!(b & 0x80)) {
                if (b & 0x40)
                    result -= 2 ** shift;
                return result;
            }
        }
    }
    s32() {
        return this.sleb(32);
    }
    s33() {
        return this.sleb(33);
    }
    /** i64.const immediates: checked for encoding, value not needed exactly */
    s64() {
        return this.sleb(64);
    }
    /** A vector length, checked against the bytes left (each element takes at least `minElemBytes`). */
    count(minElemBytes = 1) {
        const at = this.pos;
        const n = this.u32();
        if (n * minElemBytes > this.end - this.pos)
            this.fail(`length ${n} exceeds the bytes that follow`, at);
        return n;
    }
    bytes(n) {
        if (n > this.end - this.pos)
            this.fail(`${n} bytes run past the end`);
        const b = this.data.subarray(this.pos, this.pos + n);
        this.pos += n;
        return b;
    }
    skip(n) {
        if (n > this.end - this.pos)
            this.fail(`${n} bytes run past the end`);
        this.pos += n;
    }
    /** a UTF-8 name (length-prefixed); invalid UTF-8 is malformed */
    name() {
        const at = this.pos;
        const len = this.u32();
        if (len > this.end - this.pos)
            this.fail('name runs past the end', at);
        const b = this.data.subarray(this.pos, this.pos + len);
        this.pos += len;
        try {
            return utf8.decode(b);
        }
        catch {
            return this.fail('name is not valid UTF-8', at);
        }
    }
}

;// CONCATENATED MODULE: ./src/wasm/preamble.ts
/**
 * The 8-byte preamble of a Wasm binary (magic number, then version: core module or component) and the name of a custom
 * section, as the reader reports them.
 */

const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);
const CORE_VERSION = Buffer.from([0x01, 0x00, 0x00, 0x00]);
/** component-model preamble: version 0x000d, layer 0x0001 */
const COMPONENT_VERSION = Buffer.from([0x0d, 0x00, 0x01, 0x00]);
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
/** printable rendering of a few bytes, e.g. `"PK.."` (only letters, digits and a few safe symbols are shown) */
const ascii = (b) => '"' +
    Array.from(b, (x) => /[A-Za-z0-9 .,;_<>{}()=/-]/.test(String.fromCharCode(x)) ? String.fromCharCode(x) : '.').join('') +
    '"';
/** Throws unless `m` (the first 4 bytes) is the magic number; `base` is its absolute offset. */
function checkMagic(m, base) {
    if (m.equals(WASM_MAGIC))
        return;
    throw new WasmFormatError(`starts with ${hex(m)} ${ascii(m)}, not the magic number 00 61 73 6d ("\\0asm")`, 'magic', base);
}
/** The kind of binary from the 4 version bytes, or a `version` error. */
function versionKind(v, base) {
    if (v.equals(CORE_VERSION))
        return 'module';
    if (v.equals(COMPONENT_VERSION))
        return 'component';
    if (v[2] === 0x01 && v[3] === 0x00) {
        throw new WasmFormatError(`unsupported component-model encoding version 0x${v.readUInt16LE(0).toString(16)} (bytes ${hex(v)}); ` +
            'only the current encoding (0d 00 01 00) is understood', 'version', base + 4);
    }
    throw new WasmFormatError(`unsupported WebAssembly version: bytes ${hex(v)} (expected 01 00 00 00 for a core module ` +
        'or 0d 00 01 00 for a component)', 'version', base + 4);
}
const utf8Lenient = new TextDecoder('utf-8');
/** a custom section's name from the kept prefix of its content; `size` is the whole section's size */
function customName(data, base, size) {
    const cur = new Cursor(data, base, 'custom section');
    const at = cur.pos;
    const len = cur.u32();
    if (len > size - cur.pos)
        cur.fail('the name runs past the end of the section', at);
    if (len <= cur.remaining) {
        cur.pos = at;
        return cur.name();
    }
    return utf8Lenient.decode(data.subarray(cur.pos)) + '…';
}

;// CONCATENATED MODULE: ./src/wasm/features.ts
/** Every feature name, sorted. */
const FEATURES = (/* unused pure expression or super */ null && ([
    'bulk-memory',
    'exceptions',
    'extended-const',
    'function-references',
    'gc',
    'legacy-exceptions',
    'memory64',
    'multi-memory',
    'multi-value',
    'mutable-globals',
    'nontrapping-fptoint',
    'reference-types',
    'relaxed-simd',
    'sign-ext',
    'simd',
    'tail-call',
    'threads',
]));
/** Proposals that a proxy embedding an older V8 may not load (no version claims: support depends on the build). */
const RECENT = new Set([
    'exceptions',
    'gc',
    'legacy-exceptions',
    'memory64',
    'multi-memory',
    'relaxed-simd',
    'tail-call',
    'threads',
]);
/** The features of a set, as a sorted array of stable names. */
function sortedFeatures(features) {
    return [...new Set(features)].sort();
}
/** The subset of `features` worth a warning: they may not load on older proxies. */
function recentFeatures(features) {
    return features.filter((f) => RECENT.has(f));
}
/** One line for the log/summary, or undefined when nothing needs flagging. */
function featureNote(features) {
    const recent = recentFeatures(features);
    if (recent.length === 0)
        return undefined;
    return (`uses ${recent.join(', ')}: may not load on older proxies (Envoy/Istio builds with an older V8); ` +
        'check your proxy version before deploying.');
}

;// CONCATENATED MODULE: ./src/wasm/limits.ts
/**
 * Implementation limits of the WebAssembly JS API (https://webassembly.github.io/spec/js-api/#limits), which V8
 * enforces while decoding: a module that exceeds one is refused by `WebAssembly.validate`, so we refuse it too, with
 * the limit named. Every count read from a file is checked against these (and against the bytes left in its section)
 * before anything proportional to it is allocated.
 *
 * Where the JS-API text and the reference engine differ, the reference (V8 13.6 in Node 24, which the action runs on)
 * decides, since the aim is the verdict `WebAssembly.validate` gives there: it refuses more than 100,000 memories (not
 * 100), memory64 sizes above 262,144 pages (16 GiB; the spec alone allows 2^48), and tables whose *initial* size
 * exceeds 10,000,000 elements (a larger maximum is accepted).
 */
const LIMITS = {
    types: 1_000_000,
    functions: 1_000_000,
    imports: 100_000,
    exports: 100_000,
    globals: 1_000_000,
    tags: 1_000_000,
    dataSegments: 100_000,
    /** element segments, and the entries of one segment (V8: kV8MaxWasmTableInitEntries) */
    elementSegments: 10_000_000,
    elementEntries: 10_000_000,
    tables: 100_000,
    memories: 100_000,
    /** initial size of a table, in elements */
    tableSize: 10_000_000,
    /** memory32: 65,536 pages of 64 KiB */
    memory32Pages: 65536n,
    /** memory64: 262,144 pages of 64 KiB = 16 GiB (V8's limit, checked when decoding) */
    memory64Pages: 262144n,
    functionBodySize: 7_654_321,
    locals: 50_000,
    params: 1_000,
    results: 1_000,
    /** import/export/module names, in bytes */
    nameBytes: 100_000,
    /** a data segment's header (flags, memory index, offset expression) must fit in this window */
    dataHeaderBytes: 1 << 20,
    /** any module section held in memory whole (type, import, …, element); the code and data sections are streamed */
    bufferedSection: 64 << 20,
    /** component nesting (components inside components) */
    componentDepth: 32,
};

;// CONCATENATED MODULE: ./src/wasm/module.ts
const I32 = 0x7f;
const I64 = 0x7e;
const F32 = 0x7d;
const F64 = 0x7c;
const V128 = 0x7b;
const I8 = 0x78;
const I16 = 0x77;
const BOTTOM = -1;
const module_REF_BASE = 0x100;
/** Abstract heap types are encoded above every possible type index (the types limit is 1,000,000). */
const ABSTRACT_HEAP_BASE = 1 << 24;

;// CONCATENATED MODULE: ./src/wasm/type-table.ts
/**
 * The type table of a module and the subtyping of WebAssembly 3.0 value and heap types (abstract hierarchies any, func,
 * extern, exn with their bottoms; concrete types by their declared supertype chain).
 *
 * Type equivalence: every rec group is canonicalised when it is read. Groups are hashed with references inside the
 * group as relative positions and references to earlier types as their canonical index, and compared structurally on a
 * hash match; equal groups are the same types (the spec's "rolled-up" equality), so concrete heap types compare by
 * `canon[i]` in O(1). Storage is typed arrays (no object per type), so a million types cost a few tens of MB.
 */

const KIND_FUNC = 0;
const KIND_STRUCT = 1;
const KIND_ARRAY = 2;
/** abstract heap types by their binary byte */
const H = {
    noexn: 0x74,
    nofunc: 0x73,
    noextern: 0x72,
    none: 0x71,
    func: 0x70,
    extern: 0x6f,
    any: 0x6e,
    eq: 0x6d,
    i31: 0x6c,
    struct: 0x6b,
    array: 0x6a,
    exn: 0x69,
};
const ABSTRACT_NAMES = Object.fromEntries(Object.entries(H).map(([k, v]) => [v, k]));
/** a reference type from its heap type (`ABSTRACT_HEAP_BASE + byte` or a type index) */
function ref(heap, nullable) {
    return module_REF_BASE + heap * 2 + (nullable ? 1 : 0);
}
function abstractRef(code, nullable) {
    return ref(ABSTRACT_HEAP_BASE + code, nullable);
}
function isRef(t) {
    return t >= REF_BASE;
}
function heapOf(t) {
    return (t - module_REF_BASE) >> 1;
}
function nullable(t) {
    return ((t - module_REF_BASE) & 1) === 1;
}
const NONE = [];
function grow(a, n) {
    if (n <= a.length)
        return a;
    let m = a.length * 2;
    while (m < n)
        m *= 2;
    const b = new a.constructor(m);
    b.set(a);
    return b;
}
/**
 * The types of a module in typed arrays (a module may declare a million types): per type its kind, finality,
 * declared supertype, subtyping depth, canonical index and the offset of its composite type in `pool`:
 * function [nparams, nresults, params…, results…]; struct and array [nfields, (type, mutable)…].
 * A rec group equal to an earlier one shares that group's composite types.
 */
class TypeTable {
    length = 0;
    kind = new Uint8Array(16);
    final = new Uint8Array(16);
    /** declared supertype index or -1 */
    sup = new Int32Array(16);
    depth = new Uint8Array(16);
    /** canonical representative index: equal for iso-recursively equivalent types */
    canon = new Int32Array(16);
    off = new Int32Array(16);
    pool = new Int32Array(64);
    poolLen = 0;
    /** rec groups by hash (open addressing; slot = group start + 1) */
    slots = new Int32Array(64);
    groups = 0;
    /** per group start: its size and hash */
    gsize = new Int32Array(16);
    ghash = new Int32Array(16);
    funcs = new Map();
    /** room for one more type and `values` more pool entries */
    reserve(values) {
        const n = this.length + 1;
        if (n > this.kind.length) {
            this.kind = grow(this.kind, n);
            this.final = grow(this.final, n);
            this.sup = grow(this.sup, n);
            this.depth = grow(this.depth, n);
            this.canon = grow(this.canon, n);
            this.off = grow(this.off, n);
            this.gsize = grow(this.gsize, n);
            this.ghash = grow(this.ghash, n);
        }
        this.pool = grow(this.pool, this.poolLen + values);
    }
    funcType(index) {
        if (index >= this.length || this.kind[index] !== KIND_FUNC)
            return undefined;
        const c = this.canon[index];
        let f = this.funcs.get(c);
        if (!f) {
            const o = this.off[c];
            const np = this.pool[o];
            const nr = this.pool[o + 1];
            f = {
                params: np ? Array.from(this.pool.subarray(o + 2, o + 2 + np)) : NONE,
                results: nr ? Array.from(this.pool.subarray(o + 2 + np, o + 2 + np + nr)) : NONE,
            };
            this.funcs.set(c, f);
        }
        return f;
    }
    /** struct and array types: number of fields, and field j's storage type and mutability */
    fieldCount(x) {
        return this.pool[this.off[x]];
    }
    fieldType(x, j) {
        return this.pool[this.off[x] + 1 + 2 * j];
    }
    fieldMut(x, j) {
        return this.pool[this.off[x] + 2 + 2 * j] === 1;
    }
    defaultable(t) {
        return t < module_REF_BASE || nullable(t);
    }
    /** the top of a heap type's hierarchy (an abstract byte: any, func, extern or exn) */
    top(heap) {
        if (heap < ABSTRACT_HEAP_BASE)
            return this.kind[heap] === KIND_FUNC ? H.func : H.any;
        const c = heap - ABSTRACT_HEAP_BASE;
        if (c === H.func || c === H.nofunc)
            return H.func;
        if (c === H.extern || c === H.noextern)
            return H.extern;
        if (c === H.exn || c === H.noexn)
            return H.exn;
        return H.any;
    }
    /** the bottom of a heap type's hierarchy */
    bottom(heap) {
        const top = this.top(heap);
        return top === H.func ? H.nofunc : top === H.extern ? H.noextern : top === H.exn ? H.noexn : H.none;
    }
    heapSub(a, b) {
        if (a === b)
            return true;
        const ac = a >= ABSTRACT_HEAP_BASE;
        const bc = b >= ABSTRACT_HEAP_BASE;
        if (!ac && !bc) {
            const target = this.canon[b];
            for (let s = a; s >= 0; s = this.sup[s])
                if (this.canon[s] === target)
                    return true;
            return false;
        }
        if (!ac) {
            const k = this.kind[a];
            const c = b - ABSTRACT_HEAP_BASE;
            if (k === KIND_FUNC)
                return c === H.func;
            return c === H.any || c === H.eq || c === (k === KIND_STRUCT ? H.struct : H.array);
        }
        const c = a - ABSTRACT_HEAP_BASE;
        if (!bc) {
            const k = this.kind[b];
            return k === KIND_FUNC ? c === H.nofunc : c === H.none;
        }
        const d = b - ABSTRACT_HEAP_BASE;
        switch (c) {
            case H.none:
                return d === H.any || d === H.eq || d === H.i31 || d === H.struct || d === H.array;
            case H.eq:
                return d === H.any;
            case H.i31:
            case H.struct:
            case H.array:
                return d === H.any || d === H.eq;
            case H.nofunc:
                return d === H.func;
            case H.noextern:
                return d === H.extern;
            case H.noexn:
                return d === H.exn;
            default:
                return false;
        }
    }
    isSubtype(a, b) {
        if (a === b || a === BOTTOM)
            return true;
        if (a < module_REF_BASE || b < module_REF_BASE)
            return false;
        if (nullable(a) && !nullable(b))
            return false;
        return this.heapSub(heapOf(a), heapOf(b));
    }
    /** value types equal up to type equivalence (for mutable fields and the like) */
    equal(a, b) {
        return this.isSubtype(a, b) && this.isSubtype(b, a);
    }
    name(t) {
        switch (t) {
            case I32:
                return 'i32';
            case I64:
                return 'i64';
            case F32:
                return 'f32';
            case F64:
                return 'f64';
            case V128:
                return 'v128';
            case I8:
                return 'i8';
            case I16:
                return 'i16';
            case BOTTOM:
                return '<unknown>';
        }
        if (t < module_REF_BASE)
            return `<type 0x${t.toString(16)}>`;
        const h = heapOf(t);
        const hn = h >= ABSTRACT_HEAP_BASE ? (ABSTRACT_NAMES[h - ABSTRACT_HEAP_BASE] ?? '?') : String(h);
        if (nullable(t) && h >= ABSTRACT_HEAP_BASE)
            return `${hn === 'none' ? 'null' : hn.replace(/^no/, 'null')}ref`;
        return `(ref ${nullable(t) ? 'null ' : ''}${hn})`;
    }
    /** unpacked type of a storage type (i8/i16 → i32) */
    static unpack(t) {
        return t === I8 || t === I16 ? I32 : t;
    }
    /** a value type of group `start`, for hashing and comparing groups: references into the group are relative */
    enc(t, start) {
        if (t < module_REF_BASE)
            return t;
        const h = heapOf(t);
        if (h >= ABSTRACT_HEAP_BASE || h < start)
            return h >= ABSTRACT_HEAP_BASE ? t : ref(this.canon[h], nullable(t));
        return -2 - ((h - start) * 2 + (t & 1));
    }
    supEnc(i, start) {
        const s = this.sup[i];
        return s < 0 ? -1 : s >= start ? -2 - (s - start) : this.canon[s];
    }
    /** the pool values of type i (kind-specific layout), encoded relative to `start` */
    values(i) {
        const o = this.off[i];
        return this.kind[i] === KIND_FUNC ? 2 + this.pool[o] + this.pool[o + 1] : 1 + 2 * this.pool[o];
    }
    hashGroup(start, n) {
        let h = Math.imul(n + 1, 0x9e3779b1);
        const mix = (v) => {
            h = Math.imul(h ^ v, 0x85ebca6b);
            h ^= h >>> 13;
        };
        for (let i = start; i < start + n; i++) {
            mix(this.kind[i] * 2 + this.final[i]);
            mix(this.supEnc(i, start));
            const o = this.off[i];
            const m = this.values(i);
            for (let k = 0; k < m; k++)
                mix(this.isTypeSlot(i, k) ? this.enc(this.pool[o + k], start) : this.pool[o + k]);
        }
        return h | 0;
    }
    /** pool slot k of type i holds a value type (not a count or a mutability flag) */
    isTypeSlot(i, k) {
        if (this.kind[i] === KIND_FUNC)
            return k >= 2;
        return k >= 1 && (k & 1) === 1;
    }
    sameGroup(a, b, n) {
        if (this.gsize[a] !== n)
            return false;
        for (let i = 0; i < n; i++) {
            const x = a + i;
            const y = b + i;
            if (this.kind[x] !== this.kind[y] || this.final[x] !== this.final[y])
                return false;
            if (this.supEnc(x, a) !== this.supEnc(y, b))
                return false;
            const m = this.values(x);
            if (m !== this.values(y))
                return false;
            const ox = this.off[x];
            const oy = this.off[y];
            for (let k = 0; k < m; k++) {
                const vx = this.pool[ox + k];
                const vy = this.pool[oy + k];
                if (this.isTypeSlot(x, k) ? this.enc(vx, a) !== this.enc(vy, b) : vx !== vy)
                    return false;
            }
        }
        return true;
    }
    /**
     * Canonicalise the rec group of types `start` … `length - 1` (already read): fills canon[]. Returns true when an
     * equal group came before (then the new types share its composite types and need no further checks).
     */
    canonicalise(start, poolStart) {
        const n = this.length - start;
        const h = this.hashGroup(start, n);
        if (this.groups * 2 >= this.slots.length)
            this.rehash();
        const mask = this.slots.length - 1;
        let i = h & mask;
        for (; this.slots[i] !== 0; i = (i + 1) & mask) {
            const g = this.slots[i] - 1;
            if (this.ghash[g] === h && this.sameGroup(g, start, n)) {
                for (let k = 0; k < n; k++) {
                    this.canon[start + k] = g + k;
                    this.off[start + k] = this.off[g + k];
                }
                this.poolLen = poolStart;
                return true;
            }
        }
        this.slots[i] = start + 1;
        this.groups++;
        this.gsize[start] = n;
        this.ghash[start] = h;
        for (let k = 0; k < n; k++)
            this.canon[start + k] = start + k;
        return false;
    }
    rehash() {
        const old = this.slots;
        this.slots = new Int32Array(old.length * 2);
        const mask = this.slots.length - 1;
        for (const v of old) {
            if (v === 0)
                continue;
            let i = this.ghash[v - 1] & mask;
            while (this.slots[i] !== 0)
                i = (i + 1) & mask;
            this.slots[i] = v;
        }
    }
}

;// CONCATENATED MODULE: ./src/wasm/types.ts




const MAX_STRUCT_FIELDS = 10_000;
const MAX_SUBTYPING_DEPTH = 63;
/** s33 heap type: an abstract one (negative single byte) or a type index below `bound` */
function readHeapType(cur, ctx, bound = ctx.types.length) {
    const at = cur.pos;
    const b = cur.peek();
    if (ABSTRACT_NAMES[b] !== undefined) {
        cur.pos++;
        markHeap(ctx, b);
        return ABSTRACT_HEAP_BASE + b;
    }
    const idx = cur.s33();
    if (idx < 0)
        cur.fail(`unknown heap type 0x${(b & 0x7f).toString(16)}`, at);
    if (idx >= bound)
        cur.invalid(`type index ${idx} out of range (${bound} types)`, at);
    ctx.features.add('function-references');
    return idx;
}
function markHeap(ctx, b) {
    if (b === H.exn || b === H.noexn)
        ctx.features.add('exceptions');
    else if (b !== H.func && b !== H.extern)
        ctx.features.add('gc');
}
/** a reference type: 0x63 ht (nullable), 0x64 ht, or a shorthand byte (`funcref`, `externref`, …) */
function readRefType(cur, ctx, bound = ctx.types.length) {
    const at = cur.pos;
    const b = cur.peek();
    if (b === 0x63 || b === 0x64) {
        cur.pos++;
        ctx.features.add('function-references');
        return ref(readHeapType(cur, ctx, bound), b === 0x63);
    }
    if (ABSTRACT_NAMES[b] === undefined)
        cur.fail(`unknown reference type 0x${b.toString(16)}`, at);
    cur.pos++;
    markHeap(ctx, b);
    if (b === H.extern)
        ctx.features.add('reference-types');
    return abstractRef(b, true);
}
function readValType(cur, ctx, bound = ctx.types.length) {
    const b = cur.peek();
    if (b >= V128 && b <= I32) {
        cur.pos++;
        if (b === V128)
            ctx.features.add('simd');
        return b;
    }
    if (b === H.func)
        ctx.features.add('reference-types');
    return readRefType(cur, ctx, bound);
}
function readStorageType(cur, ctx, bound) {
    const b = cur.peek();
    if (b === I8 || b === I16) {
        cur.pos++;
        return b;
    }
    return readValType(cur, ctx, bound);
}
function readFieldMut(cur) {
    const at = cur.pos;
    const m = cur.u8();
    if (m > 1)
        cur.fail(`malformed mutability 0x${m.toString(16)}`, at);
    return m;
}
/** a vector of value types appended to the pool after its length */
function readValTypes(cur, ctx, t, bound, limit, what) {
    const at = cur.pos;
    const n = cur.count(1);
    if (n > limit)
        cur.fail(`${n} ${what} exceed the limit of ${limit}`, at, 'too-large');
    t.pool = growPool(t, n);
    for (let i = 0; i < n; i++)
        t.pool[t.poolLen++] = readValType(cur, ctx, bound);
    return n;
}
function growPool(t, more) {
    return grow(t.pool, t.poolLen + more);
}
/** one composite type (func 0x60, struct 0x5f, array 0x5e), into the pool at t.off[t.length] */
function readCompType(cur, ctx, t, bound) {
    const at = cur.pos;
    const form = cur.u8();
    const i = t.length;
    const o = t.poolLen;
    t.off[i] = o;
    if (form === 0x60) {
        t.kind[i] = KIND_FUNC;
        t.poolLen += 2;
        // (the pool may be replaced while the vectors are read: store the counts after)
        const np = readValTypes(cur, ctx, t, bound, LIMITS.params, 'parameters');
        const nr = readValTypes(cur, ctx, t, bound, LIMITS.results, 'results');
        t.pool[o] = np;
        t.pool[o + 1] = nr;
        if (nr > 1)
            ctx.features.add('multi-value');
        return;
    }
    if (form !== 0x5f && form !== 0x5e)
        cur.fail(`unknown type form 0x${form.toString(16)}`, at);
    ctx.features.add('gc');
    t.kind[i] = form === 0x5f ? KIND_STRUCT : KIND_ARRAY;
    const n = form === 0x5e ? 1 : cur.count(2);
    if (n > MAX_STRUCT_FIELDS)
        cur.fail(`${n} struct fields exceed the limit of ${MAX_STRUCT_FIELDS}`, at, 'too-large');
    t.pool = growPool(t, 1 + 2 * n);
    t.pool[t.poolLen++] = n;
    for (let k = 0; k < n; k++) {
        t.pool[t.poolLen++] = readStorageType(cur, ctx, bound);
        t.pool[t.poolLen++] = readFieldMut(cur);
    }
}
/** a sub type: `sub x* ct`, `sub final x* ct` or a plain composite type (final, no supertype) */
function readSubType(cur, ctx, t, bound) {
    const b = cur.peek();
    const self = t.length;
    let sup = -1;
    let final = true;
    if (b === 0x50 || b === 0x4f) {
        cur.pos++;
        ctx.features.add('gc');
        final = b === 0x4f;
        const at = cur.pos;
        const n = cur.u32();
        if (n > 1)
            cur.invalid(`type ${self} declares ${n} supertypes (at most 1 is allowed)`, at);
        if (n === 1) {
            const sat = cur.pos;
            sup = cur.u32();
            if (sup >= self)
                cur.invalid(`type ${self}: supertype ${sup} is not defined before it`, sat);
        }
    }
    t.reserve(4);
    readCompType(cur, ctx, t, bound);
    t.final[self] = final ? 1 : 0;
    t.sup[self] = sup;
    t.depth[self] = sup < 0 ? 0 : Math.min(t.depth[sup] + 1, 255);
    t.canon[self] = self;
    t.length++;
}
/** storage field `a` (mutable `ma`) may specialise field `b` (mutable `mb`) */
function fieldSub(t, a, ma, b, mb) {
    if (ma !== mb)
        return false;
    if (a === I8 || a === I16 || b === I8 || b === I16)
        return a === b;
    return ma ? t.equal(a, b) : t.isSubtype(a, b);
}
function funcSub(t, i, s) {
    const f = t.funcType(i);
    const g = t.funcType(s);
    return (f.params.length === g.params.length &&
        f.results.length === g.results.length &&
        f.params.every((p, j) => t.isSubtype(g.params[j], p)) &&
        f.results.every((r, j) => t.isSubtype(r, g.results[j])));
}
/** the declared supertype's rules: not final, same kind, matching composite type, depth ≤ 63 */
function checkSub(cur, t, i, at) {
    const s = t.sup[i];
    const bad = (why) => cur.invalid(`type ${i} cannot be a subtype of type ${s}: ${why}`, at);
    if (t.final[s])
        bad(`type ${s} is final`);
    if (t.depth[i] > MAX_SUBTYPING_DEPTH)
        bad(`subtyping depth exceeds ${MAX_SUBTYPING_DEPTH}`);
    if (t.kind[i] !== t.kind[s])
        bad('different kinds of type');
    if (t.kind[i] === KIND_FUNC) {
        if (!funcSub(t, i, s))
            bad('function types do not match');
        return;
    }
    const n = t.fieldCount(s);
    if (t.fieldCount(i) < n)
        bad('fewer fields than the supertype');
    for (let j = 0; j < n; j++)
        if (!fieldSub(t, t.fieldType(i, j), t.fieldMut(i, j), t.fieldType(s, j), t.fieldMut(s, j)))
            bad(`field ${j} does not match`);
}
/** The whole type section's content: a vector of rec groups (or plain sub types). */
function readTypeSection(cur, ctx) {
    const t = ctx.types;
    const at = cur.pos;
    const groups = cur.count(1);
    if (groups > LIMITS.types)
        cur.fail(`${groups} type definitions exceed the limit of ${LIMITS.types}`, at, 'too-large');
    for (let g = 0; g < groups; g++) {
        const at = cur.pos;
        let n = 1;
        if (cur.peek() === 0x4e) {
            cur.pos++;
            ctx.features.add('gc');
            n = cur.count(1);
        }
        if (t.length + n > LIMITS.types)
            cur.fail(`more than ${LIMITS.types} types (the implementation limit)`, at, 'too-large');
        const start = t.length;
        const poolStart = t.poolLen;
        const bound = start + n;
        for (let i = 0; i < n; i++)
            readSubType(cur, ctx, t, bound);
        if (t.canonicalise(start, poolStart))
            continue;
        for (let i = 0; i < n; i++)
            if (t.sup[start + i] >= 0)
                checkSub(cur, t, start + i, at);
    }
    cur.expectEnd();
}

;// CONCATENATED MODULE: ./src/wasm/opcodes.ts
/**
 * Opcode tables for the instruction checker (code.ts): names (for error messages) and stack signatures of the
 * instructions whose typing is a fixed [params] → [result]. Built once at load from compact spec-order lists, as typed
 * arrays indexed by opcode, so the hot loop does a table lookup instead of a per-opcode branch.
 *
 * Signature letters: i i32, I i64, f f32, F f64, v v128. `ii>i` is [i32 i32] → [i32].
 */

const LETTER = { i: I32, I: I64, f: F32, F: F64, v: V128 };
/** A table of fixed-signature instructions: up to 3 params, 0 or 1 result. */
class SigTable {
    name;
    nparams;
    /** 3 slots per opcode */
    params;
    /** 0 = no result */
    result;
    constructor(size) {
        this.name = new Array(size).fill('');
        this.nparams = new Int8Array(size).fill(-1);
        this.params = new Int32Array(size * 3);
        this.result = new Int32Array(size);
    }
    /** define consecutive opcodes from `start`: `prefix` + each of `names` (space-separated), all with `sig` */
    def(start, prefix, names, sig) {
        const [p, r] = sig.split('>');
        names.split(' ').forEach((n, k) => {
            const op = start + k;
            if (n === '_')
                return; // reserved opcode
            this.name[op] = prefix + n;
            this.nparams[op] = p.length;
            for (let j = 0; j < p.length; j++)
                this.params[op * 3 + j] = LETTER[p[j]];
            this.result[op] = r ? LETTER[r] : 0;
        });
        return this;
    }
    has(op) {
        return op >= 0 && op < this.nparams.length && this.nparams[op] >= 0;
    }
}
const CMP = 'eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u';
const IBIN = 'add sub mul div_s div_u rem_s rem_u and or xor shl shr_s shr_u rotl rotr';
const FUN = 'abs neg ceil floor trunc nearest sqrt';
const FBIN = 'add sub mul div min max copysign';
/** single-byte numeric instructions 0x45–0xc4 */
const NUMERIC = new SigTable(256)
    .def(0x45, 'i32.', 'eqz', 'i>i')
    .def(0x46, 'i32.', CMP, 'ii>i')
    .def(0x50, 'i64.', 'eqz', 'I>i')
    .def(0x51, 'i64.', CMP, 'II>i')
    .def(0x5b, 'f32.', 'eq ne lt gt le ge', 'ff>i')
    .def(0x61, 'f64.', 'eq ne lt gt le ge', 'FF>i')
    .def(0x67, 'i32.', 'clz ctz popcnt', 'i>i')
    .def(0x6a, 'i32.', IBIN, 'ii>i')
    .def(0x79, 'i64.', 'clz ctz popcnt', 'I>I')
    .def(0x7c, 'i64.', IBIN, 'II>I')
    .def(0x8b, 'f32.', FUN, 'f>f')
    .def(0x92, 'f32.', FBIN, 'ff>f')
    .def(0x99, 'f64.', FUN, 'F>F')
    .def(0xa0, 'f64.', FBIN, 'FF>F')
    .def(0xa7, 'i32.', 'wrap_i64', 'I>i')
    .def(0xa8, 'i32.', 'trunc_f32_s trunc_f32_u', 'f>i')
    .def(0xaa, 'i32.', 'trunc_f64_s trunc_f64_u', 'F>i')
    .def(0xac, 'i64.', 'extend_i32_s extend_i32_u', 'i>I')
    .def(0xae, 'i64.', 'trunc_f32_s trunc_f32_u', 'f>I')
    .def(0xb0, 'i64.', 'trunc_f64_s trunc_f64_u', 'F>I')
    .def(0xb2, 'f32.', 'convert_i32_s convert_i32_u', 'i>f')
    .def(0xb4, 'f32.', 'convert_i64_s convert_i64_u', 'I>f')
    .def(0xb6, 'f32.', 'demote_f64', 'F>f')
    .def(0xb7, 'f64.', 'convert_i32_s convert_i32_u', 'i>F')
    .def(0xb9, 'f64.', 'convert_i64_s convert_i64_u', 'I>F')
    .def(0xbb, 'f64.', 'promote_f32', 'f>F')
    .def(0xbc, 'i32.', 'reinterpret_f32', 'f>i')
    .def(0xbd, 'i64.', 'reinterpret_f64', 'F>I')
    .def(0xbe, 'f32.', 'reinterpret_i32', 'i>f')
    .def(0xbf, 'f64.', 'reinterpret_i64', 'I>F')
    .def(0xc0, 'i32.', 'extend8_s extend16_s', 'i>i')
    .def(0xc2, 'i64.', 'extend8_s extend16_s extend32_s', 'I>I');
/** 0xfc 0–7: non-trapping float-to-int */
const SAT = new SigTable(8)
    .def(0, 'i32.', 'trunc_sat_f32_s trunc_sat_f32_u', 'f>i')
    .def(2, 'i32.', 'trunc_sat_f64_s trunc_sat_f64_u', 'F>i')
    .def(4, 'i64.', 'trunc_sat_f32_s trunc_sat_f32_u', 'f>I')
    .def(6, 'i64.', 'trunc_sat_f64_s trunc_sat_f64_u', 'F>I');
/** plain loads and stores 0x28–0x3e: name, natural alignment (log2), value type */
const MEM_NAME = [
    'i32.load', 'i64.load', 'f32.load', 'f64.load', 'i32.load8_s', 'i32.load8_u', 'i32.load16_s', 'i32.load16_u',
    'i64.load8_s', 'i64.load8_u', 'i64.load16_s', 'i64.load16_u', 'i64.load32_s', 'i64.load32_u', 'i32.store',
    'i64.store', 'f32.store', 'f64.store', 'i32.store8', 'i32.store16', 'i64.store8', 'i64.store16', 'i64.store32',
]; // prettier-ignore
const MEM_ALIGN = [2, 3, 2, 3, 0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 2, 3, 2, 3, 0, 1, 0, 1, 2];
const MEM_TYPE = [I32, I64, F32, F64, I32, I32, I32, I32, I64, I64, I64, I64, I64, I64, I32, I64, F32, F64]
    .concat([I32, I32, I64, I64, I64]); // prettier-ignore
/** names of the single-byte control, variable, reference and other instructions (for messages) */
const OP_NAME = (() => {
    const n = new Array(256).fill('');
    const set = (start, names) => names.split(' ').forEach((s, k) => {
        if (s !== '_')
            n[start + k] = s;
    });
    set(0x00, 'unreachable nop block loop if else try catch throw rethrow throw_ref end br br_if br_table return');
    set(0x10, 'call call_indirect return_call return_call_indirect call_ref return_call_ref _ _ delegate catch_all');
    set(0x1a, 'drop select select _ _ try_table local.get local.set local.tee global.get global.set table.get table.set');
    set(0x3f, 'memory.size memory.grow i32.const i64.const f32.const f64.const');
    set(0xd0, 'ref.null ref.is_null ref.func ref.eq ref.as_non_null br_on_null br_on_non_null');
    MEM_NAME.forEach((s, k) => (n[0x28 + k] = s));
    for (let op = 0; op < 256; op++)
        if (NUMERIC.has(op))
            n[op] = NUMERIC.name[op];
    return n;
})();
/** 0xfb GC instructions (names only; typing is per instruction in code-gc.ts) */
const GC_NAME = ('struct.new struct.new_default struct.get struct.get_s struct.get_u struct.set array.new array.new_default ' +
    'array.new_fixed array.new_data array.new_elem array.get array.get_s array.get_u array.set array.len array.fill ' +
    'array.copy array.init_data array.init_elem ref.test ref.test ref.cast ref.cast br_on_cast br_on_cast_fail ' +
    'any.convert_extern extern.convert_any ref.i31 i31.get_s i31.get_u').split(' ');
/** 0xfc 8–17 */
const BULK_NAME = 'memory.init data.drop memory.copy memory.fill table.init elem.drop table.copy table.grow table.size table.fill'.split(' ');
/** 0xfe atomics: name, natural alignment (log2), kind (0 load, 1 store, 2 rmw, 3 cmpxchg), value type */
const ATOMIC = (() => {
    const name = [];
    const align = [];
    const kind = [];
    const type = [];
    const add = (op, n, a, k, t) => {
        name[op] = n;
        align[op] = a;
        kind[op] = k;
        type[op] = t;
    };
    const widths = [
        ['i32', 2, I32], ['i64', 3, I64], ['i32', 0, I32], ['i32', 1, I32], ['i64', 0, I64], ['i64', 1, I64],
        ['i64', 2, I64],
    ]; // prettier-ignore
    const sfx = ['', '', '8_u', '16_u', '8_u', '16_u', '32_u'];
    widths.forEach(([t, a, vt], k) => add(0x10 + k, `${t}.atomic.load${sfx[k].replace('_u', '_u')}`, a, 0, vt));
    widths.forEach(([t, a, vt], k) => add(0x17 + k, `${t}.atomic.store${sfx[k].replace('_u', '')}`, a, 1, vt));
    ['add', 'sub', 'and', 'or', 'xor', 'xchg', 'cmpxchg'].forEach((op, g) => widths.forEach(([t, a, vt], k) => add(0x1e + g * 7 + k, `${t}.atomic.rmw${sfx[k].replace(/_u$/, '')}.${op}${k > 1 ? '_u' : ''}`, a, g === 6 ? 3 : 2, vt)));
    return { name, align, kind, type };
})();

;// CONCATENATED MODULE: ./src/wasm/opcodes-simd.ts
/**
 * The 0xfd prefix: fixed-128-bit SIMD (0x00–0xff) and relaxed SIMD (0x100–0x113). Plain instructions are in `SIMD`
 * (signature table); the ones with immediates are described by `SIMD_MEM` (memarg loads/stores: natural alignment),
 * `SIMD_LANE` (lane index bound) and handled in code-ext.ts.
 */

const VCMP = 'eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u';
const SIMD = new SigTable(0x114)
    .def(14, 'i8x16.', 'swizzle', 'vv>v')
    .def(15, '', 'i8x16.splat i16x8.splat i32x4.splat', 'i>v')
    .def(18, 'i64x2.', 'splat', 'I>v')
    .def(19, 'f32x4.', 'splat', 'f>v')
    .def(20, 'f64x2.', 'splat', 'F>v')
    .def(35, 'i8x16.', VCMP, 'vv>v')
    .def(45, 'i16x8.', VCMP, 'vv>v')
    .def(55, 'i32x4.', VCMP, 'vv>v')
    .def(65, 'f32x4.', 'eq ne lt gt le ge', 'vv>v')
    .def(71, 'f64x2.', 'eq ne lt gt le ge', 'vv>v')
    .def(77, 'v128.', 'not', 'v>v')
    .def(78, 'v128.', 'and andnot or xor', 'vv>v')
    .def(82, 'v128.', 'bitselect', 'vvv>v')
    .def(83, 'v128.', 'any_true', 'v>i')
    .def(94, '', 'f32x4.demote_f64x2_zero f64x2.promote_low_f32x4', 'v>v')
    .def(96, 'i8x16.', 'abs neg popcnt', 'v>v')
    .def(99, 'i8x16.', 'all_true bitmask', 'v>i')
    .def(101, 'i8x16.', 'narrow_i16x8_s narrow_i16x8_u', 'vv>v')
    .def(103, 'f32x4.', 'ceil floor trunc nearest', 'v>v')
    .def(107, 'i8x16.', 'shl shr_s shr_u', 'vi>v')
    .def(110, 'i8x16.', 'add add_sat_s add_sat_u sub sub_sat_s sub_sat_u', 'vv>v')
    .def(116, 'f64x2.', 'ceil floor', 'v>v')
    .def(118, 'i8x16.', 'min_s min_u max_s max_u', 'vv>v')
    .def(122, 'f64x2.', 'trunc', 'v>v')
    .def(123, 'i8x16.', 'avgr_u', 'vv>v')
    .def(124, '', 'i16x8.extadd_pairwise_i8x16_s i16x8.extadd_pairwise_i8x16_u', 'v>v')
    .def(126, '', 'i32x4.extadd_pairwise_i16x8_s i32x4.extadd_pairwise_i16x8_u', 'v>v')
    .def(128, 'i16x8.', 'abs neg', 'v>v')
    .def(130, 'i16x8.', 'q15mulr_sat_s', 'vv>v')
    .def(131, 'i16x8.', 'all_true bitmask', 'v>i')
    .def(133, 'i16x8.', 'narrow_i32x4_s narrow_i32x4_u', 'vv>v')
    .def(135, 'i16x8.', 'extend_low_i8x16_s extend_high_i8x16_s extend_low_i8x16_u extend_high_i8x16_u', 'v>v')
    .def(139, 'i16x8.', 'shl shr_s shr_u', 'vi>v')
    .def(142, 'i16x8.', 'add add_sat_s add_sat_u sub sub_sat_s sub_sat_u', 'vv>v')
    .def(148, 'f64x2.', 'nearest', 'v>v')
    .def(149, 'i16x8.', 'mul min_s min_u max_s max_u _ avgr_u', 'vv>v')
    .def(156, 'i16x8.', 'extmul_low_i8x16_s extmul_high_i8x16_s extmul_low_i8x16_u extmul_high_i8x16_u', 'vv>v')
    .def(160, 'i32x4.', 'abs neg', 'v>v')
    .def(163, 'i32x4.', 'all_true bitmask', 'v>i')
    .def(167, 'i32x4.', 'extend_low_i16x8_s extend_high_i16x8_s extend_low_i16x8_u extend_high_i16x8_u', 'v>v')
    .def(171, 'i32x4.', 'shl shr_s shr_u', 'vi>v')
    .def(174, 'i32x4.', 'add _ _ sub _ _ _ mul min_s min_u max_s max_u dot_i16x8_s', 'vv>v')
    .def(188, 'i32x4.', 'extmul_low_i16x8_s extmul_high_i16x8_s extmul_low_i16x8_u extmul_high_i16x8_u', 'vv>v')
    .def(192, 'i64x2.', 'abs neg', 'v>v')
    .def(195, 'i64x2.', 'all_true bitmask', 'v>i')
    .def(199, 'i64x2.', 'extend_low_i32x4_s extend_high_i32x4_s extend_low_i32x4_u extend_high_i32x4_u', 'v>v')
    .def(203, 'i64x2.', 'shl shr_s shr_u', 'vi>v')
    .def(206, 'i64x2.', 'add _ _ sub _ _ _ mul eq ne lt_s gt_s le_s ge_s', 'vv>v')
    .def(220, 'i64x2.', 'extmul_low_i32x4_s extmul_high_i32x4_s extmul_low_i32x4_u extmul_high_i32x4_u', 'vv>v')
    .def(224, 'f32x4.', 'abs neg', 'v>v')
    .def(227, 'f32x4.', 'sqrt', 'v>v')
    .def(228, 'f32x4.', 'add sub mul div min max pmin pmax', 'vv>v')
    .def(236, 'f64x2.', 'abs neg', 'v>v')
    .def(239, 'f64x2.', 'sqrt', 'v>v')
    .def(240, 'f64x2.', 'add sub mul div min max pmin pmax', 'vv>v')
    .def(248, 'i32x4.', 'trunc_sat_f32x4_s trunc_sat_f32x4_u', 'v>v')
    .def(250, 'f32x4.', 'convert_i32x4_s convert_i32x4_u', 'v>v')
    .def(252, 'i32x4.', 'trunc_sat_f64x2_s_zero trunc_sat_f64x2_u_zero', 'v>v')
    .def(254, 'f64x2.', 'convert_low_i32x4_s convert_low_i32x4_u', 'v>v')
    // relaxed SIMD
    .def(0x100, 'i8x16.', 'relaxed_swizzle', 'vv>v')
    .def(0x101, 'i32x4.', 'relaxed_trunc_f32x4_s relaxed_trunc_f32x4_u', 'v>v')
    .def(0x103, 'i32x4.', 'relaxed_trunc_f64x2_s_zero relaxed_trunc_f64x2_u_zero', 'v>v')
    .def(0x105, '', 'f32x4.relaxed_madd f32x4.relaxed_nmadd f64x2.relaxed_madd f64x2.relaxed_nmadd', 'vvv>v')
    .def(0x109, '', 'i8x16.relaxed_laneselect i16x8.relaxed_laneselect', 'vvv>v')
    .def(0x10b, '', 'i32x4.relaxed_laneselect i64x2.relaxed_laneselect', 'vvv>v')
    .def(0x10d, '', 'f32x4.relaxed_min f32x4.relaxed_max f64x2.relaxed_min f64x2.relaxed_max', 'vv>v')
    .def(0x111, 'i16x8.', 'relaxed_q15mulr_s relaxed_dot_i8x16_i7x16_s', 'vv>v')
    .def(0x113, 'i32x4.', 'relaxed_dot_i8x16_i7x16_add_s', 'vvv>v');
/** memarg loads/stores: [opcode, name, natural alignment log2, 0 load / 1 store / 2 load lane / 3 store lane] */
const SIMD_MEM = {
    0: ['v128.load', 4, 0],
    1: ['v128.load8x8_s', 3, 0],
    2: ['v128.load8x8_u', 3, 0],
    3: ['v128.load16x4_s', 3, 0],
    4: ['v128.load16x4_u', 3, 0],
    5: ['v128.load32x2_s', 3, 0],
    6: ['v128.load32x2_u', 3, 0],
    7: ['v128.load8_splat', 0, 0],
    8: ['v128.load16_splat', 1, 0],
    9: ['v128.load32_splat', 2, 0],
    10: ['v128.load64_splat', 3, 0],
    11: ['v128.store', 4, 1],
    84: ['v128.load8_lane', 0, 2],
    85: ['v128.load16_lane', 1, 2],
    86: ['v128.load32_lane', 2, 2],
    87: ['v128.load64_lane', 3, 2],
    88: ['v128.store8_lane', 0, 3],
    89: ['v128.store16_lane', 1, 3],
    90: ['v128.store32_lane', 2, 3],
    91: ['v128.store64_lane', 3, 3],
    92: ['v128.load32_zero', 2, 0],
    93: ['v128.load64_zero', 3, 0],
};
/** extract_lane / replace_lane: [name, lanes, scalar type letter, replace?] */
const SIMD_LANE = {
    21: ['i8x16.extract_lane_s', 16, 'i', false],
    22: ['i8x16.extract_lane_u', 16, 'i', false],
    23: ['i8x16.replace_lane', 16, 'i', true],
    24: ['i16x8.extract_lane_s', 8, 'i', false],
    25: ['i16x8.extract_lane_u', 8, 'i', false],
    26: ['i16x8.replace_lane', 8, 'i', true],
    27: ['i32x4.extract_lane', 4, 'i', false],
    28: ['i32x4.replace_lane', 4, 'i', true],
    29: ['i64x2.extract_lane', 2, 'I', false],
    30: ['i64x2.replace_lane', 2, 'I', true],
    31: ['f32x4.extract_lane', 4, 'f', false],
    32: ['f32x4.replace_lane', 4, 'f', true],
    33: ['f64x2.extract_lane', 2, 'F', false],
    34: ['f64x2.replace_lane', 2, 'F', true],
};

;// CONCATENATED MODULE: ./src/wasm/code-stack.ts




const BLOCK = 0;
const LOOP = 1;
const IF = 2;
const ELSE = 3;
const TRY = 4;
const CATCH = 5;
const CATCH_ALL = 6;
const TRY_TABLE = 7;
const FUNC = 8;
/** block type encoding: -1 empty, ~valtype (< -1) one result, >= 0 a function type index */
const BT_EMPTY = -1;
const EMPTY = [];
class Checker {
    ctx;
    t;
    cur;
    /** current instruction: opcode, or prefix << 16 | sub-opcode, for messages */
    op = 0;
    opAt = 0;
    stack = new Int32Array(1024);
    sp = 0;
    cKind = new Uint8Array(64);
    cHeight = new Int32Array(64);
    cBt = new Int32Array(64);
    cUnreach = new Uint8Array(64);
    cInit = new Int32Array(64);
    depth = 0;
    locals = new Int32Array(64);
    nlocals = 0;
    localInit = new Uint8Array(64);
    initStack = new Int32Array(64);
    initSp = 0;
    /** constant-expression mode (global initialisers, offsets, element expressions) */
    constMode = false;
    reset(ctx, cur) {
        this.ctx = ctx;
        this.t = ctx.types;
        this.cur = cur;
        this.sp = 0;
        this.depth = 0;
        this.initSp = 0;
        this.nlocals = 0;
        if (this.stack.length > 1 << 20)
            this.stack = new Int32Array(1024);
    }
    // ---- immediates: fast paths for the short LEB128 forms, the strict cursor for the rest
    /** u32 immediate */
    u32() {
        const cur = this.cur;
        const d = cur.data;
        const p = cur.pos;
        if (p + 3 < cur.end) {
            let b = d[p];
            if (b < 0x80)
                return ((cur.pos = p + 1), b);
            let r = b & 0x7f;
            b = d[p + 1];
            if (b < 0x80)
                return ((cur.pos = p + 2), r | (b << 7));
            r |= (b & 0x7f) << 7;
            b = d[p + 2];
            if (b < 0x80)
                return ((cur.pos = p + 3), r | (b << 14));
        }
        return cur.u32();
    }
    /** a signed LEB128 of at most `bytes` bytes whose value is not needed: bytes before the last are free */
    skipSigned(bytes, bits) {
        const cur = this.cur;
        const d = cur.data;
        const p = cur.pos;
        const last = Math.min(p + bytes - 1, cur.end);
        for (let i = p; i < last; i++) {
            if (d[i] < 0x80) {
                cur.pos = i + 1;
                return;
            }
        }
        cur.sleb(bits);
    }
    // ---- messages
    opName() {
        const op = this.op;
        const sub = op & 0xffff;
        switch (op >> 16) {
            case 0:
                return OP_NAME[op] || `opcode 0x${op.toString(16)}`;
            case 0xfb:
                return GC_NAME[sub] ?? `0xfb ${sub}`;
            case 0xfc:
                return sub < 8 ? SAT.name[sub] : (BULK_NAME[sub - 8] ?? `0xfc ${sub}`);
            case 0xfd:
                return (SIMD.name[sub] ||
                    SIMD_MEM[sub]?.[0] ||
                    SIMD_LANE[sub]?.[0] ||
                    (sub === 12 ? 'v128.const' : 'i8x16.shuffle'));
            default:
                return ATOMIC.name[sub] ?? (sub === 3 ? 'atomic.fence' : `0xfe ${sub}`);
        }
    }
    /** a typing error of the current instruction */
    err(what) {
        return this.cur.invalid(`${this.opName()} ${what}`, this.opAt);
    }
    /** the top `n` types of the current frame's stack as `[a b]` */
    shown(n, top = this.sp) {
        const h = this.cHeight[this.depth - 1];
        const from = Math.max(h, top - n);
        const out = [];
        for (let i = from; i < top; i++)
            out.push(this.t.name(this.stack[i]));
        return `[${out.join(' ')}]`;
    }
    mismatch(expected, n, top) {
        return this.err(`expects [${expected}] but the stack has ${this.shown(n, top)}`);
    }
    // ---- operand stack
    push(t) {
        if (this.sp === this.stack.length) {
            const s = new Int32Array(this.stack.length * 2);
            s.set(this.stack);
            this.stack = s;
        }
        this.stack[this.sp++] = t;
    }
    pop() {
        if (this.sp === this.cHeight[this.depth - 1]) {
            if (this.cUnreach[this.depth - 1])
                return BOTTOM;
            this.err('expects an operand but the stack is empty');
        }
        return this.stack[--this.sp];
    }
    /** pop one operand that must match `t` (subtyping for references) */
    popT(t) {
        const top = this.sp;
        const a = this.pop();
        if (a !== t && a !== BOTTOM && !(a >= module_REF_BASE && t >= module_REF_BASE && this.t.isSubtype(a, t)))
            this.mismatch(this.t.name(t), 1, top);
        return a;
    }
    /** pop any reference (or BOTTOM) */
    popRef() {
        const top = this.sp;
        const a = this.pop();
        if (a !== BOTTOM && a < module_REF_BASE)
            this.mismatch('a reference', 1, top);
        return a;
    }
    /** pop `types` in reverse order (the last is on top) */
    popAll(types) {
        const top = this.sp;
        for (let i = types.length - 1; i >= 0; i--) {
            const t = types[i];
            const a = this.pop();
            if (a !== t && a !== BOTTOM && !(a >= module_REF_BASE && t >= module_REF_BASE && this.t.isSubtype(a, t)))
                this.mismatch(types.map((x) => this.t.name(x)).join(' '), types.length, top);
        }
    }
    pushAll(types) {
        for (let i = 0; i < types.length; i++)
            this.push(types[i]);
    }
    // ---- block types and labels
    params(bt) {
        return bt >= 0 ? this.t.funcType(bt).params : EMPTY;
    }
    /** results of a block type; a single-value block type uses a shared 1-element scratch array */
    results(bt) {
        if (bt >= 0)
            return this.t.funcType(bt).results;
        if (bt === BT_EMPTY)
            return EMPTY;
        this.one[0] = ~bt;
        return this.one;
    }
    one = [0];
    /** label types of frame `f` (0 = outermost) */
    labelTypes(f) {
        return this.cKind[f] === LOOP ? this.params(this.cBt[f]) : this.results(this.cBt[f]);
    }
    /** the frame a branch label refers to, or an error */
    label(l) {
        if (l >= this.depth)
            this.err(`label ${l} out of range (depth ${this.depth})`);
        return this.depth - 1 - l;
    }
    /** values on the stack must match `types` (without popping them), as a branch to such a label requires */
    checkTop(types) {
        const f = this.depth - 1;
        const h = this.cHeight[f];
        const n = types.length;
        for (let i = 0; i < n; i++) {
            const idx = this.sp - n + i;
            if (idx < h) {
                if (this.cUnreach[f])
                    continue;
                this.mismatch(types.map((x) => this.t.name(x)).join(' '), n, this.sp);
            }
            const a = this.stack[idx];
            const t = types[i];
            if (a !== t && a !== BOTTOM && !(a >= module_REF_BASE && t >= module_REF_BASE && this.t.isSubtype(a, t)))
                this.mismatch(types.map((x) => this.t.name(x)).join(' '), n, this.sp);
        }
    }
    unreachable() {
        this.sp = this.cHeight[this.depth - 1];
        this.cUnreach[this.depth - 1] = 1;
    }
    // ---- control frames
    pushCtl(kind, bt) {
        const params = kind === FUNC ? EMPTY : this.params(bt);
        this.popAll(params);
        if (this.depth === this.cKind.length)
            this.growCtl();
        const d = this.depth++;
        this.cKind[d] = kind;
        this.cBt[d] = bt;
        this.cHeight[d] = this.sp;
        this.cUnreach[d] = 0;
        this.cInit[d] = this.initSp;
        this.pushAll(params);
    }
    growCtl() {
        const n = this.cKind.length * 2;
        const grow = (a, b) => (b.set(a), b);
        this.cKind = grow(this.cKind, new Uint8Array(n));
        this.cHeight = grow(this.cHeight, new Int32Array(n));
        this.cBt = grow(this.cBt, new Int32Array(n));
        this.cUnreach = grow(this.cUnreach, new Uint8Array(n));
        this.cInit = grow(this.cInit, new Int32Array(n));
    }
    /** end of the top frame's instruction sequence: results must be exactly what is on its stack */
    popCtl() {
        const f = this.depth - 1;
        this.popAll(this.results(this.cBt[f]));
        if (this.sp !== this.cHeight[f])
            this.err(`leaves ${this.sp - this.cHeight[f]} extra value(s) on the stack`);
        while (this.initSp > this.cInit[f])
            this.localInit[this.initStack[--this.initSp]] = 0;
        this.depth--;
        return f;
    }
    /** re-open the top frame for its next arm (else, catch, catch_all) after checking the previous arm */
    nextArm(kind) {
        const f = this.popCtl();
        this.depth++;
        this.cKind[f] = kind;
        this.cUnreach[f] = 0;
        this.sp = this.cHeight[f];
        return f;
    }
    // ---- locals
    setLocals(n) {
        if (this.locals.length < n) {
            let m = this.locals.length;
            while (m < n)
                m *= 2;
            this.locals = new Int32Array(m);
            this.localInit = new Uint8Array(m);
            this.initStack = new Int32Array(m);
        }
        this.nlocals = n;
    }
    local(x) {
        if (x >= this.nlocals)
            this.err(`local ${x} out of range (${this.nlocals} locals)`);
        return this.locals[x];
    }
    /** mark a non-defaultable local as set (until the end of the enclosing block) */
    initLocal(x) {
        if (this.localInit[x])
            return;
        this.localInit[x] = 1;
        this.initStack[this.initSp++] = x;
    }
}
/** block type: 0x40, a value type, or a type index (s33) */
function blockType(c) {
    const cur = c.cur;
    const b = cur.peek();
    if (b === 0x40) {
        cur.pos++;
        return BT_EMPTY;
    }
    if ((b >= 0x7b && b <= 0x7f) || (b >= 0x63 && b <= 0x74))
        return ~readValType(cur, c.ctx);
    const at = cur.pos;
    const x = cur.s33();
    if (x < 0)
        cur.fail(`malformed block type`, at);
    const ft = c.t.funcType(x);
    if (!ft)
        return cur.invalid(`block type ${x} is not a function type`, at);
    if (ft.params.length > 0 || ft.results.length > 1)
        c.ctx.features.add('multi-value');
    return x;
}
function funcType(c, x) {
    if (x >= c.ctx.funcs.length)
        c.err(`function ${x} out of range (${c.ctx.funcs.length} functions)`);
    return c.ctx.funcs[x];
}

;// CONCATENATED MODULE: ./src/wasm/code-ext.ts



const code_ext_LETTER = { i: I32, I: I64, f: F32, F: F64 };
function addrOf(m) {
    return m.is64 ? I64 : I32;
}
function tableAddr(t) {
    return t.limits.is64 ? I64 : I32;
}
function memory(c, x) {
    const m = c.ctx.memories[x];
    if (!m)
        c.err(`memory ${x} out of range (${c.ctx.memories.length} memories)`);
    if (x !== 0)
        c.ctx.features.add('multi-memory');
    return m;
}
function table(c, x) {
    const t = c.ctx.tables[x];
    if (!t)
        c.err(`table ${x} out of range (${c.ctx.tables.length} tables)`);
    return t;
}
/** a memarg; returns the memory's address type */
function memarg(c, natural, exact = false) {
    const cur = c.cur;
    let align = c.u32();
    let x = 0;
    if (align & 0x40) {
        align -= 0x40;
        x = c.u32();
        c.ctx.features.add('multi-memory');
    }
    const m = memory(c, x);
    // the offset is a u64 in the 3.0 binary format (V8 reads it so for every memory), below 2^32 for 32-bit memories
    const at = cur.pos;
    const d = cur.data;
    if (at + 3 < cur.end && (d[at] < 0x80 || d[at + 1] < 0x80 || d[at + 2] < 0x80 || d[at + 3] < 0x80))
        c.u32();
    else if (cur.u64() > 0xffffffffn && !m.is64)
        c.err('offset out of range for a 32-bit memory');
    if (exact ? align !== natural : align > natural)
        c.err(`alignment 2^${align} must be ${exact ? '' : 'at most '}the natural alignment 2^${natural}`);
    return addrOf(m);
}
/** 0x28–0x40: loads, stores, memory.size, memory.grow */
function memoryOp(c, op) {
    if (op >= 0x3f) {
        const at = addrOf(memory(c, c.u32()));
        if (op === 0x40)
            c.popT(at);
        return c.push(at);
    }
    const k = op - 0x28;
    const at = memarg(c, MEM_ALIGN[k]);
    if (op >= 0x36)
        c.popT(MEM_TYPE[k]);
    c.popT(at);
    if (op < 0x36)
        c.push(MEM_TYPE[k]);
}
/** a fixed-signature instruction from a signature table */
function sig(c, t, op) {
    const n = t.nparams[op];
    const top = c.sp;
    for (let i = n - 1; i >= 0; i--) {
        const want = t.params[op * 3 + i];
        const a = c.pop();
        if (a !== want && a !== -1) {
            const names = [];
            for (let j = 0; j < n; j++)
                names.push(c.t.name(t.params[op * 3 + j]));
            c.mismatch(names.join(' '), n, top);
        }
    }
    if (t.result[op])
        c.push(t.result[op]);
}
function needData(c, y) {
    if (c.ctx.dataCount === undefined)
        c.err('needs a DataCount section');
    if (y >= c.ctx.dataCount)
        c.err(`data segment ${y} out of range (${c.ctx.dataCount} segments)`);
}
function elemType(c, y) {
    const e = c.ctx.elems[y];
    if (e === undefined)
        c.err(`element segment ${y} out of range (${c.ctx.elems.length} segments)`);
    return e;
}
function prefixFC(c, sub) {
    const cur = c.cur;
    const f = c.ctx.features;
    if (sub < 8) {
        f.add('nontrapping-fptoint');
        return sig(c, SAT, sub);
    }
    f.add(sub >= 15 ? 'reference-types' : 'bulk-memory');
    switch (sub) {
        case 8: {
            const y = c.u32();
            const at = addrOf(memory(c, c.u32()));
            needData(c, y);
            c.popT(I32);
            c.popT(I32);
            return void c.popT(at);
        }
        case 9:
            return needData(c, c.u32());
        case 10: {
            const d = addrOf(memory(c, c.u32()));
            const s = addrOf(memory(c, c.u32()));
            c.popT(d === I64 && s === I64 ? I64 : I32);
            c.popT(s);
            return void c.popT(d);
        }
        case 11: {
            const at = addrOf(memory(c, c.u32()));
            c.popT(at);
            c.popT(I32);
            return void c.popT(at);
        }
        case 12: {
            const e = elemType(c, c.u32());
            const t = table(c, c.u32());
            if (!c.t.isSubtype(e, t.elem))
                c.err(`element type ${c.t.name(e)} does not match the table's ${c.t.name(t.elem)}`);
            c.popT(I32);
            c.popT(I32);
            return void c.popT(tableAddr(t));
        }
        case 13:
            return void elemType(c, c.u32());
        case 14: {
            const d = table(c, c.u32());
            const s = table(c, c.u32());
            if (!c.t.isSubtype(s.elem, d.elem))
                c.err(`source ${c.t.name(s.elem)} does not match ${c.t.name(d.elem)}`);
            const da = tableAddr(d);
            const sa = tableAddr(s);
            c.popT(da === I64 && sa === I64 ? I64 : I32);
            c.popT(sa);
            return void c.popT(da);
        }
        case 15:
        case 16:
        case 17: {
            const t = table(c, c.u32());
            const at = tableAddr(t);
            if (sub === 16)
                return c.push(at);
            c.popT(at);
            c.popT(t.elem);
            if (sub === 15)
                return c.push(at);
            return void c.popT(at);
        }
        default:
            return cur.fail(`unknown opcode 0xfc ${sub}`, c.opAt);
    }
}
function prefixFE(c, sub) {
    const cur = c.cur;
    c.ctx.features.add('threads');
    if (sub === 3) {
        if (cur.u8() !== 0)
            cur.fail('atomic.fence: malformed reserved byte', c.opAt);
        return;
    }
    if (sub <= 2) {
        const at = memarg(c, sub === 2 ? 3 : 2, true);
        c.popT(sub === 0 ? I32 : sub === 1 ? I64 : I64);
        if (sub !== 0)
            c.popT(sub === 1 ? I32 : I64);
        c.popT(at);
        return c.push(I32);
    }
    const kind = ATOMIC.kind[sub];
    if (kind === undefined)
        return cur.fail(`unknown opcode 0xfe ${sub}`, c.opAt);
    const at = memarg(c, ATOMIC.align[sub], true);
    const t = ATOMIC.type[sub];
    if (kind === 3)
        c.popT(t);
    if (kind !== 0)
        c.popT(t);
    c.popT(at);
    if (kind !== 1)
        c.push(t);
}
function lane(c, lanes) {
    const l = c.cur.u8();
    if (l >= lanes)
        c.err(`lane index ${l} out of range (${lanes} lanes)`);
}
function prefixFD(c, sub) {
    const cur = c.cur;
    c.ctx.features.add(sub >= 0x100 ? 'relaxed-simd' : 'simd');
    if (SIMD.has(sub))
        return sig(c, SIMD, sub);
    const mem = SIMD_MEM[sub];
    if (mem) {
        const [, natural, kind] = mem;
        const at = memarg(c, natural);
        if (kind >= 2)
            lane(c, 16 >> natural);
        if (kind !== 0)
            c.popT(V128);
        c.popT(at);
        if (kind !== 1 && kind !== 3)
            c.push(V128);
        return;
    }
    const ln = SIMD_LANE[sub];
    if (ln) {
        const [, lanes, letter, replace] = ln;
        lane(c, lanes);
        if (replace)
            c.popT(code_ext_LETTER[letter]);
        c.popT(V128);
        return c.push(replace ? V128 : code_ext_LETTER[letter]);
    }
    if (sub === 12) {
        cur.skip(16);
        return c.push(V128);
    }
    if (sub === 13) {
        for (let i = 0; i < 16; i++)
            lane(c, 32);
        c.popT(V128);
        c.popT(V128);
        return c.push(V128);
    }
    cur.fail(`unknown opcode 0xfd ${sub}`, c.opAt);
}

;// CONCATENATED MODULE: ./src/wasm/code-ref.ts
/**
 * Reference and exception instructions of the instruction checker: ref.null, ref.is_null, ref.func (declared functions
 * only), ref.eq, ref.as_non_null, br_on_null, br_on_non_null; throw, throw_ref, try_table with its catch clauses, and
 * the legacy exception instructions (try, catch, catch_all, rethrow, delegate: feature `legacy-exceptions`).
 */



const EXNREF_NN = abstractRef(H.exn, false);
function refOrException(c, op) {
    const cur = c.cur;
    const ctx = c.ctx;
    switch (op) {
        case 0xd0:
            ctx.features.add('reference-types');
            return c.push(ref(readHeapType(cur, ctx), true));
        case 0xd1:
            ctx.features.add('reference-types');
            c.popRef();
            return c.push(I32);
        case 0xd2: {
            const x = c.u32();
            const t = funcType(c, x);
            if (c.constMode)
                ctx.declaredFuncRefs.add(x);
            else if (!ctx.declaredFuncRefs.has(x))
                c.err(`function ${x} is not declared (in an element segment or export)`);
            ctx.features.add('reference-types');
            return c.push(ref(t, false));
        }
        case 0xd3:
            ctx.features.add('gc');
            c.popT(abstractRef(H.eq, true));
            c.popT(abstractRef(H.eq, true));
            return c.push(I32);
        case 0xd4: {
            ctx.features.add('function-references');
            const r = c.popRef();
            return c.push(r === BOTTOM ? BOTTOM : ref(heapOf(r), false));
        }
        case 0xd5:
        case 0xd6:
            return brOnNull(c, op === 0xd6);
        default:
            return exceptions(c, op);
    }
}
function brOnNull(c, onNonNull) {
    c.ctx.features.add('function-references');
    const f = c.label(c.u32());
    const r = c.popRef();
    const types = c.labelTypes(f);
    if (!onNonNull) {
        c.popAll(types);
        c.pushAll(c.labelTypes(f));
        return c.push(r === BOTTOM ? BOTTOM : ref(heapOf(r), false));
    }
    const n = types.length;
    if (n === 0 || types[n - 1] < module_REF_BASE)
        c.err('needs a label whose last type is a reference');
    const last = types[n - 1];
    if (r !== BOTTOM && !c.t.isSubtype(ref(heapOf(r), false), last))
        c.err(`operand ${c.t.name(r)} does not match the label's ${c.t.name(last)}`);
    c.popAll(types.slice(0, n - 1));
    c.pushAll(types.slice(0, n - 1));
}
function tagParams(c, x) {
    const t = c.ctx.tags[x];
    if (t === undefined)
        c.err(`tag ${x} out of range (${c.ctx.tags.length} tags)`);
    return c.t.funcType(t).params;
}
function exceptions(c, op) {
    const cur = c.cur;
    const features = c.ctx.features;
    switch (op) {
        case 0x08:
            features.add('exceptions');
            c.popAll(tagParams(c, c.u32()));
            return c.unreachable();
        case 0x0a:
            features.add('exceptions');
            c.popT(abstractRef(H.exn, true));
            return c.unreachable();
        case 0x1f:
            return tryTable(c);
        case 0x06:
            features.add('legacy-exceptions');
            return c.pushCtl(TRY, blockType(c));
        case 0x07: {
            features.add('legacy-exceptions');
            const k = c.cKind[c.depth - 1];
            if (k !== TRY && k !== CATCH)
                c.err('without a matching try');
            const params = tagParams(c, c.u32());
            c.nextArm(CATCH);
            return c.pushAll(params);
        }
        case 0x19: {
            features.add('legacy-exceptions');
            const k = c.cKind[c.depth - 1];
            if (k !== TRY && k !== CATCH)
                c.err('without a matching try');
            c.nextArm(CATCH_ALL);
            return;
        }
        case 0x09: {
            features.add('legacy-exceptions');
            const f = c.label(c.u32());
            if (c.cKind[f] !== CATCH && c.cKind[f] !== CATCH_ALL)
                c.err('must target a catch block');
            return c.unreachable();
        }
        case 0x18: {
            features.add('legacy-exceptions');
            const f = c.depth - 1;
            if (c.cKind[f] !== TRY)
                c.err('without a matching try');
            const l = c.u32();
            c.popCtl();
            c.label(l);
            return c.pushAll(c.results(c.cBt[f]));
        }
        default:
            return cur.fail(`unknown opcode 0x${op.toString(16)}`, c.opAt);
    }
}
function tryTable(c) {
    const cur = c.cur;
    c.ctx.features.add('exceptions');
    const bt = blockType(c);
    const n = cur.count(2);
    for (let i = 0; i < n; i++) {
        const at = cur.pos;
        const kind = cur.u8();
        if (kind > 3)
            cur.fail(`malformed catch clause kind ${kind}`, at);
        const params = kind < 2 ? tagParams(c, c.u32()) : [];
        const f = c.label(c.u32());
        const want = kind & 1 ? [...params, EXNREF_NN] : params;
        const got = c.labelTypes(f);
        const ok = want.length === got.length && want.every((t, j) => c.t.isSubtype(t, got[j]));
        if (!ok)
            cur.invalid(`try_table catch clause ${i}: the label does not take the caught values`, at);
    }
    c.pushCtl(TRY_TABLE, bt);
}

;// CONCATENATED MODULE: ./src/wasm/code-control.ts
/**
 * Control, call, variable and table instructions of the instruction checker: blocks, branches (br, br_if, br_table),
 * calls (call, call_indirect, call_ref and their tail-call forms), select, globals, table.get/set. References and
 * exceptions are in code-ref.ts.
 */





const FUNCREF = abstractRef(H.func, true);
function control(c, op) {
    switch (op) {
        case 0x00:
            return c.unreachable();
        case 0x01:
            return;
        case 0x02:
        case 0x03:
            return c.pushCtl(op === 0x02 ? BLOCK : LOOP, blockType(c));
        case 0x04: {
            const bt = blockType(c);
            c.popT(I32);
            return c.pushCtl(IF, bt);
        }
        case 0x05:
            if (c.cKind[c.depth - 1] !== IF)
                c.err('without a matching if');
            c.pushAll(c.params(c.cBt[c.nextArm(ELSE)]));
            return;
        case 0x0b:
            return endOp(c);
        case 0x0c: {
            const f = c.label(c.u32());
            c.popAll(c.labelTypes(f));
            return c.unreachable();
        }
        case 0x0d: {
            const f = c.label(c.u32());
            c.popT(I32);
            const types = c.labelTypes(f);
            c.popAll(types);
            return c.pushAll(c.labelTypes(f));
        }
        case 0x0e:
            return brTable(c);
        case 0x0f:
            c.popAll(c.results(c.cBt[0]));
            return c.unreachable();
        case 0x10:
        case 0x12:
            return call(c, op === 0x12, c.t.funcType(funcType(c, c.u32())));
        case 0x11:
        case 0x13: {
            const y = c.u32();
            const x = c.u32();
            const tt = c.ctx.tables[x];
            if (!tt)
                c.err(`table ${x} out of range (${c.ctx.tables.length} tables)`);
            if (x !== 0)
                c.ctx.features.add('reference-types');
            if (!c.t.isSubtype(tt.elem, FUNCREF))
                c.err(`table ${x} does not hold function references`);
            const ft = c.t.funcType(y);
            if (!ft)
                c.err(`type ${y} is not a function type`);
            c.popT(tableAddr(tt));
            return call(c, op === 0x13, ft);
        }
        case 0x14:
        case 0x15: {
            c.ctx.features.add('function-references');
            const y = c.u32();
            const ft = c.t.funcType(y);
            if (!ft)
                c.err(`type ${y} is not a function type`);
            c.popT(ref(y, true));
            return call(c, op === 0x15, ft);
        }
        case 0x1a:
            c.pop();
            return;
        case 0x1b:
        case 0x1c:
            return code_control_select(c, op === 0x1c);
        case 0x23: {
            const x = c.u32();
            const g = c.ctx.globals[x];
            if (!g)
                c.err(`global ${x} out of range (${c.ctx.globals.length} globals)`);
            if (c.constMode && g.mutable)
                c.err(`reads mutable global ${x}`);
            return c.push(g.type);
        }
        case 0x24: {
            const x = c.u32();
            const g = c.ctx.globals[x];
            if (!g)
                c.err(`global ${x} out of range (${c.ctx.globals.length} globals)`);
            if (!g.mutable)
                c.err(`writes immutable global ${x}`);
            c.popT(g.type);
            return;
        }
        case 0x25:
        case 0x26: {
            c.ctx.features.add('reference-types');
            const x = c.u32();
            const tt = c.ctx.tables[x];
            if (!tt)
                c.err(`table ${x} out of range (${c.ctx.tables.length} tables)`);
            if (op === 0x26)
                c.popT(tt.elem);
            c.popT(tableAddr(tt));
            if (op === 0x25)
                c.push(tt.elem);
            return;
        }
        default:
            return refOrException(c, op);
    }
}
function call(c, tail, ft) {
    c.popAll(ft.params);
    if (!tail)
        return c.pushAll(ft.results);
    c.ctx.features.add('tail-call');
    const mine = c.results(c.cBt[0]);
    const ok = ft.results.length === mine.length && ft.results.every((r, i) => c.t.isSubtype(r, mine[i]));
    if (!ok)
        c.err(`callee results do not match the results of the function`);
    c.unreachable();
}
function endOp(c) {
    const f = c.depth - 1;
    if (c.cKind[f] === IF)
        c.pushAll(c.params(c.cBt[c.nextArm(ELSE)]));
    c.popCtl();
    c.pushAll(c.results(c.cBt[f]));
}
/** V8's kV8MaxWasmFunctionBrTableSize: a br_table with more targets is refused by WebAssembly.validate */
const MAX_BR_TABLE_TARGETS = 65_520;
function brTable(c) {
    const cur = c.cur;
    const at = cur.pos;
    const n = cur.count(1);
    if (n > MAX_BR_TABLE_TARGETS)
        cur.fail(`br_table with ${n} targets exceeds the limit of ${MAX_BR_TABLE_TARGETS}`, at, 'too-large');
    c.popT(I32);
    let arity = -1;
    for (let i = 0; i <= n; i++) {
        const f = c.label(c.u32());
        const types = c.labelTypes(f);
        if (arity < 0)
            arity = types.length;
        else if (types.length !== arity)
            c.cur.invalid(`br_table targets have different arities`, at);
        c.checkTop(types);
    }
    c.sp = Math.max(c.cHeight[c.depth - 1], c.sp - arity);
    c.unreachable();
}
function code_control_select(c, typed) {
    if (typed) {
        c.ctx.features.add('reference-types');
        const n = c.u32();
        if (n !== 1)
            c.err(`must name exactly one type (names ${n})`);
        const t = readValType(c.cur, c.ctx);
        c.popT(I32);
        c.popT(t);
        c.popT(t);
        return c.push(t);
    }
    c.popT(I32);
    const top = c.sp;
    const a = c.pop();
    const b = c.pop();
    if (a >= module_REF_BASE || b >= module_REF_BASE)
        c.err('without a type needs numeric or vector operands (use select with a type)');
    if (a !== b && a !== BOTTOM && b !== BOTTOM)
        c.mismatch('t t', 2, top);
    c.push(a === BOTTOM ? b : a);
}

;// CONCATENATED MODULE: ./src/wasm/code-gc.ts



const MAX_ARRAY_NEW_FIXED = 10_000;
/** check that x is a struct (or array) type; returns its number of fields */
function typeOf(c, x, kind) {
    if (x >= c.t.length || c.t.kind[x] !== kind)
        c.err(`type ${x} is not ${kind === KIND_STRUCT ? 'a struct' : 'an array'} type`);
    return c.t.fieldCount(x);
}
const packed = (t) => t === I8 || t === I16;
function field(c, x, y, mode) {
    const n = typeOf(c, x, KIND_STRUCT);
    if (y >= n)
        c.err(`field ${y} out of range (type ${x} has ${n})`);
    return access(c, c.t.fieldType(x, y), c.t.fieldMut(x, y), mode);
}
function access(c, t, mutable, mode) {
    if (mode === 'get' && packed(t))
        c.err('reads a packed field (use the _s or _u form)');
    if (mode === 'get_s' && !packed(t))
        c.err('reads a field that is not packed');
    if (mode === 'set' && !mutable)
        c.err('writes an immutable field');
    return TypeTable.unpack(t);
}
function arrayElem(c, x, mode) {
    typeOf(c, x, KIND_ARRAY);
    const t = c.t.fieldType(x, 0);
    return mode === 'new' ? TypeTable.unpack(t) : access(c, t, c.t.fieldMut(x, 0), mode);
}
function storage(c, x) {
    typeOf(c, x, KIND_ARRAY);
    return c.t.fieldType(x, 0);
}
function code_gc_needData(c, y, x) {
    if (packed(storage(c, x)) === false && storage(c, x) >= module_REF_BASE)
        c.err(`array type ${x} holds references`);
    if (c.ctx.dataCount === undefined)
        c.err('needs a DataCount section');
    if (y >= c.ctx.dataCount)
        c.err(`data segment ${y} out of range (${c.ctx.dataCount} segments)`);
}
function needElem(c, y, x) {
    const e = elemType(c, y);
    const t = storage(c, x);
    if (!c.t.isSubtype(e, t))
        c.err(`element type ${c.t.name(e)} does not match the array's ${c.t.name(t)}`);
}
function prefixFB(c, sub) {
    c.ctx.features.add('gc');
    if (sub <= 19)
        return sub <= 5 ? structOp(c, sub) : arrayOp(c, sub);
    if (sub <= 25)
        return castOp(c, sub);
    switch (sub) {
        case 26:
        case 27: {
            const r = c.popT(abstractRef(sub === 26 ? H.extern : H.any, true));
            return c.push(abstractRef(sub === 26 ? H.any : H.extern, r === BOTTOM || nullable(r)));
        }
        case 28:
            c.popT(I32);
            return c.push(abstractRef(H.i31, false));
        case 29:
        case 30:
            c.popT(abstractRef(H.i31, true));
            return c.push(I32);
        default:
            return c.cur.fail(`unknown opcode 0xfb ${sub}`, c.opAt);
    }
}
function structOp(c, sub) {
    const x = c.u32();
    if (sub <= 1) {
        const n = typeOf(c, x, KIND_STRUCT);
        for (let i = n - 1; i >= 0; i--) {
            const t = c.t.fieldType(x, i);
            if (sub === 0)
                c.popT(TypeTable.unpack(t));
            else if (!packed(t) && !c.t.defaultable(t))
                c.err(`type ${x} has a non-defaultable field`);
        }
        return c.push(ref(x, false));
    }
    const t = field(c, x, c.u32(), sub === 2 ? 'get' : sub === 5 ? 'set' : 'get_s');
    if (sub === 5)
        c.popT(t);
    c.popT(ref(x, true));
    if (sub !== 5)
        c.push(t);
}
function arrayOp(c, sub) {
    const x = sub === 15 ? -1 : c.u32();
    switch (sub) {
        case 6:
            c.popT(I32);
            c.popT(arrayElem(c, x, 'new'));
            return c.push(ref(x, false));
        case 7: {
            const t = storage(c, x);
            if (!packed(t) && !c.t.defaultable(t))
                c.err(`type ${x} has a non-defaultable element type`);
            c.popT(I32);
            return c.push(ref(x, false));
        }
        case 8: {
            const t = arrayElem(c, x, 'new');
            const n = c.u32();
            if (n > MAX_ARRAY_NEW_FIXED)
                c.err(`takes ${n} operands, more than the limit of ${MAX_ARRAY_NEW_FIXED}`);
            for (let i = 0; i < n; i++)
                c.popT(t);
            return c.push(ref(x, false));
        }
        case 9:
        case 10: {
            arrayElem(c, x, 'new');
            const y = c.u32();
            if (sub === 9)
                code_gc_needData(c, y, x);
            else
                needElem(c, y, x);
            c.popT(I32);
            c.popT(I32);
            return c.push(ref(x, false));
        }
        case 11:
        case 12:
        case 13: {
            const t = arrayElem(c, x, sub === 11 ? 'get' : 'get_s');
            c.popT(I32);
            c.popT(ref(x, true));
            return c.push(t);
        }
        case 14:
        case 16: {
            const t = arrayElem(c, x, 'set');
            if (sub === 16)
                c.popT(I32);
            c.popT(t);
            c.popT(I32);
            return void c.popT(ref(x, true));
        }
        case 15:
            c.popT(abstractRef(H.array, true));
            return c.push(I32);
        default:
            return arrayBulk(c, sub, x);
    }
}
function arrayBulk(c, sub, x) {
    arrayElem(c, x, 'set');
    const y = c.u32();
    if (sub === 17) {
        const d = storage(c, x);
        const s = storage(c, y);
        const ok = packed(d) || packed(s) ? d === s : c.t.isSubtype(s, d);
        if (!ok)
            c.err(`array type ${y} does not match array type ${x}`);
        c.popT(I32);
        c.popT(I32);
        c.popT(ref(y, true));
    }
    else {
        if (sub === 18)
            code_gc_needData(c, y, x);
        else
            needElem(c, y, x);
        c.popT(I32);
        c.popT(I32);
    }
    c.popT(I32);
    c.popT(ref(x, true));
}
/** ref.test / ref.cast (the operand must be in the same hierarchy) and br_on_cast / br_on_cast_fail */
function castOp(c, sub) {
    const cur = c.cur;
    if (sub <= 23) {
        const rt = ref(readHeapType(cur, c.ctx), (sub & 1) === 1);
        c.popT(abstractRef(c.t.top(heapOf(rt)), true));
        return c.push(sub <= 21 ? I32 : rt);
    }
    const at = cur.pos;
    const flags = cur.u8();
    if (flags > 3)
        cur.fail(`malformed br_on_cast flags 0x${flags.toString(16)}`, at);
    const f = c.label(c.u32());
    const rt1 = ref(readHeapType(cur, c.ctx), (flags & 1) === 1);
    const rt2 = ref(readHeapType(cur, c.ctx), (flags & 2) === 2);
    if (!c.t.isSubtype(rt2, rt1))
        c.err(`target type ${c.t.name(rt2)} is not a subtype of ${c.t.name(rt1)}`);
    const diff = ref(heapOf(rt1), (flags & 1) === 1 && (flags & 2) === 0);
    const types = c.labelTypes(f);
    const n = types.length;
    if (n === 0 || types[n - 1] < module_REF_BASE)
        c.err('needs a label whose last type is a reference');
    const branched = sub === 24 ? rt2 : diff;
    if (!c.t.isSubtype(branched, types[n - 1]))
        c.err(`branch type ${c.t.name(branched)} does not match the label's ${c.t.name(types[n - 1])}`);
    c.popT(rt1);
    const rest = types.slice(0, n - 1);
    c.popAll(rest);
    c.pushAll(rest);
    c.push(sub === 24 ? diff : rt2);
}

;// CONCATENATED MODULE: ./src/wasm/code.ts








const checker = new Checker();
/** Validate one function body: `cur` spans exactly the body (local declarations and expression). */
function validateFunctionBody(cur, ctx, funcIndex) {
    cur.where = `function ${funcIndex} (body at offset 0x${cur.offset.toString(16)})`;
    const c = checker;
    c.reset(ctx, cur);
    c.constMode = false;
    const typeIndex = ctx.funcs[funcIndex];
    const ft = c.t.funcType(typeIndex);
    if (!ft)
        cur.invalid(`type ${typeIndex} is not a function type`);
    readLocals(c, ft.params);
    c.opAt = cur.pos;
    c.pushCtl(FUNC, typeIndex);
    run(c);
    cur.expectEnd();
}
function readLocals(c, params) {
    const cur = c.cur;
    const groups = cur.count(2);
    const start = cur.pos;
    let total = params.length;
    for (let g = 0; g < groups; g++) {
        const at = cur.pos;
        const n = c.u32();
        total += n;
        if (total > LIMITS.locals)
            cur.fail(`more than ${LIMITS.locals} locals (the implementation limit)`, at, 'too-large');
        readValType(cur, c.ctx);
    }
    c.setLocals(total);
    for (let i = 0; i < params.length; i++) {
        c.locals[i] = params[i];
        c.localInit[i] = 1;
    }
    cur.pos = start;
    let k = params.length;
    for (let g = 0; g < groups; g++) {
        const n = c.u32();
        const t = readValType(cur, c.ctx);
        const init = c.t.defaultable(t) ? 1 : 0;
        c.locals.fill(t, k, k + n);
        c.localInit.fill(init, k, k + n);
        k += n;
    }
}
/**
 * Validate a constant expression through its final `end`; its value must match `expected`. Allowed (3.0): t.const,
 * ref.null, ref.func (which declares the function for `ref.func` in bodies), global.get of an immutable global defined
 * before (imported or an earlier global: ctx.globals holds exactly those while a global's initialiser is read),
 * i32/i64 add, sub, mul (extended const), struct.new(_default), array.new(_default/_fixed), ref.i31,
 * any.convert_extern, extern.convert_any.
 */
function validateConstExpr(cur, ctx, expected) {
    const c = checker;
    c.reset(ctx, cur);
    c.constMode = true;
    c.setLocals(0);
    c.opAt = cur.pos;
    c.pushCtl(FUNC, BT_EMPTY);
    c.cBt[0] = ~expected;
    run(c);
}
function notConstant(c) {
    return c.err('is not allowed in a constant expression');
}
/** the dispatch loop; returns after the `end` that closes the outermost frame */
function run(c) {
    const cur = c.cur;
    const data = cur.data;
    const end = cur.end;
    const konst = c.constMode;
    while (c.depth > 0) {
        if (cur.pos >= end)
            cur.fail('unexpected end of the expression (missing end)');
        c.opAt = cur.pos;
        const op = data[cur.pos++];
        c.op = op;
        if (konst && !constOk(c, op))
            notConstant(c);
        if (op >= 0x45 && op <= 0xc4) {
            numeric(c, op);
            continue;
        }
        switch (op) {
            case 0x20: {
                const x = c.u32();
                const t = c.local(x);
                if (!c.localInit[x])
                    c.err(`reads local ${x} before it is set (non-defaultable ${c.t.name(t)})`);
                c.push(t);
                break;
            }
            case 0x21:
            case 0x22: {
                const x = c.u32();
                const t = c.local(x);
                c.popT(t);
                c.initLocal(x);
                if (op === 0x22)
                    c.push(t);
                break;
            }
            case 0x41:
                c.skipSigned(5, 32);
                c.push(I32);
                break;
            case 0x42:
                c.skipSigned(10, 64);
                c.push(I64);
                break;
            case 0x43:
                cur.skip(4);
                c.push(F32);
                break;
            case 0x44:
                cur.skip(8);
                c.push(F64);
                break;
            default:
                if (op >= 0x28 && op <= 0x40)
                    memoryOp(c, op);
                else if (op >= 0xfb)
                    prefixed(c, op);
                else
                    control(c, op);
        }
    }
}
function prefixed(c, op) {
    const sub = c.u32();
    c.op = (op << 16) | sub;
    if (c.constMode && !constPrefixedOk(op, sub))
        notConstant(c);
    if (op === 0xfb)
        prefixFB(c, sub);
    else if (op === 0xfc)
        prefixFC(c, sub);
    else if (op === 0xfd)
        prefixFD(c, sub);
    else if (op === 0xfe)
        prefixFE(c, sub);
    else
        c.cur.fail(`unknown opcode 0x${op.toString(16)}`, c.opAt);
}
function constOk(c, op) {
    if (op === 0x6a || op === 0x6b || op === 0x6c || op === 0x7c || op === 0x7d || op === 0x7e) {
        c.ctx.features.add('extended-const');
        return true;
    }
    return (op >= 0x41 && op <= 0x44) || op === 0x0b || op === 0x23 || op === 0xd0 || op === 0xd2 || op >= 0xfb;
}
function constPrefixedOk(op, sub) {
    if (op === 0xfd)
        return sub === 12;
    if (op === 0xfb)
        return sub <= 1 || (sub >= 6 && sub <= 8) || (sub >= 26 && sub <= 28);
    return false;
}
function numeric(c, op) {
    if (op >= 0xc0)
        c.ctx.features.add('sign-ext');
    const n = NUMERIC.nparams[op];
    const p = op * 3;
    const top = c.sp;
    const h = c.cHeight[c.depth - 1];
    if (n === 2 &&
        top - 2 >= h &&
        c.stack[top - 2] === NUMERIC.params[p] &&
        c.stack[top - 1] === NUMERIC.params[p + 1]) {
        c.stack[top - 2] = NUMERIC.result[op];
        c.sp = top - 1;
        return;
    }
    for (let i = n - 1; i >= 0; i--) {
        const a = c.pop();
        if (a !== NUMERIC.params[p + i] && a !== BOTTOM)
            sigMismatch(c, op, top);
    }
    c.push(NUMERIC.result[op]);
}
function sigMismatch(c, op, top) {
    const n = NUMERIC.nparams[op];
    const names = [];
    for (let i = 0; i < n; i++)
        names.push(c.t.name(NUMERIC.params[op * 3 + i]));
    return c.mismatch(names.join(' '), n, top);
}

;// CONCATENATED MODULE: ./src/wasm/sections.ts
/**
 * Module-level sections of a core module (everything but type, code and data payloads): imports, functions, tables,
 * memories, tags, globals, exports, the start function and the DataCount section. Each reader gets a cursor over one
 * whole buffered section, fills the module context in section order and checks the section-level rules of the
 * WebAssembly 3.0 spec (index bounds, limits, export name uniqueness, start type) and the JS-API limits (limits.ts).
 * Element segments and data segment headers are in segments.ts.
 */





const EXTERN_KINDS = ['func', 'table', 'memory', 'global', 'tag'];
/** `funcref`, i.e. (ref null func) */
const sections_FUNCREF = module_REF_BASE + (ABSTRACT_HEAP_BASE + 0x70) * 2 + 1;
/** (ref func): the element type of segments written as function indices */
const REF_FUNC = module_REF_BASE + (ABSTRACT_HEAP_BASE + 0x70) * 2;
function isNullable(t) {
    return t >= module_REF_BASE && ((t - module_REF_BASE) & 1) === 1;
}
/** A vector length checked against a JS-API limit (and against the bytes left, at `minBytes` per element). */
function limitedCount(cur, minBytes, limit, what, already = 0) {
    const at = cur.pos;
    const n = cur.count(minBytes);
    if (already + n > limit) {
        const total = already > 0 ? ` (${already} + ${n})` : ` (${n})`;
        cur.invalid(`too many ${what}${total}: the limit is ${limit.toLocaleString('en-US')}`, at);
    }
    return n;
}
/** The type of function type index `t`, or an error naming `what`. */
function funcTypeAt(cur, ctx, t, what, at) {
    if (t >= ctx.types.length)
        cur.invalid(`${what}: type index ${t} is out of range (${ctx.types.length} types)`, at);
    const ft = ctx.types.funcType(t);
    if (!ft)
        cur.invalid(`${what}: type ${t} is not a function type`, at);
    return ft;
}
function readLimits(cur, what) {
    const at = cur.pos;
    const flags = cur.u8();
    const allowed = what === 'memory' ? 0x07 : 0x05;
    if (flags & ~allowed)
        cur.fail(`invalid ${what} limits flags 0x${flags.toString(16)}`, at);
    const is64 = (flags & 0x04) !== 0;
    const read = () => (is64 ? cur.u64() : BigInt(cur.u32()));
    const min = read();
    const max = flags & 0x01 ? read() : undefined;
    return { min, max, shared: (flags & 0x02) !== 0, is64 };
}
function checkMemory(cur, ctx, l, at) {
    const bound = l.is64 ? LIMITS.memory64Pages : LIMITS.memory32Pages;
    const kind = l.is64 ? 'memory64' : 'memory32';
    if (l.min > bound)
        cur.invalid(`memory minimum ${l.min} pages exceeds the ${kind} limit of ${bound} pages`, at);
    if (l.max !== undefined) {
        if (l.max > bound)
            cur.invalid(`memory maximum ${l.max} pages exceeds the ${kind} limit of ${bound} pages`, at);
        if (l.max < l.min)
            cur.invalid(`memory maximum ${l.max} is smaller than its minimum ${l.min}`, at);
    }
    if (l.shared) {
        if (l.max === undefined)
            cur.invalid('a shared memory must declare a maximum size', at);
        ctx.features.add('threads');
    }
    if (l.is64)
        ctx.features.add('memory64');
    if (ctx.memories.length + 1 > LIMITS.memories)
        cur.invalid(`too many memories: the limit is ${LIMITS.memories}`, at);
    ctx.memories.push(l);
    if (ctx.memories.length > 1)
        ctx.features.add('multi-memory');
}
function readTableType(cur, ctx) {
    const at = cur.pos;
    const elem = readRefType(cur, ctx);
    const limits = readLimits(cur, 'table');
    if (limits.max !== undefined && limits.max < limits.min)
        cur.invalid(`table maximum ${limits.max} is smaller than its minimum ${limits.min}`, at);
    if (limits.min > BigInt(LIMITS.tableSize))
        cur.invalid(`table minimum ${limits.min} exceeds the limit of ${LIMITS.tableSize} elements`, at);
    if (limits.is64)
        ctx.features.add('memory64');
    return { elem, limits, at };
}
function addTable(cur, ctx, elem, limits, at) {
    if (ctx.tables.length + 1 > LIMITS.tables)
        cur.invalid(`too many tables: the limit is ${LIMITS.tables}`, at);
    ctx.tables.push({ elem, limits });
    if (elem !== sections_FUNCREF || ctx.tables.length > 1)
        ctx.features.add('reference-types');
}
function readTagType(cur, ctx) {
    const at = cur.pos;
    const attr = cur.u8();
    if (attr !== 0)
        cur.fail(`invalid tag attribute 0x${attr.toString(16)}`, at);
    const tat = cur.pos;
    const t = cur.u32();
    const ft = funcTypeAt(cur, ctx, t, 'tag', tat);
    if (ft.results.length > 0)
        cur.invalid(`tag type ${t} has results; a tag's type must be [t*] -> []`, tat);
    if (ctx.tags.length + 1 > LIMITS.tags)
        cur.invalid(`too many tags: the limit is ${LIMITS.tags}`, at);
    ctx.features.add('exceptions');
    return t;
}
function readMutability(cur) {
    const at = cur.pos;
    const m = cur.u8();
    if (m > 1)
        cur.fail(`invalid global mutability 0x${m.toString(16)}`, at);
    return m === 1;
}
function readImportSection(cur, st) {
    const { ctx } = st;
    const n = limitedCount(cur, 4, LIMITS.imports, 'imports');
    for (let k = 0; k < n; k++) {
        const module = cur.name();
        const name = cur.name();
        const at = cur.pos;
        const kindByte = cur.u8();
        const imp = { module, name, kind: EXTERN_KINDS[kindByte] ?? 'func' };
        switch (kindByte) {
            case 0: {
                const tat = cur.pos;
                const t = cur.u32();
                const ft = funcTypeAt(cur, ctx, t, `import ${k}`, tat);
                if (ctx.funcs.length + 1 > LIMITS.functions)
                    cur.invalid('too many functions', at);
                ctx.funcs.push(t);
                st.importedFuncs++;
                imp.typeIndex = t;
                imp.params = ft.params.length;
                imp.results = ft.results.length;
                break;
            }
            case 1: {
                const { elem, limits, at: tat } = readTableType(cur, ctx);
                addTable(cur, ctx, elem, limits, tat);
                break;
            }
            case 2:
                checkMemory(cur, ctx, readLimits(cur, 'memory'), at + 1);
                break;
            case 3: {
                const type = readValType(cur, ctx);
                const mutable = readMutability(cur);
                if (mutable)
                    ctx.features.add('mutable-globals');
                if (ctx.globals.length + 1 > LIMITS.globals)
                    cur.invalid('too many globals', at);
                ctx.globals.push({ type, mutable });
                ctx.importedGlobals++;
                break;
            }
            case 4:
                ctx.tags.push(readTagType(cur, ctx));
                break;
            default:
                cur.fail(`unknown import kind 0x${kindByte.toString(16)}`, at);
        }
        st.imports.push(imp);
    }
    cur.expectEnd();
}
function readFunctionSection(cur, st) {
    const { ctx } = st;
    const n = limitedCount(cur, 1, LIMITS.functions, 'functions', ctx.funcs.length);
    for (let k = 0; k < n; k++) {
        const at = cur.pos;
        const t = cur.u32();
        funcTypeAt(cur, ctx, t, `function ${ctx.funcs.length}`, at);
        ctx.funcs.push(t);
    }
    st.definedFuncs = n;
    cur.expectEnd();
}
function readTableSection(cur, st) {
    const { ctx } = st;
    const n = limitedCount(cur, 3, LIMITS.tables, 'tables', ctx.tables.length);
    for (let k = 0; k < n; k++) {
        const at = cur.pos;
        let init = false;
        if (cur.peek() === 0x40) {
            cur.u8();
            const z = cur.u8();
            if (z !== 0)
                cur.fail(`invalid table encoding 0x40 0x${z.toString(16)}`, at);
            init = true;
        }
        const { elem, limits } = readTableType(cur, ctx);
        if (init)
            validateConstExpr(cur, ctx, elem);
        else if (!isNullable(elem))
            cur.invalid(`table ${ctx.tables.length} of non-nullable type ${ctx.types.name(elem)} needs an initializer`, at);
        addTable(cur, ctx, elem, limits, at);
    }
    cur.expectEnd();
}
function readMemorySection(cur, st) {
    const n = limitedCount(cur, 2, LIMITS.memories, 'memories', st.ctx.memories.length);
    for (let k = 0; k < n; k++) {
        const at = cur.pos;
        checkMemory(cur, st.ctx, readLimits(cur, 'memory'), at);
    }
    cur.expectEnd();
}
function readTagSection(cur, st) {
    const n = limitedCount(cur, 2, LIMITS.tags, 'tags', st.ctx.tags.length);
    for (let k = 0; k < n; k++)
        st.ctx.tags.push(readTagType(cur, st.ctx));
    cur.expectEnd();
}
function readGlobalSection(cur, st) {
    const { ctx } = st;
    const n = limitedCount(cur, 3, LIMITS.globals, 'globals', ctx.globals.length);
    for (let k = 0; k < n; k++) {
        const type = readValType(cur, ctx);
        const mutable = readMutability(cur);
        validateConstExpr(cur, ctx, type);
        ctx.globals.push({ type, mutable });
    }
    cur.expectEnd();
}
function exportIndexBound(st, kind) {
    const { ctx } = st;
    return [ctx.funcs.length, ctx.tables.length, ctx.memories.length, ctx.globals.length, ctx.tags.length][kind];
}
function readExportSection(cur, st) {
    const { ctx } = st;
    const n = limitedCount(cur, 3, LIMITS.exports, 'exports');
    const names = new Set();
    for (let k = 0; k < n; k++) {
        const at = cur.pos;
        const name = cur.name();
        if (names.has(name))
            cur.invalid(`duplicate export name ${(0,log.q)(name, 200)}`, at);
        names.add(name);
        const kat = cur.pos;
        const kindByte = cur.u8();
        const kind = EXTERN_KINDS[kindByte];
        if (kind === undefined)
            cur.fail(`unknown export kind 0x${kindByte.toString(16)}`, kat);
        const iat = cur.pos;
        const index = cur.u32();
        const bound = exportIndexBound(st, kindByte);
        if (index >= bound) {
            const noun = kind === 'func' ? 'function' : kind;
            cur.invalid(`export ${(0,log.q)(name, 200)} refers to ${noun} ${index}, but the module has ${bound}`, iat);
        }
        const e = { name, kind, index };
        if (kindByte === 0) {
            ctx.declaredFuncRefs.add(index);
            const ft = ctx.types.funcType(ctx.funcs[index]);
            if (ft) {
                e.params = ft.params.length;
                e.results = ft.results.length;
            }
        }
        else if (kindByte === 3 && ctx.globals[index].mutable)
            ctx.features.add('mutable-globals');
        st.exports.push(e);
    }
    cur.expectEnd();
}
function readStartSection(cur, st) {
    const { ctx } = st;
    const at = cur.pos;
    const f = cur.u32();
    if (f >= ctx.funcs.length)
        cur.invalid(`start function ${f} is out of range (${ctx.funcs.length} functions)`, at);
    const ft = ctx.types.funcType(ctx.funcs[f]);
    if (!ft || ft.params.length > 0 || ft.results.length > 0)
        cur.invalid(`start function ${f} must have type [] -> []`, at);
    cur.expectEnd();
}
function readDataCountSection(cur, st) {
    const at = cur.pos;
    const n = cur.u32();
    if (n > LIMITS.dataSegments)
        cur.invalid(`too many data segments (${n}): the limit is ${LIMITS.dataSegments}`, at);
    st.ctx.dataCount = n;
    st.ctx.features.add('bulk-memory');
    cur.expectEnd();
}

;// CONCATENATED MODULE: ./src/wasm/segments.ts
/**
 * Element segments (the element section, buffered whole) and data segment headers (the data section is streamed: the
 * reader parses each header and offset expression here and skips the payload without holding it).
 */





/** The offset expression of an active segment: i32, or i64 for a 64-bit table or memory. */
function offsetType(is64) {
    return is64 ? I64 : I32;
}
function activeTable(cur, ctx, explicit, k) {
    const at = cur.pos;
    const table = explicit ? cur.u32() : 0;
    if (table >= ctx.tables.length)
        cur.invalid(`element segment ${k} refers to table ${table}, but there are ${ctx.tables.length}`, at);
    if (table !== 0)
        ctx.features.add('reference-types');
    validateConstExpr(cur, ctx, offsetType(ctx.tables[table].limits.is64));
    return table;
}
function segments_elemType(cur, ctx, flags) {
    const exprs = (flags & 4) !== 0;
    if ((flags & 3) === 0)
        return exprs ? sections_FUNCREF : REF_FUNC;
    if (exprs)
        return readRefType(cur, ctx);
    const at = cur.pos;
    const kind = cur.u8();
    if (kind !== 0)
        cur.fail(`invalid element kind 0x${kind.toString(16)} (only 0x00, funcref, exists)`, at);
    return REF_FUNC;
}
function readElementSegment(cur, ctx, k) {
    const at = cur.pos;
    const flags = cur.u32();
    if (flags > 7)
        cur.fail(`invalid element segment flags ${flags}`, at);
    const active = (flags & 1) === 0;
    const table = active ? activeTable(cur, ctx, (flags & 2) !== 0, k) : -1;
    const type = segments_elemType(cur, ctx, flags);
    const n = limitedCount(cur, 1, LIMITS.elementEntries, `entries in element segment ${k}`);
    if (flags & 4) {
        for (let i = 0; i < n; i++)
            validateConstExpr(cur, ctx, type);
        ctx.features.add('reference-types');
    }
    else {
        for (let i = 0; i < n; i++) {
            const fat = cur.pos;
            const f = cur.u32();
            if (f >= ctx.funcs.length)
                cur.invalid(`element segment ${k} refers to function ${f}, but there are ${ctx.funcs.length}`, fat);
            ctx.declaredFuncRefs.add(f);
        }
    }
    if (active) {
        const tt = ctx.tables[table].elem;
        if (!ctx.types.isSubtype(type, tt))
            cur.invalid(`element segment ${k} of type ${ctx.types.name(type)} does not fit table ${table} of type ${ctx.types.name(tt)}`, at);
    }
    else
        ctx.features.add(flags & 2 ? 'reference-types' : 'bulk-memory');
    ctx.elems.push(type);
}
function readElementSection(cur, st) {
    const n = limitedCount(cur, 3, LIMITS.elementSegments, 'element segments');
    for (let k = 0; k < n; k++)
        readElementSegment(cur, st.ctx, k);
    cur.expectEnd();
}
/** The data section's segment count, checked against the limit and the DataCount section. */
function readDataCount(cur, ctx) {
    const at = cur.pos;
    const n = cur.u32();
    if (n > LIMITS.dataSegments)
        cur.invalid(`too many data segments (${n}): the limit is ${LIMITS.dataSegments}`, at);
    if (ctx.dataCount !== undefined && ctx.dataCount !== n)
        cur.fail(`the data count section declares ${ctx.dataCount} segment(s) but the data section has ${n}`, at);
    return n;
}
/**
 * One data segment's header: flags, memory index and offset expression, then the payload length (returned; the
 * caller skips that many bytes).
 */
function readDataHeader(cur, ctx, k) {
    const at = cur.pos;
    const flags = cur.u32();
    if (flags > 2)
        cur.fail(`invalid data segment flags ${flags}`, at);
    if (flags === 1)
        ctx.features.add('bulk-memory');
    else {
        const mat = cur.pos;
        const mem = flags === 2 ? cur.u32() : 0;
        if (mem >= ctx.memories.length)
            cur.invalid(`data segment ${k} refers to memory ${mem}, but there are ${ctx.memories.length}`, mat);
        validateConstExpr(cur, ctx, offsetType(ctx.memories[mem].is64));
    }
    return cur.u32();
}

;// CONCATENATED MODULE: ./src/wasm/stream.ts
/**
 * The two sections that are streamed instead of buffered: the code section (one function body held at a time, each
 * validated as soon as its last byte arrives) and the data section (each segment's header and offset expression
 * parsed, its payload skipped without being held). Both receive the section's bytes in arbitrary slices.
 */




const stream_hex = (n) => '0x' + n.toString(16);
/** A LEB128 u32 that may arrive split across slices. */
class Leb {
    bytes = new Uint8Array(5);
    len = 0;
    at = 0;
    /** take bytes from `buf[i..end)` (buf[i] at `abs`); the index after the LEB once complete, or -1 */
    take(buf, i, end, abs) {
        if (this.len === 0)
            this.at = abs;
        while (i < end) {
            const b = buf[i++];
            this.bytes[this.len++] = b;
            if (!(b & 0x80) || this.len === 5)
                return i;
        }
        return -1;
    }
    /** a cursor over the complete LEB (the collector is reset) */
    cursor(where) {
        const cur = new Cursor(this.bytes.slice(0, this.len), this.at, where);
        this.len = 0;
        if (cur.data[cur.end - 1] & 0x80)
            cur.fail('integer representation too long (u32)', 0);
        return cur;
    }
    value(where) {
        return this.cursor(where).u32();
    }
    get pending() {
        return this.len > 0;
    }
}
/** The code section: count, then size-prefixed bodies, each validated on its own. */
class CodeStream {
    ctx;
    firstFunc;
    definedFuncs;
    sectionStart;
    sectionEnd;
    leb = new Leb();
    count = -1;
    index = 0;
    bodyLen = -1;
    bodyAbs = 0;
    fill = 0;
    scratch = new Uint8Array(0);
    constructor(ctx, firstFunc, definedFuncs, sectionStart, sectionEnd) {
        this.ctx = ctx;
        this.firstFunc = firstFunc;
        this.definedFuncs = definedFuncs;
        this.sectionStart = sectionStart;
        this.sectionEnd = sectionEnd;
    }
    feed(buf, start, end, abs) {
        let i = start;
        const absOf = (k) => abs + (k - start);
        while (i < end) {
            if (this.bodyLen >= 0) {
                i = this.bodyBytes(buf, i, end);
                continue;
            }
            if (this.count >= 0 && this.index === this.count)
                this.fail(`${this.sectionEnd - absOf(i)} unexpected byte(s) after the last function body`, absOf(i));
            const next = this.leb.take(buf, i, end, absOf(i));
            if (next < 0)
                return;
            i = next;
            if (this.count < 0)
                this.setCount(this.leb.value('code section'));
            else
                this.startBody(this.leb.value(`code section, body ${this.index}`), absOf(i));
        }
    }
    finish() {
        if (this.count < 0)
            this.fail('the section ends before its function count', this.sectionEnd);
        if (this.index < this.count || this.bodyLen >= 0 || this.leb.pending)
            this.fail(`the section ends inside function body ${this.index} of ${this.count}`, this.sectionEnd);
    }
    fail(what, at) {
        return new Cursor(new Uint8Array(0), at, 'code section').fail(what, 0);
    }
    setCount(n) {
        if (n !== this.definedFuncs)
            this.fail(`the function section declares ${this.definedFuncs} function(s) but the code section has ${n} bodies`, this.sectionStart);
        this.count = n;
    }
    startBody(n, abs) {
        const f = this.firstFunc + this.index;
        if (n > LIMITS.functionBodySize)
            new Cursor(new Uint8Array(0), abs, `function ${f}`).invalid(`body of ${n} bytes exceeds the limit of ${LIMITS.functionBodySize} bytes`, 0);
        if (n > this.sectionEnd - abs)
            this.fail(`function ${f}'s body of ${n} bytes runs past the section`, abs);
        this.bodyLen = n;
        this.bodyAbs = abs;
        this.fill = 0;
        if (n === 0)
            this.validate(this.scratch, 0);
    }
    bodyBytes(buf, i, end) {
        const need = this.bodyLen - this.fill;
        if (this.fill === 0 && end - i >= need) {
            // the whole body is in this slice: validate it in place
            this.validate(buf, i);
            return i + need;
        }
        if (this.fill === 0 && this.scratch.length < this.bodyLen)
            this.scratch = new Uint8Array(this.bodyLen);
        const n = Math.min(need, end - i);
        this.scratch.set(buf.subarray(i, i + n), this.fill);
        this.fill += n;
        if (this.fill === this.bodyLen)
            this.validate(this.scratch, 0);
        return i + n;
    }
    validate(data, start) {
        const f = this.firstFunc + this.index;
        const base = this.bodyAbs - start;
        const cur = new Cursor(data, base, `function ${f} (body at offset ${stream_hex(this.bodyAbs)})`, start, start + this.bodyLen);
        validateFunctionBody(cur, this.ctx, f);
        this.index++;
        this.bodyLen = -1;
        this.fill = 0;
    }
}
/** The data section: count, then segments whose headers are parsed and whose payloads are skipped. */
class DataStream {
    ctx;
    sectionEnd;
    leb = new Leb();
    count = -1;
    index = 0;
    /** bytes of the payload still to skip */
    skip = 0;
    /** a header that arrived split across slices */
    hdr = new Uint8Array(0);
    hdrLen = 0;
    hdrAbs = 0;
    nextTry = 0;
    constructor(ctx, sectionEnd) {
        this.ctx = ctx;
        this.sectionEnd = sectionEnd;
    }
    get segments() {
        return Math.max(this.count, 0);
    }
    feed(buf, start, end, abs) {
        let i = start;
        const absOf = (k) => abs + (k - start);
        while (i < end) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, end - i);
                this.skip -= n;
                i += n;
            }
            else if (this.count < 0) {
                const next = this.leb.take(buf, i, end, absOf(i));
                if (next < 0)
                    return;
                i = next;
                this.count = readDataCount(this.leb.cursor('data section'), this.ctx);
            }
            else if (this.index === this.count) {
                this.fail(`${this.sectionEnd - absOf(i)} unexpected byte(s) after the last data segment`, absOf(i));
            }
            else if (this.hdrLen === 0) {
                i = this.headerInPlace(buf, i, end, absOf(i));
            }
            else {
                i = this.headerBuffered(buf, i, end);
            }
        }
    }
    finish() {
        if (this.count < 0)
            this.fail('the section ends before its segment count', this.sectionEnd);
        if (this.index < this.count || this.skip > 0 || this.hdrLen > 0 || this.leb.pending)
            this.fail(`the section ends inside data segment ${this.index} of ${this.count}`, this.sectionEnd);
    }
    fail(what, at) {
        return new Cursor(new Uint8Array(0), at, 'data section').fail(what, 0);
    }
    /** Try to parse a header from `data[i..end)` (data[i] at `abs`). Returns the index after it, or -1. */
    tryHeader(data, i, end, abs) {
        const complete = abs + (end - i) >= this.sectionEnd || end - i >= LIMITS.dataHeaderBytes;
        const cur = new Cursor(data, abs - i, `data segment ${this.index}`, i, end);
        let len;
        try {
            len = readDataHeader(cur, this.ctx, this.index);
        }
        catch (e) {
            if (complete)
                throw e;
            return -1;
        }
        const payloadAt = abs + (cur.pos - i);
        if (len > this.sectionEnd - payloadAt)
            this.fail(`data segment ${this.index}'s payload of ${len} bytes runs past the section`, payloadAt);
        this.index++;
        this.skip = len;
        return cur.pos;
    }
    headerInPlace(buf, i, end, abs) {
        const next = this.tryHeader(buf, i, end, abs);
        if (next >= 0)
            return next;
        const n = Math.min(end - i, LIMITS.dataHeaderBytes);
        this.hdr = new Uint8Array(Math.max(256, n * 2));
        this.hdr.set(buf.subarray(i, i + n));
        this.hdrLen = n;
        this.hdrAbs = abs;
        this.nextTry = n * 2;
        return i + n;
    }
    headerBuffered(buf, i, end) {
        const room = Math.min(LIMITS.dataHeaderBytes - this.hdrLen, this.sectionEnd - (this.hdrAbs + this.hdrLen));
        const n = Math.min(end - i, room);
        if (this.hdrLen + n > this.hdr.length) {
            const grown = new Uint8Array(Math.min(LIMITS.dataHeaderBytes, Math.max(this.hdr.length * 2, this.hdrLen + n)));
            grown.set(this.hdr.subarray(0, this.hdrLen));
            this.hdr = grown;
        }
        this.hdr.set(buf.subarray(i, i + n), this.hdrLen);
        this.hdrLen += n;
        const complete = this.hdrAbs + this.hdrLen >= this.sectionEnd || this.hdrLen >= LIMITS.dataHeaderBytes;
        if (this.hdrLen < this.nextTry && !complete)
            return i + n;
        this.nextTry = this.hdrLen * 2;
        const next = this.tryHeader(this.hdr, 0, this.hdrLen, this.hdrAbs);
        if (next < 0) {
            if (complete)
                this.fail('data segment header does not fit', this.hdrAbs);
            return i + n;
        }
        // the header is parsed; the rest of the buffered bytes are payload (and maybe the next segments): replay them
        const rest = this.hdr.slice(next, this.hdrLen);
        const restAbs = this.hdrAbs + next;
        this.hdrLen = 0;
        this.hdr = new Uint8Array(0);
        this.feed(rest, 0, rest.length, restAbs);
        return i + n;
    }
}

;// CONCATENATED MODULE: ./src/wasm/reader.ts
/**
 * Incremental (push-based) WebAssembly validator.
 *
 * Feed it chunks of any size with `push()`, then call `end()`. One pass checks the preamble, the section framing and
 * order, and validates the whole module per the WebAssembly 3.0 spec with every standardised proposal (sections.ts,
 * segments.ts, types.ts, code.ts), within the JS-API implementation limits (limits.ts). Memory stays bounded: the
 * small module-level sections are buffered one at a time (each at most `MAX_BUFFERED_SECTION`), the code section is
 * streamed one function body at a time, data segment payloads and custom section contents are skipped without being
 * held (only a custom section's name is kept).
 *
 * Components (component-model binaries) are walked section by section; every embedded core module is validated by a
 * nested reader as its bytes stream by (nested components too), and top-level custom section names are collected.
 *
 * Any byte input either yields a summary or throws `WasmFormatError` (code `invalid` for a well-formed module that
 * fails validation); the reader never loops or allocates beyond its bounds.
 */










/** Largest module-level section (type, import, …, element) the reader holds in memory. */
const MAX_BUFFERED_SECTION = LIMITS.bufferedSection;
/** Custom sections: only this much of the start is kept (enough for the name). */
const CUSTOM_PREFIX = 4096 + 5;
const SECTION_NAMES = [
    'custom',
    'type',
    'import',
    'function',
    'table',
    'memory',
    'global',
    'export',
    'start',
    'element',
    'code',
    'data',
    'data count',
    'tag',
];
/** Required order of the non-custom sections of a core module (tag sits between memory and global). */
const SECTION_RANK = {
    1: 1,
    2: 2,
    3: 3,
    4: 4,
    5: 5,
    13: 6,
    6: 7,
    7: 8,
    8: 9,
    9: 10,
    12: 11,
    10: 12,
    11: 13,
};
const BUFFERED = {
    1: (cur, st) => readTypeSection(cur, st.ctx),
    2: readImportSection,
    3: readFunctionSection,
    4: readTableSection,
    5: readMemorySection,
    6: readGlobalSection,
    7: readExportSection,
    8: readStartSection,
    9: readElementSection,
    12: readDataCountSection,
    13: readTagSection,
};
function newState() {
    const ctx = {
        types: new TypeTable(),
        funcs: [],
        tables: [],
        memories: [],
        globals: [],
        importedGlobals: 0,
        tags: [],
        elems: [],
        declaredFuncRefs: new Set(),
        features: new Set(),
    };
    return { ctx, imports: [], exports: [], importedFuncs: 0, definedFuncs: 0 };
}
/** A nested reader as a section stream: a component's core module or component. */
function nestedStream(reader, kind, into) {
    return {
        feed: (buf, start, end) => reader.push(buf.subarray(start, end)),
        finish: () => {
            const s = reader.end();
            if (s.kind !== kind)
                throw new WasmFormatError(`a nested ${kind} section holds a ${s.kind}`, 'malformed', reader.base);
            for (const f of s.features)
                into.add(f);
        },
    };
}
class WasmReader {
    state = 'header';
    base;
    depth;
    offset; // absolute offset of the next byte
    header = Buffer.alloc(8);
    headerLen = 0;
    kindValue;
    sectionId = 0;
    sectionStart = 0; // absolute offset of the section content
    sizeBytes = new Uint8Array(5);
    sizeLen = 0;
    remaining = 0;
    chunks = [];
    keep = 0; // how many more content bytes to keep for this section
    stream;
    lastRank = 0;
    seen = new Set();
    st = newState();
    code;
    data;
    customSections = [];
    nestedFeatures = new Set();
    constructor(opts = {}) {
        this.base = opts.base ?? 0;
        this.depth = opts.depth ?? 0;
        this.offset = this.base;
    }
    /** `module` or `component` once the 8-byte preamble has been read. */
    get kind() {
        return this.kindValue;
    }
    /** Total bytes pushed so far. */
    get bytesRead() {
        return this.offset - this.base;
    }
    push(chunk) {
        if (this.state === 'done')
            throw new Error('WasmReader.push() after end()');
        let i = 0;
        while (i < chunk.length) {
            switch (this.state) {
                case 'header':
                    i = this.headerBytes(chunk, i);
                    break;
                case 'id':
                    this.sectionId = chunk[i++];
                    this.offset += 1;
                    this.sizeLen = 0;
                    this.state = 'size';
                    break;
                case 'size': {
                    const b = chunk[i++];
                    this.offset += 1;
                    this.sizeBytes[this.sizeLen++] = b;
                    if (b & 0x80 && this.sizeLen < 5)
                        break;
                    const cur = new Cursor(this.sizeBytes, this.offset - this.sizeLen, 'section size', 0, this.sizeLen);
                    if (b & 0x80)
                        cur.fail('integer representation too long (u32)', 0);
                    this.beginSection(cur.u32());
                    break;
                }
                case 'body': {
                    const n = Math.min(this.remaining, chunk.length - i);
                    if (this.stream)
                        this.stream.feed(chunk, i, i + n, this.offset);
                    else if (this.keep > 0) {
                        const k = Math.min(this.keep, n);
                        // a copy (Uint8Array slice; a Buffer's own slice would share memory): the caller reuses its chunk buffer
                        this.chunks.push(Uint8Array.prototype.slice.call(chunk, i, i + k));
                        this.keep -= k;
                    }
                    i += n;
                    this.offset += n;
                    this.remaining -= n;
                    if (this.remaining === 0)
                        this.finishSection();
                    break;
                }
                default:
                    throw new Error('unreachable');
            }
        }
    }
    /** Signal end of input; returns the summary. Throws `WasmFormatError` if the input stopped early or is invalid. */
    end() {
        if (this.state === 'done')
            throw new Error('WasmReader.end() called twice');
        this.checkComplete();
        this.state = 'done';
        if (this.kindValue === 'module')
            this.checkCounts();
        const features = this.kindValue === 'module' ? sortedFeatures(this.st.ctx.features) : [...this.nestedFeatures].sort();
        return {
            kind: this.kindValue ?? 'module',
            imports: this.kindValue === 'module' ? this.st.imports : [],
            exports: this.kindValue === 'module' ? this.st.exports : [],
            customSections: this.customSections,
            features,
        };
    }
    checkComplete() {
        const at = this.offset;
        if (this.state === 'header') {
            if (this.headerLen === 0)
                throw new WasmFormatError('file is empty', 'empty', at);
            // a short file that matches the magic so far is truncated; one that does not was rejected in push()
            throw new WasmFormatError(`file is only ${this.headerLen} byte(s) long; the WebAssembly preamble alone is 8 bytes`, 'truncated', at);
        }
        const name = sectionName(this.sectionId);
        if (this.state === 'size')
            throw new WasmFormatError(`truncated: the file ends inside the size of a ${name} section`, 'truncated', at);
        if (this.state === 'body') {
            const got = this.offset - this.sectionStart;
            throw new WasmFormatError(`truncated: the ${name} section at offset ${this.sectionStart} is ${got + this.remaining} bytes long ` +
                `but the file ends ${got} bytes into it`, 'truncated', at);
        }
    }
    headerBytes(chunk, i) {
        const n = Math.min(8 - this.headerLen, chunk.length - i);
        this.header.set(chunk.subarray(i, i + n), this.headerLen);
        this.headerLen += n;
        this.offset += n;
        // check the magic as soon as 4 bytes are in, so garbage is reported as such
        if (this.headerLen >= 4)
            checkMagic(this.header.subarray(0, 4), this.base);
        if (this.headerLen === 8)
            this.checkVersion();
        return i + n;
    }
    checkVersion() {
        this.kindValue = versionKind(this.header.subarray(4, 8), this.base);
        this.state = 'id';
    }
    beginSection(size) {
        const id = this.sectionId;
        this.sectionStart = this.offset;
        this.remaining = size;
        this.chunks = [];
        this.keep = 0;
        this.stream = undefined;
        if (id === 0)
            this.keep = Math.min(size, CUSTOM_PREFIX);
        else if (this.kindValue === 'module')
            this.beginModuleSection(id, size);
        else
            this.beginComponentSection(id);
        this.state = 'body';
        if (size === 0)
            this.finishSection();
    }
    fail(what, at, code = 'malformed') {
        throw new WasmFormatError(what, code, at);
    }
    beginModuleSection(id, size) {
        const at = this.sectionStart - 1;
        const rank = SECTION_RANK[id];
        if (rank === undefined)
            this.fail(`unknown section id ${id} at offset ${at}`, at);
        if (this.seen.has(id))
            this.fail(`duplicate ${sectionName(id)} section at offset ${at}`, at);
        if (rank < this.lastRank)
            this.fail(`${sectionName(id)} section at offset ${at} is out of order`, at);
        this.seen.add(id);
        this.lastRank = rank;
        const end = this.sectionStart + size;
        if (id === 10) {
            this.code = new CodeStream(this.st.ctx, this.st.importedFuncs, this.st.definedFuncs, this.sectionStart, end);
            this.stream = this.code;
        }
        else if (id === 11) {
            this.data = new DataStream(this.st.ctx, end);
            this.stream = this.data;
        }
        else {
            if (size > MAX_BUFFERED_SECTION)
                this.fail(`the ${sectionName(id)} section at offset ${this.sectionStart} is ${size} bytes, larger than the ` +
                    `${MAX_BUFFERED_SECTION}-byte limit for a section held in memory`, this.sectionStart, 'too-large');
            this.keep = size;
        }
    }
    beginComponentSection(id) {
        if (id !== 1 && id !== 4)
            return; // other component sections: walked, not decoded
        if (this.depth + 1 > LIMITS.componentDepth)
            this.fail(`components nested more than ${LIMITS.componentDepth} deep`, this.sectionStart, 'too-large');
        const nested = new WasmReader({ base: this.sectionStart, depth: this.depth + 1 });
        this.stream = nestedStream(nested, id === 1 ? 'module' : 'component', this.nestedFeatures);
    }
    finishSection() {
        const id = this.sectionId;
        const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        this.chunks = [];
        this.state = 'id';
        if (id === 0) {
            this.customSections.push(customName(data, this.sectionStart, this.offset - this.sectionStart));
        }
        else if (this.stream) {
            this.stream.finish();
            this.stream = undefined;
        }
        else if (this.kindValue === 'module') {
            BUFFERED[id](new Cursor(data, this.sectionStart, `${sectionName(id)} section`), this.st);
        }
    }
    /**
     * Section counts that must agree. A module cut exactly at a section boundary is still well framed; these checks
     * catch that case for every boundary after the function (or data count) section.
     */
    checkCounts() {
        const funcs = this.st.definedFuncs;
        const dataCount = this.st.ctx.dataCount;
        if (!this.code && funcs > 0)
            throw new WasmFormatError(`truncated: the function section declares ${funcs} function(s) but the file ends before the code section`, 'truncated', this.offset);
        if (dataCount !== undefined && dataCount > 0 && !this.data)
            throw new WasmFormatError(`truncated: the data count section declares ${dataCount} segment(s) but the file ends before the data section`, 'truncated', this.offset);
    }
}
/** Read a whole in-memory binary (convenience for small inputs and tests). */
function readWasm(bytes) {
    const r = new WasmReader();
    r.push(bytes);
    return r.end();
}
function sectionName(id) {
    return SECTION_NAMES[id] ?? `id-${id}`;
}

;// CONCATENATED MODULE: ./src/wasm/inspect.ts
/**
 * One pass over a module file: sha256 + size, and full validation with the interface summary and the proposals used
 * (the streaming validator in reader.ts: WebAssembly 3.0, the same verdict on every Node version). Each chunk is hashed
 * and pushed, nothing is collected, so memory does not grow with the module's size (only with its largest function
 * body). Nothing is written: the caller imports the file into the OCI layout off the critical path.
 */






/** Bytes read (and hashed and validated) at a time. */
const READ_CHUNK = 1024 * 1024;
const FIX_BUILD = 'Point the input at the compiled .wasm file your build produces (e.g. target/wasm32-wasip1/release/<name>.wasm), ' +
    'not a source, text (.wat) or archive file.';
async function inspectModule(path) {
    const label = (0,log.q)(path);
    const title = 'Invalid WebAssembly module';
    let size;
    try {
        const st = await (0,promises_.stat)(path);
        if (st.isDirectory()) {
            throw new errors/* UserError */.y(`${label} is a directory, not a WebAssembly module`, FIX_BUILD, title, path);
        }
        if (!st.isFile()) {
            throw new errors/* UserError */.y(`${label} is not a regular file`, FIX_BUILD, title, path);
        }
        size = st.size;
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw e;
        throw fileError(e, label, path);
    }
    if (size === 0) {
        throw new errors/* UserError */.y(`${label} is empty (0 bytes)`, 'Check that the build step ran and wrote the module before this step.', title, path);
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const reader = new WasmReader();
    let total = 0;
    try {
        // One buffer, reused for every chunk: hashing and validating are synchronous and the reader copies what it keeps,
        // so memory does not grow with the module (a stream's fresh chunk per read left ~70 MiB of garbage at 256 MiB).
        const file = await (0,promises_.open)(path, 'r');
        try {
            const chunk = Buffer.allocUnsafe(READ_CHUNK);
            for (;;) {
                const { bytesRead } = await file.read(chunk, 0, READ_CHUNK, null);
                if (bytesRead === 0)
                    break;
                const view = bytesRead === READ_CHUNK ? chunk : chunk.subarray(0, bytesRead);
                total += bytesRead;
                hash.update(view);
                reader.push(view);
            }
        }
        finally {
            await file.close();
        }
        const summary = reader.end();
        const report = {
            path,
            fileName: (0,external_node_path_.basename)(path),
            digest: 'sha256:' + hash.digest('hex'),
            size: total,
            kind: summary.kind,
            exports: summary.exports,
            imports: summary.imports,
            customSections: summary.customSections,
            features: summary.features,
            fullyValidated: true,
        };
        return report;
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw e;
        if (e instanceof WasmFormatError)
            throw formatError(e, label, path);
        if (typeof e?.code === 'string')
            throw fileError(e, label, path);
        throw e;
    }
}
function formatError(e, label, path) {
    const title = 'Invalid WebAssembly module';
    switch (e.code) {
        case 'empty':
            return new errors/* UserError */.y(`${label} is empty (0 bytes)`, 'Check that the build step wrote the module.', title, path);
        case 'magic':
            return new errors/* UserError */.y(`${label} is not a WebAssembly binary (${e.message})`, FIX_BUILD + ' A text module (.wat) can be compiled with `wat2wasm`.', title, path);
        case 'version':
            return new errors/* UserError */.y(`${label} has an ${e.message}`, 'Build a core WebAssembly module (version 1) or a component with a current toolchain.', title, path);
        case 'truncated':
            return new errors/* UserError */.y(`${label} is truncated: ${e.message.replace(/^truncated: /, '')}`, 'The file was cut short (interrupted build, download or artifact upload); rebuild or re-download it.', title, path);
        case 'too-large':
            return new errors/* UserError */.y(`${label} exceeds an implementation limit: ${e.message}`, 'WebAssembly engines (V8, the JS-API limits) refuse such a module too: split it, or strip it (e.g. ' +
                '`wasm-opt --strip-debug` / `wasm-tools strip`).', title, path);
        case 'invalid':
            return new errors/* UserError */.y(`${label} is not a valid WebAssembly module: ${e.message}`, 'The bytes are well formed but break a validation rule of the WebAssembly 3.0 spec (types, indices or ' +
                'limits); rebuild the module with a supported toolchain (`wasm-tools validate` shows the problem too).', title, path);
        default:
            return new errors/* UserError */.y(`${label} is not a valid WebAssembly module: ${e.message}`, 'Rebuild the module; `wasm-tools validate` or `wasm-validate` shows the exact problem.', title, path);
    }
}
function fileError(e, label, path) {
    const code = e?.code;
    if (code === 'ENOENT') {
        return new errors/* UserError */.y(`module file ${label} does not exist`, 'Check the path (relative paths are resolved from the workspace) and that the build step ran before this step.', 'Module not found', path);
    }
    if (code === 'EISDIR') {
        return new errors/* UserError */.y(`${label} is a directory, not a WebAssembly module`, FIX_BUILD, 'Invalid WebAssembly module', path);
    }
    if (code === 'EACCES' || code === 'EPERM') {
        return new errors/* UserError */.y(`module file ${label} is not readable (permission denied)`, 'Fix the file permissions (e.g. `chmod a+r`) in the step that produces the module.', 'Module not readable', path);
    }
    return new errors/* UserError */.y(`module file ${label} could not be read: ${(0,log/* untrusted */.bp)(e?.message ?? String(e))}`, 'Check that the file exists and is readable.', 'Module not readable', path);
}

// EXTERNAL MODULE: ./src/wasm/validate.ts
var validate = __webpack_require__(4880);
// EXTERNAL MODULE: ./src/runtime-config.ts
var runtime_config = __webpack_require__(3486);
// EXTERNAL MODULE: ./src/read-file.ts
var read_file = __webpack_require__(9834);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
;// CONCATENATED MODULE: ./src/oci/layout.ts









/**
 * An OCI image layout on disk (image-spec `image-layout.md`): the action's local content store.
 * `blobs/sha256/<hex>` holds every blob; `index.json` names manifests with `org.opencontainers.image.ref.name`.
 * Readable by `skopeo copy oci:DIR:TAG`, `oras --oci-layout`, `regctl ocidir://`.
 */
class OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static async open(dir) {
        try {
            await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
            const header = (0,external_node_path_.join)(dir, 'oci-layout');
            if (!(await exists(header)))
                await (0,promises_.writeFile)(header, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
            const index = (0,external_node_path_.join)(dir, 'index.json');
            if (!(await exists(index)))
                await (0,promises_.writeFile)(index, serializeIndex(emptyIndex()));
        }
        catch (e) {
            throw layoutError(dir, e);
        }
        const layout = new OciLayout(dir);
        await layout.readIndex(); // a corrupt index.json is reported now, before anything is written
        return layout;
    }
    get blobDir() {
        return (0,external_node_path_.join)(this.dir, 'blobs', 'sha256');
    }
    blobPath(digest) {
        return (0,external_node_path_.join)(this.blobDir, (0,oci_digest/* digestHex */.s)(digest));
    }
    /** A fresh temporary path in the layout (same file system as the blobs, so a rename is atomic; outside blobs/). */
    tempPath() {
        return (0,external_node_path_.join)(this.dir, `.tmp-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
    }
    async hasBlob(digest, size) {
        try {
            const st = await (0,promises_.stat)(this.blobPath(digest));
            return st.isFile() && (size === undefined || st.size === size);
        }
        catch {
            return false;
        }
    }
    /** Write small in-memory bytes under their digest (atomic). */
    async writeBlob(bytes, digest = (0,oci_digest/* sha256Digest */.$)(bytes)) {
        if (await this.hasBlob(digest, bytes.length))
            return digest;
        const tmp = this.tempPath();
        await (0,promises_.writeFile)(tmp, bytes);
        await (0,promises_.rename)(tmp, this.blobPath(digest));
        return digest;
    }
    /**
     * Copy a file whose digest is already known (the module, hashed while it was validated) into the store. The copy is
     * kernel-side (copy_file_range) and runs beside the upload, off the critical path; a blob already present (restored
     * from the cache and verified) is kept. Never a hard link: the layout (and the cache, and tests) may rewrite or drop
     * blobs, and that must never reach the user's module file.
     */
    async importFile(src, digest, size) {
        if (await this.hasBlob(digest, size))
            return;
        const tmp = this.tempPath();
        try {
            await (0,promises_.copyFile)(src, tmp);
            if ((await (0,promises_.stat)(tmp)).size !== size)
                throw new Error(`${src} changed while the action ran`);
            await (0,promises_.rename)(tmp, this.blobPath(digest));
        }
        finally {
            await (0,promises_.rm)(tmp, { force: true });
        }
    }
    async readBlob(digest) {
        return (0,promises_.readFile)(this.blobPath(digest));
    }
    openBlob(digest) {
        return (0,external_node_fs_.createReadStream)(this.blobPath(digest));
    }
    async readIndex() {
        const path = (0,external_node_path_.join)(this.dir, 'index.json');
        const broken = (why) => new errors/* UserError */.y(`The index.json of the OCI layout ${(0,log.q)(this.dir)} ${why}.`, 'The directory holds a broken OCI layout: repair or delete its index.json, or set `oci-layout` to a new or empty directory.', 'OCI layout');
        let bytes;
        try {
            bytes = await (0,read_file/* readRegularFile */.X)(path, {
                what: 'OCI layout index',
                limit: MAX_INDEX_BYTES,
                title: 'OCI layout',
                fix: 'Set `oci-layout` to a directory holding an OCI image layout, or to a new or empty directory.',
            });
        }
        catch (e) {
            if (e instanceof errors/* UserError */.y)
                throw e;
            throw layoutError(this.dir, e);
        }
        let index;
        try {
            index = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw broken('is not valid JSON');
        }
        const manifests = index?.manifests;
        if (typeof index !== 'object' || index === null || !Array.isArray(manifests))
            throw broken('has no `manifests` list');
        if (!manifests.every((d) => typeof d === 'object' && d !== null && typeof d.digest === 'string'))
            throw broken('lists an entry that is not a descriptor');
        return index;
    }
    /**
     * Point each ref name at `descriptor` in index.json (moving it if it named something else). With no ref names the
     * manifest is still listed once, untagged, so the layout always reaches it.
     */
    async tag(descriptor, refNames) {
        const index = await this.readIndex();
        const names = new Set(refNames);
        const plain = {
            mediaType: descriptor.mediaType,
            digest: descriptor.digest,
            size: descriptor.size,
        };
        let manifests = index.manifests.filter((d) => {
            const ref = d.annotations?.[media_types/* Annotation */.YH.refName];
            if (ref !== undefined)
                return !names.has(ref);
            return d.digest !== descriptor.digest; // replaced by the entries below
        });
        if (refNames.length === 0)
            manifests.push(plain);
        for (const ref of refNames)
            manifests.push({ ...plain, annotations: { [media_types/* Annotation */.YH.refName]: ref } });
        // Drop an untagged entry when the same digest is now tagged.
        manifests = manifests.filter((d, _, all) => d.annotations?.[media_types/* Annotation */.YH.refName] !== undefined ||
            !all.some((o) => o.digest === d.digest && o.annotations?.[media_types/* Annotation */.YH.refName] !== undefined));
        await (0,promises_.writeFile)((0,external_node_path_.join)(this.dir, 'index.json'), serializeIndex({ ...index, manifests }));
    }
}
/** Largest index.json read (one entry per tag: thousands of tags fit). */
const MAX_INDEX_BYTES = 4 << 20;
/** A file-system failure opening the layout, as a UserError saying what is wrong and how to fix it. */
function layoutError(dir, e) {
    const code = e?.code ?? '';
    const where = `The oci-layout ${(0,log.q)(dir)}`;
    if (code === 'ENOTDIR' || code === 'EEXIST') {
        return new errors/* UserError */.y(`${where} is not a directory: a file is in the way.`, 'Set `oci-layout` to a directory (it is created when missing), or remove the file.', 'OCI layout');
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        return new errors/* UserError */.y(`${where} cannot be written (${(0,log/* untrusted */.bp)(code)}).`, 'Set `oci-layout` to a directory this job can write, e.g. under $RUNNER_TEMP (the default).', 'OCI layout');
    }
    return new errors/* UserError */.y(`${where} could not be opened: ${(0,log/* untrusted */.bp)(code || String(e?.message ?? e), 200)}.`, 'Set `oci-layout` to a writable directory (it is created when missing).', 'OCI layout');
}
function emptyIndex() {
    return { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.ociIndex, manifests: [] };
}
function serializeIndex(index) {
    return JSON.stringify(index, null, 2) + '\n';
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/package/manifest.ts
var package_manifest = __webpack_require__(1459);
;// CONCATENATED MODULE: ./src/package/solo.ts



/**
 * Solo.io WASM artifact image, "oci" variant, as `wasme push` writes it: the config descriptor repeated as layers[0],
 * the raw module as layers[1] (exactly two layers: Istio refuses any other count), oras title annotations,
 * `module.wasm.runtime/*` manifest annotations. Pure: bytes and digests in, manifest bytes and digest out.
 */
function packageSolo(input) {
    const configDescriptor = {
        mediaType: media_types/* MediaType */.zu.soloConfig,
        digest: (0,oci_digest/* sha256Digest */.$)(input.runtimeConfigBytes),
        size: input.runtimeConfigBytes.length,
        annotations: { [media_types/* Annotation */.YH.title]: 'runtime-config.json' },
    };
    const wasmDescriptor = {
        mediaType: media_types/* MediaType */.zu.soloWasmLayer,
        digest: input.module.digest,
        size: input.module.size,
        annotations: { [media_types/* Annotation */.YH.title]: 'filter.wasm' },
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociManifest,
        config: configDescriptor,
        layers: [configDescriptor, wasmDescriptor],
        // The runtime keys restate the config: they are authoritative, a user annotation cannot contradict them.
        annotations: (0,package_manifest/* sortedAnnotations */.sk)({
            ...input.annotations,
            [media_types/* Annotation */.YH.runtimeType]: input.runtimeConfig.type,
            [media_types/* Annotation */.YH.runtimeAbiVersion]: input.runtimeConfig.abiVersions.join(','),
        }),
    };
    return (0,package_manifest/* finishPackage */.af)('solo', manifest, [
        { descriptor: configDescriptor, bytes: input.runtimeConfigBytes },
        { descriptor: wasmDescriptor, path: input.module.path },
    ]);
}

;// CONCATENATED MODULE: ./src/wasm/component.ts




const MAGIC = [0x00, 0x61, 0x73, 0x6d];
/** Component layer word (bytes 6-7). Core modules have `00 00` there (their version is the u32 `1`). */
const COMPONENT_LAYER = [0x01, 0x00];
const SECTION_IMPORT = 10;
const SECTION_EXPORT = 11;
/** Largest import or export section we read into memory (real ones are a few KiB). */
const MAX_NAME_SECTION = 16 << 20;
/** Thrown for a binary this reader cannot decode; callers turn it into a UserError with context. */
class ComponentFormatError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at byte ${offset}`);
        this.offset = offset;
        this.name = 'ComponentFormatError';
    }
}
/**
 * Classify a Wasm binary by its preamble: `\0asm`, then a 2-byte version and a 2-byte layer word. Core modules have
 * version 1 / layer 0 (`01 00 00 00`); components have layer 1 (`0d 00 01 00` today; the version counts draft
 * revisions). Returns undefined when the bytes are not Wasm at all.
 */
function wasmKind(preamble) {
    if (preamble.length < 8)
        return undefined;
    for (let i = 0; i < 4; i++)
        if (preamble[i] !== MAGIC[i])
            return undefined;
    if (preamble[6] === COMPONENT_LAYER[0] && preamble[7] === COMPONENT_LAYER[1])
        return 'component';
    if (preamble[4] === 0x01 && preamble[5] === 0 && preamble[6] === 0 && preamble[7] === 0)
        return 'module';
    return undefined;
}
/** A cursor over one section's bytes: the project's one LEB128 decoder, failing with ComponentFormatError. */
class Reader extends Cursor {
    constructor(buf, base) {
        super(buf, base, 'component');
    }
    get done() {
        return this.atEnd;
    }
    fail(message, at = this.pos) {
        throw new ComponentFormatError(message, this.base + at);
    }
    byte() {
        return this.u8();
    }
    /** importname' / exportname': a discriminator byte (0x00; 0x01 = legacy "interface" form), then the name */
    externName() {
        const tag = this.byte();
        if (tag !== 0x00 && tag !== 0x01)
            this.fail(`unknown import/export name encoding 0x${tag.toString(16)}`);
        return this.name();
    }
    /** externdesc */
    externDesc() {
        const tag = this.byte();
        switch (tag) {
            case 0x00: // core module: 0x00 0x11 typeidx
                if (this.byte() !== 0x11)
                    this.fail('bad core module extern descriptor');
                this.u32();
                return;
            case 0x01: // func
            case 0x04: // component or instance (the two swapped numbers between drafts; both carry a typeidx)
            case 0x05:
                this.u32();
                return;
            case 0x02: {
                // value: valuebound = 0x00 valueidx | 0x01 valtype
                const b = this.byte();
                if (b === 0x00)
                    this.u32();
                else if (b === 0x01)
                    this.s33(); // valtype: only skipped
                else
                    this.fail('bad value bound');
                return;
            }
            case 0x03: {
                // type: typebound = 0x00 typeidx (eq) | 0x01 (sub resource)
                const b = this.byte();
                if (b === 0x00)
                    this.u32();
                else if (b !== 0x01)
                    this.fail('bad type bound');
                return;
            }
            default:
                this.fail(`unknown extern descriptor 0x${tag.toString(16)}`);
        }
    }
    /** sortidx: sort (0x00 + core sort byte, or one byte) then u32 index */
    sortIdx() {
        const sort = this.byte();
        if (sort === 0x00)
            this.byte();
        else if (sort > 0x05)
            this.fail(`unknown sort 0x${sort.toString(16)}`);
        this.u32();
    }
}
function readImports(r, into) {
    const count = r.u32();
    for (let i = 0; i < count; i++) {
        into.push(r.externName());
        r.externDesc();
    }
    if (!r.done)
        r.fail('trailing bytes after the import section');
}
function readExports(r, into) {
    const count = r.u32();
    for (let i = 0; i < count; i++) {
        into.push(r.externName());
        r.sortIdx();
        const hasDesc = r.byte();
        if (hasDesc === 0x01)
            r.externDesc();
        else if (hasDesc !== 0x00)
            r.fail('bad optional extern descriptor');
    }
    if (!r.done)
        r.fail('trailing bytes after the export section');
}
/** unsigned LEB128 from the source at `offset`: value and its byte length */
async function leb(src, offset) {
    const r = new Reader(await src.read(offset, 5), offset);
    return [r.u32(), r.pos];
}
async function readFrom(src) {
    const preamble = await src.read(0, 8);
    if (wasmKind(preamble) !== 'component') {
        throw new ComponentFormatError('not a component (preamble is not \\0asm with layer 1)', 0);
    }
    const imports = [];
    const exports = [];
    let offset = 8;
    while (offset < src.size) {
        const id = (await src.read(offset, 1))[0];
        if (id > 12)
            throw new ComponentFormatError(`unknown component section id ${id}`, offset);
        const [size, n] = await leb(src, offset + 1);
        const start = offset + 1 + n;
        if (start + size > src.size)
            throw new ComponentFormatError(`section ${id} runs past the end of the file`, offset);
        if (id === SECTION_IMPORT || id === SECTION_EXPORT) {
            if (size > MAX_NAME_SECTION)
                throw new ComponentFormatError(`section ${id} is implausibly large (${size} bytes)`, offset);
            const r = new Reader(await src.read(start, size), start);
            if (id === SECTION_IMPORT)
                readImports(r, imports);
            else
                readExports(r, exports);
        }
        offset = start + size;
    }
    return { imports: [...new Set(imports)], exports: [...new Set(exports)] };
}
/** Read a component's top-level imports and exports from bytes in memory. Throws ComponentFormatError. */
async function readComponentBytes(bytes) {
    return readFrom({
        size: bytes.length,
        read: async (offset, length) => bytes.subarray(offset, Math.min(offset + length, bytes.length)),
    });
}
/**
 * Read a component's top-level imports and exports from a file, section by section (skipped sections are never
 * read). Throws ComponentFormatError for a binary it cannot decode.
 */
async function readComponentFile(path) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const { size } = await fh.stat();
        return await readFrom({
            size,
            read: async (offset, length) => {
                const len = Math.max(0, Math.min(length, size - offset));
                const buf = Buffer.alloc(len);
                let got = 0;
                while (got < len) {
                    const { bytesRead } = await fh.read(buf, got, len - got, offset + got);
                    if (bytesRead === 0)
                        break;
                    got += bytesRead;
                }
                return buf.subarray(0, got);
            },
        });
    }
    finally {
        await fh.close();
    }
}
/** readComponentFile, with any decoding failure turned into a UserError naming the file. */
async function componentMetadataOrUserError(path, displayName) {
    try {
        return await readComponentFile(path);
    }
    catch (e) {
        if (e instanceof ComponentFormatError) {
            throw new errors/* UserError */.y(`cannot read the component-model imports and exports of ${(0,log.q)(displayName)}: ${e.message}`, 'Check the file is a valid component (`wasm-tools validate` and `wasm-tools component wit` should accept it); ' +
                'rebuild it with a current toolchain, or publish a core module instead.', 'Unreadable component');
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/package/cncf.ts







/** `created` when the caller has none: a fixed value, never the clock (the config digest must be reproducible). */
const CNCF_DEFAULT_CREATED = '1970-01-01T00:00:00Z';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/**
 * CNCF TAG-Runtime Wasm OCI artifact (v0), as oci-wasm / wkg write it: config `application/vnd.wasm.config.v0+json`,
 * exactly one `application/wasm` layer (the module, stored raw) titled with the module's file name, manifest
 * `mediaType` set (oci-wasm requires the explicit field). Components get `os: wasip2` and their top-level imports and
 * exports read from the binary; core modules get `os: wasip1` and `component: null`.
 *
 * `created` is required by oci-wasm's config parser (a non-optional `DateTime<Utc>`), so it is never null or
 * omitted: the caller's pinned time, else the Unix epoch. `author` is written as `null` like oci-wasm does.
 * Reads the module's import/export sections (components only); writes nothing.
 */
async function packageCncf(input) {
    const { module } = input;
    const created = input.created ?? CNCF_DEFAULT_CREATED;
    if (!RFC3339.test(created) || Number.isNaN(Date.parse(created))) {
        throw new errors/* UserError */.y(`the creation time ${(0,log.q)(created)} is not an RFC 3339 timestamp`, 'Pass a time like 2026-01-01T00:00:00Z (or set SOURCE_DATE_EPOCH to Unix seconds).', 'Bad creation time');
    }
    let component = null;
    if (module.kind === 'component') {
        const meta = await componentMetadataOrUserError(module.path, module.fileName);
        component = { exports: meta.exports, imports: meta.imports, target: null };
    }
    const config = {
        created,
        author: null,
        architecture: 'wasm',
        os: module.kind === 'component' ? 'wasip2' : 'wasip1',
        layerDigests: [module.digest],
        component,
    };
    const configBytes = Buffer.from(JSON.stringify(config));
    const configDescriptor = {
        mediaType: media_types/* MediaType */.zu.cncfConfig,
        digest: (0,oci_digest/* sha256Digest */.$)(configBytes),
        size: configBytes.length,
    };
    const layer = {
        mediaType: media_types/* MediaType */.zu.cncfWasmLayer,
        digest: module.digest,
        size: module.size,
        annotations: { [media_types/* Annotation */.YH.title]: (0,external_node_path_.basename)(module.fileName) || 'module.wasm' },
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociManifest,
        config: configDescriptor,
        layers: [layer],
        annotations: (0,package_manifest/* sortedAnnotations */.sk)(input.annotations),
    };
    return (0,package_manifest/* finishPackage */.af)('cncf', manifest, [
        { descriptor: configDescriptor, bytes: configBytes },
        { descriptor: layer, path: module.path },
    ]);
}

;// CONCATENATED MODULE: ./src/package/index.ts




/** Package the module in the chosen format. Pure apart from writing derived, content-addressed blobs. */
async function packageArtifact(format, input) {
    switch (format) {
        case 'solo':
            if (!input.runtimeConfig || !input.runtimeConfigBytes)
                throw new Error('solo format needs a runtime config');
            return packageSolo({
                module: input.module,
                runtimeConfig: input.runtimeConfig,
                runtimeConfigBytes: input.runtimeConfigBytes,
                annotations: input.annotations,
            });
        case 'compat':
            // One verdict for every format: a component whose imports and exports cannot be read is refused here exactly
            // as the CNCF packaging (and so `auto`) refuses it, though compat does not put them in its config.
            if (input.module.kind === 'component')
                await componentMetadataOrUserError(input.module.path, input.module.fileName);
            // Loaded on demand: its deflate implementation is only needed for this format.
            return (await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(765)]).then(__webpack_require__.bind(__webpack_require__, 2765))).packageCompat(input);
        case 'cncf':
            return packageCncf(input);
    }
}
/**
 * `format: auto`: a component is published in the CNCF layout (the only one its consumers read); a core module that
 * declares a proxy-wasm ABI marker, or for which a runtime type/config is given, in the Solo "oci" variant; any other
 * core module in the CNCF layout.
 */
function chooseFormat(format, module, hints) {
    if (format !== 'auto') {
        if (module.kind === 'component' && format === 'solo') {
            throw new errors/* UserError */.y('The module is a WebAssembly component; the Solo "oci" format carries proxy-wasm core modules only.', 'Use `format: cncf` (or `format: auto`) for components.', 'Wrong format');
        }
        return format;
    }
    if (module.kind === 'component')
        return 'cncf';
    const proxyWasm = module.exports.some((e) => e.name.startsWith('proxy_abi_version_'));
    if (proxyWasm || hints.runtimeType || hints.runtimeConfig)
        return 'solo';
    return 'cncf';
}

;// CONCATENATED MODULE: ./src/report/consumers.ts



/**
 * Which well-known consumers would accept an artifact, judged from its manifest (and its config, when given) by
 * each consumer's own reading rules (shared/reference/wasm-oci-formats.md §6). Pure; the verdicts are about the
 * manifest structure, not about whether the module inside runs there.
 */
const CONSUMERS = ['istio', 'envoy-gateway', 'wasme', 'wkg', 'runwasi'];
/** The format this action writes that each consumer reads (the first one is suggested). */
const SATISFIED_BY = {
    istio: ['solo', 'compat'],
    'envoy-gateway': ['solo', 'compat'],
    wasme: ['solo'],
    wkg: ['cncf'],
    runwasi: ['cncf'],
};
/** runwasi's component layer (runwasi `oci-tar-builder`). */
const BYTECODEALLIANCE_COMPONENT_LAYER = 'application/vnd.bytecodealliance.wasm.component.layer.v0+wasm';
const DOCKER_LAYER_TAR_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const mt = (s) => (s === undefined ? '(none)' : (0,log.q)(s, 120));
/**
 * Istio's agent (`pkg/wasm/imagefetcher.go`); Envoy Gateway fetches with the same logic.
 * 1. Docker manifest -> the last layer must be the Docker rootfs tar.gzip (compat, `plugin.wasm` inside).
 * 2. else the last layer is the OCI tar+gzip -> compat.
 * 3. else exactly two layers, one of them the Solo wasm layer -> "oci" variant.
 */
function istioRule(manifest, name) {
    const layers = manifest.layers ?? [];
    const last = layers[layers.length - 1]?.mediaType;
    if (manifest.mediaType === media_types/* MediaType */.zu.dockerManifest) {
        if (last === DOCKER_LAYER_TAR_GZIP) {
            return {
                accepts: true,
                reason: `Docker compat variant: reads plugin.wasm from the last layer (${mt(last)})`,
            };
        }
        return {
            accepts: false,
            reason: `Docker manifest whose last layer is ${mt(last)}, not ${DOCKER_LAYER_TAR_GZIP}; ${name} reads Docker images only as the compat variant`,
        };
    }
    if (last === media_types/* MediaType */.zu.ociLayerTarGzip) {
        return { accepts: true, reason: `compat variant: reads plugin.wasm from the last layer (${mt(last)})` };
    }
    const wasmLayers = layers.filter((l) => l.mediaType === media_types/* MediaType */.zu.soloWasmLayer).length;
    if (layers.length === 2 && wasmLayers >= 1) {
        return {
            accepts: true,
            reason: `Solo "oci" variant: two layers, wasm from the ${media_types/* MediaType */.zu.soloWasmLayer} layer`,
        };
    }
    const why = layers.length === 2
        ? `neither of the 2 layers is ${media_types/* MediaType */.zu.soloWasmLayer}`
        : `the last layer is ${mt(last)}, not ${media_types/* MediaType */.zu.ociLayerTarGzip} (compat), and the number of layers must be 2 but got ${layers.length} (oci variant)`;
    const cncf = manifest.config?.mediaType === media_types/* MediaType */.zu.cncfConfig ? `; ${name} does not read the CNCF Wasm layout` : '';
    return { accepts: false, reason: `could not parse as compat or Solo "oci" variant: ${why}${cncf}` };
}
/** wasme pull: selects the config and the wasm layer by media type (Solo "oci" variant only). */
function wasmeRule(manifest) {
    const configType = manifest.config?.mediaType;
    if (configType !== media_types/* MediaType */.zu.soloConfig) {
        return {
            accepts: false,
            reason: `config media type is ${mt(configType)}, wasme needs ${media_types/* MediaType */.zu.soloConfig}`,
        };
    }
    if (!(manifest.layers ?? []).some((l) => l.mediaType === media_types/* MediaType */.zu.soloWasmLayer)) {
        return { accepts: false, reason: `media type ${media_types/* MediaType */.zu.soloWasmLayer} not found on image` };
    }
    return { accepts: true, reason: `Solo config and ${media_types/* MediaType */.zu.soloWasmLayer} layer found by media type` };
}
/** wkg / oci-wasm: explicit OCI manifest mediaType, CNCF config, exactly one `application/wasm` layer. */
function wkgRule(manifest, config) {
    if (manifest.mediaType !== media_types/* MediaType */.zu.ociManifest) {
        return {
            accepts: false,
            reason: `manifest mediaType is ${mt(manifest.mediaType)}, oci-wasm requires ${media_types/* MediaType */.zu.ociManifest}`,
        };
    }
    if (manifest.config?.mediaType !== media_types/* MediaType */.zu.cncfConfig) {
        return {
            accepts: false,
            reason: `config media type is ${mt(manifest.config?.mediaType)}, oci-wasm requires ${media_types/* MediaType */.zu.cncfConfig}`,
        };
    }
    const layers = manifest.layers ?? [];
    if (layers.length !== 1)
        return { accepts: false, reason: `oci-wasm requires exactly one layer, got ${layers.length}` };
    if (layers[0].mediaType !== media_types/* MediaType */.zu.cncfWasmLayer) {
        return {
            accepts: false,
            reason: `the layer is ${mt(layers[0].mediaType)}, oci-wasm requires ${media_types/* MediaType */.zu.cncfWasmLayer}`,
        };
    }
    const note = config && config.os === 'wasip1'
        ? ' (a core module: `wkg oci pull` fetches it; wasm-pkg tooling expects components)'
        : '';
    return {
        accepts: true,
        reason: `CNCF Wasm layout: ${media_types/* MediaType */.zu.cncfConfig} config, one ${media_types/* MediaType */.zu.cncfWasmLayer} layer${note}`,
    };
}
/**
 * runwasi (containerd shim): when the image config's architecture is `wasm`, runs the layers of type
 * `application/wasm` or the Bytecode Alliance component layer. Without the config object, a CNCF config counts as
 * `architecture: wasm` (the layout requires it); any other config is "unknown".
 */
function runwasiRule(manifest, config) {
    let arch;
    if (config)
        arch = typeof config.architecture === 'string' ? config.architecture : undefined;
    else if (manifest.config?.mediaType === media_types/* MediaType */.zu.cncfConfig)
        arch = 'wasm';
    if (arch !== 'wasm') {
        return {
            accepts: false,
            reason: arch === undefined
                ? 'the image config does not say architecture wasm (runwasi loads Wasm layers only then)'
                : `image config architecture is ${mt(arch)}, runwasi loads Wasm layers only for architecture wasm`,
        };
    }
    const layer = (manifest.layers ?? []).find((l) => l.mediaType === media_types/* MediaType */.zu.cncfWasmLayer || l.mediaType === BYTECODEALLIANCE_COMPONENT_LAYER);
    if (!layer) {
        return {
            accepts: false,
            reason: `architecture wasm but no ${media_types/* MediaType */.zu.cncfWasmLayer} or ${BYTECODEALLIANCE_COMPONENT_LAYER} layer`,
        };
    }
    const caveat = manifest.config?.mediaType === media_types/* MediaType */.zu.cncfConfig
        ? '; containerd itself does not pull vnd.wasm.config.v0+json artifacts yet (containerd/containerd#10179)'
        : '';
    return {
        accepts: true,
        reason: `architecture wasm and a ${(0,log/* untrusted */.bp)(layer.mediaType, 120)} layer${caveat}`,
    };
}
/** Judge the manifest (and its config object, when known) against every consumer. */
function checkConsumers(manifest, config) {
    const cfg = config;
    const rules = {
        istio: () => istioRule(manifest, 'Istio'),
        'envoy-gateway': () => istioRule(manifest, 'Envoy Gateway'),
        wasme: () => wasmeRule(manifest),
        wkg: () => wkgRule(manifest, cfg),
        runwasi: () => runwasiRule(manifest, cfg),
    };
    return CONSUMERS.map((consumer) => ({ consumer, ...rules[consumer]() }));
}
/** Parse a `require-consumers` list: names separated by commas, spaces or newlines. */
function parseConsumerList(text) {
    return text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/**
 * Refuse when a required consumer would not accept the artifact: one UserError naming every refusing consumer with
 * its reason, and the `format` that would satisfy them (or that none does). Unknown names are a UserError too.
 */
function requireConsumers(report, required) {
    const names = [...new Set(required.map((r) => r.trim().toLowerCase()).filter((r) => r.length > 0))];
    const unknown = names.filter((n) => !CONSUMERS.includes(n));
    if (unknown.length > 0) {
        throw new errors/* UserError */.y(`unknown consumer${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => (0,log.q)(u, 60)).join(', ')} in require-consumers`, `Use any of: ${CONSUMERS.join(', ')}.`, 'Unknown consumer');
    }
    const failing = names
        .map((n) => report.find((r) => r.consumer === n))
        .filter((r) => r !== undefined && !r.accepts);
    if (failing.length === 0)
        return;
    const wanted = names;
    const common = ['solo', 'compat', 'cncf'].filter((f) => wanted.every((c) => SATISFIED_BY[c].includes(f)));
    const fix = common.length > 0
        ? `Use \`format: ${common[0]}\`${common.length > 1 ? ` (or ${common.slice(1).join(', ')})` : ''}, which ${wanted.join(', ')} ${wanted.length > 1 ? 'all read' : 'reads'}.`
        : `No single format satisfies ${wanted.join(' and ')}: ` +
            wanted.map((c) => `${c} reads ${SATISFIED_BY[c].join('/')}`).join(', ') +
            '. Publish the module twice (separate tags or repositories), once per format, or drop one from require-consumers.';
    throw new errors/* UserError */.y(failing.map((f) => `${f.consumer} would not accept this artifact: ${f.reason}`).join('; '), fix, 'Required consumer would reject the artifact');
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary (pure): HTML that GitHub renders in the run page. Every value is HTML-escaped; secrets never
 * appear (inputs are filtered by name). The caller writes it only when `summary` is true and GITHUB_STEP_SUMMARY exists.
 *
 * Everything is emitted as HTML blocks without blank lines inside tables, so Markdown never re-interprets a value.
 */

/** Input names whose values (and presence) never reach the summary. */
const SECRET_INPUTS = new Set(['password', 'signing-key', 'signing-key-password', 'github-token', 'token']);
const SECRET_NAME_RE = /(password|passphrase|secret|token|private|credential|signing-key)/i;
function isSecretInput(name) {
    return SECRET_INPUTS.has(name.toLowerCase()) || SECRET_NAME_RE.test(name);
}
/** HTML-escape text for element content and attribute values. */
function escapeHtml(text) {
    return String(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** Escape for a table cell: line breaks (`\r\n`, `\n` or a lone `\r`) become `<br>`, so the HTML block never ends. */
function cell(text) {
    return escapeHtml(text).replace(/\r\n?|\n/g, '<br>');
}
/** Escaped sentence where `backticked` spans become <code> (after escaping, so nothing else can become markup). */
function prose(text) {
    return cell(text).replace(/`([^`<>]+)`/g, '<code>$1</code>');
}
function code(text) {
    return `<code>${cell(text)}</code>`;
}
function formatSize(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return String(bytes);
    const units = ['KiB', 'MiB', 'GiB'];
    let v = bytes;
    let unit = '';
    for (const u of units) {
        if (v < 1024)
            break;
        v /= 1024;
        unit = u;
    }
    return unit ? `${bytes} bytes (${v.toFixed(1)} ${unit})` : `${bytes} bytes`;
}
function summary_table(rows) {
    return [
        '<table>',
        ...rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${v}</td></tr>`),
        '</table>',
    ].join('\n');
}
/** A Kubernetes object name from the repository's last path component. */
function pluginName(repository) {
    const last = repository.split('/').pop() ?? 'wasm-plugin';
    const n = last
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 63)
        .replace(/-+$/, '');
    return n || 'wasm-plugin';
}
/** Istio WasmPlugin pinned by digest. */
function wasmPluginYaml(registry, repository, digest) {
    return [
        'apiVersion: extensions.istio.io/v1alpha1',
        'kind: WasmPlugin',
        'metadata:',
        `  name: ${pluginName(repository)}`,
        '  namespace: istio-system',
        'spec:',
        '  selector:',
        '    matchLabels:',
        '      istio: ingressgateway',
        `  url: oci://${registry}/${repository}@${digest}`,
        '  imagePullPolicy: IfNotPresent',
    ].join('\n');
}
function pre(text, lang) {
    return `<pre${lang ? ` lang="${escapeHtml(lang)}"` : ''}><code>${escapeHtml(text)}</code></pre>`;
}
function inputsYaml(inputs) {
    return Object.keys(inputs)
        .filter((k) => !isSecretInput(k))
        .sort()
        .filter((k) => inputs[k] !== undefined)
        .map((k) => `${k}: ${JSON.stringify(inputs[k])}`)
        .join('\n');
}
/** Render the whole summary. */
function renderSummary(s) {
    const ref = `${s.registry}/${s.repository}`;
    const pinned = `${ref}@${s.manifestDigest}`;
    const tagList = s.tags.length ? s.tags.map(code).join(' ') : '<em>none (digest only)</em>';
    const status = s.pushed ? 'pushed' : s.pullRequest ? 'validated, not pushed' : 'not pushed';
    const out = [];
    out.push(`<h2>WebAssembly OCI artifact: ${escapeHtml(status)}</h2>`);
    const rows = [
        ['Reference', code(s.tags.length ? `${ref}:${s.tags[0]}` : pinned)],
        ['Digest', code(s.manifestDigest)],
        ...(s.moduleName ? [['Module', code(s.moduleName)]] : []),
        ['Module digest', code(s.moduleDigest)],
        ['Module size', cell(formatSize(s.moduleSize))],
        ...(s.moduleFeatures
            ? [
                ['Proposals', s.moduleFeatures.length ? s.moduleFeatures.map(code).join(' ') : '<em>none</em>'],
            ]
            : []),
        ['Format', cell(s.format)],
        ['ABI', s.abi && s.abi.length ? s.abi.map(code).join(' ') : '<em>none</em>'],
        [s.pushed ? 'Tags' : 'Tags (planned)', tagList],
        ['Pushed', cell(s.pushed ? 'yes' : s.pullRequest ? 'no: validated, not pushed' : 'no')],
    ];
    if (s.pushReason)
        rows.push(['Why', prose(s.pushReason)]);
    out.push(summary_table(rows));
    const featureWarning = s.moduleFeatures && featureNote(s.moduleFeatures);
    if (featureWarning)
        out.push(`<p>${prose('Note: the module ' + featureWarning)}</p>`);
    if (!s.pushed) {
        out.push(`<p>A publishing run with these inputs would push ${code(pinned)} and tag it ${tagList}.` +
            (s.pullRequest ? ' Pull requests are validated only.' : '') +
            '</p>');
    }
    if (s.notices && s.notices.length) {
        out.push('<ul>\n' + s.notices.map((n) => `<li>${prose(n)}</li>`).join('\n') + '\n</ul>');
    }
    if (s.signing) {
        const sr = [['Mode', cell(s.signing.mode)]];
        if (s.signing.attestationDigest)
            sr.push(['Attestation digest', code(s.signing.attestationDigest)]);
        if (s.signing.transparencyLog)
            sr.push(['Transparency log', cell(s.signing.transparencyLog)]);
        if (s.signing.skipped)
            sr.push(['Skipped', prose(s.signing.skipped)]);
        out.push('<h3>Signing</h3>');
        out.push(summary_table(sr));
    }
    if (s.compatibility && s.compatibility.length) {
        out.push('<h3>Consumer compatibility</h3>');
        out.push([
            '<table>',
            '<tr><th align="left">Consumer</th><th align="left">Status</th><th align="left">Note</th></tr>',
            ...s.compatibility.map((c) => `<tr><td>${cell(c.consumer)}</td><td>${c.ok ? '✅ ok' : '❌ no'}</td><td>${cell(c.note ?? '')}</td></tr>`),
            '</table>',
        ].join('\n'));
    }
    out.push('<h3>Use it</h3>');
    out.push('<p>Istio <code>WasmPlugin</code>, pinned by digest:</p>');
    out.push(pre(wasmPluginYaml(s.registry, s.repository, s.manifestDigest), 'yaml'));
    const cmds = [];
    // Plain HTTP needs each tool's own flag: crane --insecure, skopeo --tls-verify=false, wasm-oci --plain-http.
    const crane = s.plainHttp ? 'crane --insecure' : 'crane';
    if (s.tags.length)
        cmds.push(`${crane} digest ${ref}:${s.tags[0]}   # prints ${s.manifestDigest}`);
    cmds.push(`${crane} manifest ${pinned}`);
    cmds.push(`skopeo inspect --raw ${s.plainHttp ? '--tls-verify=false ' : ''}docker://${pinned}`);
    cmds.push(`node dist/cli/index.js pull ${pinned} -o module.wasm${s.plainHttp ? ' --plain-http' : ''}` +
        '   # the wasm-oci CLI of wasm-oci/wasm-oci-action');
    out.push('<p>Fetch and check it:</p>');
    out.push(pre(cmds.join('\n'), 'sh'));
    if (s.inputs) {
        out.push('<details><summary>Inputs</summary>');
        out.push(pre(inputsYaml(s.inputs), 'yaml'));
        out.push('</details>');
    }
    return out.join('\n\n') + '\n';
}
/** `signingKeyPassword` -> `signing-key-password` */
function kebab(name) {
    return name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}
/** Typed inputs (camelCase) back to action input names and display strings; secrets dropped by name. */
function inputsForSummary(inputs) {
    const out = {};
    for (const [k, v] of Object.entries(inputs)) {
        const name = kebab(k);
        if (isSecretInput(name) || v === undefined || v === null)
            continue;
        if (Array.isArray(v))
            out[name] = v.map(String).join('\n');
        else if (typeof v === 'object')
            out[name] = Object.entries(v)
                .map(([ak, av]) => `${ak}=${String(av)}`)
                .join('\n');
        else
            out[name] = String(v);
    }
    return out;
}
/**
 * The summary from main.ts's values: `result` (RunResult), the typed `inputs` (secrets removed here), the event
 * context (pull request or not). `pushReason` and `notices` come from the push decision when the caller has them.
 */
function buildSummary(a) {
    const r = a.result;
    const at = r.reference.lastIndexOf('@');
    const name = at > 0 ? r.reference.slice(0, at) : r.reference;
    const slash = name.indexOf('/');
    const registry = slash > 0 ? name.slice(0, slash) : name;
    const repository = slash > 0 ? name.slice(slash + 1) : '';
    const prefix = `${name}:`;
    const tags = r.tags.map((t) => (t.startsWith(prefix) ? t.slice(prefix.length) : t));
    const signing = a.signing ??
        (r.signingMode
            ? {
                mode: r.signingMode,
                attestationDigest: r.attestationDigest,
                skipped: !r.pushed && r.signingMode === 'none' ? 'not pushed, so nothing was signed' : undefined,
            }
            : undefined);
    return renderSummary({
        registry,
        repository,
        manifestDigest: r.digest,
        moduleDigest: r.moduleDigest,
        moduleSize: r.moduleSize,
        moduleFeatures: r.moduleFeatures,
        moduleName: a.moduleName,
        format: r.format,
        abi: r.runtimeConfig?.abiVersions,
        tags,
        pushed: r.pushed,
        pushReason: a.pushReason,
        pullRequest: a.gh.isPullRequest,
        signing,
        compatibility: r.consumers?.map((c) => ({ consumer: c.consumer, ok: c.accepts, note: c.reason })),
        notices: a.notices,
        inputs: a.inputs ? inputsForSummary(a.inputs) : undefined,
        plainHttp: a.inputs?.plainHttp === true,
    });
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The pipeline, stage by stage, as the README describes it:
 *   inputs -> plan (tags, push decision, signing) -> validate -> package (OCI layout) -> check consumers
 *   -> [push: access check + immutable tags, sign, blobs, manifest, attestation, tags] -> report.
 * A refusal at any stage throws before anything reaches the registry; tags are written last.
 */


















async function main_run(inputs, env = process.env, io = actionsIo()) {
    // Secrets first: nothing below may print them.
    for (const secret of (0,context/* secretValues */.VX)(inputs))
        io.setSecret(secret);
    // 1. Plan: what this run will publish, and whether it pushes and signs.
    const plan = await io.group('Plan', async () => {
        // The commit time (`git show`) is read in the background while the module is validated; packaging awaits it.
        const gh = readGitHubContext(env, { git: false });
        const repository = (0,src_tags/* sanitizeRepository */.kA)(inputs.repository, 'repository');
        const tags = (0,src_tags/* computeTags */.$o)(gh, inputs.tags);
        // GHCR always needs credentials to push; other registries (a local one) may take anonymous pushes.
        const decision = decidePush(gh, inputs.push, inputs.password, {
            allowAnonymous: inputs.registry !== 'ghcr.io',
        });
        for (const n of [...(inputs.notices ?? []), ...decision.notices])
            io.notice(n);
        io.info(`Target: ${(0,log/* untrusted */.bp)(`${inputs.registry}/${repository}`)}`);
        io.info(`Tags: ${tags.tags.map((t) => (0,log/* untrusted */.bp)(t)).join(', ') || '(none)'}`);
        io.info(`Push: ${decision.push} (${decision.reason})`);
        return {
            gh,
            commitTime: withCommitTime(env, gh),
            repository,
            tags,
            push: decision.push,
            pushReason: decision.reason,
            notices: decision.notices,
        };
    });
    const signing = await planSigning(io, inputs, plan.gh, plan.push);
    // 2. Validate the module against the config it declares (before anything is written or pushed).
    const { report, runtimeConfig, format } = await io.group('Validate', () => main_validate(io, inputs));
    const layout = await OciLayout.open(inputs.ociLayout);
    const gh = await plan.commitTime;
    // Blob cache (only when pushing: it serves uploads and mounts): restore before the store is filled.
    const cache = plan.push && inputs.cache
        ? await restoreCache(io, inputs, layout, format, report.digest, runtimeConfig)
        : undefined;
    // 3. Package into the OCI layout (always written, dry run or not).
    const packaged = await io.group('Package', async () => {
        const annotations = (0,src_annotations/* buildAnnotations */.P)(gh, plan.tags.version, inputs.annotations);
        const p = await packageArtifact(format, {
            module: {
                path: (0,external_node_path_.resolve)(report.path),
                fileName: report.fileName,
                digest: report.digest,
                size: report.size,
                kind: report.kind,
            },
            runtimeConfig,
            runtimeConfigBytes: runtimeConfig ? (0,runtime_config/* serializeRuntimeConfig */.dc)(runtimeConfig) : undefined,
            annotations,
            created: gh.created,
            layoutBlobDir: layout.blobDir,
        });
        for (const b of p.blobs)
            if (b.bytes)
                await layout.writeBlob(b.bytes, b.descriptor.digest);
        await layout.writeBlob(p.manifestBytes, p.manifestDigest);
        await layout.tag((0,package_manifest/* manifestDescriptor */.Dt)(p), plan.tags.tags);
        io.info(`Format: ${format}; manifest ${p.manifestDigest} (${p.manifestBytes.length} bytes)`);
        io.info(`OCI layout: ${(0,log/* untrusted */.bp)(layout.dir)}`);
        return p;
    });
    // 4. Which consumers accept this artifact; refuse before pushing if a required one would not.
    const configBlob = packaged.blobs.find((b) => b.descriptor.digest === packaged.manifest.config.digest)?.bytes;
    const consumers = checkConsumers(packaged.manifest, configBlob ? JSON.parse(configBlob.toString()) : undefined);
    requireConsumers(consumers, inputs.requireConsumers);
    // 5. Push (blobs, manifest, attestation, then tags), or report what would be pushed. Blobs are uploaded from the
    // user's file; its copy into the layout (an in-kernel copy from the page cache) runs beside the push, not ahead of it:
    // measured at 64 MiB, copying after the upload made the run 0.1–0.3 s slower than copying beside the push.
    let published;
    if (!plan.push)
        await layout.importFile((0,external_node_path_.resolve)(report.path), report.digest, report.size);
    else {
        // Loaded only when pushing: the HTTP/TLS stack is not part of a dry run's start-up.
        const { publish } = await __webpack_require__.e(/* import() */ 70).then(__webpack_require__.bind(__webpack_require__, 5070));
        const pushing = io.group('Push', () => publish({
            io,
            inputs,
            env,
            gh,
            repository: plan.repository,
            tags: plan.tags.tags,
            packaged,
            layout,
            moduleName: report.fileName,
            signing,
            mountFrom: cache
                ? (digest) => cache.mod.mountCandidates(cache.restored.record, inputs.registry, plan.repository, digest)
                : undefined,
        }));
        const imported = layout.importFile((0,external_node_path_.resolve)(report.path), report.digest, report.size);
        const [pushed, copied] = await Promise.allSettled([pushing, imported]);
        if (pushed.status === 'rejected')
            throw pushed.reason;
        if (copied.status === 'rejected')
            throw copied.reason;
        published = pushed.value;
        if (cache) {
            const { mod, restored } = cache;
            const digests = [packaged.manifestDigest, ...packaged.blobs.map((b) => b.descriptor.digest)];
            await mod.writeRecord(restored.recordFile, mod.recordPushed(restored.record, inputs.registry, plan.repository, digests));
            await mod.finishBlobCache(restored.state, { success: true, keep: digests });
        }
    }
    // 6. Report.
    const result = {
        digest: packaged.manifestDigest,
        moduleDigest: report.digest,
        moduleSize: report.size,
        moduleFeatures: report.features,
        reference: `${inputs.registry}/${plan.repository}@${packaged.manifestDigest}`,
        tags: plan.tags.tags.map((t) => `${inputs.registry}/${plan.repository}:${t}`),
        pushed: plan.push,
        ociLayout: layout.dir,
        format,
        mediaType: packaged.mediaType,
        runtimeConfig,
        consumers,
        signingMode: published?.signingMode ?? 'none',
        attestationDigest: published?.attestationDigest,
        bundlePath: published?.bundlePath,
        cacheHit: cache?.restored.cacheHit,
    };
    await report_(io, inputs, gh, packaged, result, {
        pushReason: plan.pushReason,
        notices: plan.notices,
    });
    return result;
}
async function planSigning(io, inputs, gh, push) {
    if (!push || inputs.signing === 'none') {
        if (!push && inputs.signing !== 'none')
            io.info('Not pushing, so nothing is signed.');
        return undefined;
    }
    return io.group('Signing plan', async () => {
        const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 4467));
        const p = await sign.planSigning({
            mode: inputs.signing,
            eventName: gh.eventName,
            isPullRequest: gh.isPullRequest,
            hasIdToken: gh.hasIdToken,
            signingKey: inputs.signingKey || undefined,
            signingKeyPassword: inputs.signingKeyPassword,
            fulcioUrl: inputs.fulcioUrl,
            rekorUrl: inputs.rekorUrl || undefined,
            tsaUrl: inputs.tsaUrl || undefined,
        });
        for (const w of p.warnings)
            io.warning(w);
        for (const n of p.notices)
            io.notice(n);
        io.info(`Signing: ${p.mode}`);
        return p;
    });
}
async function main_validate(io, inputs) {
    const report = await inspectModule(inputs.module);
    io.info(`Module ${(0,log/* untrusted */.bp)(report.fileName)}: ${report.size} bytes, ${report.kind}, ${report.digest}`);
    io.info(`Exports: ${(0,log/* untrusted */.bp)(report.exports.map((e) => e.name).join(', '), 2000)}`);
    io.info(`Proposals used: ${report.features.length ? report.features.join(', ') : 'none (WebAssembly 1.0)'}`);
    const featureWarning = featureNote(report.features);
    if (featureWarning)
        io.notice(`${(0,log/* untrusted */.bp)(report.fileName)} ${featureWarning}`, { title: 'WebAssembly proposals' });
    const format = chooseFormat(inputs.format, report, inputs);
    const needsConfig = format !== 'cncf';
    const runtimeConfig = needsConfig
        ? await (0,runtime_config/* resolveRuntimeConfig */.pz)({
            runtimeType: inputs.runtimeType,
            abiVersions: inputs.abiVersions,
            rootIds: inputs.rootIds,
            runtimeConfigPath: inputs.runtimeConfig,
        }, report, format)
        : undefined;
    if (runtimeConfig) {
        const findings = (0,validate/* validateModule */.z6)(report, runtimeConfig, inputs.module);
        for (const n of findings.notices)
            io.notice(withFix(n), { title: 'Module check' });
        for (const w of findings.warnings)
            io.warning(withFix(w), { title: 'Module check', file: inputs.module });
        for (const e of findings.errors)
            io.error(withFix(e), { title: 'Invalid module', file: inputs.module });
        if (findings.errors.length > 0) {
            throw new errors/* UserError */.y(`${(0,log.q)(inputs.module)} failed validation with ${findings.errors.length} error(s) (listed above); nothing was pushed.`, undefined, 'Invalid module', inputs.module);
        }
    }
    return { report, runtimeConfig, format };
}
async function restoreCache(io, inputs, layout, format, moduleDigest, runtimeConfig) {
    return io.group('Cache restore', async () => {
        const mod = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(691), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 9583));
        const restored = await mod.restoreBlobCache({
            format,
            moduleDigest,
            inputs: { runtimeConfig: runtimeConfig ?? null, annotations: inputs.annotations },
            layoutDir: layout.dir,
        });
        io.info(`Blob cache: ${restored.outcome}${restored.matchedKey ? ` (${(0,log/* untrusted */.bp)(restored.matchedKey)})` : ''}`);
        return { mod, restored };
    });
}
function withFix(f) {
    return f.fix ? `${f.message} ${f.fix}` : f.message;
}
async function report_(io, inputs, gh, packaged, r, decision = {}) {
    const metadata = {
        digest: r.digest,
        'module-digest': r.moduleDigest,
        'module-size': r.moduleSize,
        'module-features': r.moduleFeatures,
        reference: r.reference,
        tags: r.tags,
        pushed: r.pushed,
        'oci-layout': r.ociLayout,
        format: r.format,
        'media-type': r.mediaType,
        'manifest-size': packaged.manifestBytes.length,
        config: packaged.manifest.config,
        layers: packaged.manifest.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
        'runtime-config': r.runtimeConfig,
        consumers: r.consumers,
        'signing-mode': r.signingMode,
        'attestation-digest': r.attestationDigest,
        'cache-hit': r.cacheHit,
    };
    io.setOutput('digest', r.digest);
    io.setOutput('module-digest', r.moduleDigest);
    io.setOutput('reference', r.reference);
    io.setOutput('tags', r.tags.join('\n'));
    io.setOutput('pushed', String(r.pushed));
    io.setOutput('oci-layout', r.ociLayout);
    io.setOutput('signing-mode', r.signingMode);
    if (r.attestationDigest)
        io.setOutput('attestation-digest', r.attestationDigest);
    if (r.bundlePath)
        io.setOutput('bundle-path', r.bundlePath);
    if (r.cacheHit !== undefined)
        io.setOutput('cache-hit', String(r.cacheHit));
    io.setOutput('metadata', JSON.stringify(metadata));
    io.info(`${r.pushed ? 'Pushed' : 'Would push'} ${r.reference}`);
    for (const t of r.tags)
        io.info(`  ${(0,log/* untrusted */.bp)(t)}`);
    if (inputs.summary) {
        try {
            const md = buildSummary({
                inputs,
                gh,
                packaged,
                result: r,
                moduleName: (0,external_node_path_.basename)(inputs.module),
                pushReason: decision.pushReason,
                notices: decision.notices,
            });
            if (!(await io.writeSummary(md)))
                io.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.');
        }
        catch (e) {
            io.warning(`Could not write the job summary: ${(0,log/* untrusted */.bp)(String(e))}`);
        }
    }
}


/***/ }),

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ sha256Digest),
/* harmony export */   s: () => (/* binding */ digestHex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** sha256 digest string (`sha256:<hex>`) of in-memory bytes. */
function sha256Digest(bytes) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function digestHex(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}


/***/ }),

/***/ 1459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ manifestDescriptor),
/* harmony export */   af: () => (/* binding */ finishPackage),
/* harmony export */   sk: () => (/* binding */ sortedAnnotations)
/* harmony export */ });
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8825);

/** Annotations with keys in sorted order, or undefined when empty (so the JSON omits the field). */
function sortedAnnotations(annotations) {
    if (!annotations)
        return undefined;
    const keys = Object.keys(annotations).sort();
    if (keys.length === 0)
        return undefined;
    const out = {};
    for (const k of keys)
        out[k] = annotations[k];
    return out;
}
/**
 * Serialize the manifest exactly once. Its digest is over these bytes, and these bytes are what is written to the
 * layout and pushed: the same inputs give the same digest everywhere.
 */
function finishPackage(format, manifest, blobs) {
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const seen = new Set();
    const unique = blobs.filter((b) => !seen.has(b.descriptor.digest) && seen.add(b.descriptor.digest));
    return {
        format,
        manifest,
        manifestBytes,
        manifestDigest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .$)(manifestBytes),
        mediaType: manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json',
        blobs: unique,
    };
}
/** The descriptor of the packaged manifest itself (for tags, the layout index and referrer subjects). */
function manifestDescriptor(p) {
    return { mediaType: p.mediaType, digest: p.manifestDigest, size: p.manifestBytes.length };
}


/***/ }),

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5625);
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

/***/ 3486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dc: () => (/* binding */ serializeRuntimeConfig),
/* harmony export */   pz: () => (/* binding */ resolveRuntimeConfig)
/* harmony export */ });
/* unused harmony export readRuntimeConfigFile */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9834);
/* harmony import */ var _wasm_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4880);
/**
 * Runtime config (`runtime-config.json`, Solo spec §1.1): read a wasme-style file, combine it with the action inputs
 * and the module, and serialise it canonically (as wasme's gogo jsonpb writes it).
 */




const MAX_CONFIG_BYTES = 1024 * 1024;
const TITLE = 'Invalid runtime config';
const FIX_SHAPE = 'Use the wasme runtime config shape: {"type": "envoy_proxy", "abiVersions": ["v0.2.1"], "config": {"rootIds": ["my_root_id"]}}.';
async function readRuntimeConfigFile(path) {
    const label = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(path);
    let text;
    try {
        // Only a regular file, read with a byte limit (a FIFO or /dev/zero is refused, never read).
        const bytes = await (0,_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(path, {
            what: 'runtime config',
            limit: MAX_CONFIG_BYTES,
            title: TITLE,
            fix: 'Point runtime-config at the runtime-config.json file (a small JSON file), not at a directory, device, pipe or another large file.',
        });
        text = bytes.toString('utf8');
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
            throw e;
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(code === 'ENOENT'
            ? `runtime config file ${label} does not exist`
            : `runtime config file ${label} could not be read (${code ?? 'error'})`, 'Check the runtime-config input path (relative paths are resolved from the workspace).', 'Runtime config not found', path);
    }
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`runtime config ${label} is not valid JSON: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(e.message)}`, FIX_SHAPE, TITLE, path);
    }
    if (!isObject(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`runtime config ${label} must be a JSON object`, FIX_SHAPE, TITLE, path);
    const bad = (key, what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`runtime config ${label}: key ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(key)} ${what}`, FIX_SHAPE, TITLE, path);
    const out = {};
    const abiSources = [];
    for (const [key, value] of Object.entries(data)) {
        switch (key) {
            case 'type':
                if (typeof value !== 'string')
                    throw bad(key, `must be a string (got ${jsonType(value)})`);
                if (value.trim() !== '')
                    out.type = value.trim();
                break;
            case 'abiVersions':
            case 'abi_versions':
                abiSources.push({ key, value: stringArray(value, key, bad) });
                break;
            case 'abiVersion':
            case 'abi_version':
                if (typeof value !== 'string')
                    throw bad(key, `must be a string of comma-separated versions (got ${jsonType(value)})`);
                abiSources.push({ key, value: splitList(value) });
                break;
            case 'config': {
                if (!isObject(value))
                    throw bad(key, `must be an object (got ${jsonType(value)})`);
                const rootSources = [];
                for (const [k, v] of Object.entries(value)) {
                    if (k === 'rootIds' || k === 'root_ids')
                        rootSources.push({ key: `config.${k}`, value: stringArray(v, `config.${k}`, bad) });
                    else
                        throw bad(`config.${k}`, 'is not a known key (known: config.rootIds, config.root_ids)');
                }
                const roots = agree(rootSources, label, path);
                if (roots?.length)
                    out.rootIds = roots; // empty = absent, as in jsonpb
                break;
            }
            default:
                throw bad(key, 'is not a known key (known: type, abiVersions, abi_versions, abi_version, abiVersion, config)');
        }
    }
    const abis = agree(abiSources, label, path);
    if (abis?.length)
        out.abiVersions = abis;
    return out;
}
/**
 * Combine the runtime config file, the inputs and the module. Both given and different = UserError naming both.
 * `type` defaults to `envoy_proxy` for modules exporting a proxy-wasm marker; otherwise it is required for format `solo`
 * and is `''` (no runtime config) for the other formats. `abiVersions` default to the module's markers.
 */
async function resolveRuntimeConfig(inputs, report, format) {
    const path = inputs.runtimeConfigPath?.trim();
    const file = path ? await readRuntimeConfigFile(path) : {};
    const fileLabel = path ? `runtime config ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(path)}` : '';
    const inType = inputs.runtimeType?.trim() || undefined;
    const inAbis = cleanList(inputs.abiVersions);
    const inRoots = cleanList(inputs.rootIds);
    const conflict = (input, key, a, b) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the ${input} input (${a}) contradicts ${key} in ${fileLabel} (${b})`, `Set ${input} or ${key} in the file, not both (or give them the same value).`, 'Conflicting runtime config', path);
    const listText = (l) => (l.length ? l.map((x) => (0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(x)).join(',') : 'empty');
    let type = inType ?? file.type;
    if (inType !== undefined && file.type !== undefined && inType !== file.type) {
        throw conflict('runtime-type', '"type"', (0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(inType), (0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(file.type));
    }
    let abiVersions = inAbis ?? file.abiVersions;
    if (inAbis !== undefined && file.abiVersions !== undefined && !sameList(inAbis, file.abiVersions)) {
        throw conflict('abi-versions', '"abiVersions"', listText(inAbis), listText(file.abiVersions));
    }
    const rootIds = inRoots ?? file.rootIds ?? [];
    if (inRoots !== undefined && file.rootIds !== undefined && !sameList(inRoots, file.rootIds)) {
        throw conflict('root-ids', '"config.rootIds"', listText(inRoots), listText(file.rootIds));
    }
    if (type === undefined) {
        if ((0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .hasProxyWasmMarker */ .ZJ)(report))
            type = 'envoy_proxy';
        else if (format === 'solo') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('the runtime-type input is required for format solo: the module exports no proxy_abi_version_* marker, ' +
                'so the runtime type cannot be derived from it', 'Set runtime-type (envoy_proxy for Envoy/Istio proxy-wasm filters), or set "type" in the runtime-config file, ' +
                'or use format cncf for modules that are not proxy-wasm plugins.', 'Missing runtime type');
        }
        else
            type = '';
    }
    if (abiVersions === undefined)
        abiVersions = (0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .abiVersionsFromExports */ .pD)(report);
    return { type, abiVersions, rootIds };
}
/**
 * Canonical runtime config bytes, as wasme (gogo jsonpb, camelCase) writes them: keys in the order `type`, `abiVersions`,
 * `config.rootIds`; empty values omitted; compact; `<`, `>`, `&`, U+2028 and U+2029 escaped like Go's encoding/json.
 */
function serializeRuntimeConfig(c) {
    const obj = {};
    if (c.type)
        obj.type = c.type;
    if (c.abiVersions.length)
        obj.abiVersions = c.abiVersions;
    if (c.rootIds.length)
        obj.config = { rootIds: c.rootIds };
    const json = JSON.stringify(obj).replace(/[<>&\u2028\u2029]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
    return Buffer.from(json, 'utf8');
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
function stringArray(v, key, bad) {
    if (!Array.isArray(v))
        throw bad(key, `must be an array of strings (got ${jsonType(v)})`);
    return v.map((x, i) => {
        if (typeof x !== 'string')
            throw bad(`${key}[${i}]`, `must be a string (got ${jsonType(x)})`);
        if (x.trim() === '')
            throw bad(`${key}[${i}]`, 'must not be empty');
        return x.trim();
    });
}
function splitList(s) {
    return s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
}
/** Trim, drop empties; an empty or absent list means "not given". */
function cleanList(l) {
    const out = (l ?? []).map((x) => x.trim()).filter((x) => x !== '');
    return out.length ? out : undefined;
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** Several spellings of one key in a file must agree; returns the agreed value or undefined. */
function agree(sources, label, path) {
    for (const s of sources.slice(1)) {
        if (!sameList(s.value, sources[0].value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`runtime config ${label} gives both ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(sources[0].key)} and ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(s.key)} with different values`, 'Keep only one of them (abiVersions / config.rootIds are the canonical names).', TITLE, path);
        }
    }
    return sources[0]?.value;
}


/***/ }),

/***/ 4880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ hasProxyWasmMarker),
/* harmony export */   pD: () => (/* binding */ abiVersionsFromExports),
/* harmony export */   z6: () => (/* binding */ validateModule)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/**
 * proxy-wasm checks on an inspected module (pure; see reference wasm-oci-formats.md §7, proxy-wasm-cpp-host
 * `getAbiVersion`). Every export/import name and every declared value is untrusted and goes through `q()`.
 */

const MARKER_PREFIX = 'proxy_abi_version_';
const MARKER_RE = /^proxy_abi_version_(\d+)_(\d+)_(\d+)$/;
/** Markers hosts recognise (cpp-host: the first one found in the export section wins). */
const KNOWN_MARKERS = ['0_1_0', '0_2_0', '0_2_1'];
/** Legacy `v0-<envoy-wasm commit>` values (wasme `abi/version.go`); their ABI era is inferred. */
const LEGACY = {
    'v0-097b7f2e4cc1fb490cc1943d0d633655ac3c522f': {
        abi: '0_1_0',
        what: 'envoy-wasm of Dec 2019, Istio 1.5/1.6',
    },
    'v0-541b2c1155fffb15ccde92b8324f3e38f7339ba6': {
        abi: '0_1_0',
        what: 'older envoy-wasm, Istio 1.5 / Gloo 1.3 era',
    },
    'v0-edc016b1fa5adca3ebd3d7020eaed0ad7b8814ca': { abi: '0_1_0', what: 'envoy-wasm of Jul 2020, Gloo 1.5' },
    'v0-4689a30309abf31aee9ae36e73d34b1bb182685f': {
        abi: '0_2_0',
        what: 'envoy-wasm of Aug 2020, precursor to ABI 0.2.0, Istio 1.7–1.9',
    },
};
/** Host functions (module `env`) by the ABI versions that provide them. */
const ONLY_0_1_0 = [
    'proxy_get_configuration',
    'proxy_continue_request',
    'proxy_continue_response',
    'proxy_clear_route_cache',
];
const FROM_0_2_0 = ['proxy_continue_stream', 'proxy_close_stream'];
const FROM_0_2_1 = ['proxy_get_log_level'];
const HEADER_CALLBACKS = ['proxy_on_request_headers', 'proxy_on_response_headers'];
const abiLabel = (abi) => 'v' + abi.replace(/_/g, '.');
/** `proxy_abi_version_0_2_1` function exports → `v0.2.1`, in export order, without duplicates. */
function abiVersionsFromExports(report) {
    const out = [];
    for (const e of report.exports) {
        if (e.kind !== 'func')
            continue;
        const m = MARKER_RE.exec(e.name);
        if (!m)
            continue;
        const v = `v${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
        if (!out.includes(v))
            out.push(v);
    }
    return out;
}
/** True when the module exports a `proxy_abi_version_<x>_<y>_<z>` function. */
function hasProxyWasmMarker(report) {
    return report.exports.some((e) => e.kind === 'func' && MARKER_RE.test(e.name));
}
/** Declared `abiVersions` value → the marker suffix it stands for (`v0.2.1` → `0_2_1`), or undefined. */
function exactAbi(value) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(value.trim());
    return m ? `${Number(m[1])}_${Number(m[2])}_${Number(m[3])}` : undefined;
}
function validateModule(report, config, fileLabel) {
    const res = { errors: [], warnings: [], notices: [] };
    const f = (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(fileLabel);
    const funcExports = report.exports.filter((e) => e.kind === 'func');
    const funcExport = (name) => funcExports.find((e) => e.name === name);
    if (config.type !== 'envoy_proxy') {
        if (report.kind === 'module' && hasProxyWasmMarker(report)) {
            res.notices.push({
                message: `${f} exports a proxy-wasm ABI marker but the runtime type is ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(config.type)}; ` +
                    'the proxy-wasm checks were skipped',
                fix: 'Set runtime-type to envoy_proxy if this is an Envoy/Istio plugin.',
            });
        }
        return res;
    }
    if (report.kind === 'component') {
        res.errors.push({
            message: `${f} is a WebAssembly component, but runtime type envoy_proxy needs a core module: components are not proxy-wasm plugins`,
            fix: 'Build the filter as a core module (e.g. `cargo build --target wasm32-wasip1` with proxy-wasm-rust-sdk), ' +
                'or publish the component with format cncf and without runtime-type envoy_proxy.',
        });
        return res;
    }
    // 1. ABI marker(s)
    const markerExports = report.exports.filter((e) => e.name.startsWith(MARKER_PREFIX));
    const known = [];
    const unknown = [];
    for (const e of markerExports) {
        const abi = e.name.slice(MARKER_PREFIX.length);
        if (e.kind === 'func' && KNOWN_MARKERS.includes(abi)) {
            known.push({ name: e.name, abi: abi, params: e.params, results: e.results });
        }
        else if (e.kind === 'func') {
            unknown.push(e.name);
        }
    }
    const nonFuncMarkers = markerExports.filter((e) => e.kind !== 'func');
    if (!report.exports.some((e) => e.name.startsWith('proxy_'))) {
        res.errors.push({
            message: `${f} does not look like a proxy-wasm plugin: it exports no proxy_abi_version_* function ` +
                '(and no proxy_* exports at all), so Envoy rejects it with "Missing or unknown Proxy-Wasm ABI version"',
            fix: 'Build the filter with a proxy-wasm SDK (Rust proxy-wasm, Go proxy-wasm-go-sdk, C++ proxy-wasm-cpp-sdk), ' +
                'or, if this is not an Envoy plugin, set runtime-type to its runtime or use format cncf.',
        });
        return res;
    }
    const primary = known[0];
    if (!primary) {
        let detail = '';
        if (unknown.length)
            detail = `; it exports ${unknown.map((n) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(n)).join(', ')}, which no host recognises`;
        else if (nonFuncMarkers.length) {
            detail = `; ${nonFuncMarkers.map((e) => `${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(e.name)} is exported as a ${e.kind}`).join(', ')}, but hosts only look at functions`;
        }
        res.errors.push({
            message: `${f} exports no known proxy-wasm ABI marker (a function named proxy_abi_version_0_2_1, _0_2_0 or _0_1_0)${detail}; ` +
                'Envoy rejects it with "Missing or unknown Proxy-Wasm ABI version"',
            fix: 'Build with a current proxy-wasm SDK; it exports the marker function automatically.',
        });
    }
    else {
        if (known.length > 1) {
            res.warnings.push({
                message: `${f} exports ${known.length} ABI markers (${known.map((k) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(k.name)).join(', ')}); ` +
                    `hosts use only the first, ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(primary.name)}`,
                fix: 'Link against a single proxy-wasm SDK version so the module exports exactly one marker.',
            });
        }
        if (unknown.length) {
            res.warnings.push({
                message: `${f} also exports ${unknown.map((n) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(n)).join(', ')}, which no host recognises; it is ignored`,
            });
        }
        for (const k of known) {
            if ((k.params ?? 0) !== 0 || (k.results ?? 0) !== 0) {
                res.warnings.push({
                    message: `${f}: the marker ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(k.name)} should take no parameters and return nothing (it has ${k.params ?? 0} parameter(s), ${k.results ?? 0} result(s))`,
                });
            }
        }
    }
    // 2. allocator and memory
    if (!funcExport('malloc') && !funcExport('proxy_on_memory_allocate')) {
        res.errors.push({
            message: `${f} exports no allocator function (malloc or proxy_on_memory_allocate); Envoy fails with "Wasm module is missing malloc function"`,
            fix: 'Build with a proxy-wasm SDK (it exports proxy_on_memory_allocate or malloc), and do not strip that export.',
        });
    }
    if (!report.exports.some((e) => e.kind === 'memory')) {
        res.errors.push({
            message: `${f} exports no linear memory; the host cannot exchange data with the plugin`,
            fix: 'Export the memory (SDKs export it as "memory"; with wasm-ld do not pass --import-memory without also exporting it).',
        });
    }
    // 3. declared ABI versions against the marker(s)
    checkAbiVersions(res, f, config.abiVersions, known);
    if (primary) {
        // 4. imports from another ABI version
        const foreign = [];
        for (const imp of report.imports) {
            if (imp.module !== 'env' || imp.kind !== 'func')
                continue;
            const n = imp.name;
            const bad = (primary.abi === '0_1_0' && (FROM_0_2_0.includes(n) || FROM_0_2_1.includes(n))) ||
                (primary.abi === '0_2_0' && (ONLY_0_1_0.includes(n) || FROM_0_2_1.includes(n))) ||
                (primary.abi === '0_2_1' && ONLY_0_1_0.includes(n));
            if (bad)
                foreign.push(n);
        }
        if (foreign.length) {
            res.warnings.push({
                message: `${f} exports ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(primary.name)} but imports host function(s) ${foreign.map((n) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(n)).join(', ')} ` +
                    `that ABI ${abiLabel(primary.abi)} does not provide; instantiation fails on hosts that lack them`,
                fix: 'Rebuild with a consistent proxy-wasm SDK version (the marker and the imports come from the same SDK).',
            });
        }
        // 5. *_headers arity
        const expected = primary.abi === '0_1_0' ? 2 : 3;
        for (const cb of HEADER_CALLBACKS) {
            const e = funcExport(cb);
            if (e && e.params !== undefined && e.params !== expected) {
                res.warnings.push({
                    message: `${f}: ${cb} takes ${e.params} parameter(s) but ABI ${abiLabel(primary.abi)} (${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(primary.name)}) ` +
                        `calls it with ${expected}`,
                    fix: 'Rebuild with a consistent proxy-wasm SDK version.',
                });
            }
        }
    }
    // 6. root ids
    if (config.rootIds.length === 0) {
        res.warnings.push({
            message: `runtime config for ${f} declares no root ids (config.rootIds)`,
            fix: 'Set the root-ids input (or config.rootIds in the runtime config file) to the root_id your Envoy/Istio config uses.',
        });
    }
    return res;
}
function checkAbiVersions(res, f, declared, known) {
    const exported = new Set(known.map((k) => k.abi));
    const exportedText = known.length ? known.map((k) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(k.name)).join(', ') : 'no ABI marker';
    if (declared.length === 0) {
        if (known.length) {
            res.warnings.push({
                message: `runtime config for ${f} declares no abiVersions (the module exports ${exportedText})`,
                fix: `Set abi-versions to ${known.map((k) => abiLabel(k.abi)).join(',')} (or leave it unset to derive it from the module).`,
            });
        }
        return;
    }
    let exactCovers = false;
    let legacyCovers = false;
    let anyExact = false;
    const uncovered = [];
    for (const v of declared) {
        const legacy = LEGACY[v.trim()];
        if (legacy) {
            const ok = exported.has(legacy.abi);
            legacyCovers ||= ok;
            res.notices.push({
                message: `abiVersions value ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)} is a legacy envoy-wasm commit id (${legacy.what}); it cannot be checked exactly ` +
                    `and is treated as ABI ${abiLabel(legacy.abi)}-era` +
                    (ok || !known.length ? '' : `, which does not match the module's ${exportedText}`),
            });
            continue;
        }
        const abi = exactAbi(v);
        if (abi === undefined) {
            if (/^v0-[0-9a-f]{40}$/.test(v.trim())) {
                res.notices.push({
                    message: `abiVersions value ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)} is an unknown legacy envoy-wasm commit id; not checked`,
                });
            }
            else {
                res.warnings.push({
                    message: `abiVersions value ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)} is not a known ABI version`,
                    fix: 'Use a proxy-wasm ABI version such as v0.2.1, v0.2.0 or v0.1.0.',
                });
            }
            continue;
        }
        if (!KNOWN_MARKERS.includes(abi)) {
            res.warnings.push({
                message: `abiVersions value ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)} is not a proxy-wasm ABI version hosts know (v0.1.0, v0.2.0, v0.2.1)`,
            });
            continue;
        }
        anyExact = true;
        if (exported.has(abi))
            exactCovers = true;
        else
            uncovered.push(v);
    }
    if (!known.length)
        return; // the missing marker is already an error
    const declaredText = declared.map((v) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)).join(', ');
    if (!exactCovers && !legacyCovers && anyExact) {
        res.errors.push({
            message: `abiVersions ${declaredText} do not match the module ${f}, which exports ${exportedText}`,
            fix: `Declare ${known.map((k) => abiLabel(k.abi)).join(',')} in abi-versions (or leave it unset to derive it from the module).`,
        });
        return;
    }
    if (!exactCovers && !legacyCovers) {
        res.warnings.push({
            message: `abiVersions ${declaredText} do not appear to match the module ${f}, which exports ${exportedText}`,
            fix: `Declare ${known.map((k) => abiLabel(k.abi)).join(',')} in abi-versions.`,
        });
        return;
    }
    if (uncovered.length) {
        res.warnings.push({
            message: `abiVersions declares ${uncovered.map((v) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)).join(', ')} but the module ${f} exports only ${exportedText}; ` +
                'hosts of that ABI version will not load it',
            fix: 'Remove the versions the module does not implement from abi-versions.',
        });
    }
}


/***/ })

};
