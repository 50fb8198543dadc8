/**
 * Memory instructions and the 0xfc (saturating truncation, bulk memory, tables), 0xfd (SIMD, relaxed SIMD) and 0xfe
 * (threads: atomics) prefixes of the instruction checker. Memory arguments: alignment ≤ natural (atomics: equal),
 * bit 6 of the alignment field announces a memory index (multi-memory), the offset is a u64 (below 2^32 for 32-bit
 * memories), addresses are i64 for memory64.
 */
import type { Checker } from './code-stack.js';
import { F32, F64, I32, I64, V128, type Limits, type TableType, type ValType } from './module.js';
import { ATOMIC, MEM_ALIGN, MEM_TYPE, SAT, SigTable } from './opcodes.js';
import { SIMD, SIMD_LANE, SIMD_MEM } from './opcodes-simd.js';

const LETTER: Record<string, number> = { i: I32, I: I64, f: F32, F: F64 };

export function addrOf(m: Limits): ValType {
  return m.is64 ? I64 : I32;
}

export function tableAddr(t: TableType): ValType {
  return t.limits.is64 ? I64 : I32;
}

export function memory(c: Checker, x: number): Limits {
  const m = c.ctx.memories[x];
  if (!m) c.err(`memory ${x} out of range (${c.ctx.memories.length} memories)`);
  if (x !== 0) c.ctx.features.add('multi-memory');
  return m;
}

export function table(c: Checker, x: number): TableType {
  const t = c.ctx.tables[x];
  if (!t) c.err(`table ${x} out of range (${c.ctx.tables.length} tables)`);
  return t;
}

/** a memarg; returns the memory's address type */
function memarg(c: Checker, natural: number, exact = false): ValType {
  const cur = c.cur;
  let align = c.u32();
  let x = 0;
  if (align & 0x40) {
    align -= 0x40;
    x = c.u32();
    c.ctx.features.add('multi-memory');
  }
  const m = memory(c, x);
  // the offset is a u64 in the 3.0 binary format (V8 reads it so for every memory), below 2^32 for 32-bit memories
  const at = cur.pos;
  const d = cur.data;
  if (at + 3 < cur.end && (d[at] < 0x80 || d[at + 1] < 0x80 || d[at + 2] < 0x80 || d[at + 3] < 0x80)) c.u32();
  else if (cur.u64() > 0xffffffffn && !m.is64) c.err('offset out of range for a 32-bit memory');
  if (exact ? align !== natural : align > natural)
    c.err(`alignment 2^${align} must be ${exact ? '' : 'at most '}the natural alignment 2^${natural}`);
  return addrOf(m);
}

/** 0x28–0x40: loads, stores, memory.size, memory.grow */
export function memoryOp(c: Checker, op: number): void {
  if (op >= 0x3f) {
    const at = addrOf(memory(c, c.u32()));
    if (op === 0x40) c.popT(at);
    return c.push(at);
  }
  const k = op - 0x28;
  const at = memarg(c, MEM_ALIGN[k]);
  if (op >= 0x36) c.popT(MEM_TYPE[k]);
  c.popT(at);
  if (op < 0x36) c.push(MEM_TYPE[k]);
}

/** a fixed-signature instruction from a signature table */
function sig(c: Checker, t: SigTable, op: number): void {
  const n = t.nparams[op];
  const top = c.sp;
  for (let i = n - 1; i >= 0; i--) {
    const want = t.params[op * 3 + i];
    const a = c.pop();
    if (a !== want && a !== -1) {
      const names: string[] = [];
      for (let j = 0; j < n; j++) names.push(c.t.name(t.params[op * 3 + j]));
      c.mismatch(names.join(' '), n, top);
    }
  }
  if (t.result[op]) c.push(t.result[op]);
}

function needData(c: Checker, y: number): void {
  if (c.ctx.dataCount === undefined) c.err('needs a DataCount section');
  if (y >= c.ctx.dataCount) c.err(`data segment ${y} out of range (${c.ctx.dataCount} segments)`);
}

export function elemType(c: Checker, y: number): ValType {
  const e = c.ctx.elems[y];
  if (e === undefined) c.err(`element segment ${y} out of range (${c.ctx.elems.length} segments)`);
  return e;
}

