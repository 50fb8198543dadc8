/**
 * Differential tests over the real-world corpus (scripts/corpus.mjs: .wasm files shipped in npm packages by Rust,
 * emscripten, Go, AssemblyScript, .NET and wasi-sdk builds, components made by wit-component, filters built with
 * Debian's clang/rustc and wat2wasm samples of every proposal). For every module, what the action reports is checked
 * against references this project did not make:
 *   - the verdict of `inspectModule` against V8 of Node 24 (`WebAssembly.validate`) and wabt's `wasm-validate
 *     --enable-all` (where wabt 1.0.32 knows the module's proposals); components against wasm-tools (jco);
 *   - the digest (`module-digest`) against `sha256sum`;
 *   - export and import names and kinds against `WebAssembly.Module.exports/imports` (V8), custom section names
 *     against `WebAssembly.Module.customSections` (V8, count per name) and `wasm-objdump -h` (the full list);
 *   - the proxy-wasm ABI detected against the marker the filter's source exports;
 *   - a component's imports and exports against the world `wasm-tools component wit` decodes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inspectModule, type ModuleReport } from '../src/wasm/inspect.js';
import { readComponentFile } from '../src/wasm/component.js';
import { abiVersionsFromExports, hasProxyWasmMarker } from '../src/wasm/validate.js';
import {
  CORPUS_TIMEOUT,
  corpusScript,
  family,
  worldFromWit,
  type CorpusEntry,
  type WasmTools,
} from './fixtures/corpus/corpus.js';
import {
  startReference,
  type ModuleDescription,
  type ReferenceValidator,
} from './fixtures/reference-validator.js';

const script = await corpusScript();
const plan = script.corpusPlan();

let index: Map<string, CorpusEntry>;
let ref: ReferenceValidator;
let tools: WasmTools;

beforeAll(async () => {
  index = new Map((await script.ensureCorpus()).map((e) => [e.name, e]));
  ref = await startReference();
  tools = await script.loadWasmTools();
}, CORPUS_TIMEOUT);
afterAll(async () => ref?.close());

/** Proposals wabt 1.0.32 cannot decode (GC, typed function references, exnref): it is no reference for those. */
const WABT_UNKNOWN = ['gc', 'function-references', 'exceptions'];
const MARKER = /^proxy_abi_version_\d+_\d+_\d+$/;
const SLOW = 180_000;

type Verdict = { valid: true; report: ModuleReport } | { valid: false; error: string };
const verdicts = new Map<string, Promise<Verdict>>();
/** The action's verdict on a module, computed once per module. */
function ours(e: CorpusEntry): Promise<Verdict> {
  let v = verdicts.get(e.path);
  if (!v) {
    v = inspectModule(e.path).then(
      (report): Verdict => ({ valid: true, report }),
      (err: Error): Verdict => ({ valid: false, error: err.message }),
    );
    verdicts.set(e.path, v);
  }
  return v;
}
async function report(e: CorpusEntry): Promise<ModuleReport> {
  const v = await ours(e);
  if (!v.valid) throw new Error(`the action refused ${e.name}: ${v.error}`);
  return v.report;
}
/** What a failed comparison prints: our error message next to the reference's verdict. */
const said = (v: Verdict): string => (v.valid ? 'valid' : `invalid: ${v.error}`);
const judged = (valid: boolean) => (valid ? 'valid' : expect.stringMatching(/^invalid: /));

const entry = (name: string): CorpusEntry => {
  const e = index.get(name);
  if (!e) throw new Error(`${name} is not in the corpus index`);
  return e;
};

const v8Kind = (k: string): string => (k === 'function' ? 'func' : k);
const counts = (names: string[]): Record<string, number> =>
  names.reduce<Record<string, number>>((m, n) => ({ ...m, [n]: (m[n] ?? 0) + 1 }), {});

/** Custom section names in file order, as wabt's objdump lists them. */
function objdumpCustomSections(path: string): string[] {
  const out = execFileSync('wasm-objdump', ['-h', path], { maxBuffer: 16 << 20 }).toString();
  return [...out.matchAll(/^\s*Custom start=\S+ end=\S+ \(size=\S+\) "(.*)"$/gm)].map((m) => m[1]);
}

