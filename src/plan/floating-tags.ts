/**
 * Floating tags that only move forward (issue 14). A release pushes its own tag (`1.9.1`) always; each floating tag
 * (`1.9`, `1`, `latest`) moves to it only when it is the highest release in the tag's range among the tags the
 * repository already has:
 *   - minor (`1.9`): the highest `1.9.x` release;  major (`1`): the highest `1.x.y`;  latest: the highest overall.
 *   - A pre-release (`2.0.0-rc.1`) never moves a floating tag.
 *   - Existing tags are read as semantic versions: `v1.10.0` and `1.10.0` are both version 1.10.0 (a repository may
 *     have been published by tools that keep the git tag's `v`); tags that are not a full semver (`latest`, `1`, `1.9`,
 *     `sha-…`, `pr-4`, `main`) are ignored; existing pre-releases never hold a floating tag back.
 *   - An empty list (the repository does not exist yet) moves every floating tag.
 *   - Re-releasing the highest version (its tag already exists) moves the floating tags again: the plan is the same on
 *     every run (idempotent).
 * Pure: the caller reads the tag list from the registry and pushes the planned tags. Reasons contain only the version
 * and registry tags that parsed as semver, whose characters are `[0-9A-Za-z.+-]`.
 */
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { sanitiseTag } from '../tags.js';
import { compareSemver, parseSemver, type SemVer } from './semver.js';

export type FloatingKind = 'minor' | 'major' | 'latest';

/** The order tags.ts gives them: `1.2`, `1`, `latest`. */
const KIND_ORDER: readonly FloatingKind[] = ['minor', 'major', 'latest'];

export interface FloatingTagOptions {
  /** the release being published, `v1.9.1` or `1.9.1` */
  version: string;
  /** every tag the registry repository has now (all pages); empty when the repository does not exist yet */
  existingTags: readonly string[];
  /** which floating tags this release may move; default all three */
  floating?: readonly FloatingKind[];
  /** give `0.x.y` releases a bare `0` tag (as tags.ts's `majorZero`); without it major 0 has no major tag */
  majorZero?: boolean;
}

export interface FloatingDecision {
  /** the floating tag, e.g. `1.9`, `1`, `latest` */
  tag: string;
  kind: FloatingKind;
  action: 'move' | 'keep';
  /** one sentence, e.g. `1.9.1 is not the highest 1.x: 1.10.0 exists` */
  reason: string;
  /** the highest existing release in the tag's range, as the registry spells it (`v1.10.0` or `1.10.0`) */
  highest?: string;
}

export interface FloatingPlan {
  /** the version without `v` (`1.9.1`, `2.0.0-rc.1`) */
  version: string;
  /** the release's own tag, always pushed (`+build` becomes `-build` as in tags.ts) */
  releaseTag: string;
  prerelease: boolean;
  decisions: FloatingDecision[];
  /** tags to push: the release tag, then the floating tags that move */
  push: string[];
  /** floating tags left where they are */
  keep: string[];
  /** existing tags that counted as releases (full semver, no pre-release) */
  releasesSeen: number;
}

interface Existing {
  tag: string;
  sv: SemVer;
}

/** Existing release tags, parsed; ties (`v1.2.3` and `1.2.3`) resolved to a stable spelling later. */
function existingReleases(tags: readonly string[]): Existing[] {
  const out: Existing[] = [];
  for (const tag of tags) {
    const sv = parseSemver(tag);
    if (sv && sv.prerelease === undefined) out.push({ tag, sv });
  }
  return out;
}

/** The highest release, by precedence; among equal versions the lexicographically first spelling (deterministic). */
function highest(list: Existing[]): Existing | undefined {
  let best: Existing | undefined;
  for (const e of list) {
    const c = best ? compareSemver(e.sv, best.sv) : 1;
    if (c > 0 || (c === 0 && best && e.tag < best.tag)) best = e;
  }
  return best;
}

