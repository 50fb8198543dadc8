/**
 * The overall deadline of one registry request: from the first attempt, through retries and redirects, to the end of
 * the response body. The socket idle timeout alone never fires on a registry that sends one byte every few seconds;
 * this does. When it passes, the request and its response are destroyed with a RegistryError naming the registry and
 * the operation, and retries stop.
 */
import type { ClientRequest, IncomingMessage } from 'node:http';
import { untrusted } from '../log.js';
import { RegistryError } from './errors.js';

export const REGISTRY_TIMEOUT_ENV = 'WASM_OCI_REGISTRY_TIMEOUT_MS';
export const DEFAULT_REGISTRY_TIMEOUT_MS = 10 * 60_000;

/** The deadline for one registry request: `WASM_OCI_REGISTRY_TIMEOUT_MS` when a positive integer, else 10 minutes. */
export function registryTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env[REGISTRY_TIMEOUT_ENV] ?? '').trim();
  if (!/^[0-9]{1,9}$/.test(raw) || Number(raw) === 0) return DEFAULT_REGISTRY_TIMEOUT_MS;
  return Number(raw);
}

export class Deadline {
  private readonly end: number;
  private readonly timer: ReturnType<typeof setTimeout>;
  private expired = false;
  private request?: ClientRequest;
  private response?: IncomingMessage;

  constructor(
    private readonly ms: number,
    private readonly method: string,
    private readonly url: string,
  ) {
    this.end = Date.now() + ms;
    this.timer = setTimeout(() => this.fire(), ms);
    this.timer.unref?.();
  }

  /** The error for an expired deadline: the registry, the operation, and the setting that bounds it. */
  error(): RegistryError {
    let host = '(invalid URL)';
    let path = '';
    try {
      const u = new URL(this.url);
      host = u.host;
      path = u.pathname;
    } catch {
      /* keep the placeholders */
    }
    const s = Math.round(this.ms / 100) / 10;
    return new RegistryError(
      `${untrusted(host)} did not finish ${this.method} ${untrusted(path, 300)} within ${s} s ` +
        `(the deadline of one registry request, ${REGISTRY_TIMEOUT_ENV}=${this.ms}).`,
      'The registry is stalled or very slow: check its status and re-run the job; for large transfers on a slow link ' +
        `raise the environment variable ${REGISTRY_TIMEOUT_ENV} (milliseconds).`,
      0,
      'DEADLINE_EXCEEDED',
      'network',
    );
  }

  get remainingMs(): number {
    return Math.max(0, this.end - Date.now());
  }

  /** Throw when the deadline has passed (between attempts). */
  check(): void {
    if (this.expired || this.remainingMs === 0) {
      this.expired = true;
      throw this.error();
    }
  }

  /** The request in flight (destroyed when the deadline passes). */
  track(request: ClientRequest): void {
    this.request = request;
    this.response = undefined;
    if (this.expired) request.destroy(this.error());
  }

  /** The response in flight; the deadline ends with its body (`end` or `close`). */
  trackResponse(response: IncomingMessage): void {
    this.response = response;
  }

  /** The answer is complete (its body read, or it has none): stop watching. */
  done(): void {
    clearTimeout(this.timer);
  }

  /** The answer's body is handed to the caller: the deadline runs on until it is consumed. */
  watchBody(response: IncomingMessage): void {
    if (response.readableEnded || response.destroyed) {
      this.done();
      return;
    }
    response.once('end', () => this.done());
    response.once('close', () => this.done());
  }

  private fire(): void {
    this.expired = true;
    const e = this.error();
    const res = this.response;
    // A response nobody reads has no error listener: destroy it quietly rather than crash the process.
    if (res && !res.destroyed) {
      if (res.listenerCount('error') > 0) res.destroy(e);
      else res.destroy();
    }
    if (this.request && !this.request.destroyed) this.request.destroy(e);
  }
}
