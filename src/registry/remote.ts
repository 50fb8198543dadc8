/**
 * `RemoteRepository`: the registry side of a push for one repository (ORAS conventions).
 * Blobs: HEAD first and skip present ones; cross-repository mount when asked; monolithic upload (POST + PUT) by
 * default, chunked (POST / PATCH ≤ chunkSize / PUT) on GHCR for large blobs, when forced, or when a monolithic upload
 * is refused as too large. A failed upload restarts from a fresh session (file bodies are reopened, never buffered).
 * Manifests: exact bytes, Content-Type = mediaType, Docker-Content-Digest verified.
 */
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { q, redact, untrusted } from '../log.js';
import { sha256Digest } from '../oci/digest.js';
import { MediaType } from '../oci/media-types.js';
import { DIGEST_RE, type Descriptor, REPOSITORY_RE, TAG_RE } from '../oci/types.js';
import { Authenticator, mergeScopes } from './auth.js';
import { RegistryError, errorFromResponse, isGhcr } from './errors.js';
import { HOST_RE } from './host.js';
import {
  Transport,
  type FileBody,
  type HttpRequest,
  type HttpResponse,
  type RequestBody,
} from './transport.js';
import type { BlobPushResult, BlobSource, FetchedManifest, Remote, RemoteOptions } from './types.js';

export const DEFAULT_CHUNK_SIZE = 4 << 20;

/** Largest manifest, index or tag list read (the distribution spec suggests registries accept at least 4 MiB). */
export const MAX_MANIFEST_BYTES = 4 << 20;

/** Accept header for manifest reads: every manifest type this action writes or reads. */
export const MANIFEST_MEDIA_TYPES = [
  MediaType.ociManifest,
  MediaType.ociIndex,
  MediaType.dockerManifest,
  'application/vnd.docker.distribution.manifest.list.v2+json',
];

