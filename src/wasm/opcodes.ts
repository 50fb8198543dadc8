/**
 * Opcode tables for the instruction checker (code.ts): names (for error messages) and stack signatures of the
 * instructions whose typing is a fixed [params] → [result]. Built once at load from compact spec-order lists, as typed
 * arrays indexed by opcode, so the hot loop does a table lookup instead of a per-opcode branch.
 *
 * Signature letters: i i32, I i64, f f32, F f64, v v128. `ii>i` is [i32 i32] → [i32].
 */
import { F32, F64, I32, I64, V128 } from './module.js';

const LETTER: Record<string, number> = { i: I32, I: I64, f: F32, F: F64, v: V128 };

/** A table of fixed-signature instructions: up to 3 params, 0 or 1 result. */
export class SigTable {
  readonly name: string[];
  readonly nparams: Int8Array;
  /** 3 slots per opcode */
  readonly params: Int32Array;
  /** 0 = no result */
  readonly result: Int32Array;

  constructor(size: number) {
    this.name = new Array<string>(size).fill('');
    this.nparams = new Int8Array(size).fill(-1);
    this.params = new Int32Array(size * 3);
    this.result = new Int32Array(size);
  }

  /** define consecutive opcodes from `start`: `prefix` + each of `names` (space-separated), all with `sig` */
  def(start: number, prefix: string, names: string, sig: string): this {
    const [p, r] = sig.split('>');
    names.split(' ').forEach((n, k) => {
      const op = start + k;
      if (n === '_') return; // reserved opcode
      this.name[op] = prefix + n;
      this.nparams[op] = p.length;
      for (let j = 0; j < p.length; j++) this.params[op * 3 + j] = LETTER[p[j]];
      this.result[op] = r ? LETTER[r] : 0;
    });
    return this;
  }

  has(op: number): boolean {
    return op >= 0 && op < this.nparams.length && this.nparams[op] >= 0;
  }
}

const CMP = 'eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u';
const IBIN = 'add sub mul div_s div_u rem_s rem_u and or xor shl shr_s shr_u rotl rotr';
const FUN = 'abs neg ceil floor trunc nearest sqrt';
const FBIN = 'add sub mul div min max copysign';

/** single-byte numeric instructions 0x45–0xc4 */
export const NUMERIC = new SigTable(256)
  .def(0x45, 'i32.', 'eqz', 'i>i')
  .def(0x46, 'i32.', CMP, 'ii>i')
  .def(0x50, 'i64.', 'eqz', 'I>i')
  .def(0x51, 'i64.', CMP, 'II>i')
  .def(0x5b, 'f32.', 'eq ne lt gt le ge', 'ff>i')
  .def(0x61, 'f64.', 'eq ne lt gt le ge', 'FF>i')
  .def(0x67, 'i32.', 'clz ctz popcnt', 'i>i')
  .def(0x6a, 'i32.', IBIN, 'ii>i')
  .def(0x79, 'i64.', 'clz ctz popcnt', 'I>I')
  .def(0x7c, 'i64.', IBIN, 'II>I')
  .def(0x8b, 'f32.', FUN, 'f>f')
  .def(0x92, 'f32.', FBIN, 'ff>f')
  .def(0x99, 'f64.', FUN, 'F>F')
  .def(0xa0, 'f64.', FBIN, 'FF>F')
  .def(0xa7, 'i32.', 'wrap_i64', 'I>i')
  .def(0xa8, 'i32.', 'trunc_f32_s trunc_f32_u', 'f>i')
  .def(0xaa, 'i32.', 'trunc_f64_s trunc_f64_u', 'F>i')
  .def(0xac, 'i64.', 'extend_i32_s extend_i32_u', 'i>I')
  .def(0xae, 'i64.', 'trunc_f32_s trunc_f32_u', 'f>I')
  .def(0xb0, 'i64.', 'trunc_f64_s trunc_f64_u', 'F>I')
  .def(0xb2, 'f32.', 'convert_i32_s convert_i32_u', 'i>f')
  .def(0xb4, 'f32.', 'convert_i64_s convert_i64_u', 'I>f')
  .def(0xb6, 'f32.', 'demote_f64', 'F>f')
  .def(0xb7, 'f64.', 'convert_i32_s convert_i32_u', 'i>F')
  .def(0xb9, 'f64.', 'convert_i64_s convert_i64_u', 'I>F')
  .def(0xbb, 'f64.', 'promote_f32', 'f>F')
  .def(0xbc, 'i32.', 'reinterpret_f32', 'f>i')
  .def(0xbd, 'i64.', 'reinterpret_f64', 'F>I')
  .def(0xbe, 'f32.', 'reinterpret_i32', 'i>f')
  .def(0xbf, 'f64.', 'reinterpret_i64', 'I>F')
  .def(0xc0, 'i32.', 'extend8_s extend16_s', 'i>i')
  .def(0xc2, 'i64.', 'extend8_s extend16_s extend32_s', 'I>I');

