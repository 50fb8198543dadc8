/**
 * Release and pull-request workflows end to end (issue 4): the committed bundle `dist/index.js`, run the way the runner
 * runs it, with the GitHub event payload fixtures, against a real docker-registry on 127.0.0.1. Tags are read back
 * from the registry (tags/list + HEAD Docker-Content-Digest) and with skopeo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from './fixtures/registry.js';
import { runAction, workflowCommands, type ActionRun } from './fixtures/action.js';
import { readFixture, type EventFixture, actionEnvFor } from './fixtures/event-context.js';
import { wat2wasm } from './fixtures/wat.js';

const sha256 = (b: Buffer | string) => 'sha256:' + createHash('sha256').update(b).digest('hex');

// 1761815564 = 2025-10-30T09:12:44Z (`date -u -d @1761815564`)
const SOURCE_DATE_EPOCH = '1761815564';
const CREATED = '2025-10-30T09:12:44Z';
const TAG_SHA = readFixture('push-tag').after as string; // 3f9c2a1…
const RC_SHA = readFixture('push-tag-prerelease').after as string;
const FORK_HEAD_SHA = readFixture('pull-request-fork').pull_request.head.sha as string;
const FORK_MERGE_SHA = readFixture('pull-request-fork').pull_request.merge_commit_sha as string;

let reg: TestRegistry;
let work: string;
let filterPath: string;
let filterBytes: Buffer;
let otherPath: string;

beforeAll(async () => {
  reg = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'wasm-oci-e2e-release-'));
  const wat = readFileSync('examples/filter/filter.wat', 'utf8');
  filterBytes = wat2wasm(wat);
  filterPath = join(work, 'filter.wasm');
  writeFileSync(filterPath, filterBytes);
  // A different module: same exports, one data byte changed ("on" -> "no").
  const otherWat = wat.replace('x-wasm-filter\\00on\\00', 'x-wasm-filter\\00no\\00');
  expect(otherWat).not.toBe(wat);
  otherPath = join(work, 'other', 'filter.wasm');
  execFileSync('mkdir', ['-p', join(work, 'other')]);
  writeFileSync(otherPath, wat2wasm(otherWat));
});
afterAll(async () => reg?.stop());

function eventEnv(name: EventFixture, over: Record<string, string | undefined> = {}): Record<string, string> {
  return actionEnvFor(name, { SOURCE_DATE_EPOCH, ...over });
}

function inputs(repo: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    module: filterPath,
    'root-ids': 'add_header',
    registry: reg.host,
    repository: repo,
    'plain-http': 'true',
    password: '',
    signing: 'none',
    cache: 'false',
    ...extra,
  };
}

async function release(
  fixture: EventFixture,
  repo: string,
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({ inputs: inputs(repo, extra), env: { ...eventEnv(fixture), ...env } });
}

async function catalog(): Promise<string[]> {
  const res = await fetch(`${reg.url}/v2/_catalog`);
  return ((await res.json()) as { repositories: string[] }).repositories ?? [];
}

/** The registry's tag list (sorted); [] when the repository does not exist. */
async function tagList(repo: string): Promise<string[]> {
  const res = await fetch(`${reg.url}/v2/${repo}/tags/list`);
  if (res.status === 404) {
    await res.arrayBuffer();
    return [];
  }
  const body = (await res.json()) as { tags: string[] | null };
  return [...(body.tags ?? [])].sort();
}

