import { UserError } from '../errors.js';
import { q } from '../log.js';
import { loadSigningKey } from './key.js';
import { ID_TOKEN_FIX, idTokenEnv } from './oidc.js';
import {
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
  type KeylessConfig,
  type PlanSigningOptions,
  type SigningPlan,
} from './types.js';

const MODES = ['auto', 'keyless', 'key', 'none'];

function serviceUrl(
  input: string,
  value: string | undefined,
  fallback: string | undefined,
): string | undefined {
  const v = value?.trim();
  if (!v) return fallback;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new UserError(
      `${input} ${q(v)} is not a URL.`,
      `Set ${input} to an https:// URL or leave it empty.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(
      `${input} ${q(v)} is not an http(s) URL.`,
      `Set ${input} to an https:// URL or leave it empty.`,
    );
  }
  return v.replace(/\/+$/, '');
}

/**
 * Decide how this run signs, and do everything that can fail before anything is pushed: validate the mode, load and
 * decrypt the key, check that an OIDC token can be requested. The OIDC token itself is fetched in `signStatement`
 * (it expires within minutes; the signature is made right before the first tag is pushed).
 *
 * `auto`: key mode when `signing-key` is given (an explicit choice), else keyless when the run can request an OIDC
 * token, else unsigned with a warning naming the fix. Pull-request runs never sign, whatever the mode.
 */
export async function planSigning(opts: PlanSigningOptions): Promise<SigningPlan> {
  const mode = String(opts.mode ?? 'auto')
    .trim()
    .toLowerCase();
  if (!MODES.includes(mode)) {
    throw new UserError(
      `signing ${q(String(opts.mode))} is not a signing mode.`,
      'Set signing to auto, keyless, key or none.',
    );
  }
  const plan: SigningPlan = { mode: 'none', warnings: [], notices: [] };
  const hasKey = !!opts.signingKey?.trim();

  if (mode === 'none') {
    plan.notices.push('Provenance signing is off (signing: none).');
    return plan;
  }
  if (opts.isPullRequest) {
    plan.notices.push(
      `Provenance is not signed on ${q(opts.eventName)} runs; it is signed when the artifact is published from a push, tag or release.`,
    );
    return plan;
  }

  let chosen: 'keyless' | 'key' | 'none';
  if (mode === 'key') {
    if (!hasKey) {
      throw new UserError(
        'signing is "key" but signing-key is empty.',
        'Pass the private key from a secret: `signing-key: ${{ secrets.COSIGN_PRIVATE_KEY }}` ' +
          '(and signing-key-password), or use signing: keyless.',
        'Signing key',
      );
    }
    chosen = 'key';
  } else if (mode === 'keyless') {
    if (!opts.hasIdToken) {
      throw new UserError(
        'signing is "keyless" but this run cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
        ID_TOKEN_FIX,
        'Keyless signing',
      );
    }
    chosen = 'keyless';
  } else if (hasKey) {
    chosen = 'key';
  } else if (opts.hasIdToken) {
    chosen = 'keyless';
  } else {
    chosen = 'none';
    plan.warnings.push(
      'The artifact is published without signed provenance: this run cannot request an OIDC token and no signing-key is set. ' +
        'Fix: add `permissions: id-token: write` to the job (keyless signing), or pass signing-key; set signing: none to silence this.',
    );
  }

  if (chosen === 'key') {
    plan.key = await loadSigningKey(opts.signingKey as string, opts.signingKeyPassword);
    plan.mode = 'key';
    plan.notices.push('Provenance will be signed with the given signing-key (no transparency-log entry).');
    return plan;
  }
  if (chosen === 'keyless') {
    const env = opts.env ?? process.env;
    const ids = idTokenEnv(env);
    if (!ids) {
      throw new UserError(
        'This run cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set).',
        ID_TOKEN_FIX,
        'Keyless signing',
      );
    }
    const tsaUrl = serviceUrl('tsa-url', opts.tsaUrl, undefined);
    const keyless: KeylessConfig = {
      fulcioUrl: serviceUrl('fulcio-url', opts.fulcioUrl, PUBLIC_GOOD_FULCIO_URL) as string,
      // With a TSA and no explicit rekor-url, no transparency log (GitHub's private-repo instance works this way).
      rekorUrl: serviceUrl('rekor-url', opts.rekorUrl, tsaUrl ? undefined : PUBLIC_GOOD_REKOR_URL),
      tsaUrl,
      idTokenRequestUrl: ids.url,
      idTokenRequestToken: ids.token,
    };
    plan.keyless = keyless;
    plan.mode = 'keyless';
    const publicLog = keyless.rekorUrl === PUBLIC_GOOD_REKOR_URL;
    plan.notices.push(
      `Provenance will be signed keyless (certificate from ${keyless.fulcioUrl}` +
        (keyless.rekorUrl ? `, transparency log ${keyless.rekorUrl}` : '') +
        (keyless.tsaUrl ? `, timestamps from ${keyless.tsaUrl}` : '') +
        ').' +
        (publicLog ? ' The public Rekor log records the repository and workflow names.' : ''),
    );
    return plan;
  }
  return plan;
}
