import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { Deflate } from 'pako';
import { UserError } from '../errors.js';
import { q } from '../log.js';

/**
 * Deterministic tar + gzip, streamed: the same entries give the same bytes on every machine, OS and Node version.
 *
 * - tar: POSIX ustar headers, entries in the order given, mtime 0, uid/gid 0, no user/group names, mode 0644,
 *   regular files only, end-of-archive = two zero blocks (no padding to a 10 KiB record).
 * - gzip: header written here (no name, no comment, mtime 0, XFL per level, OS byte 255 "unknown"), raw deflate
 *   from pako at a fixed level, CRC-32 and ISIZE trailer.
 *
 * Why pako and not `node:zlib`: Node bundles Chromium's zlib fork, and vanilla zlib changed its block splitting in
 * 1.2.12, so "zlib at level N" is not one byte stream: on the same input, Node 20's zlib and Debian's zlib 1.2.13
 * give different bytes (see __tests__/package-compat.test.ts). pako is pure JavaScript with no CPU-specific paths,
 * so its output depends only on its own version (pinned exactly in package.json: bumping it may change layer digests).
 */

/** Fixed deflate settings. Changing any of them changes every compat layer digest. */
export const GZIP_LEVEL = 6;
const MEM_LEVEL = 8;
const WINDOW_BITS = 15;
/** gzip OS byte: 255 = unknown (the same on every platform; Go's compress/gzip writes this too). */
export const GZIP_OS_UNKNOWN = 0xff;

const BLOCK = 512;
/** ustar size field: 11 octal digits. */
const MAX_ENTRY_SIZE = 8 ** 11 - 1;
const READ_CHUNK = 1 << 20;

/** One regular file in the archive: small content in memory, large content streamed from `path`. */
export interface TarEntry {
  /** archive path (ASCII, at most 100 bytes, no `..`), e.g. `plugin.wasm` */
  name: string;
  bytes?: Buffer;
  /** file to stream; its size must equal `size` when given (checked while reading) */
  path?: string;
  size?: number;
}

export interface TarGzResult {
  /** path of the written `.tar.gz` blob: `<outDir>/<hex>` */
  path: string;
  /** sha256 of the gzip stream (the layer digest) */
  digest: string;
  /** size of the gzip stream */
  size: number;
  /** sha256 of the uncompressed tar (the image config `rootfs.diff_ids` entry) */
  diffId: string;
  /** size of the uncompressed tar */
  tarSize: number;
}

function octal(value: number, width: number): string {
  // width - 1 digits, then NUL
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** A 512-byte POSIX ustar header for a regular file, mode 0644, owned by 0:0, mtime 0. */
export function tarHeader(name: string, size: number): Buffer {
  if (
    !/^[A-Za-z0-9._-][A-Za-z0-9._/-]*$/.test(name) ||
    Buffer.byteLength(name) > 100 ||
    name.split('/').includes('..')
  ) {
    throw new Error(`tar entry name ${q(name)} is not a plain relative ASCII path of at most 100 bytes`);
  }
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_ENTRY_SIZE) {
    throw new UserError(
      `a file of ${size} bytes does not fit in a ustar archive entry (limit ${MAX_ENTRY_SIZE} bytes)`,
      'Use format "solo" or "cncf", which store the module as a raw layer without a size limit.',
    );
  }
  const h = Buffer.alloc(BLOCK, 0);
  h.write(name, 0, 100, 'ascii');
  h.write(octal(0o644, 8), 100, 8, 'ascii'); // mode
  h.write(octal(0, 8), 108, 8, 'ascii'); // uid
  h.write(octal(0, 8), 116, 8, 'ascii'); // gid
  h.write(octal(size, 12), 124, 12, 'ascii'); // size
  h.write(octal(0, 12), 136, 12, 'ascii'); // mtime
  h.write('        ', 148, 8, 'ascii'); // checksum placeholder: 8 spaces
  h.write('0', 156, 1, 'ascii'); // typeflag: regular file
  h.write('ustar\0', 257, 6, 'ascii'); // magic
  h.write('00', 263, 2, 'ascii'); // version
  h.write(octal(0, 8), 329, 8, 'ascii'); // devmajor
  h.write(octal(0, 8), 337, 8, 'ascii'); // devminor
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return h;
}

