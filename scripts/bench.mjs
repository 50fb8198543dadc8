// `npm run bench`: publishing benchmarks against a local docker-registry (see bench/registry-bench.mjs), then the
// blob-cache benchmark (bench/cache.mjs: second run with a warm cache vs cold), which appends its section to
// docs/benchmarks.md.
import { runBench } from '../bench/registry-bench.mjs';
import { runCacheBench } from '../bench/cache.mjs';

runBench()
  .then(() => runCacheBench())
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
