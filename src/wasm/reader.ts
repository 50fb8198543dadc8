/**
 * Incremental (push-based) WebAssembly validator.
 *
 * Feed it chunks of any size with `push()`, then call `end()`. One pass checks the preamble, the section framing and
 * order, and validates the whole module per the WebAssembly 3.0 spec with every standardised proposal (sections.ts,
 * segments.ts, types.ts, code.ts), within the JS-API implementation limits (limits.ts). Memory stays bounded: the
 * small module-level sections are buffered one at a time (each at most `MAX_BUFFERED_SECTION`), the code section is
 * streamed one function body at a time, data segment payloads and custom section contents are skipped without being
 * held (only a custom section's name is kept).
 *
 * Components (component-model binaries) are walked section by section; every embedded core module is validated by a
 * nested reader as its bytes stream by (nested components too), and top-level custom section names are collected.
 *
 * Any byte input either yields a summary or throws `WasmFormatError` (code `invalid` for a well-formed module that
 * fails validation); the reader never loops or allocates beyond its bounds.
 */
import { Cursor, WasmFormatError } from './leb128.js';
import { checkMagic, customName, versionKind, type WasmKind } from './preamble.js';
import { sortedFeatures } from './features.js';
import { LIMITS } from './limits.js';
import type { ModuleContext } from './module.js';
import * as S from './sections.js';
import type { ModuleState, WasmExport, WasmImport } from './sections.js';
import { readElementSection } from './segments.js';
import { CodeStream, DataStream, type SectionStream } from './stream.js';
import { readTypeSection, TypeTable } from './types.js';

export { WasmFormatError, type WasmFormatErrorCode } from './leb128.js';
export type { ExternKind, WasmExport, WasmImport } from './sections.js';

export { WASM_MAGIC, type WasmKind } from './preamble.js';

export interface WasmSummary {
  kind: WasmKind;
  imports: WasmImport[];
  exports: WasmExport[];
  customSections: string[];
  /** proposals the module (or a component's core modules) uses, sorted stable names */
  features: string[];
}

export interface ReaderOptions {
  /** absolute offset of the first byte (nested modules in a component) */
  base?: number;
  /** component nesting depth */
  depth?: number;
}

/** Largest module-level section (type, import, …, element) the reader holds in memory. */
export const MAX_BUFFERED_SECTION = LIMITS.bufferedSection;
/** Custom sections: only this much of the start is kept (enough for the name). */
const CUSTOM_PREFIX = 4096 + 5;

const SECTION_NAMES = [
  'custom',
  'type',
  'import',
  'function',
  'table',
  'memory',
  'global',
  'export',
  'start',
  'element',
  'code',
  'data',
  'data count',
  'tag',
];
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
type SectionReader = (cur: Cursor, st: ModuleState) => void;
const BUFFERED: Record<number, SectionReader> = {
  1: (cur, st) => readTypeSection(cur, st.ctx),
  2: S.readImportSection,
  3: S.readFunctionSection,
  4: S.readTableSection,
  5: S.readMemorySection,
  6: S.readGlobalSection,
  7: S.readExportSection,
  8: S.readStartSection,
  9: readElementSection,
  12: S.readDataCountSection,
  13: S.readTagSection,
};

type State = 'header' | 'id' | 'size' | 'body' | 'done';

function newState(): ModuleState {
  const ctx: ModuleContext = {
    types: new TypeTable(),
    funcs: [],
    tables: [],
    memories: [],
    globals: [],
    importedGlobals: 0,
    tags: [],
    elems: [],
    declaredFuncRefs: new Set(),
    features: new Set(),
  };
  return { ctx, imports: [], exports: [], importedFuncs: 0, definedFuncs: 0 };
}

/** A nested reader as a section stream: a component's core module or component. */
function nestedStream(reader: WasmReader, kind: WasmKind, into: Set<string>): SectionStream {
  return {
    feed: (buf, start, end) => reader.push(buf.subarray(start, end)),
    finish: () => {
      const s = reader.end();
      if (s.kind !== kind)
        throw new WasmFormatError(`a nested ${kind} section holds a ${s.kind}`, 'malformed', reader.base);
      for (const f of s.features) into.add(f);
    },
  };
}

