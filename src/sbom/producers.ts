/**
 * The `producers` custom section (WebAssembly tool-conventions, ProducersSection.md): which languages, tools
 * (`processed-by`) and SDKs made the module, each a vector of (name, version) pairs.
 *
 *   producers_section ::= vec(field)
 *   field             ::= field-name:name  field-value-list:vec(versioned-name)
 *   versioned-name    ::= name:name  version:name
 *
 * Decoded with the project's one `Cursor`: every length is checked against the bytes that follow, names must be
 * UTF-8, a field may appear once, and nothing may follow the last field. Unknown field names are kept aside, not lost.
 */
import { Cursor } from '../wasm/leb128.js';
import { capture, type SectionResult } from './result.js';

export interface VersionedName {
  name: string;
  version: string;
}

export interface Producers {
  language: VersionedName[];
  processedBy: VersionedName[];
  sdk: VersionedName[];
  /** fields the convention does not define, in section order */
  other: { field: string; values: VersionedName[] }[];
}

const KNOWN = { language: 'language', 'processed-by': 'processedBy', sdk: 'sdk' } as const;

/** Each (name, version) pair takes at least two bytes (two empty names). */
const MIN_PAIR_BYTES = 2;

/**
 * Parses a `producers` section payload. `base` is the payload's absolute offset in the module, for messages.
 */
export function parseProducers(payload: Uint8Array, base = 0): SectionResult<Producers> {
  return capture(() => {
    const c = new Cursor(payload, base, 'producers section');
    const out: Producers = { language: [], processedBy: [], sdk: [], other: [] };
    const seen = new Set<string>();
    const fields = c.count(2);
    for (let i = 0; i < fields; i++) {
      const at = c.pos;
      const field = c.name();
      if (seen.has(field)) c.fail(`field ${JSON.stringify(field)} appears twice`, at);
      seen.add(field);
      const n = c.count(MIN_PAIR_BYTES);
      const values: VersionedName[] = [];
      for (let j = 0; j < n; j++) values.push({ name: c.name(), version: c.name() });
      const known = Object.hasOwn(KNOWN, field) ? KNOWN[field as keyof typeof KNOWN] : undefined;
      if (known) out[known] = values;
      else out.other.push({ field, values });
    }
    c.expectEnd();
    return out;
  });
}
