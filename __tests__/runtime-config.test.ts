import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../src/errors.js';
import {
  readRuntimeConfigFile,
  resolveRuntimeConfig,
  serializeRuntimeConfig,
} from '../src/runtime-config.js';
import { inspectModule, type ModuleReport } from '../src/wasm/inspect.js';
import { readWat, writeWasm } from './fixtures/wat.js';

let dir: string;
let filter: ModuleReport;
let plain: ModuleReport;
let n = 0;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rtcfg-'));
  filter = await inspectModule(writeWasm(dir, 'filter.wasm', readWat('filter')));
  plain = await inspectModule(writeWasm(dir, 'plain.wasm', readWat('plain')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(content: string): string {
  const p = join(dir, `cfg${n++}.json`);
  writeFileSync(p, content);
  return p;
}

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('readRuntimeConfigFile', () => {
  it('reads the canonical camelCase form', async () => {
    const p = file('{"type":"envoy_proxy","abiVersions":["v0.2.1"],"config":{"rootIds":["a","b"]}}');
    expect(await readRuntimeConfigFile(p)).toEqual({
      type: 'envoy_proxy',
      abiVersions: ['v0.2.1'],
      rootIds: ['a', 'b'],
    });
  });

  it('accepts the snake_case and single-string spellings of the spec', async () => {
    expect(
      await readRuntimeConfigFile(file('{"abi_versions":["v0.2.1"],"config":{"root_ids":["r"]}}')),
    ).toEqual({
      abiVersions: ['v0.2.1'],
      rootIds: ['r'],
    });
    expect(
      await readRuntimeConfigFile(
        file('{"type":"envoy_proxy","abi_version":"v0-4689a30309abf31aee9ae36e73d34b1bb182685f, v0.2.1"}'),
      ),
    ).toEqual({
      type: 'envoy_proxy',
      abiVersions: ['v0-4689a30309abf31aee9ae36e73d34b1bb182685f', 'v0.2.1'],
    });
    expect(await readRuntimeConfigFile(file('{"abiVersion":"v0.2.0"}'))).toEqual({ abiVersions: ['v0.2.0'] });
  });

  it('treats empty values as absent (as jsonpb does)', async () => {
    expect(await readRuntimeConfigFile(file('{"type":"","abiVersions":[],"config":{}}'))).toEqual({});
  });

  it('allows two spellings that agree, refuses two that differ', async () => {
    expect(await readRuntimeConfigFile(file('{"abiVersions":["v0.2.1"],"abi_version":"v0.2.1"}'))).toEqual({
      abiVersions: ['v0.2.1'],
    });
    const e = await userError(
      readRuntimeConfigFile(file('{"abiVersions":["v0.2.1"],"abi_version":"v0.2.0"}')),
    );
    expect(e.message).toMatch(/"abiVersions" and "abi_version" with different values/);
  });

  it('refuses unknown keys, naming the file and the key', async () => {
    const p = file('{"type":"envoy_proxy","rootIds":["x"]}');
    const e = await userError(readRuntimeConfigFile(p));
    expect(e.message).toContain(p);
    expect(e.message).toContain('"rootIds"');
    expect(e.message).toMatch(/not a known key/);
    expect(e.fix).toMatch(/config/);
    const nested = await userError(readRuntimeConfigFile(file('{"config":{"rootIDs":["x"]}}')));
    expect(nested.message).toContain('"config.rootIDs"');
  });

  it('refuses wrong types', async () => {
    for (const [json, key] of [
      ['{"type":1}', '"type"'],
      ['{"abiVersions":"v0.2.1"}', '"abiVersions"'],
      ['{"abiVersions":["v0.2.1",2]}', '"abiVersions[1]"'],
      ['{"abi_version":["v0.2.1"]}', '"abi_version"'],
      ['{"config":["x"]}', '"config"'],
      ['{"config":{"rootIds":"x"}}', '"config.rootIds"'],
    ]) {
      const e = await userError(readRuntimeConfigFile(file(json)));
      expect(e.message).toContain(key);
    }
  });

  it('refuses bad JSON, non-objects, missing files and directories', async () => {
    const bad = file('{"type": "envoy_proxy",}');
    const e = await userError(readRuntimeConfigFile(bad));
    expect(e.message).toMatch(/is not valid JSON/);
    expect(e.message).toContain(bad);
    expect((await userError(readRuntimeConfigFile(file('["x"]')))).message).toMatch(/must be a JSON object/);
    expect((await userError(readRuntimeConfigFile(join(dir, 'missing.json')))).message).toMatch(
      /does not exist/,
    );
    const d = join(dir, 'a-dir');
    mkdirSync(d);
    expect((await userError(readRuntimeConfigFile(d))).message).toMatch(/is a directory/);
  });

  it('escapes untrusted keys in messages', async () => {
    const e = await userError(readRuntimeConfigFile(file('{"\\n::error::x ##[group]":1}')));
    for (const line of e.message.split('\n')) expect(line.startsWith('::')).toBe(false);
    expect(e.message).not.toContain('##[');
  });
});

describe('resolveRuntimeConfig', () => {
  it('derives everything from a proxy-wasm module', async () => {
    expect(await resolveRuntimeConfig({}, filter, 'solo')).toEqual({
      type: 'envoy_proxy',
      abiVersions: ['v0.2.1'],
      rootIds: [],
    });
  });

  it('combines the file and the inputs', async () => {
    const p = file('{"type":"envoy_proxy","config":{"root_ids":["from_file"]}}');
    expect(
      await resolveRuntimeConfig({ runtimeConfigPath: p, abiVersions: ['v0.2.1', 'v0.2.0'] }, filter, 'solo'),
    ).toEqual({ type: 'envoy_proxy', abiVersions: ['v0.2.1', 'v0.2.0'], rootIds: ['from_file'] });
    expect(
      await resolveRuntimeConfig({ rootIds: ['r1', ' r2 '], runtimeType: 'envoy_proxy' }, plain, 'solo'),
    ).toEqual({
      type: 'envoy_proxy',
      abiVersions: [],
      rootIds: ['r1', 'r2'],
    });
  });

  it('treats empty inputs as not given', async () => {
    const p = file('{"type":"envoy_proxy","abiVersions":["v0.2.0"],"config":{"rootIds":["f"]}}');
    expect(
      await resolveRuntimeConfig(
        { runtimeConfigPath: p, runtimeType: '', abiVersions: [''], rootIds: [] },
        filter,
        'solo',
      ),
    ).toEqual({ type: 'envoy_proxy', abiVersions: ['v0.2.0'], rootIds: ['f'] });
  });

  it('accepts the same value in both places, refuses a contradiction naming both', async () => {
    const p = file('{"type":"envoy_proxy","abiVersions":["v0.2.1"],"config":{"rootIds":["a"]}}');
    await expect(
      resolveRuntimeConfig(
        { runtimeConfigPath: p, runtimeType: 'envoy_proxy', abiVersions: ['v0.2.1'], rootIds: ['a'] },
        filter,
        'solo',
      ),
    ).resolves.toEqual({ type: 'envoy_proxy', abiVersions: ['v0.2.1'], rootIds: ['a'] });

    const t = await userError(
      resolveRuntimeConfig({ runtimeConfigPath: p, runtimeType: 'other' }, filter, 'solo'),
    );
    expect(t.message).toContain('runtime-type');
    expect(t.message).toContain('"other"');
    expect(t.message).toContain('"envoy_proxy"');
    expect(t.message).toContain(p);

    const a = await userError(
      resolveRuntimeConfig({ runtimeConfigPath: p, abiVersions: ['v0.2.0'] }, filter, 'solo'),
    );
    expect(a.message).toMatch(/abi-versions input \("v0.2.0"\) contradicts "abiVersions"/);
    expect(a.message).toContain('"v0.2.1"');

    const r = await userError(resolveRuntimeConfig({ runtimeConfigPath: p, rootIds: ['b'] }, filter, 'solo'));
    expect(r.message).toMatch(/root-ids input \("b"\) contradicts "config.rootIds"/);
  });

  it('requires runtime-type for format solo when the module has no marker', async () => {
    const e = await userError(resolveRuntimeConfig({}, plain, 'solo'));
    expect(e.message).toContain('runtime-type');
    expect(e.fix).toBeTruthy();
    // other formats do not need a runtime config: type stays empty
    expect(await resolveRuntimeConfig({}, plain, 'compat')).toEqual({
      type: '',
      abiVersions: [],
      rootIds: [],
    });
  });

  it('passes file errors through', async () => {
    const e = await userError(
      resolveRuntimeConfig({ runtimeConfigPath: join(dir, 'nope.json') }, filter, 'solo'),
    );
    expect(e.message).toMatch(/does not exist/);
  });
});

describe('serializeRuntimeConfig', () => {
  it('writes the canonical wasme form: key order, compact, camelCase', () => {
    const c = {
      type: 'envoy_proxy',
      abiVersions: ['v0-4689a30309abf31aee9ae36e73d34b1bb182685f', 'v0.2.1'],
      rootIds: ['root_id'],
    };
    expect(serializeRuntimeConfig(c).toString('utf8')).toBe(
      '{"type":"envoy_proxy","abiVersions":["v0-4689a30309abf31aee9ae36e73d34b1bb182685f","v0.2.1"],"config":{"rootIds":["root_id"]}}',
    );
  });

  it('omits empty fields like gogo jsonpb', () => {
    expect(serializeRuntimeConfig({ type: 'envoy_proxy', abiVersions: [], rootIds: [] }).toString()).toBe(
      '{"type":"envoy_proxy"}',
    );
    expect(
      serializeRuntimeConfig({ type: 'envoy_proxy', abiVersions: ['v0.2.1'], rootIds: [] }).toString(),
    ).toBe('{"type":"envoy_proxy","abiVersions":["v0.2.1"]}');
  });

  it("escapes like Go's encoding/json and round-trips through readRuntimeConfigFile", async () => {
    const c = { type: 'envoy_proxy', abiVersions: ['v0.2.1'], rootIds: ['a<b>&c\u2028"q"'] };
    const bytes = serializeRuntimeConfig(c);
    expect(bytes.toString()).toContain('a\\u003cb\\u003e\\u0026c\\u2028\\"q\\"');
    expect(await readRuntimeConfigFile(file(bytes.toString()))).toEqual(c);
  });
});
