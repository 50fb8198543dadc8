/**
 * The 0xfb prefix (GC): struct and array instructions, i31, casts (ref.test, ref.cast, br_on_cast, br_on_cast_fail)
 * and extern/any conversion. Packed fields (i8, i16) are read with the _s/_u forms only and written as i32.
 * array.new_fixed takes at most 10,000 operands (V8's kV8MaxWasmArrayNewFixedLength).
 */
import type { Checker } from './code-stack.js';
import { elemType } from './code-ext.js';
import { BOTTOM, I16, I32, I8, REF_BASE, type ValType } from './module.js';
import {
  H,
  KIND_ARRAY,
  KIND_STRUCT,
  TypeTable,
  abstractRef,
  heapOf,
  nullable,
  readHeapType,
  ref,
} from './types.js';

export const MAX_ARRAY_NEW_FIXED = 10_000;

/** check that x is a struct (or array) type; returns its number of fields */
function typeOf(c: Checker, x: number, kind: number): number {
  if (x >= c.t.length || c.t.kind[x] !== kind)
    c.err(`type ${x} is not ${kind === KIND_STRUCT ? 'a struct' : 'an array'} type`);
  return c.t.fieldCount(x);
}

const packed = (t: ValType): boolean => t === I8 || t === I16;

function field(c: Checker, x: number, y: number, mode: 'get' | 'get_s' | 'set'): ValType {
  const n = typeOf(c, x, KIND_STRUCT);
  if (y >= n) c.err(`field ${y} out of range (type ${x} has ${n})`);
  return access(c, c.t.fieldType(x, y), c.t.fieldMut(x, y), mode);
}

function access(c: Checker, t: ValType, mutable: boolean, mode: 'get' | 'get_s' | 'set'): ValType {
  if (mode === 'get' && packed(t)) c.err('reads a packed field (use the _s or _u form)');
  if (mode === 'get_s' && !packed(t)) c.err('reads a field that is not packed');
  if (mode === 'set' && !mutable) c.err('writes an immutable field');
  return TypeTable.unpack(t);
}

function arrayElem(c: Checker, x: number, mode: 'get' | 'get_s' | 'set' | 'new'): ValType {
  typeOf(c, x, KIND_ARRAY);
  const t = c.t.fieldType(x, 0);
  return mode === 'new' ? TypeTable.unpack(t) : access(c, t, c.t.fieldMut(x, 0), mode);
}

function storage(c: Checker, x: number): ValType {
  typeOf(c, x, KIND_ARRAY);
  return c.t.fieldType(x, 0);
}

function needData(c: Checker, y: number, x: number): void {
  if (packed(storage(c, x)) === false && storage(c, x) >= REF_BASE) c.err(`array type ${x} holds references`);
  if (c.ctx.dataCount === undefined) c.err('needs a DataCount section');
  if (y >= c.ctx.dataCount) c.err(`data segment ${y} out of range (${c.ctx.dataCount} segments)`);
}

function needElem(c: Checker, y: number, x: number): void {
  const e = elemType(c, y);
  const t = storage(c, x);
  if (!c.t.isSubtype(e, t)) c.err(`element type ${c.t.name(e)} does not match the array's ${c.t.name(t)}`);
}

export function prefixFB(c: Checker, sub: number): void {
  c.ctx.features.add('gc');
  if (sub <= 19) return sub <= 5 ? structOp(c, sub) : arrayOp(c, sub);
  if (sub <= 25) return castOp(c, sub);
  switch (sub) {
    case 26:
    case 27: {
      const r = c.popT(abstractRef(sub === 26 ? H.extern : H.any, true));
      return c.push(abstractRef(sub === 26 ? H.any : H.extern, r === BOTTOM || nullable(r)));
    }
    case 28:
      c.popT(I32);
      return c.push(abstractRef(H.i31, false));
    case 29:
    case 30:
      c.popT(abstractRef(H.i31, true));
      return c.push(I32);
    default:
      return c.cur.fail(`unknown opcode 0xfb ${sub}`, c.opAt);
  }
}

function structOp(c: Checker, sub: number): void {
  const x = c.u32();
  if (sub <= 1) {
    const n = typeOf(c, x, KIND_STRUCT);
    for (let i = n - 1; i >= 0; i--) {
      const t = c.t.fieldType(x, i);
      if (sub === 0) c.popT(TypeTable.unpack(t));
      else if (!packed(t) && !c.t.defaultable(t)) c.err(`type ${x} has a non-defaultable field`);
    }
    return c.push(ref(x, false));
  }
  const t = field(c, x, c.u32(), sub === 2 ? 'get' : sub === 5 ? 'set' : 'get_s');
  if (sub === 5) c.popT(t);
  c.popT(ref(x, true));
  if (sub !== 5) c.push(t);
}

