/**
 * The two sections that are streamed instead of buffered: the code section (one function body held at a time, each
 * validated as soon as its last byte arrives) and the data section (each segment's header and offset expression
 * parsed, its payload skipped without being held). Both receive the section's bytes in arbitrary slices.
 */
import { validateFunctionBody } from './code.js';
import { Cursor } from './leb128.js';
import { LIMITS } from './limits.js';
import type { ModuleContext } from './module.js';
import { readDataCount, readDataHeader } from './segments.js';

export interface SectionStream {
  /** bytes `buf[start..end)`, whose first byte is at absolute offset `abs` */
  feed(buf: Uint8Array, start: number, end: number, abs: number): void;
  /** the section's last byte has been fed */
  finish(): void;
}

const hex = (n: number): string => '0x' + n.toString(16);

/** A LEB128 u32 that may arrive split across slices. */
class Leb {
  private readonly bytes = new Uint8Array(5);
  private len = 0;
  private at = 0;

  /** take bytes from `buf[i..end)` (buf[i] at `abs`); the index after the LEB once complete, or -1 */
  take(buf: Uint8Array, i: number, end: number, abs: number): number {
    if (this.len === 0) this.at = abs;
    while (i < end) {
      const b = buf[i++];
      this.bytes[this.len++] = b;
      if (!(b & 0x80) || this.len === 5) return i;
    }
    return -1;
  }

  /** a cursor over the complete LEB (the collector is reset) */
  cursor(where: string): Cursor {
    const cur = new Cursor(this.bytes.slice(0, this.len), this.at, where);
    this.len = 0;
    if (cur.data[cur.end - 1] & 0x80) cur.fail('integer representation too long (u32)', 0);
    return cur;
  }

  value(where: string): number {
    return this.cursor(where).u32();
  }

  get pending(): boolean {
    return this.len > 0;
  }
}

/** The code section: count, then size-prefixed bodies, each validated on its own. */
export class CodeStream implements SectionStream {
  private readonly leb = new Leb();
  private count = -1;
  private index = 0;
  private bodyLen = -1;
  private bodyAbs = 0;
  private fill = 0;
  private scratch = new Uint8Array(0);

  constructor(
    private readonly ctx: ModuleContext,
    private readonly firstFunc: number,
    private readonly definedFuncs: number,
    private readonly sectionStart: number,
    private readonly sectionEnd: number,
  ) {}

  feed(buf: Uint8Array, start: number, end: number, abs: number): void {
    let i = start;
    const absOf = (k: number): number => abs + (k - start);
    while (i < end) {
      if (this.bodyLen >= 0) {
        i = this.bodyBytes(buf, i, end);
        continue;
      }
      if (this.count >= 0 && this.index === this.count)
        this.fail(`${this.sectionEnd - absOf(i)} unexpected byte(s) after the last function body`, absOf(i));
      const next = this.leb.take(buf, i, end, absOf(i));
      if (next < 0) return;
      i = next;
      if (this.count < 0) this.setCount(this.leb.value('code section'));
      else this.startBody(this.leb.value(`code section, body ${this.index}`), absOf(i));
    }
  }

  finish(): void {
    if (this.count < 0) this.fail('the section ends before its function count', this.sectionEnd);
    if (this.index < this.count || this.bodyLen >= 0 || this.leb.pending)
      this.fail(`the section ends inside function body ${this.index} of ${this.count}`, this.sectionEnd);
  }

  private fail(what: string, at: number): never {
    return new Cursor(new Uint8Array(0), at, 'code section').fail(what, 0);
  }

  private setCount(n: number): void {
    if (n !== this.definedFuncs)
      this.fail(
        `the function section declares ${this.definedFuncs} function(s) but the code section has ${n} bodies`,
        this.sectionStart,
      );
    this.count = n;
  }

  private startBody(n: number, abs: number): void {
    const f = this.firstFunc + this.index;
    if (n > LIMITS.functionBodySize)
      new Cursor(new Uint8Array(0), abs, `function ${f}`).invalid(
        `body of ${n} bytes exceeds the limit of ${LIMITS.functionBodySize} bytes`,
        0,
      );
    if (n > this.sectionEnd - abs) this.fail(`function ${f}'s body of ${n} bytes runs past the section`, abs);
    this.bodyLen = n;
    this.bodyAbs = abs;
    this.fill = 0;
    if (n === 0) this.validate(this.scratch, 0);
  }

  private bodyBytes(buf: Uint8Array, i: number, end: number): number {
    const need = this.bodyLen - this.fill;
    if (this.fill === 0 && end - i >= need) {
      // the whole body is in this slice: validate it in place
      this.validate(buf, i);
      return i + need;
    }
    if (this.fill === 0 && this.scratch.length < this.bodyLen) this.scratch = new Uint8Array(this.bodyLen);
    const n = Math.min(need, end - i);
    this.scratch.set(buf.subarray(i, i + n), this.fill);
    this.fill += n;
    if (this.fill === this.bodyLen) this.validate(this.scratch, 0);
    return i + n;
  }