export class WasmReader {
  private state: State = 'header';
  readonly base: number;
  private readonly depth: number;
  private offset: number; // absolute offset of the next byte
  private header = Buffer.alloc(8);
  private headerLen = 0;
  private kindValue?: WasmKind;

  private sectionId = 0;
  private sectionStart = 0; // absolute offset of the section content
  private sizeBytes = new Uint8Array(5);
  private sizeLen = 0;
  private remaining = 0;
  private chunks: Uint8Array[] = [];
  private keep = 0; // how many more content bytes to keep for this section
  private stream?: SectionStream;
  private lastRank = 0;
  private readonly seen = new Set<number>();

  private readonly st = newState();
  private code?: CodeStream;
  private data?: DataStream;
  private readonly customSections: string[] = [];
  private readonly nestedFeatures = new Set<string>();

  constructor(opts: ReaderOptions = {}) {
    this.base = opts.base ?? 0;
    this.depth = opts.depth ?? 0;
    this.offset = this.base;
  }

  /** `module` or `component` once the 8-byte preamble has been read. */
  get kind(): WasmKind | undefined {
    return this.kindValue;
  }

  /** Total bytes pushed so far. */
  get bytesRead(): number {
    return this.offset - this.base;
  }

  push(chunk: Uint8Array): void {
    if (this.state === 'done') throw new Error('WasmReader.push() after end()');
    let i = 0;
    while (i < chunk.length) {
      switch (this.state) {
        case 'header':
          i = this.headerBytes(chunk, i);
          break;
        case 'id':
          this.sectionId = chunk[i++];
          this.offset += 1;
          this.sizeLen = 0;
          this.state = 'size';
          break;
        case 'size': {
          const b = chunk[i++];
          this.offset += 1;
          this.sizeBytes[this.sizeLen++] = b;
          if (b & 0x80 && this.sizeLen < 5) break;
          const cur = new Cursor(this.sizeBytes, this.offset - this.sizeLen, 'section size', 0, this.sizeLen);
          if (b & 0x80) cur.fail('integer representation too long (u32)', 0);
          this.beginSection(cur.u32());
          break;
        }
        case 'body': {
          const n = Math.min(this.remaining, chunk.length - i);
          if (this.stream) this.stream.feed(chunk, i, i + n, this.offset);
          else if (this.keep > 0) {
            const k = Math.min(this.keep, n);
            // a copy (Uint8Array slice; a Buffer's own slice would share memory): the caller reuses its chunk buffer
            this.chunks.push(Uint8Array.prototype.slice.call(chunk, i, i + k));
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

  /** Signal end of input; returns the summary. Throws `WasmFormatError` if the input stopped early or is invalid. */
  end(): WasmSummary {
    if (this.state === 'done') throw new Error('WasmReader.end() called twice');
    this.checkComplete();
    this.state = 'done';
    if (this.kindValue === 'module') this.checkCounts();
    const features =
      this.kindValue === 'module' ? sortedFeatures(this.st.ctx.features) : [...this.nestedFeatures].sort();
    return {
      kind: this.kindValue ?? 'module',
      imports: this.kindValue === 'module' ? this.st.imports : [],
      exports: this.kindValue === 'module' ? this.st.exports : [],
      customSections: this.customSections,
      features,
    };
  }

  private checkComplete(): void {
    const at = this.offset;
    if (this.state === 'header') {
      if (this.headerLen === 0) throw new WasmFormatError('file is empty', 'empty', at);
      // a short file that matches the magic so far is truncated; one that does not was rejected in push()
      throw new WasmFormatError(
        `file is only ${this.headerLen} byte(s) long; the WebAssembly preamble alone is 8 bytes`,
        'truncated',
        at,
      );
    }
    const name = sectionName(this.sectionId);
    if (this.state === 'size')
      throw new WasmFormatError(
        `truncated: the file ends inside the size of a ${name} section`,
        'truncated',
        at,
      );
    if (this.state === 'body') {
      const got = this.offset - this.sectionStart;
      throw new WasmFormatError(
        `truncated: the ${name} section at offset ${this.sectionStart} is ${got + this.remaining} bytes long ` +
          `but the file ends ${got} bytes into it`,
        'truncated',
        at,
      );
    }
  }

  private headerBytes(chunk: Uint8Array, i: number): number {
    const n = Math.min(8 - this.headerLen, chunk.length - i);
    this.header.set(chunk.subarray(i, i + n), this.headerLen);
    this.headerLen += n;
    this.offset += n;
    // check the magic as soon as 4 bytes are in, so garbage is reported as such
    if (this.headerLen >= 4) checkMagic(this.header.subarray(0, 4), this.base);
    if (this.headerLen === 8) this.checkVersion();
    return i + n;
  }

  private checkVersion(): void {
    this.kindValue = versionKind(this.header.subarray(4, 8), this.base);
    this.state = 'id';
  }

  private beginSection(size: number): void {
    const id = this.sectionId;
    this.sectionStart = this.offset;
    this.remaining = size;
    this.chunks = [];
    this.keep = 0;
    this.stream = undefined;
    if (id === 0) this.keep = Math.min(size, CUSTOM_PREFIX);
    else if (this.kindValue === 'module') this.beginModuleSection(id, size);
    else this.beginComponentSection(id);
    this.state = 'body';
    if (size === 0) this.finishSection();
  }

  private fail(what: string, at: number, code: 'malformed' | 'too-large' = 'malformed'): never {
    throw new WasmFormatError(what, code, at);
  }

  private beginModuleSection(id: number, size: number): void {
    const at = this.sectionStart - 1;
    const rank = SECTION_RANK[id];
    if (rank === undefined) this.fail(`unknown section id ${id} at offset ${at}`, at);
    if (this.seen.has(id)) this.fail(`duplicate ${sectionName(id)} section at offset ${at}`, at);
    if (rank < this.lastRank) this.fail(`${sectionName(id)} section at offset ${at} is out of order`, at);
    this.seen.add(id);
    this.lastRank = rank;
    const end = this.sectionStart + size;
    if (id === 10) {
      this.code = new CodeStream(
        this.st.ctx,
        this.st.importedFuncs,
        this.st.definedFuncs,
        this.sectionStart,
        end,
      );
      this.stream = this.code;
    } else if (id === 11) {
      this.data = new DataStream(this.st.ctx, end);
      this.stream = this.data;
    } else {
      if (size > MAX_BUFFERED_SECTION)
        this.fail(
          `the ${sectionName(id)} section at offset ${this.sectionStart} is ${size} bytes, larger than the ` +
            `${MAX_BUFFERED_SECTION}-byte limit for a section held in memory`,
          this.sectionStart,
          'too-large',
        );
      this.keep = size;
    }
  }

  private beginComponentSection(id: number): void {
    if (id !== 1 && id !== 4) return; // other component sections: walked, not decoded
    if (this.depth + 1 > LIMITS.componentDepth)
      this.fail(`components nested more than ${LIMITS.componentDepth} deep`, this.sectionStart, 'too-large');
    const nested = new WasmReader({ base: this.sectionStart, depth: this.depth + 1 });
    this.stream = nestedStream(nested, id === 1 ? 'module' : 'component', this.nestedFeatures);
  }

  private finishSection(): void {
    const id = this.sectionId;
    const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.chunks = [];
    this.state = 'id';
    if (id === 0) {
      this.customSections.push(customName(data, this.sectionStart, this.offset - this.sectionStart));
    } else if (this.stream) {
      this.stream.finish();
      this.stream = undefined;
    } else if (this.kindValue === 'module') {
      BUFFERED[id](new Cursor(data, this.sectionStart, `${sectionName(id)} section`), this.st);
    }
  }

  /**
   * Section counts that must agree. A module cut exactly at a section boundary is still well framed; these checks
   * catch that case for every boundary after the function (or data count) section.
   */
  private checkCounts(): void {
    const funcs = this.st.definedFuncs;
    const dataCount = this.st.ctx.dataCount;
    if (!this.code && funcs > 0)
      throw new WasmFormatError(
        `truncated: the function section declares ${funcs} function(s) but the file ends before the code section`,
        'truncated',
        this.offset,
      );
    if (dataCount !== undefined && dataCount > 0 && !this.data)
      throw new WasmFormatError(
        `truncated: the data count section declares ${dataCount} segment(s) but the file ends before the data section`,
        'truncated',
        this.offset,
      );
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
