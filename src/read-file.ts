/**
 * Reading a small file named by an input (runtime config, key files): only a regular file, and never more than a byte
 * limit. The file is opened non-blocking (a FIFO never blocks the open), checked with fstat on the open descriptor (no
 * race between the check and the read), and read until the limit plus one byte: a device such as /dev/zero, whose
 * `stat` size is 0, is refused before it is read, and a file that grows while it is read is refused at the limit.
 */
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { UserError } from './errors.js';
import { q } from './log.js';

export interface ReadLimits {
  /** e.g. `runtime config` */
  what: string;
  limit: number;
  /** UserError title and fix for a refusal */
  title: string;
  fix: string;
}

function kind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'a special file';
}

/**
 * The bytes of `path` when it is a regular file of at most `limit` bytes; a UserError (`… is not a regular file` /
 * `… is larger than …`) otherwise. File-system errors (ENOENT, EACCES) are thrown as they are, for the caller to word.
 */
export async function readRegularFile(path: string, l: ReadLimits): Promise<Buffer> {
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = await fh.stat();
    if (!st.isFile()) {
      throw new UserError(`${l.what} ${q(path)} is ${kind(st)}, not a regular file.`, l.fix, l.title, path);
    }
    const buf = Buffer.alloc(l.limit + 1);
    let size = 0;
    while (size < buf.length) {
      const { bytesRead } = await fh.read(buf, size, buf.length - size, size);
      if (bytesRead === 0) break;
      size += bytesRead;
    }
    if (size > l.limit) tooLarge(path, l);
    return buf.subarray(0, size);
  } finally {
    await fh.close();
  }
}

function tooLarge(path: string, l: ReadLimits): never {
  throw new UserError(
    `${l.what} ${q(path)} is larger than ${l.limit} bytes, more than a ${l.what} can be.`,
    l.fix,
    l.title,
    path,
  );
}
