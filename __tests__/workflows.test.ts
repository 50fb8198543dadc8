/**
 * The repository's own workflows (.github/) and the user-facing examples (examples/): every one passes actionlint and
 * GitHub's workflow parser, a broken copy makes each checker fail, and the workflows do what issue 16 asks (Node 20/24,
 * e2e through `uses: ./`, release, Dependabot). action.yml passes GitHub's action schema and its defaults match the code.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import {
  actionlint,
  readRepoFile,
  workflowFiles,
  workflowParserErrors,
  type Finding,
} from './fixtures/workflow-lint.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const FILES = workflowFiles();
const action: any = parseYaml(readRepoFile('action.yml'));
const wf = (name: string): any => parseYaml(readRepoFile(`.github/workflows/${name}`));
const E2E = readRepoFile('.github/workflows/e2e.yml');

/** Broken copies of e2e.yml: [mistake, text, replacement, what the workflow parser's message names]. */
const BROKEN: [string, string, string, string][] = [
  ['unknown key', '    runs-on: ubuntu-24.04\n', '    runs_on: ubuntu-24.04\n', "'runs_on'"],
  [
    'expression syntax',
    '${{ steps.wasm.outputs.digest }}',
    '${{ steps.wasm.outputs.digest ) }}',
    "symbol: ')'",
  ],
  [
    'unknown context',
    "${{ github.event_name == 'pull_request' }}",
    "${{ gihtub.event_name == 'pull_request' }}",
    "named-value: 'gihtub'",
  ],
  ['wrong needs', '    needs: cache-save\n', '    needs: cache-sav\n', "unknown job 'cache-sav'"],
  ['bad permission', '      packages: write #', '      packages: publish #', "'publish'"],
];

describe('every workflow in .github/workflows/ and examples/', () => {
  let findings: Finding[] = [];
  beforeAll(() => {
    findings = actionlint(FILES.map((path) => ({ path, data: readRepoFile(path) })));
  }, 120_000);

  it('finds the repository workflows and the examples', () => {
    for (const f of ['ci.yml', 'e2e.yml', 'release.yml']) expect(FILES).toContain(`.github/workflows/${f}`);
    expect(FILES).toContain('examples/release.yml');
    expect(FILES).toContain('examples/pull-request.yml');
  });

  it('passes actionlint', () => {
    expect(findings).toEqual([]);
  });

  it.each(FILES)('%s passes the workflow parser', async (path) => {
    expect(await workflowParserErrors(path, readRepoFile(path))).toEqual([]);
  });
});

describe('a broken copy of a workflow fails each check', () => {
  const copies = BROKEN.map(([what, from, to, named]) => ({
    what,
    from,
    named,
    data: E2E.replace(from, to),
    path: `.github/workflows/broken-${what.replace(/ /g, '-')}.yml`,
  }));
  let findings: Finding[] = [];
  beforeAll(() => {
    findings = actionlint(copies.map(({ path, data }) => ({ path, data })));
  }, 120_000);

  it.each(copies.map((c) => [c.what, c] as const))('%s: actionlint reports it', (_what, c) => {
    expect(E2E).toContain(c.from);
    expect(c.data).not.toBe(E2E);
    const kinds = findings.filter((f) => f.path === c.path).map((f) => f.kind);
    expect(kinds.length).toBeGreaterThan(0);
  });

  it.each(copies.map((c) => [c.what, c] as const))('%s: the workflow parser reports it', async (_what, c) => {
    const errors = await workflowParserErrors(c.path, c.data);
    expect(errors.some((e) => e.includes(c.named))).toBe(true);
  });

  it('actionlint names the kind of each mistake', () => {
    const kindsOf = (what: string) =>
      findings.filter((f) => f.path.endsWith(`broken-${what.replace(/ /g, '-')}.yml`)).map((f) => f.kind);
    expect(kindsOf('unknown key')).toContain('syntax-check');
    expect(kindsOf('expression syntax')).toContain('expression');
    expect(kindsOf('unknown context')).toContain('expression');
    expect(kindsOf('wrong needs')).toContain('job-needs');
    expect(kindsOf('bad permission')).toContain('permissions');
  });
});

/** Steps of a workflow that run this repository's action (`uses: ./`). */
function localActionSteps(w: any): { job: string; step: any }[] {
  return Object.entries(w.jobs as Record<string, any>).flatMap(([job, j]) =>
    ((j.steps ?? []) as any[]).filter((s) => s.uses === './').map((step) => ({ job, step })),
  );
}

