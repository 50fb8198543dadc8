// `npm test`: the whole test suite, runnable on a fresh machine (CI runs exactly this). It makes sure the tools the
// tests use for real are there (Debian: docker-registry, skopeo, wabt, openssl, tar; npm: node_modules), then runs Jest
// in ESM mode: the whole suite, then the end-to-end action tests again with the action on Node 24; one closing line
// `tests: N passed, N failed` counts both passes.
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
// Material the tests share, fetched once before Jest starts its parallel workers (pinned npm packages: the real-world
// corpus with wasm-tools from jco, and Node 24), so no two test files download or install it at the same time.
{
  const { ensureCorpus } = await import('./corpus.mjs');
  const { node24Path } = await import('./node24.mjs');
  try {
    await ensureCorpus();
    node24Path();
  } catch (e) {
    console.error(`Could not prepare the test material: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
// Jest's JSON report gives the counts for a plain closing line ("N passed, N failed") that any CI can read.
function jestPass(args, env = {}) {
  const report = join(mkdtempSync(join(tmpdir(), 'wasm-oci-jest-')), 'report.json');
  const jest = [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${report}`,
  ];
  const code = run(process.execPath, [...jest, ...args], {
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
  });
  if (!existsSync(report)) return { code: code || 1, passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(report, 'utf8'));
  // A test file that fails to load (or a hook that fails) has no failed test: count it as one failure.
  const broken = r.testResults.filter(
    (t) => t.status === 'failed' && t.assertionResults.every((a) => a.status !== 'failed'),
  );
  return {
    code,
    passed: r.numPassedTests,
    failed: r.numFailedTests + broken.length,
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

const args = process.argv.slice(2);
/** The test files that run the bundled action (or the CLI) as processes: the Node 24 pass runs these again. */
const ACTION_E2E =
  '__tests__/(action-[^/]*|corpus-publish|hardening-[^/]*|push-race|push-scope)\\.test\\.ts$';
const passes = [jestPass(args)];
// The action declares `runs.using: node24`: with no arguments (the whole suite, as CI runs it), the end-to-end action
// test files (ACTION_E2E) run a second time with the action processes on Node 24 (Jest itself stays on this Node). With
// arguments, one pass runs; set WASM_OCI_TEST_NODE=$(node scripts/node24.mjs) to run it with Node 24 processes.
if (args.length === 0) {
  const summary = (p) => `${p.passed} passed, ${p.failed} failed`;
  console.log(`\nfirst pass (action processes on Node ${process.versions.node}): ${summary(passes[0])}`);
  let node24;
  try {
    const { node24Path } = await import('./node24.mjs');
    node24 = node24Path();
  } catch (e) {
    console.error(
      `Node 24 for the second pass could not be installed: ${e instanceof Error ? e.message : e}`,
    );
    passes.push({ code: 1, passed: 0, failed: 1, skipped: 0 });
  }
  if (node24) {
    console.log(`\nsecond pass: the files that run the action, with the action processes on ${node24}`);
    passes.push(jestPass([ACTION_E2E], { WASM_OCI_TEST_NODE: node24 }));
    console.log(`\nsecond pass (action processes on Node 24): ${summary(passes[1])}`);
  }
}
const sum = (k) => passes.reduce((n, p) => n + p[k], 0);
const skipped = sum('skipped');
console.log(
  `\ntests: ${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(passes.some((p) => p.code !== 0) || sum('failed') > 0 ? 1 : 0);
