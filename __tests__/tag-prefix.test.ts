/**
 * Monorepo release tags (issue 14): `filter-a/v1.2.3` releases module `filter-a` as `1.2.3` and nothing else.
 * Module names are checked against the OCI repository grammar of src/oci/types.ts; its verdicts are compared with the
 * distribution-spec's `<name>` rule written out here independently (plus the spec's 255-character limit).
 */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../src/errors.js';
import {
  checkModules,
  isValidModuleName,
  modulesForTag,
  parseModuleTag,
  releaseForTag,
  type ModuleEntry,
} from '../src/plan/tag-prefix.js';
import { planFloatingTags } from '../src/plan/floating-tags.js';

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('parseModuleTag', () => {
  const cases: [string, { prefix: string; version: string } | undefined][] = [
    ['filter-a/v1.2.3', { prefix: 'filter-a', version: '1.2.3' }],
    ['filter-a/1.2.3', { prefix: 'filter-a', version: '1.2.3' }],
    ['filters/auth/v2.0.0-rc.1', { prefix: 'filters/auth', version: '2.0.0-rc.1' }],
    ['v1.2.3', { prefix: '', version: '1.2.3' }],
    ['1.2.3+build.5', { prefix: '', version: '1.2.3+build.5' }],
    ['filter-a/nightly', undefined],
    ['filter-a/v1.2', undefined],
    ['filter-a/v01.2.3', undefined],
    ['/v1.2.3', undefined],
    ['filter-a/', undefined],
    ['release-1.2.3', undefined],
    ['v1.2.3/filter-a', undefined],
  ];
  it.each(cases)('%s', (tag, expected) => {
    const t = parseModuleTag(tag);
    expect(t && { prefix: t.prefix, version: t.version }).toEqual(expected);
  });
});

describe('module names follow the OCI repository grammar', () => {
  // The distribution-spec's `<name>` rule, written out independently of src/oci/types.ts.
  const SPEC = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
  const names = [
    'filter-a',
    'filters/auth',
    'a',
    'a__b',
    'a---b',
    'a.b_c',
    'Filter-A',
    'filter_',
    '-filter',
    'a___b',
    'a/',
    'a//b',
    'a..b',
    'filter a',
    '',
    'x'.repeat(255),
    'x'.repeat(256),
    'ünïcode',
  ];
  it.each(names.map((n) => [n.length > 40 ? `${n.slice(0, 8)}…(${n.length})` : n, n]))('%s', (_l, name) => {
    expect(isValidModuleName(name)).toBe(SPEC.test(name) && name.length <= 255);
  });
});

describe('releaseForTag', () => {
  const modules: ModuleEntry[] = [
    { name: 'filter-a' },
    { name: 'filter-b' },
    { name: 'auth', prefix: 'filters/auth' },
    { name: 'core', prefix: '' },
  ];
  const cases: [string, ModuleEntry[], string | undefined, string | undefined][] = [
    // git tag, modules, module released, version
    ['filter-a/v1.2.3', modules, 'filter-a', '1.2.3'],
    ['filter-b/v0.1.0', modules, 'filter-b', '0.1.0'],
    ['filters/auth/v2.0.0', modules, 'auth', '2.0.0'],
    ['v3.1.4', modules, 'core', '3.1.4'],
    ['filter-a/nightly', modules, undefined, undefined],
    // no modules list: the prefix is the module name; an unprefixed tag is the repository's one module
    ['filter-a/v1.2.3', [], 'filter-a', '1.2.3'],
    ['v1.2.3', [], undefined, '1.2.3'],
  ];
  it.each(cases)('%s releases %#', (tag, mods, module, version) => {
    const r = releaseForTag(tag, mods);
    expect(r?.module).toBe(module);
    expect(r?.version).toBe(version);
  });

  it('a tag releases only its module', () => {
    expect(modulesForTag('filter-a/v1.2.3', modules).map((m) => m.name)).toEqual(['filter-a']);
    expect(modulesForTag('v1.2.3', modules).map((m) => m.name)).toEqual(['core']);
    expect(modulesForTag('main', modules)).toEqual([]);
  });

  it('the released version gets its floating tags from its own version only', () => {
    const r = releaseForTag('filter-a/v1.2.3', modules)!;
    expect(planFloatingTags({ version: r.version, existingTags: ['2.0.0'] }).push).toEqual([
      '1.2.3',
      '1.2',
      '1',
    ]);
  });

  const refusals: [string, string, ModuleEntry[], string[]][] = [
    // what, tag, modules, message parts
    ['unknown prefix', 'filter-c/v1.0.0', modules, ['"filter-c"', 'releases none of the modules']],
    [
      'unprefixed tag without an unprefixed module',
      'v1.0.0',
      [{ name: 'filter-a' }],
      ['has no module prefix'],
    ],
    [
      'uppercase prefix as a module name',
      'Filter-A/v1.0.0',
      [],
      ['"Filter-A"', 'not a valid OCI repository name'],
    ],
    ['duplicate prefix', 'a/v1.0.0', [{ name: 'a' }, { name: 'b', prefix: 'a' }], ['same tag prefix "a"']],
    ['duplicate module', 'a/v1.0.0', [{ name: 'a' }, { name: 'a', prefix: 'x' }], ['lists module "a" twice']],
    ['invalid module name', 'a/v1.0.0', [{ name: 'A', prefix: 'a' }], ['"A"', '`modules` input']],
    [
      'prefix git cannot hold',
      'a/v1.0.0',
      [{ name: 'a', prefix: 'a..b' }],
      ['"a..b"', 'cannot start a git tag'],
    ],
    ['prefix with a trailing slash', 'a/v1.0.0', [{ name: 'a', prefix: 'a/' }], ['"a/"']],
  ];
  it.each(refusals)('refuses: %s', (_what, tag, mods, parts) => {
    const e = userError(() => releaseForTag(tag, mods));
    for (const p of parts) expect(e.message).toContain(p);
    expect(e.fix).toBeTruthy();
    expect(e.title).toBeTruthy();
  });

  it('the refusal for an unknown prefix lists the prefixes that exist', () => {
    const e = userError(() => releaseForTag('filter-c/v1.0.0', modules));
    expect(e.fix).toContain('`filter-a/v1.2.3`');
    expect(e.fix).toContain('`filters/auth/v1.2.3`');
    expect(e.fix).toContain('(none: `v1.2.3`)');
  });

  it('untrusted text in a refusal cannot start a workflow command', () => {
    const e = userError(() => releaseForTag('::error::x\nA/v1.0.0', []));
    expect(e.message).not.toMatch(/\n|::error::/);
  });

  it('checkModules fills in the default prefix', () => {
    expect(checkModules([{ name: 'filter-a' }, { name: 'x', prefix: 'y' }])).toEqual([
      { name: 'filter-a', prefix: 'filter-a' },
      { name: 'x', prefix: 'y' },
    ]);
  });
});
