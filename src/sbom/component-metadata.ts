/**
 * What wasm-metadata (bytecodealliance/wasm-tools, crates/wasm-metadata) writes about a module or component:
 *   - the name: subsection 0 of the `name` section (core module) or of the `component-name` section (component);
 *   - the OCI-annotation sections `authors`, `description`, `licenses` (an SPDX expression), `source`, `homepage`,
 *     `revision` and `version`, each a custom section whose whole payload is one UTF-8 string.
 * Each text is bounded; a section that is not UTF-8 or too long is a failed result, never a throw.
 */
import { Cursor, WasmFormatError } from '../wasm/leb128.js';
import { capture, type SectionResult } from './result.js';

export interface ComponentMetadata {
  name?: string;
  version?: string;
  authors?: string;
  description?: string;
  licenses?: string;
  source?: string;
  homepage?: string;
  revision?: string;
}

/** The custom sections wasm-metadata writes as plain UTF-8 text, by section name. */
export const TEXT_SECTIONS = [
  'authors',
  'description',
  'licenses',
  'source',
  'homepage',
  'revision',
  'version',
] as const;
export type TextSection = (typeof TEXT_SECTIONS)[number];

/** Longest metadata text accepted (a description is a paragraph, not a document). */
export const MAX_METADATA_TEXT = 16 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function isTextSection(name: string): name is TextSection {
  return (TEXT_SECTIONS as readonly string[]).includes(name);
}

/** One wasm-metadata text section (`authors`, `licenses`, …): its whole payload as UTF-8. */
export function parseMetadataText(
  section: TextSection,
  payload: Uint8Array,
  base = 0,
): SectionResult<string> {
  return capture(() => {
    if (payload.length > MAX_METADATA_TEXT) {
      throw new WasmFormatError(
        `${section} section at offset ${base}: ${payload.length} bytes, more than the ${MAX_METADATA_TEXT} accepted`,
        'too-large',
        base,
      );
    }
    try {
      return utf8.decode(payload);
    } catch {
      throw new WasmFormatError(`${section} section at offset ${base}: not valid UTF-8`, 'malformed', base);
    }
  });
}

/**
 * The module or component name from a `name` / `component-name` section: subsection 0 (`module name` /
 * `component name`) holds one name; other subsections (function names, sort names, …) are skipped by their size.
 * `undefined` when the section names no module/component.
 */
export function parseNameSection(
  section: 'name' | 'component-name',
  payload: Uint8Array,
  base = 0,
): SectionResult<string | undefined> {
  return capture(() => {
    const c = new Cursor(payload, base, `${section} section`);
    let name: string | undefined;
    let previous = -1;
    while (!c.atEnd) {
      const idAt = c.pos;
      const id = c.u8();
      const size = c.u32();
      const end = c.pos + size;
      if (size > c.remaining) c.fail(`subsection ${id} of ${size} bytes runs past the end`, idAt);
      if (id === 0) {
        if (previous >= 0) c.fail('the name subsection is not first', idAt);
        const sub = new Cursor(payload, base, `${section} section`, c.pos, end);
        name = sub.name();
        sub.expectEnd();
      }
      previous = id;
      c.pos = end;
    }
    if (name !== undefined && name.length > MAX_METADATA_TEXT)
      throw new WasmFormatError(
        `${section} section at offset ${base}: the name is too long`,
        'too-large',
        base,
      );
    return name;
  });
}
