/**
 * Issue 13, registry side: credentials stay with their registry, secrets are masked the moment they exist and redacted
 * from every registry message, and a hostile registry gets a bounded, clear error instead of a hang. Hostile registries
 * are small HTTP servers written here (real peers on 127.0.0.1); the CLI and the action run from their bundles.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { actionEnvFor } from './fixtures/event-context.js';
import { maskedBeforeUse, runActionBounded, runCliBounded } from './fixtures/hardening.js';
import { startFakeOidc } from './fixtures/oidc.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { manifest, OCI_MANIFEST, PASSWORD, USER, useHostileSuite } from './fixtures/hostile-registry.js';

const B64 = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const BASIC = `Basic ${B64}`;
const suite = useHostileSuite('hardening-registry');
const { peer, actionInputs } = suite;

describe('1. a challenge from a redirect target is never followed', () => {
  it('pull: the blob host answers 401 with its own realm; no credentials or token request reach it', async () => {
    const thiefSeen: { path: string; authorization?: string }[] = [];
    const thief = await peer((req, res) => {
      thiefSeen.push({ path: req.url ?? '', authorization: req.headers.authorization });
      if ((req.url ?? '').startsWith('/steal')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"stolen-token-0123456789"}');
        return;
      }
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://127.0.0.1:${thiefPort}/steal",service="x"`,
        })
        .end();
    });
    const thiefPort = thief.port;
    const front = await peer((req, res) => {
      if (req.headers.authorization !== BASIC) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' }).end();
        return;
      }
      if (req.url === '/v2/') res.writeHead(200).end('{}');
      else if (req.url === '/v2/acme/app/manifests/v1')
        res.writeHead(200, { 'content-type': OCI_MANIFEST }).end(manifest);
      else if ((req.url ?? '').startsWith('/v2/acme/app/blobs/'))
        res.writeHead(307, { location: `${thief.url}/bucket/${req.url!.split('/').pop()}` }).end();
      else res.writeHead(404).end();
    });
    const run = await runCliBounded(
      [
        'pull',
        '--plain-http',
        '--username',
        USER,
        '--password-stdin',
        `${front.host}/acme/app:v1`,
        '-o',
        join(suite.work, 'p.wasm'),
      ],
      { stdin: PASSWORD, limitMs: 30_000 },
    );
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(thiefSeen.length).toBeGreaterThan(0); // the redirect was followed (without credentials)
    expect(thiefSeen.filter((s) => s.path.startsWith('/steal'))).toEqual([]);
    expect(thiefSeen.filter((s) => s.authorization !== undefined)).toEqual([]);
    expect(run.stderr).toContain(thief.host);
    expect(run.stderr).not.toContain(PASSWORD);
  });
});

describe('1. a token realm on another host: HTTPS only (unless plain-http)', () => {
  let tls: { key: Buffer; cert: Buffer; certFile: string };
  const httpsServers: HttpsServer[] = [];
  beforeAll(() => {
    const dir = mkdtempSync(join(suite.work, 'tls-'));
    const [keyFile, certFile] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
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
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    tls = { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile };
  });
  afterAll(async () => {
    for (const s of httpsServers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });

  async function httpsPeer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
    const server = createHttpsServer({ key: tls.key, cert: tls.cert }, handler);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    httpsServers.push(server);
    const addr = server.address();
    return typeof addr === 'object' && addr ? addr.port : 0;
  }

  async function inspectWithRealm(realm: string, frontHits: string[]) {
    const port = await httpsPeer((req, res) => {
      frontHits.push(`${req.url} ${req.headers.authorization ?? '-'}`);
      if (!req.headers.authorization?.startsWith('Bearer ')) {
        res.writeHead(401, { 'www-authenticate': `Bearer realm="${realm}",service="reg"` }).end();
        return;
      }
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
    });
    return runCliBounded(
      ['inspect', '--username', USER, '--password-stdin', `127.0.0.1:${port}/acme/app:v1`],
      { stdin: PASSWORD, env: { NODE_EXTRA_CA_CERTS: tls.certFile }, limitMs: 30_000 },
    );
  }

  it('an HTTP realm named by an HTTPS registry is refused; the token service never sees the credentials', async () => {
    const tokenSeen: string[] = [];
    const tokens = await peer((req, res) => {
      tokenSeen.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"t0123456789"}');
    });
    const run = await inspectWithRealm(`${tokens.url}/token`, []);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/non-HTTPS token service/);
    expect(tokenSeen).toEqual([]);
  });

  it('an HTTPS realm on another host is used, with the credentials', async () => {
    const tokenAuth: string[] = [];
    const tokenPort = await httpsPeer((req, res) => {
      tokenAuth.push(req.headers.authorization ?? '-');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"tok-0123456789abcdef"}');
    });
    const frontHits: string[] = [];
    const run = await inspectWithRealm(`https://127.0.0.1:${tokenPort}/token`, frontHits);
    expect(tokenAuth).toEqual([BASIC]);
    expect(frontHits).toContain('/v2/acme/app/manifests/v1 Bearer tok-0123456789abcdef');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not found|Not found|MANIFEST_UNKNOWN/);
  });
});

describe('4. credentials echoed by a registry are redacted', () => {
  const echoing = (req: IncomingMessage, res: ServerResponse) => {
    const sent = req.headers.authorization;
    if (!sent) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' }).end();
      return;
    }
    res
      .writeHead(401, { 'www-authenticate': 'Basic realm="registry"', 'content-type': 'application/json' })
      .end(
        JSON.stringify({
          errors: [
            { code: 'UNAUTHORIZED', message: `invalid credentials in ${sent} (${B64}) for ${PASSWORD}` },
          ],
        }),
      );
  };

  it('CLI: neither the password, its base64 nor the Basic header is printed', async () => {
    const front = await peer(echoing);
    const run = await runCliBounded(
      ['inspect', '--plain-http', '--username', USER, '--password-stdin', `${front.host}/acme/app:v1`],
      { stdin: PASSWORD, limitMs: 30_000 },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rejected the credentials/);
    for (const s of [PASSWORD, B64, B64.slice(0, 12)]) expect(run.stderr + run.stdout).not.toContain(s);
  });

  it('action: the ::error carries no credential, and base64(user:password) is masked before use', async () => {
    const front = await peer(echoing);
    const run = await runActionBounded({ inputs: actionInputs(front.host), limitMs: 60_000 });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.join('\n')).toMatch(/rejected the credentials/);
    for (const s of [PASSWORD, B64, B64.slice(0, 12)]) expect(errors.join('\n')).not.toContain(s);
    expect(maskedBeforeUse(run.stdout, B64)).toBe(true);
  });
});

describe('3. tokens are masked the moment they arrive', () => {
  it('a registry bearer token is masked before anything can print it', async () => {
    const token = 'registry-token-' + Math.random().toString(36).slice(2);
    const front = await peer((req, res) => {
      if (req.url?.startsWith('/token')) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token, expires_in: 300 }));
        return;
      }
      if (req.headers.authorization !== `Bearer ${token}`) {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://127.0.0.1:${front.port}/token",service="reg",scope="repository:acme/app:pull,push"`,
          })
          .end();
        return;
      }
      if (req.method === 'HEAD') {
        res.writeHead(404).end(); // blob unknown: the push goes on to an upload, which is refused quoting the token
        return;
      }
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'DENIED', message: `token ${token} may not push` }] }));
    });
    const run = await runActionBounded({ inputs: actionInputs(front.host), limitMs: 60_000 });
    expect(run.code).toBe(1);
    expect(maskedBeforeUse(run.stdout, token)).toBe(true);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.join('\n')).toMatch(/not allowed to .*DENIED: token \*\*\* may not push/);
    expect(errors.join('\n')).not.toContain(token);
  });

  describe('the OIDC token', () => {
    let reg: TestRegistry;
    beforeAll(async () => {
      reg = await startRegistry();
    });
    afterAll(async () => reg?.stop());

    it('is masked before a signing service that quotes it gets an error printed', async () => {
      const oidc = await startFakeOidc({
        sub: 'https://github.com/Acme-Org/Filters/.github/workflows/release.yml@refs/tags/v1.2.3',
        iss: 'https://token.actions.githubusercontent.com',
      });
      const jwts: string[] = [];
      const fulcio = await peer((req, res) => {
        let body = '';
        req.on('data', (d) => (body += String(d)));
        req.on('end', () => {
          const jwt = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/.exec(body)?.[0] ?? '';
          jwts.push(jwt);
          res
            .writeHead(400, { 'content-type': 'application/json' })
            .end(JSON.stringify({ code: 400, message: `invalid identity token ${jwt}` }));
        });
      });
      try {
        const run = await runActionBounded({
          inputs: actionInputs(reg.host, {
            username: '',
            password: '',
            signing: 'keyless',
            'fulcio-url': fulcio.url,
            'rekor-url': fulcio.url,
          }),
          env: actionEnvFor('push-tag', {
            ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
          }),
          limitMs: 60_000,
        });
        expect(run.code).toBe(1);
        expect(jwts.length).toBeGreaterThan(0);
        for (const jwt of new Set(jwts)) {
          expect(jwt.length).toBeGreaterThan(20);
          expect(maskedBeforeUse(run.stdout, jwt)).toBe(true);
        }
      } finally {
        await oidc.stop();
      }
    });
  });
});
