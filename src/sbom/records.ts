/**
 * What a module says about itself, for its SBOM: the top-level custom sections `producers`, `.dep-v0`, the
 * wasm-metadata text sections and the name, found by one walk over the section headers of a core module or a component
 * (only the header and the custom sections' bytes are read; nested modules of a component are not entered).
 * Damaged records become warnings, the rest is still used.
 */
import { Cursor, WasmFormatError } from '../wasm/leb128.js';
import { DEP_V0_SECTION, parseCargoAuditable, type CargoAudit } from './cargo-auditable.js';
import {
  isTextSection,
  parseMetadataText,
  parseNameSection,
  type ComponentMetadata,
} from './component-metadata.js';
import { parseProducers, type Producers } from './producers.js';
import type { SectionResult } from './result.js';

export interface CustomSection {
  name: string;
  /** the payload (after the name) */
  payload: Uint8Array;
  /** absolute offset of the payload */
  offset: number;
}

const MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** The top-level custom sections of a module or component, in file order. Throws `WasmFormatError` on bad framing. */
export function customSections(bytes: Uint8Array): CustomSection[] {
  const c = new Cursor(bytes, 0, 'module');
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b))
    throw new WasmFormatError('not a WebAssembly binary (no \\0asm magic)', 'magic', 0);
  c.skip(8);
  const out: CustomSection[] = [];
  while (!c.atEnd) {
    const id = c.u8();
    const sizeAt = c.pos;
    const size = c.u32();
    if (size > c.remaining) c.fail(`section ${id} of ${size} bytes runs past the end`, sizeAt);
    const end = c.pos + size;
    if (id === 0) {
      const s = new Cursor(bytes, 0, 'custom section', c.pos, end);
      const name = s.name();
      out.push({ name, payload: bytes.subarray(s.pos, end), offset: s.pos });
    }
    c.pos = end;
  }
  return out;
}

export interface ModuleRecords {
  producers?: Producers;
  cargo?: CargoAudit;
  metadata: ComponentMetadata;
  /** one line per damaged or repeated record (untrusted text inside: escape before logging) */
  warnings: string[];
}

function take<T>(r: SectionResult<T>, warnings: string[]): T | undefined {
  if (r.ok) return r.value;
  warnings.push(r.error.message);
  return undefined;
}

/** Reads the SBOM records of a module or component. Throws `WasmFormatError` only when the framing is broken. */
export function readModuleRecords(bytes: Uint8Array): ModuleRecords {
  const out: ModuleRecords = { metadata: {}, warnings: [] };
  const seen = new Set<string>();
  for (const s of customSections(bytes)) {
    const relevant =
      s.name === 'producers' ||
      s.name === DEP_V0_SECTION ||
      s.name === 'name' ||
      s.name === 'component-name' ||
      isTextSection(s.name);
    if (!relevant) continue;
    if (seen.has(s.name)) {
      out.warnings.push(
        `custom section ${JSON.stringify(s.name)} at offset ${s.offset} repeats; the first one is used`,
      );
      continue;
    }
    seen.add(s.name);
    if (s.name === 'producers') out.producers = take(parseProducers(s.payload, s.offset), out.warnings);
    else if (s.name === DEP_V0_SECTION)
      out.cargo = take(parseCargoAuditable(s.payload, s.offset), out.warnings);
    else if (s.name === 'name' || s.name === 'component-name') {
      const name = take(parseNameSection(s.name, s.payload, s.offset), out.warnings);
      if (name !== undefined && (out.metadata.name === undefined || s.name === 'component-name'))
        out.metadata.name = name;
    } else if (isTextSection(s.name)) {
      const text = take(parseMetadataText(s.name, s.payload, s.offset), out.warnings);
      if (text !== undefined) out.metadata[s.name] = text;
    }
  }
  return out;
}

/**
 * The warning to show when the module carries no dependency record (the SBOM then lists only the module and its
 * toolchain), with how to keep one; undefined when a `.dep-v0` record was read.
 */
export function missingDependencyRecord(rec: ModuleRecords): string | undefined {
  if (rec.cargo) return undefined;
  const rust = rec.producers?.language.some((l) => l.name.toLowerCase() === 'rust') ?? false;
  const what =
    'The module carries no dependency record, so its SBOM lists only the module and the toolchain of its producers section.';
  return rust
    ? `${what} Build it with \`cargo auditable build\` (cargo-auditable writes the crate list into the \`.dep-v0\` ` +
        'custom section), and keep that section in every step that rewrites the module afterwards (a strip of ' +
        'custom sections removes it).'
    : `${what} Toolchains that record dependencies in the module (cargo-auditable's \`.dep-v0\` section for Rust) ` +
        'make the SBOM list them.';
}
