/**
 * Issue 13, inputs side, through the bundled action (dry runs, so no registry is needed): every input is validated and
 * escaped before anything is printed, in every mode; files are read only when they are regular files, with a byte
 * limit; every format gives the same verdict on a broken component; a broken `oci-layout` is a clear error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  commandLines,
  maskedBeforeUse,
  runActionBounded,
  startPeer,
  type BoundedRun,
} from './fixtures/hardening.js';
import { wat2wasm } from './fixtures/wat.js';

let work: string;
let modulePath: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-hardening-inputs-'));
  modulePath = join(work, 'filter.wasm');
  writeFileSync(modulePath, wat2wasm(readFileSync('examples/filter/filter.wat', 'utf8')));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function dryRun(extra: Record<string, string>, limitMs = 30_000): Promise<BoundedRun> {
  return runActionBounded({
    inputs: {
      module: modulePath,
      'root-ids': 'add_header',
      registry: '127.0.0.1:5000',
      repository: 'acme/app',
      tags: 'v1',
      push: 'false',
      ...extra,
    },
    limitMs,
  });
}

function errorLines(run: BoundedRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::error'));
}

/** Everything the run left for people and later steps to read (outputs and the summary). */
function leftBehind(run: BoundedRun): string {
  return JSON.stringify(run.outputs) + run.summary;
}

describe('2. the registry input is validated before anything is printed, also in a dry run', () => {
  it('a newline and a workflow command in `registry` are refused, not executed', async () => {
    const run = await dryRun({ registry: '127.0.0.1:5000\n::error title=x::injected' });
    expect(run.code).toBe(1);
    expect(commandLines(run.stdout).filter((l) => l.startsWith('::error title=x'))).toEqual([]);
    expect(errorLines(run).join('\n')).toMatch(/registry/);
    expect(run.outputs.tags).toBeUndefined();
  });

  it('userinfo in `registry` is refused, with the password masked first and printed nowhere', async () => {
    const secret = 'S3cretInRegistryUrl';
    const run = await dryRun({ registry: `https://user:${secret}@127.0.0.1:5000` });
    expect(run.code).toBe(1);
    expect(maskedBeforeUse(run.stdout, secret)).toBe(true);
    expect(errorLines(run).join('\n')).toMatch(/user name or password|credentials/);
    expect(errorLines(run).join('\n')).not.toContain(secret);
    expect(leftBehind(run)).not.toContain(secret);
    expect(run.outputs.reference).toBeUndefined();
  });

  it.each([
    ['a path', '127.0.0.1:5000/acme'],
    ['a query', '127.0.0.1:5000?x=1'],
    ['a fragment', '127.0.0.1:5000#frag'],
    ['whitespace', '127.0.0.1 :5000'],
    ['a tab', 'ghcr.io\tx'],
  ])('%s in `registry` is refused', async (_what, registry) => {
    const run = await dryRun({ registry });
    expect(run.code).toBe(1);
    expect(errorLines(run).join('\n')).toMatch(/host\[:port\]/);
  });

  it('an https:// prefix is stripped with a notice; an IPv6 literal is accepted', async () => {
    const run = await dryRun({ registry: 'https://127.0.0.1:5000/' });
    expect(run.code).toBe(0);
    expect(run.outputs.reference).toMatch(/^127\.0\.0\.1:5000\/acme\/app@sha256:/);
    expect(run.stdout).toMatch(/^::notice[^\n]*https:\/\//m);
    const v6 = await dryRun({ registry: '[::1]:5000' });
    expect(v6.code).toBe(0);
    expect(v6.outputs.reference).toMatch(/^\[::1\]:5000\/acme\/app@sha256:/);
  });
});

describe('5. input values are escaped everywhere they are printed', () => {
  it('a newline and a workflow command in `oci-layout` stay text', async () => {
    const layout = join(work, 'layout\n::warning title=inj::from the layout path');
    const run = await dryRun({ 'oci-layout': layout });
    expect(run.code).toBe(0);
    expect(commandLines(run.stdout).filter((l) => l.includes('title=inj'))).toEqual([]);
    expect(run.stdout).toContain('OCI layout:');
  });
});

describe('11. runtime-config must be a regular file, read with a byte limit', () => {
  it('a FIFO is refused at once (no blocking read)', async () => {
    const fifo = join(work, 'config.fifo');
    execFileSync('mkfifo', [fifo]);
    const run = await dryRun({ 'runtime-config': fifo, 'root-ids': '' }, 20_000);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(errorLines(run).join('\n')).toMatch(/not a regular file/);
  });

  it('/dev/zero is refused, not read', async () => {
    const run = await dryRun({ 'runtime-config': '/dev/zero', 'root-ids': '' }, 20_000);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(errorLines(run).join('\n')).toMatch(/not a regular file/);
  });

  it('a directory is refused', async () => {
    const run = await dryRun({ 'runtime-config': work, 'root-ids': '' });
    expect(run.code).toBe(1);
    expect(errorLines(run).join('\n')).toMatch(/runtime config/);
  });
});

describe('12. one verdict for a broken component in every format', () => {
  // A component preamble (version 0x0d, layer 1) and a well-framed import section whose one name has the unknown
  // encoding 0xff: the file is framed correctly, its content is garbage.
  const garbage = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x0a, 0x03, 0x01, 0xff, 0xff]);
  let path: string;
  beforeAll(() => {
    path = join(work, 'garbage-component.wasm');
    writeFileSync(path, garbage);
  });

  it.each(['cncf', 'auto', 'compat'])('format %s refuses it', async (format) => {
    const run = await dryRun({ module: path, format, 'root-ids': '' });
    expect(run.code).toBe(1);
    expect(run.outputs.digest).toBeUndefined();
    expect(errorLines(run).join('\n')).not.toMatch(/Unexpected failure/);
    expect(errorLines(run).join('\n')).toMatch(/component/);
  });
});

