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
import { UserError } from './errors.js';
import type { EventContext } from './github-context.js';
import { q } from './log.js';
import { REPOSITORY_RE, TAG_RE } from './oci/types.js';

export type TagKind = 'semver' | 'semver-floating' | 'latest' | 'edge' | 'ref' | 'sha' | 'custom';

export interface PlannedTag {
  name: string;
  kind: TagKind;
  /** metadata-action priorities: semver 900, edge 700, ref 600, custom 200, latest/sha 100 */
  priority: number;
  /** a release tag (full semver) that must not be moved to another digest (see immutable-tags.ts) */
  immutable: boolean;
}

export interface TagPlan {
  /** tag names, highest priority first, unique */
  tags: string[];
  /** the same tags with kind, priority and immutability */
  planned: PlannedTag[];
  /** the highest-priority tag (the `org.opencontainers.image.version` annotation); '' when there are no tags */
  version: string;
  /** the parsed release version on a semver tag push */
  semver?: SemVer;
  /** entries that were skipped (e.g. `{{major}}` on a branch push), for notices */
  skipped: string[];
}

export interface SemVer {
  /** without a leading `v`, e.g. `2.0.0-rc.1` */
  version: string;
  major: string;
  minor: string;
  patch: string;
  prerelease?: string;
  build?: string;
}

export interface TagOptions {
  /** the `tags` input as entries; empty or undefined = defaults */
  tags?: string[];
  /** give `0.x.y` releases a bare `0` tag too */
  majorZero?: boolean;
  /** input name for error messages */
  inputName?: string;
}

/** semver.org grammar, with an optional leading `v`. */
const SEMVER_RE =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Parse a strict semantic version (`v1.2.3`, `1.2.3-rc.1+build.5`); undefined when it is not one. */
export function parseSemver(text: string): SemVer | undefined {
  const m = SEMVER_RE.exec(text);
  if (!m) return undefined;
  const [, major, minor, patch, prerelease, build] = m;
  return { version: text.replace(/^v/, ''), major, minor, patch, prerelease, build };
}

/** True for a tag that names one release: a full semver (`1.2.3`, `v1.2.3`, `2.0.0-rc.1`, `1.2.3-build.4`). */
export function isReleaseTag(tag: string): boolean {
  // `+build` metadata is sanitised to `-build`, which is still a (pre-release) semver.
  return SEMVER_RE.test(tag);
}

/**
 * Reduce a ref-derived value to tag characters the way metadata-action does: `/` and anything outside
 * `[A-Za-z0-9_.-]` become `-`. The result must be a valid OCI tag (≤128 characters, not starting with `.` or `-`),
 * else UserError naming `source`.
 */
export function sanitiseTag(value: string, source: string): string {
  const s = value.replace(/[^A-Za-z0-9_.-]/g, '-');
  if (!TAG_RE.test(s)) {
    const why =
      s === ''
        ? 'it is empty'
        : s.length > 128
          ? `it is ${s.length} characters long (at most 128 allowed)`
          : 'a tag must start with a letter, digit or underscore';
    throw new UserError(
      `Cannot make an OCI tag from ${source} ${q(value, 140)}: ${why}.`,
      'Give the tags explicitly with the `tags` input (e.g. `sha-{{sha}}`), using only A-Z a-z 0-9 _ . - (max 128).',
      'Invalid tag',
    );
  }
  return s;
}

/** OCI repository grammar (lowercase path components). */

/**
 * Lowercase a repository name (`Acme-Org/Filters` -> `acme-org/filters`) and check it against the OCI grammar.
 * UserError naming the input when it is still invalid (e.g. spaces, `ghcr.io/` prefix in the wrong input).
 */
export function normaliseRepository(value: string, inputName = 'repository'): string {
  const s = value.trim().toLowerCase();
  if (!REPOSITORY_RE.test(s) || s.length > 255) {
    throw new UserError(
      `Input \`${inputName}\` is not a valid OCI repository name: ${q(value, 260)}.`,
      'Use lowercase path components of a-z 0-9 separated by `.`, `_`, `__` or `-`, joined by `/` ' +
        '(e.g. `acme-org/filters`); put the registry host in the `registry` input, not here.',
      'Invalid repository',
    );
  }
  return s;
}