function bareMediaType(v: string | string[] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v;
  return (s ?? '').split(';')[0].trim();
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function short(digest: string): string {
  return digest.slice(0, 19);
}

export class RemoteRepository implements Remote {
  readonly registry: string;
  readonly repository: string;
  readonly transport: Transport;
  readonly auth: Authenticator;
  private readonly base: string;
  private readonly origin: string;
  private readonly scopes: string[];
  private readonly chunkSize: number;
  private readonly forceChunked: boolean;
  private readonly ghcr: boolean;

  constructor(opts: RemoteOptions) {
    const registry = opts.registry.trim();
    if (!HOST_RE.test(registry)) {
      throw new UserError(
        `Registry ${q(registry)} is not a host[:port].`,
        'Set the `registry` input to a host name such as `ghcr.io` or `127.0.0.1:5000`, without `https://` or a path.',
        'Invalid input',
      );
    }
    if (!REPOSITORY_RE.test(opts.repository) || `${registry}/${opts.repository}`.length > 255) {
      throw new UserError(
        `Repository ${q(opts.repository)} is not a valid OCI repository name.`,
        'Use lowercase components of [a-z0-9] separated by `.`, `_`, `__` or `-`, joined by `/` (e.g. `acme/filters`); ' +
          'GitHub owners with capitals must be lowercased.',
        'Invalid input',
      );
    }
    this.registry = registry;
    this.repository = opts.repository;
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    this.base = `${opts.plainHttp ? 'http' : 'https'}://${host}`;
    this.origin = new URL(this.base).origin;
    this.ghcr = isGhcr(registry);
    this.chunkSize = Math.max(1, opts.chunkSize ?? DEFAULT_CHUNK_SIZE);
    this.forceChunked = !!opts.forceChunked;
    this.scopes = [`repository:${this.repository}:${opts.access === 'pull' ? 'pull' : 'pull,push'}`];
    this.transport = new Transport({
      retry: opts.retry,
      timeoutMs: opts.timeoutMs,
      onRequest: opts.onRequest,
      userAgent: opts.userAgent,
    });
    this.auth = new Authenticator(this.transport, {
      registry,
      baseUrl: this.base,
      plainHttp: !!opts.plainHttp,
      credentials: opts.credentials,
      repository: this.repository,
    });
  }

  /** Release pooled connections. */
  close(): void {
    this.transport.close();
  }

  private url(path: string): string {
    return `${this.base}/v2/${this.repository}/${path}`;
  }

  /**
   * Send with authentication: the Authorization header goes only to the registry's origin; a 401 re-authenticates
   * once (fresh token, or Basic after a challenge) and resends (bodies are re-openable).
   */
  private async send(req: HttpRequest, scopes: string[] = this.scopes): Promise<HttpResponse> {
    const sameOrigin = new URL(req.url).origin === this.origin;
    const authz = sameOrigin ? await this.auth.header(scopes) : undefined;
    const res = await this.transport.request(withAuth(req, authz));
    if (res.status !== 401 || !sameOrigin) return res;
    // A challenge is taken only from the registry's own origin, never from a redirect target.
    this.auth.assertOwnChallenge(res);
    const next = await this.auth.challenged(res.headers['www-authenticate'], scopes, authz);
    if (next === undefined) return res;
    return this.transport.request(withAuth(req, next));
  }

  /** Map a non-success answer to an actionable error, with secrets redacted. */
  private fail(res: HttpResponse, action: string): RegistryError {
    return this.redact(errorFromResponse(res.status, res.headers, res.errorBody, this.auth.ctx(action)));
  }

  private redact<E extends Error>(e: E): E {
    e.message = redact(e.message);
    return e;
  }

  private protocolError(message: string, code: string, status = 0): RegistryError {
    return new RegistryError(
      message,
      'The registry (or a proxy in front of it) did not behave as the OCI distribution spec requires; check the `registry` input.',
      status,
      code,
      'protocol',
    );
  }

  private checkDigest(digest: string): void {
    if (!DIGEST_RE.test(digest)) {
      throw new UserError(
        `${q(digest)} is not a sha256 digest.`,
        'Digests look like `sha256:<64 lowercase hex>`.',
      );
    }
  }

  private checkReference(reference: string): void {
    if (!TAG_RE.test(reference) && !DIGEST_RE.test(reference)) {
      throw new UserError(
        `${q(reference)} is neither a valid tag nor a sha256 digest.`,
        'Tags match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}; digests look like `sha256:<64 lowercase hex>`.',
        'Invalid input',
      );
    }
  }

  /** Resolve an upload `Location` against the URL that returned it. */
  private location(res: HttpResponse): string {
    const loc = header(res.headers.location);
    if (!loc)
      throw this.protocolError(
        `${this.registry} started an upload without a Location header.`,
        'NO_LOCATION',
      );
    return new URL(loc, res.url).href;
  }

  /**
   * Prove push permission by starting a blob upload (only the `pull,push` scope: no DELETE, which would need `delete`).
   * The session is kept and used by the next upload, so the check costs no extra round trip when a blob is uploaded;
   * an unused session expires on the registry.
   */
  async checkPushAccess(): Promise<void> {
    this.spare = await this.startUpload(undefined, 'push (start a blob upload)', true);
  }

  /** An upload session opened by `checkPushAccess` and not used yet. */
  private spare?: string;

  async blobExists(digest: string): Promise<boolean> {
    this.checkDigest(digest);
    const res = await this.send({ method: 'HEAD', url: this.url(`blobs/${digest}`) });
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw this.fail(res, `check blob ${short(digest)}`);
  }

  async pushBlob(
    src: BlobSource,
    opts: { mountFrom?: string[]; present?: boolean } = {},
  ): Promise<BlobPushResult> {
    const d = src.descriptor;
    this.checkDigest(d.digest);
    const body = blobBody(src);
    if (opts.present ?? (await this.blobExists(d.digest))) return 'exists';
    let session: string | undefined;
    for (const from of opts.mountFrom ?? []) {
      if (from === this.repository || !REPOSITORY_RE.test(from)) continue;
      const scopes = mergeScopes(this.scopes, [`repository:${from}:pull`]);
      const url = this.url(
        `blobs/uploads/?mount=${encodeURIComponent(d.digest)}&from=${encodeURIComponent(from)}`,
      );
      const res = await this.send({ method: 'POST', url }, scopes);
      if (res.status === 201) {
        await res.drain();
        return 'mounted';
      }
      if (res.status === 202) {
        session = this.location(res);
        await res.drain();
        break;
      }
      // No pull access to the source, or unknown there: upload instead (as `oras cp` does).
      if (res.status === 401 || res.status === 403 || res.status === 404) continue;
      throw this.fail(res, `mount blob ${short(d.digest)} from ${from}`);
    }
    await this.upload(d, body, session);
    return 'uploaded';
  }

  private async upload(d: Descriptor, body: RequestBody, session: string | undefined): Promise<void> {
    let chunked = this.forceChunked || (this.ghcr && d.size > this.chunkSize);
    if (session === undefined && this.spare !== undefined) [session, this.spare] = [this.spare, undefined];
    for (;;) {
      const given = session;
      try {
        await this.transport.retrying(async () => {
          const loc = session ?? (await this.startUpload(d));
          session = undefined; // a session is used once; a retry starts a fresh one
          if (chunked) await this.uploadChunked(loc, d, body);
          else await this.uploadMonolithic(loc, d, body);
        });
        return;
      } catch (e) {
        if (!chunked && isSizeRefusal(e)) {
          chunked = true;
          continue;
        }
        // A session opened earlier (access check, mount fallback) that the registry forgot: once more, fresh.
        if (given !== undefined && e instanceof RegistryError && e.status === 404) continue;
        throw e;
      }
    }
  }

  private async startUpload(d: Descriptor | undefined, action?: string, retry?: boolean): Promise<string> {
    const res = await this.send({ method: 'POST', url: this.url('blobs/uploads/'), retry: !!retry });
    if (res.status !== 202) {
      if (res.status >= 200 && res.status < 300) await res.drain();
      throw this.fail(res, action ?? `start the upload of blob ${short(d?.digest ?? '')}`);
    }
    const loc = this.location(res);
    const minChunk = Number(header(res.headers['oci-chunk-min-length']));
    if (Number.isFinite(minChunk) && minChunk > 0) this.minChunk = minChunk;
    await res.drain();
    return loc;
  }

  private minChunk = 0;

  private async finishUpload(loc: string, d: Descriptor, body: RequestBody | undefined): Promise<void> {
    const res = await this.send({
      method: 'PUT',
      url: withDigest(loc, d.digest),
      headers: { 'content-type': 'application/octet-stream' },
      body,
      retry: false,
    });
    if (res.status !== 201) {
      if (res.status >= 200 && res.status < 300) await res.drain();
      throw this.fail(res, `upload blob ${short(d.digest)}`);
    }
    await res.drain();
    const got = header(res.headers['docker-content-digest']);
    if (got && got !== d.digest) {
      throw this.protocolError(
        `${this.registry} stored blob ${short(d.digest)} under a different digest ${q(got, 80)}.`,
        'DIGEST_MISMATCH',
        201,
      );
    }
  }

  private async uploadMonolithic(loc: string, d: Descriptor, body: RequestBody): Promise<void> {
    await this.finishUpload(loc, d, body);
  }

  private async uploadChunked(loc: string, d: Descriptor, body: RequestBody): Promise<void> {
    const chunk = Math.max(this.chunkSize, this.minChunk);
    let offset = 0;
    let recoveries = 0;
    while (offset < d.size) {
      const end = Math.min(d.size, offset + chunk) - 1;
      const res = await this.send({
        method: 'PATCH',
        url: loc,
        headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end}` },
        body: sliceBody(body, offset, end),
        retry: false,
      });
      if (res.status === 202) {
        loc = res.headers.location ? this.location(res) : loc;
        await res.drain();
        offset = end + 1;
        continue;
      }
      if (res.status === 416 && recoveries++ < 3) {
        // Out of sync: ask the registry where it is, resume from there.
        const st = await this.send({ method: 'GET', url: loc, retry: false });
        const range = /^(?:bytes=)?0-(\d+)$/.exec(header(st.headers.range) ?? '');
        if (st.status === 204 && range) {
          if (st.headers.location) loc = this.location(st);
          await st.drain();
          offset = Number(range[1]) + 1;
          continue;
        }
        if (st.status >= 200 && st.status < 300) await st.drain();
      }
      if (res.status >= 200 && res.status < 300) await res.drain();
      throw this.fail(res, `upload a chunk of blob ${short(d.digest)}`);
    }
    await this.finishUpload(loc, d, undefined);
  }

  async fetchBlob(digest: string): Promise<Readable> {
    this.checkDigest(digest);
    const res = await this.send({ method: 'GET', url: this.url(`blobs/${digest}`) });
    if (res.status === 200) return res.stream;
    throw this.fail(res, `fetch blob ${short(digest)}`);
  }

  async resolve(reference: string): Promise<Descriptor | undefined> {
    this.checkReference(reference);
    const res = await this.send({
      method: 'HEAD',
      url: this.url(`manifests/${reference}`),
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
    });
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.fail(res, `resolve ${reference}`);
    const digest = header(res.headers['docker-content-digest']);
    const size = Number(header(res.headers['content-length']));
    const mediaType = bareMediaType(res.headers['content-type']);
    if (digest && DIGEST_RE.test(digest) && Number.isFinite(size) && mediaType) {
      if (DIGEST_RE.test(reference) && digest !== reference) {
        throw this.protocolError(
          `${this.registry} answered ${reference} with another digest.`,
          'DIGEST_MISMATCH',
        );
      }
      return { mediaType, digest, size };
    }
    // Older registries omit the digest on HEAD: read the manifest and hash it.
    const m = await this.fetchManifest(reference);
    return m && { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
  }

  async fetchManifest(
    reference: string,
    accept: string[] = MANIFEST_MEDIA_TYPES,
  ): Promise<FetchedManifest | undefined> {
    this.checkReference(reference);
    const res = await this.send({
      method: 'GET',
      url: this.url(`manifests/${reference}`),
      headers: { accept: accept.join(', ') },
    });
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.fail(res, `fetch manifest ${reference}`);
    const bytes = await res.read(MAX_MANIFEST_BYTES);
    const digest = sha256Digest(bytes);
    if (DIGEST_RE.test(reference) && digest !== reference) {
      throw this.protocolError(
        `${this.registry} returned a manifest for ${reference} whose bytes hash to ${digest}.`,
        'DIGEST_MISMATCH',
      );
    }
    let mediaType = bareMediaType(res.headers['content-type']);
    if (!mediaType || mediaType === 'application/json' || mediaType === 'application/octet-stream') {
      try {
        const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
        if (typeof parsed.mediaType === 'string') mediaType = parsed.mediaType;
      } catch {
        /* leave as sent */
      }
    }
    return { bytes, mediaType, digest };
  }

  async pushManifest(
    reference: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<{ digest: string; ociSubject?: string }> {
    this.checkReference(reference);
    const digest = sha256Digest(bytes);
    if (DIGEST_RE.test(reference) && reference !== digest) {
      throw new UserError(
        `Manifest bytes hash to ${digest}, not to the reference ${reference}.`,
        'Push a manifest by the digest of exactly the bytes sent (a packaging bug if this action did it).',
      );
    }
    const res = await this.send({
      method: 'PUT',
      url: this.url(`manifests/${reference}`),
      headers: { 'content-type': mediaType },
      body: bytes,
    });
    if (res.status !== 201 && res.status !== 200) throw this.fail(res, `push manifest ${reference}`);
    await res.drain();
    const got = header(res.headers['docker-content-digest']);
    if (got && got !== digest) {
      throw this.protocolError(
        `${this.registry} stored the manifest for ${reference} as ${q(got, 80)}, but its bytes hash to ${digest}.`,
        'DIGEST_MISMATCH',
        res.status,
      );
    }
    const ociSubject = header(res.headers['oci-subject']);
    return ociSubject ? { digest, ociSubject } : { digest };
  }

  async fetchReferrers(digest: string): Promise<Descriptor[] | undefined> {
    this.checkDigest(digest);
    const res = await this.send({
      method: 'GET',
      url: this.url(`referrers/${digest}`),
      headers: { accept: MediaType.ociIndex },
      redirect: 'manual', // GHCR answers 303 to a rate-limited page: that is not support
    });
    if (res.status === 401 || res.status === 403 || res.status === 429 || res.status >= 500) {
      throw this.fail(res, `list referrers of ${short(digest)}`);
    }
    if (res.status !== 200) {
      if (res.status > 200 && res.status < 300) await res.drain();
      return undefined;
    }
    const bytes = await res.read(MAX_MANIFEST_BYTES);
    if (bareMediaType(res.headers['content-type']) !== MediaType.ociIndex) return undefined;
    let parsed: { manifests?: unknown };
    try {
      parsed = JSON.parse(bytes.toString('utf8'));
    } catch {
      return undefined;
    }
    if (!Array.isArray(parsed.manifests)) return undefined;
    return parsed.manifests.filter(
      (m): m is Descriptor =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as Descriptor).digest === 'string' &&
        DIGEST_RE.test((m as Descriptor).digest) &&
        typeof (m as Descriptor).mediaType === 'string' &&
        typeof (m as Descriptor).size === 'number',
    );
  }

  /** All tags (follows `Link: rel="next"` paging); [] when the repository does not exist. */
  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    let url: string | undefined = this.url('tags/list');
    for (let page = 0; url && page < 1000; page++) {
      const res: HttpResponse = await this.send({ method: 'GET', url });
      if (res.status === 404) return tags;
      if (res.status !== 200) throw this.fail(res, 'list tags');
      const body = JSON.parse((await res.read(MAX_MANIFEST_BYTES)).toString('utf8')) as { tags?: unknown };
      if (Array.isArray(body.tags)) tags.push(...body.tags.filter((t): t is string => typeof t === 'string'));
      const link = header(res.headers.link);
      const next = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
      url = next ? new URL(next[1], res.url).href : undefined;
      if (url && new URL(url).origin !== this.origin) url = undefined;
    }
    return tags;
  }
}

function withAuth(req: HttpRequest, authz: string | undefined): HttpRequest {
  const headers = { ...(req.headers ?? {}) };
  if (authz) headers.authorization = authz;
  return { ...req, headers };
}

/** Append `digest=` to an upload location, keeping its own query parameters. */
export function withDigest(location: string, digest: string): string {
  const u = new URL(location);
  return u.href + (u.search ? '&' : '?') + 'digest=' + encodeURIComponent(digest);
}

/** A re-openable body for a blob: bytes in memory, or the file reopened per attempt. */
function blobBody(src: BlobSource): RequestBody {
  const d = src.descriptor;
  if (src.bytes) {
    if (src.bytes.length !== d.size) {
      throw new UserError(
        `Blob ${short(d.digest)} has ${src.bytes.length} bytes but its descriptor says ${d.size}.`,
        'A packaging bug: the descriptor must describe exactly these bytes.',
      );
    }
    return src.bytes;
  }
  if (!src.path)
    throw new UserError(`Blob ${short(d.digest)} has neither bytes nor a path.`, 'A packaging bug.');
  const path = src.path;
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new UserError(
      `Cannot read blob file ${q(path)}: ${untrusted((e as NodeJS.ErrnoException).code ?? String(e))}.`,
      'Check that the file exists and is readable.',
    );
  }
  if (size !== d.size) {
    throw new UserError(
      `Blob file ${q(path)} has ${size} bytes but its descriptor says ${d.size}; it changed after packaging.`,
      'Do not modify the module while the action runs.',
    );
  }
  return { path, length: size };
}

function sliceBody(body: RequestBody, start: number, end: number): RequestBody {
  if (Buffer.isBuffer(body)) return body.subarray(start, end + 1);
  const path = (body as { path?: unknown }).path;
  if (typeof path !== 'string') throw new Error('ranged read needs a file-backed body');
  return { path, start: ((body as FileBody).start ?? 0) + start, length: end - start + 1 };
}

function isSizeRefusal(e: unknown): boolean {
  if (!(e instanceof RegistryError)) return false;
  if (e.status === 413 || e.status === 416) return true;
  return e.status === 400 && e.code !== 'DIGEST_INVALID' && /size|too large|exceed|limit/i.test(e.message);
}
