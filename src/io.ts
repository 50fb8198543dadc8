/**
 * Where the pipeline reports to. In the action: the runner's commands (annotations, groups, outputs, masking, the job
 * summary; see runner.ts).
 * In the CLI: plain lines on stderr. main.ts only talks to this interface.
 */
import { runner } from './runner.js';
import { addSecret, onSecret, redact } from './log.js';

export interface AnnotationProps {
  title?: string;
  file?: string;
}

export interface Io {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  /** append Markdown/HTML to the job summary; false when there is nowhere to write it */
  writeSummary(markdown: string): Promise<boolean>;
}

/**
 * The action's Io. Every secret the process learns (inputs, tokens, base64 credentials) is masked with `::add-mask::`
 * the moment it is recorded (log.ts `addSecret`), and every line is redacted as well.
 */
export function actionsIo(): Io {
  onSecret(runner.setSecret);
  return {
    info: (m) => runner.info(redact(m)),
    debug: (m) => runner.debug(redact(m)),
    notice: (m, p) => runner.notice(redact(m), p),
    warning: (m, p) => runner.warning(redact(m), p),
    error: (m, p) => runner.error(redact(m), p),
    async group(name, fn) {
      runner.startGroup(name);
      try {
        return await fn();
      } finally {
        runner.endGroup();
      }
    },
    setSecret: addSecret,
    setOutput: runner.setOutput,
    writeSummary: async (markdown) => runner.appendSummary(markdown),
  };
}

/** Plain output for the CLI: progress and diagnostics on stderr, so stdout carries only the command's result. */
export function consoleIo(opts: { verbose?: boolean; quiet?: boolean } = {}): Io {
  const say = (prefix: string) => (m: string) => {
    if (!opts.quiet || prefix === 'error: ') process.stderr.write(prefix + redact(m) + '\n');
  };
  return {
    info: say(''),
    debug: (m) => {
      if (opts.verbose) process.stderr.write('debug: ' + redact(m) + '\n');
    },
    notice: say('notice: '),
    warning: say('warning: '),
    error: say('error: '),
    group: async (name, fn) => {
      if (!opts.quiet) process.stderr.write(`== ${name}\n`);
      return fn();
    },
    setSecret: addSecret,
    setOutput: () => undefined,
    writeSummary: async () => false,
  };
}
