/**
 * Reference and exception instructions of the instruction checker: ref.null, ref.is_null, ref.func (declared functions
 * only), ref.eq, ref.as_non_null, br_on_null, br_on_non_null; throw, throw_ref, try_table with its catch clauses, and
 * the legacy exception instructions (try, catch, catch_all, rethrow, delegate: feature `legacy-exceptions`).
 */
import { BOTTOM, I32, REF_BASE, type ValType } from './module.js';
import { CATCH, CATCH_ALL, TRY, TRY_TABLE, blockType, funcType, type Checker } from './code-stack.js';
import { H, abstractRef, heapOf, readHeapType, ref } from './types.js';

const EXNREF_NN = abstractRef(H.exn, false);

export function refOrException(c: Checker, op: number): void {
  const cur = c.cur;
  const ctx = c.ctx;
  switch (op) {
    case 0xd0:
      ctx.features.add('reference-types');
      return c.push(ref(readHeapType(cur, ctx), true));
    case 0xd1:
      ctx.features.add('reference-types');
      c.popRef();
      return c.push(I32);
    case 0xd2: {
      const x = c.u32();
      const t = funcType(c, x);
      if (c.constMode) ctx.declaredFuncRefs.add(x);
      else if (!ctx.declaredFuncRefs.has(x))
        c.err(`function ${x} is not declared (in an element segment or export)`);
      ctx.features.add('reference-types');
      return c.push(ref(t, false));
    }
    case 0xd3:
      ctx.features.add('gc');
      c.popT(abstractRef(H.eq, true));
      c.popT(abstractRef(H.eq, true));
      return c.push(I32);
    case 0xd4: {
      ctx.features.add('function-references');
      const r = c.popRef();
      return c.push(r === BOTTOM ? BOTTOM : ref(heapOf(r), false));
    }
    case 0xd5:
    case 0xd6:
      return brOnNull(c, op === 0xd6);
    default:
      return exceptions(c, op);
  }
}

function brOnNull(c: Checker, onNonNull: boolean): void {
  c.ctx.features.add('function-references');
  const f = c.label(c.u32());
  const r = c.popRef();
  const types = c.labelTypes(f);
  if (!onNonNull) {
    c.popAll(types);
    c.pushAll(c.labelTypes(f));
    return c.push(r === BOTTOM ? BOTTOM : ref(heapOf(r), false));
  }
  const n = types.length;
  if (n === 0 || types[n - 1] < REF_BASE) c.err('needs a label whose last type is a reference');
  const last = types[n - 1];
  if (r !== BOTTOM && !c.t.isSubtype(ref(heapOf(r), false), last))
    c.err(`operand ${c.t.name(r)} does not match the label's ${c.t.name(last)}`);
  c.popAll(types.slice(0, n - 1));
  c.pushAll(types.slice(0, n - 1));
}

function tagParams(c: Checker, x: number): readonly ValType[] {
  const t = c.ctx.tags[x];
  if (t === undefined) c.err(`tag ${x} out of range (${c.ctx.tags.length} tags)`);
  return c.t.funcType(t)!.params;
}

function exceptions(c: Checker, op: number): void {
  const cur = c.cur;
  const features = c.ctx.features;
  switch (op) {
    case 0x08:
      features.add('exceptions');
      c.popAll(tagParams(c, c.u32()));
      return c.unreachable();
    case 0x0a:
      features.add('exceptions');
      c.popT(abstractRef(H.exn, true));
      return c.unreachable();
    case 0x1f:
      return tryTable(c);
    case 0x06:
      features.add('legacy-exceptions');
      return c.pushCtl(TRY, blockType(c));
    case 0x07: {
      features.add('legacy-exceptions');
      const k = c.cKind[c.depth - 1];
      if (k !== TRY && k !== CATCH) c.err('without a matching try');
      const params = tagParams(c, c.u32());
      c.nextArm(CATCH);
      return c.pushAll(params);
    }
    case 0x19: {
      features.add('legacy-exceptions');
      const k = c.cKind[c.depth - 1];
      if (k !== TRY && k !== CATCH) c.err('without a matching try');
      c.nextArm(CATCH_ALL);
      return;
    }
    case 0x09: {
      features.add('legacy-exceptions');
      const f = c.label(c.u32());
      if (c.cKind[f] !== CATCH && c.cKind[f] !== CATCH_ALL) c.err('must target a catch block');
      return c.unreachable();
    }
    case 0x18: {
      features.add('legacy-exceptions');
      const f = c.depth - 1;
      if (c.cKind[f] !== TRY) c.err('without a matching try');
      const l = c.u32();
      c.popCtl();
      c.label(l);
      return c.pushAll(c.results(c.cBt[f]));
    }
    default:
      return cur.fail(`unknown opcode 0x${op.toString(16)}`, c.opAt);
  }
}

function tryTable(c: Checker): void {
  const cur = c.cur;
  c.ctx.features.add('exceptions');
  const bt = blockType(c);
  const n = cur.count(2);
  for (let i = 0; i < n; i++) {
    const at = cur.pos;
    const kind = cur.u8();
    if (kind > 3) cur.fail(`malformed catch clause kind ${kind}`, at);
    const params = kind < 2 ? tagParams(c, c.u32()) : [];
    const f = c.label(c.u32());
    const want = kind & 1 ? [...params, EXNREF_NN] : params;
    const got = c.labelTypes(f);
    const ok = want.length === got.length && want.every((t, j) => c.t.isSubtype(t, got[j]));
    if (!ok) cur.invalid(`try_table catch clause ${i}: the label does not take the caught values`, at);
  }
  c.pushCtl(TRY_TABLE, bt);
}
