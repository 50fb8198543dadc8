/**
 * `wasm-oci push` / `pull` / `inspect` against a real docker-registry, run as a user runs them (the bundled CLI):
 * exact round trips for every format, legacy media types and indexes, and refusal of tampered bytes (a corrupted OCI
 * layout, and a proxy that alters blobs on the wire) without leaving an output file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LayoutStore } from '../src/oci/layout-reader.js';
import { fetchModule, identifyFormat, resolveArtifact } from '../src/pull.js';
import { RemoteRepository } from '../src/registry/remote.js';
import { cliBuilt, runCli } from './fixtures/cli.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { fixtureWasm } from './fixtures/wat.js';

const sha256 = (b: Buffer | string) => 'sha256:' + createHash('sha256').update(b).digest('hex');
const COMPONENT = join('__tests__', 'fixtures', 'components', 'hello.component.wasm');

let reg: TestRegistry;
let work: string;
let filter: string;
let filterBytes: Buffer;

beforeAll(async () => {
  cliBuilt();
  reg = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'cli-pull-'));
  filterBytes = fixtureWasm('filter');
  filter = join(work, 'filter.wasm');
  writeFileSync(filter, filterBytes);
}, 30000);

afterAll(async () => {
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
});

const env = { SOURCE_DATE_EPOCH: '1767225600' };

async function pushCli(module: string, ref: string, extra: string[] = []): Promise<string> {
  const r = await runCli(['push', module, `${reg.host}/${ref}`, '--plain-http', ...extra], { env });
  expect(r.stderr).not.toContain('error:');
  expect(r.code).toBe(0);
  const digest = r.stdout.trim();
  expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  return digest;
}

async function pullCli(ref: string, out: string, extra: string[] = []) {
  return runCli(['pull', ref, '-o', out, ...extra], { env });
}

/** Files other than the expected ones left in a directory (temporary files must not survive). */
function leftovers(dir: string, allowed: string[]): string[] {
  return readdirSync(dir).filter((f) => !allowed.includes(f));
}

describe('pull round-trips the exact module', () => {
  it.each([
    ['solo', 'acme/solo', () => filter],
    ['compat', 'acme/compat', () => filter],
    ['cncf', 'acme/cncf', () => COMPONENT],
  ])('%s', async (format, repo, modulePath) => {
    const module = modulePath();
    const digest = await pushCli(module, `${repo}:v1`, ['--format', format]);
    const outDir = mkdtempSync(join(work, `pull-${format}-`));
    const out = join(outDir, 'module.wasm');
    const r = await pullCli(`${reg.host}/${repo}:v1`, out, ['--plain-http', '--json']);
    expect(r.stderr).not.toContain('error:');
    expect(r.code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(module))).toBe(true);
    expect(leftovers(outDir, ['module.wasm'])).toEqual([]);
    const j = JSON.parse(r.stdout);
    expect(j.format).toBe(format);
    expect(j.manifestDigest).toBe(digest);
    expect(j.moduleDigest).toBe(sha256(readFileSync(module)));

    // The same artifact pulled by digest: the manifest is checked against it.
    const byDigest = join(outDir, 'by-digest.wasm');
    const r2 = await pullCli(`${reg.host}/${repo}@${digest}`, byDigest, ['--plain-http']);
    expect(r2.code).toBe(0);
    expect(readFileSync(byDigest).equals(readFileSync(module))).toBe(true);

    // skopeo (an independent client) reads what the CLI pushed under that very digest.
    const inspected = JSON.parse(
      execFileSync('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${reg.host}/${repo}:v1`,
      ]).toString(),
    );
    expect(inspected.layers.length).toBeGreaterThan(0);
    const raw = execFileSync('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${reg.host}/${repo}:v1`,
    ]);
    expect(sha256(raw)).toBe(digest);
  });
});

describe('inspect', () => {
  it('reports the Solo format with Istio accepting it, and the ABI marker', async () => {
    await pushCli(filter, 'acme/inspect-solo:v1');
    const r = await runCli(['inspect', `${reg.host}/acme/inspect-solo:v1`, '--plain-http', '--json'], {
      env,
    });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.format).toBe('solo');
    expect(j.consumers.find((c: { consumer: string }) => c.consumer === 'istio').accepts).toBe(true);
    expect(j.module.abiMarkers).toEqual(['v0.2.1']);
    expect(j.module.digest).toBe(sha256(filterBytes));
    expect(j.runtimeConfig.type).toBe('envoy_proxy');
    expect(j.referrers.list).toEqual([]);

    const text = await runCli(['inspect', `${reg.host}/acme/inspect-solo:v1`, '--plain-http'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Format: +solo/);
    expect(text.stdout).toMatch(/istio +accepted/);
  });

  it('reports the CNCF format with Istio rejecting it', async () => {
    await pushCli(COMPONENT, 'acme/inspect-cncf:v1', ['--format', 'cncf']);
    const r = await runCli(['inspect', `${reg.host}/acme/inspect-cncf:v1`, '--plain-http', '--json'], {
      env,
    });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.format).toBe('cncf');
    expect(j.module.kind).toBe('component');
    const byName = Object.fromEntries(
      j.consumers.map((c: { consumer: string; accepts: boolean }) => [c.consumer, c.accepts]),
    );
    expect(byName.istio).toBe(false);
    expect(byName.wkg).toBe(true);
    const text = await runCli(['inspect', `${reg.host}/acme/inspect-cncf:v1`, '--plain-http'], { env });
    expect(text.stdout).toMatch(/istio +rejected/);
  });
});

