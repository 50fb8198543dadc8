/**
 * The GitHub event context, read from the runner's environment and the event payload file (`GITHUB_EVENT_PATH`).
 * `@actions/github` is deliberately not used: it is heavy to load at start-up and we need only a few fields.
 * Everything here is a pure function of `env`, the payload file and (for `created`) the git checkout.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { UserError } from './errors.js';

export type RefType = 'tag' | 'branch' | 'pull' | 'other';

export interface EventContext {
  /** `GITHUB_EVENT_NAME`, e.g. `push`, `pull_request`, `workflow_dispatch` */
  eventName: string;
  /** the ref the run is about; on `pull_request_target` rewritten to `refs/pull/<N>/merge` as metadata-action does */
  ref: string;
  refType: RefType;
  /** tag or branch name without the `refs/...` prefix; `<N>/merge` for pull requests; '' for other refs */
  refName: string;
  /** the commit the artifact is built from: `pull_request.head.sha` on pull requests, else `GITHUB_SHA` */
  sha: string;
  /** `GITHUB_SHA` as given (on pull requests: the synthetic merge commit) */
  githubSha: string;
  prNumber?: number;
  /** a pull request whose head lives in another repository (no secrets, no id-token on `pull_request`) */
  isFork: boolean;
  isPullRequest: boolean;
  isDefaultBranch: boolean;
  defaultBranch?: string;
  /** `owner/name` exactly as given by GitHub (case kept) */
  repository: string;
  serverUrl: string;
  /** `${serverUrl}/${repository}` */
  repoUrl: string;
  actor: string;
  runId: string;
  runAttempt: string;
  workflowRef: string;
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` is set: the job may request an OIDC token (`id-token: write`) */
  hasIdToken: boolean;
  /** from the payload's `repository` object, when present */
  repoName?: string;
  repoDescription?: string;
  /** SPDX id of the repository license (`repository.license.spdx_id`), when present */
  repoLicense?: string;
  /** commit time, `YYYY-MM-DDTHH:MM:SSZ` (UTC); undefined when no source gives one */
  created?: string;
  createdSource?: 'SOURCE_DATE_EPOCH' | 'git' | 'payload';
  /** the parsed event payload ({} when missing or unreadable) */
  payload: Record<string, unknown>;
  /** set when the event file was named but could not be read or parsed */
  payloadError?: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

type Obj = Record<string, unknown>;
function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function at(root: unknown, ...path: string[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    const o = obj(cur);
    if (!o) return undefined;
    cur = o[p];
  }
  return cur;
}

/** Read the event payload; a missing or unreadable file gives `{}` (and an error string for a debug line). */
export function readEventPayload(path: string | undefined): { payload: Obj; error?: string } {
  if (!path) return { payload: {} };
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const o = obj(parsed);
    return o ? { payload: o } : { payload: {}, error: 'event payload is not a JSON object' };
  } catch (e) {
    return { payload: {}, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Normalise any ISO-8601 time (with offset or `Z`) to `YYYY-MM-DDTHH:MM:SSZ` in UTC; undefined if unparsable. */
export function normaliseTime(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim()))
    return undefined;
  const t = Date.parse(text.trim());
  if (Number.isNaN(t)) return undefined;
  return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** `SOURCE_DATE_EPOCH` (integer seconds since the epoch) as `YYYY-MM-DDTHH:MM:SSZ`; UserError when malformed. */
export function timeFromSourceDateEpoch(value: string): string {
  const v = value.trim();
  const n = Number(v);
  if (!/^\d{1,12}$/.test(v) || !Number.isSafeInteger(n) || n > 253402300799) {
    throw new UserError(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got ${JSON.stringify(v.slice(0, 40))}`,
      'Set SOURCE_DATE_EPOCH to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.',
      'Invalid SOURCE_DATE_EPOCH',
    );
  }
  return new Date(n * 1000).toISOString().replace('.000Z', 'Z');
}

