// `npm test`: the whole test suite, runnable on a fresh machine. It makes sure the tools the tests use for real are
// there (Debian: docker-registry, skopeo, wabt, openssl, tar; npm: node_modules), then runs Jest in ESM mode.
// Each test file starts the services it needs (registry, token service, fault proxy, Azurite, cache service) itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const tools = {
  'docker-registry': 'docker-registry',
  skopeo: 'skopeo',
  wat2wasm: 'wabt',
  openssl: 'openssl',
  tar: 'tar',
};
const missing = [
  ...new Set(
    Object.entries(tools)
      .filter(([cmd]) => !has(cmd))
      .map(([, pkg]) => pkg),
  ),
];
if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && has('apt-get')) {
    console.log(`Installing Debian packages the tests use: ${missing.join(' ')}`);
    if (run('apt-get', ['update', '-qq']) !== 0 || run('apt-get', ['install', '-y', '-qq', ...missing]) !== 0)
      process.exit(1);
  } else {
    console.error(
      `The tests need: ${missing.join(' ')}. Install them: sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
}
if (!existsSync('node_modules/jest')) {
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}
// Jest's JSON report gives the counts for a plain closing line ("N passed, N failed") that any CI can read.
const report = join(mkdtempSync(join(tmpdir(), 'wasm-oci-jest-')), 'report.json');
const jest = [
  '--experimental-vm-modules',
  'node_modules/jest/bin/jest.js',
  '--json',
  `--outputFile=${report}`,
];
const code = run(process.execPath, [...jest, ...process.argv.slice(2)], {
  env: { ...process.env, NODE_NO_WARNINGS: '1' },
});
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(
    `\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}
process.exit(code);
