/**
 * Incremental (push-based) WebAssembly binary reader.
 *
 * Feed it chunks of any size with `push()`, then call `end()`. It checks the 8-byte preamble, walks the section framing
 * and decodes only the small sections needed to describe the module's interface (type, import, function, export, and
 * the names of custom sections). Code, data and every other section are skipped without being buffered, so memory stays
 * bounded no matter how large the module is. Malformed input throws `WasmFormatError`; it never loops or crashes
 * differently.
 *
 * Components (component-model binaries) are only classified from the preamble; their section framing is walked (so a
 * truncated component is still detected) and top-level custom section names are collected, nothing else.
 */

export type WasmKind = 'module' | 'component';
export type ExternKind = 'func' | 'table' | 'memory' | 'global' | 'tag';

export interface WasmImport {
  module: string;
  name: string;
  kind: ExternKind;
  /** function imports: index into the type section */
  typeIndex?: number;
  /** function imports: parameter / result counts of the function type (absent if the type is not a function type) */
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

export interface WasmSummary {
  kind: WasmKind;
  imports: WasmImport[];
  exports: WasmExport[];
  customSections: string[];
}

export type WasmFormatErrorCode = 'empty' | 'magic' | 'version' | 'truncated' | 'malformed' | 'too-large';

/** The bytes are not a well-formed WebAssembly binary. `offset` is the absolute byte offset of the problem. */
export class WasmFormatError extends Error {
  constructor(
    message: string,
    readonly code: WasmFormatErrorCode,
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'WasmFormatError';
  }
}

export const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);
const CORE_VERSION = Buffer.from([0x01, 0x00, 0x00, 0x00]);
/** component-model preamble: version 0x000d, layer 0x0001 */
const COMPONENT_VERSION = Buffer.from([0x0d, 0x00, 0x01, 0x00]);

/** Largest type/import/function/export section the reader will hold in memory. */
export const MAX_BUFFERED_SECTION = 16 * 1024 * 1024;
/** Custom sections: only this much of the start is kept (enough for the name). */
const CUSTOM_PREFIX = 4096 + 5;

const SECTION_NAMES: Record<number, string> = {
  0: 'custom',
  1: 'type',
  2: 'import',
  3: 'function',
  4: 'table',
  5: 'memory',
  6: 'global',
  7: 'export',
  8: 'start',
  9: 'element',
  10: 'code',
  11: 'data',
  12: 'data count',
  13: 'tag',
};
/** Required order of the non-custom sections of a core module (tag sits between memory and global). */
const SECTION_RANK: Record<number, number> = {
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  13: 6,
  6: 7,
  7: 8,
  8: 9,
  9: 10,
  12: 11,
  10: 12,
  11: 13,
};
const BUFFERED = new Set([1, 2, 3, 7]);
const EXTERN_KINDS: ExternKind[] = ['func', 'table', 'memory', 'global', 'tag'];

interface FuncType {
  params: number;
  results: number;
}

type State = 'header' | 'id' | 'size' | 'body' | 'done';

const hex = (b: Uint8Array): string =>
  Array.from(b, (x) => x.toString(16).padStart(2, '0'))
    .join(' ')
    .trim();

/** printable rendering of a few bytes, e.g. `"PK.."` (only letters, digits and a few safe symbols are shown) */
const ascii = (b: Uint8Array): string =>
  '"' +
  Array.from(b, (x) =>
    /[A-Za-z0-9 .,;_<>{}()=/-]/.test(String.fromCharCode(x)) ? String.fromCharCode(x) : '.',
  ).join('') +
  '"';

export class WasmReader {
  private state: State = 'header';
  private offset = 0; // absolute bytes consumed
  private header = Buffer.alloc(8);
  private headerLen = 0;
  private kindValue?: WasmKind;

  private sectionId = 0;
  private sectionStart = 0; // absolute offset of the section content
  private sizeBytes: number[] = [];
  private remaining = 0;
  private chunks: Buffer[] = [];
  private keep = 0; // how many more content bytes to keep for this section
  private lastRank = 0;
  private seen = new Set<number>();

  private codeCount?: number;
  private dataCount?: number;
  private dataSegments?: number;
  private types: (FuncType | undefined)[] = [];
  private funcTypeIndices: number[] = [];
  private importedFuncs = 0;
  private readonly imports: WasmImport[] = [];
  private readonly exports: WasmExport[] = [];
  private readonly customSections: string[] = [];

  /** `module` or `component` once the 8-byte preamble has been read. */
  get kind(): WasmKind | undefined {
    return this.kindValue;
  }

