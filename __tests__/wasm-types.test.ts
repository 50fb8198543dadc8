/**
 * The type section (src/wasm/types.ts): rec groups and iso-recursive type equivalence, declared supertypes and the
 * subtyping rules, the JS-API limits on types. Every module is judged by our streaming reader and by V8 of Node 24;
 * wabt 1.0.32 does not know GC types, so the modules are written with the test-side encoder.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startReference, type ReferenceValidator } from './fixtures/reference-validator.js';
import {
  T,
  buildModule,
  func,
  rec,
  ref,
  refNull,
  section,
  struct,
  sub,
  u32,
  vec,
  wasmModule,
} from './fixtures/wasm-encode.js';
import { ours, type Case } from './fixtures/wasm-judge.js';

let reference: ReferenceValidator;
beforeAll(async () => {
  reference = await startReference();
}, 120_000);
afterAll(async () => {
  await reference?.close();
});

const ANY = -0x6e;
const EQ = -0x6d;

/** types, then a function of type `types.length` (`sig`) whose body is `local.get 0`: valid iff param <: result */
function upcast(types: number[][], param: number[], result: number[]): Uint8Array {
  const k = types.length;
  return buildModule({
    types: [...types, func([param], [result])],
    funcs: [k],
    bodies: [[[], [0x20, 0, 0x0b]]],
  });
}

/** a chain of `n` struct types, each a (non-final) subtype of the one before */
function chain(n: number): Uint8Array {
  const types = [sub([], struct())];
  for (let i = 1; i < n; i++) types.push(sub([i - 1], struct()));
  return buildModule({ types });
}

/** a type section of `n` empty function types */
function emptyFuncTypes(n: number): Uint8Array {
  const head = u32(n);
  const body = new Uint8Array(head.length + 3 * n);
  body.set(head);
  for (let i = head.length; i < body.length; i += 3) body[i] = 0x60;
  return wasmModule([1, ...u32(body.length)], [...body]);
}

const i32f = [[T.i32], false] as [number[], boolean];
const i64f = [[T.i64], false] as [number[], boolean];

