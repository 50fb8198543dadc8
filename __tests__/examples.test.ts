import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, workflowParserErrors as workflowErrors } from './fixtures/workflow-lint.js';

// actionlint and the parser over every workflow (these and .github/workflows/): __tests__/workflows.test.ts
const ACTION_USES = /^wasm-oci\/wasm-oci-action@/;

function read(file: string): string {
  return readFileSync(join(ROOT, 'examples', file), 'utf8');
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const action: any = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

function actionSteps(wf: any): any[] {
  return Object.values(wf.jobs as Record<string, any>).flatMap((j) =>
    (j.steps as any[]).filter((s) => typeof s.uses === 'string' && ACTION_USES.test(s.uses)),
  );
}

function permissionsOf(wf: any): Record<string, string>[] {
  return [wf.permissions, ...Object.values(wf.jobs as Record<string, any>).map((j) => j.permissions)].filter(
    (p) => p !== undefined,
  );
}

describe.each(['release.yml', 'pull-request.yml'])('examples/%s', (file) => {
  const content = read(file);
  const wf: any = parseYaml(content);

  it('has no schema errors', async () => {
    expect(await workflowErrors(file, content)).toEqual([]);
  });

  it('a deliberately broken copy does produce errors (the check can fail)', async () => {
    const broken = [
      content.replace('runs-on:', 'runs_on:'),
      content.replace('contents: read', 'contents: reed'),
      content.replace(/^on:/m, 'onn:'),
    ];
    for (const b of broken) {
      expect(b).not.toBe(content);
      expect((await workflowErrors(file, b)).length).toBeGreaterThan(0);
    }
  });

  it('uses the action with declared inputs only, the required ones set, and declared outputs', () => {
    const steps = actionSteps(wf);
    expect(steps).toHaveLength(1);
    const declared = Object.keys(action.inputs);
    const required = Object.entries(action.inputs as Record<string, any>)
      .filter(([, v]) => v.required === true && v.default === undefined)
      .map(([k]) => k);
    expect(required).toContain('module');
    const given = Object.keys(steps[0].with ?? {});
    for (const k of given) expect(declared).toContain(k);
    for (const k of required) expect(given).toContain(k);
    // every steps.<id>.outputs.<name> used refers to a declared output
    const id = steps[0].id;
    const used = [...content.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))].map(
      (m) => m[1],
    );
    expect(used.length).toBeGreaterThan(0);
    for (const o of used) expect(Object.keys(action.outputs)).toContain(o);
  });

  it('builds the filter before using the action', () => {
    const steps: any[] = Object.values(wf.jobs as Record<string, any>)[0].steps;
    const build = steps.findIndex(
      (s) => typeof s.run === 'string' && /cargo build .*--target wasm32-wasip1/.test(s.run),
    );
    const use = steps.findIndex((s) => typeof s.uses === 'string' && ACTION_USES.test(s.uses));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(use).toBeGreaterThan(build);
    const module: string = actionSteps(wf)[0].with.module;
    expect(module).toMatch(/^target\/wasm32-wasip1\/release\/.+\.wasm$/);
  });
});

describe('release.yml', () => {
  const wf: any = parseYaml(read('release.yml'));
  it('runs on pushed v* tags', () => {
    expect(wf.on.push.tags).toEqual(['v*']);
    expect(wf.on.pull_request).toBeUndefined();
  });
  it('has exactly the release permissions', () => {
    expect(wf.permissions).toEqual({ contents: 'read', packages: 'write', 'id-token': 'write' });
  });
  it('does not disable pushing', () => {
    expect(actionSteps(wf)[0].with.push ?? 'auto').not.toBe('false');
  });
});

describe('pull-request.yml', () => {
  const wf: any = parseYaml(read('pull-request.yml'));
  it('runs on pull_request (not pull_request_target)', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
  });
  it('has no write permissions anywhere', () => {
    const perms = permissionsOf(wf);
    expect(perms.length).toBeGreaterThan(0);
    for (const p of perms) {
      expect(typeof p).toBe('object'); // not `write-all`
      for (const v of Object.values(p)) expect(v).not.toBe('write');
    }
  });
  it('leaves push at auto (never pushes on pull requests)', () => {
    expect(actionSteps(wf)[0].with.push ?? 'auto').toBe('auto');
  });
});
