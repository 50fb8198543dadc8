/**
 * The function-body and constant-expression validator (src/wasm/code*.ts), table-driven: each module is judged by our
 * streaming reader and by the reference — V8 of Node 24 (WebAssembly 3.0) — and, where wabt 1.0.32 knows the proposal,
 * by `wasm-validate --enable-all`. Valid and invalid cases per proposal; modules wat2wasm cannot write are encoded by
 * the test-side encoder (fixtures/wasm-encode.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startReference, type ReferenceValidator } from './fixtures/reference-validator.js';
import { T, buildModule, func, oneFunc, u32 } from './fixtures/wasm-encode.js';
import { ours, wabt, type Case } from './fixtures/wasm-judge.js';
import { wat2wasm } from './fixtures/wat.js';
import { exceptions, funcRefs, gc, legacy } from './fixtures/wasm-code-cases.js';
import { bad, calls, constExpr, m, memories, simd, threads } from './fixtures/wasm-code-cases-wat.js';

let reference: ReferenceValidator;
beforeAll(async () => {
  reference = await startReference();
}, 120_000);
afterAll(async () => {
  await reference?.close();
});

/** `(elem declare func 0)` */
const DECLARE_F0 = [3, 0x00, 1, 0];

const core: Case[] = [
  {
    name: 'i32.add',
    bytes: m('(func (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)'),
    valid: true,
  },
  {
    name: 'i32.add of an f64',
    bytes: bad('(func (result i32) i32.const 1 f64.const 2 i32.add)'),
    valid: false,
    error:
      /function 0 \(body at offset 0x[0-9a-f]+\) at offset \d+: i32\.add expects \[i32 i32\] but the stack has \[i32 f64\]/,
  },
  { name: 'unreachable is polymorphic', bytes: m('(func (result i32) unreachable i32.add)'), valid: true },
  { name: 'missing block result', bytes: bad('(func (block (result i32) nop) drop)'), valid: false },
  { name: 'extra value at end', bytes: bad('(func i32.const 1)'), valid: false, error: /extra value/ },
  { name: 'br out of range', bytes: bad('(func br 3)'), valid: false, error: /label 3 out of range/ },
  {
    name: 'br_table with one arity',
    bytes: m(
      '(func (param i32) (result i32) (block (result i32) (block (result i32) i32.const 1 local.get 0 br_table 0 1 0)))',
    ),
    valid: true,
  },
  {
    name: 'br_table arity mismatch',
    bytes: bad('(func (param i32) (block (result i32) (block i32.const 1 local.get 0 br_table 0 1)) drop)'),
    valid: false,
  },
  {
    name: 'br_table with 65,520 targets',
    bytes: () =>
      oneFunc(
        [func([], [])],
        [0x02, 0x40, 0x41, 0, 0x0e, ...u32(65_520), ...new Array<number>(65_520).fill(0), 0, 0x0b],
      ),
    valid: true,
  },
  {
    name: "br_table with 65,521 targets (V8's limit)",
    bytes: () =>
      oneFunc(
        [func([], [])],
        [0x02, 0x40, 0x41, 0, 0x0e, ...u32(65_521), ...new Array<number>(65_521).fill(0), 0, 0x0b],
      ),
    valid: false,
    wabt: false, // no such limit in wabt
    error: /br_table with 65521 targets exceeds the limit of 65520/,
  },
  {
    name: '50,000 locals with the params',
    bytes: () => oneFunc([func([[T.i32], [T.i32]], [])], [], [[...u32(49_998), T.i32]]),
    valid: true,
  },
  {
    name: '50,001 locals with the params',
    bytes: () => oneFunc([func([[T.i32], [T.i32]], [])], [], [[...u32(49_999), T.i32]]),
    valid: false,
    wabt: false,
    error: /more than 50000 locals/,
  },
  {
    name: 'local out of range',
    bytes: bad('(func (local i32) local.get 1 drop)'),
    valid: false,
    error: /local 1 out of range/,
  },
  {
    name: 'global.set immutable',
    bytes: bad('(global i32 (i32.const 0)) (func i32.const 1 global.set 0)'),
    valid: false,
  },
  {
    name: 'call argument type',
    bytes: bad('(func $f (param i64)) (func i32.const 1 call $f)'),
    valid: false,
  },
  { name: 'load without memory', bytes: bad('(func i32.const 0 i32.load drop)'), valid: false },
  {
    name: 'alignment above natural',
    bytes: bad('(memory 1) (func i32.const 0 i32.load align=8 drop)'),
    valid: false,
  },
  {
    name: 'if with params (multi-value)',
    bytes: m(
      '(func (result i32 i32) i32.const 1 i32.const 2 (if (param i32) (result i32 i32) (then i32.const 3) (else i32.const 4)))',
    ),
    valid: true,
    features: ['multi-value'],
  },
  {
    name: 'if without else changes type',
    bytes: bad('(func i32.const 1 (if (result i32) (then i32.const 1)) drop)'),
    valid: false,
  },
  {
    name: 'select of different types',
    bytes: bad('(func i32.const 1 i64.const 1 i32.const 1 select drop)'),
    valid: false,
  },
  {
    name: 'select of references needs a type',
    bytes: bad('(func (param funcref funcref) local.get 0 local.get 1 i32.const 1 select drop)'),
    valid: false,
  },
  {
    name: 'typed select of references',
    bytes: m(
      '(func (param funcref funcref) local.get 0 local.get 1 i32.const 1 select (result funcref) drop)',
    ),
    valid: true,
    features: ['reference-types'],
  },
  { name: 'else without if', bytes: () => oneFunc([func([], [])], [0x05]), valid: false, wabt: false },
  {
    name: 'missing final end',
    bytes: () => buildModule({ types: [func([], [])], funcs: [0], bodies: [[[], [0x01]]] }),
    valid: false,
  },
];