describe('13. a broken oci-layout is a clear error, not a stack trace', () => {
  it('oci-layout naming a file', async () => {
    const file = join(work, 'not-a-dir');
    writeFileSync(file, 'x');
    const run = await dryRun({ 'oci-layout': file });
    expect(run.code).toBe(1);
    const errors = errorLines(run).join('\n');
    expect(errors).not.toMatch(/Unexpected failure| {4}at /);
    expect(errors).toMatch(/not a directory/);
    expect(errors).toMatch(/oci-layout/);
  });

  it('a corrupt index.json', async () => {
    const dir = join(work, 'corrupt-layout');
    mkdirSync(dir);
    writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    writeFileSync(join(dir, 'index.json'), '{"schemaVersion": 2, "manifests": [');
    const run = await dryRun({ 'oci-layout': dir });
    expect(run.code).toBe(1);
    const errors = errorLines(run).join('\n');
    expect(errors).not.toMatch(/Unexpected failure| {4}at /);
    expect(errors).toMatch(/index\.json/);
  });
});

/** The inputs the runner sets from action.yml's defaults, with `${{ <expr> }}` evaluated from `values`. */
function runnerDefaults(values: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default === undefined) continue;
    let unresolved = false;
    const value = spec.default.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expr: string) => {
      if (!(expr in values)) unresolved = true;
      return values[expr] ?? '';
    });
    if (!unresolved) out[name] = value;
  }
  return out;
}

describe('the workflow token goes to ghcr.io only', () => {
  it('`github-token` is never offered to another registry, even when it asks for credentials', async () => {
    const token = 'ghs_WorkflowTokenForGhcrOnly';
    const seen: string[] = [];
    const peer = await startPeer((req, res) => {
      seen.push(req.headers.authorization ?? '');
      res.writeHead(401, { 'WWW-Authenticate': `Basic realm="peer"`, 'Content-Type': 'application/json' });
      res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
    });
    try {
      const run = await runActionBounded({
        inputs: {
          // as the runner does: every default of action.yml, with the token the workflow has
          ...runnerDefaults({ 'github.token': token, 'github.actor': 'octocat' }),
          module: modulePath,
          'root-ids': 'add_header',
          registry: peer.host,
          repository: 'acme/app',
          tags: 'v1',
          push: 'true',
          'plain-http': 'true',
        },
        limitMs: 30_000,
      });
      expect(run.code).toBe(1); // the registry wants credentials and gets none
      expect(seen.length).toBeGreaterThan(0); // it was asked
      const b64 = Buffer.from(`octocat:${token}`).toString('base64');
      for (const h of seen) {
        expect(h).not.toContain(token);
        expect(h).not.toContain(b64);
      }
      expect(run.stdout).not.toContain(token);
    } finally {
      await peer.close();
    }
  });
});
