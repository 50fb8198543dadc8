#!/usr/bin/env node
/**
 * `wasm-oci`: the command-line face of the action. Dispatches to one command module, loaded on demand (so `--help`
 * and the read-only commands never load @actions/core or the Sigstore libraries).
 * Exit codes: 0 ok, 1 failure, 2 usage error. Errors: one `error: …` line on stderr (message. fix), secrets redacted.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { cliAdvice, joinMessage } from './advice.js';
import { redact, UsageError } from './args.js';
import { GLOBAL_HELP, INSPECT_HELP, PULL_HELP, PUSH_HELP, VERIFY_HELP } from './help.js';
import { readVersion } from './version.js';

type Command = (argv: string[]) => Promise<number>;

const HELP: Record<string, string> = {
  push: PUSH_HELP,
  pull: PULL_HELP,
  inspect: INSPECT_HELP,
  verify: VERIFY_HELP,
};

const COMMANDS: Record<string, () => Promise<Command>> = {
  push: async () => (await import('./push.js')).push,
  pull: async () => (await import('./pull.js')).pull,
  inspect: async () => (await import('./inspect.js')).inspect,
  verify: async () => (await import('./verify.js')).verify,
};

function oneLine(text: string): string {
  return redact(text.replace(/\s*\r?\n\s*/g, ' ').trim());
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(GLOBAL_HELP);
    return 2;
  }
  if (first === '-h' || first === '--help') {
    process.stdout.write(GLOBAL_HELP);
    return 0;
  }
  if (first === '--version' || first === '-V') {
    process.stdout.write(`wasm-oci ${readVersion()}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0];
    process.stdout.write(topic && HELP[topic] ? HELP[topic] : GLOBAL_HELP);
    return topic && !HELP[topic] ? 2 : 0;
  }
  const load = COMMANDS[first];
  if (!load) {
    process.stderr.write(
      `error: unknown command ${JSON.stringify(oneLine(first))}. Commands: push, pull, inspect, verify (see wasm-oci --help).\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(HELP[first]);
    return 0;
  }
  const verbose = rest.includes('--verbose') || rest.includes('-v');
  try {
    return await (
      await load()
    )(rest);
  } catch (e) {
    return report(e, first, verbose);
  }
}

function report(e: unknown, command: string, verbose: boolean): number {
  if (e instanceof UsageError) {
    process.stderr.write(
      `error: ${oneLine(e.message)}\nRun 'wasm-oci ${e.command ?? command} --help' for usage.\n`,
    );
    return 2;
  }
  if (e instanceof UserError) {
    const { message, fix } = cliAdvice(e as UserError & { kind?: string });
    process.stderr.write(`error: ${oneLine(joinMessage(message, fix))}\n`);
    return 1;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`error: unexpected failure: ${oneLine(err.message)}\n`);
  if (verbose && err.stack) process.stderr.write(redact(err.stack) + '\n');
  return 1;
}

/** Run as a program (not imported): the script node was started with is this file (through any symlink, e.g. npm's bin). */
function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`error: ${oneLine(String(e))}\n`);
      process.exitCode = 1;
    },
  );
}
