import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../src/errors.js';
import { normaliseTime, readGitHubContext, withCommitTime } from '../src/github-context.js';
import { envFor, readFixture, type EventFixture } from './fixtures/event-context.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ghctx-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readGitHubContext over real-shaped event payloads', () => {
  const cases: [
    EventFixture,
    {
      eventName: string;
      ref: string;
      refType: string;
      refName: string;
      sha: string;
      prNumber?: number;
      isFork: boolean;
      isPullRequest: boolean;
      isDefaultBranch: boolean;
      hasIdToken: boolean;
      created?: string;
    },
  ][] = [
    [
      'push-tag',
      {
        eventName: 'push',
        ref: 'refs/tags/v1.2.3',
        refType: 'tag',
        refName: 'v1.2.3',
        sha: '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345',
        isFork: false,
        isPullRequest: false,
        isDefaultBranch: false,
        hasIdToken: true,
        created: '2025-10-30T09:12:44Z', // head_commit.timestamp 10:12:44+01:00
      },
    ],
    [
      'push-tag-prerelease',
      {
        eventName: 'push',
        ref: 'refs/tags/v2.0.0-rc.1',
        refType: 'tag',
        refName: 'v2.0.0-rc.1',
        sha: '8a7b6c5d4e3f20110fedcba987654321abcdef01',
        isFork: false,
        isPullRequest: false,
        isDefaultBranch: false,
        hasIdToken: true,
        created: '2025-11-02T13:00:00Z', // 08:00:00-05:00
      },
    ],
    [
      'push-branch',
      {
        eventName: 'push',
        ref: 'refs/heads/feature/Login-Form',
        refType: 'branch',
        refName: 'feature/Login-Form',
        sha: 'b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e',
        isFork: false,
        isPullRequest: false,
        isDefaultBranch: false,
        hasIdToken: true,
        created: '2025-10-29T14:45:10Z',
      },
    ],
    [
      'push-default-branch',
      {
        eventName: 'push',
        ref: 'refs/heads/main',
        refType: 'branch',
        refName: 'main',
        sha: 'c0ffee0123456789abcdef0123456789abcdef01',
        isFork: false,
        isPullRequest: false,
        isDefaultBranch: true,
        hasIdToken: true,
        created: '2025-10-30T09:12:44Z',
      },
    ],
    [
      'pull-request',
      {
        eventName: 'pull_request',
        ref: 'refs/pull/42/merge',
        refType: 'pull',
        refName: '42/merge',
        sha: 'd1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0', // head, not the merge commit
        prNumber: 42,
        isFork: false,
        isPullRequest: true,
        isDefaultBranch: false,
        hasIdToken: true,
      },
    ],
    [
      'pull-request-fork',
      {
        eventName: 'pull_request',
        ref: 'refs/pull/43/merge',
        refType: 'pull',
        refName: '43/merge',
        sha: 'f00dbabe1234567890abcdef1234567890abcdef',
        prNumber: 43,
        isFork: true,
        isPullRequest: true,
        isDefaultBranch: false,
        hasIdToken: false,
      },
    ],
    [
      'pull-request-target',
      {
        eventName: 'pull_request_target',
        ref: 'refs/pull/44/merge', // GITHUB_REF is refs/heads/main; rewritten like metadata-action
        refType: 'pull',
        refName: '44/merge',
        sha: 'abad1dea0987654321fedcba0987654321fedcba',
        prNumber: 44,
        isFork: true,
        isPullRequest: true,
        isDefaultBranch: false,
        hasIdToken: true,
      },
    ],
    [
      'workflow-dispatch',
      {
        eventName: 'workflow_dispatch',
        ref: 'refs/heads/main',
        refType: 'branch',
        refName: 'main',
        sha: 'c0ffee0123456789abcdef0123456789abcdef01',
        isFork: false,
        isPullRequest: false,
        isDefaultBranch: true,
        hasIdToken: true,
      },
    ],
  ];

  it.each(cases)('%s', (fixture, want) => {
    const ctx = readGitHubContext(envFor(fixture));
    expect({
      eventName: ctx.eventName,
      ref: ctx.ref,
      refType: ctx.refType,
      refName: ctx.refName,
      sha: ctx.sha,
      prNumber: ctx.prNumber,
      isFork: ctx.isFork,
      isPullRequest: ctx.isPullRequest,
      isDefaultBranch: ctx.isDefaultBranch,
      hasIdToken: ctx.hasIdToken,
      created: ctx.created,
    }).toEqual(want);
    expect(ctx.repository).toBe('Acme-Org/Envoy-Filters');
    expect(ctx.repoUrl).toBe('https://github.com/Acme-Org/Envoy-Filters');
    expect(ctx.repoName).toBe('Envoy-Filters');
    expect(ctx.repoDescription).toBe('Envoy/Istio HTTP filters compiled to WebAssembly');
    expect(ctx.repoLicense).toBe('Apache-2.0');
    expect(ctx.defaultBranch).toBe('main');
    expect(ctx.payloadError).toBeUndefined();
  });

  it('keeps the merge commit separately on pull requests', () => {
    const ctx = readGitHubContext(envFor('pull-request'));
    expect(ctx.githubSha).toBe('e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b');
    expect(ctx.githubSha).not.toBe(ctx.sha);
  });
});

