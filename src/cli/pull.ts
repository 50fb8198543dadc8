/** `wasm-oci pull <reference> -o <file>`: the exact module bytes, every digest verified, written atomically. */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { q } from '../log.js';
import { describeFormat, fetchModule, readConfig, resolveArtifact } from '../pull.js';
import { bool, COMMON_OPTIONS, parse, REGISTRY_OPTIONS, str, UsageError } from './args.js';
import { json, stderrLogger } from './output.js';
import { openStore } from './store.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...REGISTRY_OPTIONS,
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
} as const;

export async function pull(argv: string[]): Promise<number> {
  const { values, positionals } = parse('pull', argv, OPTIONS);
  const log = stderrLogger({ verbose: bool(values, 'verbose'), quiet: bool(values, 'quiet') });
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'pull needs a reference.' : 'pull takes exactly one reference.',
      'pull',
    );
  }
  const output = str(values, 'output');
  if (!output) throw new UsageError('pull needs -o <file> (where to write the module).', 'pull');
  const out = resolve(output);
  await checkOutput(out);
  const opened = await openStore(values, positionals[0], 'pull', log);
  try {
    const { store } = opened;
    const artifact = await resolveArtifact(store, opened.reference);
    if (artifact.index) log.info(`Index ${artifact.index.digest} -> manifest ${artifact.manifestDigest}`);
    log.info(`Manifest ${artifact.manifestDigest}: ${describeFormat(artifact.match.format)}`);
    const config = await readConfig(store, artifact);
    const rootfs = config.json?.rootfs as { diff_ids?: unknown } | undefined;
    const got = await fetchModule(store, artifact, out, { diffIds: rootfs?.diff_ids });
    log.info(`Module ${got.digest} (${got.size} bytes) -> ${q(out)}`);
    if (bool(values, 'json')) {
      json({
        reference: opened.image ? positionals[0] : opened.reference,
        manifestDigest: artifact.manifestDigest,
        indexDigest: artifact.index?.digest,
        format: artifact.match.format,
        layer: artifact.match.layer,
        moduleDigest: got.digest,
        moduleSize: got.size,
        output: out,
      });
    }
    return 0;
  } finally {
    opened.close();
  }
}

/** The output must be a file path in an existing directory (checked before anything is fetched). */
async function checkOutput(out: string): Promise<void> {
  const dir = await stat(dirname(out)).catch(() => undefined);
  if (!dir?.isDirectory()) {
    throw new UserError(
      `The directory of ${q(out)} does not exist.`,
      'Create it first, or pass another -o path.',
      'Output',
    );
  }
  const existing = await stat(out).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new UserError(
      `${q(out)} is a directory.`,
      'Pass a file path to -o, e.g. -o filter.wasm.',
      'Output',
    );
  }
}
