import type { KeyObject } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { digestHex, sha256Digest } from '../oci/digest.js';
import { MediaType } from '../oci/media-types.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../oci/types.js';
import { DIGEST_RE } from '../oci/types.js';
import type { Remote } from '../registry/types.js';
import { referrersTag } from './attach.js';
import { loadPublicKey } from './key.js';
import {
  GITHUB_OIDC_ISSUER,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  SLSA_PROVENANCE_V1,
  type Statement,
  type VerifyPolicy,
  type VerifyResult,
} from './types.js';

/** Bundle media types a reader accepts (v0.3 plus the legacy parameterised forms). */
const BUNDLE_MEDIA_TYPES = new Set([
  MediaType.sigstoreBundleV03,
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
]);
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
const MANIFEST_ACCEPT = [MediaType.ociManifest, MediaType.ociIndex, MediaType.dockerManifest];

export interface VerifyOptions {
  /** default `https://slsa.dev/provenance/v1` */
  predicateType?: string;
}

/** `tag`, `sha256:…`, `host/repo:tag` or `host/repo@sha256:…` -> the tag or digest part. */
export function referencePart(reference: string): string {
  const at = reference.lastIndexOf('@');
  if (at >= 0) return reference.slice(at + 1);
  if (DIGEST_RE.test(reference)) return reference;
  const slash = reference.lastIndexOf('/');
  if (slash < 0) return reference;
  const last = reference.slice(slash + 1);
  const colon = last.indexOf(':');
  return colon >= 0 ? last.slice(colon + 1) : 'latest';
}

const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
} as unknown as TrustedRoot;

interface Checker {
  trust: TrustMaterial;
  verifier: Verifier;
  policy?: { issuer: string; san: string | RegExp };
}

function makeChecker(policy: VerifyPolicy): Checker {
  if ('publicKeyPem' in policy) {
    const key: KeyObject = loadPublicKey(policy.publicKeyPem);
    // The hint is an unauthenticated label: whatever it says, the signature must verify with this key.
    const trust = toTrustMaterial(EMPTY_ROOT, () => ({ publicKey: key, validFor: () => true }));
    return {
      trust,
      verifier: new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }),
    };
  }
  if (!policy.trustedRoot) {
    throw new UserError(
      'Keyless verification needs a trusted root.',
      'Pass the Sigstore trusted_root.json (`gh attestation trusted-root`, or the one of your Sigstore instance).',
      'Verification',
    );
  }
  let root: TrustedRoot;
  try {
    root = parseTrustedRoots(policy.trustedRoot);
  } catch {
    throw new UserError(
      'The trusted root is not valid JSON (one trusted_root.json document, or one per line).',
      'Pass a Sigstore trusted_root.json, or the output of `gh attestation trusted-root`.',
      'Verification',
    );
  }
  const trust = toTrustMaterial(root);
  const t = policy.thresholds ?? {};
  return {
    trust,
    verifier: new Verifier(trust, {
      tlogThreshold: t.tlog ?? 1,
      ctlogThreshold: t.ctlog ?? 1,
      timestampThreshold: t.timestamp ?? 1,
    }),
    policy: { issuer: policy.issuer ?? GITHUB_OIDC_ISSUER, san: policy.certificateIdentity },
  };
}

/**
 * One trusted root from a trusted_root.json document, or from JSON lines of several (as `gh attestation trusted-root`
 * prints the public-good and GitHub instances): their authorities and logs are merged, so a bundle of either verifies.
 */
export function parseTrustedRoots(input: unknown): TrustedRoot {
  let docs: unknown[];
  if (typeof input !== 'string') docs = [input];
  else {
    try {
      docs = [JSON.parse(input)];
    } catch {
      docs = input
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as unknown);
    }
  }
  const roots = docs.map((d) => TrustedRoot.fromJSON(d));
  if (roots.length === 0) throw new Error('no trusted root');
  return {
    ...roots[0],
    tlogs: roots.flatMap((r) => r.tlogs),
    certificateAuthorities: roots.flatMap((r) => r.certificateAuthorities),
    ctlogs: roots.flatMap((r) => r.ctlogs),
    timestampAuthorities: roots.flatMap((r) => r.timestampAuthorities),
  };
}

async function readCapped(remote: Remote, d: Descriptor): Promise<Buffer> {
  if (d.size > MAX_BUNDLE_BYTES)
    throw new Error(`bundle layer is ${d.size} bytes (limit ${MAX_BUNDLE_BYTES})`);
  const stream = await remote.fetchBlob(d.digest);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    total += b.length;
    if (total > MAX_BUNDLE_BYTES) {
      stream.destroy();
      throw new Error('bundle layer exceeds the size limit');
    }
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks);
  if (sha256Digest(bytes) !== d.digest) throw new Error('bundle blob does not match its digest');
  return bytes;
}

/** Check the signed statement: payload type, statement type, predicate type and that it names the manifest digest. */
export function checkStatement(bundle: Bundle, manifestDigest: string, predicateType: string): Statement {
  if (bundle.content.$case !== 'dsseEnvelope')
    throw new Error('bundle holds a message signature, not a DSSE envelope');
  const env = bundle.content.dsseEnvelope;
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) throw new Error(`DSSE payload type is ${q(env.payloadType)}`);
  let statement: Statement;
  try {
    statement = JSON.parse(env.payload.toString('utf8')) as Statement;
  } catch {
    throw new Error('DSSE payload is not JSON');
  }
  if (statement._type !== IN_TOTO_STATEMENT_V1)
    throw new Error(`statement type is ${q(String(statement._type))}`);
  if (statement.predicateType !== predicateType) {
    throw new Error(`predicate type is ${q(String(statement.predicateType))}, expected ${predicateType}`);
  }
  const hex = digestHex(manifestDigest);
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  if (!subjects.some((s) => s?.digest?.sha256 === hex)) {
    throw new Error(`the signed statement does not name ${manifestDigest} as a subject`);
  }
  return statement;
}

