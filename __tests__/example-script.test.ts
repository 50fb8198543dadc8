/**
 * `npm run example` (scripts/example.mjs) as a new user runs it: a readable log (no raw workflow commands), the
 * outputs, and read-back commands that work after the script has ended (its temporary registry is gone by then).
 * Each printed command is run as printed: the CLI and skopeo read the module back from the OCI layout.
 */
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

// As a user's shell runs them: without Jest's worker variable (the CLI does not start under Jest).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'JEST_WORKER_ID'));
const exec = promisify(execFile);
const run = (cmd: string, args: string[]) => exec(cmd, args, { encoding: 'utf8', env });

describe('npm run example', () => {
  it('prints headings, outputs and a read-back that works once it has exited', async () => {
    const { stdout } = await run(process.execPath, ['scripts/example.mjs']);
    const lines = stdout.split('\n');
    expect(lines.filter((l) => /^\s*::[a-z-]+/.test(l))).toEqual([]);
    for (const h of ['== Plan ==', '== Validate ==', '== Package ==']) expect(lines).toContain(h);
    expect(stdout).toMatch(/^ {2}digest: sha256:[a-f0-9]{64}$/m);
    const hint = lines
      .slice(lines.findIndex((l) => l.startsWith('Read it back')) + 1)
      .filter((l) => l.trim());
    expect(hint).toHaveLength(3);
    const [inspect, pull, skopeo] = hint.map((l) => l.trim().split(/\s+/));
    expect(inspect.slice(0, 3)).toEqual(['node', 'dist/cli/index.js', 'inspect']);
    const shown = await run(process.execPath, inspect.slice(1));
    expect(shown.stdout).toMatch(/Format:\s+solo/);
    await run(process.execPath, pull.slice(1));
    const out = pull[pull.indexOf('-o') + 1];
    expect(readFileSync(out).equals(readFileSync('examples/filter/filter.wasm'))).toBe(true);
    const raw = await run(skopeo[0], skopeo.slice(1));
    expect(JSON.parse(raw.stdout).mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
  }, 60_000);
});
