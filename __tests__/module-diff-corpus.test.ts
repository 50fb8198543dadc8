/**
 * The module diff over real builds from the corpus (scripts/corpus.mjs; assembled on first use): the two Rust
 * proxy-wasm filters (Debian rustc), AssemblyScript's scalar and SIMD builds of as-sha256, sql.js release and debug,
 * each described by `inspectModule`: export/import names and kinds against `WebAssembly.Module.exports/imports` of this
 * Node's V8, sizes against the file system, the proxy-wasm ABI against the marker the filter's source exports; and two
 * components' world changes against the worlds wasm-tools (jco, run in this process) decodes.
 * The table cases and the issue's pull request are in module-diff.test.ts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import {
  describeModule,
  diffModules,
  type ModuleDescription,
  type ModuleDiff,
} from '../src/report/module-diff.js';
import { readComponentFile } from '../src/wasm/component.js';
import { inspectModule } from '../src/wasm/inspect.js';
import { CORPUS_TIMEOUT, corpusScript, worldFromWit, type CorpusEntry } from './fixtures/corpus/corpus.js';
import { oursAsV8, v8Diff } from './fixtures/module-diff.js';

// ---- the corpus -----------------------------------------------------------------------------------------------------

describe('real builds from the corpus', () => {
  let index: Map<string, CorpusEntry>;
  beforeAll(async () => {
    const script = await corpusScript();
    index = new Map((await script.ensureCorpus()).map((e) => [e.name, e]));
  }, CORPUS_TIMEOUT);
  const entry = (name: string) => {
    const e = index.get(name);
    if (!e) throw new Error(`${name} is not in the corpus index`);
    return e;
  };

  const pairs: [string, string, (d: ModuleDiff) => void][] = [
    [
      'built/rust/filter-no-std.wasm',
      'built/rust/filter-std.wasm',
      (d) => {
        expect(d.proxyAbi).toMatchObject({ oldestBefore: '0.2.0', oldestAfter: '0.2.1', raised: true });
        expect(d.imports.added.length).toBeGreaterThan(0); // std on WASI imports wasi_snapshot_preview1
      },
    ],
    [
      '@chainsafe/as-sha256@1.2.5/build/optimized.wasm',
      '@chainsafe/as-sha256@1.2.5/build/optimized.simd.wasm',
      (d) => expect(d.features.added).toContain('simd'),
    ],
    [
      'sql.js@1.17.0/dist/sql-wasm.wasm',
      'sql.js@1.17.0/dist/sql-wasm-debug.wasm',
      (d) => expect(d.size.delta).toBeGreaterThan(0),
    ],
  ];
  it.each(pairs)('%s -> %s', async (a, b, extra) => {
    const [ea, eb] = [entry(a), entry(b)];
    const d = diffModules(
      describeModule(await inspectModule(ea.path)),
      describeModule(await inspectModule(eb.path)),
    );
    const [ba, bb] = [readFileSync(ea.path), readFileSync(eb.path)];
    expect(d.size).toMatchObject({ before: statSync(ea.path).size, after: statSync(eb.path).size });
    expect(oursAsV8(d)).toEqual(v8Diff(ba, bb));
    for (const [e, oldest] of [
      [ea, d.proxyAbi.oldestBefore],
      [eb, d.proxyAbi.oldestAfter],
    ] as const)
      if (e.proxyAbi) expect(`proxy_abi_version_${oldest?.replace(/\./g, '_')}`).toBe(e.proxyAbi);
    expect(d.changed).toBe(true);
    extra(d);
  });

  it('component world changes agree with wasm-tools', async () => {
    const tools = await (await corpusScript()).loadWasmTools();
    const world = async (e: CorpusEntry) => worldFromWit(await tools.componentWit(readFileSync(e.path)));
    const describeComponent = async (e: CorpusEntry): Promise<ModuleDescription> => ({
      size: e.size,
      exports: [],
      imports: [],
      features: [],
      component: await readComponentFile(e.path),
    });
    const setDiff = (b: readonly string[], a: readonly string[]) => ({
      added: [...new Set(a)].filter((x) => !b.includes(x)).sort(),
      removed: [...new Set(b)].filter((x) => !a.includes(x)).sort(),
    });
    const [ea, eb] = [
      entry('components/starlingmonkey.component.wasm'),
      entry('components/starlingmonkey-debug.component.wasm'),
    ];
    const [wa, wb] = [await world(ea), await world(eb)];
    const [da, db] = [await describeComponent(ea), await describeComponent(eb)];
    const empty = { ...da, component: { imports: [], exports: [] } };
    for (const [before, after, wBefore, wAfter] of [
      [da, db, wa, wb],
      [empty, da, { imports: [], exports: [] }, wa],
    ] as const) {
      const d = diffModules(before, after);
      expect(d.component).toEqual({
        imports: setDiff(wBefore.imports, wAfter.imports),
        exports: setDiff(wBefore.exports, wAfter.exports),
      });
    }
    expect(wa.imports.length).toBeGreaterThan(5); // the second comparison is not empty
  }, 60_000);
});