const cases: Case[] = [
  {
    name: 'mutually recursive structs in a rec group',
    bytes: () => buildModule({ types: [rec(struct([refNull(1), false]), struct([refNull(0), false]))] }),
    valid: true,
    features: ['gc'],
  },
  {
    name: 'identical rec groups are the same type',
    bytes: () =>
      upcast([rec(struct([refNull(0), false])), rec(struct([refNull(1), false]))], refNull(0), refNull(1)),
    valid: true,
  },
  {
    name: 'different structs are different types',
    bytes: () => upcast([struct(i32f), struct(i64f)], refNull(0), refNull(1)),
    valid: false,
    error: /expects \[\(ref null 1\)\] but the stack has \[\(ref null 0\)\]/,
  },
  {
    name: 'the same type in different rec-group positions differs',
    bytes: () =>
      upcast([rec(struct(i32f), struct(i64f)), rec(struct(i64f), struct(i32f))], refNull(0), refNull(3)),
    valid: false,
  },
  {
    name: 'declared subtype upcasts',
    bytes: () => upcast([sub([], struct(i32f)), sub([0], struct(i32f, i64f))], ref(1), refNull(0)),
    valid: true,
  },
  {
    name: 'supertype does not upcast to its subtype',
    bytes: () => upcast([sub([], struct(i32f)), sub([0], struct(i32f, i64f))], ref(0), refNull(1)),
    valid: false,
  },
  {
    name: 'concrete struct <: eqref <: anyref',
    bytes: () => upcast([struct(i32f)], ref(0), refNull(EQ)),
    valid: true,
  },
  {
    name: 'subtype of a final type',
    bytes: () => buildModule({ types: [sub([], struct(i32f), true), sub([0], struct(i32f))] }),
    valid: false,
    error: /type 1 cannot be a subtype of type 0: type 0 is final/,
  },
  {
    name: 'a plain composite type is final',
    bytes: () => buildModule({ types: [struct(i32f), sub([0], struct(i32f))] }),
    valid: false,
  },
  {
    name: 'field type mismatch',
    bytes: () => buildModule({ types: [sub([], struct(i32f)), sub([0], struct(i64f))] }),
    valid: false,
  },
  {
    name: 'immutable fields are covariant',
    bytes: () =>
      buildModule({
        types: [sub([], struct([refNull(ANY), false])), sub([0], struct([refNull(EQ), false]))],
      }),
    valid: true,
  },
  {
    name: 'mutable fields are invariant',
    bytes: () =>
      buildModule({ types: [sub([], struct([refNull(ANY), true])), sub([0], struct([refNull(EQ), true]))] }),
    valid: false,
  },
  {
    name: 'function subtype: contravariant params, covariant results',
    bytes: () =>
      buildModule({
        types: [sub([], func([refNull(EQ)], [refNull(ANY)])), sub([0], func([refNull(ANY)], [refNull(EQ)]))],
      }),
    valid: true,
  },
  {
    name: 'function subtype with covariant params',
    bytes: () =>
      buildModule({ types: [sub([], func([refNull(ANY)], [])), sub([0], func([refNull(EQ)], []))] }),
    valid: false,
  },
  {
    name: 'struct subtype of a function type',
    bytes: () => buildModule({ types: [sub([], func([], [])), sub([0], struct())] }),
    valid: false,
  },
  {
    name: 'supertype defined after the type',
    bytes: () => buildModule({ types: [rec(sub([1], struct()), sub([], struct()))] }),
    valid: false,
    error: /supertype 1 is not defined before it/,
  },
  {
    name: 'two supertypes',
    bytes: () => buildModule({ types: [sub([], struct()), sub([], struct()), sub([0, 1], struct())] }),
    valid: false,
  },
  { name: 'subtyping depth 63', bytes: () => chain(64), valid: true },
  { name: 'subtyping depth 64', bytes: () => chain(65), valid: false, error: /depth exceeds 63/ },
  {
    name: 'type index out of range',
    bytes: () => buildModule({ types: [struct([refNull(1), false])] }),
    valid: false,
  },
  { name: 'unknown type form', bytes: () => buildModule({ types: [[0x5d]] }), valid: false },
  {
    name: 'two results (multi-value)',
    bytes: () => buildModule({ types: [func([], [[T.i32], [T.i32]])] }),
    valid: true,
    features: ['multi-value'],
  },
  {
    name: 'exnref parameter',
    bytes: () => buildModule({ types: [func([[T.exnref]], [])] }),
    valid: true,
    features: ['exceptions'],
  },
  {
    name: '1000 params',
    bytes: () => buildModule({ types: [func(new Array(1000).fill([T.i32]), [])] }),
    valid: true,
  },
  {
    name: '1001 params',
    bytes: () => buildModule({ types: [func(new Array(1001).fill([T.i32]), [])] }),
    valid: false,
    error: /1001 parameters exceed the limit of 1000/,
  },
  {
    name: '1001 results',
    bytes: () => buildModule({ types: [func([], new Array(1001).fill([T.i32]))] }),
    valid: false,
  },
  {
    name: '10000 struct fields',
    bytes: () => buildModule({ types: [struct(...new Array(10000).fill(i32f))] }),
    valid: true,
  },
  {
    name: '10001 struct fields',
    bytes: () => buildModule({ types: [struct(...new Array(10001).fill(i32f))] }),
    valid: false,
  },
  { name: 'empty rec group', bytes: () => buildModule({ types: [rec()] }), valid: true },
  {
    name: 'type section with trailing bytes',
    bytes: () => wasmModule(section(1, [...vec([func([], [])]), 0])),
    valid: false,
  },
  // last: V8 keeps every canonical type of the process, and aborts the process past about a million of them
  {
    name: '1,000,001 types',
    bytes: () => emptyFuncTypes(1_000_001),
    valid: false,
    error: /1000001 type definitions exceed the limit of 1000000/,
  },
  { name: '1,000,000 types', bytes: () => emptyFuncTypes(1_000_000), valid: true },
];

describe('type section', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = c.bytes();
    const v = ours(bytes, 4096);
    expect({ ours: v.ok, message: v.message }).toEqual({ ours: c.valid, message: expect.any(String) });
    expect(await reference.validate(bytes)).toBe(c.v8 ?? c.valid);
    if (c.error) expect(v.message).toMatch(c.error);
    if (c.valid) for (const f of c.features ?? []) expect(v.features).toContain(f);
  });
});