const numeric: Case[] = [
  {
    name: 'sign-ext',
    bytes: m('(func (result i64) i64.const 1 i64.extend32_s)'),
    valid: true,
    features: ['sign-ext'],
  },
  {
    name: 'sign-ext on the wrong type',
    bytes: bad('(func (result i32) i64.const 1 i32.extend8_s)'),
    valid: false,
  },
  {
    name: 'trunc_sat',
    bytes: m('(func (result i32) f32.const 1 i32.trunc_sat_f32_s)'),
    valid: true,
    features: ['nontrapping-fptoint'],
  },
  {
    name: 'trunc_sat of f64',
    bytes: bad('(func (result i32) f64.const 1 i32.trunc_sat_f32_s)'),
    valid: false,
  },
];

const bulk: Case[] = [
  {
    name: 'memory.copy / memory.fill',
    bytes: m(
      '(memory 1) (func i32.const 0 i32.const 1 i32.const 2 memory.copy i32.const 0 i32.const 0 i32.const 1 memory.fill)',
    ),
    valid: true,
    features: ['bulk-memory'],
  },
  {
    name: 'memory.init without DataCount',
    bytes: () =>
      oneFunc([func([], [])], [0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 8, 0, 0], [], {
        memories: [[0, 1]],
        datas: [[1, 1, 0x61]],
      }),
    valid: false,
    error: /memory\.init needs a DataCount section/,
  },
  {
    name: 'data.drop beyond DataCount',
    bytes: () =>
      oneFunc([func([], [])], [0xfc, 9, 1], [], { memories: [[0, 1]], dataCount: 1, datas: [[1, 1, 0x61]] }),
    valid: false,
    error: /data segment 1 out of range/,
  },
  {
    name: 'DataCount differs from the data section',
    bytes: () => oneFunc([func([], [])], [], [], { memories: [[0, 1]], dataCount: 2, datas: [[1, 1, 0x61]] }),
    valid: false,
  },
  {
    name: 'table ops',
    bytes: m(
      '(table 1 funcref) (func (result i32) ref.null func i32.const 1 table.grow 0 drop i32.const 0 table.get 0 drop table.size 0)',
    ),
    valid: true,
    features: ['reference-types'],
  },
  {
    name: 'table.set of an externref into funcref',
    bytes: bad('(table 1 funcref) (func (param externref) i32.const 0 local.get 0 table.set 0)'),
    valid: false,
  },
  {
    name: 'ref.func not declared',
    bytes: () => oneFunc([func([], [])], [0xd2, 0, 0x1a]),
    valid: false,
    error: /function 0 is not declared/,
  },
  {
    name: 'ref.func declared',
    bytes: () => oneFunc([func([], [])], [0xd2, 0, 0x1a], [], { elems: [DECLARE_F0] }),
    valid: true,
  },
];

const cases = {
  core,
  numeric,
  bulk,
  simd,
  threads,
  calls,
  constExpr,
  memories,
  gc,
  funcRefs,
  exceptions,
  legacy,
};

describe.each(Object.entries(cases))('%s', (_group, list) => {
  it.each(list.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = c.bytes();
    const v = ours(bytes);
    expect({ ours: v.ok, message: v.message }).toEqual({ ours: c.valid, message: expect.any(String) });
    expect(await reference.validate(bytes)).toBe(c.v8 ?? c.valid);
    if (c.wabt !== false && !c.features?.includes('gc')) expect(wabt(bytes)).toBe(c.valid);
    if (c.error) expect(v.message).toMatch(c.error);
    if (!c.valid) expect(v.code).toMatch(/^(invalid|malformed|too-large)$/);
    if (c.valid) for (const f of c.features ?? []) expect(v.features).toContain(f);
  });
});

describe('DataCount regression (wat2wasm --enable-bulk-memory)', () => {
  it('accepts a real module using memory.init and data.drop, which carries a DataCount section', async () => {
    // wabt 1.0.32 enables bulk memory by default (it has only --disable-bulk-memory)
    const bytes = wat2wasm(
      '(module (memory 1) (data $d "hello") (func (export "f") i32.const 0 i32.const 0 i32.const 5 memory.init $d data.drop $d))',
    );
    expect(bytes.includes(Buffer.from([12, 1, 1]))).toBe(true); // section 12, size 1, count 1
    expect(ours(bytes)).toMatchObject({ ok: true, features: ['bulk-memory'] });
    expect(await reference.validate(bytes)).toBe(true);
    expect(wabt(bytes)).toBe(true);
  });
});
