/**
 * One HTTP(S) transport for all registry traffic: retries (5xx / 429 with Retry-After / 408 / connection errors and
 * timeouts, bounded exponential backoff with jitter), manual redirects that never forward `Authorization` to another
 * origin, TLS verification unless the URL is plain http, streamed request bodies with exact Content-Length.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { Deadline, registryTimeoutMs } from './deadline.js';
import { isFileBody, pumpFile, type FileBody } from './file-body.js';
import { RegistryError, isRetryable, isRetryableStatus, networkError, parseRetryAfter } from './errors.js';
import { untrusted } from '../log.js';

export interface RetryPolicy {
  /** retries after the first attempt */
  maxRetries: number;
  baseDelayMs: number;
  factor: number;
  /** fraction, e.g. 0.1 = ±10 % */
  jitter: number;
  minDelayMs: number;
  maxDelayMs: number;
  /** upper bound for an honoured Retry-After */
  maxRetryAfterMs: number;
}

/** ORAS `retry.DefaultPolicy`: 5 retries, 250 ms × 2^n, ±10 %, clamped to 200 ms – 3 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 250,
  factor: 2,
  jitter: 0.1,
  minDelayMs: 200,
  maxDelayMs: 3000,
  maxRetryAfterMs: 60_000,
};

/** Delay before retry number `attempt + 1` (attempt counts from 0). */
export function backoffDelay(attempt: number, p: RetryPolicy, random: () => number = Math.random): number {
  const raw = p.baseDelayMs * p.factor ** attempt;
  const jittered = raw * (1 + p.jitter * (2 * random() - 1));
  return Math.min(p.maxDelayMs, Math.max(p.minDelayMs, jittered));
}

/**
 * A request body: bytes in memory; a byte range of a file (`path`, `start`, `length`: read per attempt into two reused
 * buffers, so a large upload allocates nothing per chunk); or a re-openable stream of known length.
 */
export type RequestBody = Buffer | FileBody | { length: number; open: () => Readable };
export type { FileBody };

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: RequestBody;
  /** `follow` (default): follow 301/302/303/307/308; `manual`: return them */
  redirect?: 'follow' | 'manual';
  /** retry per policy (default true); false: one attempt, the caller retries a larger unit via `retrying()` */
  retry?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** the URL that answered (after redirects) */
  url: string;
  /** the body of a 2xx answer; read it with `read()`, hand it out, or `drain()` it */
  stream: Readable;
  /** the body of a non-2xx answer, already read (the first ERROR_BODY_LIMIT bytes; the rest is never read) */
  errorBody?: Buffer;
  /** read a 2xx body into memory; throws when it exceeds `limit` bytes */
  read(limit?: number): Promise<Buffer>;
  drain(): Promise<void>;
}

export interface TransportOptions {
  retry?: Partial<RetryPolicy>;
  /** socket idle timeout per request (default 120 s) */
  timeoutMs?: number;
  /** debug hook: method, URL without query string, status (0 = network error) */
  onRequest?: (method: string, url: string, status: number) => void;
  userAgent?: string;
  /** overall deadline per request in ms, from the first attempt to the end of the body (default: `registryTimeoutMs()`) */
  deadlineMs?: number;
}

/** Error bodies are read up to this many bytes: enough for the registry's JSON errors, never an endless stream. */
export const ERROR_BODY_LIMIT = 8 << 10;
const MAX_REDIRECTS = 10;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** URL without query or fragment, for logs (upload locations and storage redirects carry signed state). */
export function loggableUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

async function readAll(stream: Readable, limit: number, what: string, discardOver = false): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    if (size + b.length > limit) {
      if (!discardOver) {
        stream.destroy();
        throw new RegistryError(
          `${what} answered with more than ${limit} bytes, more than such an answer can be; stopped reading.`,
          'This is not a registry answer the client expects; check the `registry` input (or a proxy in front of it).',
          0,
          'RESPONSE_TOO_LARGE',
          'protocol',
        );
      }
      // Keep the first `limit` bytes and stop reading: an endless body must not hold the request open.
      if (size < limit) chunks.push(b.subarray(0, limit - size));
      stream.destroy();
      return Buffer.concat(chunks);
    }
    chunks.push(b);
    size += b.length;
  }
  return Buffer.concat(chunks);
}