  /** Total bytes pushed so far. */
  get bytesRead(): number {
    return this.offset;
  }

  push(chunk: Uint8Array): void {
    if (this.state === 'done') throw new Error('WasmReader.push() after end()');
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let i = 0;
    while (i < buf.length) {
      switch (this.state) {
        case 'header': {
          const n = Math.min(8 - this.headerLen, buf.length - i);
          buf.copy(this.header, this.headerLen, i, i + n);
          this.headerLen += n;
          i += n;
          this.offset += n;
          // check the magic as soon as 4 bytes are in, so garbage is reported as such
          if (this.headerLen >= 4 && !this.header.subarray(0, 4).equals(WASM_MAGIC)) {
            throw new WasmFormatError(
              `starts with ${hex(this.header.subarray(0, 4))} ${ascii(this.header.subarray(0, 4))}, ` +
                'not the magic number 00 61 73 6d ("\\0asm")',
              'magic',
              0,
            );
          }
          if (this.headerLen === 8) this.checkVersion();
          break;
        }
        case 'id': {
          this.sectionId = buf[i];
          i += 1;
          this.offset += 1;
          this.sizeBytes = [];
          this.state = 'size';
          break;
        }
        case 'size': {
          const b = buf[i];
          i += 1;
          this.offset += 1;
          this.sizeBytes.push(b);
          if (b & 0x80) {
            if (this.sizeBytes.length >= 5) {
              throw new WasmFormatError(
                'section size is not a valid LEB128 u32',
                'malformed',
                this.offset - 5,
              );
            }
            break;
          }
          const size = decodeU32(this.sizeBytes, this.offset - this.sizeBytes.length);
          this.beginSection(size);
          break;
        }
        case 'body': {
          const n = Math.min(this.remaining, buf.length - i);
          if (this.keep > 0) {
            const k = Math.min(this.keep, n);
            // copy: the caller may reuse its chunk buffer
            this.chunks.push(Buffer.from(buf.subarray(i, i + k)));
            this.keep -= k;
          }
          i += n;
          this.offset += n;
          this.remaining -= n;
          if (this.remaining === 0) this.finishSection();
          break;
        }
        default:
          throw new Error('unreachable');
      }
    }
  }

  /** Signal end of input; returns the summary. Throws `WasmFormatError` if the input stopped early. */
  end(): WasmSummary {
    if (this.state === 'done') throw new Error('WasmReader.end() called twice');
    if (this.state === 'header') {
      if (this.headerLen === 0) throw new WasmFormatError('file is empty', 'empty', 0);
      // a short file that matches the magic so far is truncated; one that does not was rejected in push()
      throw new WasmFormatError(
        `file is only ${this.headerLen} byte(s) long; the WebAssembly preamble alone is 8 bytes`,
        'truncated',
        this.offset,
      );
    }
    if (this.state === 'size') {
      throw new WasmFormatError(
        `truncated: the file ends inside the size of a ${sectionName(this.sectionId)} section`,
        'truncated',
        this.offset,
      );
    }
    if (this.state === 'body') {
      throw new WasmFormatError(
        `truncated: the ${sectionName(this.sectionId)} section at offset ${this.sectionStart} is ` +
          `${this.offset - this.sectionStart + this.remaining} bytes long but the file ends ${this.offset - this.sectionStart} bytes into it`,
        'truncated',
        this.offset,
      );
    }
    this.state = 'done';
    this.checkCounts();
    this.resolveExports();
    return {
      kind: this.kindValue ?? 'module',
      imports: this.imports,
      exports: this.exports,
      customSections: this.customSections,
    };
  }

  private checkVersion(): void {
    const v = this.header.subarray(4, 8);
    if (v.equals(CORE_VERSION)) this.kindValue = 'module';
    else if (v.equals(COMPONENT_VERSION)) this.kindValue = 'component';
    else if (v[2] === 0x01 && v[3] === 0x00) {
      throw new WasmFormatError(
        `unsupported component-model encoding version 0x${v.readUInt16LE(0).toString(16)} (bytes ${hex(v)}); ` +
          'only the current encoding (0d 00 01 00) is understood',
        'version',
        4,
      );
    } else {
      throw new WasmFormatError(
        `unsupported WebAssembly version: bytes ${hex(v)} (expected 01 00 00 00 for a core module ` +
          'or 0d 00 01 00 for a component)',
        'version',
        4,
      );
    }
    this.state = 'id';
  }