/** The gzip member header: no FNAME/FCOMMENT/FEXTRA, MTIME 0, XFL for the level, fixed OS byte (RFC 1952). */
export function gzipHeader(level: number = GZIP_LEVEL): Buffer {
  const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
  return Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, xfl, GZIP_OS_UNKNOWN]);
}

/** The tar byte stream, in fixed-size pieces; file entries are streamed and their size checked. */
async function* tarStream(entries: TarEntry[]): AsyncGenerator<Buffer> {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name)) throw new Error(`duplicate tar entry ${q(entry.name)}`);
    seen.add(entry.name);
    if (entry.bytes) {
      yield tarHeader(entry.name, entry.bytes.length);
      yield entry.bytes;
      const pad = (BLOCK - (entry.bytes.length % BLOCK)) % BLOCK;
      if (pad) yield Buffer.alloc(pad);
      continue;
    }
    if (!entry.path || entry.size === undefined)
      throw new Error(`tar entry ${q(entry.name)} has neither bytes nor path+size`);
    yield tarHeader(entry.name, entry.size);
    let read = 0;
    for await (const chunk of createReadStream(entry.path, { highWaterMark: READ_CHUNK })) {
      const buf = chunk as Buffer;
      read += buf.length;
      if (read > entry.size) break;
      yield buf;
    }
    if (read !== entry.size) {
      throw new UserError(
        `${q(entry.path)} changed while it was being packaged (expected ${entry.size} bytes, read ${read})`,
        'Make sure no other step writes the module while this action runs.',
      );
    }
    const pad = (BLOCK - (entry.size % BLOCK)) % BLOCK;
    if (pad) yield Buffer.alloc(pad);
  }
  yield Buffer.alloc(2 * BLOCK);
}

/**
 * Write `entries` as a deterministic `.tar.gz` blob into `outDir` (content-addressed: `<outDir>/<hex>`, written to a
 * temp name then renamed), hashing the tar and the gzip stream in the same single pass. Never holds a whole file.
 */
export async function writeTarGz(
  entries: TarEntry[],
  outDir: string,
  level: number = GZIP_LEVEL,
): Promise<TarGzResult> {
  const tmp = join(outDir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}.tar.gz`);
  const fh = await open(tmp, 'wx');
  const tarHash = createHash('sha256');
  const gzHash = createHash('sha256');
  let tarSize = 0;
  let gzSize = 0;
  let crc = 0;
  let pending: Buffer[] = [];
  const deflater = new Deflate({ level, raw: true, memLevel: MEM_LEVEL, windowBits: WINDOW_BITS });
  deflater.onData = (chunk) => pending.push(Buffer.from(chunk));
  const flushPending = async (): Promise<void> => {
    const out = pending;
    pending = [];
    for (const b of out) {
      gzHash.update(b);
      gzSize += b.length;
      await fh.write(b);
    }
  };
  let ok = false;
  try {
    pending.push(gzipHeader(level));
    for await (const piece of tarStream(entries)) {
      tarHash.update(piece);
      tarSize += piece.length;
      crc = crc32(piece, crc);
      if (!deflater.push(piece, false)) throw new Error(`deflate failed: ${deflater.msg ?? deflater.err}`);
      await flushPending();
    }
    if (!deflater.push(new Uint8Array(0), true))
      throw new Error(`deflate failed: ${deflater.msg ?? deflater.err}`);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(tarSize % 2 ** 32, 4);
    pending.push(trailer);
    await flushPending();
    await fh.close();
    const hex = gzHash.digest('hex');
    const path = join(outDir, hex);
    await rename(tmp, path);
    ok = true;
    return {
      path,
      digest: `sha256:${hex}`,
      size: gzSize,
      diffId: `sha256:${tarHash.digest('hex')}`,
      tarSize,
    };
  } finally {
    if (!ok) {
      await fh.close().catch(() => undefined);
      await rm(tmp, { force: true });
    }
  }
}
