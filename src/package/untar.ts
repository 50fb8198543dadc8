/**
 * A streaming tar reader for the compat layer (the inverse of tar.ts, tolerant of what other tools write): ustar and
 * GNU headers, the ustar `prefix` field, PAX `path` records and GNU long names. It selects entries by base name (as
 * Istio does: `filepath.Base(name) == "plugin.wasm"`, first match wins) and hands their data to a sink chunk by chunk,
 * so the module is never buffered whole. Everything after the selected entries is still read (so a digest computed
 * over the stream covers it all).
 */
import { UserError } from '../errors.js';

const BLOCK = 512;
const MAX_META = 1 << 20;

export interface TarSelection {
  /** base name of the entry, e.g. `plugin.wasm` */
  name: string;
  /** receive the entry's data in order; called at most once per chunk */
  onData(chunk: Buffer): Promise<void> | void;
}

export interface TarReadResult {
  /** base names of the selected entries that were found, with their full path in the archive and size */
  found: Record<string, { path: string; size: number }>;
  /** number of entries (files, directories, links) in the archive, PAX/GNU metadata entries excluded */
  entries: number;
}

interface Entry {
  name: string;
  size: number;
  type: string;
}

function cstring(buf: Buffer, start: number, len: number): string {
  const slice = buf.subarray(start, start + len);
  const nul = slice.indexOf(0);
  return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}

function numeric(buf: Buffer, start: number, len: number): number {
  const field = buf.subarray(start, start + len);
  if (field[0] & 0x80) {
    // GNU base-256: big-endian, high bit set on the first byte.
    let v = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) v = v * 256 + field[i];
    return v;
  }
  const text = cstring(buf, start, len).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw badTar('a header with a non-octal number');
  return parseInt(text, 8);
}

function badTar(what: string): UserError {
  return new UserError(
    `The compat layer is not a valid tar archive: ${what}.`,
    'Re-publish the artifact; the compat layer must be a tar+gzip holding plugin.wasm.',
    'Invalid artifact',
  );
}

function checksumOk(h: Buffer): boolean {
  const stored = numeric(h, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i];
  return stored === sum;
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    if (space < 0) break;
    const len = parseInt(data.subarray(i, space).toString('ascii'), 10);
    if (!Number.isSafeInteger(len) || len <= 0 || i + len > data.length) break;
    const record = data.subarray(space + 1, i + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    i += len;
  }
  return out;
}

function baseName(path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  return parts[parts.length - 1] ?? '';
}

/** Read a tar stream, feeding the first regular-file entry of each selected base name to its sink. */
export async function readTar(source: AsyncIterable<Buffer>, select: TarSelection[]): Promise<TarReadResult> {
  const found: TarReadResult['found'] = {};
  let entries = 0;
  let pending = Buffer.alloc(0);
  let entry: Entry | undefined;
  let remaining = 0; // data bytes left in the current entry
  let padding = 0; // padding bytes after it
  let sink: TarSelection | undefined;
  let meta: Buffer[] | undefined; // PAX / GNU long-name data being collected
  let nextName: string | undefined;
  let ended = false;

  const startEntry = (h: Buffer) => {
    if (!checksumOk(h)) throw badTar('a header checksum does not match');
    let name = cstring(h, 0, 100);
    const type = String.fromCharCode(h[156] || 0x30);
    const magic = cstring(h, 257, 6);
    if (magic === 'ustar') {
      const prefix = cstring(h, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    const size = numeric(h, 124, 12);
    if (nextName !== undefined && type !== 'x' && type !== 'L' && type !== 'g') {
      name = nextName;
      nextName = undefined;
    }
    entry = { name, size, type };
    remaining = size;
    padding = (BLOCK - (size % BLOCK)) % BLOCK;
    sink = undefined;
    meta = undefined;
    if (type === 'x' || type === 'L') {
      if (size > MAX_META) throw badTar('an oversized PAX or long-name header');
      meta = [];
    } else if (type !== 'g') {
      entries++;
      const base = baseName(name);
      const isFile = type === '0' || type === '7' || type === '\0';
      const s = select.find((x) => x.name === base);
      if (isFile && s && !found[base]) {
        found[base] = { path: name, size };
        sink = s;
      }
    }
  };

  const endEntry = () => {
    if (entry && meta) {
      const data = Buffer.concat(meta);
      if (entry.type === 'x') {
        const path = parsePax(data).path;
        if (path !== undefined) nextName = path;
      } else if (entry.type === 'L') {
        nextName = cstring(data, 0, data.length);
      }
    }
    entry = undefined;
    sink = undefined;
    meta = undefined;
  };

  for await (const raw of source) {
    let chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as Uint8Array);
    while (chunk.length > 0) {
      if (ended) {
        chunk = Buffer.alloc(0); // trailing blocks after the end marker: read and ignored
        break;
      }
      if (entry && remaining > 0) {
        const take = Math.min(remaining, chunk.length);
        const part = chunk.subarray(0, take);
        if (sink) await sink.onData(part);
        if (meta) meta.push(Buffer.from(part));
        remaining -= take;
        chunk = chunk.subarray(take);
        continue;
      }
      if (entry && padding > 0) {
        const take = Math.min(padding, chunk.length);
        padding -= take;
        chunk = chunk.subarray(take);
        if (padding === 0) endEntry();
        continue;
      }
      if (entry) endEntry();
      // Collect a header block.
      const need = BLOCK - pending.length;
      pending = Buffer.concat([pending, chunk.subarray(0, need)]);
      chunk = chunk.subarray(need);
      if (pending.length < BLOCK) continue;
      const header = pending;
      pending = Buffer.alloc(0);
      if (header.every((b) => b === 0)) {
        ended = true;
        continue;
      }
      startEntry(header);
      if (remaining === 0 && padding === 0) endEntry();
    }
  }
  if (!ended && (entry !== undefined ? remaining > 0 || padding > 0 : pending.length > 0)) {
    throw badTar('it ends in the middle of an entry');
  }
  return { found, entries };
}
