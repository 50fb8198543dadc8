import { describe, expect, it } from '@jest/globals';
import { UserError } from '../src/errors.js';
import { readGitHubContext } from '../src/github-context.js';
import { decidePush, parsePushInput } from '../src/push-decision.js';
import { envFor, type EventFixture } from './fixtures/event-context.js';

const TOKEN = 'ghp_notARealTokenButSecretLooking0123456789';

type Want = boolean | 'error';

describe('decidePush per event, input and credentials', () => {
  // fixture, push input, password, expected push (or error), notices expected
  const cases: [EventFixture, string, string, Want, number][] = [
    ['push-tag', 'auto', 'token', true, 0],
    ['push-tag-prerelease', 'auto', 'token', true, 0],
    ['push-branch', 'auto', 'token', true, 0],
    ['push-default-branch', 'auto', 'token', true, 0],
    ['workflow-dispatch', 'auto', 'token', true, 0],
    ['pull-request', 'auto', 'token', false, 0],
    ['pull-request-fork', 'auto', 'none', false, 1],
    ['pull-request-target', 'auto', 'token', false, 0],
    ['push-tag', 'false', 'token', false, 0],
    ['pull-request', 'true', 'token', true, 0],
    ['pull-request-fork', 'true', 'none', false, 1],
    ['pull-request-fork', 'true', 'token', false, 1], // only the read-only github.token on forks
    ['pull-request-target', 'true', 'token', true, 1],
    ['push-tag', 'true', 'none', 'error', 0],
    ['push-tag', 'auto', 'none', 'error', 0],
    ['pull-request', 'true', 'none', 'error', 0],
    ['push-tag', 'false', 'none', false, 0],
    ['pull-request-fork', 'false', 'none', false, 0],
  ];

  it.each(cases)('%s push=%s credentials=%s -> %p', (fixture, input, creds, want, nNotices) => {
    const password = creds === 'token' ? TOKEN : '';
    const ctx = readGitHubContext(envFor(fixture));
    if (want === 'error') {
      let err: unknown;
      try {
        decidePush(ctx, input, password);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toContain('`password`');
      expect((err as UserError).fix).toMatch(/packages: write/);
      expect((err as UserError).fix).toMatch(/push: false/);
      return;
    }
    const d = decidePush(ctx, input, password);
    expect(d.push).toBe(want);
    expect(d.notices).toHaveLength(nNotices);
    expect(d.reason.length).toBeGreaterThan(10);
    // the password never leaks into anything the caller logs
    expect(JSON.stringify(d)).not.toContain(TOKEN);
  });

  it('pull requests say "validated, not pushed"', () => {
    const d = decidePush(readGitHubContext(envFor('pull-request')), 'auto', TOKEN);
    expect(d.reason).toMatch(/^Validated, not pushed/);
  });

  it('fork PR notices say what was skipped and why', () => {
    const d = decidePush(readGitHubContext(envFor('pull-request-fork')), 'auto', '');
    expect(d.notices[0]).toContain('#43');
    expect(d.notices[0]).toMatch(/no secrets and no OIDC token/);
    expect(d.notices[0]).toMatch(/login, push and signing were skipped/);
  });

  it('explicit push on a fork PR without credentials points to push: auto instead of failing', () => {
    const d = decidePush(readGitHubContext(envFor('pull-request-fork')), 'true', '');
    expect(d.push).toBe(false);
    expect(d.notices[0]).toContain('push: auto');
  });

  it('pull_request_target pushing for a fork carries a warning notice', () => {
    const d = decidePush(readGitHubContext(envFor('pull-request-target')), 'true', TOKEN);
    expect(d.notices[0]).toMatch(/pull_request_target/);
  });

  it('allowAnonymous permits an empty password (local registries), also for fork PRs with push: true', () => {
    expect(decidePush(readGitHubContext(envFor('push-tag')), 'true', '', { allowAnonymous: true }).push).toBe(
      true,
    );
    const fork = readGitHubContext(envFor('pull-request-fork'));
    expect(decidePush(fork, 'true', '', { allowAnonymous: true }).push).toBe(true);
    expect(decidePush(fork, 'auto', '', { allowAnonymous: true }).push).toBe(false);
  });

  it('parsePushInput accepts auto/true/false in any case and defaults to auto', () => {
    expect(parsePushInput('')).toBe('auto');
    expect(parsePushInput(undefined)).toBe('auto');
    expect(parsePushInput(' TRUE ')).toBe('true');
    expect(parsePushInput('False')).toBe('false');
    let err: unknown;
    try {
      parsePushInput('yes');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain('"yes"');
  });
});
