import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuntimeConfig } from '../src/package/types.js';
import { inspectModule, type ModuleReport } from '../src/wasm/inspect.js';
import {
  abiVersionsFromExports,
  hasProxyWasmMarker,
  validateModule,
  type Finding,
  type ValidationResult,
} from '../src/wasm/validate.js';
import { readWat, writeWasm } from './fixtures/wat.js';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'validate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Inspect real compiled modules: the checks run on what the reader finds in the binary. */
const fromWat = (wat: string): Promise<ModuleReport> => inspectModule(writeWasm(dir, `m${n++}.wasm`, wat));
const fixture = (name: string): Promise<ModuleReport> => fromWat(readWat(name));

const envoy = (abiVersions: string[], rootIds = ['my_root']): RuntimeConfig => ({
  type: 'envoy_proxy',
  abiVersions,
  rootIds,
});
const text = (fs: Finding[]): string => fs.map((f) => `${f.message} ${f.fix ?? ''}`).join('\n');
const all = (r: ValidationResult): Finding[] => [...r.errors, ...r.warnings, ...r.notices];

/** A 0.2.1 filter with pieces swapped out, for targeted negative cases. */
function filterVariant(opts: {
  marker?: string[];
  headersParams?: number;
  extraImports?: string[];
  memory?: boolean;
  extraExports?: string;
}): string {
  const markers = (opts.marker ?? ['proxy_abi_version_0_2_1'])
    .map((m) => `(func (export "${m}"))`)
    .join('\n');
  const params = ' i32'.repeat(opts.headersParams ?? 3);
  const imports = (opts.extraImports ?? [])
    .map((i) => `(import "env" "${i}" (func (result i32)))`)
    .join('\n');
  return `(module
    (import "env" "proxy_log" (func (param i32 i32 i32) (result i32)))
    ${imports}
    (memory ${opts.memory === false ? '' : '(export "memory")'} 1)
    ${markers}
    (func (export "malloc") (param i32) (result i32) (i32.const 1024))
    (func (export "proxy_on_context_create") (param i32 i32))
    (func (export "proxy_on_request_headers") (param${params}) (result i32) (i32.const 0))
    (func (export "proxy_on_response_headers") (param${params}) (result i32) (i32.const 0))
    ${opts.extraExports ?? ''})`;
}

describe('abiVersionsFromExports / hasProxyWasmMarker', () => {
  it('maps marker function exports to semver ABI versions in export order', async () => {
    expect(abiVersionsFromExports(await fixture('filter'))).toEqual(['v0.2.1']);
    expect(abiVersionsFromExports(await fixture('filter-v010'))).toEqual(['v0.1.0']);
    const two = await fromWat(
      filterVariant({ marker: ['proxy_abi_version_0_2_0', 'proxy_abi_version_0_2_1'] }),
    );
    expect(abiVersionsFromExports(two)).toEqual(['v0.2.0', 'v0.2.1']);
    expect(hasProxyWasmMarker(await fixture('filter'))).toBe(true);
  });

  it('ignores non-function exports and non-numeric marker names', async () => {
    const r = await fromWat(
      '(module (global (export "proxy_abi_version_0_2_1") i32 (i32.const 0)) (func (export "proxy_abi_version_0_x_x")))',
    );
    expect(abiVersionsFromExports(r)).toEqual([]);
    expect(hasProxyWasmMarker(r)).toBe(false);
    expect(hasProxyWasmMarker(await fixture('plain'))).toBe(false);
    expect(hasProxyWasmMarker(await fixture('no-marker'))).toBe(false);
  });
});

