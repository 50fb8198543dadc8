/**
 * Floating tags that never move backwards (issue 14), and the semver precedence they rest on. Table cases from the
 * issue, plus two references this project did not write: the ordering example of semver.org §11, and npm's `semver`
 * package (node-semver, installed as a dependency of @actions/cache): its `compare` for precedence, and its
 * `maxSatisfying` over ranges `1.9.x`, `1.x` and `*` (pre-releases excluded, as floating tags need) for every decision.
 */
import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { UserError } from '../src/errors.js';
import { planFloatingTags, type FloatingKind } from '../src/plan/floating-tags.js';
import { compareVersions } from '../src/plan/semver.js';
import { planTags } from '../src/tags.js';
import { readGitHubContext } from '../src/github-context.js';
import { envFor } from './fixtures/event-context.js';

interface NodeSemver {
  compare(a: string, b: string): -1 | 0 | 1;
  maxSatisfying(versions: string[], range: string): string | null;
  gte(a: string, b: string): boolean;
  valid(v: string): string | null;
}
const semver = createRequire(import.meta.url)('semver') as NodeSemver;

describe("planFloatingTags: the issue's cases", () => {
  const cases: [string, string, string[], string[], string[], Record<string, string>?][] = [
    // name, version, existing tags, push, keep, reasons (substring per tag)
    [
      'v1.9.1 after 1.0.0 and 2.5.0 (latest -> 2.5.0): 1 and 1.9 move, latest and 2 stay',
      'v1.9.1',
      ['1.0.0', '2.5.0', 'latest', '2', '2.5', '1', '1.0'],
      ['1.9.1', '1.9', '1'],
      ['latest'],
      { latest: 'latest stays on 2.5.0: 1.9.1 is not the highest release', '1': '1 moves to 1.9.1' },
    ],
    [
      'v1.9.1 when 1.10.0 exists: 1 stays (numeric, not lexicographic, order)',
      'v1.9.1',
      ['1.0.0', '1.10.0', '2.5.0'],
      ['1.9.1', '1.9'],
      ['1', 'latest'],
      { '1': '1.9.1 is not the highest 1.x: 1.10.0 exists' },
    ],
    [
      'a repository that does not exist yet: everything moves',
      'v1.2.3',
      [],
      ['1.2.3', '1.2', '1', 'latest'],
      [],
      { latest: 'the repository has no release yet', '1.2': 'no 1.2.x release exists yet' },
    ],
    [
      'equal version re-released: idempotent, everything moves again',
      '2.5.0',
      ['1.0.0', '2.5.0', 'latest'],
      ['2.5.0', '2.5', '2', 'latest'],
      [],
      { latest: 're-release of the highest release (2.5.0 exists)' },
    ],
    [
      'a pre-release never moves a floating tag, even on an empty repository',
      'v3.0.0-rc.1',
      [],
      ['3.0.0-rc.1'],
      ['3.0', '3', 'latest'],
      { latest: '3.0.0-rc.1 is a pre-release' },
    ],
    [
      'existing pre-releases do not hold a floating tag back',
      'v2.6.0',
      ['2.5.0', '3.0.0-rc.1', '2.6.1-beta'],
      ['2.6.0', '2.6', '2', 'latest'],
      [],
    ],
    [
      'non-semver tags are ignored',
      'v0.1.0',
      [
        'latest',
        'edge',
        'main',
        'sha-3f9c2a1',
        'pr-42',
        '9',
        '9.9',
        'v9',
        '9.9.9.9',
        'release-9.0.0',
        '09.0.0',
      ],
      ['0.1.0', '0.1', 'latest'],
      [],
    ],
    [
      'v-prefixed tags in the registry count like bare ones',
      '1.9.1',
      ['v1.0.0', 'v2.5.0', 'v1.9.2'],
      ['1.9.1'],
      ['1.9', '1', 'latest'],
      { '1.9': '1.9.1 is not the highest 1.9.x: v1.9.2 exists', latest: 'latest stays on v2.5.0' },
    ],
    [
      'the same version spelled both ways is one version (named by its first spelling)',
      '1.9.1',
      ['v2.5.0', '2.5.0'],
      ['1.9.1', '1.9', '1'],
      ['latest'],
      { latest: 'latest stays on 2.5.0' },
    ],
    [
      'a release is above its own pre-release',
      '1.9.1',
      ['1.9.1-rc.2', '1.9.0'],
      ['1.9.1', '1.9', '1', 'latest'],
      [],
    ],
    [
      'build metadata: same precedence, tag sanitised as tags.ts does',
      'v1.2.3+build.5',
      ['1.2.3', '1.2.4'],
      ['1.2.3-build.5'],
      ['1.2', '1', 'latest'],
    ],
    [
      'numbers beyond 2^53 compare exactly',
      '1.0.18446744073709551617',
      ['1.0.18446744073709551616'],
      ['1.0.18446744073709551617', '1.0', '1', 'latest'],
      [],
    ],
  ];
  it.each(cases)('%s', (_name, version, existingTags, push, keep, reasons = {}) => {
    const p = planFloatingTags({ version, existingTags });
    expect(p.push).toEqual(push);
    expect(p.keep).toEqual(keep);
    for (const [tag, reason] of Object.entries(reasons)) {
      expect(p.decisions.find((d) => d.tag === tag)?.reason).toContain(reason);
    }
  });

  it('is idempotent: planning again after pushing gives the same tags', () => {
    const existing = ['1.0.0', '1.10.0', '2.5.0', 'latest'];
    const first = planFloatingTags({ version: 'v1.9.1', existingTags: existing });
    const again = planFloatingTags({ version: 'v1.9.1', existingTags: [...existing, ...first.push] });
    expect(again.push).toEqual(first.push);
    expect(again.keep).toEqual(first.keep);
  });

  it('major zero gets a bare major tag only with majorZero, as tags.ts', () => {
    expect(planFloatingTags({ version: '0.3.1', existingTags: [] }).push).toEqual(['0.3.1', '0.3', 'latest']);
    expect(planFloatingTags({ version: '0.3.1', existingTags: [], majorZero: true }).push).toEqual([
      '0.3.1',
      '0.3',
      '0',
      'latest',
    ]);
  });

  it('on an empty repository it pushes exactly what tags.ts plans for the git tag (minus sha-)', () => {
    for (const [fixture, ref] of [
      ['push-tag', 'refs/tags/v1.2.3'],
      ['push-tag-prerelease', 'refs/tags/v2.0.0-rc.1'],
      ['push-tag-zero', 'refs/tags/v0.3.1'],
    ] as const) {
      const planned = planTags(readGitHubContext(envFor(fixture, { GITHUB_REF: ref })));
      const version = ref.replace('refs/tags/', '');
      expect(planFloatingTags({ version, existingTags: [] }).push).toEqual(
        planned.tags.filter((t) => !t.startsWith('sha-')),
      );
    }
  });

  it('only the floating kinds asked for are planned', () => {
    const p = planFloatingTags({ version: '1.2.3', existingTags: [], floating: ['latest'] });
    expect(p.decisions.map((d) => d.tag)).toEqual(['latest']);
    expect(p.push).toEqual(['1.2.3', 'latest']);
  });

  it('a version that is not semver is a UserError that says how to fix it', () => {
    let err: unknown;
    try {
      planFloatingTags({ version: 'release-\n::set-output', existingTags: [] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain('is not a semantic version');
    expect((err as UserError).message).not.toContain('\n');
    expect((err as UserError).fix).toContain('v1.2.3');
  });
});

describe('semver precedence', () => {
  it('orders semver.org §11 example exactly', () => {
    const order = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '2.0.0',
      '2.1.0',
      '2.1.1',
      '10.0.0',
    ];
    const shuffled = [7, 3, 11, 0, 5, 9, 1, 10, 4, 8, 2, 6].map((i) => order[i]);
    expect(shuffled.sort(compareVersions)).toEqual(order);
  });

  it('ignores build metadata and a leading v', () => {
    expect(compareVersions('v1.0.0+a', '1.0.0+b')).toBe(0);
  });

  // Versions built from identifiers that stress every rule: numeric vs alphanumeric, lengths, prefixes.
  const versions: string[] = [];
  for (const core of ['0.0.1', '0.1.0', '1.0.10', '1.0.9', '1.10.0', '10.0.0'])
    for (const pre of [
      '',
      '-0',
      '-1',
      '-10',
      '-9',
      '-a',
      '-a.1',
      '-a.b',
      '-a.10',
      '-a.9',
      '-alpha',
      '-0a',
      '-a-b',
      '-1.a',
    ])
      versions.push(core + pre);

  it(`agrees with node-semver's compare on all ${versions.length ** 2} pairs`, () => {
    const mismatches: string[] = [];
    for (const a of versions)
      for (const b of versions)
        if (compareVersions(a, b) !== semver.compare(a, b)) mismatches.push(`${a} vs ${b}`);
    expect(mismatches).toEqual([]);
  });
});

describe("floating decisions agree with node-semver's maxSatisfying", () => {
  // A seeded generator: the same lists on every run.
  let seed = 0x2545f491;
  const rand = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const pick = () =>
    `${rand(2) ? 'v' : ''}${rand(3)}.${rand(12)}.${rand(12)}${rand(5) === 0 ? `-rc.${rand(3)}` : ''}`;
  const range: Record<FloatingKind, (v: string) => string> = {
    minor: (v) => v.split('.').slice(0, 2).join('.') + '.x',
    major: (v) => v.split('.')[0] + '.x',
    latest: () => '*',
  };

  it('on 500 random registries', () => {
    const mismatches: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const existing = Array.from({ length: rand(12) }, pick);
      const version = pick().replace(/-rc\.\d+$/, '');
      const bare = version.replace(/^v/, '');
      const plan = planFloatingTags({ version, existingTags: [...existing, 'latest', 'main'] });
      for (const d of plan.decisions) {
        const top = semver.maxSatisfying(existing, range[d.kind](bare));
        const expected = top === null || semver.gte(bare, top) ? 'move' : 'keep';
        seen.add(`${d.kind} ${d.action}`);
        if (d.action !== expected)
          mismatches.push(`${version} over [${existing.join(' ')}]: ${d.tag} ${d.action}`);
      }
    }
    expect(mismatches).toEqual([]);
    // the lists exercise both outcomes for every kind (else this comparison could not fail)
    expect([...seen].sort()).toEqual([
      'latest keep',
      'latest move',
      'major keep',
      'major move',
      'minor keep',
      'minor move',
    ]);
  });
});
