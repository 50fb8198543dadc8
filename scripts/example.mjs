// Quick start: publish the example proxy-wasm filter with the bundled action, exactly as a workflow step would.
// Uses the committed examples/filter/filter.wasm (built from filter.wat), starts a local docker-registry on 127.0.0.1
// when one is installed and pushes to it; without a registry it runs with push: false. Either way the artifact stays
// in an OCI layout, and the closing lines say how to read it back. Prints the log as the Actions log page shows it
// (groups as headings, annotations, no debug lines). Needs only Node.js: the action runs from its bundle in dist/.
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
// The action speaks the runner's workflow-command language on stdout; show it the way the Actions log page does.
const res = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
registry?.kill();
process.stdout.write(renderLog(res.stdout ?? ''));
if (res.stderr) process.stderr.write(res.stderr);

const outputs = parseFileCommands(readFileSync(outputFile, 'utf8'));
console.log('\nOutputs (steps.<id>.outputs.*):');
for (const [name, value] of Object.entries(outputs)) {
  if (name === 'metadata') console.log(`  metadata: JSON, ${value.length} bytes (in ${outputFile})`);
  else console.log(`  ${name}: ${value.split('\n').join('\n' + ' '.repeat(name.length + 4))}`);
}
console.log(`\nJob summary (Markdown/HTML): ${summaryFile}`);
const layout = outputs['oci-layout'];
if (res.status === 0 && layout) {
  // The registry was temporary and is stopped now; the OCI layout stays, and both commands read it.
  const tag = firstLayoutTag(layout);
  console.log(
    `\nRead it back from the OCI layout${host ? ' (the temporary registry is stopped)' : ''}:\n` +
      `  node dist/cli/index.js inspect --oci-layout ${layout} ${tag}\n` +
      `  node dist/cli/index.js pull --oci-layout ${layout} ${tag} -o ${join(work, 'filter.wasm')}\n` +
      `  skopeo inspect --raw oci:${layout}:${tag}`,
  );
}
process.exit(res.status ?? 1);

/** Workflow commands as a reader sees them: groups as headings, annotations as lines, debug and masks hidden. */
function renderLog(text) {
  const unescape = (v) =>
    v
      .replace(/%0D/gi, '\r')
      .replace(/%0A/gi, '\n')
      .replace(/%3A/gi, ':')
      .replace(/%2C/gi, ',')
      .replace(/%25/g, '%');
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    const [, cmd, props = '', msg] = m;
    if (cmd === 'group') out.push(`\n== ${unescape(msg)} ==`);
    else if (['notice', 'warning', 'error'].includes(cmd)) {
      const title = /(?:^|,)title=([^,]*)/.exec(props)?.[1];
      out.push(`${cmd.toUpperCase()}${title ? ` (${unescape(title)})` : ''}: ${unescape(msg)}`);
    }
    // endgroup, debug, add-mask, save-state, set-output, echo: nothing a reader needs
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}

/** The runner's file-command format (`name<<delimiter` … `delimiter`, or `name=value`). */
function parseFileCommands(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
      out[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

function firstLayoutTag(dir) {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const names = index.manifests
    .map((m) => m.annotations?.['org.opencontainers.image.ref.name'])
    .filter(Boolean);
  return names[0] ?? index.manifests[0]?.digest;
}
