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
  // One HEAD per release tag, all at once (a plan has a handful); the result keeps the plan's order.
  const release = releaseTags(tags);
  const found = await Promise.all(release.map((tag) => remote.resolve(tag)));
  const conflicts: TagConflict[] = [];
  release.forEach((tag, i) => {
    const existing = found[i];
    if (existing && existing.digest !== manifestDigest) {
      conflicts.push({ tag, existing: existing.digest, wanted: manifestDigest });
    }
  });
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

/**
 * After the release tags were written: read each back. Registries have no compare-and-swap, so two runs releasing the
 * same version at once can both pass `checkImmutableTags` and both write the tag; the last write wins. The run whose
 * digest the tag does not name lost the race and fails here (UserError naming both digests), before it moves any
 * floating tag. Skipped with `overwrite` (moving the tag was asked for).
 */
export async function verifyReleaseTags(
  remote: Pick<Remote, 'resolve' | 'registry' | 'repository'>,
  tags: readonly string[],
  manifestDigest: string,
  overwrite: boolean,
): Promise<void> {
  if (overwrite) return;
  const release = releaseTags(tags);
  const read = (tag: string) => remote.resolve(tag).then((d) => ({ tag, existing: d?.digest }));
  let now = await Promise.all(release.map(read));
  // A registry that is slow to show a tag it just accepted (eventual consistency) gets a few short chances.
  for (let i = 0; i < READ_BACK_RETRIES && now.some((t) => t.existing === undefined); i++) {
    await new Promise((r) => setTimeout(r, READ_BACK_DELAY_MS));
    now = await Promise.all(now.map((t) => (t.existing === undefined ? read(t.tag) : t)));
  }
  const lost = now.filter((t) => t.existing !== manifestDigest);
  if (lost.length === 0) return;
  const where = `${remote.registry}/${remote.repository}`;
  const missing = lost.find((t) => t.existing === undefined);
  if (missing) {
    throw new UserError(
      `The registry accepted release tag ${q(missing.tag)} for ${manifestDigest} in ${where} but does not show it when ` +
        'read back.',
      `Check the registry (\`skopeo inspect docker://${where}:${missing.tag}\`) and re-run the job.`,
      'Release tag not readable',
    );
  }
  const list = lost.map((t) => `${q(t.tag)} points at ${untrustedDigest(t.existing ?? '')}`).join('; ');
  throw new UserError(
    `Release tag${lost.length > 1 ? 's' : ''} ${lost.map((t) => t.tag).join(', ')} in ${where} changed while this run ` +
      `published: ${list}, not at this run's ${manifestDigest}. Another run published the same version at the same ` +
      `time and won the race; this run moved no floating tag (its artifact stays reachable as ${where}@${manifestDigest}).`,
    'Check which run should own this version; release a new version (a new git tag), or set `overwrite-tags: true` ' +
      'to move release tags deliberately.',
    'Release tag taken by another run',
  );
}

const READ_BACK_RETRIES = 3;
const READ_BACK_DELAY_MS = 300;

/** The registry's digest is untrusted text: quote it unless it is a well-formed digest. */
function untrustedDigest(d: string): string {
  return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(d) ? d : q(d, 100);
}
