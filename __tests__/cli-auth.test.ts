/**
 * CLI credentials against a real docker-registry with token auth (JWT token service): the Docker config file
 * (`auths` in its key forms and encodings), `--password-stdin`, secrets never printed; usage errors exit 2.
 * Plus unit tests of the Docker config lookup and the reference parser.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../src/errors.js';
import { credentialsFromConfig, normaliseAuthKey } from '../src/registry/docker-config.js';
import { parseReference, UsageError } from '../src/cli/args.js';
import { targetOf } from '../src/cli/push.js';
import { cliBuilt, runCli } from './fixtures/cli.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { startTokenService, type TokenService } from './fixtures/token-service.js';
import { fixtureWasm } from './fixtures/wat.js';

const USER = 'ci-bot';
const PASSWORD = 'Tok3n-s3cret-value';

let ts: TokenService;
let reg: TestRegistry;
let work: string;
let filter: string;
let emptyHome: string;

beforeAll(async () => {
  cliBuilt();
  ts = await startTokenService({ username: USER, password: PASSWORD });
  reg = await startRegistry(ts.registryConfig());
  work = mkdtempSync(join(tmpdir(), 'cli-auth-'));
  emptyHome = mkdtempSync(join(work, 'home-'));
  filter = join(work, 'filter.wasm');
  writeFileSync(filter, fixtureWasm('filter'));
}, 30000);

afterAll(async () => {
  await reg?.stop();
  await ts?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** A DOCKER_CONFIG directory holding `config`. */
function dockerConfig(config: unknown): string {
  const dir = mkdtempSync(join(work, 'docker-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('Docker config credentials', () => {
  it('uses the base64 `auth` of the exact host key to push and pull', async () => {
    ts.requests.length = 0;
    const DOCKER_CONFIG = dockerConfig({ auths: { [reg.host]: { auth: b64(`${USER}:${PASSWORD}`) } } });
    const env = { DOCKER_CONFIG, HOME: emptyHome };
    const push = await runCli(['push', filter, `${reg.host}/acme/docker-auth:v1`, '--plain-http', '-q'], {
      env,
    });
    expect(push.stderr).toBe('');
    expect(push.code).toBe(0);
    expect(ts.requests.length).toBeGreaterThan(0);
    expect(ts.requests.every((r) => r.user === USER && r.authenticated)).toBe(true);
    expect(ts.requests.some((r) => r.scopes.includes('repository:acme/docker-auth:pull,push'))).toBe(true);

    const out = join(work, 'docker-auth.wasm');
    const pull = await runCli(['pull', `${reg.host}/acme/docker-auth:v1`, '-o', out, '--plain-http'], {
      env,
    });
    expect(pull.code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(filter))).toBe(true);
    // pull asks for a read-only token
    expect(ts.requests.some((r) => r.scopes.includes('repository:acme/docker-auth:pull'))).toBe(true);
  });

  it('matches an `https://host` key with username/password fields', async () => {
    ts.requests.length = 0;
    const DOCKER_CONFIG = dockerConfig({
      auths: {
        'other.example:5000': { auth: b64('someone:else') },
        [`https://${reg.host}`]: { username: USER, password: PASSWORD },
      },
    });
    const r = await runCli(['inspect', `${reg.host}/acme/docker-auth:v1`, '--plain-http', '--json'], {
      env: { DOCKER_CONFIG, HOME: emptyHome },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).format).toBe('solo');
    expect(ts.requests.every((x) => x.user === USER && x.authenticated)).toBe(true);
  });

  it('finds ~/.docker/config.json when DOCKER_CONFIG is not set', async () => {
    const home = mkdtempSync(join(work, 'home-docker-'));
    const dir = join(home, '.docker');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [reg.host]: { auth: b64(`${USER}:${PASSWORD}`) } } }),
    );
    const out = join(work, 'home.wasm');
    const r = await runCli(['pull', `${reg.host}/acme/docker-auth:v1`, '-o', out, '--plain-http'], {
      env: { HOME: home },
    });
    expect(r.code).toBe(0);
  });

  it('without credentials the registry refuses, exit 1, one error line', async () => {
    const r = await runCli(['push', filter, `${reg.host}/acme/anon:v1`, '--plain-http', '-q'], {
      env: { HOME: emptyHome },
    });
    expect(r.code).toBe(1);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error: ')),
    ).toHaveLength(1);
  });

  it('wrong credentials in the Docker config: exit 1, the secret is not printed', async () => {
    const wrong = 'Wr0ng-pa55word-xyz';
    const DOCKER_CONFIG = dockerConfig({ auths: { [reg.host]: { auth: b64(`${USER}:${wrong}`) } } });
    const r = await runCli(['push', filter, `${reg.host}/acme/wrong:v1`, '--plain-http', '-v'], {
      env: { DOCKER_CONFIG, HOME: emptyHome },
    });
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).not.toContain(wrong);
    expect(r.stderr + r.stdout).not.toContain(b64(`${USER}:${wrong}`));
  });
});

