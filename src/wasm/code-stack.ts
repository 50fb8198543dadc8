/**
 * The state of the instruction checker: the operand stack (an Int32Array of value types that grows by doubling), the
 * control stack (typed arrays: kind, height, block type, unreachable flag), locals with the initialisation tracking of
 * non-defaultable locals, and the typing primitives of the spec's validation algorithm (appendix "Validation
 * Algorithm"): pop with expected type, unreachable polymorphism (popping from an unreachable frame yields BOTTOM),
 * label types and frame ends. One Checker is reused for every body, so a body allocates nothing per instruction.
 */
import type { Cursor } from './leb128.js';
import { BOTTOM, REF_BASE, type ModuleContext, type ValType } from './module.js';
import { OP_NAME, GC_NAME, BULK_NAME, SAT, ATOMIC } from './opcodes.js';
import { SIMD, SIMD_LANE, SIMD_MEM } from './opcodes-simd.js';
import { readValType, type TypeTable } from './types.js';

export const BLOCK = 0;
export const LOOP = 1;
export const IF = 2;
export const ELSE = 3;
export const TRY = 4;
export const CATCH = 5;
export const CATCH_ALL = 6;
export const TRY_TABLE = 7;
export const FUNC = 8;

/** block type encoding: -1 empty, ~valtype (< -1) one result, >= 0 a function type index */
export const BT_EMPTY = -1;

const EMPTY: readonly ValType[] = [];

export class Checker {
  ctx!: ModuleContext;
  t!: TypeTable;
  cur!: Cursor;
  /** current instruction: opcode, or prefix << 16 | sub-opcode, for messages */
  op = 0;
  opAt = 0;
  stack = new Int32Array(1024);
  sp = 0;
  cKind = new Uint8Array(64);
  cHeight = new Int32Array(64);
  cBt = new Int32Array(64);
  cUnreach = new Uint8Array(64);
  cInit = new Int32Array(64);
  depth = 0;
  locals = new Int32Array(64);
  nlocals = 0;
  localInit = new Uint8Array(64);
  initStack = new Int32Array(64);
  initSp = 0;
  /** constant-expression mode (global initialisers, offsets, element expressions) */
  constMode = false;

  reset(ctx: ModuleContext, cur: Cursor): void {
    this.ctx = ctx;
    this.t = ctx.types as TypeTable;
    this.cur = cur;
    this.sp = 0;
    this.depth = 0;
    this.initSp = 0;
    this.nlocals = 0;
    if (this.stack.length > 1 << 20) this.stack = new Int32Array(1024);
  }

  // ---- immediates: fast paths for the short LEB128 forms, the strict cursor for the rest

  /** u32 immediate */
  u32(): number {
    const cur = this.cur;
    const d = cur.data;
    const p = cur.pos;
    if (p + 3 < cur.end) {
      let b = d[p];
      if (b < 0x80) return ((cur.pos = p + 1), b);
      let r = b & 0x7f;
      b = d[p + 1];
      if (b < 0x80) return ((cur.pos = p + 2), r | (b << 7));
      r |= (b & 0x7f) << 7;
      b = d[p + 2];
      if (b < 0x80) return ((cur.pos = p + 3), r | (b << 14));
    }
    return cur.u32();
  }

  /** a signed LEB128 of at most `bytes` bytes whose value is not needed: bytes before the last are free */
  skipSigned(bytes: number, bits: 32 | 64): void {
    const cur = this.cur;
    const d = cur.data;
    const p = cur.pos;
    const last = Math.min(p + bytes - 1, cur.end);
    for (let i = p; i < last; i++) {
      if (d[i] < 0x80) {
        cur.pos = i + 1;
        return;
      }
    }
    cur.sleb(bits);
  }

  // ---- messages