describe('validateModule (envoy_proxy)', () => {
  it('accepts a realistic filter with matching config without findings', async () => {
    const r = validateModule(await fixture('filter'), envoy(['v0.2.1']), 'filter.wasm');
    expect(r).toEqual({ errors: [], warnings: [], notices: [] });
    const old = validateModule(await fixture('filter-v010'), envoy(['v0.1.0']), 'old.wasm');
    expect(old).toEqual({ errors: [], warnings: [], notices: [] });
  });

  it('errors when the marker is missing', async () => {
    const r = validateModule(await fixture('no-marker'), envoy([]), 'nm.wasm');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/no known proxy-wasm ABI marker/);
    expect(r.errors[0].message).toContain('nm.wasm');
    expect(r.errors[0].fix).toBeTruthy();
  });

  it('errors on a plain module that is not a proxy-wasm plugin at all', async () => {
    const r = validateModule(await fixture('plain'), envoy([]), 'plain.wasm');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/does not look like a proxy-wasm plugin/);
  });

  it('errors on unknown markers only, and on a marker exported as a non-function', async () => {
    const unknown = await fromWat(filterVariant({ marker: ['proxy_abi_version_0_3_0'] }));
    const r = validateModule(unknown, envoy(['v0.3.0']), 'u.wasm');
    expect(text(r.errors)).toMatch(/"proxy_abi_version_0_3_0", which no host recognises/);
    const glob = await fromWat(
      filterVariant({
        marker: [],
        extraExports: '(global (export "proxy_abi_version_0_2_1") i32 (i32.const 0))',
      }),
    );
    expect(text(validateModule(glob, envoy(['v0.2.1']), 'g.wasm').errors)).toMatch(/exported as a global/);
  });

  it('errors when no allocator is exported', async () => {
    const r = validateModule(await fixture('no-malloc'), envoy(['v0.2.1']), 'nomalloc.wasm');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/malloc or proxy_on_memory_allocate/);
  });

  it('accepts proxy_on_memory_allocate as the allocator', async () => {
    const r = validateModule(await fixture('filter-v010'), envoy(['v0.1.0']), 'x');
    expect(text(r.errors)).not.toMatch(/allocator/);
  });

  it('errors when no memory is exported', async () => {
    const r = validateModule(
      await fromWat(filterVariant({ memory: false })),
      envoy(['v0.2.1']),
      'nomem.wasm',
    );
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/exports no linear memory/);
  });

  it('errors when declared abiVersions do not match the marker, showing both', async () => {
    const m020 = await fromWat(filterVariant({ marker: ['proxy_abi_version_0_2_0'] }));
    const r = validateModule(m020, envoy(['v0.1.0']), 'm.wasm');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toContain('"v0.1.0"');
    expect(r.errors[0].message).toContain('"proxy_abi_version_0_2_0"');
    expect(r.errors[0].fix).toContain('v0.2.0');
    // 0.2.0 and 0.2.1 are different markers for hosts
    expect(validateModule(m020, envoy(['v0.2.1']), 'm.wasm').errors).toHaveLength(1);
    // also without the leading v
    expect(validateModule(m020, envoy(['0.2.0']), 'm.wasm').errors).toHaveLength(0);
  });

  it('warns about declared versions the module does not implement when another one matches', async () => {
    const r = validateModule(await fixture('filter'), envoy(['v0.2.1', 'v0.1.0']), 'f.wasm');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].message).toMatch(/declares "v0.1.0" but the module f.wasm exports only/);
  });

  it('accepts legacy v0-<sha> values with a notice, mapped to their ABI era', async () => {
    const m020 = await fromWat(filterVariant({ marker: ['proxy_abi_version_0_2_0'] }));
    const r = validateModule(m020, envoy(['v0-4689a30309abf31aee9ae36e73d34b1bb182685f']), 'm.wasm');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0].message).toMatch(/legacy envoy-wasm commit id .*v0\.2\.0-era/);

    const old = validateModule(
      await fixture('filter-v010'),
      envoy(['v0-097b7f2e4cc1fb490cc1943d0d633655ac3c522f']),
      'o.wasm',
    );
    expect(old.errors).toEqual([]);
    expect(old.warnings).toEqual([]);
    expect(old.notices[0].message).toMatch(/v0\.1\.0-era/);

    // era mismatch: the mapping is inferred, so it is a warning, not an error
    const mismatch = validateModule(m020, envoy(['v0-097b7f2e4cc1fb490cc1943d0d633655ac3c522f']), 'm.wasm');
    expect(mismatch.errors).toEqual([]);
    expect(mismatch.warnings).toHaveLength(1);
    // the wasme-style pair (legacy + semver) is fine for a 0.2.1 module
    const pair = validateModule(
      await fixture('filter'),
      envoy(['v0-4689a30309abf31aee9ae36e73d34b1bb182685f', 'v0.2.1']),
      'f.wasm',
    );
    expect(pair.errors).toEqual([]);
    expect(pair.warnings).toEqual([]);
    expect(pair.notices).toHaveLength(1);
  });

  it('warns on unknown declared values', async () => {
    const r = validateModule(await fixture('filter'), envoy(['v0.2.1', 'banana']), 'f.wasm');
    expect(r.errors).toEqual([]);
    expect(text(r.warnings)).toMatch(/"banana" is not a known ABI version/);
  });

  it('warns when more than one marker is exported, naming the one hosts use', async () => {
    const two = await fromWat(
      filterVariant({ marker: ['proxy_abi_version_0_2_1', 'proxy_abi_version_0_2_0'] }),
    );
    const r = validateModule(two, envoy(['v0.2.1', 'v0.2.0']), 't.wasm');
    expect(r.errors).toEqual([]);
    expect(text(r.warnings)).toMatch(
      /exports 2 ABI markers .* hosts use only the first, "proxy_abi_version_0_2_1"/,
    );
  });

  it('warns about imports outside the marker version', async () => {
    const m020 = await fromWat(
      filterVariant({
        marker: ['proxy_abi_version_0_2_0'],
        extraImports: ['proxy_get_log_level', 'proxy_close_stream'],
      }),
    );
    const r = validateModule(m020, envoy(['v0.2.0']), 'i.wasm');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].message).toContain('"proxy_get_log_level"');
    expect(r.warnings[0].message).not.toContain('proxy_close_stream');

    const v021 = await fromWat(filterVariant({ extraImports: ['proxy_continue_request'] }));
    expect(text(validateModule(v021, envoy(['v0.2.1']), 'i.wasm').warnings)).toContain(
      '"proxy_continue_request"',
    );

    const v010 = await fromWat(
      filterVariant({
        marker: ['proxy_abi_version_0_1_0'],
        headersParams: 2,
        extraImports: ['proxy_continue_stream'],
      }),
    );
    expect(text(validateModule(v010, envoy(['v0.1.0']), 'i.wasm').warnings)).toContain(
      '"proxy_continue_stream"',
    );
  });

  it('warns when *_headers arity does not match the marker', async () => {
    const r = validateModule(await fromWat(filterVariant({ headersParams: 2 })), envoy(['v0.2.1']), 'a.wasm');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0].message).toMatch(
      /proxy_on_request_headers takes 2 parameter\(s\) but ABI v0.2.1 .* with 3/,
    );
    expect(r.warnings[1].message).toMatch(/proxy_on_response_headers takes 2/);
    const old = await fromWat(filterVariant({ marker: ['proxy_abi_version_0_1_0'], headersParams: 3 }));
    expect(text(validateModule(old, envoy(['v0.1.0']), 'a.wasm').warnings)).toMatch(/takes 3 .* with 2/);
  });

  it('warns when rootIds are empty', async () => {
    const r = validateModule(await fixture('filter'), envoy(['v0.2.1'], []), 'f.wasm');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].message).toMatch(/no root ids/);
  });

  it('errors on a component', async () => {
    const path = join(dir, 'comp.wasm');
    writeFileSync(path, Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00]));
    const r = validateModule(await inspectModule(path), envoy([]), 'comp.wasm');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/component.*not proxy-wasm plugins/);
  });
});

