/**
 * The function body and constant expression validator (WebAssembly 3.0, all standardised proposals plus the legacy
 * exception-handling instructions). Full type checking as in the spec's validation algorithm: an operand stack of value
 * types, control frames, unreachable polymorphism, block types (empty, one value, a function type index), branch
 * labels, locals (≤ 50,000 per function, the JS-API limit, checked before anything is allocated) with the
 * initialisation tracking of non-defaultable locals.
 *
 * This file holds the API, the dispatch loop, locals and numeric instructions. The rest: code-control.ts (blocks,
 * branches, calls), code-ref.ts (references, exceptions), code-ext.ts (memory, 0xfc, 0xfd SIMD, 0xfe atomics),
 * code-gc.ts (0xfb GC); the shared state and typing primitives are in code-stack.ts.
 */
import type { Cursor } from './leb128.js';
import { LIMITS } from './limits.js';
import { BOTTOM, F32, F64, I32, I64, type ModuleContext, type ValType } from './module.js';
import { NUMERIC } from './opcodes.js';
import { BT_EMPTY, Checker, FUNC } from './code-stack.js';
import { control } from './code-control.js';
import { memoryOp, prefixFC, prefixFD, prefixFE } from './code-ext.js';
import { prefixFB } from './code-gc.js';
import { readValType } from './types.js';

const checker = new Checker();

/** Validate one function body: `cur` spans exactly the body (local declarations and expression). */
export function validateFunctionBody(cur: Cursor, ctx: ModuleContext, funcIndex: number): void {
  cur.where = `function ${funcIndex} (body at offset 0x${cur.offset.toString(16)})`;
  const c = checker;
  c.reset(ctx, cur);
  c.constMode = false;
  const typeIndex = ctx.funcs[funcIndex];
  const ft = c.t.funcType(typeIndex);
  if (!ft) cur.invalid(`type ${typeIndex} is not a function type`);
  readLocals(c, ft.params);
  c.opAt = cur.pos;
  c.pushCtl(FUNC, typeIndex);
  run(c);
  cur.expectEnd();
}

function readLocals(c: Checker, params: readonly ValType[]): void {
  const cur = c.cur;
  const groups = cur.count(2);
  const start = cur.pos;
  let total = params.length;
  for (let g = 0; g < groups; g++) {
    const at = cur.pos;
    const n = c.u32();
    total += n;
    if (total > LIMITS.locals)
      cur.fail(`more than ${LIMITS.locals} locals (the implementation limit)`, at, 'too-large');
    readValType(cur, c.ctx);
  }
  c.setLocals(total);
  for (let i = 0; i < params.length; i++) {
    c.locals[i] = params[i];
    c.localInit[i] = 1;
  }
  cur.pos = start;
  let k = params.length;
  for (let g = 0; g < groups; g++) {
    const n = c.u32();
    const t = readValType(cur, c.ctx);
    const init = c.t.defaultable(t) ? 1 : 0;
    c.locals.fill(t, k, k + n);
    c.localInit.fill(init, k, k + n);
    k += n;
  }
}

/**
 * Validate a constant expression through its final `end`; its value must match `expected`. Allowed (3.0): t.const,
 * ref.null, ref.func (which declares the function for `ref.func` in bodies), global.get of an immutable global defined
 * before (imported or an earlier global: ctx.globals holds exactly those while a global's initialiser is read),
 * i32/i64 add, sub, mul (extended const), struct.new(_default), array.new(_default/_fixed), ref.i31,
 * any.convert_extern, extern.convert_any.
 */
export function validateConstExpr(cur: Cursor, ctx: ModuleContext, expected: ValType): void {
  const c = checker;
  c.reset(ctx, cur);
  c.constMode = true;
  c.setLocals(0);
  c.opAt = cur.pos;
  c.pushCtl(FUNC, BT_EMPTY);
  c.cBt[0] = ~expected;
  run(c);
}

function notConstant(c: Checker): never {
  return c.err('is not allowed in a constant expression');
}

