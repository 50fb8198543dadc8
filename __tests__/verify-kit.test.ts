/**
 * The verification kit (issue 15): deploy snippets validated against the consumers' own CRD schemas (Istio WasmPlugin,
 * Envoy Gateway EnvoyExtensionPolicy; excerpts pinned in fixtures/crd-schemas with their source), hostile values kept
 * inert in YAML and shell, and the commands that can run here (`wasm-oci verify`, the openssl recipe) run with bash
 * against a real key-signed artifact pushed by the committed action bundle to a real docker-registry — and failing
 * once the artifact's provenance is tampered with or replayed onto another artifact.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { verifyKit, yamlString, type PublishedArtifact, type VerifyKit } from '../src/report/verify-kit.js';
import { runAction, type ActionRun } from './fixtures/action.js';
import { actionEnvFor } from './fixtures/event-context.js';
import { crdSchema, loadCrd } from './fixtures/json-schema.js';
import { checkCrd, egCel, istioCel, registryApi, sha256, stubBin } from './fixtures/kit-tools.js';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { wat2wasm } from './fixtures/wat.js';

const KEYS = join(import.meta.dirname, 'fixtures', 'keys');
const PRIVATE_PEM = readFileSync(join(KEYS, 'p256.pkcs8.pem'), 'utf8');
const PUB = join(KEYS, 'p256.pub.pem');
const OTHER_PUB = join(KEYS, 'other-p256.pub.pem');
const CLI = resolve('dist/cli/index.js');
const HEX = 'a'.repeat(64);
const MODULE_HEX = 'b'.repeat(64);

const istioCrd = loadCrd('istio-wasmplugin-v1alpha1.json');
const egCrd = loadCrd('envoy-gateway-envoyextensionpolicy-v1alpha1.json');
const istio = crdSchema(istioCrd);
const eg = crdSchema(egCrd);

function artifact(over: Partial<PublishedArtifact> = {}): PublishedArtifact {
  return {
    registry: 'ghcr.io',
    repository: 'acme-org/envoy-filters',
    digest: `sha256:${HEX}`,
    tags: ['1.2.3'],
    signingMode: 'keyless',
    certificateIdentity:
      'https://github.com/Acme-Org/Envoy-Filters/.github/workflows/release.yml@refs/tags/v1.2.3',
    plainHttp: false,
    runtimeConfig: { type: 'envoy_proxy', abiVersions: ['v0.2.1'], rootIds: ['add_header'] },
    pluginConfig: { header: 'x-acme', value: 1 },
    moduleSha256: `sha256:${MODULE_HEX}`,
    ...over,
  };
}

describe('deploy snippets against the CRD schemas', () => {
  it('Istio WasmPlugin: oci:// URL pinned by digest, sha256 = manifest digest, IfNotPresent, pluginName/pluginConfig', () => {
    const kit = verifyKit(artifact());
    const doc = checkCrd(kit.istio, istioCrd, istio);
    istioCel(doc.spec);
    expect(doc.spec).toEqual({
      url: `oci://ghcr.io/acme-org/envoy-filters@sha256:${HEX}`,
      sha256: HEX,
      imagePullPolicy: 'IfNotPresent',
      pluginName: 'add_header',
      pluginConfig: { header: 'x-acme', value: 1 },
    });
    expect(doc.metadata.name).toBe('envoy-filters');
  });

  it('Envoy Gateway EnvoyExtensionPolicy: Image code with url and sha256, rootID, config', () => {
    const doc = checkCrd(verifyKit(artifact()).envoyGateway, egCrd, eg);
    egCel(doc.spec);
    expect(doc.spec.wasm).toEqual([
      {
        name: 'envoy-filters',
        rootID: 'add_header',
        code: {
          type: 'Image',
          image: { url: `oci://ghcr.io/acme-org/envoy-filters@sha256:${HEX}`, sha256: HEX },
        },
        config: { header: 'x-acme', value: 1 },
      },
    ]);
  });

  it('the schemas are not blind: a wrong field, enum or checksum is refused', () => {
    const bad = (yaml: string, from: string, to: string) => parseYaml(yaml.replace(from, to));
    const kit = verifyKit(artifact());
    expect(istio(bad(kit.istio, 'IfNotPresent', 'Sometimes'))).toBe(false);
    expect(istio(bad(kit.istio, `sha256: "${HEX}"`, `sha256: "sha256:${HEX}"`))).toBe(false);
    expect(istio(bad(kit.istio, 'pluginName:', 'rootId:'))).toBe(false); // pruned by Kubernetes: refused here
    expect(eg(bad(kit.envoyGateway, 'type: Image', 'type: Docker'))).toBe(false);
    expect(eg(bad(kit.envoyGateway, '          sha256:', '          digest:'))).toBe(false);
  });

  it('without runtime config or plugin config the optional fields are left out, still valid', () => {
    const kit = verifyKit(artifact({ runtimeConfig: undefined, pluginConfig: undefined, plainHttp: true }));
    const i = checkCrd(kit.istio, istioCrd, istio);
    expect(i.spec).not.toHaveProperty('pluginName');
    expect(i.spec).not.toHaveProperty('pluginConfig');
    expect(kit.istio).toContain('WASM_INSECURE_REGISTRIES');
    checkCrd(kit.envoyGateway, egCrd, eg);
  });
});

describe('hostile values stay inert', () => {
  const HOSTILE_REPO = `acme/x'"; touch PWNED1; echo '$(touch PWNED2)\`touch PWNED3\`\n::error::injected`;
  const HOSTILE_ROOT = `root"\n  evil: true\n# '`;
  const HOSTILE_ID = `https://github.com/a/b/.github/workflows/r.yml@refs/heads/x'$(touch PWNED4)`;
  let kit: VerifyKit;
  beforeAll(() => {
    kit = verifyKit(
      artifact({
        repository: HOSTILE_REPO,
        certificateIdentity: HOSTILE_ID,
        runtimeConfig: { rootIds: [HOSTILE_ROOT] },
        pluginConfig: { 'k"\n: x': ['\u2028', '\u0085', '😀', "'", '\\'], nested: { a: null, b: false } },
      }),
    );
  });

  it('YAML: still valid against the CRDs, and every value reads back exactly', () => {
    for (const [yaml, crd, check] of [
      [kit.istio, istioCrd, istio],
      [kit.envoyGateway, egCrd, eg],
    ] as const) {
      expect(yaml).toMatch(/^[\x20-\x7e\n]*$/); // printable ASCII only
      const doc = checkCrd(yaml, crd, check);
      const spec = doc.spec;
      const url = spec.url ?? spec.wasm[0].code.image.url;
      expect(url).toBe(`oci://ghcr.io/${HOSTILE_REPO}@sha256:${HEX}`);
      expect(spec.pluginName ?? spec.wasm[0].rootID).toBe(HOSTILE_ROOT);
      expect(spec.pluginConfig ?? spec.wasm[0].config).toEqual({
        'k"\n: x': ['\u2028', '\u0085', '😀', "'", '\\'],
        nested: { a: null, b: false },
      });
      expect(Object.keys(spec)).not.toContain('evil');
    }
    expect(parseYaml(yamlString('\u0000\t\r'))).toBe('\u0000\t\r');
  });

  it('shell: each command passes exactly the intended words and runs nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasm-oci-kit-hostile-'));
    const bin = stubBin(dir, ['wasm-oci', 'cosign', 'gh']);
    const ref = `ghcr.io/${HOSTILE_REPO}@sha256:${HEX}`;
    const expected: Record<string, string[]> = {
      'wasm-oci': [
        'verify',
        '--certificate-identity',
        HOSTILE_ID,
        '--certificate-oidc-issuer',
        'https://token.actions.githubusercontent.com',
        '--trusted-root',
        'trusted_root.json',
        ref,
      ],
      cosign: [
        'verify-attestation',
        '--new-bundle-format',
        '--type',
        'slsaprovenance1',
        '--certificate-identity',
        HOSTILE_ID,
        '--certificate-oidc-issuer',
        'https://token.actions.githubusercontent.com',
        ref,
      ],
      gh: ['attestation', 'verify', `oci://${ref}`, '--bundle-from-oci', '--repo', 'a/b'],
    };
    expect(kit.commands.map((c) => c.id)).toEqual(['wasm-oci', 'cosign', 'gh']);
    for (const c of kit.commands) {
      const log = join(dir, `argv-${c.id}`);
      const r = spawnSync('bash', ['-c', c.command], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ARGV_LOG: log },
      });
      expect({ id: c.id, status: r.status, stderr: r.stderr }).toEqual({ id: c.id, status: 0, stderr: '' });
      const argv = readFileSync(`${log}.${c.id}`, 'utf8').split('\0').slice(0, -1);
      // `wasm-oci` keyless first fetches the trusted root with gh: the recorded gh call comes from that line.
      if (c.id === 'wasm-oci') expect(readFileSync(`${log}.gh`, 'utf8')).toBe('attestation\0trusted-root\0');
      expect(argv).toEqual(expected[c.id]);
    }
    for (const n of [1, 2, 3, 4]) expect(existsSync(join(dir, `PWNED${n}`))).toBe(false);
  });

  it("keyless: the signer's trusted root is picked out of gh's JSON lines for wasm-oci verify", () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasm-oci-kit-root-'));
    const bin = stubBin(dir, ['wasm-oci']);
    const roots = [
      { mediaType: 'a', certificateAuthorities: [{ uri: 'https://fulcio.githubapp.com' }] },
      { mediaType: 'b', certificateAuthorities: [{ uri: 'https://fulcio.sigstore.dev' }] },
    ];
    const lines = roots.map((r) => JSON.stringify(r)).join('\n');
    writeFileSync(join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' '${lines.replace(/\n/g, "' '")}'\n`);
    chmodSync(join(bin, 'gh'), 0o755);
    for (const [fulcioUrl, want] of [
      [undefined, roots[1]],
      ['https://fulcio.githubapp.com', roots[0]],
    ] as const) {
      const k = verifyKit(artifact({ fulcioUrl }));
      const r = spawnSync('bash', ['-c', k.commands[0].command], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ARGV_LOG: join(dir, 'argv') },
      });
      expect(r.status).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'trusted_root.json'), 'utf8'))).toEqual(want);
    }
  });

  it('the openssl recipe of a hostile artifact parses and injects nothing', () => {
    const k = verifyKit(
      artifact({ signingMode: 'key', repository: HOSTILE_REPO, certificateIdentity: undefined }),
    );
    const recipe = k.commands.find((c) => c.id === 'openssl')!.command;
    expect(spawnSync('bash', ['-n', '-c', recipe]).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'wasm-oci-kit-hostile-'));
    const bin = stubBin(dir, ['curl']);
    const r = spawnSync('bash', ['-c', recipe], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ARGV_LOG: join(dir, 'argv') },
    });
    expect(r.status).not.toBe(0); // the stub registry has nothing
    const urls = readFileSync(join(dir, 'argv.curl'), 'utf8')
      .split('\0')
      .filter((a) => a.startsWith('https://'));
    expect(urls[0]).toBe(`https://ghcr.io/v2/${HOSTILE_REPO}/referrers/sha256:${HEX}`);
    for (const n of [1, 2, 3]) expect(existsSync(join(dir, `PWNED${n}`))).toBe(false);
  });

  it('refuses a digest that is not sha256 hex (a caller bug, never quoted into a command)', () => {
    expect(() => verifyKit(artifact({ digest: "sha256:'; rm -rf ~" }))).toThrow(/not a sha256 digest/);
    expect(() => verifyKit(artifact({ moduleSha256: 'md5:00' }))).toThrow(/not a sha256 digest/);
  });

  it('modes: unsigned has no verification commands; key mode has openssl and no gh', () => {
    const none = verifyKit(artifact({ signingMode: 'none' }));
    expect(none.commands).toEqual([]);
    expect(none.notes.join(' ')).toMatch(/unsigned/);
    const key = verifyKit(artifact({ signingMode: 'key' }));
    expect(key.commands.map((c) => c.id)).toEqual(['wasm-oci', 'cosign', 'openssl']);
    expect(key.commands[1].command).toBe(
      `cosign verify-attestation --new-bundle-format --type slsaprovenance1 --key 'cosign.pub' --insecure-ignore-tlog=true 'ghcr.io/acme-org/envoy-filters@sha256:${HEX}'`,
    );
  });
});

// ---- against a real key-signed artifact ---------------------------------------------------------------------------

const INDEX_MT = 'application/vnd.oci.image.index.v1+json';
const MANIFEST_MT = 'application/vnd.oci.image.manifest.v1+json';

describe('the commands run against a real pushed artifact', () => {
  const repo = 'acme/kit-signed';
  let reg: TestRegistry;
  let work: string;
  let bin: string;
  let signed: ActionRun;
  let other: ActionRun;

  const inputs = (module: string, extra: Record<string, string>) => ({
    module,
    'root-ids': 'add_header',
    registry: reg.host,
    repository: repo,
    'plain-http': 'true',
    password: '',
    cache: 'false',
    ...extra,
  });

  beforeAll(async () => {
    reg = await startRegistry();
    work = mkdtempSync(join(tmpdir(), 'wasm-oci-kit-'));
    bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'wasm-oci'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`,
    );
    chmodSync(join(bin, 'wasm-oci'), 0o755);
    const filter = join(work, 'filter.wasm');
    writeFileSync(filter, wat2wasm(readFileSync('examples/filter/filter.wat', 'utf8')));
    const env = actionEnvFor('push-tag', { SOURCE_DATE_EPOCH: '1761815564' });
    signed = await runAction({ inputs: inputs(filter, { signing: 'key', 'signing-key': PRIVATE_PEM }), env });
    // Another artifact in the same repository (another root id: another runtime config, another digest), unsigned.
    other = await runAction({
      inputs: inputs(filter, { signing: 'none', 'root-ids': 'other_root', tags: 'other' }),
      env,
    });
  }, 180_000);
  afterAll(async () => reg?.stop());
  const get = (path: string, accept: string) => registryApi(reg.url, repo).get(path, accept);
  const put = (path: string, body: Buffer, mt: string) => registryApi(reg.url, repo).put(path, body, mt);
  const pushBlob = (bytes: Buffer) => registryApi(reg.url, repo).pushBlob(bytes);

  function kitFor(run: ActionRun): VerifyKit {
    return verifyKit({
      registry: reg.host,
      repository: repo,
      digest: run.outputs.digest,
      tags: run.outputs.tags.split('\n'),
      signingMode: 'key',
      plainHttp: true,
      moduleSha256: run.outputs['module-digest'],
      publicKeyFile: PUB,
    });
  }

  function bash(command: string) {
    const cwd = mkdtempSync(join(work, 'run-'));
    const env = process.env;
    const r = spawnSync('bash', ['-c', command], {
      cwd,
      encoding: 'utf8',
      env: { ...env, PATH: `${bin}:${process.env.PATH}` },
      timeout: 60_000,
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  }
  const cmd = (kit: VerifyKit, id: string) => kit.commands.find((c) => c.id === id)!.command;

  it('the action pushed a key-signed artifact', () => {
    expect(signed.code).toBe(0);
    expect(signed.outputs['signing-mode']).toBe('key');
    expect(other.code).toBe(0);
    expect(other.outputs.digest).not.toBe(signed.outputs.digest);
  });

  it('wasm-oci verify and the openssl recipe pass', () => {
    const kit = kitFor(signed);
    const v = bash(cmd(kit, 'wasm-oci'));
    expect(v).toMatchObject({ status: 0 });
    expect(v.out).toContain(`Verified: ${signed.outputs.digest} has signed provenance`);
    const o = bash(cmd(kit, 'openssl'));
    expect(o.out).toContain('Verified OK');
    expect(o.out).toContain(`provenance statement names ${signed.outputs.digest}`);
    expect(o.status).toBe(0);
  });

  it('the openssl recipe fails with another public key', () => {
    const kit = verifyKit({ ...toArtifact(signed), publicKeyFile: OTHER_PUB });
    const o = bash(cmd(kit, 'openssl'));
    expect(o.status).not.toBe(0);
    expect(o.out).toMatch(/Verification failure/);
  });

  it('both fail for an unsigned artifact, and when its provenance is replayed from the signed one', async () => {
    const kit = kitFor(other);
    expect(bash(cmd(kit, 'wasm-oci')).status).not.toBe(0);
    expect(bash(cmd(kit, 'openssl')).out).toMatch(/no signed provenance found/);
    // Replay: the signed artifact's referrer index copied to the other artifact's sha256-<hex> tag. The signature
    // is genuine, the statement names another manifest.
    const index = await get(`/manifests/${signed.outputs.digest.replace(':', '-')}`, INDEX_MT);
    await put(`/manifests/${other.outputs.digest.replace(':', '-')}`, index, INDEX_MT);
    const o = bash(cmd(kit, 'openssl'));
    expect(o.out).toContain('Verified OK'); // the signature itself…
    expect(o.status).not.toBe(0); // …but not over this artifact
    expect(o.out).not.toContain('provenance statement names');
    expect(bash(cmd(kit, 'wasm-oci')).status).not.toBe(0);
  });

  it('both fail once the signed statement is tampered with', async () => {
    const digest = signed.outputs.digest;
    const index = JSON.parse((await get(`/manifests/${digest.replace(':', '-')}`, INDEX_MT)).toString());
    const referrer = JSON.parse(
      (await get(`/manifests/${index.manifests[0].digest}`, MANIFEST_MT)).toString(),
    );
    const bundle = JSON.parse((await get(`/blobs/${referrer.layers[0].digest}`, '*/*')).toString());
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    statement.predicate.buildDefinition.buildType = 'https://evil.example/tampered';
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const bundleBytes = Buffer.from(JSON.stringify(bundle));
    await pushBlob(bundleBytes);
    referrer.layers[0] = { ...referrer.layers[0], digest: sha256(bundleBytes), size: bundleBytes.length };
    const refBytes = Buffer.from(JSON.stringify(referrer));
    await put(`/manifests/${sha256(refBytes)}`, refBytes, MANIFEST_MT);
    index.manifests[0] = { ...index.manifests[0], digest: sha256(refBytes), size: refBytes.length };
    await put(`/manifests/${digest.replace(':', '-')}`, Buffer.from(JSON.stringify(index)), INDEX_MT);

    const kit = kitFor(signed);
    const o = bash(cmd(kit, 'openssl'));
    expect(o.status).not.toBe(0);
    expect(o.out).toMatch(/Verification failure/);
    expect(bash(cmd(kit, 'wasm-oci')).status).not.toBe(0);
  });

  function toArtifact(run: ActionRun): PublishedArtifact {
    return {
      registry: reg.host,
      repository: repo,
      digest: run.outputs.digest,
      tags: [],
      signingMode: 'key',
      plainHttp: true,
      moduleSha256: run.outputs['module-digest'],
    };
  }
});