  opName(): string {
    const op = this.op;
    const sub = op & 0xffff;
    switch (op >> 16) {
      case 0:
        return OP_NAME[op] || `opcode 0x${op.toString(16)}`;
      case 0xfb:
        return GC_NAME[sub] ?? `0xfb ${sub}`;
      case 0xfc:
        return sub < 8 ? SAT.name[sub] : (BULK_NAME[sub - 8] ?? `0xfc ${sub}`);
      case 0xfd:
        return (
          SIMD.name[sub] ||
          SIMD_MEM[sub]?.[0] ||
          SIMD_LANE[sub]?.[0] ||
          (sub === 12 ? 'v128.const' : 'i8x16.shuffle')
        );
      default:
        return ATOMIC.name[sub] ?? (sub === 3 ? 'atomic.fence' : `0xfe ${sub}`);
    }
  }

  /** a typing error of the current instruction */
  err(what: string): never {
    return this.cur.invalid(`${this.opName()} ${what}`, this.opAt);
  }

  /** the top `n` types of the current frame's stack as `[a b]` */
  shown(n: number, top = this.sp): string {
    const h = this.cHeight[this.depth - 1];
    const from = Math.max(h, top - n);
    const out: string[] = [];
    for (let i = from; i < top; i++) out.push(this.t.name(this.stack[i]));
    return `[${out.join(' ')}]`;
  }

  mismatch(expected: string, n: number, top: number): never {
    return this.err(`expects [${expected}] but the stack has ${this.shown(n, top)}`);
  }

  // ---- operand stack

  push(t: ValType): void {
    if (this.sp === this.stack.length) {
      const s = new Int32Array(this.stack.length * 2);
      s.set(this.stack);
      this.stack = s;
    }
    this.stack[this.sp++] = t;
  }

  pop(): ValType {
    if (this.sp === this.cHeight[this.depth - 1]) {
      if (this.cUnreach[this.depth - 1]) return BOTTOM;
      this.err('expects an operand but the stack is empty');
    }
    return this.stack[--this.sp];
  }

  /** pop one operand that must match `t` (subtyping for references) */
  popT(t: ValType): ValType {
    const top = this.sp;
    const a = this.pop();
    if (a !== t && a !== BOTTOM && !(a >= REF_BASE && t >= REF_BASE && this.t.isSubtype(a, t)))
      this.mismatch(this.t.name(t), 1, top);
    return a;
  }

  /** pop any reference (or BOTTOM) */
  popRef(): ValType {
    const top = this.sp;
    const a = this.pop();
    if (a !== BOTTOM && a < REF_BASE) this.mismatch('a reference', 1, top);
    return a;
  }

  /** pop `types` in reverse order (the last is on top) */
  popAll(types: readonly ValType[]): void {
    const top = this.sp;
    for (let i = types.length - 1; i >= 0; i--) {
      const t = types[i];
      const a = this.pop();
      if (a !== t && a !== BOTTOM && !(a >= REF_BASE && t >= REF_BASE && this.t.isSubtype(a, t)))
        this.mismatch(types.map((x) => this.t.name(x)).join(' '), types.length, top);
    }
  }

  pushAll(types: readonly ValType[]): void {
    for (let i = 0; i < types.length; i++) this.push(types[i]);
  }

  // ---- block types and labels

  params(bt: number): readonly ValType[] {
    return bt >= 0 ? this.t.funcType(bt)!.params : EMPTY;
  }

  /** results of a block type; a single-value block type uses a shared 1-element scratch array */
  results(bt: number): readonly ValType[] {
    if (bt >= 0) return this.t.funcType(bt)!.results;
    if (bt === BT_EMPTY) return EMPTY;
    this.one[0] = ~bt;
    return this.one;
  }
  private one: ValType[] = [0];

  /** label types of frame `f` (0 = outermost) */
  labelTypes(f: number): readonly ValType[] {
    return this.cKind[f] === LOOP ? this.params(this.cBt[f]) : this.results(this.cBt[f]);
  }

  /** the frame a branch label refers to, or an error */
  label(l: number): number {
    if (l >= this.depth) this.err(`label ${l} out of range (depth ${this.depth})`);
    return this.depth - 1 - l;
  }

