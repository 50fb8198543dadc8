/**
 * Element segments (the element section, buffered whole) and data segment headers (the data section is streamed: the
 * reader parses each header and offset expression here and skips the payload without holding it).
 */
import { validateConstExpr } from './code.js';
import type { Cursor } from './leb128.js';
import { LIMITS } from './limits.js';
import { I32, I64, type ModuleContext, type ValType } from './module.js';
import { FUNCREF, limitedCount, REF_FUNC, type ModuleState } from './sections.js';
import { readRefType } from './types.js';

/** The offset expression of an active segment: i32, or i64 for a 64-bit table or memory. */
function offsetType(is64: boolean): ValType {
  return is64 ? I64 : I32;
}

function activeTable(cur: Cursor, ctx: ModuleContext, explicit: boolean, k: number): number {
  const at = cur.pos;
  const table = explicit ? cur.u32() : 0;
  if (table >= ctx.tables.length)
    cur.invalid(`element segment ${k} refers to table ${table}, but there are ${ctx.tables.length}`, at);
  if (table !== 0) ctx.features.add('reference-types');
  validateConstExpr(cur, ctx, offsetType(ctx.tables[table].limits.is64));
  return table;
}

function elemType(cur: Cursor, ctx: ModuleContext, flags: number): ValType {
  const exprs = (flags & 4) !== 0;
  if ((flags & 3) === 0) return exprs ? FUNCREF : REF_FUNC;
  if (exprs) return readRefType(cur, ctx);
  const at = cur.pos;
  const kind = cur.u8();
  if (kind !== 0) cur.fail(`invalid element kind 0x${kind.toString(16)} (only 0x00, funcref, exists)`, at);
  return REF_FUNC;
}

function readElementSegment(cur: Cursor, ctx: ModuleContext, k: number): void {
  const at = cur.pos;
  const flags = cur.u32();
  if (flags > 7) cur.fail(`invalid element segment flags ${flags}`, at);
  const active = (flags & 1) === 0;
  const table = active ? activeTable(cur, ctx, (flags & 2) !== 0, k) : -1;
  const type = elemType(cur, ctx, flags);
  const n = limitedCount(cur, 1, LIMITS.elementEntries, `entries in element segment ${k}`);
  if (flags & 4) {
    for (let i = 0; i < n; i++) validateConstExpr(cur, ctx, type);
    ctx.features.add('reference-types');
  } else {
    for (let i = 0; i < n; i++) {
      const fat = cur.pos;
      const f = cur.u32();
      if (f >= ctx.funcs.length)
        cur.invalid(`element segment ${k} refers to function ${f}, but there are ${ctx.funcs.length}`, fat);
      ctx.declaredFuncRefs.add(f);
    }
  }
  if (active) {
    const tt = ctx.tables[table].elem;
    if (!ctx.types.isSubtype(type, tt))
      cur.invalid(
        `element segment ${k} of type ${ctx.types.name(type)} does not fit table ${table} of type ${ctx.types.name(tt)}`,
        at,
      );
  } else ctx.features.add(flags & 2 ? 'reference-types' : 'bulk-memory');
  ctx.elems.push(type);
}

export function readElementSection(cur: Cursor, st: ModuleState): void {
  const n = limitedCount(cur, 3, LIMITS.elementSegments, 'element segments');
  for (let k = 0; k < n; k++) readElementSegment(cur, st.ctx, k);
  cur.expectEnd();
}

/** The data section's segment count, checked against the limit and the DataCount section. */
export function readDataCount(cur: Cursor, ctx: ModuleContext): number {
  const at = cur.pos;
  const n = cur.u32();
  if (n > LIMITS.dataSegments)
    cur.invalid(`too many data segments (${n}): the limit is ${LIMITS.dataSegments}`, at);
  if (ctx.dataCount !== undefined && ctx.dataCount !== n)
    cur.fail(`the data count section declares ${ctx.dataCount} segment(s) but the data section has ${n}`, at);
  return n;
}

/**
 * One data segment's header: flags, memory index and offset expression, then the payload length (returned; the
 * caller skips that many bytes).
 */
export function readDataHeader(cur: Cursor, ctx: ModuleContext, k: number): number {
  const at = cur.pos;
  const flags = cur.u32();
  if (flags > 2) cur.fail(`invalid data segment flags ${flags}`, at);
  if (flags === 1) ctx.features.add('bulk-memory');
  else {
    const mat = cur.pos;
    const mem = flags === 2 ? cur.u32() : 0;
    if (mem >= ctx.memories.length)
      cur.invalid(`data segment ${k} refers to memory ${mem}, but there are ${ctx.memories.length}`, mat);
    validateConstExpr(cur, ctx, offsetType(ctx.memories[mem].is64));
  }
  return cur.u32();
}