function arrayOp(c: Checker, sub: number): void {
  const x = sub === 15 ? -1 : c.u32();
  switch (sub) {
    case 6:
      c.popT(I32);
      c.popT(arrayElem(c, x, 'new'));
      return c.push(ref(x, false));
    case 7: {
      const t = storage(c, x);
      if (!packed(t) && !c.t.defaultable(t)) c.err(`type ${x} has a non-defaultable element type`);
      c.popT(I32);
      return c.push(ref(x, false));
    }
    case 8: {
      const t = arrayElem(c, x, 'new');
      const n = c.u32();
      if (n > MAX_ARRAY_NEW_FIXED)
        c.err(`takes ${n} operands, more than the limit of ${MAX_ARRAY_NEW_FIXED}`);
      for (let i = 0; i < n; i++) c.popT(t);
      return c.push(ref(x, false));
    }
    case 9:
    case 10: {
      arrayElem(c, x, 'new');
      const y = c.u32();
      if (sub === 9) needData(c, y, x);
      else needElem(c, y, x);
      c.popT(I32);
      c.popT(I32);
      return c.push(ref(x, false));
    }
    case 11:
    case 12:
    case 13: {
      const t = arrayElem(c, x, sub === 11 ? 'get' : 'get_s');
      c.popT(I32);
      c.popT(ref(x, true));
      return c.push(t);
    }
    case 14:
    case 16: {
      const t = arrayElem(c, x, 'set');
      if (sub === 16) c.popT(I32);
      c.popT(t);
      c.popT(I32);
      return void c.popT(ref(x, true));
    }
    case 15:
      c.popT(abstractRef(H.array, true));
      return c.push(I32);
    default:
      return arrayBulk(c, sub, x);
  }
}

function arrayBulk(c: Checker, sub: number, x: number): void {
  arrayElem(c, x, 'set');
  const y = c.u32();
  if (sub === 17) {
    const d = storage(c, x);
    const s = storage(c, y);
    const ok = packed(d) || packed(s) ? d === s : c.t.isSubtype(s, d);
    if (!ok) c.err(`array type ${y} does not match array type ${x}`);
    c.popT(I32);
    c.popT(I32);
    c.popT(ref(y, true));
  } else {
    if (sub === 18) needData(c, y, x);
    else needElem(c, y, x);
    c.popT(I32);
    c.popT(I32);
  }
  c.popT(I32);
  c.popT(ref(x, true));
}

/** ref.test / ref.cast (the operand must be in the same hierarchy) and br_on_cast / br_on_cast_fail */
function castOp(c: Checker, sub: number): void {
  const cur = c.cur;
  if (sub <= 23) {
    const rt = ref(readHeapType(cur, c.ctx), (sub & 1) === 1);
    c.popT(abstractRef(c.t.top(heapOf(rt)), true));
    return c.push(sub <= 21 ? I32 : rt);
  }
  const at = cur.pos;
  const flags = cur.u8();
  if (flags > 3) cur.fail(`malformed br_on_cast flags 0x${flags.toString(16)}`, at);
  const f = c.label(c.u32());
  const rt1 = ref(readHeapType(cur, c.ctx), (flags & 1) === 1);
  const rt2 = ref(readHeapType(cur, c.ctx), (flags & 2) === 2);
  if (!c.t.isSubtype(rt2, rt1)) c.err(`target type ${c.t.name(rt2)} is not a subtype of ${c.t.name(rt1)}`);
  const diff = ref(heapOf(rt1), (flags & 1) === 1 && (flags & 2) === 0);
  const types = c.labelTypes(f);
  const n = types.length;
  if (n === 0 || types[n - 1] < REF_BASE) c.err('needs a label whose last type is a reference');
  const branched = sub === 24 ? rt2 : diff;
  if (!c.t.isSubtype(branched, types[n - 1]))
    c.err(`branch type ${c.t.name(branched)} does not match the label's ${c.t.name(types[n - 1])}`);
  c.popT(rt1);
  const rest = types.slice(0, n - 1);
  c.popAll(rest);
  c.pushAll(rest);
  c.push(sub === 24 ? diff : rt2);
}
