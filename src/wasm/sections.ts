/**
 * Module-level sections of a core module (everything but type, code and data payloads): imports, functions, tables,
 * memories, tags, globals, exports, the start function and the DataCount section. Each reader gets a cursor over one
 * whole buffered section, fills the module context in section order and checks the section-level rules of the
 * WebAssembly 3.0 spec (index bounds, limits, export name uniqueness, start type) and the JS-API limits (limits.ts).
 * Element segments and data segment headers are in segments.ts.
 */
import { q } from '../log.js';
import type { Cursor } from './leb128.js';
import { LIMITS } from './limits.js';
import { ABSTRACT_HEAP_BASE, REF_BASE, type Limits, type ModuleContext, type ValType } from './module.js';
import { readRefType, readValType } from './types.js';
import { validateConstExpr } from './code.js';

export type ExternKind = 'func' | 'table' | 'memory' | 'global' | 'tag';
export const EXTERN_KINDS: readonly ExternKind[] = ['func', 'table', 'memory', 'global', 'tag'];

export interface WasmImport {
  module: string;
  name: string;
  kind: ExternKind;
  /** function imports: index into the type section */
  typeIndex?: number;
  /** function imports: parameter / result counts of the function type */
  params?: number;
  results?: number;
}

export interface WasmExport {
  name: string;
  kind: ExternKind;
  index: number;
  /** exported functions: parameter / result counts, resolved through imports + function section */
  params?: number;
  results?: number;
}

/** What the section readers accumulate besides the module context. */
export interface ModuleState {
  ctx: ModuleContext;
  imports: WasmImport[];
  exports: WasmExport[];
  importedFuncs: number;
  /** entries of the function section (functions the code section must define) */
  definedFuncs: number;
}

/** `funcref`, i.e. (ref null func) */
export const FUNCREF: ValType = REF_BASE + (ABSTRACT_HEAP_BASE + 0x70) * 2 + 1;
/** (ref func): the element type of segments written as function indices */
export const REF_FUNC: ValType = REF_BASE + (ABSTRACT_HEAP_BASE + 0x70) * 2;

export function isNullable(t: ValType): boolean {
  return t >= REF_BASE && ((t - REF_BASE) & 1) === 1;
}

/** A vector length checked against a JS-API limit (and against the bytes left, at `minBytes` per element). */
export function limitedCount(
  cur: Cursor,
  minBytes: number,
  limit: number,
  what: string,
  already = 0,
): number {
  const at = cur.pos;
  const n = cur.count(minBytes);
  if (already + n > limit) {
    const total = already > 0 ? ` (${already} + ${n})` : ` (${n})`;
    cur.invalid(`too many ${what}${total}: the limit is ${limit.toLocaleString('en-US')}`, at);
  }
  return n;
}

/** The type of function type index `t`, or an error naming `what`. */
export function funcTypeAt(cur: Cursor, ctx: ModuleContext, t: number, what: string, at: number) {
  if (t >= ctx.types.length)
    cur.invalid(`${what}: type index ${t} is out of range (${ctx.types.length} types)`, at);
  const ft = ctx.types.funcType(t);
  if (!ft) cur.invalid(`${what}: type ${t} is not a function type`, at);
  return ft;
}

function readLimits(cur: Cursor, what: 'memory' | 'table'): Limits {
  const at = cur.pos;
  const flags = cur.u8();
  const allowed = what === 'memory' ? 0x07 : 0x05;
  if (flags & ~allowed) cur.fail(`invalid ${what} limits flags 0x${flags.toString(16)}`, at);
  const is64 = (flags & 0x04) !== 0;
  const read = (): bigint => (is64 ? cur.u64() : BigInt(cur.u32()));
  const min = read();
  const max = flags & 0x01 ? read() : undefined;
  return { min, max, shared: (flags & 0x02) !== 0, is64 };
}

function checkMemory(cur: Cursor, ctx: ModuleContext, l: Limits, at: number): void {
  const bound = l.is64 ? LIMITS.memory64Pages : LIMITS.memory32Pages;
  const kind = l.is64 ? 'memory64' : 'memory32';
  if (l.min > bound)
    cur.invalid(`memory minimum ${l.min} pages exceeds the ${kind} limit of ${bound} pages`, at);
  if (l.max !== undefined) {
    if (l.max > bound)
      cur.invalid(`memory maximum ${l.max} pages exceeds the ${kind} limit of ${bound} pages`, at);
    if (l.max < l.min) cur.invalid(`memory maximum ${l.max} is smaller than its minimum ${l.min}`, at);
  }
  if (l.shared) {
    if (l.max === undefined) cur.invalid('a shared memory must declare a maximum size', at);
    ctx.features.add('threads');
  }
  if (l.is64) ctx.features.add('memory64');
  if (ctx.memories.length + 1 > LIMITS.memories)
    cur.invalid(`too many memories: the limit is ${LIMITS.memories}`, at);
  ctx.memories.push(l);
  if (ctx.memories.length > 1) ctx.features.add('multi-memory');
}

