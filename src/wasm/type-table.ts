/**
 * The type table of a module and the subtyping of WebAssembly 3.0 value and heap types (abstract hierarchies any, func,
 * extern, exn with their bottoms; concrete types by their declared supertype chain).
 *
 * Type equivalence: every rec group is canonicalised when it is read. Groups are hashed with references inside the
 * group as relative positions and references to earlier types as their canonical index, and compared structurally on a
 * hash match; equal groups are the same types (the spec's "rolled-up" equality), so concrete heap types compare by
 * `canon[i]` in O(1). Storage is typed arrays (no object per type), so a million types cost a few tens of MB.
 */
import {
  ABSTRACT_HEAP_BASE,
  BOTTOM,
  F32,
  F64,
  I16,
  I32,
  I64,
  I8,
  REF_BASE,
  V128,
  type TypeTableView,
  type ValType,
} from './module.js';

export const KIND_FUNC = 0;
export const KIND_STRUCT = 1;
export const KIND_ARRAY = 2;

/** abstract heap types by their binary byte */
export const H = {
  noexn: 0x74,
  nofunc: 0x73,
  noextern: 0x72,
  none: 0x71,
  func: 0x70,
  extern: 0x6f,
  any: 0x6e,
  eq: 0x6d,
  i31: 0x6c,
  struct: 0x6b,
  array: 0x6a,
  exn: 0x69,
} as const;

export const ABSTRACT_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(H).map(([k, v]) => [v, k]),
);

/** a reference type from its heap type (`ABSTRACT_HEAP_BASE + byte` or a type index) */
export function ref(heap: number, nullable: boolean): ValType {
  return REF_BASE + heap * 2 + (nullable ? 1 : 0);
}
export function abstractRef(code: number, nullable: boolean): ValType {
  return ref(ABSTRACT_HEAP_BASE + code, nullable);
}
export function isRef(t: ValType): boolean {
  return t >= REF_BASE;
}
export function heapOf(t: ValType): number {
  return (t - REF_BASE) >> 1;
}
export function nullable(t: ValType): boolean {
  return ((t - REF_BASE) & 1) === 1;
}

const NONE: ValType[] = [];

interface FuncType {
  params: ValType[];
  results: ValType[];
}

export function grow<T extends Uint8Array | Int32Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  let m = a.length * 2;
  while (m < n) m *= 2;
  const b = new (a.constructor as new (n: number) => T)(m);
  b.set(a);
  return b;
}

/**
 * The types of a module in typed arrays (a module may declare a million types): per type its kind, finality,
 * declared supertype, subtyping depth, canonical index and the offset of its composite type in `pool`:
 * function [nparams, nresults, params…, results…]; struct and array [nfields, (type, mutable)…].
 * A rec group equal to an earlier one shares that group's composite types.
 */
export class TypeTable implements TypeTableView {
  length = 0;
  kind = new Uint8Array(16);
  final = new Uint8Array(16);
  /** declared supertype index or -1 */
  sup = new Int32Array(16);
  depth = new Uint8Array(16);
  /** canonical representative index: equal for iso-recursively equivalent types */
  canon = new Int32Array(16);
  off = new Int32Array(16);
  pool = new Int32Array(64);
  poolLen = 0;
  /** rec groups by hash (open addressing; slot = group start + 1) */
  private slots = new Int32Array(64);
  private groups = 0;
  /** per group start: its size and hash */
  private gsize = new Int32Array(16);
  private ghash = new Int32Array(16);
  private funcs = new Map<number, FuncType>();

  /** room for one more type and `values` more pool entries */
  reserve(values: number): void {
    const n = this.length + 1;
    if (n > this.kind.length) {
      this.kind = grow(this.kind, n);
      this.final = grow(this.final, n);
      this.sup = grow(this.sup, n);
      this.depth = grow(this.depth, n);
      this.canon = grow(this.canon, n);
      this.off = grow(this.off, n);
      this.gsize = grow(this.gsize, n);
      this.ghash = grow(this.ghash, n);
    }
    this.pool = grow(this.pool, this.poolLen + values);
  }

