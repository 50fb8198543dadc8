import { UserError } from '../errors.js';
import { addSecret, q } from '../log.js';

/**
 * The GitHub Actions OIDC token protocol (what @actions/core `getIDToken` and sigstore's CIContextProvider do):
 * `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud>` with `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`,
 * answer `{"value": "<jwt>"}`. Our own implementation (global fetch) so failures name the fix instead of sigstore's
 * "CI: no tokens available". The token is a secret: recorded (masked with `::add-mask::` in the action, redacted
 * everywhere) the moment it arrives, before anything else can see it. The answer is read with a byte limit.
 */

/** An OIDC token answer is `{"value": "<jwt>"}`: a few KiB. */
const MAX_TOKEN_ANSWER_BYTES = 64 << 10;

/** Read at most `limit` bytes of a fetch body; undefined when it is longer. */
async function readLimited(res: Response, limit: number): Promise<string | undefined> {
  if (!res.body) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) {
      await res.body.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}

export const ID_TOKEN_FIX =
  'Give the job `permissions: id-token: write` (workflow or job level). Pull requests from forks never get an OIDC ' +
  'token: sign on push/release/tag runs, or use signing: key with signing-key.';

export function idTokenEnv(
  env: Record<string, string | undefined>,
): { url: string; token: string } | undefined {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return url && token ? { url, token } : undefined;
}

export async function fetchIdToken(
  requestUrl: string,
  requestToken: string,
  audience: string,
  timeoutMs = 10_000,
): Promise<string> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    throw new UserError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL.', ID_TOKEN_FIX, 'Keyless signing');
  }
  url.searchParams.append('audience', audience);
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 500 * attempt));
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { Accept: 'application/json', Authorization: `Bearer ${requestToken}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      lastError = `request failed (${(e as Error).name})`;
      continue;
    }
    let text: string | undefined;
    try {
      text = await readLimited(res, MAX_TOKEN_ANSWER_BYTES);
    } catch (e) {
      lastError = `reading the answer failed (${(e as Error).name})`;
      continue;
    }
    if (res.status >= 500 || res.status === 429) {
      lastError = `HTTP ${res.status}`;
      continue;
    }
    if (!res.ok) {
      throw new UserError(
        `The OIDC token request was refused (HTTP ${res.status}).`,
        ID_TOKEN_FIX,
        'Keyless signing',
      );
    }
    let value: unknown;
    try {
      value = (JSON.parse(text ?? '') as { value?: unknown }).value;
    } catch {
      value = undefined;
    }
    if (typeof value === 'string') addSecret(value); // masked before anything can print it
    if (typeof value !== 'string' || value.split('.').length !== 3) {
      throw new UserError(
        'The OIDC token endpoint answered without a token.',
        ID_TOKEN_FIX,
        'Keyless signing',
      );
    }
    return value;
  }
  throw new UserError(`Could not get an OIDC token: ${q(lastError)}.`, ID_TOKEN_FIX, 'Keyless signing');
}