  /** values on the stack must match `types` (without popping them), as a branch to such a label requires */
  checkTop(types: readonly ValType[]): void {
    const f = this.depth - 1;
    const h = this.cHeight[f];
    const n = types.length;
    for (let i = 0; i < n; i++) {
      const idx = this.sp - n + i;
      if (idx < h) {
        if (this.cUnreach[f]) continue;
        this.mismatch(types.map((x) => this.t.name(x)).join(' '), n, this.sp);
      }
      const a = this.stack[idx];
      const t = types[i];
      if (a !== t && a !== BOTTOM && !(a >= REF_BASE && t >= REF_BASE && this.t.isSubtype(a, t)))
        this.mismatch(types.map((x) => this.t.name(x)).join(' '), n, this.sp);
    }
  }

  unreachable(): void {
    this.sp = this.cHeight[this.depth - 1];
    this.cUnreach[this.depth - 1] = 1;
  }

  // ---- control frames

  pushCtl(kind: number, bt: number): void {
    const params = kind === FUNC ? EMPTY : this.params(bt);
    this.popAll(params);
    if (this.depth === this.cKind.length) this.growCtl();
    const d = this.depth++;
    this.cKind[d] = kind;
    this.cBt[d] = bt;
    this.cHeight[d] = this.sp;
    this.cUnreach[d] = 0;
    this.cInit[d] = this.initSp;
    this.pushAll(params);
  }

  private growCtl(): void {
    const n = this.cKind.length * 2;
    const grow = <T extends Uint8Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
    this.cKind = grow(this.cKind, new Uint8Array(n));
    this.cHeight = grow(this.cHeight, new Int32Array(n));
    this.cBt = grow(this.cBt, new Int32Array(n));
    this.cUnreach = grow(this.cUnreach, new Uint8Array(n));
    this.cInit = grow(this.cInit, new Int32Array(n));
  }

  /** end of the top frame's instruction sequence: results must be exactly what is on its stack */
  popCtl(): number {
    const f = this.depth - 1;
    this.popAll(this.results(this.cBt[f]));
    if (this.sp !== this.cHeight[f])
      this.err(`leaves ${this.sp - this.cHeight[f]} extra value(s) on the stack`);
    while (this.initSp > this.cInit[f]) this.localInit[this.initStack[--this.initSp]] = 0;
    this.depth--;
    return f;
  }

  /** re-open the top frame for its next arm (else, catch, catch_all) after checking the previous arm */
  nextArm(kind: number): number {
    const f = this.popCtl();
    this.depth++;
    this.cKind[f] = kind;
    this.cUnreach[f] = 0;
    this.sp = this.cHeight[f];
    return f;
  }

  // ---- locals

  setLocals(n: number): void {
    if (this.locals.length < n) {
      let m = this.locals.length;
      while (m < n) m *= 2;
      this.locals = new Int32Array(m);
      this.localInit = new Uint8Array(m);
      this.initStack = new Int32Array(m);
    }
    this.nlocals = n;
  }

  local(x: number): ValType {
    if (x >= this.nlocals) this.err(`local ${x} out of range (${this.nlocals} locals)`);
    return this.locals[x];
  }

  /** mark a non-defaultable local as set (until the end of the enclosing block) */
  initLocal(x: number): void {
    if (this.localInit[x]) return;
    this.localInit[x] = 1;
    this.initStack[this.initSp++] = x;
  }
}

/** block type: 0x40, a value type, or a type index (s33) */
export function blockType(c: Checker): number {
  const cur = c.cur;
  const b = cur.peek();
  if (b === 0x40) {
    cur.pos++;
    return BT_EMPTY;
  }
  if ((b >= 0x7b && b <= 0x7f) || (b >= 0x63 && b <= 0x74)) return ~readValType(cur, c.ctx);
  const at = cur.pos;
  const x = cur.s33();
  if (x < 0) cur.fail(`malformed block type`, at);
  const ft = c.t.funcType(x);
  if (!ft) return cur.invalid(`block type ${x} is not a function type`, at);
  if (ft.params.length > 0 || ft.results.length > 1) c.ctx.features.add('multi-value');
  return x;
}

export function funcType(c: Checker, x: number): number {
  if (x >= c.ctx.funcs.length) c.err(`function ${x} out of range (${c.ctx.funcs.length} functions)`);
  return c.ctx.funcs[x];
}
