import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWasm, WasmFormatError, WasmReader, type WasmSummary } from '../src/wasm/reader.js';
import { fixtureWasm, wat2wasm } from './fixtures/wat.js';

interface V8Module {
  exports(m: unknown): { name: string; kind: string }[];
  imports(m: unknown): { module: string; name: string; kind: string }[];
}
const WA = (
  globalThis as unknown as {
    WebAssembly: { Module: V8Module & (new (b: Uint8Array) => unknown); validate(b: Uint8Array): boolean };
  }
).WebAssembly;
const V8_KIND: Record<string, string> = {
  function: 'func',
  table: 'table',
  memory: 'memory',
  global: 'global',
};

function readInChunks(bytes: Buffer, chunkSize: number): WasmSummary {
  const r = new WasmReader();
  for (let i = 0; i < bytes.length; i += chunkSize) r.push(bytes.subarray(i, i + chunkSize));
  return r.end();
}

function formatError(fn: () => unknown): WasmFormatError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WasmFormatError) return e;
    throw e;
  }
  throw new Error('expected a WasmFormatError');
}

/** Parse `wasm-objdump -x` output: function index -> [params, results] (wabt as an independent oracle). */
function objdumpSignatures(bytes: Buffer): Map<string, [number, number]> {
  const dir = mkdtempSync(join(tmpdir(), 'objdump-'));
  try {
    const file = join(dir, 'm.wasm');
    writeFileSync(file, bytes);
    const out = execFileSync('wasm-objdump', ['-x', file], { encoding: 'utf8' });
    const types = new Map<number, [number, number]>();
    for (const m of out.matchAll(/- type\[(\d+)\] \((.*?)\) -> (.*)/g)) {
      const params = m[2].trim() === '' ? 0 : m[2].split(',').length;
      const results = m[3].trim() === 'nil' ? 0 : m[3].replace(/[()]/g, '').split(',').length;
      types.set(Number(m[1]), [params, results]);
    }
    const byExport = new Map<string, [number, number]>();
    const funcSig = new Map<number, number>();
    for (const m of out.matchAll(/- func\[(\d+)\] sig=(\d+)/g)) funcSig.set(Number(m[1]), Number(m[2]));
    for (const m of out.matchAll(/- func\[(\d+)\](?: <[^>]*>)? -> "([^"]*)"/g)) {
      byExport.set(m[2], types.get(funcSig.get(Number(m[1])) as number) as [number, number]);
    }
    return byExport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('WasmReader on real modules', () => {
  const filter = fixtureWasm('filter');
  const plain = fixtureWasm('plain');

  it('classifies a core module and lists the same exports and imports as V8', () => {
    for (const bytes of [filter, plain, fixtureWasm('filter-v010')]) {
      const s = readWasm(bytes);
      expect(s.kind).toBe('module');
      const mod = new WA.Module(bytes);
      expect(s.exports.map((e) => ({ name: e.name, kind: e.kind }))).toEqual(
        WA.Module.exports(mod).map((e) => ({ name: e.name, kind: V8_KIND[e.kind] })),
      );
      expect(s.imports.map((i) => ({ module: i.module, name: i.name, kind: i.kind }))).toEqual(
        WA.Module.imports(mod).map((i) => ({ module: i.module, name: i.name, kind: V8_KIND[i.kind] })),
      );
    }
  });

  it('resolves exported function arity through imports + function section (checked against wasm-objdump)', () => {
    const s = readWasm(filter);
    const oracle = objdumpSignatures(filter);
    const funcs = s.exports.filter((e) => e.kind === 'func');
    expect(funcs.length).toBe(oracle.size);
    for (const e of funcs) expect([e.name, e.params, e.results]).toEqual([e.name, ...oracle.get(e.name)!]);
    // and the values written in filter.wat
    const hdr = s.exports.find((e) => e.name === 'proxy_on_request_headers')!;
    expect([hdr.params, hdr.results]).toEqual([3, 1]);
    const marker = s.exports.find((e) => e.name === 'proxy_abi_version_0_2_1')!;
    expect([marker.params, marker.results]).toEqual([0, 0]);
  });

  it('gives function imports their type arity, and exports of imported functions resolve too', () => {
    const bytes = wat2wasm(`(module
      (import "env" "f" (func $f (param i32 i64 f32) (result i32)))
      (import "env" "mem" (memory 1))
      (import "env" "g" (global i32))
      (import "env" "h" (func $h))
      (func $own (param i32))
      (export "re_f" (func $f))
      (export "re_h" (func $h))
      (export "own" (func $own)))`);
    const s = readWasm(bytes);
    expect(s.imports).toEqual([
      { module: 'env', name: 'f', kind: 'func', typeIndex: 0, params: 3, results: 1 },
      { module: 'env', name: 'mem', kind: 'memory' },
      { module: 'env', name: 'g', kind: 'global' },
      { module: 'env', name: 'h', kind: 'func', typeIndex: 1, params: 0, results: 0 },
    ]);
    expect(s.exports).toEqual([
      { name: 're_f', kind: 'func', index: 0, params: 3, results: 1 },
      { name: 're_h', kind: 'func', index: 1, params: 0, results: 0 },
      { name: 'own', kind: 'func', index: 2, params: 1, results: 0 },
    ]);
  });

  it('collects custom section names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wat-'));
    try {
      const src = join(dir, 'a.wat');
      writeFileSync(src, '(module (func $named_function (export "f")))');
      execFileSync('wat2wasm', ['--debug-names', src, '-o', join(dir, 'a.wasm')]);
      const bytes = readFileSync(join(dir, 'a.wasm'));
      expect(readWasm(bytes).customSections).toEqual(['name']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // hand-made custom sections appended to a real module (custom sections may appear anywhere)
    const custom = (name: string, payload: Buffer) => {
      const body = Buffer.concat([Buffer.from([name.length]), Buffer.from(name), payload]);
      return Buffer.concat([Buffer.from([0, body.length]), body]);
    };
    const bytes = Buffer.concat([
      plain,
      custom('producers', Buffer.from('xyz')),
      custom('', Buffer.alloc(0)),
    ]);
    expect(readWasm(bytes).customSections).toEqual(['producers', '']);
  });

  it('gives the same result for any chunk size', () => {
    const whole = readWasm(filter);
    for (const size of [1, 2, 3, 7, 8, 9, 64, 1000]) expect(readInChunks(filter, size)).toEqual(whole);
  });

  it('skips large code/data sections without buffering them', () => {
    // a 3 MiB data segment: the reader must still work fed in 64 KiB chunks
    const big = 'a'.repeat(3 * 1024 * 1024);
    const bytes = wat2wasm(
      `(module (memory (export "memory") 64) (data (i32.const 0) "${big}") (func (export "f")))`,
    );
    const s = readInChunks(bytes, 64 * 1024);
    expect(s.exports.map((e) => e.name)).toEqual(['memory', 'f']);
  });

  it('classifies a component from its preamble', () => {
    // component preamble + one custom section named "hello" (component framing is the same as a module's)
    const bytes = Buffer.from([
      0x00,
      0x61,
      0x73,
      0x6d,
      0x0d,
      0x00,
      0x01,
      0x00,
      0x00,
      0x06,
      0x05,
      ...Buffer.from('hello'),
    ]);
    const s = readWasm(bytes);
    expect(s.kind).toBe('component');
    expect(s.customSections).toEqual(['hello']);
    expect(formatError(() => readWasm(bytes.subarray(0, bytes.length - 1))).code).toBe('truncated');
  });
});