/** the dispatch loop; returns after the `end` that closes the outermost frame */
function run(c: Checker): void {
  const cur = c.cur;
  const data = cur.data;
  const end = cur.end;
  const konst = c.constMode;
  while (c.depth > 0) {
    if (cur.pos >= end) cur.fail('unexpected end of the expression (missing end)');
    c.opAt = cur.pos;
    const op = data[cur.pos++];
    c.op = op;
    if (konst && !constOk(c, op)) notConstant(c);
    if (op >= 0x45 && op <= 0xc4) {
      numeric(c, op);
      continue;
    }
    switch (op) {
      case 0x20: {
        const x = c.u32();
        const t = c.local(x);
        if (!c.localInit[x]) c.err(`reads local ${x} before it is set (non-defaultable ${c.t.name(t)})`);
        c.push(t);
        break;
      }
      case 0x21:
      case 0x22: {
        const x = c.u32();
        const t = c.local(x);
        c.popT(t);
        c.initLocal(x);
        if (op === 0x22) c.push(t);
        break;
      }
      case 0x41:
        c.skipSigned(5, 32);
        c.push(I32);
        break;
      case 0x42:
        c.skipSigned(10, 64);
        c.push(I64);
        break;
      case 0x43:
        cur.skip(4);
        c.push(F32);
        break;
      case 0x44:
        cur.skip(8);
        c.push(F64);
        break;
      default:
        if (op >= 0x28 && op <= 0x40) memoryOp(c, op);
        else if (op >= 0xfb) prefixed(c, op);
        else control(c, op);
    }
  }
}

function prefixed(c: Checker, op: number): void {
  const sub = c.u32();
  c.op = (op << 16) | sub;
  if (c.constMode && !constPrefixedOk(op, sub)) notConstant(c);
  if (op === 0xfb) prefixFB(c, sub);
  else if (op === 0xfc) prefixFC(c, sub);
  else if (op === 0xfd) prefixFD(c, sub);
  else if (op === 0xfe) prefixFE(c, sub);
  else c.cur.fail(`unknown opcode 0x${op.toString(16)}`, c.opAt);
}

function constOk(c: Checker, op: number): boolean {
  if (op === 0x6a || op === 0x6b || op === 0x6c || op === 0x7c || op === 0x7d || op === 0x7e) {
    c.ctx.features.add('extended-const');
    return true;
  }
  return (op >= 0x41 && op <= 0x44) || op === 0x0b || op === 0x23 || op === 0xd0 || op === 0xd2 || op >= 0xfb;
}

function constPrefixedOk(op: number, sub: number): boolean {
  if (op === 0xfd) return sub === 12;
  if (op === 0xfb) return sub <= 1 || (sub >= 6 && sub <= 8) || (sub >= 26 && sub <= 28);
  return false;
}

function numeric(c: Checker, op: number): void {
  if (op >= 0xc0) c.ctx.features.add('sign-ext');
  const n = NUMERIC.nparams[op];
  const p = op * 3;
  const top = c.sp;
  const h = c.cHeight[c.depth - 1];
  if (
    n === 2 &&
    top - 2 >= h &&
    c.stack[top - 2] === NUMERIC.params[p] &&
    c.stack[top - 1] === NUMERIC.params[p + 1]
  ) {
    c.stack[top - 2] = NUMERIC.result[op];
    c.sp = top - 1;
    return;
  }
  for (let i = n - 1; i >= 0; i--) {
    const a = c.pop();
    if (a !== NUMERIC.params[p + i] && a !== BOTTOM) sigMismatch(c, op, top);
  }
  c.push(NUMERIC.result[op]);
}

function sigMismatch(c: Checker, op: number, top: number): never {
  const n = NUMERIC.nparams[op];
  const names: string[] = [];
  for (let i = 0; i < n; i++) names.push(c.t.name(NUMERIC.params[op * 3 + i]));
  return c.mismatch(names.join(' '), n, top);
}
