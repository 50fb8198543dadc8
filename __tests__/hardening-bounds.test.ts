/**
 * Issue 13, registry side, bounds: a hostile registry (an endless error body, a manifest trickled byte by byte, an
 * injected workflow command) gets a bounded, clear error instead of a hang, and files named by the environment are read
 * only when they are regular files. Hostile registries are small HTTP servers written here (real peers on 127.0.0.1);
 * the CLI and the action run from their bundles.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { commandLines, runActionBounded, runCliBounded } from './fixtures/hardening.js';
import { manifest, OCI_MANIFEST, useHostileSuite } from './fixtures/hostile-registry.js';

const suite = useHostileSuite('hardening-bounds');
const { peer, actionInputs } = suite;

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
    const dir = mkdtempSync(join(suite.work, 'docker-config-'));
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
