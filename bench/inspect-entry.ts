/**
 * The "validation cost" probe of the benchmark, bundled by bench/registry-bench.mjs with ncc into .cache/bench: one
 * `inspectModule` (the action's read pass: hash, sections, validation) over the module named on the command line.
 * Prints `{ "ms": <time inside inspectModule>, "size", "digest" }`; the peak RSS is measured outside.
 */
import { inspectModule } from '../src/wasm/inspect.js';

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path) throw new Error('usage: inspect-entry <module.wasm>');
  const t0 = performance.now();
  const r = await inspectModule(path);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, size: r.size, digest: r.digest }) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
