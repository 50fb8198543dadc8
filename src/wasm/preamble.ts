/**
 * The 8-byte preamble of a Wasm binary (magic number, then version: core module or component) and the name of a custom
 * section, as the reader reports them.
 */
import { Cursor, WasmFormatError } from './leb128.js';

export type WasmKind = 'module' | 'component';

export const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);
const CORE_VERSION = Buffer.from([0x01, 0x00, 0x00, 0x00]);
/** component-model preamble: version 0x000d, layer 0x0001 */
const COMPONENT_VERSION = Buffer.from([0x0d, 0x00, 0x01, 0x00]);

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

/** printable rendering of a few bytes, e.g. `"PK.."` (only letters, digits and a few safe symbols are shown) */
const ascii = (b: Uint8Array): string =>
  '"' +
  Array.from(b, (x) =>
    /[A-Za-z0-9 .,;_<>{}()=/-]/.test(String.fromCharCode(x)) ? String.fromCharCode(x) : '.',
  ).join('') +
  '"';

/** Throws unless `m` (the first 4 bytes) is the magic number; `base` is its absolute offset. */
export function checkMagic(m: Buffer, base: number): void {
  if (m.equals(WASM_MAGIC)) return;
  throw new WasmFormatError(
    `starts with ${hex(m)} ${ascii(m)}, not the magic number 00 61 73 6d ("\\0asm")`,
    'magic',
    base,
  );
}

/** The kind of binary from the 4 version bytes, or a `version` error. */
export function versionKind(v: Buffer, base: number): WasmKind {
  if (v.equals(CORE_VERSION)) return 'module';
  if (v.equals(COMPONENT_VERSION)) return 'component';
  if (v[2] === 0x01 && v[3] === 0x00) {
    throw new WasmFormatError(
      `unsupported component-model encoding version 0x${v.readUInt16LE(0).toString(16)} (bytes ${hex(v)}); ` +
        'only the current encoding (0d 00 01 00) is understood',
      'version',
      base + 4,
    );
  }
  throw new WasmFormatError(
    `unsupported WebAssembly version: bytes ${hex(v)} (expected 01 00 00 00 for a core module ` +
      'or 0d 00 01 00 for a component)',
    'version',
    base + 4,
  );
}

const utf8Lenient = new TextDecoder('utf-8');

/** a custom section's name from the kept prefix of its content; `size` is the whole section's size */
export function customName(data: Uint8Array, base: number, size: number): string {
  const cur = new Cursor(data, base, 'custom section');
  const at = cur.pos;
  const len = cur.u32();
  if (len > size - cur.pos) cur.fail('the name runs past the end of the section', at);
  if (len <= cur.remaining) {
    cur.pos = at;
    return cur.name();
  }
  return utf8Lenient.decode(data.subarray(cur.pos)) + '…';
}