export function prefixFC(c: Checker, sub: number): void {
  const cur = c.cur;
  const f = c.ctx.features;
  if (sub < 8) {
    f.add('nontrapping-fptoint');
    return sig(c, SAT, sub);
  }
  f.add(sub >= 15 ? 'reference-types' : 'bulk-memory');
  switch (sub) {
    case 8: {
      const y = c.u32();
      const at = addrOf(memory(c, c.u32()));
      needData(c, y);
      c.popT(I32);
      c.popT(I32);
      return void c.popT(at);
    }
    case 9:
      return needData(c, c.u32());
    case 10: {
      const d = addrOf(memory(c, c.u32()));
      const s = addrOf(memory(c, c.u32()));
      c.popT(d === I64 && s === I64 ? I64 : I32);
      c.popT(s);
      return void c.popT(d);
    }
    case 11: {
      const at = addrOf(memory(c, c.u32()));
      c.popT(at);
      c.popT(I32);
      return void c.popT(at);
    }
    case 12: {
      const e = elemType(c, c.u32());
      const t = table(c, c.u32());
      if (!c.t.isSubtype(e, t.elem))
        c.err(`element type ${c.t.name(e)} does not match the table's ${c.t.name(t.elem)}`);
      c.popT(I32);
      c.popT(I32);
      return void c.popT(tableAddr(t));
    }
    case 13:
      return void elemType(c, c.u32());
    case 14: {
      const d = table(c, c.u32());
      const s = table(c, c.u32());
      if (!c.t.isSubtype(s.elem, d.elem))
        c.err(`source ${c.t.name(s.elem)} does not match ${c.t.name(d.elem)}`);
      const da = tableAddr(d);
      const sa = tableAddr(s);
      c.popT(da === I64 && sa === I64 ? I64 : I32);
      c.popT(sa);
      return void c.popT(da);
    }
    case 15:
    case 16:
    case 17: {
      const t = table(c, c.u32());
      const at = tableAddr(t);
      if (sub === 16) return c.push(at);
      c.popT(at);
      c.popT(t.elem);
      if (sub === 15) return c.push(at);
      return void c.popT(at);
    }
    default:
      return cur.fail(`unknown opcode 0xfc ${sub}`, c.opAt);
  }
}

export function prefixFE(c: Checker, sub: number): void {
  const cur = c.cur;
  c.ctx.features.add('threads');
  if (sub === 3) {
    if (cur.u8() !== 0) cur.fail('atomic.fence: malformed reserved byte', c.opAt);
    return;
  }
  if (sub <= 2) {
    const at = memarg(c, sub === 2 ? 3 : 2, true);
    c.popT(sub === 0 ? I32 : sub === 1 ? I64 : I64);
    if (sub !== 0) c.popT(sub === 1 ? I32 : I64);
    c.popT(at);
    return c.push(I32);
  }
  const kind = ATOMIC.kind[sub];
  if (kind === undefined) return cur.fail(`unknown opcode 0xfe ${sub}`, c.opAt);
  const at = memarg(c, ATOMIC.align[sub], true);
  const t = ATOMIC.type[sub];
  if (kind === 3) c.popT(t);
  if (kind !== 0) c.popT(t);
  c.popT(at);
  if (kind !== 1) c.push(t);
}

function lane(c: Checker, lanes: number): void {
  const l = c.cur.u8();
  if (l >= lanes) c.err(`lane index ${l} out of range (${lanes} lanes)`);
}

export function prefixFD(c: Checker, sub: number): void {
  const cur = c.cur;
  c.ctx.features.add(sub >= 0x100 ? 'relaxed-simd' : 'simd');
  if (SIMD.has(sub)) return sig(c, SIMD, sub);
  const mem = SIMD_MEM[sub];
  if (mem) {
    const [, natural, kind] = mem;
    const at = memarg(c, natural);
    if (kind >= 2) lane(c, 16 >> natural);
    if (kind !== 0) c.popT(V128);
    c.popT(at);
    if (kind !== 1 && kind !== 3) c.push(V128);
    return;
  }
  const ln = SIMD_LANE[sub];
  if (ln) {
    const [, lanes, letter, replace] = ln;
    lane(c, lanes);
    if (replace) c.popT(LETTER[letter]);
    c.popT(V128);
    return c.push(replace ? V128 : LETTER[letter]);
  }
  if (sub === 12) {
    cur.skip(16);
    return c.push(V128);
  }
  if (sub === 13) {
    for (let i = 0; i < 16; i++) lane(c, 32);
    c.popT(V128);
    c.popT(V128);
    return c.push(V128);
  }
  cur.fail(`unknown opcode 0xfd ${sub}`, c.opAt);
}
