/**
 * What the CLI prints: results on stdout, progress and diagnostics on stderr (never secrets: everything passes through
 * `redact`). Independent of @actions/core, so the read-only commands never load it.
 */
import { redact } from './args.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export function stderrLogger(opts: { verbose?: boolean; quiet?: boolean } = {}): Logger {
  const write = (line: string) => process.stderr.write(redact(line) + '\n');
  return {
    info: (m) => {
      if (!opts.quiet) write(m);
    },
    warn: (m) => write('warning: ' + m),
    debug: (m) => {
      if (opts.verbose) write('debug: ' + m);
    },
  };
}

/** One result line (or JSON document) on stdout. */
export function result(text: string): void {
  process.stdout.write(redact(text) + '\n');
}

export function json(value: unknown): void {
  result(JSON.stringify(value, null, 2));
}
