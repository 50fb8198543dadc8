/**
 * The type section and value types of WebAssembly 3.0: function, struct and array composite types, `sub` / `sub final`
 * declarations with their supertype, `rec` groups with iso-recursive type equivalence, and the heap-type and value-type
 * subtyping the instruction checker (code.ts) relies on.
 *
 * The type table, its canonicalisation of rec groups and the subtyping rules are in type-table.ts.
 *
 * Implementation limits (the JS API's, which V8 13.6 enforces): 1,000,000 types in all, 1,000 params and 1,000 results
 * per function type, 10,000 fields per struct, subtyping depth 63 (V8's kV8MaxRttSubtypingDepth).
 */
import type { Cursor } from './leb128.js';
import { LIMITS } from './limits.js';
import { ABSTRACT_HEAP_BASE, I16, I32, I8, V128, type ModuleContext, type ValType } from './module.js';
import {
  ABSTRACT_NAMES,
  H,
  KIND_ARRAY,
  KIND_FUNC,
  KIND_STRUCT,
  TypeTable,
  abstractRef,
  grow,
  ref,
} from './type-table.js';

export {
  H,
  KIND_ARRAY,
  KIND_FUNC,
  KIND_STRUCT,
  TypeTable,
  abstractRef,
  heapOf,
  isRef,
  nullable,
  ref,
} from './type-table.js';

export const MAX_STRUCT_FIELDS = 10_000;
export const MAX_SUBTYPING_DEPTH = 63;

/** s33 heap type: an abstract one (negative single byte) or a type index below `bound` */
export function readHeapType(cur: Cursor, ctx: ModuleContext, bound = ctx.types.length): number {
  const at = cur.pos;
  const b = cur.peek();
  if (ABSTRACT_NAMES[b] !== undefined) {
    cur.pos++;
    markHeap(ctx, b);
    return ABSTRACT_HEAP_BASE + b;
  }
  const idx = cur.s33();
  if (idx < 0) cur.fail(`unknown heap type 0x${(b & 0x7f).toString(16)}`, at);
  if (idx >= bound) cur.invalid(`type index ${idx} out of range (${bound} types)`, at);
  ctx.features.add('function-references');
  return idx;
}

function markHeap(ctx: ModuleContext, b: number): void {
  if (b === H.exn || b === H.noexn) ctx.features.add('exceptions');
  else if (b !== H.func && b !== H.extern) ctx.features.add('gc');
}

/** a reference type: 0x63 ht (nullable), 0x64 ht, or a shorthand byte (`funcref`, `externref`, …) */
export function readRefType(cur: Cursor, ctx: ModuleContext, bound = ctx.types.length): ValType {
  const at = cur.pos;
  const b = cur.peek();
  if (b === 0x63 || b === 0x64) {
    cur.pos++;
    ctx.features.add('function-references');
    return ref(readHeapType(cur, ctx, bound), b === 0x63);
  }
  if (ABSTRACT_NAMES[b] === undefined) cur.fail(`unknown reference type 0x${b.toString(16)}`, at);
  cur.pos++;
  markHeap(ctx, b);
  if (b === H.extern) ctx.features.add('reference-types');
  return abstractRef(b, true);
}

export function readValType(cur: Cursor, ctx: ModuleContext, bound = ctx.types.length): ValType {
  const b = cur.peek();
  if (b >= V128 && b <= I32) {
    cur.pos++;
    if (b === V128) ctx.features.add('simd');
    return b;
  }
  if (b === H.func) ctx.features.add('reference-types');
  return readRefType(cur, ctx, bound);
}

function readStorageType(cur: Cursor, ctx: ModuleContext, bound: number): ValType {
  const b = cur.peek();
  if (b === I8 || b === I16) {
    cur.pos++;
    return b;
  }
  return readValType(cur, ctx, bound);
}

function readFieldMut(cur: Cursor): number {
  const at = cur.pos;
  const m = cur.u8();
  if (m > 1) cur.fail(`malformed mutability 0x${m.toString(16)}`, at);
  return m;
}

/** a vector of value types appended to the pool after its length */
function readValTypes(
  cur: Cursor,
  ctx: ModuleContext,
  t: TypeTable,
  bound: number,
  limit: number,
  what: string,
): number {
  const at = cur.pos;
  const n = cur.count(1);
  if (n > limit) cur.fail(`${n} ${what} exceed the limit of ${limit}`, at, 'too-large');
  t.pool = growPool(t, n);
  for (let i = 0; i < n; i++) t.pool[t.poolLen++] = readValType(cur, ctx, bound);
  return n;
}

function growPool(t: TypeTable, more: number): TypeTable['pool'] {
  return grow(t.pool, t.poolLen + more);
}