  private beginSection(size: number): void {
    const id = this.sectionId;
    this.sectionStart = this.offset;
    this.remaining = size;
    this.chunks = [];
    this.keep = 0;
    if (this.kindValue === 'module') {
      if (id !== 0) {
        const rank = SECTION_RANK[id];
        if (rank === undefined) {
          throw new WasmFormatError(`unknown section id ${id}`, 'malformed', this.sectionStart - 1);
        }
        if (this.seen.has(id)) {
          throw new WasmFormatError(
            `duplicate ${sectionName(id)} section`,
            'malformed',
            this.sectionStart - 1,
          );
        }
        if (rank < this.lastRank) {
          throw new WasmFormatError(
            `${sectionName(id)} section is out of order`,
            'malformed',
            this.sectionStart - 1,
          );
        }
        this.seen.add(id);
        this.lastRank = rank;
      }
      if (BUFFERED.has(id)) {
        if (size > MAX_BUFFERED_SECTION) {
          throw new WasmFormatError(
            `the ${sectionName(id)} section is ${size} bytes, larger than the ${MAX_BUFFERED_SECTION}-byte limit for inspection`,
            'too-large',
            this.sectionStart,
          );
        }
        this.keep = size;
      }
    }
    // code and data: keep only the leading vector length (≤ 5 bytes) to cross-check counts
    if (this.kindValue === 'module' && (id === 10 || id === 11)) this.keep = Math.min(size, 5);
    if (id === 0) this.keep = Math.min(size, CUSTOM_PREFIX);
    this.state = 'body';
    if (size === 0) this.finishSection();
  }

  private finishSection(): void {
    const id = this.sectionId;
    const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.chunks = [];
    this.state = 'id';
    const size = this.offset - this.sectionStart;
    const p = new Parser(data, this.sectionStart, sectionName(id));
    if (id === 0) {
      this.customSections.push(p.customName(size));
      return;
    }
    if (this.kindValue !== 'module') return;
    switch (id) {
      case 1:
        this.parseTypes(p);
        break;
      case 2:
        this.parseImports(p);
        break;
      case 3: {
        const n = p.count(1);
        for (let k = 0; k < n; k++) this.funcTypeIndices.push(p.u32());
        break;
      }
      case 7:
        this.parseExports(p);
        break;
      case 10:
        this.codeCount = p.u32();
        return;
      case 11:
        this.dataSegments = p.u32();
        return;
      case 12:
        this.dataCount = p.u32();
        break;
      default:
        return;
    }
    p.expectEnd();
  }

  private parseTypes(p: Parser): void {
    const n = p.count(1);
    for (let k = 0; k < n; k++) {
      const form = p.peekByte();
      if (form === 0x4e) {
        // rec group (GC proposal): vec(subtype)
        p.byte();
        const m = p.count(1);
        for (let j = 0; j < m; j++) this.types.push(p.subType());
      } else {
        this.types.push(p.subType());
      }
    }
  }

  private parseImports(p: Parser): void {
    const n = p.count(3);
    for (let k = 0; k < n; k++) {
      const module = p.name();
      const name = p.name();
      const at = p.pos;
      const kindByte = p.byte();
      const kind = EXTERN_KINDS[kindByte];
      if (kind === undefined) p.fail(`unknown import kind 0x${kindByte.toString(16)}`, at);
      const imp: WasmImport = { module, name, kind };
      switch (kindByte) {
        case 0: {
          const t = p.u32();
          imp.typeIndex = t;
          const ft = this.funcType(t, p, at);
          if (ft) {
            imp.params = ft.params;
            imp.results = ft.results;
          }
          this.importedFuncs++;
          break;
        }
        case 1:
          p.refType();
          p.limits();
          break;
        case 2:
          p.limits();
          break;
        case 3:
          p.valType();
          p.mutability();
          break;
        case 4:
          p.tagType();
          break;
      }
      this.imports.push(imp);
    }
  }

  private parseExports(p: Parser): void {
    const n = p.count(2);
    const names = new Set<string>();
    for (let k = 0; k < n; k++) {
      const at = p.pos;
      const name = p.name();
      if (names.has(name)) p.fail(`duplicate export name`, at);
      names.add(name);
      const kindByte = p.byte();
      const kind = EXTERN_KINDS[kindByte];
      if (kind === undefined) p.fail(`unknown export kind 0x${kindByte.toString(16)}`, at);
      this.exports.push({ name, kind, index: p.u32() });
    }
  }