describe('legacy media types and indexes', () => {
  /** Push a one-layer artifact with the given media types directly (not with the CLI's own packager). */
  async function pushRaw(repo: string, tag: string, configType: string, layerType: string) {
    const remote = new RemoteRepository({ registry: reg.host, repository: repo, plainHttp: true });
    try {
      const config = Buffer.from('{}');
      await remote.pushBlob({
        descriptor: { mediaType: configType, digest: sha256(config), size: 2 },
        bytes: config,
      });
      await remote.pushBlob({
        descriptor: { mediaType: layerType, digest: sha256(filterBytes), size: filterBytes.length },
        bytes: filterBytes,
      });
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          config: { mediaType: configType, digest: sha256(config), size: 2 },
          layers: [{ mediaType: layerType, digest: sha256(filterBytes), size: filterBytes.length }],
        }),
      );
      await remote.pushManifest(tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
      return { digest: sha256(manifest), size: manifest.length };
    } finally {
      remote.close();
    }
  }

  it.each([
    [
      'solo-legacy',
      'application/vnd.io.solo.wasm.config.v1+json',
      'application/vnd.io.solo.wasm.content.layer.v1+wasm',
    ],
    ['wasm-to-oci', 'application/vnd.wasm.config.v1+json', 'application/vnd.wasm.content.layer.v1+wasm'],
  ])('%s', async (format, configType, layerType) => {
    await pushRaw(`acme/${format}`, 'v1', configType, layerType);
    const out = join(work, `${format}.wasm`);
    const r = await pullCli(`${reg.host}/acme/${format}:v1`, out, ['--plain-http', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).format).toBe(format);
    expect(readFileSync(out).equals(filterBytes)).toBe(true);
  });

  it('an index resolves to its platform wasm manifest', async () => {
    const decoy = await pushRaw('acme/indexed', 'decoy', 'application/vnd.oci.empty.v1+json', 'text/plain');
    const real = await pushRaw(
      'acme/indexed',
      'real',
      'application/vnd.wasm.config.v1+json',
      'application/vnd.wasm.content.layer.v1+wasm',
    );
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            ...decoy,
            platform: { architecture: 'amd64', os: 'linux' },
          },
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            ...real,
            platform: { architecture: 'wasm', os: 'wasip1' },
          },
        ],
      }),
    );
    const remote = new RemoteRepository({ registry: reg.host, repository: 'acme/indexed', plainHttp: true });
    await remote.pushManifest('multi', index, 'application/vnd.oci.image.index.v1+json');
    remote.close();
    const out = join(work, 'indexed.wasm');
    const r = await pullCli(`${reg.host}/acme/indexed:multi`, out, ['--plain-http', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.indexDigest).toBe(sha256(index));
    expect(j.manifestDigest).toBe(real.digest);
    expect(readFileSync(out).equals(filterBytes)).toBe(true);
  });
});

