// Rebuild the committed bundles: dist/index.js (the action: main and post) and dist/cli/index.js (the wasm-oci CLI).
// ncc compiles the TypeScript sources; dynamic imports (signing, cache, post) become lazily loaded chunks.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const targets = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of targets) {
  if (!existsSync(entry)) continue;
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      stdio: 'inherit',
    },
  );
}
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
