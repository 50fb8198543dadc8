/**
 * What the validator knows about a core module while it streams through it: the contract between the section reader
 * (reader.ts / sections.ts: framing, imports, tables, memories, globals, exports, elements, data) and the type and
 * instruction checker (types.ts / code.ts: the type section, value types, constant expressions, function bodies).
 *
 * Value types are numbers, never objects (a module can declare a million of them):
 *   - numeric and vector types are their binary codes: I32 0x7f, I64 0x7e, F32 0x7d, F64 0x7c, V128 0x7b;
 *   - packed storage types (struct/array fields only): I8 0x78, I16 0x77;
 *   - a reference type is `REF_BASE + heap * 2 + (nullable ? 1 : 0)`, where `heap` is a type index (>= 0) for a
 *     concrete heap type, or `ABSTRACT_HEAP_BASE + code` for an abstract one (code = its binary byte, e.g. 0x70 func);
 *   - BOTTOM (-1) is the unknown type popped from an unreachable stack.
 */
import type { Cursor } from './leb128.js';

export const I32 = 0x7f;
export const I64 = 0x7e;
export const F32 = 0x7d;
export const F64 = 0x7c;
export const V128 = 0x7b;
export const I8 = 0x78;
export const I16 = 0x77;
export const BOTTOM = -1;
export const REF_BASE = 0x100;
/** Abstract heap types are encoded above every possible type index (the types limit is 1,000,000). */
export const ABSTRACT_HEAP_BASE = 1 << 24;

export type ValType = number;

/** Standardised proposals a module was seen to use (stable names, reported to the user). */
export type Feature =
  | 'bulk-memory'
  | 'exceptions'
  | 'extended-const'
  | 'function-references'
  | 'gc'
  | 'legacy-exceptions'
  | 'memory64'
  | 'multi-memory'
  | 'multi-value'
  | 'mutable-globals'
  | 'nontrapping-fptoint'
  | 'reference-types'
  | 'relaxed-simd'
  | 'sign-ext'
  | 'simd'
  | 'tail-call'
  | 'threads';

export interface Limits {
  min: bigint;
  max?: bigint;
  shared: boolean;
  /** memory64 / table64: i64 addresses */
  is64: boolean;
}

export interface TableType {
  elem: ValType;
  limits: Limits;
}

export interface GlobalType {
  type: ValType;
  mutable: boolean;
}

/**
 * The module as known so far. The section reader fills the index spaces in section order (imports first, then the
 * module's own definitions); the type checker reads them. Everything a function body may refer to is known before
 * the code section starts, except `dataCount` when the module has no DataCount section.
 */
export interface ModuleContext {
  /** the type section, canonicalised; owned by types.ts (see `TypeTable` there) */
  readonly types: TypeTableView;
  /** type index of every function, imports first */
  funcs: number[];
  tables: TableType[];
  memories: Limits[];
  globals: GlobalType[];
  /** number of imported globals: constant expressions may only read those (and, in 3.0, earlier immutable ones) */
  importedGlobals: number;
  /** type index of every tag, imports first */
  tags: number[];
  /** element segment types, in order */
  elems: ValType[];
  /** from the DataCount section; undefined when absent (then memory.init and data.drop are invalid) */
  dataCount?: number;
  /** functions that may be named by `ref.func` in a body: those in exports, elements and globals (spec "C.refs") */
  declaredFuncRefs: Set<number>;
  /** proposals seen; both halves add to it */
  features: Set<Feature>;
}

/** The view of the type table that the section reader needs (types.ts implements it). */
export interface TypeTableView {
  readonly length: number;
  /** params and results of a function type, or undefined when `index` is not a function type */
  funcType(index: number): { params: readonly ValType[]; results: readonly ValType[] } | undefined;
  /** true when `a` is a subtype of `b` (value types) */
  isSubtype(a: ValType, b: ValType): boolean;
  /** true when the type has a default value (numeric, vector, or nullable reference) */
  defaultable(t: ValType): boolean;
  /** human-readable name of a value type for error messages, e.g. `i32`, `(ref null 3)`, `funcref` */
  name(t: ValType): string;
}

/** The cursor type every decoder shares; re-exported so both halves import one name. */
export type { Cursor };
