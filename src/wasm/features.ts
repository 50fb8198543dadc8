/**
 * The standardised WebAssembly proposals the validator reports, with a note for those that proxies built on older V8
 * (Envoy, Istio) may refuse to load. The names are stable: they appear in the log, the `metadata` output and the job
 * summary.
 */
import type { Feature } from './module.js';

/** Every feature name, sorted. */
export const FEATURES: readonly Feature[] = [
  'bulk-memory',
  'exceptions',
  'extended-const',
  'function-references',
  'gc',
  'legacy-exceptions',
  'memory64',
  'multi-memory',
  'multi-value',
  'mutable-globals',
  'nontrapping-fptoint',
  'reference-types',
  'relaxed-simd',
  'sign-ext',
  'simd',
  'tail-call',
  'threads',
];

/** Proposals that a proxy embedding an older V8 may not load (no version claims: support depends on the build). */
const RECENT: ReadonlySet<string> = new Set<Feature>([
  'exceptions',
  'gc',
  'legacy-exceptions',
  'memory64',
  'multi-memory',
  'relaxed-simd',
  'tail-call',
  'threads',
]);

/** The features of a set, as a sorted array of stable names. */
export function sortedFeatures(features: Iterable<Feature>): Feature[] {
  return [...new Set(features)].sort();
}

/** The subset of `features` worth a warning: they may not load on older proxies. */
export function recentFeatures(features: readonly string[]): string[] {
  return features.filter((f) => RECENT.has(f));
}

/** One line for the log/summary, or undefined when nothing needs flagging. */
export function featureNote(features: readonly string[]): string | undefined {
  const recent = recentFeatures(features);
  if (recent.length === 0) return undefined;
  return (
    `uses ${recent.join(', ')}: may not load on older proxies (Envoy/Istio builds with an older V8); ` +
    'check your proxy version before deploying.'
  );
}
