/**
 * The one byte cursor and LEB128 decoder of the project: every reader of Wasm bytes (core sections, function bodies,
 * components) decodes through it. Decoding is strict as the spec's binary format demands (at most ceil(N/7) bytes, the
 * unused bits of the last byte zero or a sign extension). Every failure is a `WasmFormatError` carrying the absolute
 * byte offset.
 */

export type WasmFormatErrorCode =
  'empty' | 'magic' | 'version' | 'truncated' | 'malformed' | 'invalid' | 'too-large';

/** The bytes are not a well-formed (or not a valid) WebAssembly binary. `offset` is the absolute byte offset. */
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class Cursor {
  pos: number;

  /**
   * @param data the bytes (a section's content, a function body, …)
   * @param base absolute file offset of `data[0]`, for messages
   * @param where what is being read, for messages (e.g. `import section`, `function 12`)
   * @param start first index to read
   * @param end one past the last index to read
   */
  constructor(
    readonly data: Uint8Array,
    readonly base: number,
    public where: string,
    start = 0,
    readonly end = data.length,
  ) {
    this.pos = start;
  }

  /** absolute file offset of the next byte */
  get offset(): number {
    return this.base + this.pos;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  get atEnd(): boolean {
    return this.pos >= this.end;
  }

  /** A malformed-binary error at `at` (default: the current position). */
  fail(what: string, at = this.pos, code: WasmFormatErrorCode = 'malformed'): never {
    throw new WasmFormatError(`${this.where} at offset ${this.base + at}: ${what}`, code, this.base + at);
  }

  /** A validation (typing) error. */
  invalid(what: string, at = this.pos): never {
    return this.fail(what, at, 'invalid');
  }

  expectEnd(): void {
    if (this.pos !== this.end) this.fail(`${this.end - this.pos} unexpected byte(s) after the content`);
  }

  peek(): number {
    if (this.pos >= this.end) this.fail('unexpected end');
    return this.data[this.pos];
  }

  u8(): number {
    if (this.pos >= this.end) this.fail('unexpected end');
    return this.data[this.pos++];
  }

  /** unsigned LEB128 of at most 32 bits */
  u32(): number {
    const start = this.pos;
    if (start < this.end && this.data[start] < 0x80) return this.data[this.pos++]; // fast path: one byte
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.u8();
      if (shift === 28) {
        if (b & 0xf0) this.fail('integer representation too long or too large (u32)', start);
        return result + b * 2 ** 28;
      }
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
    }
  }

  /** unsigned LEB128 of at most 64 bits (memory64 limits) */
  u64(): bigint {
    const start = this.pos;
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const b = this.u8();
      if (shift === 63n) {
        if (b & 0xfe) this.fail('integer representation too long or too large (u64)', start);
        return result | (BigInt(b) << 63n);
      }
      result |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return result;
    }
  }

  /** signed LEB128 of at most `bits` bits (32, 33 or 64); values of up to 53 bits are exact */
  sleb(bits: 32 | 33 | 64): number {
    const start = this.pos;
    if (start < this.end && this.data[start] < 0x80) {
      // fast path: one byte, sign in bit 6
      const b = this.data[this.pos++];
      return b & 0x40 ? b - 0x80 : b;
    }
    const maxBytes = Math.ceil(bits / 7);
    let result = 0;
    let shift = 0;
    for (let i = 1; ; i++) {
      const b = this.u8();
      if (i === maxBytes) {
        // the unused high bits of the last byte must all equal its sign bit
        const used = bits - shift; // bits this byte contributes, sign included
        const rest = b >> (used - 1); // sign bit and the unused bits above it
        const allowed = (0x7f >> (used - 1)) & 0x7f;
        if (b & 0x80 || (rest !== 0 && rest !== allowed))
          this.fail(`integer representation too long or too large (s${bits})`, start);
      }
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) {
        if (b & 0x40) result -= 2 ** shift;
        return result;
      }
    }
  }

  s32(): number {
    return this.sleb(32);
  }

  s33(): number {
    return this.sleb(33);
  }

  /** i64.const immediates: checked for encoding, value not needed exactly */
  s64(): number {
    return this.sleb(64);
  }

  /** A vector length, checked against the bytes left (each element takes at least `minElemBytes`). */
  count(minElemBytes = 1): number {
    const at = this.pos;
    const n = this.u32();
    if (n * minElemBytes > this.end - this.pos) this.fail(`length ${n} exceeds the bytes that follow`, at);
    return n;
  }

  bytes(n: number): Uint8Array {
    if (n > this.end - this.pos) this.fail(`${n} bytes run past the end`);
    const b = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  skip(n: number): void {
    if (n > this.end - this.pos) this.fail(`${n} bytes run past the end`);
    this.pos += n;
  }

  /** a UTF-8 name (length-prefixed); invalid UTF-8 is malformed */
  name(): string {
    const at = this.pos;
    const len = this.u32();
    if (len > this.end - this.pos) this.fail('name runs past the end', at);
    const b = this.data.subarray(this.pos, this.pos + len);
    this.pos += len;
    try {
      return utf8.decode(b);
    } catch {
      return this.fail('name is not valid UTF-8', at);
    }
  }
}
