import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConsumers, requireConsumers, type ConsumerReport } from '../src/report/consumers.js';
import { packageSolo } from '../src/package/solo.js';
import { packageCompat } from '../src/package/compat.js';
import { packageCncf } from '../src/package/cncf.js';
import type { ModuleBlob } from '../src/package/types.js';
import type { ImageManifest } from '../src/oci/types.js';
import { UserError } from '../src/errors.js';

const sha256 = (b: Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex');
const D = (c: string): string => 'sha256:' + c.repeat(64);

let work: string;
const manifests: Record<string, ImageManifest> = {};
const configs: Record<string, object | undefined> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'consumers-test-'));
  writeFileSync(
    join(work, 'f.wat'),
    '(module (func (export "proxy_abi_version_0_2_1")) (memory (export "memory") 1))',
  );
  execFileSync('wat2wasm', [join(work, 'f.wat'), '-o', join(work, 'filter.wasm')]);
  const bytes = readFileSync(join(work, 'filter.wasm'));
  const mod: ModuleBlob = {
    path: join(work, 'filter.wasm'),
    fileName: 'filter.wasm',
    digest: sha256(bytes),
    size: bytes.length,
    kind: 'module',
  };
  const rc = { type: 'envoy_proxy', abiVersions: ['v0.2.1'], rootIds: [] };
  const rcBytes = Buffer.from('{"type":"envoy_proxy","abiVersions":["v0.2.1"]}');
  manifests.solo = packageSolo({
    module: mod,
    runtimeConfig: rc,
    runtimeConfigBytes: rcBytes,
    annotations: {},
  }).manifest;
  const compat = await packageCompat({
    module: mod,
    runtimeConfigBytes: rcBytes,
    annotations: {},
    layoutBlobDir: work,
  });
  manifests.compat = compat.manifest;
  configs.compat = JSON.parse((compat.blobs[0].bytes as Buffer).toString('utf8'));
  const cncf = await packageCncf({ module: mod, annotations: {} });
  manifests.cncf = cncf.manifest;
  configs.cncf = JSON.parse((cncf.blobs[0].bytes as Buffer).toString('utf8'));
  const comp = readFileSync(join(process.cwd(), '__tests__/fixtures/components/hello.component.wasm'));
  const cncfComponent = await packageCncf({
    module: {
      path: join(process.cwd(), '__tests__/fixtures/components/hello.component.wasm'),
      fileName: 'hello.wasm',
      digest: sha256(comp),
      size: comp.length,
      kind: 'component',
    },
    annotations: {},
  });
  manifests.cncfComponent = cncfComponent.manifest;
  configs.cncfComponent = JSON.parse((cncfComponent.blobs[0].bytes as Buffer).toString('utf8'));
  // Hand-written: the Docker flavour of compat (spec-compat.md), as `docker push` of a FROM-scratch image writes it.
  manifests.dockerCompat = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: D('a'), size: 300 },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: D('b'), size: 4000 }],
  };
  // Hand-written: a Docker manifest whose last layer is not the rootfs tar.gzip.
  manifests.dockerOther = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: D('a'), size: 300 },
    layers: [
      { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: D('b'), size: 4000 },
      { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: D('c'), size: 10 },
    ],
  };
  // Hand-written: wasm-to-oci (engineerd), no top-level mediaType.
  manifests.wasmToOci = {
    schemaVersion: 2,
    config: { mediaType: 'application/vnd.wasm.config.v1+json', digest: D('d'), size: 2 },
    layers: [{ mediaType: 'application/vnd.wasm.content.layer.v1+wasm', digest: D('e'), size: 1234 }],
  };
  // Hand-written: wasme's own push (no top-level mediaType), the Solo oci variant.
  manifests.wasme = {
    schemaVersion: 2,
    config: { mediaType: 'application/vnd.module.wasm.config.v1+json', digest: D('f'), size: 166 },
    layers: [
      { mediaType: 'application/vnd.module.wasm.config.v1+json', digest: D('f'), size: 166 },
      { mediaType: 'application/vnd.module.wasm.content.layer.v1+wasm', digest: D('1'), size: 12527 },
    ],
  };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Expected verdicts, from the consumers' rules (shared/reference/wasm-oci-formats.md §6), not from the code.
const TABLE: [string, Record<string, boolean>][] = [
  ['solo', { istio: true, 'envoy-gateway': true, wasme: true, wkg: false, runwasi: false }],
  ['wasme', { istio: true, 'envoy-gateway': true, wasme: true, wkg: false, runwasi: false }],
  ['compat', { istio: true, 'envoy-gateway': true, wasme: false, wkg: false, runwasi: false }],
  ['cncf', { istio: false, 'envoy-gateway': false, wasme: false, wkg: true, runwasi: true }],
  ['cncfComponent', { istio: false, 'envoy-gateway': false, wasme: false, wkg: true, runwasi: true }],
  ['dockerCompat', { istio: true, 'envoy-gateway': true, wasme: false, wkg: false, runwasi: false }],
  ['dockerOther', { istio: false, 'envoy-gateway': false, wasme: false, wkg: false, runwasi: false }],
  ['wasmToOci', { istio: false, 'envoy-gateway': false, wasme: false, wkg: false, runwasi: false }],
];

