/**
 * Implementation limits of the WebAssembly JS API (https://webassembly.github.io/spec/js-api/#limits), which V8
 * enforces while decoding: a module that exceeds one is refused by `WebAssembly.validate`, so we refuse it too, with
 * the limit named. Every count read from a file is checked against these (and against the bytes left in its section)
 * before anything proportional to it is allocated.
 *
 * Where the JS-API text and the reference engine differ, the reference (V8 13.6 in Node 24, which the action runs on)
 * decides, since the aim is the verdict `WebAssembly.validate` gives there: it refuses more than 100,000 memories (not
 * 100), memory64 sizes above 262,144 pages (16 GiB; the spec alone allows 2^48), and tables whose *initial* size
 * exceeds 10,000,000 elements (a larger maximum is accepted).
 */
export const LIMITS = {
  types: 1_000_000,
  functions: 1_000_000,
  imports: 100_000,
  exports: 100_000,
  globals: 1_000_000,
  tags: 1_000_000,
  dataSegments: 100_000,
  /** element segments, and the entries of one segment (V8: kV8MaxWasmTableInitEntries) */
  elementSegments: 10_000_000,
  elementEntries: 10_000_000,
  tables: 100_000,
  memories: 100_000,
  /** initial size of a table, in elements */
  tableSize: 10_000_000,
  /** memory32: 65,536 pages of 64 KiB */
  memory32Pages: 65_536n,
  /** memory64: 262,144 pages of 64 KiB = 16 GiB (V8's limit, checked when decoding) */
  memory64Pages: 262_144n,
  functionBodySize: 7_654_321,
  locals: 50_000,
  params: 1_000,
  results: 1_000,
  /** import/export/module names, in bytes */
  nameBytes: 100_000,
  /** a data segment's header (flags, memory index, offset expression) must fit in this window */
  dataHeaderBytes: 1 << 20,
  /** any module section held in memory whole (type, import, …, element); the code and data sections are streamed */
  bufferedSection: 64 << 20,
  /** component nesting (components inside components) */
  componentDepth: 32,
} as const;
