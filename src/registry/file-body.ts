/**
 * A byte range of a file as a request body, sent through two reused buffers (see `pumpFile`): a large upload allocates
 * nothing per chunk. Re-read from the file on every attempt, so retries and restarted uploads need no copy in memory.
 */
import type http from 'node:http';
import { open } from 'node:fs/promises';

export interface FileBody {
  path: string;
  /** first byte of the range (default 0) */
  start?: number;
  length: number;
}

export function isFileBody(body: unknown): body is FileBody {
  return !Buffer.isBuffer(body) && typeof (body as FileBody | undefined)?.path === 'string';
}

/** Bytes per write of a file body: large writes keep the socket busy with few syscalls. */
const FILE_CHUNK = 1024 * 1024;

/**
 * Send a file range as the request body. Two buffers alternate; a buffer is refilled only after the socket took its
 * previous contents (the write callback), so at most two chunks are in flight and nothing is left for the GC.
 */
export async function pumpFile(body: FileBody, r: http.ClientRequest, stopped: () => boolean): Promise<void> {
  const closed = new Promise<never>((_, reject) =>
    r.once('close', () => reject(new Error('the request closed while its body was being sent'))),
  );
  closed.catch(() => undefined);
  const fh = await open(body.path, 'r');
  try {
    const bufs = [Buffer.allocUnsafe(FILE_CHUNK), Buffer.allocUnsafe(FILE_CHUNK)];
    const inFlight: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
    let pos = body.start ?? 0;
    let left = body.length;
    for (let k = 0; left > 0 && !stopped(); k ^= 1) {
      await Promise.race([inFlight[k], closed]);
      const { bytesRead } = await fh.read(bufs[k], 0, Math.min(FILE_CHUNK, left), pos);
      if (bytesRead === 0) throw new Error(`${body.path} is shorter than the ${body.length} bytes to send`);
      if (stopped()) return;
      const view = bufs[k].subarray(0, bytesRead);
      inFlight[k] = new Promise<void>((resolve, reject) => r.write(view, (e) => (e ? reject(e) : resolve())));
      inFlight[k].catch(() => undefined);
      pos += bytesRead;
      left -= bytesRead;
    }
    await Promise.race([Promise.all(inFlight), closed]);
    if (!stopped()) r.end();
  } finally {
    await fh.close();
  }
}