describe('fork detection edge cases', () => {
  function withPayload(name: string, mutate: (p: ReturnType<typeof readFixture>) => void) {
    const p = readFixture('pull-request');
    mutate(p);
    const path = join(tmp, name);
    writeFileSync(path, JSON.stringify(p));
    return readGitHubContext(envFor('pull-request', { GITHUB_EVENT_PATH: path }));
  }

  it('a same-repository PR in a repository that is itself a fork is not a fork PR', () => {
    const ctx = withPayload('self-fork.json', (p) => {
      p.pull_request.head.repo.fork = true;
      p.pull_request.base.repo.fork = true;
    });
    expect(ctx.isFork).toBe(false);
  });

  it('a PR whose head repository was deleted counts as a fork', () => {
    const ctx = withPayload('deleted-fork.json', (p) => {
      p.pull_request.head.repo = null;
    });
    expect(ctx.isFork).toBe(true);
  });

  it('falls back to head.repo.fork when full names are missing', () => {
    const ctx = withPayload('no-names.json', (p) => {
      delete p.pull_request.head.repo.full_name;
      p.pull_request.head.repo.fork = true;
    });
    expect(ctx.isFork).toBe(true);
  });
});

describe('missing or broken event file', () => {
  it('tolerates a missing file and uses env only', () => {
    const ctx = readGitHubContext(
      envFor('push-tag', { GITHUB_EVENT_PATH: join(tmp, 'does-not-exist.json') }),
    );
    expect(ctx.payload).toEqual({});
    expect(ctx.payloadError).toMatch(/ENOENT/);
    expect(ctx.refType).toBe('tag');
    expect(ctx.sha).toBe('3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345');
    expect(ctx.repoName).toBeUndefined();
    expect(ctx.created).toBeUndefined();
    expect(ctx.isDefaultBranch).toBe(false);
  });

  it('tolerates a file that is not JSON', () => {
    const path = join(tmp, 'garbage.json');
    writeFileSync(path, '{"ref": ');
    const ctx = readGitHubContext(envFor('push-branch', { GITHUB_EVENT_PATH: path }));
    expect(ctx.payload).toEqual({});
    expect(ctx.payloadError).toBeDefined();
    expect(ctx.refName).toBe('feature/Login-Form');
  });

  it('tolerates no GITHUB_EVENT_PATH and an empty environment', () => {
    const ctx = readGitHubContext({});
    expect(ctx.eventName).toBe('');
    expect(ctx.refType).toBe('other');
    expect(ctx.isFork).toBe(false);
    expect(ctx.hasIdToken).toBe(false);
    expect(ctx.payloadError).toBeUndefined();
  });
});