  funcType(index: number): FuncType | undefined {
    if (index >= this.length || this.kind[index] !== KIND_FUNC) return undefined;
    const c = this.canon[index];
    let f = this.funcs.get(c);
    if (!f) {
      const o = this.off[c];
      const np = this.pool[o];
      const nr = this.pool[o + 1];
      f = {
        params: np ? Array.from(this.pool.subarray(o + 2, o + 2 + np)) : NONE,
        results: nr ? Array.from(this.pool.subarray(o + 2 + np, o + 2 + np + nr)) : NONE,
      };
      this.funcs.set(c, f);
    }
    return f;
  }

  /** struct and array types: number of fields, and field j's storage type and mutability */
  fieldCount(x: number): number {
    return this.pool[this.off[x]];
  }
  fieldType(x: number, j: number): ValType {
    return this.pool[this.off[x] + 1 + 2 * j];
  }
  fieldMut(x: number, j: number): boolean {
    return this.pool[this.off[x] + 2 + 2 * j] === 1;
  }

  defaultable(t: ValType): boolean {
    return t < REF_BASE || nullable(t);
  }

  /** the top of a heap type's hierarchy (an abstract byte: any, func, extern or exn) */
  top(heap: number): number {
    if (heap < ABSTRACT_HEAP_BASE) return this.kind[heap] === KIND_FUNC ? H.func : H.any;
    const c = heap - ABSTRACT_HEAP_BASE;
    if (c === H.func || c === H.nofunc) return H.func;
    if (c === H.extern || c === H.noextern) return H.extern;
    if (c === H.exn || c === H.noexn) return H.exn;
    return H.any;
  }

  /** the bottom of a heap type's hierarchy */
  bottom(heap: number): number {
    const top = this.top(heap);
    return top === H.func ? H.nofunc : top === H.extern ? H.noextern : top === H.exn ? H.noexn : H.none;
  }

  heapSub(a: number, b: number): boolean {
    if (a === b) return true;
    const ac = a >= ABSTRACT_HEAP_BASE;
    const bc = b >= ABSTRACT_HEAP_BASE;
    if (!ac && !bc) {
      const target = this.canon[b];
      for (let s = a; s >= 0; s = this.sup[s]) if (this.canon[s] === target) return true;
      return false;
    }
    if (!ac) {
      const k = this.kind[a];
      const c = b - ABSTRACT_HEAP_BASE;
      if (k === KIND_FUNC) return c === H.func;
      return c === H.any || c === H.eq || c === (k === KIND_STRUCT ? H.struct : H.array);
    }
    const c = a - ABSTRACT_HEAP_BASE;
    if (!bc) {
      const k = this.kind[b];
      return k === KIND_FUNC ? c === H.nofunc : c === H.none;
    }
    const d = b - ABSTRACT_HEAP_BASE;
    switch (c) {
      case H.none:
        return d === H.any || d === H.eq || d === H.i31 || d === H.struct || d === H.array;
      case H.eq:
        return d === H.any;
      case H.i31:
      case H.struct:
      case H.array:
        return d === H.any || d === H.eq;
      case H.nofunc:
        return d === H.func;
      case H.noextern:
        return d === H.extern;
      case H.noexn:
        return d === H.exn;
      default:
        return false;
    }
  }

  isSubtype(a: ValType, b: ValType): boolean {
    if (a === b || a === BOTTOM) return true;
    if (a < REF_BASE || b < REF_BASE) return false;
    if (nullable(a) && !nullable(b)) return false;
    return this.heapSub(heapOf(a), heapOf(b));
  }

  /** value types equal up to type equivalence (for mutable fields and the like) */
  equal(a: ValType, b: ValType): boolean {
    return this.isSubtype(a, b) && this.isSubtype(b, a);
  }

  name(t: ValType): string {
    switch (t) {
      case I32:
        return 'i32';
      case I64:
        return 'i64';
      case F32:
        return 'f32';
      case F64:
        return 'f64';
      case V128:
        return 'v128';
      case I8:
        return 'i8';
      case I16:
        return 'i16';
      case BOTTOM:
        return '<unknown>';
    }
    if (t < REF_BASE) return `<type 0x${t.toString(16)}>`;
    const h = heapOf(t);
    const hn = h >= ABSTRACT_HEAP_BASE ? (ABSTRACT_NAMES[h - ABSTRACT_HEAP_BASE] ?? '?') : String(h);
    if (nullable(t) && h >= ABSTRACT_HEAP_BASE)
      return `${hn === 'none' ? 'null' : hn.replace(/^no/, 'null')}ref`;
    return `(ref ${nullable(t) ? 'null ' : ''}${hn})`;
  }

