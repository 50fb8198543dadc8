// `npm run bench`: the publishing benchmark against its peers (bench/registry-bench.mjs: 7 runs, 1–256 MiB), then the
// blob-cache benchmark (bench/cache.mjs: a second run with a warm cache vs cold). Both write docs/benchmarks.md.
// `npm run bench -- --quick`: a short smoke run (2 runs, 1 and 16 MiB, no cache benchmark) that only prints.
import { runBench } from '../bench/registry-bench.mjs';
import { runCacheBench } from '../bench/cache.mjs';

const quick = process.argv.includes('--quick');
const started = Date.now();
runBench({ quick })
  .then(() => (quick ? undefined : runCacheBench()))
  .then(() => console.error(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
