import { describe, expect, it } from '@jest/globals';
import { UserError } from '../src/errors.js';
import { readGitHubContext } from '../src/github-context.js';
import {
  isReleaseTag,
  normaliseRepository,
  parseSemver,
  parseTagsInput,
  planTags,
  sanitiseTag,
  type TagOptions,
} from '../src/tags.js';
import { envFor, type EventFixture } from './fixtures/event-context.js';

function plan(fixture: EventFixture, opts?: TagOptions, env: Record<string, string> = {}) {
  return planTags(readGitHubContext(envFor(fixture, env)), opts);
}

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('default tags per event (metadata-action semantics)', () => {
  const cases: [EventFixture, string[], string, string[]][] = [
    // fixture, tags in order, version, immutable tags
    ['push-tag', ['1.2.3', '1.2', '1', 'latest', 'sha-3f9c2a1'], '1.2.3', ['1.2.3']],
    ['push-tag-prerelease', ['2.0.0-rc.1', 'sha-8a7b6c5'], '2.0.0-rc.1', ['2.0.0-rc.1']],
    ['push-tag-zero', ['0.3.1', '0.3', 'latest', 'sha-0c1d2e3'], '0.3.1', ['0.3.1']],
    ['push-tag-nonsemver', ['release-2025.10', 'sha-1a2b3c4'], 'release-2025.10', []],
    ['push-branch', ['feature-Login-Form', 'sha-b1c2d3e'], 'feature-Login-Form', []],
    ['push-default-branch', ['edge', 'main', 'sha-c0ffee0'], 'edge', []],
    ['pull-request', ['pr-42', 'sha-d1e2f3a'], 'pr-42', []], // head sha, not merge sha e4d3c2b
    ['pull-request-fork', ['pr-43', 'sha-f00dbab'], 'pr-43', []],
    ['pull-request-target', ['pr-44', 'sha-abad1de'], 'pr-44', []],
    ['workflow-dispatch', ['edge', 'main', 'sha-c0ffee0'], 'edge', []],
  ];
  it.each(cases)('%s', (fixture, tags, version, immutable) => {
    const p = plan(fixture);
    expect(p.tags).toEqual(tags);
    expect(p.planned.map((t) => t.name)).toEqual(tags);
    expect(p.version).toBe(version);
    expect(p.planned.filter((t) => t.immutable).map((t) => t.name)).toEqual(immutable);
  });

  it('pre-releases never get major, minor or latest', () => {
    const names = plan('push-tag-prerelease').tags;
    for (const t of ['2', '2.0', 'latest']) expect(names).not.toContain(t);
  });

  it('major zero gets a bare `0` only when asked', () => {
    expect(plan('push-tag-zero').tags).not.toContain('0');
    expect(plan('push-tag-zero', { majorZero: true }).tags).toEqual([
      '0.3.1',
      '0.3',
      '0',
      'latest',
      'sha-0c1d2e3',
    ]);
  });

  it('a tag without the v prefix works the same', () => {
    const p = plan('push-tag', {}, { GITHUB_REF: 'refs/tags/1.2.3' });
    expect(p.tags).toEqual(['1.2.3', '1.2', '1', 'latest', 'sha-3f9c2a1']);
  });

  it('build metadata is sanitised and the tag stays a release tag', () => {
    const p = plan('push-tag', {}, { GITHUB_REF: 'refs/tags/v1.2.3+build.7' });
    expect(p.planned[0]).toMatchObject({ name: '1.2.3-build.7', immutable: true });
  });

  it('a branch name that cannot become a tag is a UserError naming it', () => {
    const e = userError(() => plan('push-branch', {}, { GITHUB_REF: 'refs/heads/' + 'x'.repeat(129) }));
    expect(e.message).toContain('branch name');
    expect(e.message).toContain('129 characters');
    expect(e.fix).toContain('tags');
  });

  it('no commit SHA: UserError (the sha- tag cannot be made)', () => {
    const e = userError(() => plan('push-branch', {}, { GITHUB_SHA: '' }));
    expect(e.message).toMatch(/commit SHA/);
  });
});