function readTableType(cur: Cursor, ctx: ModuleContext): { elem: ValType; limits: Limits; at: number } {
  const at = cur.pos;
  const elem = readRefType(cur, ctx);
  const limits = readLimits(cur, 'table');
  if (limits.max !== undefined && limits.max < limits.min)
    cur.invalid(`table maximum ${limits.max} is smaller than its minimum ${limits.min}`, at);
  if (limits.min > BigInt(LIMITS.tableSize))
    cur.invalid(`table minimum ${limits.min} exceeds the limit of ${LIMITS.tableSize} elements`, at);
  if (limits.is64) ctx.features.add('memory64');
  return { elem, limits, at };
}

function addTable(cur: Cursor, ctx: ModuleContext, elem: ValType, limits: Limits, at: number): void {
  if (ctx.tables.length + 1 > LIMITS.tables)
    cur.invalid(`too many tables: the limit is ${LIMITS.tables}`, at);
  ctx.tables.push({ elem, limits });
  if (elem !== FUNCREF || ctx.tables.length > 1) ctx.features.add('reference-types');
}

function readTagType(cur: Cursor, ctx: ModuleContext): number {
  const at = cur.pos;
  const attr = cur.u8();
  if (attr !== 0) cur.fail(`invalid tag attribute 0x${attr.toString(16)}`, at);
  const tat = cur.pos;
  const t = cur.u32();
  const ft = funcTypeAt(cur, ctx, t, 'tag', tat);
  if (ft.results.length > 0) cur.invalid(`tag type ${t} has results; a tag's type must be [t*] -> []`, tat);
  if (ctx.tags.length + 1 > LIMITS.tags) cur.invalid(`too many tags: the limit is ${LIMITS.tags}`, at);
  ctx.features.add('exceptions');
  return t;
}

function readMutability(cur: Cursor): boolean {
  const at = cur.pos;
  const m = cur.u8();
  if (m > 1) cur.fail(`invalid global mutability 0x${m.toString(16)}`, at);
  return m === 1;
}

export function readImportSection(cur: Cursor, st: ModuleState): void {
  const { ctx } = st;
  const n = limitedCount(cur, 4, LIMITS.imports, 'imports');
  for (let k = 0; k < n; k++) {
    const module = cur.name();
    const name = cur.name();
    const at = cur.pos;
    const kindByte = cur.u8();
    const imp: WasmImport = { module, name, kind: EXTERN_KINDS[kindByte] ?? 'func' };
    switch (kindByte) {
      case 0: {
        const tat = cur.pos;
        const t = cur.u32();
        const ft = funcTypeAt(cur, ctx, t, `import ${k}`, tat);
        if (ctx.funcs.length + 1 > LIMITS.functions) cur.invalid('too many functions', at);
        ctx.funcs.push(t);
        st.importedFuncs++;
        imp.typeIndex = t;
        imp.params = ft.params.length;
        imp.results = ft.results.length;
        break;
      }
      case 1: {
        const { elem, limits, at: tat } = readTableType(cur, ctx);
        addTable(cur, ctx, elem, limits, tat);
        break;
      }
      case 2:
        checkMemory(cur, ctx, readLimits(cur, 'memory'), at + 1);
        break;
      case 3: {
        const type = readValType(cur, ctx);
        const mutable = readMutability(cur);
        if (mutable) ctx.features.add('mutable-globals');
        if (ctx.globals.length + 1 > LIMITS.globals) cur.invalid('too many globals', at);
        ctx.globals.push({ type, mutable });
        ctx.importedGlobals++;
        break;
      }
      case 4:
        ctx.tags.push(readTagType(cur, ctx));
        break;
      default:
        cur.fail(`unknown import kind 0x${kindByte.toString(16)}`, at);
    }
    st.imports.push(imp);
  }
  cur.expectEnd();
}

export function readFunctionSection(cur: Cursor, st: ModuleState): void {
  const { ctx } = st;
  const n = limitedCount(cur, 1, LIMITS.functions, 'functions', ctx.funcs.length);
  for (let k = 0; k < n; k++) {
    const at = cur.pos;
    const t = cur.u32();
    funcTypeAt(cur, ctx, t, `function ${ctx.funcs.length}`, at);
    ctx.funcs.push(t);
  }
  st.definedFuncs = n;
  cur.expectEnd();
}