describe('checkConsumers', () => {
  for (const [name, expected] of TABLE) {
    it(`${name}: ${Object.entries(expected)
      .map(([c, ok]) => `${c} ${ok ? 'yes' : 'no'}`)
      .join(', ')}`, () => {
      for (const config of [undefined, configs[name]]) {
        const report = checkConsumers(manifests[name], config);
        expect(report.map((r) => r.consumer)).toEqual(['istio', 'envoy-gateway', 'wasme', 'wkg', 'runwasi']);
        expect(Object.fromEntries(report.map((r) => [r.consumer, r.accepts]))).toEqual(expected);
        for (const r of report) expect(r.reason.length).toBeGreaterThan(10);
      }
    });
  }

  it('says why: Istio on CNCF, wkg on solo, runwasi on a non-wasm config', () => {
    const cncf = checkConsumers(manifests.cncf);
    expect(cncf[0].reason).toMatch(/number of layers must be 2 but got 1/);
    expect(cncf[0].reason).toMatch(/CNCF/);
    const solo = checkConsumers(manifests.solo);
    expect(solo.find((r) => r.consumer === 'wkg')?.reason).toMatch(
      /application\/vnd\.wasm\.config\.v0\+json/,
    );
    const rw = checkConsumers(manifests.cncf, { architecture: 'amd64' });
    expect(rw.find((r) => r.consumer === 'runwasi')).toMatchObject({ accepts: false });
    expect(rw.find((r) => r.consumer === 'runwasi')?.reason).toMatch(/"amd64"/);
  });

  it('Istio reads the oci variant only with exactly two layers', () => {
    const three: ImageManifest = {
      ...manifests.wasme,
      layers: [...manifests.wasme.layers, { mediaType: 'text/markdown', digest: D('9'), size: 5 }],
    };
    const r = checkConsumers(three)[0];
    expect(r.accepts).toBe(false);
    expect(r.reason).toMatch(/must be 2 but got 3/);
  });

  it('neutralises workflow commands in media types taken from a manifest', () => {
    const evil: ImageManifest = {
      schemaVersion: 2,
      config: { mediaType: '::error::x', digest: D('a'), size: 1 },
      layers: [{ mediaType: 'a\n::warning::##[group]b', digest: D('b'), size: 1 }],
    };
    for (const r of checkConsumers(evil)) {
      expect(r.reason).not.toMatch(/::(error|warning)::/);
      expect(r.reason).not.toContain('##[');
      expect(r.reason).not.toContain('\n');
    }
  });
});

/** The UserError `fn` throws (fails the test when it throws nothing or something else). */
function caught(fn: () => void): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

describe('requireConsumers', () => {
  const report = (name: string): ConsumerReport[] => checkConsumers(manifests[name]);

  it('passes when every required consumer accepts; ignores case, blanks and duplicates', () => {
    expect(() =>
      requireConsumers(report('solo'), ['istio', ' Envoy-Gateway ', 'wasme', 'istio', '']),
    ).not.toThrow();
    expect(() => requireConsumers(report('cncf'), ['wkg', 'runwasi'])).not.toThrow();
    expect(() => requireConsumers(report('cncf'), [])).not.toThrow();
  });

  it('names the refusing consumer, its reason and the format that satisfies it', () => {
    const ue = caught(() => requireConsumers(report('cncf'), ['istio']));
    expect(ue.message).toMatch(/^istio would not accept this artifact: .*number of layers must be 2/);
    expect(ue.fix).toMatch(/format: solo/);

    const wkg = caught(() => requireConsumers(report('solo'), ['wkg']));
    expect(wkg.message).toMatch(/^wkg would not accept/);
    expect(wkg.fix).toMatch(/format: cncf/);
    const wasme = caught(() => requireConsumers(report('compat'), ['wasme', 'istio']));
    expect(wasme.message).toMatch(/^wasme would not accept/);
    expect(wasme.message).not.toMatch(/istio would not accept/);
    expect(wasme.fix).toMatch(/format: solo/);
  });

  it('says when no single format satisfies the required consumers', () => {
    expect.assertions(3);
    try {
      requireConsumers(report('solo'), ['istio', 'wkg']);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message).toMatch(/wkg would not accept/);
      expect((e as UserError).fix).toMatch(/No single format satisfies istio and wkg/);
    }
  });

  it('refuses unknown consumer names, listing the valid ones', () => {
    expect.assertions(3);
    try {
      requireConsumers(report('solo'), ['istio', 'spin', '::error::x']);
    } catch (e) {
      expect((e as UserError).message).toMatch(/unknown consumers "spin", ":\u200b:error:\u200b:x"/);
      expect((e as UserError).fix).toBe('Use any of: istio, envoy-gateway, wasme, wkg, runwasi.');
      expect(e).toBeInstanceOf(UserError);
    }
  });
});
