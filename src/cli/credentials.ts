/**
 * Registry credentials for a CLI command, in order: `--username` with `--password-stdin` (or `--password`), else the
 * Docker config file's `auths` entry for the registry host, else anonymous.
 */
import { dockerConfigPath, dockerCredentials } from '../registry/docker-config.js';
import type { Credentials } from '../registry/types.js';
import { q } from '../log.js';
import { addSecret, bool, readStdinSecret, str, UsageError, type Values } from './args.js';
import type { Logger } from './output.js';

export async function resolveCredentials(
  values: Values,
  registry: string,
  command: string,
  log: Logger,
): Promise<Credentials | undefined> {
  const username = str(values, 'username');
  let password = str(values, 'password');
  const fromStdin = bool(values, 'password-stdin');
  if (password !== undefined && fromStdin) {
    throw new UsageError('--password and --password-stdin are mutually exclusive.', command);
  }
  if (password !== undefined) {
    addSecret(password);
    log.warn(
      '--password on the command line is visible to other users of this machine; prefer --password-stdin.',
    );
  }
  if (fromStdin) password = await readStdinSecret('--password-stdin', command);
  if (password !== undefined && !username) {
    throw new UsageError(`${fromStdin ? '--password-stdin' : '--password'} needs --username.`, command);
  }
  if (username && password === undefined) {
    throw new UsageError('--username needs --password-stdin (or --password).', command);
  }
  if (username && password !== undefined) return { username, password };

  const found = await dockerCredentials(registry, process.env);
  if (found) {
    addSecret(found.password);
    log.debug(
      `Using the ${found.kind} credentials for ${q(found.key)} from ${q(dockerConfigPath(process.env))}.`,
    );
    return { username: found.username, password: found.password };
  }
  log.debug(`No credentials for ${registry} in ${q(dockerConfigPath(process.env))}; anonymous.`);
  return undefined;
}
