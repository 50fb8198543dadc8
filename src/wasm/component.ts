import { open } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { Cursor } from './leb128.js';

/**
 * Component-model binary reader: the kind of a Wasm binary (from its 8-byte preamble) and the names in a component's
 * top-level import and export sections (component-model `design/mvp/Binary.md`).
 *
 * The names are the world's imports and exports, e.g. `wasi:http/incoming-handler@0.2.0`, or a plain name such as
 * `run` for a world-level function: the same list oci-wasm / wkg write into the CNCF config (`wit_component::decode`
 * then the world's keys). Names come from the binary and are untrusted: quote them with `q()` before logging.
 *
 * Reading is by section: only the top-level import (10) and export (11) sections are read into memory; every other
 * section (nested core modules and components, the bulk of the bytes) is skipped by offset, so a large component is
 * never buffered whole.
 */

export type WasmKind = 'module' | 'component';

export interface ComponentMetadata {
  /** top-level export names, in binary order, de-duplicated */
  exports: string[];
  /** top-level import names, in binary order, de-duplicated */
  imports: string[];
}

const MAGIC = [0x00, 0x61, 0x73, 0x6d];
/** Component layer word (bytes 6-7). Core modules have `00 00` there (their version is the u32 `1`). */
const COMPONENT_LAYER = [0x01, 0x00];
const SECTION_IMPORT = 10;
const SECTION_EXPORT = 11;
/** Largest import or export section we read into memory (real ones are a few KiB). */
const MAX_NAME_SECTION = 16 << 20;

/** Thrown for a binary this reader cannot decode; callers turn it into a UserError with context. */
export class ComponentFormatError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
    this.name = 'ComponentFormatError';
  }
}

/**
 * Classify a Wasm binary by its preamble: `\0asm`, then a 2-byte version and a 2-byte layer word. Core modules have
 * version 1 / layer 0 (`01 00 00 00`); components have layer 1 (`0d 00 01 00` today; the version counts draft
 * revisions). Returns undefined when the bytes are not Wasm at all.
 */
export function wasmKind(preamble: Uint8Array): WasmKind | undefined {
  if (preamble.length < 8) return undefined;
  for (let i = 0; i < 4; i++) if (preamble[i] !== MAGIC[i]) return undefined;
  if (preamble[6] === COMPONENT_LAYER[0] && preamble[7] === COMPONENT_LAYER[1]) return 'component';
  if (preamble[4] === 0x01 && preamble[5] === 0 && preamble[6] === 0 && preamble[7] === 0) return 'module';
  return undefined;
}

/** A cursor over one section's bytes: the project's one LEB128 decoder, failing with ComponentFormatError. */
class Reader extends Cursor {
  constructor(buf: Uint8Array, base: number) {
    super(buf, base, 'component');
  }

  get done(): boolean {
    return this.atEnd;
  }

  override fail(message: string, at = this.pos): never {
    throw new ComponentFormatError(message, this.base + at);
  }

  byte(): number {
    return this.u8();
  }

  /** importname' / exportname': a discriminator byte (0x00; 0x01 = legacy "interface" form), then the name */
  externName(): string {
    const tag = this.byte();
    if (tag !== 0x00 && tag !== 0x01) this.fail(`unknown import/export name encoding 0x${tag.toString(16)}`);
    return this.name();
  }

  /** externdesc */
  externDesc(): void {
    const tag = this.byte();
    switch (tag) {
      case 0x00: // core module: 0x00 0x11 typeidx
        if (this.byte() !== 0x11) this.fail('bad core module extern descriptor');
        this.u32();
        return;
      case 0x01: // func
      case 0x04: // component or instance (the two swapped numbers between drafts; both carry a typeidx)
      case 0x05:
        this.u32();
        return;
      case 0x02: {
        // value: valuebound = 0x00 valueidx | 0x01 valtype
        const b = this.byte();
        if (b === 0x00) this.u32();
        else if (b === 0x01)
          this.s33(); // valtype: only skipped
        else this.fail('bad value bound');
        return;
      }
      case 0x03: {
        // type: typebound = 0x00 typeidx (eq) | 0x01 (sub resource)
        const b = this.byte();
        if (b === 0x00) this.u32();
        else if (b !== 0x01) this.fail('bad type bound');
        return;
      }
      default:
        this.fail(`unknown extern descriptor 0x${tag.toString(16)}`);
    }
  }