/** What the registry says a tag points at (HEAD, Docker-Content-Digest). */
async function tagDigest(repo: string, tag: string): Promise<string | undefined> {
  const res = await fetch(`${reg.url}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json',
    },
  });
  if (res.status === 404) return undefined;
  expect(res.status).toBe(200);
  return res.headers.get('docker-content-digest') ?? undefined;
}

async function blobExists(repo: string, digest: string): Promise<boolean> {
  const res = await fetch(`${reg.url}/v2/${repo}/blobs/${digest}`, { method: 'HEAD' });
  return res.status === 200;
}

/** Manifest bytes as an independent client (skopeo) reads them. */
function skopeoRaw(ref: string): Buffer {
  return execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', ref], { maxBuffer: 16 << 20 });
}

function errors(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::error'));
}

const RELEASE_TAGS = ['1', '1.2', '1.2.3', 'latest', `sha-${TAG_SHA.slice(0, 7)}`].sort();

describe('release v1.2.3 (tag push)', () => {
  const repo = 'acme/release';
  let first: ActionRun;

  beforeAll(async () => {
    first = await release('push-tag', repo);
  });

  it('creates 1.2.3, 1.2, 1, latest and sha-xxxxxxx, all pointing at the output digest', async () => {
    expect(first.stderr).toBe('');
    expect(errors(first)).toEqual([]);
    expect(first.code).toBe(0);
    const digest = first.outputs.digest;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(first.outputs.pushed).toBe('true');
    expect(first.outputs.tags.split('\n').sort()).toEqual(
      RELEASE_TAGS.map((t) => `${reg.host}/${repo}:${t}`),
    );

    expect(await tagList(repo)).toEqual(RELEASE_TAGS);
    for (const t of RELEASE_TAGS) expect(await tagDigest(repo, t)).toBe(digest);
    // skopeo reads the same bytes under the release tag and `latest`.
    for (const t of ['1.2.3', 'latest'])
      expect(sha256(skopeoRaw(`docker://${reg.host}/${repo}:${t}`))).toBe(digest);
  });

  it('annotates the manifest with source, revision, version and the SOURCE_DATE_EPOCH time', () => {
    const m = JSON.parse(skopeoRaw(`docker://${reg.host}/${repo}:1.2.3`).toString());
    expect(m.annotations).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/Acme-Org/Envoy-Filters',
      'org.opencontainers.image.revision': TAG_SHA,
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.created': CREATED,
    });
  });

  it('is idempotent: the same release again exits 0 with the same digest and the same tags', async () => {
    const again = await release('push-tag', repo);
    expect(errors(again)).toEqual([]);
    expect(again.code).toBe(0);
    expect(again.outputs.digest).toBe(first.outputs.digest);
    expect(await tagList(repo)).toEqual(RELEASE_TAGS);
    for (const t of RELEASE_TAGS) expect(await tagDigest(repo, t)).toBe(first.outputs.digest);
  });

  it('refuses a different module under 1.2.3, naming the tag, both digests and overwrite-tags; nothing moves', async () => {
    // The digest the other module would have: a dry run of the same event (nothing pushed).
    const dry = await release('push-tag', 'acme/release-dry', { module: otherPath, push: 'false' });
    expect(dry.code).toBe(0);
    const otherDigest = dry.outputs.digest;
    expect(otherDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(otherDigest).not.toBe(first.outputs.digest);
    const otherModule = dry.outputs['module-digest'];

    const refused = await release('push-tag', repo, { module: otherPath });
    expect(refused.code).not.toBe(0);
    const err = errors(refused).join('\n');
    expect(err).toContain('1.2.3');
    expect(err).toContain(first.outputs.digest);
    expect(err).toContain(otherDigest);
    expect(err).toContain('overwrite-tags');
    // Every tag keeps its digest, and not even the new module's blob was uploaded.
    expect(await tagList(repo)).toEqual(RELEASE_TAGS);
    for (const t of RELEASE_TAGS) expect(await tagDigest(repo, t)).toBe(first.outputs.digest);
    expect(await blobExists(repo, otherModule)).toBe(false);
    expect(await tagDigest(repo, otherDigest)).toBeUndefined();

    // With overwrite-tags: true the release moves, every tag with it.
    const moved = await release('push-tag', repo, { module: otherPath, 'overwrite-tags': 'true' });
    expect(errors(moved)).toEqual([]);
    expect(moved.code).toBe(0);
    expect(moved.outputs.digest).toBe(otherDigest);
    for (const t of RELEASE_TAGS) expect(await tagDigest(repo, t)).toBe(otherDigest);
  });
});

describe('pre-release v2.0.0-rc.1', () => {
  it('tags 2.0.0-rc.1 and sha-xxxxxxx only: latest, 1 and 1.2 stay on the release', async () => {
    const repo = 'acme/prerelease';
    const rel = await release('push-tag', repo);
    expect(rel.code).toBe(0);
    const rc = await release('push-tag-prerelease', repo, { module: otherPath });
    expect(errors(rc)).toEqual([]);
    expect(rc.code).toBe(0);
    expect(rc.outputs.digest).not.toBe(rel.outputs.digest);
    const rcTags = ['2.0.0-rc.1', `sha-${RC_SHA.slice(0, 7)}`];
    expect(rc.outputs.tags.split('\n').sort()).toEqual(rcTags.map((t) => `${reg.host}/${repo}:${t}`).sort());
    expect(await tagList(repo)).toEqual([...RELEASE_TAGS, ...rcTags].sort());
    for (const t of rcTags) expect(await tagDigest(repo, t)).toBe(rc.outputs.digest);
    for (const t of RELEASE_TAGS) expect(await tagDigest(repo, t)).toBe(rel.outputs.digest);
  });
});

