/**
 * The pull-request module diff (issue 14): `diffModules`, `checkSizeLimits`, `parseSizeLimit`, `renderDiffMarkdown`.
 *   - table cases over descriptions (pure, every field);
 *   - the case as real binaries (encoded in memory): a filter that grows, loses an export, changes a signature,
 *     starts importing `proxy_get_log_level` and moves to ABI 0.2.1, described by `inspectModule`; the export and
 *     import changes are checked against `WebAssembly.Module.exports/imports` of this Node's V8;
 *   - untrusted names (HTML, Markdown, @mentions, line breaks) in a real module never reach the output as markup.
 * Real-world builds from the corpus: module-diff-corpus.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../src/errors.js';
import {
  checkSizeLimits,
  compareMarkers,
  describeModule,
  diffModules,
  parseSizeLimit,
  renderDiffMarkdown,
  type ModuleDescription,
  type ModuleDiff,
} from '../src/report/module-diff.js';
import { escapeHtml } from '../src/report/summary.js';
import { inspectModule } from '../src/wasm/inspect.js';
import { filter, oursAsV8, V8, v8Diff } from './fixtures/module-diff.js';

const base: ModuleDescription = {
  size: 1000,
  exports: [
    { name: 'memory', kind: 'memory' },
    { name: 'proxy_abi_version_0_2_0', kind: 'func', params: 0, results: 0 },
    { name: 'run', kind: 'func', params: ['i32'], results: ['i32'] },
  ],
  imports: [{ module: 'env', name: 'proxy_log', kind: 'func', params: 3, results: 1 }],
  features: ['bulk-memory'],
};
const names = (list: { module?: string; name: string }[]) =>
  list.map((s) => (s.module === undefined ? s.name : `${s.module} ${s.name}`));

describe('diffModules (descriptions)', () => {
  type Case = [string, Partial<ModuleDescription>, (d: ModuleDiff) => unknown, unknown];
  const cases: Case[] = [
    ['identical: nothing changed', {}, (d) => d.changed, false],
    [
      'size delta in bytes and %',
      { size: 1250 },
      (d) => d.size,
      { before: 1000, after: 1250, delta: 250, percent: 25 },
    ],
    ['shrinking is negative', { size: 900 }, (d) => [d.size.delta, d.size.percent], [-100, -10]],
    [
      'export added, removed, changed signature (types)',
      {
        exports: [
          { name: 'memory', kind: 'memory' },
          { name: 'proxy_abi_version_0_2_0', kind: 'func', params: 0, results: 0 },
          { name: 'run', kind: 'func', params: ['i32', 'i64'], results: ['i32'] },
          { name: 'new_one', kind: 'global' },
        ],
      },
      (d) => d.exports,
      {
        added: [{ name: 'new_one', signature: 'global' }],
        removed: [],
        changed: [{ name: 'run', signature: 'func (i32, i64) -> (i32)', before: 'func (i32) -> (i32)' }],
      },
    ],
    [
      'a kind change is a changed export',
      { exports: [...base.exports.slice(0, 2), { name: 'run', kind: 'global' }] },
      (d) => d.exports.changed.map((c) => `${c.before} => ${c.signature}`),
      ['func (i32) -> (i32) => global'],
    ],
    [
      'imports are keyed by module and name',
      {
        imports: [
          { module: 'env', name: 'proxy_log', kind: 'func', params: 3, results: 1 },
          { module: 'wasi', name: 'proxy_log', kind: 'func', params: 3, results: 1 },
        ],
      },
      (d) => [names(d.imports.added), names(d.imports.removed), d.imports.changed.length],
      [['wasi proxy_log'], [], 0],
    ],
    [
      'counts render as counts',
      { imports: [{ module: 'env', name: 'proxy_log', kind: 'func', params: 4, results: 1 }] },
      (d) => d.imports.changed.map((c) => `${c.before} => ${c.signature}`),
      ['func (3 params, 1 result) => func (4 params, 1 result)'],
    ],
    [
      'ABI 0.2.0 -> 0.2.1 raises the oldest host ABI',
      { exports: [base.exports[0], { name: 'proxy_abi_version_0_2_1', kind: 'func' }, base.exports[2]] },
      (d) => d.proxyAbi,
      {
        before: ['proxy_abi_version_0_2_0'],
        after: ['proxy_abi_version_0_2_1'],
        changed: true,
        oldestBefore: '0.2.0',
        oldestAfter: '0.2.1',
        raised: true,
      },
    ],
    [
      'several markers: the oldest is the lowest (0_10_0 above 0_2_1)',
      { proxyAbi: ['proxy_abi_version_0_10_0', 'proxy_abi_version_0_2_1'] },
      (d) => [d.proxyAbi.after, d.proxyAbi.oldestAfter, d.proxyAbi.raised],
      [['proxy_abi_version_0_2_1', 'proxy_abi_version_0_10_0'], '0.2.1', true],
    ],
    [
      'going back to 0.1.0 lowers the requirement (not raised)',
      { proxyAbi: ['proxy_abi_version_0_1_0'] },
      (d) => [d.proxyAbi.changed, d.proxyAbi.oldestAfter, d.proxyAbi.raised],
      [true, '0.1.0', false],
    ],
    [
      'a marker that is not a function export does not count',
      { exports: [base.exports[0], base.exports[2], { name: 'proxy_abi_version_0_2_1', kind: 'global' }] },
      (d) => [d.proxyAbi.after, d.proxyAbi.changed],
      [[], true],
    ],
    [
      'proposals newly used, with the ones older proxies may refuse',
      { features: ['bulk-memory', 'simd', 'tail-call'] },
      (d) => d.features,
      { added: ['simd', 'tail-call'], removed: [], recent: ['tail-call'] },
    ],
    [
      'component world changes',
      { component: { imports: ['wasi:http/types@0.2.10'], exports: ['wasi:http/incoming-handler@0.2.10'] } },
      (d) => d.component,
      {
        imports: { added: ['wasi:http/types@0.2.10'], removed: [] },
        exports: { added: ['wasi:http/incoming-handler@0.2.10'], removed: [] },
      },
    ],
    [
      'runtime config changes',
      { runtimeConfig: { type: 'envoy_proxy', rootIds: ['b', 'a'], abiVersions: ['v0.2.1'] } },
      (d) => d.runtimeConfig,
      {
        type: { before: undefined, after: 'envoy_proxy' },
        rootIds: { added: ['a', 'b'], removed: [] },
        abiVersions: { added: ['v0.2.1'], removed: [] },
      },
    ],
  ];
  it.each(cases)('%s', (_name, change, pick, expected) => {
    const d = diffModules(base, { ...base, ...change });
    expect(pick(d)).toEqual(expected);
    if (Object.keys(change).length) expect(d.changed).toBe(true);
  });

  it('is symmetric: swapping the sides swaps added and removed', () => {
    const after = { ...base, exports: [...base.exports, { name: 'x', kind: 'func' }], features: [] };
    const there = diffModules(base, after);
    const back = diffModules(after, base);
    expect(back.exports.removed).toEqual(there.exports.added);
    expect(back.features.added).toEqual(there.features.removed);
  });

  it('orders names by code units, whatever the input order (deterministic output)', () => {
    const after = {
      ...base,
      exports: ['b', 'B', 'a', 'é', '_'].map((name) => ({ name, kind: 'func' })),
    };
    expect(names(diffModules({ ...base, exports: [] }, after).exports.added)).toEqual([
      'B',
      '_',
      'a',
      'b',
      'é',
    ]);
  });

  it('compareMarkers orders by number', () => {
    const m = [
      'proxy_abi_version_0_2_1',
      'proxy_abi_version_0_1_0',
      'proxy_abi_version_0_10_0',
      'proxy_abi_version_0_2_0',
    ];
    expect(m.sort(compareMarkers).map((x) => x.slice(18))).toEqual(['0_1_0', '0_2_0', '0_2_1', '0_10_0']);
  });
});

describe('size limits', () => {
  const grown = diffModules(base, { ...base, size: 1250 });
  const cases: [string, Parameters<typeof checkSizeLimits>[1], string[]][] = [
    ['no limits', {}, []],
    ['max-size above', { maxSize: 1250 }, []],
    ['max-size below', { maxSize: '1KiB' }, ['max-size']],
    ['increase in bytes within', { maxSizeIncrease: 250 }, []],
    ['increase in bytes over', { maxSizeIncrease: '249' }, ['max-size-increase']],
    ['increase in % within', { maxSizeIncrease: '25%' }, []],
    ['increase in % over', { maxSizeIncrease: '24.9%' }, ['max-size-increase']],
    ['both over', { maxSize: '1kB', maxSizeIncrease: '10%' }, ['max-size', 'max-size-increase']],
    ['empty inputs are no limit', { maxSize: '', maxSizeIncrease: '' }, []],
  ];
  it.each(cases)('%s', (_name, limits, inputs) => {
    expect(checkSizeLimits(grown, limits).map((v) => v.input)).toEqual(inputs);
  });

  it('says what is wrong and how to fix it', () => {
    const d = diffModules({ ...base, label: 'ghcr.io/acme/filter:2.5.0' }, { ...base, size: 1250 });
    const [v] = checkSizeLimits(d, { maxSizeIncrease: '10%' });
    expect(v.message).toBe(
      'The module grew by +250 bytes, +25.0% compared with "ghcr.io/acme/filter:2.5.0", more than ' +
        '`max-size-increase` allows (10%).',
    );
    expect(v.fix).toMatch(/raise `max-size-increase`/);
    const [s] = checkSizeLimits(d, { maxSize: 1000 });
    expect(s.message).toBe('The module is 1250 bytes, over `max-size` (1000 bytes) by 250 bytes.');
  });

  const sizes: [string, boolean, unknown][] = [
    ['500000', false, { bytes: 500000 }],
    ['512KiB', false, { bytes: 524288 }],
    ['1.5 MiB', false, { bytes: 1572864 }],
    ['300kB', false, { bytes: 300000 }],
    ['10%', true, { percent: 10 }],
    ['10%', false, 'error'],
    ['-5', true, 'error'],
    ['5 parsecs', true, 'error'],
    ['', true, 'error'],
  ];
  it.each(sizes)('parseSizeLimit(%j, percent allowed: %s)', (text, pct, expected) => {
    if (expected !== 'error') return expect(parseSizeLimit(text, 'max-size', pct)).toEqual(expected);
    expect(() => parseSizeLimit(text, 'max-size', pct)).toThrow(UserError);
  });
});

// ---- real binaries --------------------------------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'wasm-oci-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

describe("the issue's pull request, as real binaries", () => {
  const v1 = filter({
    marker: 'proxy_abi_version_0_2_0',
    headerParams: 3,
    responseHeaders: true,
    logLevel: false,
    pad: 1000,
  });
  const v2 = filter({
    marker: 'proxy_abi_version_0_2_1',
    headerParams: 4,
    responseHeaders: false,
    logLevel: true,
    pad: 1400,
  });
  let d: ModuleDiff;
  beforeAll(async () => {
    const before = describeModule(await inspectModule(write('v1.wasm', v1)), {
      label: 'ghcr.io/acme/filter:2.5.0',
    });
    const after = describeModule(await inspectModule(write('v2.wasm', v2)), { label: 'pull request #7' });
    d = diffModules(before, after);
  });

  it('V8 compiles both', () => {
    expect([V8.validate(v1), V8.validate(v2)]).toEqual([true, true]);
  });

  it('names each change', () => {
    expect(d.size).toEqual({
      before: v1.length,
      after: v2.length,
      delta: v2.length - v1.length,
      percent: ((v2.length - v1.length) / v1.length) * 100,
    });
    expect(names(d.exports.removed)).toEqual(['proxy_abi_version_0_2_0', 'proxy_on_response_headers']);
    expect(names(d.exports.added)).toEqual(['proxy_abi_version_0_2_1']);
    expect(d.exports.changed).toEqual([
      {
        name: 'proxy_on_request_headers',
        before: 'func (3 params, 1 result)',
        signature: 'func (4 params, 1 result)',
      },
    ]);
    expect(d.imports.added).toEqual([
      { module: 'env', name: 'proxy_get_log_level', signature: 'func (1 param, 1 result)' },
    ]);
    expect(d.proxyAbi).toMatchObject({ oldestBefore: '0.2.0', oldestAfter: '0.2.1', raised: true });
  });

  it('agrees with V8 on the export and import names and kinds', () => {
    expect(oursAsV8(d)).toEqual(v8Diff(v1, v2));
  });

  it('max-size-increase fails it', () => {
    expect(checkSizeLimits(d, { maxSizeIncrease: '10%' }).map((v) => v.input)).toEqual(['max-size-increase']);
    expect(checkSizeLimits(d, { maxSizeIncrease: '1MiB' })).toEqual([]);
  });

  it('the summary names each change', () => {
    const md = renderDiffMarkdown(d);
    for (const s of [
      '<code>ghcr.io/acme/filter:2.5.0</code>',
      `+${v2.length - v1.length} bytes`,
      '<td>removed</td><td><code>proxy_on_response_headers</code></td>',
      '<td>added</td><td><code>env</code> <code>proxy_get_log_level</code></td>',
      '<code>func (3 params, 1 result)</code> → <code>func (4 params, 1 result)</code>',
      'needs a proxy-wasm host with ABI <code>0.2.1</code> or later (was <code>0.2.0</code>)',
    ])
      expect(md).toContain(s);
  });
});

describe('untrusted names', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '@octocat please look',
    '**bold** _it_ [link](https://example.com) | cell |',
    'line\n\n# heading\r\rnext',
    '`code` <script>',
  ];
  let md: string;
  beforeAll(async () => {
    const plain = {
      marker: 'proxy_abi_version_0_2_0',
      headerParams: 3,
      responseHeaders: true,
      logLevel: false,
      pad: 10,
    };
    const a = describeModule(await inspectModule(write('plain.wasm', filter(plain))), {
      label: 'reg/x:1.0.0\n\n<b>',
    });
    const b = describeModule(
      await inspectModule(write('hostile.wasm', filter({ ...plain, names: hostile }))),
    );
    md = renderDiffMarkdown(diffModules(a, b));
  });

  it('every block is HTML with no blank line inside', () => {
    for (const block of md.trimEnd().split('\n\n'))
      expect(block).toMatch(/^<(h3|table|p)>[^]*<\/(h3|table|p)>$/);
  });

  it('every name appears escaped, inside <code>, with line breaks as <br>', () => {
    for (const name of hostile) {
      const shown = escapeHtml(name).replace(/\r\n|\r|\n/g, '<br>');
      expect(md).toContain(`<code>${shown}</code>`);
    }
    expect(md).not.toMatch(/<img|<script|<b>/);
    expect(md).toContain('<code>reg/x:1.0.0<br><br>&lt;b&gt;</code>');
  });

  it('long names are cut', () => {
    const d = diffModules(
      { ...base, exports: [] },
      { ...base, exports: [{ name: 'x'.repeat(5000), kind: 'func' }] },
    );
    expect(renderDiffMarkdown(d)).toContain(`<code>${'x'.repeat(200)}…</code>`);
  });

  it('a module with no change says so', () => {
    expect(renderDiffMarkdown(diffModules(base, base))).toContain('<p>No change');
  });
});