async function verifyReferrer(
  remote: Remote,
  candidate: Descriptor,
  manifestDigest: string,
  checker: Checker,
  predicateType: string,
): Promise<{ statement: Statement; identity?: VerifyResult['identity'] }> {
  const fetched = await remote.fetchManifest(candidate.digest, [MediaType.ociManifest]);
  if (!fetched) throw new Error('referrer manifest not found');
  if (sha256Digest(fetched.bytes) !== candidate.digest)
    throw new Error('referrer manifest does not match its digest');
  const manifest = JSON.parse(fetched.bytes.toString('utf8')) as ImageManifest;
  // The subject field is an unsigned hint; the statement check below is what binds the signature to the manifest.
  if (manifest.subject?.digest !== manifestDigest) throw new Error('referrer is about another manifest');
  const layer = (manifest.layers ?? []).find((l) => BUNDLE_MEDIA_TYPES.has(l.mediaType));
  if (!layer) throw new Error('referrer has no Sigstore bundle layer');
  const bytes = await readCapped(remote, layer);
  const bundle = bundleFromJSON(JSON.parse(bytes.toString('utf8')));
  const signer = checker.verifier.verify(toSignedEntity(bundle));
  let identity: VerifyResult['identity'];
  if (checker.policy) {
    const san = signer.identity?.subjectAlternativeName;
    const issuer = signer.identity?.extensions?.issuer;
    const want = checker.policy.san;
    const sanOk = san !== undefined && (typeof want === 'string' ? san === want : want.test(san));
    if (!sanOk) throw new Error(`certificate identity is ${q(String(san))}, expected ${q(String(want))}`);
    if (issuer !== checker.policy.issuer) {
      throw new Error(`certificate issuer is ${q(String(issuer))}, expected ${q(checker.policy.issuer)}`);
    }
    identity = { subjectAlternativeName: san, issuer };
  }
  return { statement: checkStatement(bundle, manifestDigest, predicateType), identity };
}

function isBundleCandidate(d: Descriptor): boolean {
  // go-containerregistry writes entries without artifactType: fetch those too.
  return !d.artifactType || BUNDLE_MEDIA_TYPES.has(d.artifactType);
}

/**
 * Verify the signed provenance of `reference` (tag or digest in the remote's repository): find the referrer (referrers
 * API, else the `sha256-<hex>` tag index), check the DSSE signature with @sigstore/verify against the key or the
 * expected workflow identity, and check that the statement names the manifest digest and the predicate type.
 */
export async function verifyArtifact(
  remote: Remote,
  reference: string,
  policy: VerifyPolicy,
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  const predicateType = opts.predicateType ?? SLSA_PROVENANCE_V1;
  const checker = makeChecker(policy);
  const ref = referencePart(reference);
  const fetched = await remote.fetchManifest(ref, MANIFEST_ACCEPT);
  if (!fetched) {
    throw new UserError(
      `${q(reference)} was not found in ${remote.registry}/${remote.repository}.`,
      'Check the reference.',
      'Verification',
    );
  }
  // The digest we trust is the one we compute over the bytes, not a header.
  const manifestDigest = sha256Digest(fetched.bytes);
  if (DIGEST_RE.test(ref) && ref !== manifestDigest) {
    throw new UserError(
      `The registry returned a manifest that does not match ${ref}.`,
      undefined,
      'Verification',
    );
  }

  const attempts: { via: VerifyResult['via']; list: Descriptor[] }[] = [];
  const api = await remote.fetchReferrers(manifestDigest);
  if (api?.length) attempts.push({ via: 'referrers-api', list: api });
  const tag = referrersTag(manifestDigest);
  const idx = await remote.fetchManifest(tag, [MediaType.ociIndex]);
  if (idx) {
    try {
      const doc = JSON.parse(idx.bytes.toString('utf8')) as ImageIndex;
      if (doc.mediaType === MediaType.ociIndex && Array.isArray(doc.manifests)) {
        attempts.push({ via: 'tag-index', list: doc.manifests });
      }
    } catch {
      // not an index: ignored, reported below as "no signature found"
    }
  }

  const reasons: string[] = [];
  const tried = new Set<string>();
  for (const { via, list } of attempts) {
    for (const candidate of list) {
      if (!candidate?.digest || !DIGEST_RE.test(candidate.digest) || tried.has(candidate.digest)) continue;
      if (!isBundleCandidate(candidate)) continue;
      tried.add(candidate.digest);
      try {
        const r = await verifyReferrer(remote, candidate, manifestDigest, checker, predicateType);
        return {
          manifestDigest,
          referrerDigest: candidate.digest,
          via,
          statement: r.statement,
          identity: r.identity,
        };
      } catch (e) {
        reasons.push(`${candidate.digest}: ${(e as Error).message}`);
      }
    }
  }
  const detail = reasons.length
    ? ` ${reasons.length} signature(s) found, none valid: ${reasons.map((r) => q(r, 300)).join('; ')}`
    : ' No Sigstore bundle is attached (neither the referrers API nor the sha256-<digest> tag lists one).';
  throw new UserError(
    `${q(reference)} (${manifestDigest}) has no valid signed provenance.${detail}`,
    'Publish with signing enabled, and verify with the key or workflow identity that signed it.',
    'Verification',
  );
}
