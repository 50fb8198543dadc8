// `npm run bench`: publishing benchmarks against a local docker-registry (see bench/registry-bench.mjs).
import { runBench } from '../bench/registry-bench.mjs';

runBench().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
