// Rebuild the committed bundles: dist/index.js (the action: main and post) and dist/cli/index.js (the wasm-oci CLI).
// ncc compiles the TypeScript sources; dynamic imports (signing, cache, post, registry) become lazily loaded chunks.
// Builds into a temporary directory and swaps it in, so a test running meanwhile never sees a half-written dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const tmp = `dist.tmp-${process.pid}`;
const targets = [
  ['src/index.ts', tmp],
  ['src/cli/index.ts', `${tmp}/cli`],
];
rmSync(tmp, { recursive: true, force: true });
try {
  for (const [entry, out] of targets) {
    if (!existsSync(entry)) continue;
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
      stdio: 'inherit',
    });
  }
  writeFileSync(`${tmp}/package.json`, JSON.stringify({ type: 'module' }, null, 2) + '\n');
  const old = `dist.old-${process.pid}`;
  if (existsSync('dist')) renameSync('dist', old);
  renameSync(tmp, 'dist');
  rmSync(old, { recursive: true, force: true });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
