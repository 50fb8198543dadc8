/** Pure parts of the registry client: challenge parsing, scopes, backoff, error mapping (messages and fixes). */
import { describe, expect, it } from '@jest/globals';
import { mergeScopes, parseChallenges } from '../src/registry/auth.js';
import {
  credentialsRejected,
  errorFromResponse,
  parseRetryAfter,
  type ErrorContext,
} from '../src/registry/errors.js';
import { withDigest } from '../src/registry/remote.js';
import { DEFAULT_RETRY_POLICY, backoffDelay } from '../src/registry/transport.js';

const ghcr: ErrorContext = {
  registry: 'ghcr.io',
  repository: 'acme/filter',
  action: 'upload blob sha256:0123456789ab',
  auth: 'bearer',
  hasCredentials: true,
  username: 'octocat',
};
const body = (code: string, message: string) => Buffer.from(JSON.stringify({ errors: [{ code, message }] }));

describe('WWW-Authenticate parsing', () => {
  it('reads quoted parameters with commas and spaces, and several challenges', () => {
    const c = parseChallenges(
      'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push repository:c:pull",error="insufficient_scope", Basic realm="x"',
    );
    expect(c).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.example/token',
          service: 'registry.example',
          scope: 'repository:a/b:pull,push repository:c:pull',
          error: 'insufficient_scope',
        },
      },
      { scheme: 'basic', params: { realm: 'x' } },
    ]);
    expect(parseChallenges(undefined)).toEqual([]);
    expect(parseChallenges('Basic realm=unquoted')).toEqual([
      { scheme: 'basic', params: { realm: 'unquoted' } },
    ]);
  });

  it('merges scopes per resource', () => {
    expect(mergeScopes(['repository:a/b:push,pull'], ['repository:a/b:pull repository:src:pull'])).toEqual([
      'repository:a/b:pull,push',
      'repository:src:pull',
    ]);
  });
});

describe('retry policy', () => {
  it('backs off exponentially from 250 ms with ±10 % jitter, clamped to 200 ms – 3 s', () => {
    const p = DEFAULT_RETRY_POLICY;
    expect(backoffDelay(0, p, () => 0.5)).toBe(250);
    expect(backoffDelay(0, p, () => 0)).toBeCloseTo(225);
    expect(backoffDelay(0, p, () => 1)).toBeCloseTo(275);
    expect(backoffDelay(2, p, () => 0.5)).toBe(1000);
    expect(backoffDelay(4, p, () => 0.5)).toBe(3000);
    expect(backoffDelay(0, { ...p, baseDelayMs: 10 }, () => 0.5)).toBe(200);
    expect(p.maxRetries).toBe(5);
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('upload locations', () => {
  it('appends the digest to a Location that has its own query, without rebuilding it', () => {
    expect(withDigest('https://r.example/v2/a/blobs/uploads/u1?_state=x%2By', 'sha256:ab')).toBe(
      'https://r.example/v2/a/blobs/uploads/u1?_state=x%2By&digest=sha256%3Aab',
    );
    expect(withDigest('https://r.example/v2/a/blobs/uploads/u1', 'sha256:ab')).toBe(
      'https://r.example/v2/a/blobs/uploads/u1?digest=sha256%3Aab',
    );
  });
});

describe('errors people can act on', () => {
  it('GHCR 403: names packages: write, Manage Actions access, and the org policy', () => {
    const e = errorFromResponse(403, {}, body('DENIED', 'permission_denied: write_package'), ghcr);
    expect(e.kind).toBe('permission');
    expect(e.message).toContain('write_package');
    expect(e.fix).toMatch(/packages: write/);
    expect(e.fix).toMatch(/Manage Actions access/);
    expect(e.fix).toMatch(/package-creation policy/);
  });

  it('GHCR org package-creation refusal gets its own fix', () => {
    const e = errorFromResponse(
      403,
      {},
      body('DENIED', 'installation not allowed to Create organization package'),
      ghcr,
    );
    expect(e.fix).toMatch(/organisation's package policy/);
  });

  it('wrong credentials, no credentials, missing permission, unknown repository and rate limit differ', () => {
    const errs = [
      credentialsRejected(ghcr, 401),
      errorFromResponse(401, {}, undefined, { ...ghcr, hasCredentials: false }),
      errorFromResponse(401, {}, undefined, ghcr),
      errorFromResponse(404, {}, body('NAME_UNKNOWN', 'repository name not known to registry'), ghcr),
      errorFromResponse(429, { 'retry-after': '30' }, body('TOOMANYREQUESTS', 'rate limited'), ghcr),
    ];
    expect(errs.map((e) => e.kind)).toEqual([
      'credentials',
      'unauthenticated',
      'permission',
      'name-unknown',
      'rate-limit',
    ]);
    expect(new Set(errs.map((e) => e.message)).size).toBe(errs.length);
    expect(new Set(errs.map((e) => e.fix)).size).toBe(errs.length);
    expect(errs[0].fix).toMatch(/GITHUB_TOKEN/);
    expect(errs[1].fix).toMatch(/packages: write/);
    expect(errs[4].retryAfterMs).toBe(30_000);
    expect(errs[4].message).toMatch(/wait 30 s/);
    expect(errs[4].retryable).toBe(true);
    expect(errs[0].retryable).toBe(false);
  });

  it('escapes registry text (workflow commands, newlines) and ignores HTML bodies', () => {
    const e = errorFromResponse(400, {}, body('MANIFEST_INVALID', 'bad\n::error::pwned ##[group]x'), ghcr);
    expect(e.message).not.toMatch(/\n/);
    expect(e.message).not.toContain('::error::');
    expect(e.message).not.toContain('##[');
    const html = errorFromResponse(502, {}, Buffer.from('<html><body>Bad gateway</body></html>'), ghcr);
    expect(html.message).not.toContain('<html>');
    expect(html.kind).toBe('server');
  });
});