  private funcType(typeIndex: number, p: Parser, at: number): FuncType | undefined {
    if (typeIndex >= this.types.length) p.fail(`type index ${typeIndex} out of range`, at);
    return this.types[typeIndex];
  }

  /**
   * Section counts that must agree. A module cut exactly at a section boundary is still well framed; these checks catch
   * that case for every boundary after the function (or data count) section.
   */
  private checkCounts(): void {
    const funcs = this.funcTypeIndices.length;
    if (this.codeCount === undefined && funcs > 0) {
      throw new WasmFormatError(
        `truncated: the function section declares ${funcs} function(s) but the file ends before the code section`,
        'truncated',
        this.offset,
      );
    }
    if (this.codeCount !== undefined && this.codeCount !== funcs) {
      throw new WasmFormatError(
        `the function section declares ${funcs} function(s) but the code section has ${this.codeCount} bodies`,
        'malformed',
      );
    }
    if (this.dataCount !== undefined && this.dataCount > 0 && this.dataSegments === undefined) {
      throw new WasmFormatError(
        `truncated: the data count section declares ${this.dataCount} segment(s) but the file ends before the data section`,
        'truncated',
        this.offset,
      );
    }
    if (
      this.dataCount !== undefined &&
      this.dataSegments !== undefined &&
      this.dataCount !== this.dataSegments
    ) {
      throw new WasmFormatError(
        `the data count section declares ${this.dataCount} segment(s) but the data section has ${this.dataSegments}`,
        'malformed',
      );
    }
  }

  private resolveExports(): void {
    const total = this.importedFuncs + this.funcTypeIndices.length;
    const importTypes = this.imports.filter((i) => i.kind === 'func');
    for (const e of this.exports) {
      if (e.kind !== 'func') continue;
      if (e.index >= total) {
        throw new WasmFormatError(
          `export refers to function ${e.index} but the module has only ${total} functions`,
          'malformed',
        );
      }
      let ft: FuncType | undefined;
      if (e.index < this.importedFuncs) {
        const imp = importTypes[e.index];
        ft = imp.params === undefined ? undefined : { params: imp.params, results: imp.results ?? 0 };
      } else {
        const t = this.funcTypeIndices[e.index - this.importedFuncs];
        if (t >= this.types.length) {
          throw new WasmFormatError(
            `function ${e.index} has type index ${t}, which is out of range`,
            'malformed',
          );
        }
        ft = this.types[t];
      }
      if (ft) {
        e.params = ft.params;
        e.results = ft.results;
      }
    }
  }
}

/** Read a whole in-memory binary (convenience for small inputs and tests). */
export function readWasm(bytes: Uint8Array): WasmSummary {
  const r = new WasmReader();
  r.push(bytes);
  return r.end();
}

function sectionName(id: number): string {
  return SECTION_NAMES[id] ?? `id-${id}`;
}

