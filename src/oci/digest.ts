import { createHash } from 'node:crypto';

/** sha256 digest string (`sha256:<hex>`) of in-memory bytes. */
export function sha256Digest(bytes: Uint8Array | string): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

export function digestHex(digest: string): string {
  return digest.slice(digest.indexOf(':') + 1);
}