/** 0xfc 0–7: non-trapping float-to-int */
export const SAT = new SigTable(8)
  .def(0, 'i32.', 'trunc_sat_f32_s trunc_sat_f32_u', 'f>i')
  .def(2, 'i32.', 'trunc_sat_f64_s trunc_sat_f64_u', 'F>i')
  .def(4, 'i64.', 'trunc_sat_f32_s trunc_sat_f32_u', 'f>I')
  .def(6, 'i64.', 'trunc_sat_f64_s trunc_sat_f64_u', 'F>I');

/** plain loads and stores 0x28–0x3e: name, natural alignment (log2), value type */
export const MEM_NAME = [
  'i32.load', 'i64.load', 'f32.load', 'f64.load', 'i32.load8_s', 'i32.load8_u', 'i32.load16_s', 'i32.load16_u',
  'i64.load8_s', 'i64.load8_u', 'i64.load16_s', 'i64.load16_u', 'i64.load32_s', 'i64.load32_u', 'i32.store',
  'i64.store', 'f32.store', 'f64.store', 'i32.store8', 'i32.store16', 'i64.store8', 'i64.store16', 'i64.store32',
]; // prettier-ignore
export const MEM_ALIGN = [2, 3, 2, 3, 0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 2, 3, 2, 3, 0, 1, 0, 1, 2];
export const MEM_TYPE = [I32, I64, F32, F64, I32, I32, I32, I32, I64, I64, I64, I64, I64, I64, I32, I64, F32, F64]
  .concat([I32, I32, I64, I64, I64]); // prettier-ignore

/** names of the single-byte control, variable, reference and other instructions (for messages) */
export const OP_NAME: string[] = (() => {
  const n = new Array<string>(256).fill('');
  const set = (start: number, names: string): void =>
    names.split(' ').forEach((s, k) => {
      if (s !== '_') n[start + k] = s;
    });
  set(
    0x00,
    'unreachable nop block loop if else try catch throw rethrow throw_ref end br br_if br_table return',
  );
  set(
    0x10,
    'call call_indirect return_call return_call_indirect call_ref return_call_ref _ _ delegate catch_all',
  );
  set(
    0x1a,
    'drop select select _ _ try_table local.get local.set local.tee global.get global.set table.get table.set',
  );
  set(0x3f, 'memory.size memory.grow i32.const i64.const f32.const f64.const');
  set(0xd0, 'ref.null ref.is_null ref.func ref.eq ref.as_non_null br_on_null br_on_non_null');
  MEM_NAME.forEach((s, k) => (n[0x28 + k] = s));
  for (let op = 0; op < 256; op++) if (NUMERIC.has(op)) n[op] = NUMERIC.name[op];
  return n;
})();

/** 0xfb GC instructions (names only; typing is per instruction in code-gc.ts) */
export const GC_NAME = (
  'struct.new struct.new_default struct.get struct.get_s struct.get_u struct.set array.new array.new_default ' +
  'array.new_fixed array.new_data array.new_elem array.get array.get_s array.get_u array.set array.len array.fill ' +
  'array.copy array.init_data array.init_elem ref.test ref.test ref.cast ref.cast br_on_cast br_on_cast_fail ' +
  'any.convert_extern extern.convert_any ref.i31 i31.get_s i31.get_u'
).split(' ');

/** 0xfc 8–17 */
export const BULK_NAME =
  'memory.init data.drop memory.copy memory.fill table.init elem.drop table.copy table.grow table.size table.fill'.split(
    ' ',
  );

/** 0xfe atomics: name, natural alignment (log2), kind (0 load, 1 store, 2 rmw, 3 cmpxchg), value type */
export const ATOMIC = (() => {
  const name: string[] = [];
  const align: number[] = [];
  const kind: number[] = [];
  const type: number[] = [];
  const add = (op: number, n: string, a: number, k: number, t: number): void => {
    name[op] = n;
    align[op] = a;
    kind[op] = k;
    type[op] = t;
  };
  const widths: [string, number, number][] = [
    ['i32', 2, I32], ['i64', 3, I64], ['i32', 0, I32], ['i32', 1, I32], ['i64', 0, I64], ['i64', 1, I64],
    ['i64', 2, I64],
  ]; // prettier-ignore
  const sfx = ['', '', '8_u', '16_u', '8_u', '16_u', '32_u'];
  widths.forEach(([t, a, vt], k) => add(0x10 + k, `${t}.atomic.load${sfx[k].replace('_u', '_u')}`, a, 0, vt));
  widths.forEach(([t, a, vt], k) => add(0x17 + k, `${t}.atomic.store${sfx[k].replace('_u', '')}`, a, 1, vt));
  ['add', 'sub', 'and', 'or', 'xor', 'xchg', 'cmpxchg'].forEach((op, g) =>
    widths.forEach(([t, a, vt], k) =>
      add(
        0x1e + g * 7 + k,
        `${t}.atomic.rmw${sfx[k].replace(/_u$/, '')}.${op}${k > 1 ? '_u' : ''}`,
        a,
        g === 6 ? 3 : 2,
        vt,
      ),
    ),
  );
  return { name, align, kind, type };
})();