describe('uses: ./ steps (actionlint cannot read local action metadata in its Wasm build)', () => {
  it.each(['ci.yml', 'e2e.yml', 'release.yml'])('%s: declared inputs only, required ones set', (name) => {
    const declared = Object.keys(action.inputs);
    for (const { step } of localActionSteps(wf(name))) {
      for (const k of Object.keys(step.with ?? {})) expect(declared).toContain(k);
      expect(step.with?.module).toBeTruthy();
    }
  });

  it('e2e.yml reads declared outputs only', () => {
    const ids = localActionSteps(wf('e2e.yml')).map(({ step }) => step.id as string);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      const used = [...E2E.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))].map(
        (m) => m[1],
      );
      for (const o of used) expect(Object.keys(action.outputs)).toContain(o);
    }
  });
});

describe('.github/workflows/ci.yml', () => {
  const ci = wf('ci.yml');
  const runs = (job: string) => (ci.jobs[job].steps as any[]).map((s) => s.run ?? '').join('\n');

  it('lints, type-checks and fails on a stale dist/', () => {
    expect(runs('check')).toMatch(/npm run lint/);
    expect(runs('check')).toMatch(/npm run typecheck/);
    expect(runs('check')).toMatch(/npm run bundle\n\s*if \[ -n "\$\(git status --porcelain -- dist\)" \]/);
  });

  it('runs the whole suite on Node 20 and Node 24', () => {
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 24]);
    const setup = (ci.jobs.test.steps as any[]).find((s) => String(s.uses).startsWith('actions/setup-node@'));
    expect(setup.with['node-version']).toBe('${{ matrix.node }}');
    expect(runs('test')).toMatch(/^npm test$/m);
  });

  it("installs .ci/run's Debian package list, read from .ci/run itself", () => {
    expect(runs('test')).toMatch(/packages="\$\(bash \.github\/scripts\/apt-packages\.sh\)"/);
    expect(runs('test')).toMatch(/apt-get install .*\$packages$/m);
    const r = spawnSync('bash', ['.github/scripts/apt-packages.sh'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const packages = r.stdout.trim().split(' ');
    // what .ci/run's loop would install, word for word (its list may span lines)
    const loop = /^for pkg in ([\s\S]*?); do$/m.exec(readRepoFile('.ci/run'));
    expect(packages).toEqual(loop![1].replace(/\\\n/g, ' ').trim().split(/\s+/));
    // scripts/test.mjs refuses to run without these; the e2e workflow checks use jq
    for (const p of ['docker-registry', 'skopeo', 'wabt', 'openssl', 'tar', 'jq', 'curl'])
      expect(packages).toContain(p);
  });
});

describe('.github/workflows/e2e.yml', () => {
  const e2e = wf('e2e.yml');

  it('reads nothing but contents at the top level', () => {
    expect(e2e.permissions).toEqual({ contents: 'read' });
  });

  it('publishes every format to a registry:2 service on localhost:5000 and reads it back', () => {
    expect(e2e.jobs.formats.strategy.matrix.format).toEqual(['solo', 'compat', 'cncf']);
    for (const { job, step } of localActionSteps(e2e)) {
      if (step.with.registry !== 'localhost:5000') continue;
      expect(e2e.jobs[job].services.registry).toEqual({ image: 'registry:2', ports: ['5000:5000'] });
      expect(String(step.with['plain-http'])).toBe('true');
    }
    const readBack = (e2e.jobs.formats.steps as any[]).find((s) => /e2e-read-back\.sh/.test(s.run ?? ''));
    expect(readBack.env.FORMAT).toBe('${{ matrix.format }}');
  });

  it('hits the blob cache in a job that needs the one whose post step saved it', () => {
    const [save] = localActionSteps({ jobs: { j: e2e.jobs['cache-save'] } }).map((s) => s.step);
    const [hit] = localActionSteps({ jobs: { j: e2e.jobs['cache-hit'] } }).map((s) => s.step);
    expect(e2e.jobs['cache-hit'].needs).toBe('cache-save');
    expect(String(save.with.cache)).toBe('true');
    expect(String(save.with.push)).toBe('true');
    // same key: the same inputs, the annotation stamp taken from the saving job's output
    expect(hit.with.annotations).toBe(
      save.with.annotations.replace('steps.stamp.outputs.stamp', 'needs.cache-save.outputs.stamp'),
    );
    expect({ ...hit.with, annotations: '' }).toEqual({ ...save.with, annotations: '' });
    expect(e2e.jobs['cache-save'].outputs.stamp).toBe('${{ steps.stamp.outputs.stamp }}');
  });

  it('has a run that pushes nothing, checked against the registry catalog', () => {
    const steps = e2e.jobs['dry-run'].steps as any[];
    expect(steps.find((s) => s.id === 'dry').with.push).toBe(false);
    expect(steps.map((s) => s.run ?? '').join('\n')).toMatch(/_catalog[\s\S]*\.repositories == \[\]/);
  });

  it('publishes to GHCR only on pushes to the default branch, with exactly the permissions it needs', () => {
    const ghcr = e2e.jobs.ghcr;
    expect(ghcr.if).toBe(
      "github.event_name == 'push' && github.ref_name == github.event.repository.default_branch",
    );
    expect(ghcr.permissions).toEqual({ contents: 'read', packages: 'write', 'id-token': 'write' });
    const [pub] = localActionSteps({ jobs: { ghcr } }).map((s) => s.step);
    expect(pub.with.registry ?? action.inputs.registry.default).toBe('ghcr.io');
    expect(pub.with.repository ?? action.inputs.repository.default).toBe('${{ github.repository }}');
    expect(pub.with.signing).toBe('keyless');
    const verify = (ghcr.steps as any[]).map((s) => s.run ?? '').join('\n');
    expect(verify).toMatch(/gh attestation trusted-root/);
    expect(verify).toMatch(/node dist\/cli\/index\.js verify "\$REFERENCE" [\s\S]*--certificate-identity/);
  });
});

