/**
 * What the SBOM readers return: the parsed record, or the `WasmFormatError` that says what is wrong with the section's
 * bytes (never a throw: a module whose self-description is damaged still publishes, with a warning).
 */
import { WasmFormatError } from '../wasm/leb128.js';

export type SectionResult<T> = { ok: true; value: T } | { ok: false; error: WasmFormatError };

/** Runs `parse`, turning a `WasmFormatError` into a failed result; anything else is a bug and propagates. */
export function capture<T>(parse: () => T): SectionResult<T> {
  try {
    return { ok: true, value: parse() };
  } catch (e) {
    if (e instanceof WasmFormatError) return { ok: false, error: e };
    throw e;
  }
}
