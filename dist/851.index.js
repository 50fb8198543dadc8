export const id = 851;
export const ids = [851];
export const modules = {

/***/ 3851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/runner.ts
var runner = __webpack_require__(4813);
;// CONCATENATED MODULE: ./src/io.ts
/**
 * Where the pipeline reports to. In the action: the runner's commands (annotations, groups, outputs, masking, the job
 * summary; see runner.ts).
 * In the CLI: plain lines on stderr. main.ts only talks to this interface.
 */

function actionsIo() {
    return {
        info: runner/* runner */.l.info,
        debug: runner/* runner */.l.debug,
        notice: runner/* runner */.l.notice,
        warning: runner/* runner */.l.warning,
        error: runner/* runner */.l.error,
        async group(name, fn) {
            runner/* runner */.l.startGroup(name);
            try {
                return await fn();
            }
            finally {
                runner/* runner */.l.endGroup();
            }
        },
        setSecret: runner/* runner */.l.setSecret,
        setOutput: runner/* runner */.l.setOutput,
        writeSummary: async (markdown) => runner/* runner */.l.appendSummary(markdown),
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
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
/**
 * Commit time, in order: `SOURCE_DATE_EPOCH`; `git show` in `GITHUB_WORKSPACE`; the push payload's
 * `head_commit.timestamp` (only when it is the same commit). Pull request payloads carry no head commit time.
 * Never the clock: same commit and inputs must give the same manifest digest.
 */
function resolveCommitTime(env, sha, payload) {
    const sde = env.SOURCE_DATE_EPOCH;
    if (sde !== undefined && sde.trim() !== '') {
        return { created: timeFromSourceDateEpoch(sde), createdSource: 'SOURCE_DATE_EPOCH' };
    }
    const fromGit = commitTimeFromGit(env.GITHUB_WORKSPACE, sha);
    if (fromGit)
        return { created: fromGit, createdSource: 'git' };
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
 * malformed `SOURCE_DATE_EPOCH`.
 *
 * Fork detection: head and base `repo.full_name` differ, or the head repository is gone (deleted fork). When the
 * payload lacks the full names, `pull_request.head.repo.fork` decides. (`head.repo.fork` alone is not used when the
 * names are known: a same-repository PR in a repository that is itself a fork has `fork: true` but does get secrets.)
 */
function readGitHubContext(env = process.env) {
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
        ...resolveCommitTime(env, sha, payload),
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
;// CONCATENATED MODULE: ./src/wasm/reader.ts
/**
 * Incremental (push-based) WebAssembly binary reader.
 *
 * Feed it chunks of any size with `push()`, then call `end()`. It checks the 8-byte preamble, walks the section framing
 * and decodes only the small sections needed to describe the module's interface (type, import, function, export, and
 * the names of custom sections). Code, data and every other section are skipped without being buffered, so memory stays
 * bounded no matter how large the module is. Malformed input throws `WasmFormatError`; it never loops or crashes
 * differently.
 *
 * Components (component-model binaries) are only classified from the preamble; their section framing is walked (so a
 * truncated component is still detected) and top-level custom section names are collected, nothing else.
 */
/** The bytes are not a well-formed WebAssembly binary. `offset` is the absolute byte offset of the problem. */
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
const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);
const CORE_VERSION = Buffer.from([0x01, 0x00, 0x00, 0x00]);
/** component-model preamble: version 0x000d, layer 0x0001 */
const COMPONENT_VERSION = Buffer.from([0x0d, 0x00, 0x01, 0x00]);
/** Largest type/import/function/export section the reader will hold in memory. */
const MAX_BUFFERED_SECTION = 16 * 1024 * 1024;
/** Custom sections: only this much of the start is kept (enough for the name). */
const CUSTOM_PREFIX = 4096 + 5;
const SECTION_NAMES = {
    0: 'custom',
    1: 'type',
    2: 'import',
    3: 'function',
    4: 'table',
    5: 'memory',
    6: 'global',
    7: 'export',
    8: 'start',
    9: 'element',
    10: 'code',
    11: 'data',
    12: 'data count',
    13: 'tag',
};
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
const BUFFERED = new Set([1, 2, 3, 7]);
const EXTERN_KINDS = ['func', 'table', 'memory', 'global', 'tag'];
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0'))
    .join(' ')
    .trim();
/** printable rendering of a few bytes, e.g. `"PK.."` (only letters, digits and a few safe symbols are shown) */
const ascii = (b) => '"' +
    Array.from(b, (x) => /[A-Za-z0-9 .,;_<>{}()=/-]/.test(String.fromCharCode(x)) ? String.fromCharCode(x) : '.').join('') +
    '"';
class WasmReader {
    state = 'header';
    offset = 0; // absolute bytes consumed
    header = Buffer.alloc(8);
    headerLen = 0;
    kindValue;
    sectionId = 0;
    sectionStart = 0; // absolute offset of the section content
    sizeBytes = [];
    remaining = 0;
    chunks = [];
    keep = 0; // how many more content bytes to keep for this section
    lastRank = 0;
    seen = new Set();
    codeCount;
    dataCount;
    dataSegments;
    types = [];
    funcTypeIndices = [];
    importedFuncs = 0;
    imports = [];
    exports = [];
    customSections = [];
    /** `module` or `component` once the 8-byte preamble has been read. */
    get kind() {
        return this.kindValue;
    }
    /** Total bytes pushed so far. */
    get bytesRead() {
        return this.offset;
    }
    push(chunk) {
        if (this.state === 'done')
            throw new Error('WasmReader.push() after end()');
        const buf = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        let i = 0;
        while (i < buf.length) {
            switch (this.state) {
                case 'header': {
                    const n = Math.min(8 - this.headerLen, buf.length - i);
                    buf.copy(this.header, this.headerLen, i, i + n);
                    this.headerLen += n;
                    i += n;
                    this.offset += n;
                    // check the magic as soon as 4 bytes are in, so garbage is reported as such
                    if (this.headerLen >= 4 && !this.header.subarray(0, 4).equals(WASM_MAGIC)) {
                        throw new WasmFormatError(`starts with ${hex(this.header.subarray(0, 4))} ${ascii(this.header.subarray(0, 4))}, ` +
                            'not the magic number 00 61 73 6d ("\\0asm")', 'magic', 0);
                    }
                    if (this.headerLen === 8)
                        this.checkVersion();
                    break;
                }
                case 'id': {
                    this.sectionId = buf[i];
                    i += 1;
                    this.offset += 1;
                    this.sizeBytes = [];
                    this.state = 'size';
                    break;
                }
                case 'size': {
                    const b = buf[i];
                    i += 1;
                    this.offset += 1;
                    this.sizeBytes.push(b);
                    if (b & 0x80) {
                        if (this.sizeBytes.length >= 5) {
                            throw new WasmFormatError('section size is not a valid LEB128 u32', 'malformed', this.offset - 5);
                        }
                        break;
                    }
                    const size = decodeU32(this.sizeBytes, this.offset - this.sizeBytes.length);
                    this.beginSection(size);
                    break;
                }
                case 'body': {
                    const n = Math.min(this.remaining, buf.length - i);
                    if (this.keep > 0) {
                        const k = Math.min(this.keep, n);
                        // copy: the caller may reuse its chunk buffer
                        this.chunks.push(Buffer.from(buf.subarray(i, i + k)));
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
    /** Signal end of input; returns the summary. Throws `WasmFormatError` if the input stopped early. */
    end() {
        if (this.state === 'done')
            throw new Error('WasmReader.end() called twice');
        if (this.state === 'header') {
            if (this.headerLen === 0)
                throw new WasmFormatError('file is empty', 'empty', 0);
            // a short file that matches the magic so far is truncated; one that does not was rejected in push()
            throw new WasmFormatError(`file is only ${this.headerLen} byte(s) long; the WebAssembly preamble alone is 8 bytes`, 'truncated', this.offset);
        }
        if (this.state === 'size') {
            throw new WasmFormatError(`truncated: the file ends inside the size of a ${sectionName(this.sectionId)} section`, 'truncated', this.offset);
        }
        if (this.state === 'body') {
            throw new WasmFormatError(`truncated: the ${sectionName(this.sectionId)} section at offset ${this.sectionStart} is ` +
                `${this.offset - this.sectionStart + this.remaining} bytes long but the file ends ${this.offset - this.sectionStart} bytes into it`, 'truncated', this.offset);
        }
        this.state = 'done';
        this.checkCounts();
        this.resolveExports();
        return {
            kind: this.kindValue ?? 'module',
            imports: this.imports,
            exports: this.exports,
            customSections: this.customSections,
        };
    }
    checkVersion() {
        const v = this.header.subarray(4, 8);
        if (v.equals(CORE_VERSION))
            this.kindValue = 'module';
        else if (v.equals(COMPONENT_VERSION))
            this.kindValue = 'component';
        else if (v[2] === 0x01 && v[3] === 0x00) {
            throw new WasmFormatError(`unsupported component-model encoding version 0x${v.readUInt16LE(0).toString(16)} (bytes ${hex(v)}); ` +
                'only the current encoding (0d 00 01 00) is understood', 'version', 4);
        }
        else {
            throw new WasmFormatError(`unsupported WebAssembly version: bytes ${hex(v)} (expected 01 00 00 00 for a core module ` +
                'or 0d 00 01 00 for a component)', 'version', 4);
        }
        this.state = 'id';
    }
    beginSection(size) {
        const id = this.sectionId;
        this.sectionStart = this.offset;
        this.remaining = size;
        this.chunks = [];
        this.keep = 0;
        if (this.kindValue === 'module') {
            if (id !== 0) {
                const rank = SECTION_RANK[id];
                if (rank === undefined) {
                    throw new WasmFormatError(`unknown section id ${id}`, 'malformed', this.sectionStart - 1);
                }
                if (this.seen.has(id)) {
                    throw new WasmFormatError(`duplicate ${sectionName(id)} section`, 'malformed', this.sectionStart - 1);
                }
                if (rank < this.lastRank) {
                    throw new WasmFormatError(`${sectionName(id)} section is out of order`, 'malformed', this.sectionStart - 1);
                }
                this.seen.add(id);
                this.lastRank = rank;
            }
            if (BUFFERED.has(id)) {
                if (size > MAX_BUFFERED_SECTION) {
                    throw new WasmFormatError(`the ${sectionName(id)} section is ${size} bytes, larger than the ${MAX_BUFFERED_SECTION}-byte limit for inspection`, 'too-large', this.sectionStart);
                }
                this.keep = size;
            }
        }
        // code and data: keep only the leading vector length (≤ 5 bytes) to cross-check counts
        if (this.kindValue === 'module' && (id === 10 || id === 11))
            this.keep = Math.min(size, 5);
        if (id === 0)
            this.keep = Math.min(size, CUSTOM_PREFIX);
        this.state = 'body';
        if (size === 0)
            this.finishSection();
    }
    finishSection() {
        const id = this.sectionId;
        const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        this.chunks = [];
        this.state = 'id';
        const size = this.offset - this.sectionStart;
        const p = new Parser(data, this.sectionStart, sectionName(id));
        if (id === 0) {
            this.customSections.push(p.customName(size));
            return;
        }
        if (this.kindValue !== 'module')
            return;
        switch (id) {
            case 1:
                this.parseTypes(p);
                break;
            case 2:
                this.parseImports(p);
                break;
            case 3: {
                const n = p.count(1);
                for (let k = 0; k < n; k++)
                    this.funcTypeIndices.push(p.u32());
                break;
            }
            case 7:
                this.parseExports(p);
                break;
            case 10:
                this.codeCount = p.u32();
                return;
            case 11:
                this.dataSegments = p.u32();
                return;
            case 12:
                this.dataCount = p.u32();
                break;
            default:
                return;
        }
        p.expectEnd();
    }
    parseTypes(p) {
        const n = p.count(1);
        for (let k = 0; k < n; k++) {
            const form = p.peekByte();
            if (form === 0x4e) {
                // rec group (GC proposal): vec(subtype)
                p.byte();
                const m = p.count(1);
                for (let j = 0; j < m; j++)
                    this.types.push(p.subType());
            }
            else {
                this.types.push(p.subType());
            }
        }
    }
    parseImports(p) {
        const n = p.count(3);
        for (let k = 0; k < n; k++) {
            const module = p.name();
            const name = p.name();
            const at = p.pos;
            const kindByte = p.byte();
            const kind = EXTERN_KINDS[kindByte];
            if (kind === undefined)
                p.fail(`unknown import kind 0x${kindByte.toString(16)}`, at);
            const imp = { module, name, kind };
            switch (kindByte) {
                case 0: {
                    const t = p.u32();
                    imp.typeIndex = t;
                    const ft = this.funcType(t, p, at);
                    if (ft) {
                        imp.params = ft.params;
                        imp.results = ft.results;
                    }
                    this.importedFuncs++;
                    break;
                }
                case 1:
                    p.refType();
                    p.limits();
                    break;
                case 2:
                    p.limits();
                    break;
                case 3:
                    p.valType();
                    p.mutability();
                    break;
                case 4:
                    p.tagType();
                    break;
            }
            this.imports.push(imp);
        }
    }
    parseExports(p) {
        const n = p.count(2);
        const names = new Set();
        for (let k = 0; k < n; k++) {
            const at = p.pos;
            const name = p.name();
            if (names.has(name))
                p.fail(`duplicate export name`, at);
            names.add(name);
            const kindByte = p.byte();
            const kind = EXTERN_KINDS[kindByte];
            if (kind === undefined)
                p.fail(`unknown export kind 0x${kindByte.toString(16)}`, at);
            this.exports.push({ name, kind, index: p.u32() });
        }
    }
    funcType(typeIndex, p, at) {
        if (typeIndex >= this.types.length)
            p.fail(`type index ${typeIndex} out of range`, at);
        return this.types[typeIndex];
    }
    /**
     * Section counts that must agree. A module cut exactly at a section boundary is still well framed; these checks catch
     * that case for every boundary after the function (or data count) section.
     */
    checkCounts() {
        const funcs = this.funcTypeIndices.length;
        if (this.codeCount === undefined && funcs > 0) {
            throw new WasmFormatError(`truncated: the function section declares ${funcs} function(s) but the file ends before the code section`, 'truncated', this.offset);
        }
        if (this.codeCount !== undefined && this.codeCount !== funcs) {
            throw new WasmFormatError(`the function section declares ${funcs} function(s) but the code section has ${this.codeCount} bodies`, 'malformed');
        }
        if (this.dataCount !== undefined && this.dataCount > 0 && this.dataSegments === undefined) {
            throw new WasmFormatError(`truncated: the data count section declares ${this.dataCount} segment(s) but the file ends before the data section`, 'truncated', this.offset);
        }
        if (this.dataCount !== undefined &&
            this.dataSegments !== undefined &&
            this.dataCount !== this.dataSegments) {
            throw new WasmFormatError(`the data count section declares ${this.dataCount} segment(s) but the data section has ${this.dataSegments}`, 'malformed');
        }
    }
    resolveExports() {
        const total = this.importedFuncs + this.funcTypeIndices.length;
        const importTypes = this.imports.filter((i) => i.kind === 'func');
        for (const e of this.exports) {
            if (e.kind !== 'func')
                continue;
            if (e.index >= total) {
                throw new WasmFormatError(`export refers to function ${e.index} but the module has only ${total} functions`, 'malformed');
            }
            let ft;
            if (e.index < this.importedFuncs) {
                const imp = importTypes[e.index];
                ft = imp.params === undefined ? undefined : { params: imp.params, results: imp.results ?? 0 };
            }
            else {
                const t = this.funcTypeIndices[e.index - this.importedFuncs];
                if (t >= this.types.length) {
                    throw new WasmFormatError(`function ${e.index} has type index ${t}, which is out of range`, 'malformed');
                }
                ft = this.types[t];
            }
            if (ft) {
                e.params = ft.params;
                e.results = ft.results;
            }
        }
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
function decodeU32(bytes, at) {
    let result = 0;
    for (let k = 0; k < bytes.length; k++)
        result += (bytes[k] & 0x7f) * 2 ** (7 * k);
    if (bytes.length === 5 && bytes[4] > 0x0f)
        throw new WasmFormatError('LEB128 u32 overflows', 'malformed', at);
    return result;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
/** Bounds-checked cursor over one buffered section. Every read past the end is a malformed-section error. */
class Parser {
    data;
    base;
    section;
    pos = 0;
    constructor(data, base, section) {
        this.data = data;
        this.base = base;
        this.section = section;
    }
    fail(what, at = this.pos) {
        throw new WasmFormatError(`malformed ${this.section} section at offset ${this.base + at}: ${what}`, 'malformed', this.base + at);
    }
    expectEnd() {
        if (this.pos !== this.data.length) {
            this.fail(`${this.data.length - this.pos} unexpected byte(s) after the section's content`);
        }
    }
    peekByte() {
        if (this.pos >= this.data.length)
            this.fail('unexpected end of section');
        return this.data[this.pos];
    }
    byte() {
        const b = this.peekByte();
        this.pos++;
        return b;
    }
    /** unsigned LEB128 of at most `maxBits` bits (≤ 53 so the result stays exact) */
    uleb(maxBits) {
        const start = this.pos;
        let result = 0;
        let shift = 0;
        for (;;) {
            const b = this.byte();
            result += (b & 0x7f) * 2 ** shift;
            shift += 7;
            if (!(b & 0x80))
                break;
            if (shift >= maxBits)
                this.fail(`LEB128 integer longer than ${maxBits} bits`, start);
        }
        if (result >= 2 ** maxBits)
            this.fail(`LEB128 integer exceeds ${maxBits} bits`, start);
        return result;
    }
    u32() {
        return this.uleb(32);
    }
    /** skip an unsigned LEB128 of up to 64 bits (memory64 limits) */
    skipU64() {
        const start = this.pos;
        for (let k = 0;; k++) {
            if (k >= 10)
                this.fail('LEB128 integer longer than 64 bits', start);
            if (!(this.byte() & 0x80))
                return;
        }
    }
    /** signed LEB128 s33 (heap type index); returns the value */
    s33() {
        const start = this.pos;
        let result = 0;
        let shift = 0;
        let b;
        do {
            if (shift >= 35)
                this.fail('LEB128 s33 too long', start);
            b = this.byte();
            result += (b & 0x7f) * 2 ** shift;
            shift += 7;
        } while (b & 0x80);
        if (b & 0x40)
            result -= 2 ** shift;
        return result;
    }
    /** vector length, sanity-checked against the bytes left (each element takes at least `minElemBytes`) */
    count(minElemBytes) {
        const at = this.pos;
        const n = this.u32();
        if (n * minElemBytes > this.data.length - this.pos)
            this.fail(`vector length ${n} exceeds the section`, at);
        return n;
    }
    name() {
        const at = this.pos;
        const len = this.u32();
        if (len > this.data.length - this.pos)
            this.fail('name runs past the end of the section', at);
        const bytes = this.data.subarray(this.pos, this.pos + len);
        this.pos += len;
        try {
            return utf8.decode(bytes);
        }
        catch {
            return this.fail('name is not valid UTF-8', at);
        }
    }
    /** custom section: name only; `size` is the full section size (data may hold only a prefix) */
    customName(size) {
        const len = this.u32();
        if (len > size - this.pos)
            this.fail('custom section name runs past the end of the section');
        const avail = this.data.length - this.pos;
        if (len <= avail) {
            try {
                return utf8.decode(this.data.subarray(this.pos, this.pos + len));
            }
            catch {
                this.fail('custom section name is not valid UTF-8');
            }
        }
        return utf8Lenient.decode(this.data.subarray(this.pos)) + '…';
    }
    heapType() {
        const at = this.pos;
        const v = this.s33();
        // negative values are abstract heap types (one-byte shorthands 0x69..0x74 as s33)
        if (v < 0 && !(v >= 0x69 - 0x80 && v <= 0x74 - 0x80))
            this.fail('unknown heap type', at);
    }
    refType() {
        const at = this.pos;
        const b = this.byte();
        if (b === 0x63 || b === 0x64)
            this.heapType();
        else if (!(b >= 0x69 && b <= 0x74))
            this.fail(`unknown reference type 0x${b.toString(16)}`, at);
    }
    valType() {
        const b = this.peekByte();
        if (b >= 0x7b && b <= 0x7f) {
            this.pos++;
            return;
        }
        this.refType();
    }
    storageType() {
        const b = this.peekByte();
        if (b === 0x78 || b === 0x77) {
            this.pos++;
            return;
        }
        this.valType();
    }
    mutability() {
        const at = this.pos;
        const b = this.byte();
        if (b > 1)
            this.fail(`invalid mutability flag 0x${b.toString(16)}`, at);
    }
    limits() {
        const at = this.pos;
        const flags = this.byte();
        if (flags & ~0x0f)
            this.fail(`invalid limits flags 0x${flags.toString(16)}`, at);
        const is64 = (flags & 0x04) !== 0;
        const read = () => (is64 ? this.skipU64() : void this.u32());
        read();
        if (flags & 0x01)
            read();
        if (flags & 0x08)
            this.u32(); // custom page size (log2)
    }
    tagType() {
        const at = this.pos;
        if (this.byte() !== 0)
            this.fail('invalid tag attribute', at);
        this.u32();
    }
    /** subtype (GC) or a plain composite type; returns the function shape for func types */
    subType() {
        const b = this.peekByte();
        if (b === 0x50 || b === 0x4f) {
            this.pos++;
            const n = this.count(1);
            for (let k = 0; k < n; k++)
                this.u32();
        }
        return this.compType();
    }
    compType() {
        const at = this.pos;
        const form = this.byte();
        switch (form) {
            case 0x60: {
                const params = this.count(1);
                for (let k = 0; k < params; k++)
                    this.valType();
                const results = this.count(1);
                for (let k = 0; k < results; k++)
                    this.valType();
                return { params, results };
            }
            case 0x5f: {
                const n = this.count(2);
                for (let k = 0; k < n; k++) {
                    this.storageType();
                    this.mutability();
                }
                return undefined;
            }
            case 0x5e:
                this.storageType();
                this.mutability();
                return undefined;
            default:
                return this.fail(`unknown type form 0x${form.toString(16)}`, at);
        }
    }
}

;// CONCATENATED MODULE: ./src/wasm/inspect.ts
/**
 * One pass over a module file: sha256 + size, interface summary (via the streaming reader), and — for files up to
 * `FULL_VALIDATION_LIMIT` — `WebAssembly.validate` over the collected bytes. Above the limit nothing is collected, so
 * memory does not grow with the module's size. Nothing is written: the caller imports the file into the OCI layout off
 * the critical path (writing a copy in this pass made large pushes wait on disk writes).
 */







/** Modules up to this size are fully validated with `WebAssembly.validate`. */
const FULL_VALIDATION_LIMIT = 64 * 1024 * 1024;
const wasmApi = globalThis.WebAssembly;
const FIX_BUILD = 'Point the input at the compiled .wasm file your build produces (e.g. target/wasm32-wasip1/release/<name>.wasm), ' +
    'not a source, text (.wat) or archive file.';
async function inspectModule(path, opts = {}) {
    const label = (0,log.q)(path);
    const title = 'Invalid WebAssembly module';
    const limit = opts.fullValidationLimit ?? FULL_VALIDATION_LIMIT;
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
    // Modules small enough for WebAssembly.validate are gathered into one buffer of the stat'ed size (no concat copy).
    let collected = size <= limit ? Buffer.allocUnsafe(size) : undefined;
    let total = 0;
    try {
        const input = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 });
        for await (const chunk of input) {
            total += chunk.length;
            hash.update(chunk);
            reader.push(chunk);
            if (collected) {
                if (total <= collected.length)
                    chunk.copy(collected, total - chunk.length);
                else
                    collected = undefined; // the file grew while being read: not validated in memory
            }
        }
        const summary = reader.end();
        let fullyValidated = false;
        let notValidatedReason;
        if (summary.kind === 'component') {
            notValidatedReason = 'component';
        }
        else if (!collected) {
            notValidatedReason = 'too-large';
        }
        else {
            const bytes = collected.subarray(0, total);
            collected = undefined;
            if (!wasmApi.validate(bytes)) {
                throw new errors/* UserError */.y(`${label} is not a valid WebAssembly module: its structure is readable but WebAssembly.validate rejects it ` +
                    '(bad instructions, types or indices)', 'Rebuild the module with a supported toolchain; `wasm-tools validate` or `wasm-validate` shows the exact problem.', title, path);
            }
            fullyValidated = true;
        }
        const report = {
            path,
            fileName: (0,external_node_path_.basename)(path),
            digest: 'sha256:' + hash.digest('hex'),
            size: total,
            kind: summary.kind,
            exports: summary.exports,
            imports: summary.imports,
            customSections: summary.customSections,
            fullyValidated,
        };
        if (notValidatedReason)
            report.notValidatedReason = notValidatedReason;
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
            return new errors/* UserError */.y(`${label} cannot be inspected: ${e.message}`, 'Strip the module (e.g. `wasm-opt --strip-debug` / `wasm-tools strip`) or reduce its number of imports/exports.', title, path);
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
    return new errors/* UserError */.y(`module file ${label} could not be read: ${(0,log/* untrusted */.b)(e?.message ?? String(e))}`, 'Check that the file exists and is readable.', 'Module not readable', path);
}

// EXTERNAL MODULE: ./src/wasm/validate.ts
var validate = __webpack_require__(4880);
// EXTERNAL MODULE: ./src/runtime-config.ts
var runtime_config = __webpack_require__(3486);
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
        await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
        const header = (0,external_node_path_.join)(dir, 'oci-layout');
        if (!(await exists(header)))
            await (0,promises_.writeFile)(header, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
        const index = (0,external_node_path_.join)(dir, 'index.json');
        if (!(await exists(index)))
            await (0,promises_.writeFile)(index, serializeIndex(emptyIndex()));
        return new OciLayout(dir);
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
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.dir, 'index.json'), 'utf8'));
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
/** A cursor over one section's bytes. */
class Reader {
    buf;
    base;
    pos = 0;
    constructor(buf, 
    /** file offset of buf[0], for error messages */
    base) {
        this.buf = buf;
        this.base = base;
    }
    get done() {
        return this.pos >= this.buf.length;
    }
    fail(message) {
        throw new ComponentFormatError(message, this.base + this.pos);
    }
    byte() {
        if (this.pos >= this.buf.length)
            this.fail('unexpected end of section');
        return this.buf[this.pos++];
    }
    /** unsigned LEB128, at most 32 bits */
    u32() {
        let result = 0;
        let shift = 0;
        for (let i = 0; i < 5; i++) {
            const b = this.byte();
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0) {
                if (result > 0xffffffff)
                    this.fail('u32 out of range');
                return result;
            }
            shift += 7;
        }
        return this.fail('u32 LEB128 longer than 5 bytes');
    }
    /** signed LEB128 up to 33 bits (valtype): only skipped */
    s33() {
        for (let i = 0; i < 5; i++)
            if ((this.byte() & 0x80) === 0)
                return;
        this.fail('s33 LEB128 longer than 5 bytes');
    }
    name() {
        const len = this.u32();
        if (this.pos + len > this.buf.length)
            this.fail('name runs past the end of its section');
        const bytes = this.buf.subarray(this.pos, this.pos + len);
        this.pos += len;
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            return this.fail('name is not valid UTF-8');
        }
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
                    this.s33();
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
    const bytes = await src.read(offset, 5);
    let result = 0;
    for (let i = 0; i < bytes.length; i++) {
        result += (bytes[i] & 0x7f) * 2 ** (7 * i);
        if ((bytes[i] & 0x80) === 0)
            return [result, i + 1];
    }
    throw new ComponentFormatError('truncated or over-long section size', offset);
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
        reason: `architecture wasm and a ${(0,log/* untrusted */.b)(layer.mediaType, 120)} layer${caveat}`,
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
        super(message, fix, 'Registry error');
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
            return (0,log/* untrusted */.b)(s, 300);
        })
            .join('; ');
    }
    if (!body || body.length === 0)
        return '';
    const text = body.toString('utf8').trim();
    if (/^\s*</.test(text))
        return ''; // HTML error pages from proxies: not useful
    return (0,log/* untrusted */.b)(text, 200);
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
        return new RegistryError(`TLS connection to ${(0,log/* untrusted */.b)(host)} failed: ${(0,log/* untrusted */.b)(code)} ${(0,log/* untrusted */.b)(String(e?.message ?? ''), 200)}`, plainHttp
            ? 'Check the registry address.'
            : 'The registry certificate is not trusted: add its CA with NODE_EXTRA_CA_CERTS, or for a local test registry without TLS set `plain-http: true`.', 0, code, 'tls');
    }
    return new RegistryError(`Could not talk to ${(0,log/* untrusted */.b)(host)}: ${(0,log/* untrusted */.b)(code)} ${(0,log/* untrusted */.b)(String(e?.message ?? ''), 200)}`.trim(), 'Check the `registry` input and the network; the request was retried before giving up.', 0, code, 'network', RETRYABLE_NET_CODES.has(code) || code === 'ERR_STREAM_PREMATURE_CLOSE');
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
 * honour `expires_in` (default 60 s). Credentials never appear in errors or logs.
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
    constructor(transport, opts) {
        this.transport = transport;
        this.opts = opts;
    }
    get currentScheme() {
        return this.scheme;
    }
    get hasCredentials() {
        return !!this.opts.credentials && this.opts.credentials.password !== '';
    }
    /** Secrets this authenticator knows (for redaction). */
    secrets() {
        const s = [...this.tokens.values()].map((t) => t.token);
        if (this.opts.credentials?.password)
            s.push(this.opts.credentials.password);
        return s;
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
            throw new RegistryError(`${this.opts.registry} sent an invalid token realm ${JSON.stringify((0,log/* untrusted */.b)(this.bearer.realm, 200))}.`, 'Check the `registry` input; the registry (or a proxy) answers with a broken WWW-Authenticate header.', 401, 'BAD_CHALLENGE', 'protocol');
        }
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.opts.plainHttp)) {
            throw new errors/* UserError */.y(`${this.opts.registry} asks for credentials to be sent to a non-HTTPS token service (${(0,log/* untrusted */.b)(realm.host)}); refusing.`, 'Use a registry whose token service is HTTPS, or `plain-http: true` for a local test registry.', 'Registry error');
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
        const body = await res.read(1 << 20);
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
        const expiresIn = typeof parsed.expires_in === 'number' && parsed.expires_in > 0
            ? parsed.expires_in
            : DEFAULT_EXPIRES_IN_S;
        // Refresh a little before expiry: 10 % of the lifetime, at most 10 s.
        const margin = Math.min(10_000, expiresIn * 100);
        this.tokens.set(this.key(scopes), { token, expiresAt: issuedAt + expiresIn * 1000 - margin });
        return token;
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
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
const ERROR_BODY_LIMIT = 1 << 20;
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
async function readAll(stream, limit, discardOver = false) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const b = chunk;
        if (size + b.length > limit) {
            if (!discardOver) {
                stream.destroy();
                throw new RegistryError(`The registry sent a response larger than ${limit} bytes.`, 'This is not a registry answer the client expects; check the `registry` input.', 0, 'RESPONSE_TOO_LARGE', 'protocol');
            }
            if (size < limit)
                chunks.push(b.subarray(0, limit - size));
            size = limit;
            continue;
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
        for (let attempt = 0;; attempt++) {
            const last = !retry || attempt >= this.policy.maxRetries;
            let res;
            try {
                res = await this.follow(req);
            }
            catch (e) {
                if (last || !isRetryable(e))
                    throw e;
                await sleep(this.delayFor(attempt));
                continue;
            }
            if (!last && isRetryableStatus(res.status)) {
                await sleep(this.delayFor(attempt, parseRetryAfter(res.headers['retry-after'])));
                continue;
            }
            return res;
        }
    }
    async follow(req) {
        let method = req.method.toUpperCase();
        let url = new URL(req.url);
        const headers = {};
        for (const [k, v] of Object.entries(req.headers ?? {}))
            headers[k.toLowerCase()] = v;
        let body = req.body;
        for (let hop = 0;; hop++) {
            const res = await this.once(method, url, headers, body);
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
    once(method, url, headers, body) {
        const isHttps = url.protocol === 'https:';
        if (!isHttps && url.protocol !== 'http:') {
            return Promise.reject(new RegistryError(`Unsupported URL scheme ${url.protocol}`, undefined, 0, 'BAD_URL', 'protocol'));
        }
        const mod = isHttps ? (external_node_https_default()) : (external_node_http_default());
        const h = { 'user-agent': this.opts.userAgent ?? 'wasm-oci', ...headers };
        const length = body === undefined ? 0 : Buffer.isBuffer(body) ? body.length : body.length;
        if (body !== undefined || ['POST', 'PUT', 'PATCH'].includes(method))
            h['content-length'] = String(length);
        else
            delete h['content-length'];
        return new Promise((resolve, reject) => {
            let settled = false;
            let source;
            const fail = (e) => {
                source?.destroy();
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
            r.setTimeout(this.timeoutMs, () => {
                const e = Object.assign(new Error(`no answer within ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' });
                r.destroy(e);
            });
            r.on('error', fail);
            r.on('response', (res) => {
                const status = res.statusCode ?? 0;
                this.opts.onRequest?.(method, loggableUrl(url.href), status);
                const earlyAnswer = !r.writableFinished;
                if (earlyAnswer && source) {
                    // The server answered before taking the whole body (e.g. 401, 413): stop sending.
                    source.unpipe(r);
                    source.destroy();
                }
                const response = {
                    status,
                    headers: res.headers,
                    url: url.href,
                    stream: res,
                    read: (limit = 16 << 20) => readAll(res, limit),
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
                readAll(res, ERROR_BODY_LIMIT, true).then((buf) => {
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









/** Repository name grammar (distribution-spec), lowercase only. */
const HOST_RE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const DEFAULT_CHUNK_SIZE = 4 << 20;
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
        if (!HOST_RE.test(registry)) {
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
        for (const secret of this.auth.secrets()) {
            if (secret.length >= 4 && e.message.includes(secret))
                e.message = e.message.split(secret).join('***');
        }
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
    async checkPushAccess() {
        const res = await this.send({ method: 'POST', url: this.url('blobs/uploads/') });
        if (res.status !== 202) {
            if (res.status >= 200 && res.status < 300)
                await res.drain();
            throw this.fail(res, 'push (start a blob upload)');
        }
        const loc = this.location(res);
        await res.drain();
        // Cancel the empty session; registries that cannot cancel let it expire.
        try {
            const del = await this.send({ method: 'DELETE', url: loc, retry: false });
            await del.drain();
        }
        catch {
            /* best effort */
        }
    }
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
        if (await this.blobExists(d.digest))
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
        for (;;) {
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
                throw e;
            }
        }
    }
    async startUpload(d) {
        const res = await this.send({ method: 'POST', url: this.url('blobs/uploads/'), retry: false });
        if (res.status !== 202) {
            if (res.status >= 200 && res.status < 300)
                await res.drain();
            throw this.fail(res, `start the upload of blob ${remote_short(d.digest)}`);
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
        const bytes = await res.read(16 << 20);
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
        const bytes = await res.read(16 << 20);
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
            const body = JSON.parse((await res.read(16 << 20)).toString('utf8'));
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
        throw new errors/* UserError */.y(`Cannot read blob file ${(0,log.q)(path)}: ${(0,log/* untrusted */.b)(e.code ?? String(e))}.`, 'Check that the file exists and is readable.');
    }
    if (size !== d.size) {
        throw new errors/* UserError */.y(`Blob file ${(0,log.q)(path)} has ${size} bytes but its descriptor says ${d.size}; it changed after packaging.`, 'Do not modify the module while the action runs.');
    }
    return {
        length: size,
        path,
        open: () => (0,external_node_fs_.createReadStream)(path, { highWaterMark: UPLOAD_READ_CHUNK }),
    };
}
/** Read size for streamed uploads: large reads keep the socket busy with few syscalls (64 KiB default is slow). */
const UPLOAD_READ_CHUNK = 1024 * 1024;
function sliceBody(body, start, end) {
    if (Buffer.isBuffer(body))
        return body.subarray(start, end + 1);
    const path = body.path;
    if (typeof path !== 'string')
        throw new Error('ranged read needs a file-backed body');
    return {
        length: end - start + 1,
        open: () => (0,external_node_fs_.createReadStream)(path, { start, end, highWaterMark: UPLOAD_READ_CHUNK }),
    };
}
function isSizeRefusal(e) {
    if (!(e instanceof RegistryError))
        return false;
    if (e.status === 413 || e.status === 416)
        return true;
    return e.status === 400 && e.code !== 'DIGEST_INVALID' && /size|too large|exceed|limit/i.test(e.message);
}

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
    const conflicts = [];
    for (const tag of releaseTags(tags)) {
        const existing = await remote.resolve(tag);
        if (existing && existing.digest !== manifestDigest) {
            conflicts.push({ tag, existing: existing.digest, wanted: manifestDigest });
        }
    }
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
/** The registry's digest is untrusted text: quote it unless it is a well-formed digest. */
function untrustedDigest(d) {
    return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(d) ? d : (0,log.q)(d, 100);
}

;// CONCATENATED MODULE: ./src/publish.ts
/**
 * The push stage. Order matters: check access and immutable tags, sign, then blobs, then the manifest by digest, then
 * the attestation, and only then the tags — so a tag only ever points at a complete, signed artifact, and a refusal or a
 * signing failure leaves no tag behind.
 */








async function publish(a) {
    const { io, inputs, packaged } = a;
    const remote = a.remote ??
        new RemoteRepository({
            registry: inputs.registry,
            repository: a.repository,
            plainHttp: inputs.plainHttp,
            credentials: inputs.password ? { username: inputs.username, password: inputs.password } : undefined,
            onRequest: (method, url, status) => io.debug(`${method} ${(0,log/* untrusted */.b)(url)} -> ${status}`),
        });
    await remote.checkPushAccess();
    await checkImmutableTags(remote, a.tags, packaged.manifestDigest, inputs.overwriteTags);
    // Sign before anything is pushed: a signing failure must not leave an unsigned artifact or tag behind.
    const subject = (0,package_manifest/* manifestDescriptor */.Dt)(packaged);
    let bundleBytes;
    let bundlePath;
    if (a.signing && a.signing.mode !== 'none') {
        const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 4467));
        const statement = sign.buildProvenance({
            env: a.env,
            registry: inputs.registry,
            repository: a.repository,
            manifestDigest: packaged.manifestDigest,
            moduleName: a.moduleName,
            moduleDigest: packaged.blobs.find((b) => b.path)?.descriptor.digest ?? '',
        });
        const signed = await sign.signStatement(a.signing, statement);
        bundleBytes = signed.bundleBytes;
        const dir = (0,external_node_path_.join)(a.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wasm-oci');
        await (0,promises_.mkdir)(dir, { recursive: true });
        bundlePath = (0,external_node_path_.join)(dir, `provenance-${(0,oci_digest/* digestHex */.s)(packaged.manifestDigest).slice(0, 16)}.sigstore.json`);
        await (0,promises_.writeFile)(bundlePath, bundleBytes);
        io.info(`Signed provenance (${a.signing.mode}); bundle at ${bundlePath}`);
    }
    // Blobs first (in parallel), each HEADed before upload.
    const blobs = {};
    await Promise.all(packaged.blobs.map(async (b) => {
        const how = await remote.pushBlob({ descriptor: b.descriptor, bytes: b.bytes, path: b.path }, { mountFrom: a.mountFrom?.(b.descriptor.digest) });
        blobs[b.descriptor.digest] = how;
        io.info(`${how === 'exists' ? 'Exists  ' : how === 'mounted' ? 'Mounted ' : 'Uploaded'} ${b.descriptor.digest} (${b.descriptor.size} bytes)`);
    }));
    // The manifest by digest (untagged): the attestation can name it before any tag points at it.
    await remote.pushManifest(packaged.manifestDigest, packaged.manifestBytes, packaged.mediaType);
    io.info(`Manifest ${packaged.manifestDigest}`);
    let attestationDigest;
    if (bundleBytes) {
        const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 4467));
        const attached = await sign.attachBundle(remote, subject, bundleBytes, a.gh.created);
        attestationDigest = attached.referrerDigest;
        io.info(`Attestation ${attestationDigest}${attached.indexTag ? ` (referrers tag ${attached.indexTag})` : ''}`);
    }
    // Tags last: one PUT of the same bytes per tag.
    for (const tag of a.tags) {
        await remote.pushManifest(tag, packaged.manifestBytes, packaged.mediaType);
        io.info(`Tagged ${(0,log/* untrusted */.b)(tag)}`);
    }
    return { signingMode: a.signing?.mode ?? 'none', attestationDigest, bundlePath, blobs };
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
/** Escape for a table cell: newlines become `<br>` so the HTML block never contains a blank line. */
function cell(text) {
    return escapeHtml(text).replace(/\r?\n/g, '<br>');
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
function table(rows) {
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
        ['Format', cell(s.format)],
        ['ABI', s.abi && s.abi.length ? s.abi.map(code).join(' ') : '<em>none</em>'],
        [s.pushed ? 'Tags' : 'Tags (planned)', tagList],
        ['Pushed', cell(s.pushed ? 'yes' : s.pullRequest ? 'no: validated, not pushed' : 'no')],
    ];
    if (s.pushReason)
        rows.push(['Why', prose(s.pushReason)]);
    out.push(table(rows));
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
        out.push(table(sr));
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
    if (s.tags.length)
        cmds.push(`crane digest ${ref}:${s.tags[0]}   # prints ${s.manifestDigest}`);
    cmds.push(`crane manifest ${pinned}`);
    cmds.push(`skopeo inspect --raw docker://${pinned}`);
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
    });
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The pipeline, stage by stage, as the README describes it:
 *   inputs -> plan (tags, push decision, signing) -> validate -> package (OCI layout) -> check consumers
 *   -> [push: access check, immutable tags, sign, blobs, manifest, attestation, tags] -> report.
 * A refusal at any stage throws before anything reaches the registry; tags are written last.
 */


















async function run(inputs, env = process.env, io = actionsIo()) {
    // Secrets first: nothing below may print them.
    for (const secret of (0,context/* secretValues */.VX)(inputs))
        io.setSecret(secret);
    // 1. Plan: what this run will publish, and whether it pushes and signs.
    const plan = await io.group('Plan', async () => {
        const gh = readGitHubContext(env);
        const repository = (0,src_tags/* sanitizeRepository */.kA)(inputs.repository, 'repository');
        const tags = (0,src_tags/* computeTags */.$o)(gh, inputs.tags);
        // GHCR always needs credentials to push; other registries (a local one) may take anonymous pushes.
        const decision = decidePush(gh, inputs.push, inputs.password, {
            allowAnonymous: inputs.registry !== 'ghcr.io',
        });
        for (const n of decision.notices)
            io.notice(n);
        io.info(`Target: ${(0,log/* untrusted */.b)(`${inputs.registry}/${repository}`)}`);
        io.info(`Tags: ${tags.tags.map((t) => (0,log/* untrusted */.b)(t)).join(', ') || '(none)'}`);
        io.info(`Push: ${decision.push} (${decision.reason})`);
        return {
            gh,
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
    // Blob cache (only when pushing: it serves uploads and mounts): restore before the store is filled.
    const cache = plan.push && inputs.cache
        ? await restoreCache(io, inputs, layout, format, report.digest, runtimeConfig)
        : undefined;
    // 3. Package into the OCI layout (always written, dry run or not).
    const packaged = await io.group('Package', async () => {
        const annotations = (0,src_annotations/* buildAnnotations */.P)(plan.gh, plan.tags.version, inputs.annotations);
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
            created: plan.gh.created,
            layoutBlobDir: layout.blobDir,
        });
        for (const b of p.blobs)
            if (b.bytes)
                await layout.writeBlob(b.bytes, b.descriptor.digest);
        await layout.writeBlob(p.manifestBytes, p.manifestDigest);
        await layout.tag((0,package_manifest/* manifestDescriptor */.Dt)(p), plan.tags.tags);
        io.info(`Format: ${format}; manifest ${p.manifestDigest} (${p.manifestBytes.length} bytes)`);
        io.info(`OCI layout: ${layout.dir}`);
        return p;
    });
    // 4. Which consumers accept this artifact; refuse before pushing if a required one would not.
    const configBlob = packaged.blobs.find((b) => b.descriptor.digest === packaged.manifest.config.digest)?.bytes;
    const consumers = checkConsumers(packaged.manifest, configBlob ? JSON.parse(configBlob.toString()) : undefined);
    requireConsumers(consumers, inputs.requireConsumers);
    // 5. Push (blobs, manifest, attestation, then tags), or report what would be pushed. The module's copy into the layout
    // runs beside the upload (both read it from the page cache): a large module's push does not wait on disk writes.
    const imported = layout.importFile((0,external_node_path_.resolve)(report.path), report.digest, report.size);
    let published;
    if (!plan.push)
        await imported;
    else {
        const pushing = io.group('Push', () => publish({
            io,
            inputs,
            env,
            gh: plan.gh,
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
    await report_(io, inputs, plan.gh, packaged, result, {
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
    io.info(`Module ${(0,log/* untrusted */.b)(report.fileName)}: ${report.size} bytes, ${report.kind}, ${report.digest}`);
    io.info(`Exports: ${(0,log/* untrusted */.b)(report.exports.map((e) => e.name).join(', '), 2000)}`);
    if (report.notValidatedReason === 'too-large') {
        io.notice(`${(0,log/* untrusted */.b)(report.fileName)} is larger than the in-memory validation limit: its structure was checked while streaming, ` +
            'but WebAssembly.validate was not run on it.');
    }
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
        const mod = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(691), __webpack_require__.e(89)]).then(__webpack_require__.bind(__webpack_require__, 6089));
        const restored = await mod.restoreBlobCache({
            format,
            moduleDigest,
            inputs: { runtimeConfig: runtimeConfig ?? null, annotations: inputs.annotations },
            layoutDir: layout.dir,
        });
        io.info(`Blob cache: ${restored.outcome}${restored.matchedKey ? ` (${(0,log/* untrusted */.b)(restored.matchedKey)})` : ''}`);
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
        io.info(`  ${(0,log/* untrusted */.b)(t)}`);
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
            io.warning(`Could not write the job summary: ${(0,log/* untrusted */.b)(String(e))}`);
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

/***/ 3486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dc: () => (/* binding */ serializeRuntimeConfig),
/* harmony export */   pz: () => (/* binding */ resolveRuntimeConfig)
/* harmony export */ });
/* unused harmony export readRuntimeConfigFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5625);
/* harmony import */ var _wasm_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4880);
/**
 * Runtime config (`runtime-config.json`, Solo spec §1.1): read a wasme-style file, combine it with the action inputs
 * and the module, and serialise it canonically (as wasme's gogo jsonpb writes it).
 */




const MAX_CONFIG_BYTES = 1024 * 1024;
const TITLE = 'Invalid runtime config';
const FIX_SHAPE = 'Use the wasme runtime config shape: {"type": "envoy_proxy", "abiVersions": ["v0.2.1"], "config": {"rootIds": ["my_root_id"]}}.';
async function readRuntimeConfigFile(path) {
    const label = (0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(path);
    let text;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (st.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`runtime config ${label} is a directory, not a JSON file`, FIX_SHAPE, TITLE, path);
        if (st.size > MAX_CONFIG_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`runtime config ${label} is ${st.size} bytes; a runtime config is a small JSON file (limit ${MAX_CONFIG_BYTES} bytes)`, 'Point runtime-config at the runtime-config.json file, not at the module or another large file.', TITLE, path);
        }
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y)
            throw e;
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(code === 'ENOENT'
            ? `runtime config file ${label} does not exist`
            : `runtime config file ${label} could not be read (${code ?? 'error'})`, 'Check the runtime-config input path (relative paths are resolved from the workspace).', 'Runtime config not found', path);
    }
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`runtime config ${label} is not valid JSON: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(e.message)}`, FIX_SHAPE, TITLE, path);
    }
    if (!isObject(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`runtime config ${label} must be a JSON object`, FIX_SHAPE, TITLE, path);
    const bad = (key, what) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`runtime config ${label}: key ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(key)} ${what}`, FIX_SHAPE, TITLE, path);
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
    const fileLabel = path ? `runtime config ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(path)}` : '';
    const inType = inputs.runtimeType?.trim() || undefined;
    const inAbis = cleanList(inputs.abiVersions);
    const inRoots = cleanList(inputs.rootIds);
    const conflict = (input, key, a, b) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the ${input} input (${a}) contradicts ${key} in ${fileLabel} (${b})`, `Set ${input} or ${key} in the file, not both (or give them the same value).`, 'Conflicting runtime config', path);
    const listText = (l) => (l.length ? l.map((x) => (0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(x)).join(',') : 'empty');
    let type = inType ?? file.type;
    if (inType !== undefined && file.type !== undefined && inType !== file.type) {
        throw conflict('runtime-type', '"type"', (0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(inType), (0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(file.type));
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
        if ((0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .hasProxyWasmMarker */ .ZJ)(report))
            type = 'envoy_proxy';
        else if (format === 'solo') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('the runtime-type input is required for format solo: the module exports no proxy_abi_version_* marker, ' +
                'so the runtime type cannot be derived from it', 'Set runtime-type (envoy_proxy for Envoy/Istio proxy-wasm filters), or set "type" in the runtime-config file, ' +
                'or use format cncf for modules that are not proxy-wasm plugins.', 'Missing runtime type');
        }
        else
            type = '';
    }
    if (abiVersions === undefined)
        abiVersions = (0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .abiVersionsFromExports */ .pD)(report);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`runtime config ${label} gives both ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(sources[0].key)} and ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(s.key)} with different values`, 'Keep only one of them (abiVersions / config.rootIds are the canonical names).', TITLE, path);
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
    const f = (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .b)(fileLabel);
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
