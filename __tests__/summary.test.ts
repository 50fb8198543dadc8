import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import {
  buildSummary,
  escapeHtml,
  inputsForSummary,
  renderSummary,
  type SummaryInput,
} from '../src/report/summary.js';

const DIGEST = 'sha256:' + 'ab'.repeat(32);
const MODULE = 'sha256:' + 'cd'.repeat(32);
const ATT = 'sha256:' + 'ef'.repeat(32);
const PASSWORD = 'ghp_SuperSecretRegistryToken0123456789';
const KEY =
  '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----';
const KEY_PASSWORD = 'correct horse battery staple';

function base(over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    registry: 'ghcr.io',
    repository: 'acme-org/envoy-filters',
    manifestDigest: DIGEST,
    moduleDigest: MODULE,
    moduleSize: 1536,
    format: 'solo',
    abi: ['v0.2.1'],
    tags: ['1.2.3', '1.2', '1', 'latest', 'sha-3f9c2a1'],
    pushed: true,
    ...over,
  };
}

/** Decode the few entities escapeHtml produces (to read back <pre> blocks as a browser would). */
function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function preBlocks(html: string): string[] {
  return [...html.matchAll(/<pre[^>]*><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) => unescape(m[1]));
}

describe('renderSummary', () => {
  it('shows reference, full digests, size, format, ABI, tags and pushed state', () => {
    const html = renderSummary(base());
    expect(html).toContain(`<code>ghcr.io/acme-org/envoy-filters:1.2.3</code>`);
    expect(html).toContain(`<code>${DIGEST}</code>`);
    expect(html).toContain(`<code>${MODULE}</code>`);
    expect(html).toContain('1536 bytes (1.5 KiB)');
    expect(html).toMatch(/<th align="left">Format<\/th><td>solo<\/td>/);
    expect(html).toContain('<code>v0.2.1</code>');
    for (const t of ['1.2.3', '1.2', '1', 'latest', 'sha-3f9c2a1'])
      expect(html).toContain(`<code>${t}</code>`);
    expect(html).toMatch(/<th align="left">Pushed<\/th><td>yes<\/td>/);
    expect(html).not.toContain('would push');
  });

  it('a WasmPlugin snippet pinned by digest that parses as YAML, and fetch commands', () => {
    const html = renderSummary(base());
    const [plugin, cmds] = preBlocks(html);
    const doc = parseYaml(plugin);
    expect(doc.kind).toBe('WasmPlugin');
    expect(doc.apiVersion).toBe('extensions.istio.io/v1alpha1');
    expect(doc.metadata.name).toBe('envoy-filters');
    expect(doc.spec.url).toBe(`oci://ghcr.io/acme-org/envoy-filters@${DIGEST}`);
    expect(cmds).toContain(`crane digest ghcr.io/acme-org/envoy-filters:1.2.3`);
    expect(cmds).toContain(`skopeo inspect --raw docker://ghcr.io/acme-org/envoy-filters@${DIGEST}`);
  });

  it('on a pull request: "validated, not pushed" and what a release would publish', () => {
    const html = renderSummary(
      base({
        pushed: false,
        pullRequest: true,
        tags: ['pr-42', 'sha-d1e2f3a'],
        pushReason: 'Validated, not pushed',
      }),
    );
    expect(html).toContain('<h2>WebAssembly OCI artifact: validated, not pushed</h2>');
    expect(html).toContain('no: validated, not pushed');
    expect(html).toContain('Tags (planned)');
    expect(html).toContain(`would push <code>ghcr.io/acme-org/envoy-filters@${DIGEST}</code>`);
    expect(html).toContain('<code>pr-42</code>');
  });

  it('backticks in the push reason and notices become <code>, after escaping', () => {
    const html = renderSummary(base({ pushReason: 'not pushed: `push: auto` <b>', notices: ['use `a<b>`'] }));
    expect(html).toContain('not pushed: <code>push: auto</code> &lt;b&gt;');
    expect(html).toContain('<li>use <code>a&lt;b&gt;</code></li>');
  });

  it('signing and compatibility rows only when given', () => {
    expect(renderSummary(base())).not.toContain('Signing');
    expect(renderSummary(base())).not.toContain('compatibility');
    const html = renderSummary(
      base({
        signing: {
          mode: 'keyless',
          attestationDigest: ATT,
          transparencyLog: 'https://search.sigstore.dev/?logIndex=1',
        },
        compatibility: [
          { consumer: 'istio', ok: true, note: 'solo layer' },
          { consumer: 'wkg', ok: false, note: 'needs <cncf>' },
        ],
      }),
    );
    expect(html).toContain('<h3>Signing</h3>');
    expect(html).toContain(`<code>${ATT}</code>`);
    expect(html).toContain('keyless');
    expect(html).toContain('<td>istio</td><td>✅ ok</td>');
    expect(html).toContain('<td>wkg</td><td>❌ no</td><td>needs &lt;cncf&gt;</td>');
  });

  it('HTML-escapes every value, including hostile ones', () => {
    const evil = '<img src=x onerror=alert(1)>&"\'';
    const html = renderSummary(
      base({
        repository: evil,
        format: evil,
        abi: [evil],
        tags: [evil],
        pushReason: evil,
        notices: [evil + '\n\n## injected heading', 'lone carriage returns\r\r## injected too'],
        signing: { mode: evil },
        compatibility: [{ consumer: evil, ok: false, note: evil }],
        inputs: { module: evil },
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('"\'');
    expect(html).toContain(escapeHtml(evil));
    // newlines in values never make a blank line (which would end an HTML block and let Markdown in)
    const tables = [...html.matchAll(/<(table|ul)>[\s\S]*?<\/\1>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(0);
    // a lone \r is a line break to Markdown too
    for (const t of tables) expect(t).not.toMatch(/(\r\n?|\n)[ \t]*(\r\n?|\n)/);
    expect(html).not.toMatch(/\r/);
  });

  it('inputs in a <details> block without secrets, not even their length', () => {
    const html = renderSummary(
      base({
        inputs: {
          module: 'filter.wasm',
          password: PASSWORD,
          'signing-key': KEY,
          'signing-key-password': KEY_PASSWORD,
          'github-token': 'ghs_other',
          tags: '{{version}}\nlatest',
        },
      }),
    );
    expect(html).toMatch(/<details><summary>Inputs<\/summary>/);
    const inputs = preBlocks(html).at(-1) ?? '';
    expect(parseYaml(inputs)).toEqual({ module: 'filter.wasm', tags: '{{version}}\nlatest' });
    for (const secret of [PASSWORD, 'MIGHAgEAMBMG', KEY_PASSWORD, 'ghs_other'])
      expect(html).not.toContain(secret);
    for (const name of ['password', 'signing-key', 'github-token']) expect(html).not.toContain(name);
    for (const len of [PASSWORD.length, KEY.length, KEY_PASSWORD.length])
      expect(html).not.toContain(`${len}`);
  });
});

describe('buildSummary (the shape main.ts passes)', () => {
  it('maps RunResult + typed inputs, strips secrets from camelCase inputs', () => {
    const html = buildSummary({
      gh: { isPullRequest: false },
      moduleName: 'filter.wasm',
      inputs: {
        module: 'target/filter.wasm',
        password: PASSWORD,
        signingKey: KEY,
        signingKeyPassword: KEY_PASSWORD,
        tags: ['{{version}}', 'latest'],
        annotations: { 'org.opencontainers.image.vendor': 'Acme' },
        overwriteTags: false,
      },
      result: {
        digest: DIGEST,
        moduleDigest: MODULE,
        moduleSize: 10,
        reference: `127.0.0.1:5000/acme/filters@${DIGEST}`,
        tags: ['127.0.0.1:5000/acme/filters:1.2.3', '127.0.0.1:5000/acme/filters:latest'],
        pushed: true,
        format: 'compat',
        runtimeConfig: { abiVersions: ['v0.2.1'] },
        consumers: [{ consumer: 'istio', accepts: true, reason: 'ok' }],
        signingMode: 'key',
        attestationDigest: ATT,
      },
    });
    const [plugin, , inputs] = preBlocks(html);
    expect(parseYaml(plugin).spec.url).toBe(`oci://127.0.0.1:5000/acme/filters@${DIGEST}`);
    expect(html).toContain('<code>127.0.0.1:5000/acme/filters:1.2.3</code>');
    expect(html).toContain('<code>latest</code>');
    expect(html).toContain(`<code>${ATT}</code>`);
    expect(html).toContain('<code>filter.wasm</code>');
    expect(parseYaml(inputs)).toEqual({
      module: 'target/filter.wasm',
      tags: '{{version}}\nlatest',
      annotations: 'org.opencontainers.image.vendor=Acme',
      'overwrite-tags': 'false',
    });
    for (const secret of [PASSWORD, 'MIGHAgEAMBMG', KEY_PASSWORD]) expect(html).not.toContain(secret);
  });

  it('inputsForSummary drops secret-like names', () => {
    expect(
      Object.keys(inputsForSummary({ registryPassword: 'x', apiToken: 'y', registry: 'ghcr.io' })),
    ).toEqual(['registry']);
  });
});

describe('the fetch commands against a real plain-HTTP registry', () => {
  let reg: TestRegistry;
  let digest: string;
  beforeAll(async () => {
    reg = await startRegistry();
    // One small OCI image (config blob + manifest), pushed with the distribution API directly.
    const config = Buffer.from('{}');
    const configDigest = 'sha256:' + createHash('sha256').update(config).digest('hex');
    const up = await fetch(`${reg.url}/v2/acme/plain/blobs/uploads/`, { method: 'POST' });
    const location = new URL(up.headers.get('location')!, reg.url);
    location.searchParams.set('digest', configDigest);
    expect((await fetch(location, { method: 'PUT', body: config })).status).toBe(201);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: 2 },
        layers: [],
      }),
    );
    digest = 'sha256:' + createHash('sha256').update(manifest).digest('hex');
    const put = await fetch(`${reg.url}/v2/acme/plain/manifests/v1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      body: manifest,
    });
    expect(put.status).toBe(201);
  }, 30_000);
  afterAll(async () => reg?.stop());

  function skopeoCommand(plainHttp: boolean): string[] {
    const html = renderSummary(
      base({ registry: reg.host, repository: 'acme/plain', manifestDigest: digest, tags: ['v1'], plainHttp }),
    );
    const line = preBlocks(html)[1]
      .split('\n')
      .find((l) => l.startsWith('skopeo '));
    expect(line).toBeDefined();
    return line!.split(/\s+/);
  }

  it('with plain-http: skopeo gets --tls-verify=false and reads the manifest; the CLI line gets --plain-http', () => {
    const [cmd, ...args] = skopeoCommand(true);
    expect(args).toContain('--tls-verify=false');
    const out = execFileSync(cmd, args, { encoding: 'utf8' });
    expect(JSON.parse(out).config.digest).toMatch(/^sha256:/);
    const cmds = preBlocks(renderSummary(base({ plainHttp: true })))[1];
    expect(cmds).toMatch(/^node dist\/cli\/index\.js pull \S+ -o module\.wasm --plain-http/m);
    expect(cmds).toMatch(/^crane --insecure digest /m);
  });

  it('without it (an HTTPS registry), the same command cannot read a plain-HTTP registry: the flag is needed', () => {
    const [cmd, ...args] = skopeoCommand(false);
    expect(args).not.toContain('--tls-verify=false');
    expect(() => execFileSync(cmd, args, { stdio: 'pipe' })).toThrow(
      /http: server gave HTTP response to HTTPS client|HTTPS/i,
    );
    expect(preBlocks(renderSummary(base()))[1]).not.toMatch(/--plain-http|--insecure|--tls-verify/);
  });
});
