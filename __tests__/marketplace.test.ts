/**
 * The action as a Marketplace product: action.yml passes GitHub's action schema (a broken copy does not), its
 * description fits the Marketplace, every `default:` means what the code does with the input unset, and the README,
 * SECURITY.md and CHANGELOG.md agree with action.yml.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { getInputs, SECRET_INPUTS, type Env } from '../src/context.js';
import { actionParserErrors, readRepoFile, ROOT } from './fixtures/workflow-lint.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const ACTION = readRepoFile('action.yml');
const action: any = parseYaml(ACTION);
const inputs = Object.entries(action.inputs as Record<string, any>);

describe('action.yml', () => {
  it("passes GitHub's action schema", () => {
    expect(actionParserErrors('action.yml', ACTION)).toEqual([]);
  });

  it.each([
    ['an icon outside the allowed set', /icon: '[a-z-]+'/, "icon: 'parcel'", "'parcel'"],
    ['a color outside the allowed set', /color: '[a-z-]+'/, "color: 'pink'", "'pink'"],
    ['an unknown runtime', /using: 'node\d+'/, "using: 'node99'", "'node99'"],
    [
      'a default reading secrets',
      /default: '\$\{\{ github\.actor \}\}'/,
      "default: '${{ secrets.X }}'",
      'secrets',
    ],
  ])('a broken copy with %s fails the schema', (_what, from, to, named) => {
    const broken = ACTION.replace(from, to);
    expect(broken).not.toBe(ACTION);
    expect(actionParserErrors('action.yml', broken).some((e) => e.includes(named))).toBe(true);
  });

  it('has Marketplace branding and a description within 125 characters', () => {
    expect(Object.keys(action.branding).sort()).toEqual(['color', 'icon']);
    expect(typeof action.description).toBe('string');
    expect(action.description.length).toBeGreaterThan(40);
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.runs.using).toBe('node24');
  });

  it('every input and output has a description; only module is required', () => {
    for (const [name, v] of inputs) {
      expect(`${name}: ${typeof v.description}`).toBe(`${name}: string`);
      expect(v.required === true).toBe(name === 'module');
    }
    for (const [, v] of Object.entries(action.outputs as Record<string, any>)) {
      expect(typeof v.description).toBe('string');
    }
  });
});

describe('action.yml defaults mean what the code does with the input unset (src/context.ts)', () => {
  // What the runner puts into these contexts; the code reads the same values from GITHUB_* / RUNNER_* variables.
  const CONTEXTS: Record<string, string> = {
    'github.repository': 'acme/filters',
    'github.actor': 'octocat',
    'runner.temp': '/home/runner/work/_temp',
  };
  const BASE: Env = {
    INPUT_MODULE: 'filter.wasm',
    GITHUB_REPOSITORY: CONTEXTS['github.repository'],
    GITHUB_ACTOR: CONTEXTS['github.actor'],
    RUNNER_TEMP: CONTEXTS['runner.temp'],
  };
  const envName = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  // The runner substitutes this default; the code has no fallback of its own (an empty password is anonymous).
  const RUNNER_ONLY = new Set(['${{ github.token }}']);
  const withDefaults = inputs.filter(
    ([, v]) => v.default !== undefined && !RUNNER_ONLY.has(String(v.default)),
  );

  it('covers the inputs that have defaults', () => {
    expect(withDefaults.map(([n]) => n)).toEqual(
      expect.arrayContaining(['format', 'registry', 'repository', 'username', 'push', 'signing', 'cache']),
    );
  });

  it.each(withDefaults.map(([name, v]) => [name, String(v.default)]))('%s: %s', (name, dflt) => {
    const value = dflt.replace(/\$\{\{\s*([a-z.]+)\s*\}\}/g, (_m, ctx: string) => {
      if (!(ctx in CONTEXTS)) throw new Error(`no test value for the context ${ctx} in ${name}'s default`);
      return CONTEXTS[ctx];
    });
    expect(getInputs({ ...BASE, [envName(name)]: value })).toEqual(getInputs(BASE));
  });

  it('a default the code does not share is caught (the check can fail)', () => {
    expect(getInputs({ ...BASE, [envName('format')]: 'cncf' })).not.toEqual(getInputs(BASE));
    expect(getInputs({ ...BASE, [envName('cache')]: 'false' })).not.toEqual(getInputs(BASE));
  });
});

describe('README.md, SECURITY.md and CHANGELOG.md agree with action.yml', () => {
  const readme = readRepoFile('README.md');
  const section = (title: string) => {
    const start = readme.indexOf(`\n## ${title}\n`);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = readme.indexOf('\n## ', start + 1);
    return readme.slice(start, end < 0 ? undefined : end);
  };
  const tableNames = (text: string) =>
    text
      .split('\n')
      .filter((l) => /^\| `/.test(l))
      .flatMap((l) => [...l.split('|')[1].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));

  it('the README lists exactly the inputs and outputs of action.yml', () => {
    expect(tableNames(section('Inputs')).sort()).toEqual(Object.keys(action.inputs).sort());
    expect(tableNames(section('Outputs')).sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it("the README's Inputs table shows each plain default", () => {
    const rows = section('Inputs').split('\n');
    let checked = 0;
    for (const [name, v] of inputs) {
      if (v.default === undefined || String(v.default).includes('${{ runner.')) continue;
      const row = rows.find((l) => l.startsWith(`| \`${name}\` `));
      if (!row) continue; // a row naming several inputs (fulcio-url, rekor-url, tsa-url) describes them together
      expect(`${name}: ${row.split('|')[2].trim()}`).toContain(`\`${String(v.default)}\``);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('the README says how to pin versions and links the CHANGELOG and SECURITY.md', () => {
    const v = section('Versions');
    for (const pin of ['@v1`', '@v1.2.3`', '@<40-hex sha>`'])
      expect(v).toContain(`wasm-oci/wasm-oci-action${pin}`);
    expect(v).toContain('](CHANGELOG.md)');
    expect(v).toContain('](SECURITY.md)');
  });

  it('SECURITY.md names every secret input and the permission of each feature', () => {
    const sec = readRepoFile('SECURITY.md');
    for (const s of SECRET_INPUTS) expect(sec).toContain(`\`${s}\``);
    for (const p of ['contents: read', 'packages: write', 'id-token: write'])
      expect(sec).toContain(`\`${p}\``);
    expect(sec).toMatch(/private vulnerability reporting/);
    expect(sec).toMatch(/\| `pull-requests: write` +\| not used/);
    expect(sec).toMatch(/\| `attestations: write` +\| not used/);
  });

  it('the permissions SECURITY.md calls unused are unused: no GitHub REST API call in src/', () => {
    const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(join(ROOT, 'src', f), 'utf8');
      expect(
        `${f}: ${/api\.github\.com|GITHUB_API_URL|\/attestations\b|\/pulls\/|\/comments\b/.test(text)}`,
      ).toBe(`${f}: false`);
    }
  });

  it('CHANGELOG.md has an Unreleased section in Keep a Changelog form', () => {
    const log = readRepoFile('CHANGELOG.md');
    expect(log).toMatch(/keepachangelog\.com/);
    expect(log).toMatch(/^## \[Unreleased\]$/m);
    expect(log).toMatch(/^\[Unreleased\]: https:\/\/github\.com\/wasm-oci\/wasm-oci-action\//m);
  });
});