/** one composite type (func 0x60, struct 0x5f, array 0x5e), into the pool at t.off[t.length] */
function readCompType(cur: Cursor, ctx: ModuleContext, t: TypeTable, bound: number): void {
  const at = cur.pos;
  const form = cur.u8();
  const i = t.length;
  const o = t.poolLen;
  t.off[i] = o;
  if (form === 0x60) {
    t.kind[i] = KIND_FUNC;
    t.poolLen += 2;
    // (the pool may be replaced while the vectors are read: store the counts after)
    const np = readValTypes(cur, ctx, t, bound, LIMITS.params, 'parameters');
    const nr = readValTypes(cur, ctx, t, bound, LIMITS.results, 'results');
    t.pool[o] = np;
    t.pool[o + 1] = nr;
    if (nr > 1) ctx.features.add('multi-value');
    return;
  }
  if (form !== 0x5f && form !== 0x5e) cur.fail(`unknown type form 0x${form.toString(16)}`, at);
  ctx.features.add('gc');
  t.kind[i] = form === 0x5f ? KIND_STRUCT : KIND_ARRAY;
  const n = form === 0x5e ? 1 : cur.count(2);
  if (n > MAX_STRUCT_FIELDS)
    cur.fail(`${n} struct fields exceed the limit of ${MAX_STRUCT_FIELDS}`, at, 'too-large');
  t.pool = growPool(t, 1 + 2 * n);
  t.pool[t.poolLen++] = n;
  for (let k = 0; k < n; k++) {
    t.pool[t.poolLen++] = readStorageType(cur, ctx, bound);
    t.pool[t.poolLen++] = readFieldMut(cur);
  }
}

/** a sub type: `sub x* ct`, `sub final x* ct` or a plain composite type (final, no supertype) */
function readSubType(cur: Cursor, ctx: ModuleContext, t: TypeTable, bound: number): void {
  const b = cur.peek();
  const self = t.length;
  let sup = -1;
  let final = true;
  if (b === 0x50 || b === 0x4f) {
    cur.pos++;
    ctx.features.add('gc');
    final = b === 0x4f;
    const at = cur.pos;
    const n = cur.u32();
    if (n > 1) cur.invalid(`type ${self} declares ${n} supertypes (at most 1 is allowed)`, at);
    if (n === 1) {
      const sat = cur.pos;
      sup = cur.u32();
      if (sup >= self) cur.invalid(`type ${self}: supertype ${sup} is not defined before it`, sat);
    }
  }
  t.reserve(4);
  readCompType(cur, ctx, t, bound);
  t.final[self] = final ? 1 : 0;
  t.sup[self] = sup;
  t.depth[self] = sup < 0 ? 0 : Math.min(t.depth[sup] + 1, 255);
  t.canon[self] = self;
  t.length++;
}

/** storage field `a` (mutable `ma`) may specialise field `b` (mutable `mb`) */
function fieldSub(t: TypeTable, a: ValType, ma: boolean, b: ValType, mb: boolean): boolean {
  if (ma !== mb) return false;
  if (a === I8 || a === I16 || b === I8 || b === I16) return a === b;
  return ma ? t.equal(a, b) : t.isSubtype(a, b);
}

function funcSub(t: TypeTable, i: number, s: number): boolean {
  const f = t.funcType(i)!;
  const g = t.funcType(s)!;
  return (
    f.params.length === g.params.length &&
    f.results.length === g.results.length &&
    f.params.every((p, j) => t.isSubtype(g.params[j], p)) &&
    f.results.every((r, j) => t.isSubtype(r, g.results[j]))
  );
}

/** the declared supertype's rules: not final, same kind, matching composite type, depth ≤ 63 */
function checkSub(cur: Cursor, t: TypeTable, i: number, at: number): void {
  const s = t.sup[i];
  const bad = (why: string): never => cur.invalid(`type ${i} cannot be a subtype of type ${s}: ${why}`, at);
  if (t.final[s]) bad(`type ${s} is final`);
  if (t.depth[i] > MAX_SUBTYPING_DEPTH) bad(`subtyping depth exceeds ${MAX_SUBTYPING_DEPTH}`);
  if (t.kind[i] !== t.kind[s]) bad('different kinds of type');
  if (t.kind[i] === KIND_FUNC) {
    if (!funcSub(t, i, s)) bad('function types do not match');
    return;
  }
  const n = t.fieldCount(s);
  if (t.fieldCount(i) < n) bad('fewer fields than the supertype');
  for (let j = 0; j < n; j++)
    if (!fieldSub(t, t.fieldType(i, j), t.fieldMut(i, j), t.fieldType(s, j), t.fieldMut(s, j)))
      bad(`field ${j} does not match`);
}

/** The whole type section's content: a vector of rec groups (or plain sub types). */
export function readTypeSection(cur: Cursor, ctx: ModuleContext): void {
  const t = ctx.types as TypeTable;
  const at = cur.pos;
  const groups = cur.count(1);
  if (groups > LIMITS.types)
    cur.fail(`${groups} type definitions exceed the limit of ${LIMITS.types}`, at, 'too-large');
  for (let g = 0; g < groups; g++) {
    const at = cur.pos;
    let n = 1;
    if (cur.peek() === 0x4e) {
      cur.pos++;
      ctx.features.add('gc');
      n = cur.count(1);
    }
    if (t.length + n > LIMITS.types)
      cur.fail(`more than ${LIMITS.types} types (the implementation limit)`, at, 'too-large');
    const start = t.length;
    const poolStart = t.poolLen;
    const bound = start + n;
    for (let i = 0; i < n; i++) readSubType(cur, ctx, t, bound);
    if (t.canonicalise(start, poolStart)) continue;
    for (let i = 0; i < n; i++) if (t.sup[start + i] >= 0) checkSub(cur, t, start + i, at);
  }
  cur.expectEnd();
}
