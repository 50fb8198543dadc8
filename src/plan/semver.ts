/**
 * Semantic Versioning 2.0.0 precedence (semver.org §11) over the versions `parseSemver` (src/tags.ts) parses:
 * major, minor and patch compare numerically; a release is higher than any of its pre-releases; pre-release
 * identifiers compare left to right, numeric ones numerically, alphanumeric ones in ASCII order, a numeric identifier
 * is lower than an alphanumeric one, and a shorter list is lower when it is a prefix of the longer one. Build
 * metadata (`+…`) is ignored. Numbers are compared as arbitrary-precision integers (`99999999999999999999` is valid).
 */
import { parseSemver, type SemVer } from '../tags.js';

export { parseSemver, type SemVer };

function compareNumeric(a: string, b: string): number {
  // The grammar forbids leading zeros, so a longer numeral is the larger number.
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const NUMERIC = /^\d+$/;

function compareIdentifier(a: string, b: string): number {
  const an = NUMERIC.test(a);
  const bn = NUMERIC.test(b);
  if (an && bn) return compareNumeric(a, b);
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return a === undefined ? 1 : -1; // a release outranks its pre-releases
  }
  const ai = a.split('.');
  const bi = b.split('.');
  for (let i = 0; i < Math.min(ai.length, bi.length); i++) {
    const c = compareIdentifier(ai[i], bi[i]);
    if (c !== 0) return c;
  }
  return Math.sign(ai.length - bi.length);
}

/** -1, 0 or 1 by semver precedence. `1.0.0+a` and `1.0.0+b` are equal. */
export function compareSemver(a: SemVer, b: SemVer): number {
  return (
    compareNumeric(a.major, b.major) ||
    compareNumeric(a.minor, b.minor) ||
    compareNumeric(a.patch, b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

/** The same comparison on strings (`v` prefix allowed); throws when either is not a semantic version. */
export function compareVersions(a: string, b: string): number {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  if (!pa || !pb) throw new Error(`not a semantic version: ${JSON.stringify(pa ? b : a)}`);
  return compareSemver(pa, pb);
}