describe('--password-stdin', () => {
  it('pushes with the password read from stdin; flags win over the Docker config', async () => {
    ts.requests.length = 0;
    const DOCKER_CONFIG = dockerConfig({ auths: { [reg.host]: { auth: b64('nobody:nothing') } } });
    const r = await runCli(
      [
        'push',
        filter,
        `${reg.host}/acme/stdin:v1`,
        '--plain-http',
        '--username',
        USER,
        '--password-stdin',
        '-v',
      ],
      { env: { DOCKER_CONFIG, HOME: emptyHome }, stdin: PASSWORD + '\n' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(ts.requests.every((x) => x.user === USER && x.authenticated)).toBe(true);
    expect(r.stderr).not.toContain(PASSWORD);
  });

  it('a wrong password from stdin fails with exit 1 and is never printed', async () => {
    const wrong = 'not-the-Password-42';
    const r = await runCli(
      ['push', filter, `${reg.host}/acme/stdin:v2`, '--plain-http', '-u', USER, '--password-stdin', '-v'],
      { env: { HOME: emptyHome }, stdin: wrong },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: /m);
    expect(r.stderr + r.stdout).not.toContain(wrong);
  });
});

describe('usage errors exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'references in two repositories',
      ['push', 'x.wasm', 'localhost:5000/a/b:v1', 'localhost:5000/a/c:v1'],
      /same registry\/repository/,
    ],
    [
      'references on two registries',
      ['push', 'x.wasm', 'localhost:5000/a/b:v1', 'ghcr.io/a/b:v2'],
      /same registry\/repository/,
    ],
    [
      'a digest reference to push',
      ['push', 'x.wasm', `localhost:5000/a/b@sha256:${'a'.repeat(64)}`],
      /tags, not digests/,
    ],
    ['push without a reference', ['push', 'x.wasm'], /at least one reference/],
    ['pull without -o', ['pull', 'localhost:5000/a/b:v1'], /-o/],
    ['an unknown option', ['pull', 'localhost:5000/a/b:v1', '-o', 'x', '--bogus'], /bogus/],
    ['a reference without a registry host', ['pull', 'acme/filter:v1', '-o', 'x'], /registry host/],
    ['an upper-case repository', ['inspect', 'ghcr.io/Acme/Filter:v1'], /lowercase/],
    [
      '--password-stdin without --username',
      ['pull', 'localhost:5000/a/b:v1', '-o', 'x', '--password-stdin'],
      /needs --username/,
    ],
    [
      'an unknown --format',
      ['push', 'x.wasm', 'localhost:5000/a/b:v1', '--format', 'zip'],
      /--format must be one of/,
    ],
    ['verify with neither key nor identity', ['verify', 'localhost:5000/a/b:v1'], /exactly one of/],
    ['an unknown command', ['fetch', 'x'], /unknown command/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const r = await runCli(args, { env: { HOME: emptyHome }, stdin: 'pw' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--help works globally and per command; --version prints the package version', async () => {
    const g = await runCli(['--help']);
    expect(g.code).toBe(0);
    expect(g.stdout).toMatch(/wasm-oci push/);
    for (const cmd of ['push', 'pull', 'inspect', 'verify']) {
      const h = await runCli([cmd, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain(`Usage: wasm-oci ${cmd}`);
    }
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(v.stdout.trim()).toBe(`wasm-oci ${pkg.version}`);
  });
});

describe('credentialsFromConfig (unit)', () => {
  const host = 'registry.example:5000';
  it('decodes `auth`, prefers the exact key over a URL-form key', () => {
    const c = credentialsFromConfig(
      {
        auths: {
          [`https://${host}/v1/`]: { auth: b64('url:form') },
          [host]: { auth: b64('exact:pass:with:colons') },
        },
      },
      host,
    );
    expect(c).toMatchObject({ username: 'exact', password: 'pass:with:colons', kind: 'auth', key: host });
  });
  it('matches `https://host` keys and username/password fields', () => {
    const c = credentialsFromConfig(
      { auths: { [`https://${host}`]: { username: 'u', password: 'p' } } },
      host,
    );
    expect(c).toMatchObject({ username: 'u', password: 'p', kind: 'username-password' });
  });
  it('uses an identity token as the password', () => {
    const c = credentialsFromConfig(
      { auths: { [host]: { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh' } } },
      host,
    );
    expect(c).toMatchObject({
      username: '00000000-0000-0000-0000-000000000000',
      password: 'refresh',
      kind: 'identitytoken',
    });
  });
  it('does not match another host or port', () => {
    expect(
      credentialsFromConfig({ auths: { 'registry.example': { auth: b64('a:b') } } }, host),
    ).toBeUndefined();
    expect(
      credentialsFromConfig({ auths: { 'registry.example:5001': { auth: b64('a:b') } } }, host),
    ).toBeUndefined();
    expect(
      credentialsFromConfig({ auths: { 'evil.example/registry.example:5000': { auth: b64('a:b') } } }, host),
    ).toBeUndefined();
  });
  it('maps docker.io to the legacy Docker Hub key', () => {
    const c = credentialsFromConfig(
      { auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw') } } },
      'docker.io',
    );
    expect(c).toMatchObject({ username: 'hub', password: 'pw' });
  });
  it('entries without a secret (credential helpers) give nothing; garbage is a UserError that hides the value', () => {
    expect(credentialsFromConfig({ auths: { [host]: {} }, credsStore: 'desktop' }, host)).toBeUndefined();
    expect(() => credentialsFromConfig({ auths: { [host]: { auth: '!!secret!!' } } }, host)).toThrow(
      UserError,
    );
    try {
      credentialsFromConfig({ auths: { [host]: { auth: b64('no-colon-secret') } } }, host);
      throw new Error('expected a UserError');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as Error).message).not.toContain('no-colon-secret');
    }
  });
  it('normaliseAuthKey', () => {
    expect(normaliseAuthKey('https://GHCR.io/v1/')).toBe('ghcr.io');
    expect(normaliseAuthKey('localhost:5000')).toBe('localhost:5000');
  });
});

describe('references (unit)', () => {
  it('parses host, repository, tag and digest', () => {
    expect(parseReference('ghcr.io/acme/filters/rate-limit:v1.2.3', 'pull')).toEqual({
      registry: 'ghcr.io',
      repository: 'acme/filters/rate-limit',
      tag: 'v1.2.3',
      digest: undefined,
    });
    const d = `sha256:${'0'.repeat(64)}`;
    expect(parseReference(`localhost:5000/a@${d}`, 'pull')).toEqual({
      registry: 'localhost:5000',
      repository: 'a',
      tag: undefined,
      digest: d,
    });
    expect(() => parseReference('library/nginx:1', 'pull')).toThrow(UsageError);
    expect(() => parseReference('ghcr.io/a:b:c', 'pull')).toThrow(UsageError);
  });
  it('push targets: one repository, tags de-duplicated, latest by default', () => {
    const refs = ['r.io/a/b:v1', 'r.io/a/b', 'r.io/a/b:v1'].map((t) => parseReference(t, 'push'));
    expect(targetOf(refs)).toEqual({ registry: 'r.io', repository: 'a/b', tags: ['v1', 'latest'] });
  });
});