describe('the corpus', () => {
  it('holds at least 40 modules from at least 8 toolchains, real components and proxy-wasm filters', () => {
    const all = [...index.values()];
    expect(all.map((e) => e.name)).toEqual(plan.map((e) => e.name));
    expect(all.length).toBeGreaterThanOrEqual(40);
    const families = new Set(all.map(family));
    expect([...families].sort()).toEqual(
      expect.arrayContaining([
        'assemblyscript',
        'clang',
        'emscripten',
        'go',
        'rust',
        'wabt',
        'wit-component',
      ]),
    );
    expect(families.size).toBeGreaterThanOrEqual(8);
    expect(all.filter((e) => e.kind === 'component').length).toBeGreaterThanOrEqual(2);
    expect(all.filter((e) => e.proxyAbi).map((e) => e.toolchain.split('/')[0])).toEqual(
      expect.arrayContaining(['clang', 'rust', 'wabt']),
    );
  });

  it('writes the index the fuzzer reads (.cache/corpus/index.json)', () => {
    const onDisk = JSON.parse(readFileSync(script.INDEX_PATH, 'utf8'));
    expect(onDisk).toEqual([...index.values()]);
  });
});

describe.each(plan.map((p) => [p.name, p.toolchain]))('%s (%s)', (name) => {
  it(
    'gets the verdict of the reference validators',
    async () => {
      const e = entry(name);
      const bytes = readFileSync(e.path);
      const v = await ours(e);
      if (e.kind === 'component') {
        const wasmTools = await tools.componentWit(bytes).then(
          () => true,
          () => false,
        );
        expect(said(v)).toEqual(judged(wasmTools));
        return;
      }
      expect(said(v)).toEqual(judged(await ref.validate(bytes)));
      const features = v.valid ? v.report.features : [];
      if (!features.some((f) => WABT_UNKNOWN.includes(f))) {
        const wabt = spawnSync('wasm-validate', ['--enable-all', e.path], { stdio: 'ignore' }).status === 0;
        expect(said(v)).toEqual(judged(wabt));
      }
    },
    SLOW,
  );

  it(
    'reports the sha256sum of the file as module-digest',
    async () => {
      const e = entry(name);
      const sum = execFileSync('sha256sum', [e.path]).toString().split(' ')[0];
      const r = await report(e);
      expect(r.digest).toBe(`sha256:${sum}`);
      expect(r.size).toBe(e.size);
    },
    SLOW,
  );

  it(
    'reports the imports, exports and custom sections the references see',
    async () => {
      const e = entry(name);
      const r = await report(e);
      if (e.kind === 'component') {
        const world = worldFromWit(await tools.componentWit(readFileSync(e.path)));
        const meta = await readComponentFile(e.path);
        expect(world.imports.length + world.exports.length).toBeGreaterThan(0);
        expect([...meta.imports].sort()).toEqual([...world.imports].sort());
        expect([...meta.exports].sort()).toEqual([...world.exports].sort());
        return;
      }
      const names = [...new Set(r.customSections)];
      const v8 = await ref.describe(readFileSync(e.path), names);
      if (typeof v8 === 'string')
        throw new Error(`V8 cannot compile ${name} but the action accepted it: ${v8}`);
      const d: ModuleDescription = v8;
      expect(r.exports.map((x) => ({ name: x.name, kind: x.kind }))).toEqual(
        d.exports.map((x) => ({ name: x.name, kind: v8Kind(x.kind) })),
      );
      expect(r.imports.map((x) => ({ module: x.module, name: x.name, kind: x.kind }))).toEqual(
        d.imports.map((x) => ({ module: x.module, name: x.name, kind: v8Kind(x.kind) })),
      );
      expect(counts(r.customSections)).toEqual(d.custom);
      expect(r.customSections).toEqual(objdumpCustomSections(e.path));
    },
    SLOW,
  );

  it(
    'detects the proxy-wasm ABI marker the module exports',
    async () => {
      const e = entry(name);
      const r = await report(e);
      if (e.kind === 'component') {
        expect(hasProxyWasmMarker(r)).toBe(false);
        return;
      }
      const expected = e.proxyAbi ? [e.proxyAbi] : [];
      const v8 = await ref.describe(readFileSync(e.path), []);
      if (typeof v8 === 'string') throw new Error(`V8 cannot compile ${name}: ${v8}`);
      // the source's marker is what V8 sees exported, and what the action detects
      expect(
        v8.exports.filter((x) => x.kind === 'function' && MARKER.test(x.name)).map((x) => x.name),
      ).toEqual(expected);
      expect(hasProxyWasmMarker(r)).toBe(expected.length > 0);
      expect(abiVersionsFromExports(r)).toEqual(
        expected.map((m) => 'v' + m.replace('proxy_abi_version_', '').replace(/_/g, '.')),
      );
    },
    SLOW,
  );
});
