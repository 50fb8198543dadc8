/**
 * Immutable releases: a release tag (full semver, e.g. `1.2.3`, `2.0.0-rc.1`) that already points at another
 * digest in the registry is never moved unless `overwrite-tags: true`. Re-publishing the same digest is fine.
 * Floating tags (`latest`, `1`, `1.2`, `edge`, branch names, `sha-…`, `pr-…`) always move.
 */
import { UserError } from './errors.js';
import { q } from './log.js';
import type { Remote } from './registry/types.js';
import { isReleaseTag, type TagPlan } from './tags.js';

export interface TagConflict {
  tag: string;
  existing: string;
  wanted: string;
}

/** The release tags of a plan (or of a plain list of tag names: a full semver name is a release tag). */
export function releaseTags(tags: Pick<TagPlan, 'planned'> | readonly string[]): string[] {
  if (isStringList(tags)) return tags.filter(isReleaseTag);
  return tags.planned.filter((t) => t.immutable).map((t) => t.name);
}

function isStringList(tags: Pick<TagPlan, 'planned'> | readonly string[]): tags is readonly string[] {
  return Array.isArray(tags);
}

/** Find release tags that exist with a different digest. Registry errors (other than 404) propagate. */
export async function findTagConflicts(
  remote: Pick<Remote, 'resolve'>,
  tags: Pick<TagPlan, 'planned'> | readonly string[],
  manifestDigest: string,
): Promise<TagConflict[]> {
  const conflicts: TagConflict[] = [];
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
export async function checkImmutableTags(
  remote: Pick<Remote, 'resolve' | 'registry' | 'repository'>,
  tags: TagPlan | readonly string[],
  manifestDigest: string,
  overwrite: boolean,
): Promise<void> {
  if (overwrite) return;
  const conflicts = await findTagConflicts(remote, tags, manifestDigest);
  if (conflicts.length === 0) return;
  const where = `${remote.registry}/${remote.repository}`;
  const list = conflicts
    .map((c) => `${q(c.tag)} is ${untrustedDigest(c.existing)}, this run built ${c.wanted}`)
    .join('; ');
  const names = conflicts.map((c) => c.tag).join(', ');
  throw new UserError(
    `Release tag${conflicts.length > 1 ? 's' : ''} ${names} already exist${conflicts.length > 1 ? '' : 's'} in ` +
      `${where} with a different digest and will not be moved: ${list}.`,
    'Release a new version (a new git tag), or set `overwrite-tags: true` to move release tags deliberately.',
    'Release tag already published',
  );
}

/** The registry's digest is untrusted text: quote it unless it is a well-formed digest. */
function untrustedDigest(d: string): string {
  return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(d) ? d : q(d, 100);
}