describe('pull request from a fork (no secrets)', () => {
  const repo = 'acme/fork-pr';
  let before: string[];
  let runs: ActionRun[];

  beforeAll(async () => {
    before = await catalog();
    // No `push` input (auto), empty password, default signing: what a fork PR gets.
    const extra = { password: '', signing: '', push: '' };
    runs = [await release('pull-request-fork', repo, extra), await release('pull-request-fork', repo, extra)];
  });

  it('exits 0 and leaves the registry untouched', async () => {
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(errors(r)).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.outputs.pushed).toBe('false');
    }
    expect(await catalog()).toEqual(before);
    expect(await tagList(repo)).toEqual([]);
  });

  it('reports the tags it would push and says "validated, not pushed"', () => {
    const r = runs[0];
    const wouldPush = ['pr-43', `sha-${FORK_HEAD_SHA.slice(0, 7)}`];
    expect(r.outputs.tags.split('\n').sort()).toEqual(
      wouldPush.map((t) => `${reg.host}/${repo}:${t}`).sort(),
    );
    expect(r.summary).toContain('validated, not pushed');
    for (const t of wouldPush) expect(r.summary).toContain(t);
    expect(r.summary).toContain(r.outputs.digest);
    // The push decision's notice (fork: no secrets) reaches the log and the summary.
    expect(r.stdout).toMatch(/^::notice::Fork pull request #43/m);
    expect(r.summary).toContain('Fork pull request #43');
    expect(r.summary).toMatch(/nothing was signed/);
  });

  it('annotates the packaged manifest (source, head revision, created) and gives the same digest twice', () => {
    const [a, b] = runs;
    expect(a.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(b.outputs.digest).toBe(a.outputs.digest);
    expect(a.outputs['oci-layout']).not.toBe(b.outputs['oci-layout']);
    for (const r of runs) {
      const raw = execFileSync('skopeo', ['inspect', '--raw', `oci:${r.outputs['oci-layout']}:pr-43`]);
      expect(sha256(raw)).toBe(a.outputs.digest);
      const m = JSON.parse(raw.toString());
      expect(m.annotations['org.opencontainers.image.source']).toBe(
        'https://github.com/Acme-Org/Envoy-Filters',
      );
      expect(m.annotations['org.opencontainers.image.revision']).toBe(FORK_HEAD_SHA);
      expect(m.annotations['org.opencontainers.image.revision']).not.toBe(FORK_MERGE_SHA);
      expect(m.annotations['org.opencontainers.image.created']).toBe(CREATED);
    }
  });

  it('does not turn the untrusted PR body into workflow commands', () => {
    for (const r of runs) {
      expect(workflowCommands(r.stdout).some((l) => l.includes('not a command'))).toBe(false);
    }
  });
});

describe('the job summary', () => {
  const repo = 'acme/summary';
  const password = 'pw-Summary-Secret-71c3b2a9';
  let run: ActionRun;

  beforeAll(async () => {
    run = await release('push-tag', repo, { password, username: 'ci' });
  });

  it('holds the table, the pinned WasmPlugin snippet and no secret', () => {
    expect(run.code).toBe(0);
    const digest = run.outputs.digest;
    const s = run.summary;
    const row = (name: string) => {
      const m = new RegExp(`<tr><th align="left">${name}</th><td>(.*?)</td></tr>`).exec(s);
      expect(m).not.toBeNull();
      return m![1];
    };
    expect(row('Reference')).toContain(`${reg.host}/${repo}:`);
    expect(row('Digest')).toBe(`<code>${digest}</code>`);
    expect(row('Module digest')).toBe(`<code>${sha256(filterBytes)}</code>`);
    expect(row('Module size')).toContain(`${filterBytes.length} bytes`);
    expect(row('Format')).toMatch(/^(solo|oci)/);
    expect(row('ABI')).toContain('v0.2.1');
    for (const t of RELEASE_TAGS) expect(row('Tags')).toContain(`<code>${t}</code>`);
    expect(row('Pushed')).toBe('yes');
    expect(row('Why')).toMatch(/push/i);
    // The Istio WasmPlugin pinned by digest.
    expect(s).toContain('kind: WasmPlugin');
    expect(s).toContain(`url: oci://${reg.host}/${repo}@${digest}`);
    // No secret values anywhere in what the run leaves behind (apart from the mask command itself).
    expect(s).not.toContain(password);
    expect(run.stdout.replace(`::add-mask::${password}`, '')).not.toContain(password);
    expect(JSON.stringify(run.outputs)).not.toContain(password);
  });

  it('summary: false writes nothing', async () => {
    const r = await release('push-tag', repo, { summary: 'false' });
    expect(r.code).toBe(0);
    expect(r.summary).toBe('');
    expect(r.outputs.digest).toBe(run.outputs.digest);
  });

  it('without GITHUB_STEP_SUMMARY the run still exits 0', async () => {
    // runAction always sets the variable; an empty value is how "not set" reaches the child here.
    const r = await release('push-tag', repo, {}, { GITHUB_STEP_SUMMARY: '' });
    expect(r.stderr).toBe('');
    expect(errors(r)).toEqual([]);
    expect(r.stdout).not.toMatch(/^::warning::Could not write the job summary/m);
    expect(r.code).toBe(0);
    expect(r.summary).toBe('');
    expect(r.outputs.digest).toBe(run.outputs.digest);
  });
});
