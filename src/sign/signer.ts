import { sign as cryptoSign } from 'node:crypto';
import { bundleToJSON } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type IdentityProvider,
  type Signer,
  type Witness,
} from '@sigstore/sign';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { fetchIdToken } from './oidc.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  type LoadedKey,
  type SignedBundle,
  type SigningPlan,
  type Statement,
} from './types.js';

/** A local P-256 key as a sigstore Signer: ECDSA/SHA-256, ASN.1 DER signature over the PAE bytes it is given. */
export function keySigner(key: LoadedKey): Signer {
  return {
    async sign(data: Buffer) {
      return {
        signature: cryptoSign('sha256', data, key.privateKey),
        key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint },
      };
    },
  };
}

/** The statement bytes that get signed: serialized once, compact JSON. */
export function statementBytes(statement: Statement): Buffer {
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * Sign the statement as a DSSE envelope in a Sigstore bundle v0.3.
 * - key: fully offline (`witnesses: []`), bundle carries `publicKey.hint`.
 * - keyless: OIDC token (audience `sigstore`) -> Fulcio certificate for an ephemeral key -> Rekor entry (and/or TSA).
 */
export async function signStatement(plan: SigningPlan, statement: Statement): Promise<SignedBundle> {
  let signer: Signer;
  const witnesses: Witness[] = [];
  if (plan.mode === 'key' && plan.key) {
    signer = keySigner(plan.key);
  } else if (plan.mode === 'keyless' && plan.keyless) {
    const k = plan.keyless;
    const timeout = k.timeoutMs ?? 10_000;
    const identityProvider: IdentityProvider = {
      getToken: () => fetchIdToken(k.idTokenRequestUrl, k.idTokenRequestToken, 'sigstore', timeout),
    };
    signer = new FulcioSigner({ fulcioBaseURL: k.fulcioUrl, identityProvider, timeout, retry: 3 });
    if (k.rekorUrl) {
      witnesses.push(
        new RekorWitness({ rekorBaseURL: k.rekorUrl, fetchOnConflict: true, timeout, retry: 3 }),
      );
    }
    if (k.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: k.tsaUrl, timeout, retry: 3 }));
  } else {
    throw new Error(`signStatement called with signing mode ${plan.mode}`);
  }

  const builder = new DSSEBundleBuilder({ signer, witnesses });
  let bundle;
  try {
    bundle = await builder.create({ data: statementBytes(statement), type: IN_TOTO_PAYLOAD_TYPE });
  } catch (e) {
    if (e instanceof UserError) throw e;
    // sigstore errors carry HTTP status/messages from Fulcio/Rekor; they hold no token or key material.
    const cause = (e as { cause?: unknown }).cause;
    const detail = describe(e) + (cause ? `: ${describe(cause)}` : '');
    throw new UserError(
      `Signing the provenance failed: ${q(detail)}.`,
      plan.mode === 'keyless'
        ? 'Check fulcio-url/rekor-url and that the job has `permissions: id-token: write`; retry the run if the Sigstore services were unavailable.'
        : 'Check signing-key.',
      'Provenance signing',
    );
  }
  const json = bundleToJSON(bundle) as unknown as Record<string, unknown>;
  return { bundle: json, bundleBytes: Buffer.from(JSON.stringify(json), 'utf8') };
}
