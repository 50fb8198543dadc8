/**
 * Bounded waits for cache calls. @actions/cache retries a failing cache service with waits of 3 s and more, and cannot
 * be cancelled: on timeout we stop waiting and let the call finish in the background (its outcome is ignored), so the
 * job is never delayed beyond the bound. `settleAbandoned()` lets the caller wait briefly for that background work
 * before exiting (or exit explicitly).
 */
export class CacheTimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} did not finish within ${Math.round(ms / 100) / 10} s`);
    this.name = 'CacheTimeoutError';
  }
}

const abandoned = new Set<Promise<void>>();

/** Per-call bounds that win over the shared `WASM_OCI_CACHE_TIMEOUT_MS` (a restore and a save differ in cost). */
export const CALL_TIMEOUT_ENV: Record<string, string> = {
  'cache restore': 'WASM_OCI_CACHE_RESTORE_TIMEOUT_MS',
  'cache save': 'WASM_OCI_CACHE_SAVE_TIMEOUT_MS',
};

/** The bound for the call `what`: its own variable when it is a positive integer (milliseconds), else `ms`. */
export function callBoundMs(what: string, ms: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env[CALL_TIMEOUT_ENV[what] ?? ''] ?? '').trim();
  return /^[0-9]{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : ms;
}

export async function withTimeout<T>(work: Promise<T>, bound: number, what: string): Promise<T> {
  const ms = callBoundMs(what, bound);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CacheTimeoutError(what, ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (e) {
    if (e instanceof CacheTimeoutError) {
      const settled: Promise<void> = work.then(
        () => undefined,
        () => undefined,
      );
      abandoned.add(settled);
      void settled.then(() => abandoned.delete(settled));
    }
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** How many timed-out cache calls are still running in the background. */
export function abandonedCount(): number {
  return abandoned.size;
}

/** Wait up to `maxWaitMs` for timed-out cache calls to finish; true when none is left running. */
export async function settleAbandoned(maxWaitMs: number): Promise<boolean> {
  if (abandoned.size === 0) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<false>((r) => (timer = setTimeout(() => r(false), maxWaitMs)));
  const all = (async () => {
    while (abandoned.size > 0) await Promise.all([...abandoned]);
    return true as const;
  })();
  try {
    return await Promise.race([all, limit]);
  } finally {
    clearTimeout(timer);
  }
}
