/**
 * `wasm-oci verify <reference>`: the signed provenance attached to the artifact, checked with `verifyArtifact` against
 * a public key (key-signed) or a certificate identity + trusted root (keyless).
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { bool, COMMON_OPTIONS, parse, REGISTRY_OPTIONS, str, UsageError } from './args.js';
import { json, result, stderrLogger } from './output.js';
import { openStore } from './store.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...REGISTRY_OPTIONS,
  key: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-identity-regexp': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  'trusted-root': { type: 'string' },
  json: { type: 'boolean' },
} as const;

async function readInput(path: string, what: string, fix: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new UserError(
      `Cannot read the ${what} ${q(path)} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
      fix,
      'Verification',
    );
  }
}

export async function verify(argv: string[]): Promise<number> {
  const { values, positionals } = parse('verify', argv, OPTIONS);
  const log = stderrLogger({ verbose: bool(values, 'verbose'), quiet: bool(values, 'quiet') });
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'verify needs a reference.' : 'verify takes exactly one reference.',
      'verify',
    );
  }
  if (str(values, 'oci-layout') !== undefined) {
    throw new UsageError(
      'verify reads signatures from a registry; --oci-layout is not supported here.',
      'verify',
    );
  }
  const keyFile = str(values, 'key');
  const identity = str(values, 'certificate-identity');
  const identityRe = str(values, 'certificate-identity-regexp');
  const keyless = identity !== undefined || identityRe !== undefined;
  if ((keyFile !== undefined) === keyless || (identity !== undefined && identityRe !== undefined)) {
    throw new UsageError(
      'verify needs exactly one of --key <pub.pem>, --certificate-identity <id> or --certificate-identity-regexp <re>.',
      'verify',
    );
  }
  if (!keyless && (str(values, 'trusted-root') || str(values, 'certificate-oidc-issuer'))) {
    throw new UsageError(
      '--trusted-root and --certificate-oidc-issuer apply to keyless verification only.',
      'verify',
    );
  }

  let policy;
  if (keyFile !== undefined) {
    policy = {
      publicKeyPem: await readInput(keyFile, 'public key', 'Pass the PEM public key (cosign.pub).'),
    };
  } else {
    const rootFile = str(values, 'trusted-root');
    if (!rootFile) {
      throw new UsageError(
        'keyless verification needs --trusted-root <trusted_root.json> (e.g. from `gh attestation trusted-root`).',
        'verify',
      );
    }
    let certificateIdentity: string | RegExp = identity ?? '';
    if (identityRe !== undefined) {
      try {
        certificateIdentity = new RegExp(identityRe);
      } catch {
        throw new UsageError(
          `--certificate-identity-regexp ${q(identityRe, 200)} is not a valid regular expression.`,
          'verify',
        );
      }
    }
    policy = {
      certificateIdentity,
      issuer: str(values, 'certificate-oidc-issuer'),
      trustedRoot: await readInput(rootFile, 'trusted root', 'Pass a Sigstore trusted_root.json.'),
    };
  }

  const opened = await openStore(values, positionals[0], 'verify', log);
  try {
    const sign = await import('../sign/index.js');
    const r = await sign.verifyArtifact(opened.remote!, opened.reference, policy);
    if (bool(values, 'json')) {
      json({
        verified: true,
        manifestDigest: r.manifestDigest,
        referrerDigest: r.referrerDigest,
        via: r.via,
        identity: r.identity,
        predicateType: r.statement.predicateType,
        subject: r.statement.subject,
      });
    } else {
      result(
        `Verified: ${r.manifestDigest} has signed provenance (${r.statement.predicateType}) in referrer ` +
          `${r.referrerDigest} (${r.via})${r.identity?.subjectAlternativeName ? `, signed by ${q(r.identity.subjectAlternativeName)}` : ''}.`,
      );
    }
    return 0;
  } finally {
    opened.close();
  }
}