  /** sortidx: sort (0x00 + core sort byte, or one byte) then u32 index */
  sortIdx(): void {
    const sort = this.byte();
    if (sort === 0x00) this.byte();
    else if (sort > 0x05) this.fail(`unknown sort 0x${sort.toString(16)}`);
    this.u32();
  }
}

function readImports(r: Reader, into: string[]): void {
  const count = r.u32();
  for (let i = 0; i < count; i++) {
    into.push(r.externName());
    r.externDesc();
  }
  if (!r.done) r.fail('trailing bytes after the import section');
}

function readExports(r: Reader, into: string[]): void {
  const count = r.u32();
  for (let i = 0; i < count; i++) {
    into.push(r.externName());
    r.sortIdx();
    const hasDesc = r.byte();
    if (hasDesc === 0x01) r.externDesc();
    else if (hasDesc !== 0x00) r.fail('bad optional extern descriptor');
  }
  if (!r.done) r.fail('trailing bytes after the export section');
}

/** Random access to the binary: whole bytes in memory, or positioned reads from a file. */
interface Source {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** unsigned LEB128 from the source at `offset`: value and its byte length */
async function leb(src: Source, offset: number): Promise<[number, number]> {
  const r = new Reader(await src.read(offset, 5), offset);
  return [r.u32(), r.pos];
}

async function readFrom(src: Source): Promise<ComponentMetadata> {
  const preamble = await src.read(0, 8);
  if (wasmKind(preamble) !== 'component') {
    throw new ComponentFormatError('not a component (preamble is not \\0asm with layer 1)', 0);
  }
  const imports: string[] = [];
  const exports: string[] = [];
  let offset = 8;
  while (offset < src.size) {
    const id = (await src.read(offset, 1))[0];
    if (id > 12) throw new ComponentFormatError(`unknown component section id ${id}`, offset);
    const [size, n] = await leb(src, offset + 1);
    const start = offset + 1 + n;
    if (start + size > src.size)
      throw new ComponentFormatError(`section ${id} runs past the end of the file`, offset);
    if (id === SECTION_IMPORT || id === SECTION_EXPORT) {
      if (size > MAX_NAME_SECTION)
        throw new ComponentFormatError(`section ${id} is implausibly large (${size} bytes)`, offset);
      const r = new Reader(await src.read(start, size), start);
      if (id === SECTION_IMPORT) readImports(r, imports);
      else readExports(r, exports);
    }
    offset = start + size;
  }
  return { imports: [...new Set(imports)], exports: [...new Set(exports)] };
}

/** Read a component's top-level imports and exports from bytes in memory. Throws ComponentFormatError. */
export async function readComponentBytes(bytes: Uint8Array): Promise<ComponentMetadata> {
  return readFrom({
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(offset + length, bytes.length)),
  });
}

/**
 * Read a component's top-level imports and exports from a file, section by section (skipped sections are never
 * read). Throws ComponentFormatError for a binary it cannot decode.
 */
export async function readComponentFile(path: string): Promise<ComponentMetadata> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    return await readFrom({
      size,
      read: async (offset, length) => {
        const len = Math.max(0, Math.min(length, size - offset));
        const buf = Buffer.alloc(len);
        let got = 0;
        while (got < len) {
          const { bytesRead } = await fh.read(buf, got, len - got, offset + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return buf.subarray(0, got);
      },
    });
  } finally {
    await fh.close();
  }
}

/** readComponentFile, with any decoding failure turned into a UserError naming the file. */
export async function componentMetadataOrUserError(
  path: string,
  displayName: string,
): Promise<ComponentMetadata> {
  try {
    return await readComponentFile(path);
  } catch (e) {
    if (e instanceof ComponentFormatError) {
      throw new UserError(
        `cannot read the component-model imports and exports of ${q(displayName)}: ${e.message}`,
        'Check the file is a valid component (`wasm-tools validate` and `wasm-tools component wit` should accept it); ' +
          'rebuild it with a current toolchain, or publish a core module instead.',
        'Unreadable component',
      );
    }
    throw e;
  }
}
