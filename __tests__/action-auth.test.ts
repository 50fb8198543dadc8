/**
 * The bundled action against a registry that requires bearer tokens (docker-registry `auth: token` + the JWT token
 * service fixture): the password reaches the token service and nothing else, is masked, and never appears in the log,
 * the summary or the outputs; a wrong password fails with an authentication error and pushes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { startTokenService, type TokenService } from './fixtures/token-service.js';
import { runAction } from './fixtures/action.js';
import { fixtureWasm } from './fixtures/wat.js';

const USER = 'ci-bot';
const PASSWORD = 'p4ss-Wor7d-only-for-the-token-service';

let ts: TokenService;
let reg: TestRegistry;
let filter: string;

beforeAll(async () => {
  ts = await startTokenService({ username: USER, password: PASSWORD });
  reg = await startRegistry(ts.registryConfig());
  const work = mkdtempSync(join(tmpdir(), 'action-auth-'));
  filter = join(work, 'filter.wasm');
  writeFileSync(filter, fixtureWasm('filter'));
}, 30000);

afterAll(async () => {
  await reg?.stop();
  await ts?.stop();
});

function inputs(repository: string, password: string): Record<string, string> {
  return {
    module: filter,
    'root-ids': 'r',
    registry: reg.host,
    repository,
    tags: 'v1',
    'plain-http': 'true',
    push: 'true',
    username: USER,
    password,
    signing: 'none',
    cache: 'false',
  };
}

/** Everything a reader of the job could see, minus the mask commands that hand the secret to the runner. */
function visible(run: Awaited<ReturnType<typeof runAction>>): string {
  const log = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [log, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
}

/** Read a tag back with a token of our own (independent of the action's client). */
async function tagExists(repository: string, tag: string): Promise<boolean> {
  const t = await fetch(
    `${ts.realm}?service=${encodeURIComponent(ts.service)}&scope=repository:${repository}:pull`,
    {
      headers: { authorization: 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64') },
    },
  );
  const { token } = (await t.json()) as { token: string };
  const res = await fetch(`${reg.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return res.status === 200;
}

describe('pushing through bearer-token auth', () => {
  it('pushes with the right password, masks it, and never prints it', async () => {
    const run = await runAction({ inputs: inputs('acme/auth-ok', PASSWORD) });
    expect(run.code).toBe(0);
    expect(run.outputs.pushed).toBe('true');
    expect(await tagExists('acme/auth-ok', 'v1')).toBe(true);
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(visible(run)).not.toContain(PASSWORD);
    // The credentials went to the token service, which granted push.
    expect(
      ts.requests.some((r) => r.user === USER && r.authenticated && r.granted.join().includes('push')),
    ).toBe(true);
  });

  it('refuses a wrong password with an authentication error and pushes nothing', async () => {
    const wrong = 'definitely-not-the-password-42';
    const run = await runAction({ inputs: inputs('acme/auth-wrong', wrong) });
    expect(run.code).not.toBe(0);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.join('\n')).toMatch(/credential|password|authenticat/i);
    expect(visible(run)).not.toContain(wrong);
    expect(await tagExists('acme/auth-wrong', 'v1')).toBe(false);
  });
});
