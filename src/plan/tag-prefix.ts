/**
 * Monorepo release tags (issue 14): the git tag `filter-a/v1.2.3` releases module `filter-a` as version `1.2.3` (and
 * its floating tags) and nothing else. The prefix is everything before the last `/` (a semantic version has no `/`),
 * so `filters/auth/v2.0.0` has the prefix `filters/auth`. A tag without a prefix (`v1.2.3`) has the prefix ''.
 *
 * A `modules` entry names its module (an OCI repository path component list, checked against the grammar in
 * src/oci/types.ts) and optionally the tag prefix that releases it (default: the module name). A tag releases the one
 * module whose prefix it carries; with no `modules` list, the prefix itself is the module name.
 * Pure: no I/O. Refusals are UserErrors saying what is wrong and how to fix it.
 */
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { REPOSITORY_RE } from '../oci/types.js';
import { parseSemver, type SemVer } from './semver.js';

export interface ModuleEntry {
  /** the module's name: lowercase OCI repository grammar, e.g. `filter-a` or `filters/auth` */
  name: string;
  /** the git tag prefix that releases it (`filter-a` for `filter-a/v1.2.3`); default: `name`; '' = unprefixed tags */
  prefix?: string;
}

export interface ModuleTag {
  /** '' for an unprefixed tag */
  prefix: string;
  /** without `v`: `1.2.3`, `2.0.0-rc.1` */
  version: string;
  semver: SemVer;
}

export interface ModuleRelease extends ModuleTag {
  /** the module this tag releases; undefined for an unprefixed tag in a single-module repository */
  module?: string;
  /** the git tag as given */
  gitTag: string;
}

const MAX_REPOSITORY = 255;

/** Split `prefix/v1.2.3`; undefined when the part after the last `/` is not a semantic version. */
export function parseModuleTag(gitTag: string): ModuleTag | undefined {
  const slash = gitTag.lastIndexOf('/');
  const prefix = slash < 0 ? '' : gitTag.slice(0, slash);
  const semver = parseSemver(gitTag.slice(slash + 1));
  if (!semver || (slash >= 0 && prefix === '')) return undefined;
  return { prefix, version: semver.version, semver };
}

/** True for a module name the OCI repository grammar accepts (it becomes part of the repository). */
export function isValidModuleName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_REPOSITORY && REPOSITORY_RE.test(name);
}

/** The module name, checked; UserError naming `source` (e.g. `the git tag "Filter-A/v1.0.0"`) when invalid. */
export function checkModuleName(name: string, source: string): string {
  if (isValidModuleName(name)) return name;
  throw new UserError(
    `The module name ${q(name, 260)} from ${source} is not a valid OCI repository name.`,
    'Module names become part of the repository: use lowercase path components of a-z 0-9 separated by `.`, `_`, ' +
      '`__` or `-`, joined by `/` (e.g. `filter-a`), at most 255 characters; name the prefix in the `modules` entry ' +
      'if the git tag prefix differs.',
    'Invalid module name',
  );
}

/** git check-ref-format's rules, as far as a prefix can break them. */
function isValidPrefix(prefix: string): boolean {
  return (
    prefix !== '' &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|^\.|\/\.|\.lock(\/|$)|\.$/.test(prefix)
  );
}

/** Check a `modules` list: valid, unique names and unique prefixes. Returns the entries with their prefixes. */
export function checkModules(modules: readonly ModuleEntry[]): Required<ModuleEntry>[] {
  const byName = new Set<string>();
  const byPrefix = new Map<string, string>();
  return modules.map((m) => {
    checkModuleName(m.name, 'the `modules` input');
    const prefix = m.prefix ?? m.name;
    if (prefix !== '' && !isValidPrefix(prefix)) {
      throw new UserError(
        `The tag prefix ${q(prefix, 140)} of module ${q(m.name)} cannot start a git tag name.`,
        'Use a prefix without spaces, `..`, `~ ^ : ? * [ \\`, and without a leading or trailing `/` (e.g. `filter-a`).',
        'Invalid tag prefix',
      );
    }
    if (byName.has(m.name)) {
      throw new UserError(
        `The \`modules\` input lists module ${q(m.name)} twice.`,
        'Give each module one line; use `prefix` to release two builds under different names.',
        'Duplicate module',
      );
    }
    const other = byPrefix.get(prefix);
    if (other !== undefined) {
      throw new UserError(
        `Modules ${q(other)} and ${q(m.name)} have the same tag prefix ${q(prefix)}, so one git tag would release both.`,
        'Give each module its own `prefix` in the `modules` input (e.g. its name).',
        'Duplicate tag prefix',
      );
    }
    byName.add(m.name);
    byPrefix.set(prefix, m.name);
    return { name: m.name, prefix };
  });
}

function knownPrefixes(entries: Required<ModuleEntry>[]): string {
  return entries.map((e) => (e.prefix === '' ? '(none: `v1.2.3`)' : `\`${e.prefix}/v1.2.3\``)).join(', ');
}

/**
 * The release a git tag stands for: which module (by prefix) and which version. Undefined when the tag is no
 * release tag at all (`nightly`, `filter-a/nightly`): the caller falls back to the default tag rules.
 * With `modules`, a prefixed tag must match exactly one entry's prefix (UserError otherwise); an unprefixed tag
 * releases the entry whose prefix is '' (UserError when there is none, since it would release no module).
 */
export function releaseForTag(
  gitTag: string,
  modules: readonly ModuleEntry[] = [],
): ModuleRelease | undefined {
  const tag = parseModuleTag(gitTag);
  if (!tag) return undefined;
  if (modules.length === 0) {
    const module = tag.prefix === '' ? undefined : checkModuleName(tag.prefix, `the git tag ${q(gitTag)}`);
    return { ...tag, module, gitTag };
  }
  const entries = checkModules(modules);
  const match = entries.find((e) => e.prefix === tag.prefix);
  if (!match) {
    const what = tag.prefix === '' ? 'has no module prefix' : `has the prefix ${q(tag.prefix)}`;
    throw new UserError(
      `The git tag ${q(gitTag)} ${what}, which releases none of the modules in the \`modules\` input.`,
      `Tag the module you release with its prefix: ${knownPrefixes(entries)}; or set \`prefix\` on its \`modules\` entry.`,
      'No module for this tag',
    );
  }
  return { ...tag, module: match.name, gitTag };
}

/** The `modules` entries a git tag releases: the one `releaseForTag` names (none for a tag that is no release). */
export function modulesForTag<T extends ModuleEntry>(gitTag: string, modules: readonly T[]): T[] {
  const release = releaseForTag(gitTag, modules);
  if (!release) return [];
  return modules.filter((m) => m.name === release.module);
}
