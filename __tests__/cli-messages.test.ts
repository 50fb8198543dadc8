/**
 * What the CLI tells a new user, through the bundled CLI against real peers: a real docker-registry (plain HTTP, and
 * with token auth), real git for the commit time, openssl for a signing key made as the README says, and a Docker
 * credential helper that is a real executable speaking the docker-credential-helpers protocol.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinMessage } from '../src/cli/advice.js';
import { cliBuilt, runCli } from './fixtures/cli.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { startTokenService, type TokenService } from './fixtures/token-service.js';
import { fixtureWasm } from './fixtures/wat.js';

const USER = 'helper-user';
const PASSWORD = 'S3cret-from-the-credential-helper';

let plain: TestRegistry;
let ts: TokenService;
let authed: TestRegistry;
let work: string;
let filter: string;
let home: string;

beforeAll(async () => {
  cliBuilt();
  plain = await startRegistry();
  ts = await startTokenService({ username: USER, password: PASSWORD });
  authed = await startRegistry(ts.registryConfig());
  work = mkdtempSync(join(tmpdir(), 'cli-messages-'));
  home = mkdtempSync(join(work, 'home-'));
  filter = join(work, 'filter.wasm');
  writeFileSync(filter, fixtureWasm('filter'));
}, 30_000);

afterAll(async () => {
  await plain?.stop();
  await authed?.stop();
  await ts?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A clean environment: an empty Docker config, no SOURCE_DATE_EPOCH. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return { HOME: home, DOCKER_CONFIG: mkdtempSync(join(work, 'docker-')), ...extra };
}

describe('errors: one line, the message and its fix as two sentences', () => {
  it('joinMessage adds the full stop the message lacks, and only then', () => {
    expect(joinMessage('runtime config file x does not exist', 'Pass a file.')).toBe(
      'runtime config file x does not exist. Pass a file.',
    );
    expect(joinMessage('It failed.', 'Retry.')).toBe('It failed. Retry.');
    expect(joinMessage('It failed', undefined)).toBe('It failed');
  });

  it('a plain-HTTP registry without --plain-http: says so and names the flag (no TLS noise, no literal \\n)', async () => {
    const r = await runCli(['pull', `${plain.host}/acme/none:v1`, '-o', join(work, 'x.wasm')], {
      env: env(),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: The registry ${plain.host} speaks plain HTTP, not HTTPS (the TLS handshake got an HTTP answer). ` +
        'Pass --plain-http to talk HTTP to it (local or test registries only).\n',
    );
  });
});

describe('an HTTPS registry with a certificate this machine does not trust', () => {
  let server: Server;
  let host: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(work, 'tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    server = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_, res) => res.writeHead(404).end(),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  it('is a certificate error whose fix names the CLI flag, not the action input, on one clean line', async () => {
    const r = await runCli(['pull', `${host}/acme/x:v1`, '-o', join(work, 'x.wasm')], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: TLS connection to 127\.0\.0\.1:\d+ failed: .*certificate/);
    expect(r.stderr).toMatch(
      /NODE_EXTRA_CA_CERTS, or for a local test registry without TLS pass --plain-http\.\n$/,
    );
    expect(r.stderr).not.toContain('plain-http: true');
    expect(r.stderr).not.toContain('\\n');
    expect(r.stderr.split('\n')).toHaveLength(2);
  });
});

describe('push --format cncf and the runtime-config flags', () => {
  it('a missing --runtime-config file is an error in every format', async () => {
    const missing = join(work, 'missing.json');
    const r = await runCli(
      [
        'push',
        filter,
        `${plain.host}/acme/cncf:v1`,
        '--format',
        'cncf',
        '--runtime-config',
        missing,
        '--dry-run',
      ],
      { env: env({ SOURCE_DATE_EPOCH: '0' }) },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: runtime config file ".*missing\.json" does not exist\. Pass the path .* --runtime-config\.$/m,
    );
  });

  it('a runtime type that is not a name is a usage error', async () => {
    const r = await runCli(
      [
        'push',
        filter,
        `${plain.host}/acme/cncf:v1`,
        '--format',
        'cncf',
        '--runtime-type',
        'bo gus;',
        '--dry-run',
      ],
      { env: env() },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--runtime-type "bo gus;" is not a runtime type name/);
  });

  it('options cncf ignores get a warning naming them; the artifact has no runtime config', async () => {
    const layout = join(work, 'cncf-layout');
    const r = await runCli(
      [
        'push',
        filter,
        `${plain.host}/acme/cncf:v1`,
        '--format',
        'cncf',
        '--runtime-type',
        'bogus',
        '--root-ids',
        'a,b',
        '--dry-run',
        '--oci-layout',
        layout,
        '-q',
      ],
      { env: env({ SOURCE_DATE_EPOCH: '0' }) },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: --format cncf ignores --runtime-type, --root-ids: a CNCF Wasm artifact carries no runtime config. ' +
        'Drop them, or use --format solo, compat or auto to write them into the artifact.\n',
    );
    const manifest = JSON.parse(
      execFileSync('skopeo', ['inspect', '--raw', `oci:${layout}:v1`], { encoding: 'utf8' }),
    );
    expect(manifest.config.mediaType).toBe('application/vnd.wasm.config.v0+json');
    expect(JSON.stringify(manifest)).not.toContain('bogus');
  });
});

describe('push: timestamps outside Actions', () => {
  function created(layout: string): string | undefined {
    const raw = execFileSync('skopeo', ['inspect', '--raw', `oci:${layout}:v1`], { encoding: 'utf8' });
    return JSON.parse(raw).annotations?.['org.opencontainers.image.created'];
  }

  it('come from the commit time of git HEAD in the current directory, and the run says so', async () => {
    const repo = mkdtempSync(join(work, 'repo-'));
    const gitEnv = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_COMMITTER_DATE: '2024-05-06T07:08:09Z',
      GIT_AUTHOR_DATE: '2024-05-06T07:08:09Z',
    };
    execFileSync('git', ['init', '-q', repo], { env: gitEnv });
    execFileSync('git', ['-C', repo, 'commit', '-q', '--allow-empty', '-m', 'x'], { env: gitEnv });
    const layout = join(work, 'git-layout');
    const r = await runCli(['push', filter, `${plain.host}/acme/t:v1`, '--dry-run', '--oci-layout', layout], {
      env: env(),
      cwd: repo,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Timestamps: the commit time of git HEAD in "${repo}" (2024-05-06T07:08:09Z)`);
    expect(created(layout)).toBe('2024-05-06T07:08:09Z');
  });

  it('outside a git checkout without SOURCE_DATE_EPOCH: a warning saying what that means and the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-git-'));
    try {
      const layout = join(work, 'nogit-layout');
      const r = await runCli(
        ['push', filter, `${plain.host}/acme/t:v1`, '--dry-run', '--oci-layout', layout],
        {
          env: env(),
          cwd: dir,
        },
      );
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^warning: ".*" is not in a git checkout and SOURCE_DATE_EPOCH is not set/m);
      expect(r.stderr).toContain('set SOURCE_DATE_EPOCH');
      expect(created(layout)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the CLI runs whatever its environment', () => {
  it('a JEST_WORKER_ID inherited from a test runner does not turn it into a silent no-op', () => {
    cliBuilt();
    const out = execFileSync(process.execPath, ['dist/cli/index.js', '--version'], {
      env: { ...process.env, JEST_WORKER_ID: '7' },
      encoding: 'utf8',
    });
    expect(out).toMatch(/^wasm-oci \d+\.\d+\.\d+/);
  });
});

describe('verify --help', () => {
  it('shows --trusted-root in the usage of keyless verification', async () => {
    const r = await runCli(['verify', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3).join('\n')).toMatch(
      /verify <reference> --certificate-identity <id> --trusted-root <trusted_root\.json>/,
    );
  });
});

describe('signing with a key made by openssl (the README recipe), provenance bundle in a temp dir of its own', () => {
  it('signs, verifies with the public key, and leaves nothing in TMPDIR', async () => {
    const keyDir = mkdtempSync(join(work, 'key-'));
    const key = join(keyDir, 'signing.key');
    const pub = join(keyDir, 'signing.pub');
    // README: openssl ecparam -genkey -name prime256v1 -noout | openssl pkcs8 -topk8 -nocrypt -out signing.key
    const sec1 = execFileSync('openssl', ['ecparam', '-genkey', '-name', 'prime256v1', '-noout']);
    execFileSync('openssl', ['pkcs8', '-topk8', '-nocrypt', '-out', key], { input: sec1 });
    execFileSync('openssl', ['pkey', '-in', key, '-pubout', '-out', pub]);
    const tmp = mkdtempSync(join(work, 'tmpdir-'));
    const ref = `${plain.host}/acme/signed:v1`;
    const push = await runCli(['push', filter, ref, '--plain-http', '--signing-key', key, '-q'], {
      // The variables the README lists for signing outside Actions (the provenance describes this "run").
      env: env({
        TMPDIR: tmp,
        SOURCE_DATE_EPOCH: '1767225600',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/filter',
        GITHUB_REF: 'refs/tags/v1',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_WORKFLOW_REF: 'acme/filter/.github/workflows/release.yml@refs/tags/v1',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_RUN_ID: '1',
        GITHUB_RUN_ATTEMPT: '1',
      }),
    });
    expect(push.stderr).toBe('');
    expect(push.code).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
    const verify = await runCli(['verify', ref, '--key', pub, '--plain-http'], { env: env() });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^Verified: sha256:[a-f0-9]{64} has signed provenance/);
  });
});

describe('Docker credential helpers', () => {
  /** A `docker-credential-test` executable: logs the server URL it is asked for; knows only `known`. */
  function helper(known: string): { path: string; log: string } {
    const bin = mkdtempSync(join(work, 'bin-'));
    const log = join(bin, 'asked');
    const script = [
      '#!/bin/sh',
      'server=$(cat)',
      `printf '%s %s\\n' "$1" "$server" >> '${log}'`,
      `if [ "$1" = get ] && [ "$server" = '${known}' ]; then`,
      `  printf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}\\n' "$server"`,
      'else',
      '  echo "credentials not found in native keychain"',
      '  exit 1',
      'fi',
    ].join('\n');
    writeFileSync(join(bin, 'docker-credential-test'), script + '\n');
    chmodSync(join(bin, 'docker-credential-test'), 0o755);
    return { path: `${bin}:${process.env.PATH}`, log };
  }

  function configDir(config: unknown): string {
    const dir = mkdtempSync(join(work, 'docker-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    return dir;
  }

  it('credsStore: the helper is asked with the registry host on stdin; its credentials push and pull', async () => {
    const h = helper(authed.host);
    ts.requests.length = 0;
    const e = {
      HOME: home,
      PATH: h.path,
      DOCKER_CONFIG: configDir({ credsStore: 'test', auths: { [authed.host]: {} } }),
    };
    const push = await runCli(['push', filter, `${authed.host}/acme/helper:v1`, '--plain-http', '-q'], {
      env: { ...e, SOURCE_DATE_EPOCH: '0' },
    });
    expect(push.stderr).toBe('');
    expect(push.code).toBe(0);
    expect(readFileSync(h.log, 'utf8').split('\n')).toContain(`get ${authed.host}`);
    expect(ts.requests.length).toBeGreaterThan(0);
    expect(ts.requests.every((r) => r.user === USER && r.authenticated)).toBe(true);
    const out = join(work, 'helper.wasm');
    const pull = await runCli(['pull', `${authed.host}/acme/helper:v1`, '-o', out, '--plain-http'], {
      env: e,
    });
    expect(pull.code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(filter))).toBe(true);
    expect(pull.stderr + push.stderr).not.toContain(PASSWORD);
  });

  it('credHelpers names the helper per registry; "not found" means anonymous (and the registry then refuses)', async () => {
    const h = helper('some-other-registry.example');
    const e = {
      HOME: home,
      PATH: h.path,
      DOCKER_CONFIG: configDir({ credHelpers: { [authed.host]: 'test' } }),
    };
    const r = await runCli(
      ['pull', `${authed.host}/acme/helper:v1`, '-o', join(work, 'no.wasm'), '--plain-http'],
      {
        env: e,
      },
    );
    expect(readFileSync(h.log, 'utf8')).toBe(`get ${authed.host}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*(credentials|authenticat|unauthori)/im);
  });

  it('a credsStore helper that is not installed: a warning, and the auths entry is used', async () => {
    const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    const e = {
      HOME: home,
      DOCKER_CONFIG: configDir({ credsStore: 'absent', auths: { [authed.host]: { auth } } }),
    };
    const out = join(work, 'fallback.wasm');
    const r = await runCli(['pull', `${authed.host}/acme/helper:v1`, '-o', out, '--plain-http', '-q'], {
      env: e,
    });
    expect(r.stderr).toBe(
      `warning: The Docker config's credsStore is "absent", but docker-credential-absent is not on PATH; using its auths entries.\n`,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(filter))).toBe(true);
  });

  it('a credHelpers helper that is not installed is an error naming it', async () => {
    const e = { HOME: home, DOCKER_CONFIG: configDir({ credHelpers: { [authed.host]: 'absent' } }) };
    const r = await runCli(
      ['pull', `${authed.host}/acme/helper:v1`, '-o', join(work, 'no.wasm'), '--plain-http'],
      {
        env: e,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/docker-credential-absent is named for .* but is not on PATH\. /);
  });
});
