import { describe, expect, it } from '@jest/globals';
import { buildAnnotations, parseAnnotationsInput } from '../src/annotations.js';
import { UserError } from '../src/errors.js';
import { readGitHubContext } from '../src/github-context.js';
import { planTags } from '../src/tags.js';
import { envFor, type EventFixture } from './fixtures/event-context.js';

const O = 'org.opencontainers.image.';
const REPO_URL = 'https://github.com/Acme-Org/Envoy-Filters';
const FROM_REPO = {
  [O + 'title']: 'Envoy-Filters',
  [O + 'description']: 'Envoy/Istio HTTP filters compiled to WebAssembly',
  [O + 'licenses']: 'Apache-2.0',
  [O + 'source']: REPO_URL,
  [O + 'url']: REPO_URL,
};

function annotationsFor(fixture: EventFixture, env: Record<string, string | undefined> = {}, user = {}) {
  const ctx = readGitHubContext(envFor(fixture, env));
  return buildAnnotations(ctx, planTags(ctx), user);
}

describe('manifest annotations per event', () => {
  const cases: [EventFixture, Record<string, string>][] = [
    [
      'push-tag',
      {
        ...FROM_REPO,
        [O + 'revision']: '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345',
        [O + 'version']: '1.2.3',
        [O + 'created']: '2025-10-30T09:12:44Z',
      },
    ],
    [
      'push-tag-prerelease',
      {
        ...FROM_REPO,
        [O + 'revision']: '8a7b6c5d4e3f20110fedcba987654321abcdef01',
        [O + 'version']: '2.0.0-rc.1',
        [O + 'created']: '2025-11-02T13:00:00Z',
      },
    ],
    [
      'push-branch',
      {
        ...FROM_REPO,
        [O + 'revision']: 'b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e',
        [O + 'version']: 'feature-Login-Form',
        [O + 'created']: '2025-10-29T14:45:10Z',
      },
    ],
    [
      'push-default-branch',
      {
        ...FROM_REPO,
        [O + 'revision']: 'c0ffee0123456789abcdef0123456789abcdef01',
        [O + 'version']: 'edge',
        [O + 'created']: '2025-10-30T09:12:44Z',
      },
    ],
    [
      'pull-request',
      {
        ...FROM_REPO,
        [O + 'revision']: 'd1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0',
        [O + 'version']: 'pr-42',
      },
    ],
    [
      'pull-request-fork',
      {
        ...FROM_REPO,
        [O + 'revision']: 'f00dbabe1234567890abcdef1234567890abcdef',
        [O + 'version']: 'pr-43',
      },
    ],
    [
      'pull-request-target',
      {
        ...FROM_REPO,
        [O + 'revision']: 'abad1dea0987654321fedcba0987654321fedcba',
        [O + 'version']: 'pr-44',
      },
    ],
    [
      'workflow-dispatch',
      { ...FROM_REPO, [O + 'revision']: 'c0ffee0123456789abcdef0123456789abcdef01', [O + 'version']: 'edge' },
    ],
  ];

  it.each(cases)('%s', (fixture, want) => {
    const got = annotationsFor(fixture);
    expect(got).toEqual(want);
    // serialized in key order, independent of how they were built
    expect(Object.keys(got)).toEqual(Object.keys(want).sort());
  });

  it('SOURCE_DATE_EPOCH sets created even on pull requests', () => {
    expect(annotationsFor('pull-request', { SOURCE_DATE_EPOCH: '1735689600' })[O + 'created']).toBe(
      '2025-01-01T00:00:00Z',
    );
  });

  it('is a pure function: same env, payload and inputs give identical bytes; no clock', async () => {
    const a = JSON.stringify(annotationsFor('push-tag'));
    await new Promise((r) => setTimeout(r, 1100));
    const b = JSON.stringify(annotationsFor('push-tag'));
    expect(b).toBe(a);
    // and a different commit gives a different revision
    expect(JSON.stringify(annotationsFor('push-tag', { GITHUB_SHA: 'a'.repeat(40) }))).not.toBe(a);
  });

  it('omits payload-derived keys when the event file is missing', () => {
    const got = annotationsFor('push-tag', { GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(got).toEqual({
      [O + 'source']: REPO_URL,
      [O + 'url']: REPO_URL,
      [O + 'revision']: '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345',
      [O + 'version']: '1.2.3',
    });
  });
});

describe("the user's annotations", () => {
  it('override by key, add new keys, and an empty value removes a default', () => {
    const user = parseAnnotationsInput(
      ['# vendor info', `${O}title=Rate limiter`, `${O}vendor=Acme, Inc. = best`, `${O}licenses=`, ''].join(
        '\n',
      ),
    );
    const got = annotationsFor('push-tag', {}, user);
    expect(got[O + 'title']).toBe('Rate limiter');
    expect(got[O + 'vendor']).toBe('Acme, Inc. = best');
    expect(got).not.toHaveProperty(O + 'licenses');
    expect(got[O + 'version']).toBe('1.2.3');
    expect(Object.keys(got)).toEqual(Object.keys(got).slice().sort());
  });

  it('values are kept verbatim (they are data), whatever they contain', () => {
    const got = annotationsFor('push-tag', {}, { 'com.example.note': '::error::x ##[warning]y' });
    expect(got['com.example.note']).toBe('::error::x ##[warning]y');
  });

  it('a line without `=` or with a bad key is a UserError naming the line', () => {
    for (const bad of ['just-a-key', '=value', 'bad key=v']) {
      let err: unknown;
      try {
        parseAnnotationsInput(`${O}a=b\n${bad}`);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toContain('line 2');
      expect((err as UserError).fix).toContain('key=value');
    }
  });

  it('error messages neutralise workflow commands in the offending line', () => {
    let err: unknown;
    try {
      parseAnnotationsInput('::error::boom');
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).not.toContain('::error::');
  });
});