function decodeU32(bytes: number[], at: number): number {
  let result = 0;
  for (let k = 0; k < bytes.length; k++) result += (bytes[k] & 0x7f) * 2 ** (7 * k);
  if (bytes.length === 5 && bytes[4] > 0x0f)
    throw new WasmFormatError('LEB128 u32 overflows', 'malformed', at);
  return result;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Bounds-checked cursor over one buffered section. Every read past the end is a malformed-section error. */
class Parser {
  pos = 0;
  constructor(
    private readonly data: Buffer,
    private readonly base: number,
    private readonly section: string,
  ) {}

  fail(what: string, at = this.pos): never {
    throw new WasmFormatError(
      `malformed ${this.section} section at offset ${this.base + at}: ${what}`,
      'malformed',
      this.base + at,
    );
  }

  expectEnd(): void {
    if (this.pos !== this.data.length) {
      this.fail(`${this.data.length - this.pos} unexpected byte(s) after the section's content`);
    }
  }

  peekByte(): number {
    if (this.pos >= this.data.length) this.fail('unexpected end of section');
    return this.data[this.pos];
  }

  byte(): number {
    const b = this.peekByte();
    this.pos++;
    return b;
  }

  /** unsigned LEB128 of at most `maxBits` bits (≤ 53 so the result stays exact) */
  uleb(maxBits: number): number {
    const start = this.pos;
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) break;
      if (shift >= maxBits) this.fail(`LEB128 integer longer than ${maxBits} bits`, start);
    }
    if (result >= 2 ** maxBits) this.fail(`LEB128 integer exceeds ${maxBits} bits`, start);
    return result;
  }

  u32(): number {
    return this.uleb(32);
  }

  /** skip an unsigned LEB128 of up to 64 bits (memory64 limits) */
  skipU64(): void {
    const start = this.pos;
    for (let k = 0; ; k++) {
      if (k >= 10) this.fail('LEB128 integer longer than 64 bits', start);
      if (!(this.byte() & 0x80)) return;
    }
  }

  /** signed LEB128 s33 (heap type index); returns the value */
  s33(): number {
    const start = this.pos;
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      if (shift >= 35) this.fail('LEB128 s33 too long', start);
      b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    if (b & 0x40) result -= 2 ** shift;
    return result;
  }

  /** vector length, sanity-checked against the bytes left (each element takes at least `minElemBytes`) */
  count(minElemBytes: number): number {
    const at = this.pos;
    const n = this.u32();
    if (n * minElemBytes > this.data.length - this.pos)
      this.fail(`vector length ${n} exceeds the section`, at);
    return n;
  }

  name(): string {
    const at = this.pos;
    const len = this.u32();
    if (len > this.data.length - this.pos) this.fail('name runs past the end of the section', at);
    const bytes = this.data.subarray(this.pos, this.pos + len);
    this.pos += len;
    try {
      return utf8.decode(bytes);
    } catch {
      return this.fail('name is not valid UTF-8', at);
    }
  }

  /** custom section: name only; `size` is the full section size (data may hold only a prefix) */
  customName(size: number): string {
    const len = this.u32();
    if (len > size - this.pos) this.fail('custom section name runs past the end of the section');
    const avail = this.data.length - this.pos;
    if (len <= avail) {
      try {
        return utf8.decode(this.data.subarray(this.pos, this.pos + len));
      } catch {
        this.fail('custom section name is not valid UTF-8');
      }
    }
    return utf8Lenient.decode(this.data.subarray(this.pos)) + '…';
  }

  heapType(): void {
    const at = this.pos;
    const v = this.s33();
    // negative values are abstract heap types (one-byte shorthands 0x69..0x74 as s33)
    if (v < 0 && !(v >= 0x69 - 0x80 && v <= 0x74 - 0x80)) this.fail('unknown heap type', at);
  }

  refType(): void {
    const at = this.pos;
    const b = this.byte();
    if (b === 0x63 || b === 0x64) this.heapType();
    else if (!(b >= 0x69 && b <= 0x74)) this.fail(`unknown reference type 0x${b.toString(16)}`, at);
  }

  valType(): void {
    const b = this.peekByte();
    if (b >= 0x7b && b <= 0x7f) {
      this.pos++;
      return;
    }
    this.refType();
  }

  storageType(): void {
    const b = this.peekByte();
    if (b === 0x78 || b === 0x77) {
      this.pos++;
      return;
    }
    this.valType();
  }

  mutability(): void {
    const at = this.pos;
    const b = this.byte();
    if (b > 1) this.fail(`invalid mutability flag 0x${b.toString(16)}`, at);
  }

  limits(): void {
    const at = this.pos;
    const flags = this.byte();
    if (flags & ~0x0f) this.fail(`invalid limits flags 0x${flags.toString(16)}`, at);
    const is64 = (flags & 0x04) !== 0;
    const read = (): void => (is64 ? this.skipU64() : void this.u32());
    read();
    if (flags & 0x01) read();
    if (flags & 0x08) this.u32(); // custom page size (log2)
  }

  tagType(): void {
    const at = this.pos;
    if (this.byte() !== 0) this.fail('invalid tag attribute', at);
    this.u32();
  }

  /** subtype (GC) or a plain composite type; returns the function shape for func types */
  subType(): FuncType | undefined {
    const b = this.peekByte();
    if (b === 0x50 || b === 0x4f) {
      this.pos++;
      const n = this.count(1);
      for (let k = 0; k < n; k++) this.u32();
    }
    return this.compType();
  }

  compType(): FuncType | undefined {
    const at = this.pos;
    const form = this.byte();
    switch (form) {
      case 0x60: {
        const params = this.count(1);
        for (let k = 0; k < params; k++) this.valType();
        const results = this.count(1);
        for (let k = 0; k < results; k++) this.valType();
        return { params, results };
      }
      case 0x5f: {
        const n = this.count(2);
        for (let k = 0; k < n; k++) {
          this.storageType();
          this.mutability();
        }
        return undefined;
      }
      case 0x5e:
        this.storageType();
        this.mutability();
        return undefined;
      default:
        return this.fail(`unknown type form 0x${form.toString(16)}`, at);
    }
  }
}