  /** unpacked type of a storage type (i8/i16 → i32) */
  static unpack(t: ValType): ValType {
    return t === I8 || t === I16 ? I32 : t;
  }

  /** a value type of group `start`, for hashing and comparing groups: references into the group are relative */
  private enc(t: ValType, start: number): number {
    if (t < REF_BASE) return t;
    const h = heapOf(t);
    if (h >= ABSTRACT_HEAP_BASE || h < start)
      return h >= ABSTRACT_HEAP_BASE ? t : ref(this.canon[h], nullable(t));
    return -2 - ((h - start) * 2 + (t & 1));
  }

  private supEnc(i: number, start: number): number {
    const s = this.sup[i];
    return s < 0 ? -1 : s >= start ? -2 - (s - start) : this.canon[s];
  }

  /** the pool values of type i (kind-specific layout), encoded relative to `start` */
  private values(i: number): number {
    const o = this.off[i];
    return this.kind[i] === KIND_FUNC ? 2 + this.pool[o] + this.pool[o + 1] : 1 + 2 * this.pool[o];
  }

  private hashGroup(start: number, n: number): number {
    let h = Math.imul(n + 1, 0x9e3779b1);
    const mix = (v: number): void => {
      h = Math.imul(h ^ v, 0x85ebca6b);
      h ^= h >>> 13;
    };
    for (let i = start; i < start + n; i++) {
      mix(this.kind[i] * 2 + this.final[i]);
      mix(this.supEnc(i, start));
      const o = this.off[i];
      const m = this.values(i);
      for (let k = 0; k < m; k++)
        mix(this.isTypeSlot(i, k) ? this.enc(this.pool[o + k], start) : this.pool[o + k]);
    }
    return h | 0;
  }

  /** pool slot k of type i holds a value type (not a count or a mutability flag) */
  private isTypeSlot(i: number, k: number): boolean {
    if (this.kind[i] === KIND_FUNC) return k >= 2;
    return k >= 1 && (k & 1) === 1;
  }

  private sameGroup(a: number, b: number, n: number): boolean {
    if (this.gsize[a] !== n) return false;
    for (let i = 0; i < n; i++) {
      const x = a + i;
      const y = b + i;
      if (this.kind[x] !== this.kind[y] || this.final[x] !== this.final[y]) return false;
      if (this.supEnc(x, a) !== this.supEnc(y, b)) return false;
      const m = this.values(x);
      if (m !== this.values(y)) return false;
      const ox = this.off[x];
      const oy = this.off[y];
      for (let k = 0; k < m; k++) {
        const vx = this.pool[ox + k];
        const vy = this.pool[oy + k];
        if (this.isTypeSlot(x, k) ? this.enc(vx, a) !== this.enc(vy, b) : vx !== vy) return false;
      }
    }
    return true;
  }

  /**
   * Canonicalise the rec group of types `start` … `length - 1` (already read): fills canon[]. Returns true when an
   * equal group came before (then the new types share its composite types and need no further checks).
   */
  canonicalise(start: number, poolStart: number): boolean {
    const n = this.length - start;
    const h = this.hashGroup(start, n);
    if (this.groups * 2 >= this.slots.length) this.rehash();
    const mask = this.slots.length - 1;
    let i = h & mask;
    for (; this.slots[i] !== 0; i = (i + 1) & mask) {
      const g = this.slots[i] - 1;
      if (this.ghash[g] === h && this.sameGroup(g, start, n)) {
        for (let k = 0; k < n; k++) {
          this.canon[start + k] = g + k;
          this.off[start + k] = this.off[g + k];
        }
        this.poolLen = poolStart;
        return true;
      }
    }
    this.slots[i] = start + 1;
    this.groups++;
    this.gsize[start] = n;
    this.ghash[start] = h;
    for (let k = 0; k < n; k++) this.canon[start + k] = start + k;
    return false;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (const v of old) {
      if (v === 0) continue;
      let i = this.ghash[v - 1] & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = v;
    }
  }
}
