/**
 * The signing entry point. main.ts loads it with `await import('./sign/index.js')` only when a run signs or verifies,
 * so the Sigstore libraries stay out of unsigned runs. Nothing outside src/sign/ imports signing libraries.
 */
export { planSigning } from './plan.js';
export { buildProvenance, buildPredicate } from './provenance.js';
export { signStatement, statementBytes } from './signer.js';
export { attachBundle, buildReferrerManifest, referrersTag } from './attach.js';
export { verifyArtifact, checkStatement } from './verify.js';
export { loadSigningKey, loadPublicKey, decryptEncryptedKey } from './key.js';
export { pae } from './dsse.js';
export * from './types.js';