function floatingName(kind: FloatingKind, sv: SemVer): string {
  return kind === 'minor' ? `${sv.major}.${sv.minor}` : kind === 'major' ? sv.major : 'latest';
}

function rangeLabel(kind: FloatingKind, sv: SemVer): string {
  return kind === 'minor' ? `${sv.major}.${sv.minor}.x` : kind === 'major' ? `${sv.major}.x` : 'release';
}

function inRange(kind: FloatingKind, sv: SemVer, e: Existing): boolean {
  if (kind === 'latest') return true;
  if (e.sv.major !== sv.major) return false;
  return kind === 'major' || e.sv.minor === sv.minor;
}

function decide(kind: FloatingKind, sv: SemVer, releases: Existing[]): FloatingDecision {
  const tag = floatingName(kind, sv);
  const range = rangeLabel(kind, sv);
  const v = sv.version;
  const top = highest(releases.filter((e) => inRange(kind, sv, e)));
  if (!top) {
    const none = kind === 'latest' ? 'the repository has no release yet' : `no ${range} release exists yet`;
    return { tag, kind, action: 'move', reason: `${tag} moves to ${v}: ${none}` };
  }
  const c = compareSemver(sv, top.sv);
  const highestTag = top.tag;
  if (c > 0) {
    const what = kind === 'latest' ? 'the highest release' : `the highest ${range}`;
    return {
      tag,
      kind,
      action: 'move',
      reason: `${tag} moves to ${v}: it is ${what} (above ${highestTag})`,
      highest: highestTag,
    };
  }
  if (c === 0) {
    const what = kind === 'latest' ? 'the highest release' : `the highest ${range}`;
    return {
      tag,
      kind,
      action: 'move',
      reason: `${tag} moves to ${v}: re-release of ${what} (${highestTag} exists)`,
      highest: highestTag,
    };
  }
  const reason =
    kind === 'latest'
      ? `latest stays on ${highestTag}: ${v} is not the highest release`
      : `${tag} stays: ${v} is not the highest ${range}: ${highestTag} exists`;
  return { tag, kind, action: 'keep', reason, highest: highestTag };
}

function kindsOf(opts: FloatingTagOptions, sv: SemVer): FloatingKind[] {
  const wanted = new Set(opts.floating ?? KIND_ORDER);
  return KIND_ORDER.filter((k) => wanted.has(k) && (k !== 'major' || sv.major !== '0' || opts.majorZero));
}

/**
 * Plan the release tag and the floating tags for `version` against the tags the repository has.
 * UserError when `version` is not a semantic version.
 */
export function planFloatingTags(opts: FloatingTagOptions): FloatingPlan {
  const sv = parseSemver(opts.version.trim());
  if (!sv) {
    throw new UserError(
      `The release version ${q(opts.version, 140)} is not a semantic version, so no floating tag can be planned.`,
      'Release from a git tag like `v1.2.3` or `1.2.3` (optionally `-rc.1` / `+build.5`, see semver.org).',
      'Invalid version',
    );
  }
  const releaseTag = sanitiseTag(sv.version, 'the version');
  const releases = existingReleases(opts.existingTags);
  const prerelease = sv.prerelease !== undefined;
  const decisions = kindsOf(opts, sv).map((kind): FloatingDecision => {
    if (!prerelease) return decide(kind, sv, releases);
    const tag = floatingName(kind, sv);
    return { tag, kind, action: 'keep', reason: `${tag} stays: ${sv.version} is a pre-release` };
  });
  const moved = decisions.filter((d) => d.action === 'move').map((d) => d.tag);
  return {
    version: sv.version,
    releaseTag,
    prerelease,
    decisions,
    push: [releaseTag, ...moved.filter((t) => t !== releaseTag)],
    keep: decisions.filter((d) => d.action === 'keep').map((d) => d.tag),
    releasesSeen: releases.length,
  };
}
