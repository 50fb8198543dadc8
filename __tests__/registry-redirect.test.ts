/**
 * Redirects and the GHCR-style auth probe, against small fixture servers (a registry front that redirects blob GETs,
 * a second server on another host recording headers, and a GHCR-like server that refuses Basic on /v2/ without a
 * challenge).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Readable } from 'node:stream';
import { RegistryError } from '../src/registry/errors.js';
import { RemoteRepository } from '../src/registry/remote.js';
import { sha256 } from './fixtures/artifact.js';

const USER = 'octo';
const PASSWORD = 'ghp_notARealTokenButSecret';
const BASIC = 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64');

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, host = '127.0.0.1') {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, host, r));
  const addr = server.address();
  return { server, port: typeof addr === 'object' && addr ? addr.port : 0 };
}

async function readStream(s: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const servers: Server[] = [];
const remotes: RemoteRepository[] = [];
afterAll(async () => {
  for (const r of remotes) r.close();
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

describe('redirects', () => {
  const content = Buffer.from('blob bytes served from object storage');
  const remoteDigest = sha256(content);
  const localDigest = sha256('same-origin');
  const storageSeen: Seen[] = [];
  const registrySeen: Seen[] = [];
  let registryHost = '';

  beforeAll(async () => {
    // "object storage" on another host name (localhost vs 127.0.0.1) and port
    const storage = await listen((req, res) => {
      storageSeen.push({ path: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'content-length': String(content.length) }).end(content);
    }, 'localhost');
    servers.push(storage.server);
    const front = await listen((req, res) => {
      registrySeen.push({ path: req.url ?? '', headers: req.headers });
      if (req.headers.authorization !== BASIC) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end();
        return;
      }
      if (req.url === `/v2/acme/r/blobs/${remoteDigest}`) {
        res
          .writeHead(307, { location: `http://localhost:${storage.port}/bucket/${remoteDigest}?X-Sig=abc` })
          .end();
      } else if (req.url === `/v2/acme/r/blobs/${localDigest}`) {
        res.writeHead(307, { location: `/internal/${localDigest}` }).end();
      } else if (req.url === `/internal/${localDigest}`) {
        res.writeHead(200, { 'content-length': '11' }).end('same-origin');
      } else {
        res.writeHead(404).end();
      }
    });
    servers.push(front.server);
    registryHost = `127.0.0.1:${front.port}`;
  });

  it('does not carry Authorization to another host, but keeps it on the same origin', async () => {
    const urls: string[] = [];
    const r = new RemoteRepository({
      registry: registryHost,
      repository: 'acme/r',
      plainHttp: true,
      credentials: { username: USER, password: PASSWORD },
      onRequest: (_m, url) => urls.push(url),
    });
    remotes.push(r);
    expect((await readStream(await r.fetchBlob(remoteDigest))).equals(content)).toBe(true);
    expect(registrySeen.find((s) => s.path.endsWith(remoteDigest))?.headers.authorization).toBe(BASIC);
    expect(storageSeen).toHaveLength(1);
    expect(storageSeen[0].path).toBe(`/bucket/${remoteDigest}?X-Sig=abc`);
    expect(storageSeen[0].headers.authorization).toBeUndefined();
    // the debug hook never sees query strings (signed URLs)
    expect(urls.some((u) => u.includes('X-Sig'))).toBe(false);

    expect((await readStream(await r.fetchBlob(localDigest))).toString()).toBe('same-origin');
    expect(registrySeen.find((s) => s.path === `/internal/${localDigest}`)?.headers.authorization).toBe(
      BASIC,
    );
  });
});

describe('GHCR-style auth probe', () => {
  const seen: Seen[] = [];
  let host = '';
  const manifest = Buffer.from(
    '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}',
  );

  beforeAll(async () => {
    const s = await listen((req, res) => {
      seen.push({ path: req.url ?? '', headers: req.headers });
      const auth = req.headers.authorization ?? '';
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/token') {
        if (auth !== BASIC) {
          res
            .writeHead(401, { 'content-type': 'application/json' })
            .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
          return;
        }
        const scope = url.searchParams.get('scope');
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token: `tok:${scope}` }));
        return;
      }
      if (auth.startsWith('Basic')) {
        // GHCR: Basic on /v2/ is DENIED, with no challenge
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}');
        return;
      }
      if (!auth.startsWith('Bearer ')) {
        res.writeHead(401, {
          'www-authenticate': `Bearer realm="http://${host}/token",service="ghcr.example",scope="repository:user/image:pull"`,
        });
        res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
        return;
      }
      if (auth !== 'Bearer tok:repository:acme/pkg:pull,push') {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${host}/token",service="ghcr.example"`,
          })
          .end();
        return;
      }
      if (req.method === 'HEAD' && url.pathname === '/v2/acme/pkg/manifests/v1') {
        res.writeHead(200, {
          'content-type': 'application/vnd.oci.image.manifest.v1+json',
          'docker-content-digest': sha256(manifest),
          'content-length': String(manifest.length),
        });
        res.end();
        return;
      }
      if (req.method === 'POST' && url.pathname === '/v2/acme/pkg/blobs/uploads/') {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(
          '{"errors":[{"code":"DENIED","message":"installation not allowed to Create organization package"}]}',
        );
        return;
      }
      res.writeHead(404).end();
    });
    servers.push(s.server);
    host = `127.0.0.1:${s.port}`;
  });

  it('probes /v2/ anonymously and never sends Basic credentials to the registry itself', async () => {
    const r = new RemoteRepository({
      registry: host,
      repository: 'acme/pkg',
      plainHttp: true,
      credentials: { username: USER, password: PASSWORD },
    });
    remotes.push(r);
    expect(await r.resolve('v1')).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: sha256(manifest),
      size: manifest.length,
    });
    const toRegistry = seen.filter((s) => !s.path.startsWith('/token'));
    expect(toRegistry[0]).toMatchObject({ path: '/v2/' });
    expect(toRegistry[0].headers.authorization).toBeUndefined();
    expect(toRegistry.some((s) => s.headers.authorization?.startsWith('Basic'))).toBe(false);
    expect(seen.filter((s) => s.path.startsWith('/token')).map((s) => s.headers.authorization)).toEqual([
      BASIC,
    ]);

    const err = (await r.checkPushAccess().catch((e) => e)) as RegistryError;
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.kind).toBe('permission');
    expect(err.status).toBe(403);
    expect(err.message).toContain('installation not allowed to Create organization package');
    expect(`${err.message} ${err.fix}`).not.toContain(PASSWORD);
  });

  it('reports wrong credentials at the token endpoint as a credentials error', async () => {
    const r = new RemoteRepository({
      registry: host,
      repository: 'acme/pkg',
      plainHttp: true,
      credentials: { username: USER, password: 'nope-nope' },
    });
    remotes.push(r);
    const err = (await r.resolve('v1').catch((e) => e)) as RegistryError;
    expect(err.kind).toBe('credentials');
    expect(err.message).not.toContain('nope-nope');
  });
});
