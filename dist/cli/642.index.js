export const id = 642;
export const ids = [642];
export const modules = {

/***/ 34642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
;// CONCATENATED MODULE: ./src/annotations.ts
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
function annotations_parseAnnotationsInput(text, inputName = 'annotations') {
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
            throw new UserError(`Input \`${inputName}\` line ${i + 1} (${q(line, 120)}) is not \`key=value\` with a valid key.`, 'Write one annotation per line as `key=value`, e.g. `org.opencontainers.image.vendor=Acme`; keys use ' +
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
    set(media_types/* Annotation */.YH.source, ctx.repoUrl);
    set(media_types/* Annotation */.YH.url, ctx.repoUrl);
    set(media_types/* Annotation */.YH.revision, ctx.sha);
    set(media_types/* Annotation */.YH.version, version);
    set(media_types/* Annotation */.YH.created, ctx.created);
    set(media_types/* Annotation */.YH.title, ctx.repoName);
    set(media_types/* Annotation */.YH.description, ctx.repoDescription);
    set(media_types/* Annotation */.YH.licenses, ctx.repoLicense);
    for (const [k, v] of Object.entries(user)) {
        if (v === '')
            delete a[k];
        else
            a[k] = v;
    }
    return sortedRecord(a);
}

// EXTERNAL MODULE: ./src/tags.ts
var src_tags = __webpack_require__(9506);
// EXTERNAL MODULE: ./src/registry/host.ts
var host = __webpack_require__(80637);
;// CONCATENATED MODULE: ./src/context.ts







/** `core.getInput` semantics without loading @actions/core: `INPUT_<NAME>` (spaces to `_`, upper-cased), trimmed. */
function getInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A list input: newlines or commas separate entries; blank entries and `#` comment lines dropped. */
const parseList = (/* unused pure expression or super */ null && (parseTagsInput));
function parseBool(env, name, dflt) {
    const v = getInput(env, name);
    if (v === '')
        return dflt;
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    throw new UserError(`The ${name} input must be true or false, got ${q(v, 40)}.`, `Set ${name}: 'true' or ${name}: 'false'.`, 'Invalid input');
}
function parseChoice(env, name, choices, dflt) {
    const v = getInput(env, name) || dflt;
    if (choices.includes(v))
        return v;
    throw new UserError(`The ${name} input must be one of ${choices.join(', ')}; got ${q(v, 40)}.`, `Set ${name} to one of: ${choices.join(', ')}.`, 'Invalid input');
}
const FORMATS = (/* unused pure expression or super */ null && (['solo', 'compat', 'cncf', 'auto']));
/** Read every input from the runner's environment into one typed object. Refuses bad values with a UserError. */
function getInputs(env = process.env) {
    // First: a password in the registry address is masked before anything (even a refusal) is printed.
    const registry = normaliseRegistry(getInput(env, 'registry') || 'ghcr.io');
    const module = getInput(env, 'module');
    if (!module) {
        throw new UserError('Input required and not supplied: module.', 'Set `module:` to the path of your .wasm file, e.g. `module: target/wasm32-wasip1/release/filter.wasm`.', 'Missing input');
    }
    const optList = (name) => {
        const v = getInput(env, name);
        return v ? parseList(v) : undefined;
    };
    const runnerTemp = env.RUNNER_TEMP || tmpdir();
    return {
        module,
        format: parseChoice(env, 'format', FORMATS, 'solo'),
        runtimeType: getInput(env, 'runtime-type') || undefined,
        abiVersions: optList('abi-versions'),
        rootIds: optList('root-ids'),
        runtimeConfig: getInput(env, 'runtime-config') || undefined,
        registry: registry.registry,
        repository: getInput(env, 'repository') || env.GITHUB_REPOSITORY || '',
        tags: parseTagsInput(getInput(env, 'tags')),
        username: getInput(env, 'username') || env.GITHUB_ACTOR || '',
        password: getInput(env, 'password') || (registry.registry === 'ghcr.io' ? getInput(env, 'github-token') : ''),
        push: parseChoice(env, 'push', ['auto', 'true', 'false'], 'auto'),
        plainHttp: parseBool(env, 'plain-http', false),
        annotations: parseAnnotationsInput(getInput(env, 'annotations')),
        ociLayout: getInput(env, 'oci-layout') || join(runnerTemp, 'wasm-oci', 'layout'),
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

// EXTERNAL MODULE: ./src/io.ts + 1 modules
var src_io = __webpack_require__(42299);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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

// EXTERNAL MODULE: ./src/wasm/inspect.ts + 17 modules
var inspect = __webpack_require__(97853);
// EXTERNAL MODULE: ./src/wasm/features.ts
var features = __webpack_require__(29497);
// EXTERNAL MODULE: ./src/wasm/validate.ts
var validate = __webpack_require__(64880);
// EXTERNAL MODULE: ./src/runtime-config.ts
var runtime_config = __webpack_require__(93486);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/read-file.ts
var read_file = __webpack_require__(89834);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
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
var package_manifest = __webpack_require__(81459);
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

// EXTERNAL MODULE: ./src/wasm/leb128.ts
var leb128 = __webpack_require__(73066);
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
class Reader extends leb128/* Cursor */.b {
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
            return (await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(765)]).then(__webpack_require__.bind(__webpack_require__, 12765))).packageCompat(input);
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

// EXTERNAL MODULE: ./src/report/consumers.ts
var report_consumers = __webpack_require__(57031);
;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary (pure): HTML that GitHub renders in the run page. Every value is HTML-escaped; secrets never
 * appear (inputs are filtered by name). The caller writes it only when `summary` is true and GITHUB_STEP_SUMMARY exists.
 *
 * Everything is emitted as HTML blocks without blank lines inside tables, so Markdown never re-interprets a value.
 */

/** Input names whose values (and presence) never reach the summary. */
const summary_SECRET_INPUTS = new Set(['password', 'signing-key', 'signing-key-password', 'github-token', 'token']);
const SECRET_NAME_RE = /(password|passphrase|secret|token|private|credential|signing-key)/i;
function isSecretInput(name) {
    return summary_SECRET_INPUTS.has(name.toLowerCase()) || SECRET_NAME_RE.test(name);
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
    out.push(table(rows));
    const featureWarning = s.moduleFeatures && (0,features/* featureNote */.PX)(s.moduleFeatures);
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


















async function run(inputs, env = process.env, io = (0,src_io/* actionsIo */.q)()) {
    // Secrets first: nothing below may print them.
    for (const secret of secretValues(inputs))
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
        const annotations = buildAnnotations(gh, plan.tags.version, inputs.annotations);
        const p = await packageArtifact(format, {
            module: {
                path: (0,external_node_path_.resolve)(report.path),
                fileName: report.fileName,
                digest: report.digest,
                size: report.size,
                kind: report.kind,
            },
            runtimeConfig,
            runtimeConfigBytes: runtimeConfig ? (0,runtime_config/* serializeRuntimeConfig */.d)(runtimeConfig) : undefined,
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
    const consumers = (0,report_consumers/* checkConsumers */.cp)(packaged.manifest, configBlob ? JSON.parse(configBlob.toString()) : undefined);
    (0,report_consumers/* requireConsumers */.VE)(consumers, inputs.requireConsumers);
    // 5. Push (blobs, manifest, attestation, then tags), or report what would be pushed. Blobs are uploaded from the
    // user's file; its copy into the layout (an in-kernel copy from the page cache) runs beside the push, not ahead of it:
    // measured at 64 MiB, copying after the upload made the run 0.1–0.3 s slower than copying beside the push.
    let published;
    if (!plan.push)
        await layout.importFile((0,external_node_path_.resolve)(report.path), report.digest, report.size);
    else {
        // Loaded only when pushing: the HTTP/TLS stack is not part of a dry run's start-up.
        const { publish } = await Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(585)]).then(__webpack_require__.bind(__webpack_require__, 91585));
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
        const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 34467));
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
    const report = await (0,inspect/* inspectModule */.D)(inputs.module);
    io.info(`Module ${(0,log/* untrusted */.bp)(report.fileName)}: ${report.size} bytes, ${report.kind}, ${report.digest}`);
    io.info(`Exports: ${(0,log/* untrusted */.bp)(report.exports.map((e) => e.name).join(', '), 2000)}`);
    io.info(`Proposals used: ${report.features.length ? report.features.join(', ') : 'none (WebAssembly 1.0)'}`);
    const featureWarning = (0,features/* featureNote */.PX)(report.features);
    if (featureWarning)
        io.notice(`${(0,log/* untrusted */.bp)(report.fileName)} ${featureWarning}`, { title: 'WebAssembly proposals' });
    const format = chooseFormat(inputs.format, report, inputs);
    const needsConfig = format !== 'cncf';
    const runtimeConfig = needsConfig
        ? await (0,runtime_config/* resolveRuntimeConfig */.p)({
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
        const mod = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(691), __webpack_require__.e(910)]).then(__webpack_require__.bind(__webpack_require__, 88910));
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

/***/ 81459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ manifestDescriptor),
/* harmony export */   af: () => (/* binding */ finishPackage),
/* harmony export */   sk: () => (/* binding */ sortedAnnotations)
/* harmony export */ });
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);

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


/***/ }),

/***/ 93486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ serializeRuntimeConfig),
/* harmony export */   p: () => (/* binding */ resolveRuntimeConfig),
/* harmony export */   readRuntimeConfigFile: () => (/* binding */ readRuntimeConfigFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25625);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89834);
/* harmony import */ var _wasm_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64880);
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

/***/ 9506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ computeTags),
/* harmony export */   KH: () => (/* binding */ isReleaseTag),
/* harmony export */   kA: () => (/* binding */ sanitizeRepository)
/* harmony export */ });
/* unused harmony exports parseSemver, sanitiseTag, normaliseRepository, parseTagsInput, planTags */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25625);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3048);
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


/***/ })

};