describe('commit time (created)', () => {
  it('SOURCE_DATE_EPOCH wins over everything', () => {
    const ctx = readGitHubContext(envFor('push-tag', { SOURCE_DATE_EPOCH: '1700000000' }));
    expect(ctx.created).toBe('2023-11-14T22:13:20Z');
    expect(ctx.createdSource).toBe('SOURCE_DATE_EPOCH');
  });

  it('a malformed SOURCE_DATE_EPOCH is a UserError that names it', () => {
    for (const bad of ['yesterday', '-5', '1.5', '99999999999999']) {
      let err: unknown;
      try {
        readGitHubContext(envFor('push-tag', { SOURCE_DATE_EPOCH: bad }));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toContain('SOURCE_DATE_EPOCH');
      expect((err as UserError).fix).toBeTruthy();
    }
  });

  it('uses `git show` in GITHUB_WORKSPACE before the payload timestamp', () => {
    const repo = join(tmp, 'repo');
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, ...args], {
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
          GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z',
          GIT_COMMITTER_DATE: '2024-02-29T23:30:00+05:30',
        },
      }).trim();
    execFileSync('git', ['init', '-q', repo]);
    git('commit', '-q', '--allow-empty', '-m', 'x');
    const sha = git('rev-parse', 'HEAD');
    const ctx = readGitHubContext(envFor('push-tag', { GITHUB_WORKSPACE: repo, GITHUB_SHA: sha }));
    expect(ctx.created).toBe('2024-02-29T18:00:00Z'); // committer date, not author date, in UTC
    expect(ctx.createdSource).toBe('git');

    // the payload's head_commit is another commit than GITHUB_SHA: its timestamp must not be used
    const other = readGitHubContext(
      envFor('push-tag', { GITHUB_SHA: '0123456789012345678901234567890123456789' }),
    );
    expect(other.created).toBeUndefined();
  });

  it('`{ git: false }` + withCommitTime (git show in the background) gives what the synchronous read gives', async () => {
    const repo = join(tmp, 'repo-async');
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'commit', '-q', '--allow-empty', '-m', 'x'], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_COMMITTER_DATE: '2023-07-01T10:00:00-02:00',
      },
    });
    const sha = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const cases = [
      envFor('push-tag', { GITHUB_WORKSPACE: repo, GITHUB_SHA: sha }), // git
      envFor('push-tag', { GITHUB_WORKSPACE: repo, GITHUB_SHA: sha, SOURCE_DATE_EPOCH: '1700000000' }), // SDE wins
      envFor('push-tag'), // payload head_commit (same commit as GITHUB_SHA)
      envFor('push-tag', { GITHUB_SHA: '0123456789012345678901234567890123456789' }), // nothing
    ];
    const got = [];
    for (const env of cases) {
      const early = readGitHubContext(env, { git: false });
      if (!env.SOURCE_DATE_EPOCH) expect(early.created).toBeUndefined(); // nothing read from git or payload yet
      const done = await withCommitTime(env, early);
      expect(done).toEqual(readGitHubContext(env));
      got.push([done.createdSource, done.created]);
    }
    expect(got).toEqual([
      ['git', '2023-07-01T12:00:00Z'],
      ['SOURCE_DATE_EPOCH', '2023-11-14T22:13:20Z'],
      ['payload', readGitHubContext(envFor('push-tag')).created],
      [undefined, undefined],
    ]);
    expect(got[2][1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('omits created on pull requests when git cannot tell (payload has no head commit time)', () => {
    expect(readGitHubContext(envFor('pull-request')).created).toBeUndefined();
  });

  it('normaliseTime converts offsets to UTC and rejects non-ISO text', () => {
    expect(normaliseTime('2025-01-01T00:30:00+01:00')).toBe('2024-12-31T23:30:00Z');
    expect(normaliseTime('2025-06-01T12:00:00.987Z')).toBe('2025-06-01T12:00:00Z');
    expect(normaliseTime('next tuesday')).toBeUndefined();
    expect(normaliseTime('1700000000')).toBeUndefined();
  });
});
