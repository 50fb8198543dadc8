/**
 * The runner contract (workflow commands and file commands), written directly: loading @actions/core costs ~50 ms and
 * ~15 MB at every start (it pulls in its HTTP client for OIDC), and the pipeline needs only these few lines of it.
 * Same wire format as @actions/core 3: `::name k=v,k=v::message` with core's escaping; GITHUB_OUTPUT/GITHUB_STATE
 * `name<<delimiter` blocks; the job summary appended to GITHUB_STEP_SUMMARY.
 * The cache library (loaded only when caching) keeps using @actions/core itself.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export interface CommandProperties {
  title?: string;
  file?: string;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(name: string, properties: CommandProperties, message: string): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ' ' + props : ''}::${escapeData(message)}${EOL}`);
}

/** Append `name<<delimiter … delimiter` to the file named by `envName`; without the file, the legacy command. */
function fileCommand(
  envName: 'GITHUB_OUTPUT' | 'GITHUB_STATE',
  legacy: string,
  name: string,
  value: string,
): void {
  const file = process.env[envName];
  if (!file) {
    issueCommand(legacy, { name } as CommandProperties, value);
    return;
  }
  // node:crypto is loaded here, not at start-up: a post step with nothing to save never needs it
  const { randomUUID } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error('Unexpected input: contains the delimiter');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

export const runner = {
  info: (message: string) => process.stdout.write(message + EOL),
  /** Written only when step debug logging is on (the runner then sets RUNNER_DEBUG=1; it hides them otherwise). */
  debug: (message: string) => {
    if (process.env.RUNNER_DEBUG === '1') issueCommand('debug', {}, message);
  },
  notice: (message: string, p: CommandProperties = {}) => issueCommand('notice', p, message),
  warning: (message: string, p: CommandProperties = {}) => issueCommand('warning', p, message),
  error: (message: string, p: CommandProperties = {}) => issueCommand('error', p, message),
  setSecret: (secret: string) => issueCommand('add-mask', {}, secret),
  setOutput: (name: string, value: string) => fileCommand('GITHUB_OUTPUT', 'set-output', name, value),
  saveState: (name: string, value: string) => fileCommand('GITHUB_STATE', 'save-state', name, value),
  startGroup: (name: string) => issueCommand('group', {}, name),
  endGroup: () => issueCommand('endgroup', {}, ''),
  /** Append to the job summary; false when the runner gives no summary file (GHES, local runs). */
  appendSummary(markdown: string): boolean {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) return false;
    appendFileSync(file, markdown + EOL, 'utf8');
    return true;
  },
};
