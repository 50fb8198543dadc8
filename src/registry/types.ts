import type { Readable } from 'node:stream';
import type { Descriptor } from '../oci/types.js';

/** Credentials for one registry. An empty password means anonymous. */
export interface Credentials {
  username: string;
  password: string;
}

/** A blob to push: its descriptor, and a way to (re)open its bytes. File-backed blobs reopen the file per attempt. */
export interface BlobSource {
  descriptor: Descriptor;
  /** bytes in memory (small blobs) */
  bytes?: Buffer;
  /** path on disk (large blobs): reopened for every attempt, streamed, never buffered whole */
  path?: string;
}

export type BlobPushResult = 'exists' | 'mounted' | 'uploaded';

export interface RemoteOptions {
  /** host[:port], e.g. `ghcr.io` or `127.0.0.1:5000` */
  registry: string;
  /** repository name, lowercase, e.g. `acme/filters` */
  repository: string;
  /** allow plain HTTP (local registries); otherwise HTTPS with certificate verification */
  plainHttp?: boolean;
  credentials?: Credentials;
  /** maximum chunk size for chunked uploads (default 4 MiB) */
  chunkSize?: number;
  /** always use chunked upload (GHCR, tests) */
  forceChunked?: boolean;
  /** retry policy override (tests use short delays) */
  retry?: { maxRetries?: number; minDelayMs?: number; maxDelayMs?: number; maxRetryAfterMs?: number };
  /** called for each request (debug log); never receives credentials (URLs without query string) */
  onRequest?: (method: string, url: string, status: number) => void;
  /** token scope requested for the target repository: `push` (default, `pull,push`) or `pull` (read-only use) */
  access?: 'push' | 'pull';
  /** socket idle timeout per request in ms (default 120 000) */
  timeoutMs?: number;
  /** User-Agent header (default `wasm-oci`) */
  userAgent?: string;
}

export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

/** The registry side of a push, for one repository. */
export interface Remote {
  readonly registry: string;
  readonly repository: string;
  /** Check the credentials can push (token obtained / Basic accepted). Throws UserError on refusal. */
  checkPushAccess(): Promise<void>;
  blobExists(digest: string): Promise<boolean>;
  /**
   * HEAD first (skipped when `present` says what an earlier `blobExists` found); mount from `mountFrom` repositories
   * of the same registry when given; else upload.
   */
  pushBlob(src: BlobSource, opts?: { mountFrom?: string[]; present?: boolean }): Promise<BlobPushResult>;
  /** Stream a blob; the caller verifies its digest. */
  fetchBlob(digest: string): Promise<Readable>;
  /** HEAD a manifest by tag or digest; undefined on 404. */
  resolve(reference: string): Promise<Descriptor | undefined>;
  /** GET a manifest by tag or digest; undefined on 404. */
  fetchManifest(reference: string, accept?: string[]): Promise<FetchedManifest | undefined>;
  /** PUT the exact bytes; verifies Docker-Content-Digest; returns the OCI-Subject header when present. */
  pushManifest(
    reference: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<{ digest: string; ociSubject?: string }>;
  /** GET /v2/<name>/referrers/<digest>; undefined when the API is not supported (404, redirect, not an index). */
  fetchReferrers(digest: string): Promise<Descriptor[] | undefined>;
}
