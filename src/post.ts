/** The post step (`runs.post`, `post-if: success()`): save the blob cache when main restored it and changed it. */
import { getInput } from './context.js';
import { runner } from './runner.js';

export async function post(): Promise<void> {
  // `cache: false` (the post step gets the same inputs as main): never touch the cache service, whatever the state says.
  if (/^(false|False|FALSE)$/.test(getInput(process.env, 'cache'))) {
    runner.debug('cache: false; nothing to save.');
    return;
  }
  if (!process.env.STATE_wasm_oci_cache) {
    runner.debug('No blob cache state from the main step; nothing to save.');
    return;
  }
  const cache = await import('./cache/index.js');
  const result = await cache.saveBlobCache();
  runner.info(`Blob cache: ${result.outcome}${result.saved ? ` (saved as ${result.key})` : ''}`);
}
