import type { KeyObject } from 'node:crypto';

/** Value of the `signing` input. */
export type SigningInput = 'auto' | 'keyless' | 'key' | 'none';
/** What a run actually does. */
export type SigningMode = 'keyless' | 'key' | 'none';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';

/** A P-256 private key loaded (and decrypted) before anything is pushed. Never logged. */
export interface LoadedKey {
  privateKey: KeyObject;
  /** SPKI `PUBLIC KEY` PEM */
  publicKeyPem: string;
  /** base64(sha256(DER SPKI)): the bundle's `publicKey.hint` and the DSSE `keyid` */
  hint: string;
}

export interface KeylessConfig {
  fulcioUrl: string;
  /** Rekor transparency log; undefined only when a TSA is used instead (GitHub's private-repo instance). */
  rekorUrl?: string;
  /** RFC 3161 timestamp authority (optional, in addition to or instead of Rekor). */
  tsaUrl?: string;
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` / `ACTIONS_ID_TOKEN_REQUEST_TOKEN` */
  idTokenRequestUrl: string;
  idTokenRequestToken: string;
  /** per-request timeout for Fulcio/Rekor/TSA (ms) */
  timeoutMs?: number;
}

export interface SigningPlan {
  mode: SigningMode;
  /** messages for `core.warning` (already escaped) */
  warnings: string[];
  /** messages for `core.notice` / `core.info` (already escaped) */
  notices: string[];
  /** key mode: the decrypted key */
  key?: LoadedKey;
  /** keyless mode: where to get the certificate and the log entry */
  keyless?: KeylessConfig;
}

export interface PlanSigningOptions {
  mode: SigningInput | string;
  eventName: string;
  /** pull_request / pull_request_target runs never sign */
  isPullRequest: boolean;
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` (and token) present */
  hasIdToken: boolean;
  signingKey?: string;
  signingKeyPassword?: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
  /** environment to read `ACTIONS_ID_TOKEN_REQUEST_*` from (default `process.env`) */
  env?: Record<string, string | undefined>;
}

export interface StatementSubject {
  name: string;
  digest: { sha256: string };
}

export interface SlsaProvenancePredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: { workflow: { ref: string; repository: string; path: string } };
    internalParameters: { github: Record<string, string> };
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[];
  };
  runDetails: {
    builder: { id: string };
    metadata: { invocationId: string };
  };
}

export interface Statement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: StatementSubject[];
  predicateType: string;
  predicate: SlsaProvenancePredicate | Record<string, unknown>;
}

export interface ProvenanceContext {
  /** `GITHUB_*` / `RUNNER_ENVIRONMENT` variables (usually `process.env`) */
  env: Record<string, string | undefined>;
  /** host[:port] */
  registry: string;
  repository: string;
  manifestDigest: string;
  /** `filter.wasm` or the module's file name; omit to leave the module subject out */
  moduleName?: string;
  moduleDigest?: string;
}

export interface SignedBundle {
  /** `bundleToJSON` output */
  bundle: Record<string, unknown>;
  /** the exact bytes pushed as the bundle layer */
  bundleBytes: Buffer;
}

export interface AttachResult {
  referrerDigest: string;
  referrerSize: number;
  /** the `sha256-<hex>` tag written when the registry has no referrers API */
  indexTag?: string;
  /** how the registry links the referrer to its subject */
  via: 'referrers-api' | 'tag-index';
}

/** Trust policy for `verifyArtifact`. */
export type VerifyPolicy =
  | { publicKeyPem: string }
  | {
      /** expected certificate SAN, e.g. `https://github.com/acme/mod/.github/workflows/release.yml@refs/tags/v1` */
      certificateIdentity: string | RegExp;
      /** expected OIDC issuer (default `https://token.actions.githubusercontent.com`) */
      issuer?: string;
      /** trusted_root.json content (`gh attestation trusted-root`, or the test's mock root) */
      trustedRoot: unknown;
      /** thresholds (default 1 each); tests against the mocks lower `tlog` */
      thresholds?: { tlog?: number; ctlog?: number; timestamp?: number };
    };

export interface VerifyResult {
  manifestDigest: string;
  referrerDigest: string;
  via: 'referrers-api' | 'tag-index';
  statement: Statement;
  /** keyless: certificate SAN and issuer */
  identity?: { subjectAlternativeName?: string; issuer?: string };
}