describe('tampered bytes are refused, nothing is written', () => {
  it('a corrupted OCI layout (layer blob changed after writing)', async () => {
    const layout = join(work, 'layout-corrupt');
    await pushCli(filter, 'acme/layout:v1', ['--dry-run', '--oci-layout', layout]);
    // Intact first: the layout reads back exactly.
    const good = join(work, 'layout-good.wasm');
    const ok = await runCli(['pull', '--oci-layout', layout, 'v1', '-o', good]);
    expect(ok.code).toBe(0);
    expect(readFileSync(good).equals(filterBytes)).toBe(true);

    const layerDigest = sha256(filterBytes);
    const blob = join(layout, 'blobs', 'sha256', layerDigest.slice(7));
    const bytes = readFileSync(blob);
    bytes[bytes.length - 1] ^= 0xff; // same size, different content
    writeFileSync(blob, bytes);
    const outDir = mkdtempSync(join(work, 'corrupt-out-'));
    const out = join(outDir, 'module.wasm');
    const r = await runCli(['pull', '--oci-layout', layout, 'v1', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(layerDigest);
    expect(r.stderr).toMatch(/^error: .*does not match its digest/m);
    expect(existsSync(out)).toBe(false);
    expect(leftovers(outDir, [])).toEqual([]);
  });

  /** A proxy in front of the registry that flips the last byte of one blob's body. */
  async function tamperingProxy(target: string): Promise<{ server: Server; host: string }> {
    const server = createServer((req, res) => {
      const up = request(
        {
          host: '127.0.0.1',
          port: Number(reg.host.split(':')[1]),
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (upRes) => {
          const chunks: Buffer[] = [];
          upRes.on('data', (c: Buffer) => chunks.push(c));
          upRes.on('end', () => {
            const body = Buffer.concat(chunks);
            if (req.method === 'GET' && req.url?.endsWith(`/blobs/${target}`) && body.length > 0) {
              body[body.length - 1] ^= 0xff;
            }
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            res.end(body);
          });
        },
      );
      req.pipe(up);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    return { server, host: `127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
  }

  it.each([
    ['solo', 'acme/wire-solo'],
    ['compat', 'acme/wire-compat'],
  ])('a proxy altering the %s layer on the wire', async (format, repo) => {
    await pushCli(filter, `${repo}:v1`, ['--format', format]);
    const manifest = JSON.parse(
      execFileSync('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${reg.host}/${repo}:v1`,
      ]).toString(),
    );
    const layerDigest: string = manifest.layers[manifest.layers.length - 1].digest;
    const proxy = await tamperingProxy(layerDigest);
    try {
      const outDir = mkdtempSync(join(work, `wire-${format}-`));
      const out = join(outDir, 'module.wasm');
      const r = await pullCli(`${proxy.host}/${repo}:v1`, out, ['--plain-http']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(layerDigest);
      expect(r.stderr).toMatch(/^error: .*does not match its digest/m);
      expect(existsSync(out)).toBe(false);
      expect(leftovers(outDir, [])).toEqual([]);
      // Through the registry directly, the same pull succeeds (the proxy is the only difference).
      const direct = await pullCli(`${reg.host}/${repo}:v1`, out, ['--plain-http']);
      expect(direct.code).toBe(0);
      expect(readFileSync(out).equals(filterBytes)).toBe(true);
    } finally {
      await new Promise((r) => proxy.server.close(r));
    }
  });
});

describe('compat layers written by other tools (GNU tar, PAX long names)', () => {
  it('finds plugin.wasm by base name under a long PAX path and checks rootfs.diff_ids', async () => {
    const dir = mkdtempSync(join(work, 'gnutar-'));
    const deep = join(dir, 'src', 'x'.repeat(120));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(dir, 'src', 'README'), 'not the module\n');
    writeFileSync(join(deep, 'plugin.wasm'), filterBytes);
    const tgz = execFileSync('tar', ['--format=pax', '-C', dir, '-cz', 'src']);
    const tar = execFileSync('gzip', ['-dc'], { input: tgz });
    const layout = join(dir, 'layout');
    const blobs = join(layout, 'blobs', 'sha256');
    mkdirSync(blobs, { recursive: true });
    const put = (b: Buffer) => (writeFileSync(join(blobs, sha256(b).slice(7)), b), sha256(b));
    const configFor = (diffId: string) =>
      Buffer.from(
        JSON.stringify({
          architecture: 'wasm',
          os: 'wasip1',
          rootfs: { type: 'layers', diff_ids: [diffId] },
        }),
      );
    const manifestFor = (config: Buffer) =>
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: put(config),
            size: config.length,
          },
          layers: [
            { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: put(tgz), size: tgz.length },
          ],
        }),
      );
    const good = manifestFor(configFor(sha256(tar)));
    const lying = manifestFor(configFor(sha256('something else')));
    writeFileSync(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    writeFileSync(
      join(layout, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: put(good),
            size: good.length,
            annotations: { 'org.opencontainers.image.ref.name': 'good' },
          },
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: put(lying),
            size: lying.length,
            annotations: { 'org.opencontainers.image.ref.name': 'lying' },
          },
        ],
      }),
    );

    const store = await LayoutStore.open(layout);
    const artifact = await resolveArtifact(store, 'good');
    expect(identifyFormat(artifact.manifest).format).toBe('compat');
    const out = join(dir, 'out.wasm');
    const got = await fetchModule(store, artifact, out, { diffIds: [sha256(tar)] });
    expect(readFileSync(out).equals(filterBytes)).toBe(true);
    expect(got.entryPath).toBe(`src/${'x'.repeat(120)}/plugin.wasm`);
    expect(got.diffId).toBe(sha256(tar));

    // The CLI reads it too, and refuses the manifest whose config names another diff_id.
    const cliOut = join(dir, 'cli.wasm');
    expect((await runCli(['pull', '--oci-layout', layout, 'good', '-o', cliOut])).code).toBe(0);
    expect(readFileSync(cliOut).equals(filterBytes)).toBe(true);
    const bad = await runCli(['pull', '--oci-layout', layout, 'lying', '-o', join(dir, 'lying.wasm')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('diff_ids');
    expect(existsSync(join(dir, 'lying.wasm'))).toBe(false);
  });
});
