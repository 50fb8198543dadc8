/**
 * End to end, the way the runner runs the action: the committed bundle `dist/index.js` with INPUT_* variables and
 * GITHUB_OUTPUT/GITHUB_STEP_SUMMARY files, against a real docker-registry on 127.0.0.1, read back with skopeo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { runAction, workflowCommands } from './fixtures/action.js';
import { readWat, wat2wasm } from './fixtures/wat.js';

const sha256 = (b: Buffer | string) => 'sha256:' + createHash('sha256').update(b).digest('hex');

let reg: TestRegistry;
let work: string;
let filterPath: string;
let filterBytes: Buffer;

beforeAll(async () => {
  reg = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-e2e-'));
  filterBytes = wat2wasm(readFileSync('examples/filter/filter.wat', 'utf8'));
  filterPath = join(work, 'filter.wasm');
  writeFileSync(filterPath, filterBytes);
});
afterAll(async () => reg?.stop());

function baseInputs(repo: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    module: filterPath,
    'root-ids': 'add_header',
    registry: reg.host,
    repository: repo,
    tags: 'v1',
    'plain-http': 'true',
    push: 'true',
    password: '',
    signing: 'none',
    cache: 'false',
    ...extra,
  };
}

async function catalog(): Promise<string[]> {
  const res = await fetch(`${reg.url}/v2/_catalog`);
  return ((await res.json()) as { repositories: string[] }).repositories ?? [];
}

function skopeo(...args: string[]): Buffer {
  return execFileSync('skopeo', args, { maxBuffer: 64 * 1024 * 1024 });
}

describe('publishing a proxy-wasm filter (Solo "oci" variant)', () => {
  it('pushes a wasme-shaped artifact that skopeo reads back byte for byte', async () => {
    const run = await runAction({ inputs: baseInputs('acme/filters') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const digest = run.outputs.digest;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run.outputs['module-digest']).toBe(sha256(filterBytes));
    expect(run.outputs.reference).toBe(`${reg.host}/acme/filters@${digest}`);
    expect(run.outputs.pushed).toBe('true');
    expect(run.outputs.tags).toBe(`${reg.host}/acme/filters:v1`);

    // An independent client reads the manifest: its sha256 is the digest we output.
    const raw = skopeo('inspect', '--tls-verify=false', '--raw', `docker://${reg.host}/acme/filters:v1`);
    expect(sha256(raw)).toBe(digest);
    const manifest = JSON.parse(raw.toString());
    expect(manifest.schemaVersion).toBe(2);
    expect(manifest.config.mediaType).toBe('application/vnd.module.wasm.config.v1+json');
    expect(manifest.config.annotations).toEqual({ 'org.opencontainers.image.title': 'runtime-config.json' });
    expect(manifest.layers).toHaveLength(2);
    expect(manifest.layers[0]).toEqual(manifest.config);
    expect(manifest.layers[1]).toEqual({
      mediaType: 'application/vnd.module.wasm.content.layer.v1+wasm',
      digest: sha256(filterBytes),
      size: filterBytes.length,
      annotations: { 'org.opencontainers.image.title': 'filter.wasm' },
    });
    expect(manifest.annotations['module.wasm.runtime/type']).toBe('envoy_proxy');
    expect(manifest.annotations['module.wasm.runtime/abi_version']).toBe('v0.2.1');

    // skopeo copies the whole artifact into an OCI layout: config and layer bytes are exactly what we meant.
    const out = join(work, 'copied');
    skopeo('copy', '--src-tls-verify=false', `docker://${reg.host}/acme/filters:v1`, `oci:${out}:v1`);
    const blob = (d: string) => readFileSync(join(out, 'blobs', 'sha256', d.slice(7)));
    expect(blob(manifest.layers[1].digest).equals(filterBytes)).toBe(true);
    expect(blob(manifest.config.digest).toString()).toBe(
      '{"type":"envoy_proxy","abiVersions":["v0.2.1"],"config":{"rootIds":["add_header"]}}',
    );
    expect(sha256(blob(manifest.config.digest))).toBe(manifest.config.digest);

    // The action's own OCI layout holds the same artifact, readable by skopeo's oci: transport.
    const layout = run.outputs['oci-layout'];
    const fromLayout = skopeo('inspect', '--raw', `oci:${layout}:v1`);
    expect(sha256(fromLayout)).toBe(digest);

    // The summary names the digest; metadata carries the outputs and media types.
    expect(run.summary).toContain(digest);
    const metadata = JSON.parse(run.outputs.metadata);
    expect(metadata.digest).toBe(digest);
    expect(metadata['media-type']).toBe('application/vnd.oci.image.manifest.v1+json');
  });

  it('gives the same digest in a dry run and leaves the registry untouched', async () => {
    const pushed = await runAction({ inputs: baseInputs('acme/dry-compare') });
    expect(pushed.code).toBe(0);
    const before = await catalog();
    const dry = await runAction({ inputs: baseInputs('acme/dry-only', { push: 'false' }) });
    expect(dry.code).toBe(0);
    expect(dry.outputs.pushed).toBe('false');
    expect(dry.outputs.digest).toBe(pushed.outputs.digest);
    expect(dry.outputs.tags).toBe(`${reg.host}/acme/dry-only:v1`);
    expect(await catalog()).toEqual(before);
    expect(before).not.toContain('acme/dry-only');
    // The dry run still wrote the artifact to its OCI layout.
    const layoutDigest = sha256(skopeo('inspect', '--raw', `oci:${dry.outputs['oci-layout']}:v1`));
    expect(layoutDigest).toBe(dry.outputs.digest);
  });

  it('never prints the password', async () => {
    const password = 'hunter2-Very-Secret-Token-9f8e7d';
    const run = await runAction({ inputs: baseInputs('acme/masked', { password, username: 'ci' }) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${password}`);
    const withoutMask = run.stdout.replace(`::add-mask::${password}`, '');
    expect(withoutMask).not.toContain(password);
    expect(run.stderr).not.toContain(password);
    expect(run.summary).not.toContain(password);
    expect(JSON.stringify(run.outputs)).not.toContain(password);
  });
});

describe('refused inputs: an ::error, a non-zero exit, nothing pushed', () => {
  const cases: Array<[string, () => Record<string, string>, RegExp]> = [
    ['a missing file', () => ({ module: join(work, 'nope.wasm') }), /nope\.wasm/],
    ['an empty file', () => ({ module: file('empty.wasm', Buffer.alloc(0)) }), /empty/i],
    [
      'wrong magic',
      () => ({ module: file('text.wasm', Buffer.from('hello, not wasm at all')) }),
      /WebAssembly/,
    ],
    [
      'a wrong version',
      () => ({ module: file('v2.wasm', Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0])])) }),
      /version/i,
    ],
    [
      'a truncated module',
      () => ({ module: file('trunc.wasm', filterBytes.subarray(0, filterBytes.length - 9)) }),
      /truncat/i,
    ],
    ['an ABI version the module does not export', () => ({ 'abi-versions': 'v0.1.0' }), /0_2_1|v0\.2\.1/],
    [
      'a module without an allocator',
      () => ({ module: file('nomalloc.wasm', wat2wasm(readWat('no-malloc'))) }),
      /malloc/,
    ],
    [
      'a non-proxy-wasm module without runtime-type',
      () => ({ module: file('plain.wasm', wat2wasm(readWat('plain'))) }),
      /runtime-type/,
    ],
    ['an unknown format', () => ({ format: 'docker' }), /format/],
  ];
  it.each(cases)('%s', async (_name, extra, pattern) => {
    const repo = `refused/${_name.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`;
    const run = await runAction({ inputs: baseInputs(repo, extra()) });
    expect(run.code).not.toBe(0);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(pattern);
    expect(await catalog()).not.toContain(repo);
    const tags = await fetch(`${reg.url}/v2/${repo}/tags/list`);
    expect(tags.status).toBe(404);
  });

  it('keeps untrusted export names from becoming workflow commands', async () => {
    const evil = readFileSync('examples/filter/filter.wat', 'utf8').replace(
      '(export "malloc" (func $malloc))',
      '(export "x\\0a::error::pwned" (func $malloc))\n  (export "y##[warning]pwned" (func $malloc))',
    );
    const run = await runAction({
      inputs: baseInputs('refused/evil', { module: file('evil.wasm', wat2wasm(evil)) }),
    });
    expect(run.code).not.toBe(0); // no allocator export named malloc
    expect(run.stdout).toContain('pwned'); // the names do reach the log (the export list), escaped
    const commands = workflowCommands(run.stdout);
    expect(commands.some((l) => l.includes('pwned') && /^::error::pwned|##\[warning\]/.test(l))).toBe(false);
    expect(run.stdout).not.toMatch(/^::error::pwned/m);
    expect(run.stdout).not.toContain('##[warning]pwned');
  });
});

function file(name: string, bytes: Buffer): string {
  const p = join(work, name);
  writeFileSync(p, bytes);
  return p;
}

describe('the committed example module', () => {
  it('is the wat2wasm build of examples/filter/filter.wat', () => {
    const committed = readFileSync('examples/filter/filter.wasm');
    expect(committed.equals(filterBytes)).toBe(true);
    expect(readdirSync('examples/filter').sort()).toEqual(['filter.wasm', 'filter.wat']);
  });
});
