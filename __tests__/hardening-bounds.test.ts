/**
 * Issue 13, registry side, bounds: a hostile registry (an endless error body, a manifest trickled byte by byte, an
 * injected workflow command) gets a bounded, clear error instead of a hang, and files named by the environment are read
 * only when they are regular files. Hostile registries are small HTTP servers written here (real peers on 127.0.0.1);
 * the CLI and the action run from their bundles.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from './fixtures/artifact.js';
import { cliBuilt } from './fixtures/cli.js';
import { commandLines, runActionBounded, runCliBounded, startPeer, type Peer } from './fixtures/hardening.js';
import { wat2wasm } from './fixtures/wat.js';

const USER = 'octo';
const PASSWORD = 'hunter2-Registry-Passw0rd';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

const config = Buffer.from('{"architecture":"wasm","os":"wasip1"}');
const layer = Buffer.from('\0asm\x01\0\0\0');
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: 'application/vnd.wasm.config.v0+json',
    config: { mediaType: 'application/vnd.wasm.config.v0+json', digest: sha256(config), size: config.length },
    layers: [{ mediaType: 'application/wasm', digest: sha256(layer), size: layer.length }],
  }),
);

let work: string;
let modulePath: string;
const peers: Peer[] = [];

async function peer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Peer> {
  const p = await startPeer(handler);
  peers.push(p);
  return p;
}

beforeAll(() => {
  cliBuilt();
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-hardening-bounds-'));
  modulePath = join(work, 'filter.wasm');
  writeFileSync(modulePath, wat2wasm(readFileSync('examples/filter/filter.wat', 'utf8')));
});

afterAll(async () => {
  for (const p of peers) await p.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function actionInputs(registry: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    module: modulePath,
    'root-ids': 'add_header',
    registry,
    repository: 'acme/app',
    tags: 'v1',
    'plain-http': 'true',
    push: 'true',
    username: USER,
    password: PASSWORD,
    signing: 'none',
    cache: 'false',
    ...extra,
  };
}

describe('9. hostile response bodies and stalls are bounded', () => {
  it('an endless 400 error body: inspect fails quickly with the registry named', async () => {
    const front = await peer((req, res) => {
      if (req.url === '/v2/') {
        res.writeHead(200).end('{}');
        return;
      }
      res.writeHead(400, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const run = await runCliBounded(['inspect', '--plain-http', `${front.host}/acme/app:v1`], {
      limitMs: 30_000,
    });
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(front.host);
    expect(run.stderr.length).toBeLessThan(4000);
  });

  it('a manifest served one byte every 2 s stops at the configured deadline, naming registry and operation', async () => {
    const timers = new Set<NodeJS.Timeout>();
    const front = await peer((req, res) => {
      if (req.url === '/v2/') {
        res.writeHead(200).end('{}');
        return;
      }
      res.writeHead(200, { 'content-type': OCI_MANIFEST, 'content-length': String(manifest.length) });
      let i = 0;
      const t = setInterval(() => {
        if (res.destroyed || i >= manifest.length) {
          clearInterval(t);
          timers.delete(t);
          return;
        }
        res.write(manifest.subarray(i, ++i));
      }, 2000);
      timers.add(t);
    });
    try {
      const run = await runCliBounded(['inspect', '--plain-http', `${front.host}/acme/app:v1`], {
        env: { WASM_OCI_REGISTRY_TIMEOUT_MS: '4000' },
        limitMs: 40_000,
      });
      expect(run.killed).toBe(false);
      expect(run.code).toBe(1);
      expect(run.ms).toBeLessThan(20_000);
      expect(run.stderr).toContain(front.host);
      expect(run.stderr).toMatch(/manifests\/v1/);
      expect(run.stderr).toMatch(/WASM_OCI_REGISTRY_TIMEOUT_MS/);
    } finally {
      for (const t of timers) clearInterval(t);
    }
  });
});

describe('11. files named by the environment are read only when regular', () => {
  it('a Docker config.json that is a FIFO is refused at once, not read', async () => {
    const dir = mkdtempSync(join(work, 'docker-config-'));
    execFileSync('mkfifo', [join(dir, 'config.json')]);
    const run = await runCliBounded(['inspect', '--plain-http', '127.0.0.1:9/acme/app:v1'], {
      env: { DOCKER_CONFIG: dir },
      limitMs: 20_000,
    });
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a regular file/);
  });
});

describe('every workflow command in these runs is one of ours', () => {
  it('a hostile error body cannot inject a workflow command', async () => {
    const front = await peer((req, res) => {
      if (!req.headers.authorization) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
        return;
      }
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ errors: [{ code: 'DENIED', message: 'no\n::warning title=injected::gotcha' }] }),
        );
    });
    const run = await runActionBounded({ inputs: actionInputs(front.host), limitMs: 60_000 });
    expect(run.code).toBe(1);
    expect(commandLines(run.stdout).filter((l) => l.startsWith('::warning title=injected'))).toEqual([]);
  });
});
