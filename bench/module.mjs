// Benchmark modules: valid proxy-wasm modules of an exact size (shared by the registry and cache benchmarks).
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

export const MiB = 1 << 20;

function leb128(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

/**
 * A valid proxy-wasm module of exactly `size` bytes: `base` (the example filter) plus one custom section of random
 * filler (one random MiB repeated), so each call gives a module with a new digest.
 */
export function writeModule(path, size, base) {
  const name = Buffer.from('bench.filler');
  // section = id(0) + leb(len) + leb(nameLen) + name + payload; solve for payload length
  let payload = size - base.length - 1 - leb128(name.length).length - name.length;
  for (let i = 0; i < 3; i++) {
    const inner = leb128(name.length).length + name.length + payload;
    payload = size - base.length - 1 - leb128(inner).length - leb128(name.length).length - name.length;
  }
  const inner = leb128(name.length).length + name.length + payload;
  const fd = openSync(path, 'w');
  writeSync(fd, base);
  writeSync(fd, Buffer.concat([Buffer.from([0]), leb128(inner), leb128(name.length), name]));
  const block = randomBytes(MiB);
  for (let left = payload; left > 0; left -= MiB) writeSync(fd, block, 0, Math.min(MiB, left));
  closeSync(fd);
}