describe('explicit tags', () => {
  it('replace the defaults and expand placeholders on a release tag', () => {
    const p = plan('push-tag', { tags: ['{{version}}', '{{major}}.{{minor}}', 'stable', 'sha-{{sha}}'] });
    expect(p.tags).toEqual(['1.2.3', '1.2', 'stable', 'sha-3f9c2a1']);
    expect(p.version).toBe('1.2.3');
    expect(p.planned.filter((t) => t.immutable).map((t) => t.name)).toEqual(['1.2.3']);
    expect(p.skipped).toEqual([]);
  });

  it('skip entries whose placeholders have no value, and say why', () => {
    const p = plan('push-branch', { tags: ['{{version}}', '{{major}}', '{{branch}}', 'sha-{{sha}}'] });
    expect(p.tags).toEqual(['feature-Login-Form', 'sha-b1c2d3e']);
    expect(p.skipped).toHaveLength(2);
    expect(p.skipped[0]).toContain('{{version}}');
    expect(p.skipped[0]).toContain('branch push');
  });

  it('{{major}} is not available on a pre-release', () => {
    const p = plan('push-tag-prerelease', { tags: ['{{version}}', '{{major}}'] });
    expect(p.tags).toEqual(['2.0.0-rc.1']);
    expect(p.skipped).toHaveLength(1);
  });

  it('a literal semver tag is immutable, other literals float', () => {
    const p = plan('push-default-branch', { tags: ['3.1.4', 'nightly', 'v3.1.4-beta.2'] });
    expect(p.planned.map((t) => [t.name, t.immutable])).toEqual([
      ['3.1.4', true],
      ['nightly', false],
      ['v3.1.4-beta.2', true],
    ]);
  });

  it('duplicates are dropped', () => {
    const p = plan('push-default-branch', { tags: ['main', '{{branch}}', 'edge'] });
    expect(p.tags).toEqual(['main', 'edge']);
  });

  it('an invalid entry is a UserError naming it', () => {
    for (const bad of ['ghcr.io/acme/x:1.0', 'has space', '-leading', '.dot', 'x'.repeat(129)]) {
      const e = userError(() => plan('push-tag', { tags: [bad] }));
      expect(e.message).toContain('`tags`');
      expect(e.message).toContain(bad.slice(0, 20));
    }
  });

  it('an unknown placeholder is a UserError', () => {
    const e = userError(() => plan('push-tag', { tags: ['{{date}}'] }));
    expect(e.message).toContain('{{date}}');
  });

  it('when every entry is skipped: UserError', () => {
    const e = userError(() => plan('pull-request', { tags: ['{{version}}'] }));
    expect(e.message).toContain('skipped');
    expect(e.fix).toContain('sha-{{sha}}');
  });
});

describe('helpers', () => {
  it('parseSemver accepts strict semver only', () => {
    expect(parseSemver('v1.2.3')).toMatchObject({ version: '1.2.3', major: '1', minor: '2', patch: '3' });
    expect(parseSemver('2.0.0-rc.1')).toMatchObject({ prerelease: 'rc.1' });
    for (const bad of ['1.2', 'v01.2.3', '1.2.3.4', 'vv1.2.3', '1.2.3-', 'latest']) {
      expect(parseSemver(bad)).toBeUndefined();
    }
    expect(isReleaseTag('1.2')).toBe(false);
    expect(isReleaseTag('1.2.3')).toBe(true);
  });

  it('sanitiseTag reduces to tag characters', () => {
    expect(sanitiseTag('feature/Über-cool#1', 'x')).toBe('feature--ber-cool-1');
    expect(sanitiseTag('dependabot/npm_and_yarn/x-1.0', 'x')).toBe('dependabot-npm_and_yarn-x-1.0');
    expect(() => sanitiseTag('', 'x')).toThrow(UserError);
    expect(() => sanitiseTag('/abc', 'x')).toThrow(/start with/);
  });

  it('normaliseRepository lowercases and validates', () => {
    expect(normaliseRepository('Acme-Org/Filters')).toBe('acme-org/filters');
    expect(normaliseRepository(' a/b_c/d__e ')).toBe('a/b_c/d__e');
    const e = userError(() => normaliseRepository('ghcr.io:443/acme/x'));
    expect(e.message).toContain('`repository`');
    expect(e.fix).toContain('registry');
    expect(() => normaliseRepository('acme//x')).toThrow(UserError);
    expect(() => normaliseRepository('')).toThrow(UserError);
  });

  it('parseTagsInput splits lines and commas, drops comments and blanks', () => {
    expect(parseTagsInput('a, b\n\n# comment, c\n  d  \n')).toEqual(['a', 'b', 'd']);
    expect(parseTagsInput('')).toEqual([]);
    expect(parseTagsInput(undefined)).toEqual([]);
  });
});