export function readTableSection(cur: Cursor, st: ModuleState): void {
  const { ctx } = st;
  const n = limitedCount(cur, 3, LIMITS.tables, 'tables', ctx.tables.length);
  for (let k = 0; k < n; k++) {
    const at = cur.pos;
    let init = false;
    if (cur.peek() === 0x40) {
      cur.u8();
      const z = cur.u8();
      if (z !== 0) cur.fail(`invalid table encoding 0x40 0x${z.toString(16)}`, at);
      init = true;
    }
    const { elem, limits } = readTableType(cur, ctx);
    if (init) validateConstExpr(cur, ctx, elem);
    else if (!isNullable(elem))
      cur.invalid(
        `table ${ctx.tables.length} of non-nullable type ${ctx.types.name(elem)} needs an initializer`,
        at,
      );
    addTable(cur, ctx, elem, limits, at);
  }
  cur.expectEnd();
}

export function readMemorySection(cur: Cursor, st: ModuleState): void {
  const n = limitedCount(cur, 2, LIMITS.memories, 'memories', st.ctx.memories.length);
  for (let k = 0; k < n; k++) {
    const at = cur.pos;
    checkMemory(cur, st.ctx, readLimits(cur, 'memory'), at);
  }
  cur.expectEnd();
}

export function readTagSection(cur: Cursor, st: ModuleState): void {
  const n = limitedCount(cur, 2, LIMITS.tags, 'tags', st.ctx.tags.length);
  for (let k = 0; k < n; k++) st.ctx.tags.push(readTagType(cur, st.ctx));
  cur.expectEnd();
}

export function readGlobalSection(cur: Cursor, st: ModuleState): void {
  const { ctx } = st;
  const n = limitedCount(cur, 3, LIMITS.globals, 'globals', ctx.globals.length);
  for (let k = 0; k < n; k++) {
    const type = readValType(cur, ctx);
    const mutable = readMutability(cur);
    validateConstExpr(cur, ctx, type);
    ctx.globals.push({ type, mutable });
  }
  cur.expectEnd();
}

function exportIndexBound(st: ModuleState, kind: number): number {
  const { ctx } = st;
  return [ctx.funcs.length, ctx.tables.length, ctx.memories.length, ctx.globals.length, ctx.tags.length][
    kind
  ];
}

export function readExportSection(cur: Cursor, st: ModuleState): void {
  const { ctx } = st;
  const n = limitedCount(cur, 3, LIMITS.exports, 'exports');
  const names = new Set<string>();
  for (let k = 0; k < n; k++) {
    const at = cur.pos;
    const name = cur.name();
    if (names.has(name)) cur.invalid(`duplicate export name ${q(name, 200)}`, at);
    names.add(name);
    const kat = cur.pos;
    const kindByte = cur.u8();
    const kind = EXTERN_KINDS[kindByte];
    if (kind === undefined) cur.fail(`unknown export kind 0x${kindByte.toString(16)}`, kat);
    const iat = cur.pos;
    const index = cur.u32();
    const bound = exportIndexBound(st, kindByte);
    if (index >= bound) {
      const noun = kind === 'func' ? 'function' : kind;
      cur.invalid(`export ${q(name, 200)} refers to ${noun} ${index}, but the module has ${bound}`, iat);
    }
    const e: WasmExport = { name, kind, index };
    if (kindByte === 0) {
      ctx.declaredFuncRefs.add(index);
      const ft = ctx.types.funcType(ctx.funcs[index]);
      if (ft) {
        e.params = ft.params.length;
        e.results = ft.results.length;
      }
    } else if (kindByte === 3 && ctx.globals[index].mutable) ctx.features.add('mutable-globals');
    st.exports.push(e);
  }
  cur.expectEnd();
}

export function readStartSection(cur: Cursor, st: ModuleState): void {
  const { ctx } = st;
  const at = cur.pos;
  const f = cur.u32();
  if (f >= ctx.funcs.length)
    cur.invalid(`start function ${f} is out of range (${ctx.funcs.length} functions)`, at);
  const ft = ctx.types.funcType(ctx.funcs[f]);
  if (!ft || ft.params.length > 0 || ft.results.length > 0)
    cur.invalid(`start function ${f} must have type [] -> []`, at);
  cur.expectEnd();
}

export function readDataCountSection(cur: Cursor, st: ModuleState): void {
  const at = cur.pos;
  const n = cur.u32();
  if (n > LIMITS.dataSegments)
    cur.invalid(`too many data segments (${n}): the limit is ${LIMITS.dataSegments}`, at);
  st.ctx.dataCount = n;
  st.ctx.features.add('bulk-memory');
  cur.expectEnd();
}