/** Commit time from the checkout (`git show -s --format=%cI <sha>`); undefined when git or the commit is unavailable. */
export function commitTimeFromGit(workspace: string | undefined, sha: string): string | undefined {
  if (!workspace || !SHA_RE.test(sha)) return undefined;
  try {
    const out = execFileSync('git', ['-C', workspace, 'show', '-s', '--format=%cI', sha], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10000,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    return normaliseTime(out.trim());
  } catch {
    return undefined;
  }
}

/** `commitTimeFromGit` without blocking: the `git show` child runs while the caller reads and hashes the module. */
export function commitTimeFromGitAsync(
  workspace: string | undefined,
  sha: string,
): Promise<string | undefined> {
  if (!workspace || !SHA_RE.test(sha)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', workspace, 'show', '-s', '--format=%cI', sha],
      { encoding: 'utf8', timeout: 10000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (err, stdout) => resolve(err ? undefined : normaliseTime(stdout.trim())),
    );
  });
}

type CommitTime = { created?: string; createdSource?: EventContext['createdSource'] };

/**
 * Commit time, in order: `SOURCE_DATE_EPOCH`; `git show` in `GITHUB_WORKSPACE`; the push payload's
 * `head_commit.timestamp` (only when it is the same commit). Pull request payloads carry no head commit time.
 * Never the clock: same commit and inputs must give the same manifest digest.
 */
export function resolveCommitTime(env: NodeJS.ProcessEnv, sha: string, payload: Obj): CommitTime {
  const sde = sourceDateEpoch(env);
  if (sde) return sde;
  const fromGit = commitTimeFromGit(env.GITHUB_WORKSPACE, sha);
  if (fromGit) return { created: fromGit, createdSource: 'git' };
  return commitTimeFromPayload(sha, payload);
}

/**
 * `ctx` read with `{ git: false }`, completed as `readGitHubContext` would have: the same order of sources, with
 * `git show` run asynchronously so that it overlaps whatever the caller does meanwhile. Never rejects.
 */
export async function withCommitTime(env: NodeJS.ProcessEnv, ctx: EventContext): Promise<EventContext> {
  if (ctx.createdSource === 'SOURCE_DATE_EPOCH') return ctx;
  const fromGit = await commitTimeFromGitAsync(env.GITHUB_WORKSPACE, ctx.sha);
  if (fromGit) return { ...ctx, created: fromGit, createdSource: 'git' };
  return { ...ctx, ...commitTimeFromPayload(ctx.sha, ctx.payload) };
}

function sourceDateEpoch(env: NodeJS.ProcessEnv): CommitTime | undefined {
  const sde = env.SOURCE_DATE_EPOCH;
  if (sde === undefined || sde.trim() === '') return undefined;
  return { created: timeFromSourceDateEpoch(sde), createdSource: 'SOURCE_DATE_EPOCH' };
}

function commitTimeFromPayload(sha: string, payload: Obj): CommitTime {
  const headId = str(at(payload, 'head_commit', 'id'));
  const ts = str(at(payload, 'head_commit', 'timestamp'));
  if (ts && (!headId || headId === sha)) {
    const t = normaliseTime(ts);
    if (t) return { created: t, createdSource: 'payload' };
  }
  return {};
}

function refTypeOf(ref: string): RefType {
  if (ref.startsWith('refs/tags/')) return 'tag';
  if (ref.startsWith('refs/heads/')) return 'branch';
  if (ref.startsWith('refs/pull/')) return 'pull';
  return 'other';
}

function refNameOf(ref: string): string {
  for (const p of ['refs/tags/', 'refs/heads/', 'refs/pull/'])
    if (ref.startsWith(p)) return ref.slice(p.length);
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
export function readGitHubContext(
  env: NodeJS.ProcessEnv = process.env,
  opts: { git?: boolean } = {},
): EventContext {
  const { payload, error: payloadError } = readEventPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pr = obj(payload.pull_request);
  const isPullRequest = PR_EVENTS.has(eventName) || (eventName === '' && pr !== undefined);

  const prNumberRaw = at(pr, 'number') ?? payload.number;
  const prNumber =
    isPullRequest && typeof prNumberRaw === 'number' && Number.isSafeInteger(prNumberRaw) && prNumberRaw > 0
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
    else if (headName && baseName) isFork = headName.toLowerCase() !== baseName.toLowerCase();
    else isFork = headRepo?.fork === true;
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
