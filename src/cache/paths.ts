/**
 * The run's own cache directory, `$RUNNER_TEMP/wasm-oci` (the default `oci-layout` lives in it), and the checks that
 * keep the blob cache inside it: main restores and prunes only a layout in it, and the post step, which trusts nothing
 * in its saved state, accepts only paths whose real location (symlinks resolved) is in it.
 */
import { lstat, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';

/** `$RUNNER_TEMP/wasm-oci` (the OS temp directory when RUNNER_TEMP is unset, as for the default layout). */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(join(env.RUNNER_TEMP || tmpdir(), 'wasm-oci'));
}

/** `child` is `parent` or below it (both absolute, normalised). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for paths not created yet). */
async function realLocation(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    const parent = resolve(p, '..');
    if (parent === p) return p;
    return join(await realLocation(parent), p.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
  }
}

/**
 * Why `p` is not acceptable as a cache path inside `root`, or undefined when it is: it must be absolute and
 * normalised (no `..`), lie in `root` lexically, and its real location (every symlink resolved) must lie in the real
 * location of `root`; the path itself must not be a symlink.
 */
export async function outsideRoot(root: string, p: unknown): Promise<string | undefined> {
  if (typeof p !== 'string' || p === '') return 'not a path';
  if (!isAbsolute(p) || normalize(p) !== p || p.split(/[\\/]/).includes('..'))
    return 'not an absolute, normalised path';
  if (!isWithin(root, p)) return 'outside the cache directory';
  const realRoot = await realLocation(root);
  if (!isWithin(realRoot, await realLocation(p))) return 'a symlink out of the cache directory';
  try {
    if ((await lstat(p)).isSymbolicLink()) return 'a symlink';
  } catch {
    /* not there (yet): nothing to follow */
  }
  return undefined;
}
