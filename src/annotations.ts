/**
 * Manifest annotations derived from the run (metadata-action defaults, made reproducible): a pure function of the
 * event context (env + payload + commit time) + the tag plan + the user's `annotations` input. No clock.
 */
import { UserError } from './errors.js';
import type { EventContext } from './github-context.js';
import { q } from './log.js';
import { Annotation } from './oci/media-types.js';
import type { TagPlan } from './tags.js';

/** Annotation keys: reverse-domain style, printable ASCII without spaces or `=`. */
const KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/;

/**
 * Parse the `annotations` input: one `key=value` per line (`#` comment lines and blank lines ignored). The value is
 * everything after the first `=` (it may contain `=` and commas) and is kept verbatim apart from surrounding blanks.
 * A later line with the same key wins. UserError naming the line when it has no `=` or a bad key.
 */
export function parseAnnotationsInput(
  text: string | undefined,
  inputName = 'annotations',
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    if (eq < 0 || !KEY_RE.test(key)) {
      throw new UserError(
        `Input \`${inputName}\` line ${i + 1} (${q(line, 120)}) is not \`key=value\` with a valid key.`,
        'Write one annotation per line as `key=value`, e.g. `org.opencontainers.image.vendor=Acme`; keys use ' +
          'A-Z a-z 0-9 . _ / - only.',
        'Invalid annotation',
      );
    }
    out[key] = line.slice(eq + 1).trim();
  });
  return out;
}

/** Sort by key so the serialized manifest does not depend on insertion order. */
function sortedRecord(r: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k];
  return out;
}

/**
 * Default manifest annotations, overridden key by key by `user`, sorted by key:
 * `source`/`url` = repository URL, `revision` = commit (PR head on pull requests), `version` = highest-priority tag,
 * (`tags` is the TagPlan or its `version`), `created` = commit time (omitted when unknown), `title`/`description`/`licenses` from the payload's repository.
 * A user value of '' removes the key.
 */
export function buildAnnotations(
  ctx: EventContext,
  tags: Pick<TagPlan, 'version'> | string,
  user: Record<string, string> = {},
): Record<string, string> {
  const version = typeof tags === 'string' ? tags : tags.version;
  const a: Record<string, string> = {};
  const set = (k: string, v: string | undefined) => {
    if (v !== undefined && v !== '') a[k] = v;
  };
  set(Annotation.source, ctx.repoUrl);
  set(Annotation.url, ctx.repoUrl);
  set(Annotation.revision, ctx.sha);
  set(Annotation.version, version);
  set(Annotation.created, ctx.created);
  set(Annotation.title, ctx.repoName);
  set(Annotation.description, ctx.repoDescription);
  set(Annotation.licenses, ctx.repoLicense);
  for (const [k, v] of Object.entries(user)) {
    if (v === '') delete a[k];
    else a[k] = v;
  }
  return sortedRecord(a);
}