describe('.github/workflows/release.yml', () => {
  const rel = wf('release.yml');
  const script = (rel.jobs.release.steps as any[]).map((s) => s.run ?? '').join('\n');

  it('runs on v* tags with contents: write only', () => {
    expect(rel.on).toEqual({ push: { tags: ['v*'] } });
    expect(rel.permissions).toEqual({ contents: 'write' });
  });

  it('checks dist/, creates the release and moves the major tag', () => {
    expect(script).toMatch(/npm run bundle\n\s*if \[ -n "\$\(git status --porcelain -- dist\)" \]/);
    expect(script).toMatch(/gh release create "\$TAG"/);
    expect(script).toMatch(/--generate-notes/);
    expect(script).toMatch(/git tag -f "\$MAJOR"/);
    expect(script).toMatch(/git push -f origin "refs\/tags\/\$MAJOR"/);
  });

  it('accepts vX.Y.Z[-pre] tags only (the same regular expression as the workflow)', () => {
    const re = new RegExp(/\[\[ ! "\$TAG" =~ (\S+) \]\]/.exec(script)![1]);
    for (const ok of ['v1.0.0', 'v1.2.3', 'v10.20.30', 'v2.0.0-rc.1']) expect(re.test(ok)).toBe(true);
    for (const bad of ['v1', 'v1.2', 'v01.2.3', '1.2.3', 'v1.2.3.4', 'v1.2.3;rm'])
      expect(re.test(bad)).toBe(false);
  });
});

describe('all repository workflows', () => {
  it.each(['ci.yml', 'e2e.yml', 'release.yml'])(
    '%s: explicit permissions, no pull_request_target',
    (name) => {
      const w = wf(name);
      expect(typeof w.permissions).toBe('object');
      expect(Object.keys(w.on)).not.toContain('pull_request_target');
      for (const j of Object.values(w.jobs as Record<string, any>)) {
        for (const s of j.steps as any[]) {
          // only the release job pushes with the checkout's credentials (the major tag)
          if (String(s.uses).startsWith('actions/checkout@') && name !== 'release.yml') {
            expect(s.with['persist-credentials']).toBe(false);
          }
        }
      }
    },
  );

  it('Dependabot updates npm and the actions weekly, grouped', () => {
    const d: any = parseYaml(readRepoFile('.github/dependabot.yml'));
    expect(d.version).toBe(2);
    const eco = Object.fromEntries((d.updates as any[]).map((u) => [u['package-ecosystem'], u]));
    expect(Object.keys(eco).sort()).toEqual(['github-actions', 'npm']);
    for (const u of Object.values(eco) as any[]) {
      expect(u.schedule.interval).toBe('weekly');
      expect(Object.keys(u.groups).length).toBeGreaterThan(0);
    }
  });
});