export class Transport {
  readonly policy: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly deadlineMs: number;
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });

  constructor(private readonly opts: TransportOptions = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...definedOnly(opts.retry ?? {}) };
    if (
      opts.retry?.minDelayMs !== undefined &&
      opts.retry.maxDelayMs !== undefined &&
      !opts.retry.baseDelayMs
    ) {
      this.policy.baseDelayMs = opts.retry.minDelayMs;
    }
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.deadlineMs = opts.deadlineMs ?? registryTimeoutMs();
  }

  /** Release pooled sockets. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /** Wait before retry `attempt` (0-based): Retry-After when given (capped), else exponential backoff. */
  delayFor(attempt: number, retryAfterMs?: number): number {
    if (retryAfterMs !== undefined) return Math.min(retryAfterMs, this.policy.maxRetryAfterMs);
    return backoffDelay(attempt, this.policy);
  }

  /**
   * Run `op` under the retry policy: a thrown retryable RegistryError (5xx, 429, 408, connection errors) is retried
   * after a backoff; anything else is rethrown at once. Used for units larger than one request (an upload session).
   */
  async retrying<T>(op: (attempt: number) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await op(attempt);
      } catch (e) {
        if (!isRetryable(e) || attempt >= this.policy.maxRetries) throw e;
        await sleep(this.delayFor(attempt, e.retryAfterMs));
      }
    }
  }

  /**
   * Send a request. Returns the answer for every HTTP status (the caller maps non-2xx to errors); retryable statuses
   * are retried first unless `retry: false`. Throws a RegistryError for network failures (after retries).
   */
  async request(req: HttpRequest): Promise<HttpResponse> {
    const retry = req.retry !== false;
    const deadline = new Deadline(this.deadlineMs, req.method.toUpperCase(), req.url);
    try {
      for (let attempt = 0; ; attempt++) {
        const last = !retry || attempt >= this.policy.maxRetries;
        let res: HttpResponse;
        try {
          res = await this.follow(req, deadline);
        } catch (e) {
          if (last || !isRetryable(e)) throw e;
          await this.pause(deadline, this.delayFor(attempt));
          continue;
        }
        if (!last && isRetryableStatus(res.status)) {
          await this.pause(deadline, this.delayFor(attempt, parseRetryAfter(res.headers['retry-after'])));
          continue;
        }
        if (res.errorBody !== undefined || res.status < 200 || res.status >= 300 || req.method === 'HEAD')
          deadline.done();
        else deadline.watchBody(res.stream as http.IncomingMessage);
        return res;
      }
    } catch (e) {
      deadline.done();
      throw e;
    }
  }

  /** Wait before a retry, but never past the deadline. */
  private async pause(deadline: Deadline, ms: number): Promise<void> {
    if (ms >= deadline.remainingMs) {
      await sleep(deadline.remainingMs);
      throw deadline.error();
    }
    await sleep(ms);
    deadline.check();
  }

  private async follow(req: HttpRequest, deadline: Deadline): Promise<HttpResponse> {
    let method = req.method.toUpperCase();
    let url = new URL(req.url);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
    let body = req.body;
    for (let hop = 0; ; hop++) {
      deadline.check();
      const res = await this.once(method, url, headers, body, deadline);
      const location = res.headers.location;
      if (req.redirect === 'manual' || ![301, 302, 303, 307, 308].includes(res.status) || !location)
        return res;
      if (hop >= MAX_REDIRECTS) {
        throw new RegistryError(
          `Too many redirects from ${url.host}.`,
          'Check the `registry` input; the registry or a proxy redirects in a loop.',
          res.status,
          'TOO_MANY_REDIRECTS',
          'protocol',
        );
      }
      const next = new URL(location, url);
      if (url.protocol === 'https:' && next.protocol !== 'https:') {
        throw new RegistryError(
          `${url.host} redirected an HTTPS request to a non-HTTPS URL; refusing to downgrade.`,
          'Check the registry configuration (or a proxy in between).',
          res.status,
          'INSECURE_REDIRECT',
          'protocol',
        );
      }
      // Never forward credentials to another origin (object storage, CDNs).
      if (next.origin !== url.origin) delete headers.authorization;
      if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        body = undefined;
        delete headers['content-type'];
      }
      url = next;
    }
  }

  private once(
    method: string,
    url: URL,
    headers: Record<string, string>,
    body: RequestBody | undefined,
    deadline: Deadline,
  ): Promise<HttpResponse> {
    const isHttps = url.protocol === 'https:';
    if (!isHttps && url.protocol !== 'http:') {
      return Promise.reject(
        new RegistryError(`Unsupported URL scheme ${url.protocol}`, undefined, 0, 'BAD_URL', 'protocol'),
      );
    }
    const mod = isHttps ? https : http;
    const what = `${untrusted(url.host)} (${method} ${untrusted(url.pathname, 300)})`;
    const h: Record<string, string> = { 'user-agent': this.opts.userAgent ?? 'wasm-oci', ...headers };
    const length = body === undefined ? 0 : body.length;
    if (body !== undefined || ['POST', 'PUT', 'PATCH'].includes(method)) h['content-length'] = String(length);
    else delete h['content-length'];

    return new Promise<HttpResponse>((resolve, reject) => {
      let settled = false;
      let source: Readable | undefined;
      let stopSending = false;
      const fail = (e: unknown): void => {
        source?.destroy();
        stopSending = true;
        if (settled) return;
        settled = true;
        this.opts.onRequest?.(method, loggableUrl(url.href), 0);
        reject(e instanceof RegistryError ? e : networkError(e, url.host, !isHttps));
      };
      const r = mod.request(url, {
        method,
        headers: h,
        agent: isHttps ? this.httpsAgent : this.httpAgent,
      });
      deadline.track(r);
      r.setTimeout(this.timeoutMs, () => {
        const e = Object.assign(new Error(`no answer within ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' });
        r.destroy(e);
      });
      r.on('error', fail);
      r.on('response', (res) => {
        const status = res.statusCode ?? 0;
        deadline.trackResponse(res);
        this.opts.onRequest?.(method, loggableUrl(url.href), status);
        const earlyAnswer = !r.writableFinished;
        if (earlyAnswer) {
          // The server answered before taking the whole body (e.g. 401, 413): stop sending.
          stopSending = true;
          source?.unpipe(r);
          source?.destroy();
        }
        const response: HttpResponse = {
          status,
          headers: res.headers,
          url: url.href,
          stream: res,
          read: (limit = 16 << 20) => readAll(res, limit, what),
          drain: async () => {
            if (res.readableEnded) return;
            res.resume();
            await new Promise<void>((done) => {
              res.once('end', done);
              res.once('close', done);
              res.once('error', () => done());
            });
          },
        };
        if (status >= 200 && status < 300 && method !== 'HEAD') {
          settled = true;
          resolve(response);
          return;
        }
        readAll(res, ERROR_BODY_LIMIT, what, true).then(
          (buf) => {
            if (earlyAnswer) r.destroy();
            response.errorBody = buf;
            settled = true;
            resolve(response);
          },
          (e) => fail(e),
        );
      });
      if (body === undefined) {
        r.end();
      } else if (Buffer.isBuffer(body)) {
        r.end(body);
      } else if (isFileBody(body)) {
        pumpFile(body, r, () => stopSending).catch((e: unknown) => {
          if (stopSending) return; // the answer (or a failure) came first and is what the caller gets
          r.destroy(e instanceof Error ? e : new Error(String(e)));
          fail(e);
        });
      } else {
        try {
          source = body.open();
        } catch (e) {
          r.destroy();
          fail(e);
          return;
        }
        source.on('error', (e) => {
          r.destroy(e);
          fail(e);
        });
        source.pipe(r);
      }
    });
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
