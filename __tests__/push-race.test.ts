/**
 * Issue 13 item 10: two runs release different modules as `1.0.0` at the same moment with `overwrite-tags: false`.
 * Both pass the immutable-tag check (the tag does not exist yet), both write it; the registry keeps the last write.
 * The run whose digest the tag does not name must fail, naming both digests, and must not move its floating tags.
 * Two bundled action runs at once against a real docker-registry, behind a small proxy that holds each run's
 * `PUT …/manifests/1.0.0` until both have arrived and then forwards them one after the other (the race, made
 * deterministic: both writes land before either run reads the tag back).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { runAction, type ActionRun } from './fixtures/action.js';
import { wat2wasm } from './fixtures/wat.js';

const REPO = 'acme/race';
const HELD = `/v2/${REPO}/manifests/1.0.0`;

let reg: TestRegistry;
let proxy: Server;
let proxyHost: string;
let work: string;
const modules: string[] = [];
/** digests of the held tag PUTs' manifests, in the order they reached the registry */
const forwarded: string[] = [];

/** Forward one request to the registry; resolves with the answer's status, headers and body. */
interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function forward(req: IncomingMessage, body: Buffer): Promise<Answer> {
  const [host, port] = reg.host.split(':');
  return new Promise<Answer>((resolve, reject) => {
    const up = request(
      { host, port: Number(port), method: req.method, path: req.url, headers: req.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    up.on('error', reject);
    up.end(body);
  });
}

function startRaceProxy(): Promise<void> {
  const held: { req: IncomingMessage; res: ServerResponse; body: Buffer }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const release = async (): Promise<void> => {
    clearTimeout(timer);
    const batch = held.splice(0);
    const answers: Answer[] = [];
    for (const h of batch) {
      answers.push(await forward(h.req, h.body)); // one after the other: the second write wins
      forwarded.push('sha256:' + createHash('sha256').update(h.body).digest('hex'));
    }
    batch.forEach((h, i) => h.res.writeHead(answers[i].status, answers[i].headers).end(answers[i].body));
  };
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.method === 'PUT' && req.url === HELD) {
        held.push({ req, res, body });
        if (held.length === 2) void release();
        else timer = setTimeout(() => void release(), 20_000); // never hang the test if only one run gets here
        return;
      }
      forward(req, body).then(
        (a) => res.writeHead(a.status, a.headers).end(a.body),
        () => res.destroy(),
      );
    });
  });
  return new Promise((r) =>
    proxy.listen(0, '127.0.0.1', () => {
      const addr = proxy.address();
      proxyHost = `127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      r();
    }),
  );
}

beforeAll(async () => {
  reg = await startRegistry();
  await startRaceProxy();
  work = mkdtempSync(join(tmpdir(), 'push-race-'));
  const wat = readFileSync('examples/filter/filter.wat', 'utf8');
  const other = wat.replace('x-wasm-filter\\00on\\00', 'x-wasm-filter\\00no\\00');
  expect(other).not.toBe(wat);
  for (const [i, text] of [wat, other].entries()) {
    const dir = mkdtempSync(join(work, `m${i}-`));
    modules.push(join(dir, 'filter.wasm'));
    writeFileSync(modules[i], wat2wasm(text));
  }
}, 30000);

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((r) => proxy?.close(r));
  await reg?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function release(module: string): Promise<ActionRun> {
  return runAction({
    inputs: {
      module,
      'root-ids': 'add_header',
      registry: proxyHost,
      repository: REPO,
      tags: '1.0.0,latest',
      'plain-http': 'true',
      push: 'true',
      password: '',
      signing: 'none',
      cache: 'false',
      'overwrite-tags': 'false',
    },
    env: { SOURCE_DATE_EPOCH: '1761815564' },
  });
}

async function tagDigest(tag: string): Promise<string | null> {
  const res = await fetch(`${reg.url}/v2/${REPO}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return res.status === 200 ? res.headers.get('docker-content-digest') : null;
}

describe('two runs releasing the same version at once', () => {
  it('exactly one wins; the other fails naming both digests and moves no floating tag', async () => {
    const runs = await Promise.all(modules.map((m) => release(m)));
    expect(forwarded).toHaveLength(2); // both runs really wrote the tag (the race happened)
    const winners = runs.filter((r) => r.code === 0);
    const losers = runs.filter((r) => r.code !== 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const [winner] = winners;
    const [loser] = losers;
    expect(winner.outputs.pushed).toBe('true');
    const winning = winner.outputs.digest;
    expect(winning).toMatch(/^sha256:[a-f0-9]{64}$/);

    // The registry keeps the second write, and that is the winner's; the first was the loser's.
    expect(await tagDigest('1.0.0')).toBe(winning);
    expect(forwarded[1]).toBe(winning);
    expect(forwarded[0]).not.toBe(winning);

    // The loser's one error names the tag and both digests, says what happened and how to proceed.
    const errors = loser.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    const digests = [...new Set(errors[0].match(/sha256:[a-f0-9]{64}/g) ?? [])];
    expect(digests.sort()).toEqual([forwarded[0], winning].sort());
    expect(errors[0]).toMatch(/1\.0\.0/);
    expect(errors[0]).toMatch(/another run/i);
    expect(errors[0]).toMatch(/overwrite-tags/);
    expect(loser.outputs.pushed).toBeUndefined();

    // The loser never moved `latest`: it names the winner's digest.
    expect(await tagDigest('latest')).toBe(winning);
  }, 120_000);
});
