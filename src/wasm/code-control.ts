/**
 * Control, call, variable and table instructions of the instruction checker: blocks, branches (br, br_if, br_table),
 * calls (call, call_indirect, call_ref and their tail-call forms), select, globals, table.get/set. References and
 * exceptions are in code-ref.ts.
 */
import { BOTTOM, I32, REF_BASE, type ValType } from './module.js';
import { BLOCK, ELSE, IF, LOOP, blockType, funcType, type Checker } from './code-stack.js';
import { tableAddr } from './code-ext.js';
import { refOrException } from './code-ref.js';
import { H, abstractRef, readValType, ref } from './types.js';

const FUNCREF = abstractRef(H.func, true);

export function control(c: Checker, op: number): void {
  switch (op) {
    case 0x00:
      return c.unreachable();
    case 0x01:
      return;
    case 0x02:
    case 0x03:
      return c.pushCtl(op === 0x02 ? BLOCK : LOOP, blockType(c));
    case 0x04: {
      const bt = blockType(c);
      c.popT(I32);
      return c.pushCtl(IF, bt);
    }
    case 0x05:
      if (c.cKind[c.depth - 1] !== IF) c.err('without a matching if');
      c.pushAll(c.params(c.cBt[c.nextArm(ELSE)]));
      return;
    case 0x0b:
      return endOp(c);
    case 0x0c: {
      const f = c.label(c.u32());
      c.popAll(c.labelTypes(f));
      return c.unreachable();
    }
    case 0x0d: {
      const f = c.label(c.u32());
      c.popT(I32);
      const types = c.labelTypes(f);
      c.popAll(types);
      return c.pushAll(c.labelTypes(f));
    }
    case 0x0e:
      return brTable(c);
    case 0x0f:
      c.popAll(c.results(c.cBt[0]));
      return c.unreachable();
    case 0x10:
    case 0x12:
      return call(c, op === 0x12, c.t.funcType(funcType(c, c.u32()))!);
    case 0x11:
    case 0x13: {
      const y = c.u32();
      const x = c.u32();
      const tt = c.ctx.tables[x];
      if (!tt) c.err(`table ${x} out of range (${c.ctx.tables.length} tables)`);
      if (x !== 0) c.ctx.features.add('reference-types');
      if (!c.t.isSubtype(tt.elem, FUNCREF)) c.err(`table ${x} does not hold function references`);
      const ft = c.t.funcType(y);
      if (!ft) c.err(`type ${y} is not a function type`);
      c.popT(tableAddr(tt));
      return call(c, op === 0x13, ft);
    }
    case 0x14:
    case 0x15: {
      c.ctx.features.add('function-references');
      const y = c.u32();
      const ft = c.t.funcType(y);
      if (!ft) c.err(`type ${y} is not a function type`);
      c.popT(ref(y, true));
      return call(c, op === 0x15, ft);
    }
    case 0x1a:
      c.pop();
      return;
    case 0x1b:
    case 0x1c:
      return select(c, op === 0x1c);
    case 0x23: {
      const x = c.u32();
      const g = c.ctx.globals[x];
      if (!g) c.err(`global ${x} out of range (${c.ctx.globals.length} globals)`);
      if (c.constMode && g.mutable) c.err(`reads mutable global ${x}`);
      return c.push(g.type);
    }
    case 0x24: {
      const x = c.u32();
      const g = c.ctx.globals[x];
      if (!g) c.err(`global ${x} out of range (${c.ctx.globals.length} globals)`);
      if (!g.mutable) c.err(`writes immutable global ${x}`);
      c.popT(g.type);
      return;
    }
    case 0x25:
    case 0x26: {
      c.ctx.features.add('reference-types');
      const x = c.u32();
      const tt = c.ctx.tables[x];
      if (!tt) c.err(`table ${x} out of range (${c.ctx.tables.length} tables)`);
      if (op === 0x26) c.popT(tt.elem);
      c.popT(tableAddr(tt));
      if (op === 0x25) c.push(tt.elem);
      return;
    }
    default:
      return refOrException(c, op);
  }
}

function call(
  c: Checker,
  tail: boolean,
  ft: { params: readonly ValType[]; results: readonly ValType[] },
): void {
  c.popAll(ft.params);
  if (!tail) return c.pushAll(ft.results);
  c.ctx.features.add('tail-call');
  const mine = c.results(c.cBt[0]);
  const ok = ft.results.length === mine.length && ft.results.every((r, i) => c.t.isSubtype(r, mine[i]));
  if (!ok) c.err(`callee results do not match the results of the function`);
  c.unreachable();
}

function endOp(c: Checker): void {
  const f = c.depth - 1;
  if (c.cKind[f] === IF) c.pushAll(c.params(c.cBt[c.nextArm(ELSE)]));
  c.popCtl();
  c.pushAll(c.results(c.cBt[f]));
}

/** V8's kV8MaxWasmFunctionBrTableSize: a br_table with more targets is refused by WebAssembly.validate */
export const MAX_BR_TABLE_TARGETS = 65_520;

function brTable(c: Checker): void {
  const cur = c.cur;
  const at = cur.pos;
  const n = cur.count(1);
  if (n > MAX_BR_TABLE_TARGETS)
    cur.fail(`br_table with ${n} targets exceeds the limit of ${MAX_BR_TABLE_TARGETS}`, at, 'too-large');
  c.popT(I32);
  let arity = -1;
  for (let i = 0; i <= n; i++) {
    const f = c.label(c.u32());
    const types = c.labelTypes(f);
    if (arity < 0) arity = types.length;
    else if (types.length !== arity) c.cur.invalid(`br_table targets have different arities`, at);
    c.checkTop(types);
  }
  c.sp = Math.max(c.cHeight[c.depth - 1], c.sp - arity);
  c.unreachable();
}

function select(c: Checker, typed: boolean): void {
  if (typed) {
    c.ctx.features.add('reference-types');
    const n = c.u32();
    if (n !== 1) c.err(`must name exactly one type (names ${n})`);
    const t = readValType(c.cur, c.ctx);
    c.popT(I32);
    c.popT(t);
    c.popT(t);
    return c.push(t);
  }
  c.popT(I32);
  const top = c.sp;
  const a = c.pop();
  const b = c.pop();
  if (a >= REF_BASE || b >= REF_BASE)
    c.err('without a type needs numeric or vector operands (use select with a type)');
  if (a !== b && a !== BOTTOM && b !== BOTTOM) c.mismatch('t t', 2, top);
  c.push(a === BOTTOM ? b : a);
}
