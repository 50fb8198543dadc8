/**
 * Entry point of the action: one bundle serves `runs.main` and `runs.post` (the post step sees STATE_isPost).
 * Only starts things: the pipeline is in main.ts, the post step (cache save) in post.ts.
 */

import { runner } from './runner.js';
import { getInputs } from './context.js';
import { joinMessage, UserError } from './errors.js';
import { onSecret, redact, untrusted } from './log.js';
import { abandonedCount } from './cache/timeout.js';

async function main(): Promise<void> {
  // Every secret the process learns from here on (inputs, tokens) is masked the moment it is recorded.
  onSecret(runner.setSecret);
  if (process.env.STATE_isPost === 'true') {
    const { post } = await import('./post.js');
    await post();
    return;
  }
  runner.saveState('isPost', 'true');
  const { run } = await import('./main.js');
  await run(getInputs(process.env));
}

main()
  .catch((e: unknown) => {
    if (e instanceof UserError) {
      const text = joinMessage(e.message, e.fix);
      runner.error(redact(text), { title: e.title ?? 'wasm-oci', file: e.file });
    } else {
      runner.error(
        `Unexpected failure: ${redact(untrusted(e instanceof Error ? (e.stack ?? e.message) : String(e), 4000))}`,
        {
          title: 'wasm-oci',
        },
      );
    }
    process.exitCode = 1;
  })
  .finally(() => {
    // A cache call that timed out (@actions/cache cannot be cancelled) may still be retrying in the background: it must
    // not hold the step open. Outputs, state and logs are written synchronously by now, so exit with the step's code.
    if (abandonedCount() > 0) process.exit();
  });
