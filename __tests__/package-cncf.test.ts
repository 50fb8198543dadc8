import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageCncf } from '../src/package/cncf.js';
import { manifestDescriptor } from '../src/package/manifest.js';
import type { ModuleBlob } from '../src/package/types.js';
import { OciLayout } from '../src/oci/layout.js';
import { UserError } from '../src/errors.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';

const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'components');
const sha256 = (b: Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex');

let work: string;
let core: ModuleBlob;
let component: ModuleBlob;

function blob(path: string, fileName: string, kind: ModuleBlob['kind']): ModuleBlob {
  const bytes = readFileSync(path);
  return { path, fileName, digest: sha256(bytes), size: bytes.length, kind };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cncf-test-'));
  writeFileSync(join(work, 'm.wat'), '(module (func (export "_start")))');
  execFileSync('wat2wasm', [join(work, 'm.wat'), '-o', join(work, 'app.wasm')]);
  core = blob(join(work, 'app.wasm'), 'app.wasm', 'module');
  component = blob(join(FIXTURES, 'hello.component.wasm'), 'hello.component.wasm', 'component');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cncf packaging', () => {
  it('a component gets os wasip2 and its real imports and exports', async () => {
    const p = await packageCncf({ module: component, annotations: {}, created: '2026-01-01T00:00:00Z' });
    const m = JSON.parse(p.manifestBytes.toString('utf8'));
    expect(m).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.wasm.config.v0+json',
        digest: expect.any(String),
        size: expect.any(Number),
      },
      layers: [
        {
          mediaType: 'application/wasm',
          digest: component.digest,
          size: component.size,
          annotations: { 'org.opencontainers.image.title': 'hello.component.wasm' },
        },
      ],
    });
    const cfgBytes = p.blobs[0].bytes as Buffer;
    expect(sha256(cfgBytes)).toBe(m.config.digest);
    expect(cfgBytes.length).toBe(m.config.size);
    const cfg = JSON.parse(cfgBytes.toString('utf8'));
    expect(Object.keys(cfg)).toEqual([
      'created',
      'author',
      'architecture',
      'os',
      'layerDigests',
      'component',
    ]);
    expect(cfg.created).toBe('2026-01-01T00:00:00Z');
    expect(cfg.author).toBeNull();
    expect(cfg.architecture).toBe('wasm');
    expect(cfg.os).toBe('wasip2');
    expect(cfg.layerDigests).toEqual([component.digest]);
    // names from hello.wit (the WIT the fixture was built from), in any order
    expect([...cfg.component.exports].sort()).toEqual(['example:hello/greet@0.1.0', 'run']);
    expect([...cfg.component.imports].sort()).toEqual(['example:host/logging@0.2.0', 'now']);
    expect(cfg.component.target).toBeNull();
    expect(p.blobs[1]).toEqual({ descriptor: m.layers[0], path: component.path });
  });

  it('a core module gets os wasip1 and component null', async () => {
    const p = await packageCncf({
      module: core,
      annotations: { 'org.opencontainers.image.version': '1.0.0' },
    });
    const cfg = JSON.parse((p.blobs[0].bytes as Buffer).toString('utf8'));
    expect(cfg).toEqual({
      created: '1970-01-01T00:00:00Z',
      author: null,
      architecture: 'wasm',
      os: 'wasip1',
      layerDigests: [core.digest],
      component: null,
    });
    expect(p.manifest.annotations).toEqual({ 'org.opencontainers.image.version': '1.0.0' });
    expect(p.manifest.layers[0].annotations).toEqual({ 'org.opencontainers.image.title': 'app.wasm' });
  });

  it('is reproducible, and the pinned time changes only the config', async () => {
    const a = await packageCncf({ module: core, annotations: {}, created: '2026-01-01T00:00:00Z' });
    const b = await packageCncf({ module: core, annotations: {}, created: '2026-01-01T00:00:00Z' });
    const c = await packageCncf({ module: core, annotations: {}, created: '2026-01-02T00:00:00Z' });
    expect(b.manifestDigest).toBe(a.manifestDigest);
    expect(c.manifestDigest).not.toBe(a.manifestDigest);
    expect(c.manifest.layers).toEqual(a.manifest.layers);
  });

  it('refuses a bad creation time and a component whose metadata cannot be read', async () => {
    await expect(packageCncf({ module: core, annotations: {}, created: 'yesterday' })).rejects.toBeInstanceOf(
      UserError,
    );
    const truncated = join(work, 'broken.wasm');
    writeFileSync(truncated, readFileSync(component.path).subarray(0, 60));
    const err = await packageCncf({
      module: { ...blob(truncated, 'broken.wasm', 'component') },
      annotations: {},
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/"broken\.wasm"/);
  });
});

describe('cncf against a real registry', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(async () => reg?.stop());

  it('pushes a component with skopeo and reads back the manifest, config and layer', async () => {
    const layout = await OciLayout.open(join(work, 'layout'));
    copyFileSync(component.path, layout.blobPath(component.digest));
    const mod = { ...component, path: layout.blobPath(component.digest) };
    const p = await packageCncf({ module: mod, annotations: {}, created: '2026-01-01T00:00:00Z' });
    for (const b of p.blobs) if (b.bytes) await layout.writeBlob(b.bytes, b.descriptor.digest);
    await layout.writeBlob(p.manifestBytes, p.manifestDigest);
    await layout.tag(manifestDescriptor(p), ['0.1.0']);

    const ref = `docker://${reg.host}/acme/hello:0.1.0`;
    execFileSync('skopeo', ['copy', '--dest-tls-verify=false', `oci:${layout.dir}:0.1.0`, ref], {
      stdio: 'pipe',
    });
    const raw = execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', ref]);
    expect(sha256(raw)).toBe(p.manifestDigest);
    const back = join(work, 'back');
    execFileSync('skopeo', ['copy', '--src-tls-verify=false', ref, `oci:${back}:0.1.0`], { stdio: 'pipe' });
    const cfg = readFileSync(join(back, 'blobs', 'sha256', p.manifest.config.digest.slice(7)));
    expect(cfg.equals(p.blobs[0].bytes as Buffer)).toBe(true);
    const layer = readFileSync(join(back, 'blobs', 'sha256', component.digest.slice(7)));
    expect(layer.equals(readFileSync(component.path))).toBe(true);
  });
});