/** Split a list input: one entry per line or comma-separated; `#` starts a comment line; blanks dropped. */
export function parseTagsInput(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .filter((l) => !l.trim().startsWith('#'))
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function shortSha(ctx: EventContext): string {
  if (!/^[0-9a-f]{7,64}$/.test(ctx.sha)) {
    throw new UserError(
      `The commit SHA is missing or malformed (${q(ctx.sha, 80)}), so no \`sha-\` tag can be made.`,
      'Run inside GitHub Actions (GITHUB_SHA set), or give the tags explicitly with the `tags` input.',
      'No commit SHA',
    );
  }
  return ctx.sha.slice(0, 7);
}

function semverOf(ctx: EventContext): SemVer | undefined {
  return ctx.refType === 'tag' ? parseSemver(ctx.refName) : undefined;
}

function defaultTags(ctx: EventContext, sv: SemVer | undefined, majorZero: boolean): PlannedTag[] {
  const out: PlannedTag[] = [];
  const add = (name: string, kind: TagKind, priority: number, immutable = false) =>
    out.push({ name, kind, priority, immutable });
  if (ctx.refType === 'tag') {
    if (sv) {
      add(sanitiseTag(sv.version, 'the git tag'), 'semver', 900, true);
      if (!sv.prerelease) {
        add(`${sv.major}.${sv.minor}`, 'semver-floating', 900);
        if (sv.major !== '0' || majorZero) add(sv.major, 'semver-floating', 900);
        add('latest', 'latest', 100);
      }
    } else {
      add(sanitiseTag(ctx.refName, 'the git tag'), 'ref', 600);
    }
  } else if (ctx.refType === 'branch') {
    if (ctx.isDefaultBranch) add('edge', 'edge', 700);
    add(sanitiseTag(ctx.refName, 'the branch name'), 'ref', 600);
  } else if (ctx.refType === 'pull' && ctx.prNumber !== undefined) {
    add(`pr-${ctx.prNumber}`, 'ref', 600);
  }
  add(`sha-${shortSha(ctx)}`, 'sha', 100);
  return out;
}

const PLACEHOLDER_RE = /\{\{\s*([a-z_]+)\s*\}\}/g;

function explicitTags(ctx: EventContext, sv: SemVer | undefined, entries: string[], inputName: string) {
  const tags: PlannedTag[] = [];
  const skipped: string[] = [];
  const branch = ctx.refType === 'branch' ? ctx.refName : undefined;
  for (const entry of entries) {
    let missing: string | undefined;
    const expanded = entry.replace(PLACEHOLDER_RE, (_m, name: string) => {
      let v: string | undefined;
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
          throw new UserError(
            `Input \`${inputName}\` entry ${q(entry)} uses an unknown placeholder {{${name}}}.`,
            'Use one of {{version}}, {{major}}, {{minor}}, {{patch}}, {{sha}}, {{branch}}, {{tag}}, {{pr}}.',
            'Invalid tag',
          );
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
    if (!TAG_RE.test(expanded)) {
      throw new UserError(
        `Input \`${inputName}\` entry ${q(entry, 140)} gives ${q(expanded, 140)}, which is not a valid OCI tag.`,
        'A tag is 1-128 characters of A-Z a-z 0-9 _ . - and must not start with `.` or `-`; give tag names only ' +
          '(no registry, repository or `:`).',
        'Invalid tag',
      );
    }
    const immutable = isReleaseTag(expanded);
    tags.push({ name: expanded, kind: immutable ? 'semver' : 'custom', priority: 200, immutable });
  }
  return { tags, skipped };
}

function describeRef(ctx: EventContext, sv: SemVer | undefined): string {
  if (ctx.refType === 'tag')
    return sv?.prerelease ? 'pre-release tag' : sv ? 'release tag' : 'non-semver tag';
  if (ctx.refType === 'branch') return 'branch push';
  if (ctx.refType === 'pull') return 'pull request';
  return `${ctx.eventName || 'unknown'} event`;
}

/**
 * Plan the tags for this run. Stable order: priority descending, then as generated/listed; duplicates dropped.
 * Throws UserError for an invalid explicit entry, an unusable ref name, or when no tag remains.
 */
export function planTags(ctx: EventContext, opts: TagOptions = {}): TagPlan {
  const inputName = opts.inputName ?? 'tags';
  const sv = semverOf(ctx);
  const entries = (opts.tags ?? []).map((t) => t.trim()).filter((t) => t !== '');
  let planned: PlannedTag[];
  let skipped: string[] = [];
  if (entries.length > 0) {
    ({ tags: planned, skipped } = explicitTags(ctx, sv, entries, inputName));
    if (planned.length === 0) {
      throw new UserError(
        `Every entry of input \`${inputName}\` was skipped for this ${describeRef(ctx, sv)}: ${skipped.join('; ')}.`,
        'Add an entry that always has a value, e.g. `sha-{{sha}}`.',
        'No tags',
      );
    }
  } else {
    planned = defaultTags(ctx, sv, opts.majorZero ?? false);
  }
  const seen = new Set<string>();
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
export function computeTags(
  ctx: EventContext,
  tags?: string[],
  opts: Omit<TagOptions, 'tags'> = {},
): TagPlan {
  return planTags(ctx, { ...opts, tags });
}

/** Alias of `normaliseRepository`. */
export const sanitizeRepository = normaliseRepository;
