/**
 * Whether this run pushes, and why. Pure: a function of the event context and the inputs.
 */
import { UserError } from './errors.js';
import type { EventContext } from './github-context.js';
import { q } from './log.js';

export type PushInput = 'auto' | 'true' | 'false';

export interface PushDecision {
  push: boolean;
  /** one sentence for the log and the job summary */
  reason: string;
  /** `::notice` lines: what was skipped and why (fork pull requests, pull_request_target) */
  notices: string[];
}

export interface PushDecisionOptions {
  /**
   * The registry accepts pushes without credentials (e.g. a local registry used with `plain-http`): an empty
   * password is then not an error.
   */
  allowAnonymous?: boolean;
}

/** Parse the `push` input: `auto` (default when empty), `true`, `false` (case-insensitive). */
export function parsePushInput(value: string | undefined): PushInput {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return 'auto';
  if (v === 'auto' || v === 'true' || v === 'false') return v;
  throw new UserError(
    `Input \`push\` must be \`auto\`, \`true\` or \`false\`, got ${q(value ?? '', 60)}.`,
    'Use `push: auto` (push except on pull requests), `push: true` or `push: false`.',
    'Invalid input',
  );
}

const FORK_SKIPPED =
  'GitHub gives pull requests from forks no secrets and no OIDC token, so registry login, push and signing were ' +
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
export function decidePush(
  ctx: EventContext,
  pushInput: PushInput | string,
  password: string | undefined,
  opts: PushDecisionOptions = {},
): PushDecision {
  const mode = parsePushInput(pushInput);
  const notices: string[] = [];
  const isPrEvent =
    ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target' || ctx.isPullRequest;
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
    if (forkPr && ctx.eventName !== 'pull_request_target') notices.push(`Fork ${prLabel}: ${FORK_SKIPPED}`);
    return {
      push: false,
      reason: `Validated, not pushed: \`push: auto\` does not push on \`${ctx.eventName || 'pull_request'}\` events.`,
      notices,
    };
  }

  if (mode === 'true' && forkPr && ctx.eventName !== 'pull_request_target' && !opts.allowAnonymous) {
    notices.push(
      `Fork ${prLabel}: \`push: true\` was requested, but this run has no registry credentials. ${FORK_SKIPPED} ` +
        'Use `push: auto` to skip pushing on pull requests without this notice.',
    );
    return {
      push: false,
      reason: `Validated, not pushed: fork ${prLabel} has no registry credentials.`,
      notices,
    };
  }

  if (noPassword && !opts.allowAnonymous) {
    throw new UserError(
      `Pushing was requested (\`push: ${mode}\` on a \`${ctx.eventName || 'local'}\` run) but the \`password\` input is empty.`,
      'Pass a registry token, e.g. `password: ${{ secrets.GITHUB_TOKEN }}` with `permissions: packages: write` ' +
        'for GHCR, or set `push: false` to validate and package only.',
      'Registry credentials required',
    );
  }

  if (forkPr && ctx.eventName === 'pull_request_target') {
    notices.push(
      `Pushing for fork ${prLabel} from \`pull_request_target\`, which runs with the base repository's secrets: ` +
        'make sure the module was not built from the fork’s untrusted code with those credentials in reach.',
    );
  }
  const why =
    mode === 'true'
      ? 'input `push` is true'
      : `\`push: auto\` pushes on \`${ctx.eventName || 'local'}\` runs`;
  return { push: true, reason: `Push: ${why}.`, notices };
}