describe('WasmReader rejects malformed input', () => {
  const filter = fixtureWasm('filter');

  it('empty input', () => {
    expect(formatError(() => readWasm(Buffer.alloc(0))).code).toBe('empty');
  });

  it('wrong magic, reported with the bytes found', () => {
    const e = formatError(() => readWasm(Buffer.from('(module)\n')));
    expect(e.code).toBe('magic');
    expect(e.message).toContain('28 6d 6f 64');
    // detected as soon as 4 bytes are in, even if the input stops there
    expect(formatError(() => readWasm(Buffer.from('PK\x03\x04'))).code).toBe('magic');
    // a short prefix of a real module is truncated, not "wrong magic"
    expect(formatError(() => readWasm(filter.subarray(0, 3))).code).toBe('truncated');
  });

  it('unsupported versions', () => {
    const v2 = Buffer.from(filter);
    v2[4] = 2;
    expect(formatError(() => readWasm(v2)).code).toBe('version');
    const oldComponent = Buffer.from([0, 0x61, 0x73, 0x6d, 0x0a, 0x00, 0x01, 0x00]);
    const e = formatError(() => readWasm(oldComponent));
    expect(e.code).toBe('version');
    expect(e.message).toContain('component');
  });

  it('truncation at every position of a real module', () => {
    // A prefix that ends exactly at a section boundary before the function section is itself a well-formed module:
    // the reader may accept a prefix only if V8 also accepts it as a complete module.
    const accepted: number[] = [];
    for (let n = 1; n < filter.length; n++) {
      const prefix = filter.subarray(0, n);
      try {
        readWasm(prefix);
        accepted.push(n);
        expect(WA.validate(prefix)).toBe(true);
      } catch (e) {
        if (!(e instanceof WasmFormatError)) throw e;
        expect(e.code).toBe('truncated');
      }
    }
    // header, +type, +import, and everything but the trailing data section (legal without a data count section)
    expect(accepted.length).toBe(4);
    expect(accepted[0]).toBe(8);
  });

  it('a section whose declared size overruns its content, or leaves bytes over', () => {
    // type section of `(module (type (func)))`: 01 04 01 60 00 00 -> claim 5 bytes and append one junk byte
    const bytes = wat2wasm('(module (type (func)))');
    expect([...bytes.subarray(8)]).toEqual([0x01, 0x04, 0x01, 0x60, 0x00, 0x00]);
    const longer = Buffer.concat([
      bytes.subarray(0, 8),
      Buffer.from([0x01, 0x05, 0x01, 0x60, 0x00, 0x00, 0x00]),
    ]);
    expect(formatError(() => readWasm(longer)).message).toMatch(/unexpected byte/);
    const shorter = Buffer.concat([bytes.subarray(0, 8), Buffer.from([0x01, 0x03, 0x01, 0x60, 0x00, 0x00])]);
    expect(formatError(() => readWasm(shorter)).code).toBe('malformed');
  });

  it('section order, duplicates, unknown ids, bad LEB128', () => {
    const hdr = filter.subarray(0, 8);
    const typeSec = Buffer.from([0x01, 0x01, 0x00]);
    const funcSec = Buffer.from([0x03, 0x01, 0x00]);
    expect(formatError(() => readWasm(Buffer.concat([hdr, funcSec, typeSec]))).message).toMatch(
      /out of order/,
    );
    expect(formatError(() => readWasm(Buffer.concat([hdr, typeSec, typeSec]))).message).toMatch(/duplicate/);
    expect(formatError(() => readWasm(Buffer.concat([hdr, Buffer.from([0x2a, 0x00])]))).message).toMatch(
      /unknown section/,
    );
    const badLeb = Buffer.concat([hdr, Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0x7f])]);
    expect(formatError(() => readWasm(badLeb)).code).toBe('malformed');
  });

  it('an export pointing at a function that does not exist, duplicate export names, bad UTF-8 names', () => {
    const hdr = filter.subarray(0, 8);
    // export section: 1 export "f" func 5, no functions at all
    const exp = Buffer.from([0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x05]);
    expect(formatError(() => readWasm(Buffer.concat([hdr, exp]))).message).toMatch(/function 5/);
    const dup = Buffer.from([0x07, 0x09, 0x02, 0x01, 0x66, 0x02, 0x00, 0x01, 0x66, 0x02, 0x00]);
    const memory = Buffer.from([0x05, 0x03, 0x01, 0x00, 0x01]); // one memory, so both exports point at something
    expect(formatError(() => readWasm(Buffer.concat([hdr, memory, dup]))).message).toMatch(
      /duplicate export name "f"/,
    );
    const utf = Buffer.from([0x07, 0x05, 0x01, 0x01, 0xff, 0x02, 0x00]);
    expect(formatError(() => readWasm(Buffer.concat([hdr, utf]))).message).toMatch(/UTF-8/);
  });

  it('fuzz: random truncations and bit flips only ever raise WasmFormatError, and finish quickly', () => {
    let seed = 0x2545f491;
    const rand = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const started = Date.now();
    let rejected = 0;
    for (let round = 0; round < 3000; round++) {
      const b = Buffer.from(filter);
      const flips = 1 + rand(4);
      for (let k = 0; k < flips; k++) b[rand(b.length)] ^= 1 << rand(8);
      const input = rand(3) === 0 ? b.subarray(0, rand(b.length)) : b;
      try {
        readInChunks(input, 1 + rand(40));
      } catch (e) {
        if (!(e instanceof WasmFormatError)) throw e;
        rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(100);
    expect(Date.now() - started).toBeLessThan(20000);
  });
});
