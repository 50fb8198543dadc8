/**
 * Every module of the real-world corpus (scripts/corpus.mjs) published end to end with `format: auto`, the way the
 * runner runs the action (the committed bundle dist/index.js), to a real docker-registry on 127.0.0.1, then copied back
 * by skopeo (an independent client) into an OCI layout and compared byte for byte. `auto` must pick the CNCF layout for
 * components and plain core modules and the Solo.io layout (with the detected ABI) for proxy-wasm filters.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from './fixtures/action.js';
import { CORPUS_TIMEOUT, corpusScript, type CorpusEntry } from './fixtures/corpus/corpus.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';

const sha256 = (b: Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex');
const run = promisify(execFile);

const script = await corpusScript();
const plan = script.corpusPlan();

let index: Map<string, CorpusEntry>;
let reg: TestRegistry;
let work: string;

beforeAll(async () => {
  index = new Map((await script.ensureCorpus()).map((e) => [e.name, e]));
  reg = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-corpus-publish-'));
}, CORPUS_TIMEOUT);
afterAll(async () => {
  await reg?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The layouts `format: auto` must choose, with the media types their specifications fix. */
const CNCF = { config: 'application/vnd.wasm.config.v0+json', layer: 'application/wasm' };
const SOLO = {
  config: 'application/vnd.module.wasm.config.v1+json',
  layer: 'application/vnd.module.wasm.content.layer.v1+wasm',
};

interface Manifest {
  config: { mediaType: string; digest: string };
  layers: { mediaType: string; digest: string; size: number }[];
  annotations?: Record<string, string>;
}

/** A repository name docker-registry accepts: lowercase alphanumerics separated by single `-`. */
const repoFor = (i: number, name: string): string =>
  `corpus/${i}-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')}`;

describe.each(plan.map((p, i): [string, number] => [p.name, i]))('%s', (name, i) => {
  it('is published with format auto and pulled back byte for byte', async () => {
    const e = index.get(name);
    if (!e) throw new Error(`${name} is not in the corpus index`);
    const bytes = readFileSync(e.path);
    const repository = repoFor(i, name);
    const result = await runAction({
      inputs: {
        module: e.path,
        format: 'auto',
        registry: reg.host,
        repository,
        tags: 'v1',
        'plain-http': 'true',
        push: 'true',
        password: '',
        signing: 'none',
        cache: 'false',
        summary: 'false',
      },
    });
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs.pushed).toBe('true');
    expect(result.outputs['module-digest']).toBe(sha256(bytes));

    const out = join(work, String(i));
    await run(
      'skopeo',
      ['copy', '--src-tls-verify=false', `docker://${reg.host}/${repository}:v1`, `oci:${out}:v1`],
      {
        maxBuffer: 16 << 20,
      },
    );
    const blob = (d: string) => readFileSync(join(out, 'blobs', 'sha256', d.slice('sha256:'.length)));
    const layout = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      manifests: { digest: string }[];
    };
    expect(layout.manifests.map((m) => m.digest)).toEqual([result.outputs.digest]);
    const manifest = JSON.parse(blob(result.outputs.digest).toString()) as Manifest;

    const want = e.proxyAbi ? SOLO : CNCF;
    expect(manifest.config.mediaType).toBe(want.config);
    const wasmLayers = manifest.layers.filter((l) => l.mediaType === want.layer);
    expect(wasmLayers.map((l) => ({ digest: l.digest, size: l.size }))).toEqual([
      { digest: sha256(bytes), size: bytes.length },
    ]);
    expect(blob(wasmLayers[0].digest).equals(bytes)).toBe(true);
    if (e.proxyAbi) {
      const abi = 'v' + e.proxyAbi.replace('proxy_abi_version_', '').replace(/_/g, '.');
      expect(manifest.annotations?.['module.wasm.runtime/abi_version']).toBe(abi);
    }
    rmSync(out, { recursive: true, force: true });
  }, 300_000);
});
