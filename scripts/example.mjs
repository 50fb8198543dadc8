// Quick start: publish the example proxy-wasm filter with the bundled action, exactly as a workflow step would.
// Uses the committed examples/filter/filter.wasm (built from filter.wat), starts a local docker-registry on 127.0.0.1
// when one is installed and pushes to it; without a registry it runs with push: false and leaves the artifact in an
// OCI layout. Needs only Node.js: the action runs from its committed bundle in dist/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'wasm-oci-example-'));
const wasm = resolve('examples/filter/filter.wasm');

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
let registry;
let host;
if (has('docker-registry')) {
  const port = await new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => r(p));
    });
  });
  host = `127.0.0.1:${port}`;
  const cfg = join(work, 'registry.yml');
  writeFileSync(
    cfg,
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(work, 'registry')}\nhttp:\n  addr: ${host}\n`,
  );
  registry = spawn('docker-registry', ['serve', cfg], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://${host}/v2/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
} else {
  console.log('docker-registry is not installed: running with push: false (the OCI layout is the result).');
}

const outputFile = join(work, 'outputs');
const summaryFile = join(work, 'summary.md');
const stateFile = join(work, 'state');
writeFileSync(stateFile, '');
writeFileSync(outputFile, '');
writeFileSync(summaryFile, '');
const env = {
  ...process.env,
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  GITHUB_STATE: stateFile,
  GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY || 'example/add-header',
  GITHUB_EVENT_NAME: process.env.GITHUB_EVENT_NAME || 'workflow_dispatch',
  GITHUB_REF: process.env.GITHUB_REF || 'refs/tags/v1.0.0',
  GITHUB_SHA: process.env.GITHUB_SHA || '0000000000000000000000000000000000000000',
  SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH || '1767225600',
  INPUT_MODULE: wasm,
  'INPUT_ROOT-IDS': 'add_header',
  INPUT_REGISTRY: host ?? 'localhost:5000',
  INPUT_PUSH: host ? 'true' : 'false',
  'INPUT_PLAIN-HTTP': 'true',
  'INPUT_OCI-LAYOUT': join(work, 'layout'),
  INPUT_SIGNING: 'none',
  INPUT_CACHE: 'false',
  INPUT_PASSWORD: '',
};
const res = spawnSync(process.execPath, ['dist/index.js'], { env, stdio: 'inherit' });
registry?.kill();
console.log('\n--- outputs ---');
console.log(
  readFileSync(outputFile, 'utf8')
    .replace(/^ghadelimiter.*\n/gm, '')
    .replace(/<<ghadelimiter_.*$/gm, ':'),
);
console.log(`summary: ${summaryFile}\nOCI layout: ${join(work, 'layout')}`);
if (host && res.status === 0)
  console.log(
    `Read it back: skopeo inspect --tls-verify=false --raw docker://${host}/example/add-header:1.0.0 (while a registry runs)`,
  );
process.exit(res.status ?? 1);