  private validate(data: Uint8Array, start: number): void {
    const f = this.firstFunc + this.index;
    const base = this.bodyAbs - start;
    const cur = new Cursor(
      data,
      base,
      `function ${f} (body at offset ${hex(this.bodyAbs)})`,
      start,
      start + this.bodyLen,
    );
    validateFunctionBody(cur, this.ctx, f);
    this.index++;
    this.bodyLen = -1;
    this.fill = 0;
  }
}

/** The data section: count, then segments whose headers are parsed and whose payloads are skipped. */
export class DataStream implements SectionStream {
  private readonly leb = new Leb();
  private count = -1;
  private index = 0;
  /** bytes of the payload still to skip */
  private skip = 0;
  /** a header that arrived split across slices */
  private hdr = new Uint8Array(0);
  private hdrLen = 0;
  private hdrAbs = 0;
  private nextTry = 0;

  constructor(
    private readonly ctx: ModuleContext,
    private readonly sectionEnd: number,
  ) {}

  get segments(): number {
    return Math.max(this.count, 0);
  }

  feed(buf: Uint8Array, start: number, end: number, abs: number): void {
    let i = start;
    const absOf = (k: number): number => abs + (k - start);
    while (i < end) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, end - i);
        this.skip -= n;
        i += n;
      } else if (this.count < 0) {
        const next = this.leb.take(buf, i, end, absOf(i));
        if (next < 0) return;
        i = next;
        this.count = readDataCount(this.leb.cursor('data section'), this.ctx);
      } else if (this.index === this.count) {
        this.fail(`${this.sectionEnd - absOf(i)} unexpected byte(s) after the last data segment`, absOf(i));
      } else if (this.hdrLen === 0) {
        i = this.headerInPlace(buf, i, end, absOf(i));
      } else {
        i = this.headerBuffered(buf, i, end);
      }
    }
  }

  finish(): void {
    if (this.count < 0) this.fail('the section ends before its segment count', this.sectionEnd);
    if (this.index < this.count || this.skip > 0 || this.hdrLen > 0 || this.leb.pending)
      this.fail(`the section ends inside data segment ${this.index} of ${this.count}`, this.sectionEnd);
  }

  private fail(what: string, at: number): never {
    return new Cursor(new Uint8Array(0), at, 'data section').fail(what, 0);
  }

  /** Try to parse a header from `data[i..end)` (data[i] at `abs`). Returns the index after it, or -1. */
  private tryHeader(data: Uint8Array, i: number, end: number, abs: number): number {
    const complete = abs + (end - i) >= this.sectionEnd || end - i >= LIMITS.dataHeaderBytes;
    const cur = new Cursor(data, abs - i, `data segment ${this.index}`, i, end);
    let len: number;
    try {
      len = readDataHeader(cur, this.ctx, this.index);
    } catch (e) {
      if (complete) throw e;
      return -1;
    }
    const payloadAt = abs + (cur.pos - i);
    if (len > this.sectionEnd - payloadAt)
      this.fail(`data segment ${this.index}'s payload of ${len} bytes runs past the section`, payloadAt);
    this.index++;
    this.skip = len;
    return cur.pos;
  }

  private headerInPlace(buf: Uint8Array, i: number, end: number, abs: number): number {
    const next = this.tryHeader(buf, i, end, abs);
    if (next >= 0) return next;
    const n = Math.min(end - i, LIMITS.dataHeaderBytes);
    this.hdr = new Uint8Array(Math.max(256, n * 2));
    this.hdr.set(buf.subarray(i, i + n));
    this.hdrLen = n;
    this.hdrAbs = abs;
    this.nextTry = n * 2;
    return i + n;
  }

  private headerBuffered(buf: Uint8Array, i: number, end: number): number {
    const room = Math.min(
      LIMITS.dataHeaderBytes - this.hdrLen,
      this.sectionEnd - (this.hdrAbs + this.hdrLen),
    );
    const n = Math.min(end - i, room);
    if (this.hdrLen + n > this.hdr.length) {
      const grown = new Uint8Array(
        Math.min(LIMITS.dataHeaderBytes, Math.max(this.hdr.length * 2, this.hdrLen + n)),
      );
      grown.set(this.hdr.subarray(0, this.hdrLen));
      this.hdr = grown;
    }
    this.hdr.set(buf.subarray(i, i + n), this.hdrLen);
    this.hdrLen += n;
    const complete = this.hdrAbs + this.hdrLen >= this.sectionEnd || this.hdrLen >= LIMITS.dataHeaderBytes;
    if (this.hdrLen < this.nextTry && !complete) return i + n;
    this.nextTry = this.hdrLen * 2;
    const next = this.tryHeader(this.hdr, 0, this.hdrLen, this.hdrAbs);
    if (next < 0) {
      if (complete) this.fail('data segment header does not fit', this.hdrAbs);
      return i + n;
    }
    // the header is parsed; the rest of the buffered bytes are payload (and maybe the next segments): replay them
    const rest = this.hdr.slice(next, this.hdrLen);
    const restAbs = this.hdrAbs + next;
    this.hdrLen = 0;
    this.hdr = new Uint8Array(0);
    this.feed(rest, 0, rest.length, restAbs);
    return i + n;
  }
}