describe('validateModule (other runtime types)', () => {
  it('skips the proxy-wasm checks, with a notice if the module has a marker', async () => {
    expect(
      validateModule(await fixture('plain'), { type: 'other', abiVersions: [], rootIds: [] }, 'p'),
    ).toEqual({
      errors: [],
      warnings: [],
      notices: [],
    });
    const r = validateModule(
      await fixture('no-malloc'),
      { type: 'wasmtime', abiVersions: [], rootIds: [] },
      'p',
    );
    expect(r.errors).toEqual([]);
    expect(r.notices[0].message).toMatch(/runtime type is "wasmtime"/);
  });
});

describe('untrusted names never become workflow commands', () => {
  const evil = 'proxy_x\\0a::error::pwned ##[group]';
  const check = (r: ValidationResult) => {
    const t = all(r).map((f) => `${f.message}\n${f.fix ?? ''}`);
    for (const s of t) {
      for (const line of s.split('\n')) expect(line.startsWith('::')).toBe(false);
      expect(s).not.toContain('##[');
    }
  };

  it('in marker, import and declared-version messages', async () => {
    const wat = filterVariant({
      marker: [
        'proxy_abi_version_0_2_1',
        'proxy_abi_version_0_2_0',
        `proxy_abi_version_0_2_1\\0a::error::pwned`,
      ],
      headersParams: 2,
      extraImports: ['proxy_continue_request'],
    });
    const m = await fromWat(wat);
    // the reader really decoded the newline
    expect(m.exports.some((e) => e.name.includes('\n::error::pwned'))).toBe(true);
    const r = validateModule(
      m,
      envoy(['\n::error::declared', '##[group]x', 'v0.1.0'], []),
      '\n::error::file.wasm',
    );
    expect(all(r).length).toBeGreaterThan(4);
    expect(text(all(r))).toContain('pwned'); // the name is shown, neutralised
    check(r);
  });

  it('in the unknown-marker error', async () => {
    const m = await fromWat(filterVariant({ marker: [`proxy_abi_version_${evil}`] }));
    const r = validateModule(m, envoy(['v0.2.1']), 'f.wasm');
    expect(r.errors.length).toBeGreaterThan(0);
    check(r);
  });

  it('in a non-envoy runtime type notice', async () => {
    const r = validateModule(
      await fixture('filter'),
      { type: '\n::error::t', abiVersions: [], rootIds: [] },
      'f',
    );
    expect(r.notices).toHaveLength(1);
    check(r);
  });
});
