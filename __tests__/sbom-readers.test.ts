/**
 * The readers of what a module says about itself (issue 15): `producers`, cargo-auditable's `.dep-v0`, the name and
 * wasm-metadata sections, checked against what this project did not make: real modules of the corpus
 * (scripts/corpus.mjs), the custom sections `wasm-objdump -h` (wabt) lists, the producers and names wasm-tools'
 * wasm-metadata reads (`metadata show`, shipped in jco-transpile) and writes (`metadata add`); damaged, mutated and
 * hostile records (a 100 MiB zlib bomb) give clear results, never a throw other than `WasmFormatError`.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { DEP_V0_MAX_INFLATED, parseCargoAuditable } from '../src/sbom/cargo-auditable.js';
import { parseNameSection } from '../src/sbom/component-metadata.js';
import { parseProducers } from '../src/sbom/producers.js';
import { customSections, readModuleRecords } from '../src/sbom/records.js';
import { WasmFormatError } from '../src/wasm/leb128.js';
import { CORPUS_TIMEOUT, corpusScript, type CorpusEntry } from './fixtures/corpus/corpus.js';
import { Rng } from './fixtures/fuzz-rng.js';
import {
  AUDIT,
  customSection,
  entry as entryIn,
  inject,
  objdumpCustomNames,
  producersPayload,
  uleb,
  vecName,
  withProducers as withProducersIn,
  type MetadataTools,
} from './fixtures/sbom.js';

const script = await corpusScript();
let corpus: CorpusEntry[];
let tools: MetadataTools;

beforeAll(async () => {
  corpus = await script.ensureCorpus();
  tools = (await script.loadWasmTools()) as unknown as MetadataTools;
}, CORPUS_TIMEOUT);

const entry = (name: string) => entryIn(corpus, name);
const withProducers = () => withProducersIn(corpus);

// ---- the readers against references --------------------------------------------------------------------------------

describe('custom sections and producers of real modules', () => {
  it('finds the custom sections wasm-objdump -h lists, in order', () => {
    let compared = 0;
    for (const e of corpus.filter((c) => c.kind === 'module')) {
      const ref = objdumpCustomNames(e.path);
      if (!ref) continue; // a proposal wabt 1.0.32 does not know
      expect({ m: e.name, names: customSections(readFileSync(e.path)).map((s) => s.name) }).toEqual({
        m: e.name,
        names: ref,
      });
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });

  it('reads producers and names as wasm-metadata does (wasm-tools metadata show)', async () => {
    const mods = withProducers();
    expect(mods.length).toBeGreaterThanOrEqual(15); // rust, go, clang, wit-component toolchains
    for (const e of mods) {
      const bytes = readFileSync(e.path);
      const ours = readModuleRecords(bytes);
      expect(ours.warnings).toEqual([]);
      const top = (await tools.metadataShow(bytes)).find((m) => m.parentIndex === undefined)!;
      const theirs = Object.fromEntries(
        top.producers.map(([f, vs]) => [f, vs.map(([name, version]) => ({ name, version }))]),
      );
      const p = ours.producers!;
      const mine: Record<string, { name: string; version: string }[]> = {
        language: p.language,
        'processed-by': p.processedBy,
        sdk: p.sdk,
      };
      for (const [f, vs] of Object.entries(mine)) {
        const sort = (l: { name: string; version: string }[]) =>
          [...l].sort((a, b) => (a.name + a.version < b.name + b.version ? -1 : 1));
        expect({ m: e.name, f, vs: sort(vs) }).toEqual({ m: e.name, f, vs: sort(theirs[f] ?? []) });
      }
      expect({ m: e.name, name: ours.metadata.name }).toEqual({ m: e.name, name: top.name });
    }
  }, 300_000);

  it('reads back an sdk field written by wasm-metadata (metadata add)', async () => {
    const base = readFileSync(entry('built/c/filter-wasi-libc.wasm').path);
    const added = await tools.metadataAdd(base, [
      ['sdk', [['wasi-sdk', '25.0']]],
      ['processed-by', [['wasm-opt', '119']]],
    ]);
    const p = readModuleRecords(added).producers!;
    expect(p.sdk).toEqual([{ name: 'wasi-sdk', version: '25.0' }]);
    expect(p.processedBy).toEqual(
      expect.arrayContaining([
        { name: 'Debian clang', version: '14.0.6' },
        { name: 'wasm-opt', version: '119' },
      ]),
    );
    expect(p.language).toEqual([{ name: 'C99', version: '' }]);
  });
});

describe('damaged records are clear results, never other throws', () => {
  const good = producersPayload([
    ['language', [['Rust', '']]],
    ['processed-by', [['rustc', '1.63.0']]],
  ]);

  it('accepts a well-formed payload and keeps unknown fields aside', () => {
    const r = parseProducers(
      producersPayload([
        ['language', [['Rust', '']]],
        ['x-custom', [['a', 'b']]],
      ]),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        language: [{ name: 'Rust', version: '' }],
        processedBy: [],
        sdk: [],
        other: [{ field: 'x-custom', values: [{ name: 'a', version: 'b' }] }],
      },
    });
  });

  it.each([
    ['truncated', good.subarray(0, good.length - 3), /unexpected end|runs past the end|exceeds/],
    ['trailing byte', Buffer.concat([good, Buffer.from([0])]), /unexpected byte/],
    [
      'duplicate field',
      producersPayload([
        ['sdk', []],
        ['sdk', []],
      ]),
      /"sdk" appears twice/,
    ],
    [
      'huge count',
      Buffer.from([0x01, 0x03, 0x73, 0x64, 0x6b, 0xff, 0xff, 0xff, 0xff, 0x0f]),
      /exceeds the bytes/,
    ],
    ['invalid UTF-8', Buffer.from([0x01, 0x02, 0xc3, 0x28, 0x00]), /not valid UTF-8/],
  ])('producers: %s', (_what, payload, message) => {
    const r = parseProducers(payload, 1000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(WasmFormatError);
    expect(r.error.message).toMatch(message);
    expect(r.error.message).toMatch(/^producers section at offset \d+/);
    expect(r.error.offset).toBeGreaterThanOrEqual(1000);
  });

  const z = (json: unknown) =>
    deflateSync(Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)));
  const pkg = (o: object) => ({ name: 'a', version: '1.0.0', source: 'crates.io', ...o });
  it.each([
    ['not zlib', Buffer.from('{"packages":[]}'), /not zlib data/],
    ['not JSON', z('{"packages": ['), /not valid JSON/],
    ['not UTF-8', deflateSync(Buffer.from([0x7b, 0xff, 0x7d])), /not UTF-8/],
    ['no packages', z({ format: 1 }), /"packages" is not an array/],
    ['index out of range', z({ packages: [pkg({ dependencies: [1] })] }), /not an index of the 1 packages/],
    [
      'two roots',
      z({ packages: [pkg({ root: true }), pkg({ name: 'b', root: true })] }),
      /more than one package is marked root/,
    ],
    ['cycle', z({ packages: [pkg({ dependencies: [1] }), pkg({ name: 'b', dependencies: [0] })] }), /cycle/],
    ['bad kind', z({ packages: [pkg({ kind: 'dev' })] }), /kind is neither/],
    ['name not a string', z({ packages: [pkg({ name: 7 })] }), /name is not a string/],
  ])('.dep-v0: %s', (_what, payload, message) => {
    const r = parseCargoAuditable(payload, 77);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(WasmFormatError);
    expect(r.error.message).toMatch(/^\.dep-v0 section at offset 77: /);
    expect(r.error.message).toMatch(message);
  });

  it('mutated records (flipped, cut, inserted bytes) give a result or a WasmFormatError, nothing else', () => {
    const r = new Rng(15);
    const seeds = withProducers()
      .slice(0, 6)
      .flatMap((e) =>
        customSections(readFileSync(e.path)).filter((x) => x.name === 'producers' || x.name === 'name'),
      )
      .map((x) => ({ name: x.name, payload: x.payload }));
    seeds.push({ name: '.dep-v0', payload: deflateSync(Buffer.from(JSON.stringify(AUDIT))) });
    let failed = 0;
    for (let i = 0; i < 3000; i++) {
      const seed = seeds[r.int(seeds.length)];
      const b = Buffer.from(seed.payload);
      const at = r.int(b.length);
      const m = r.chance(0.4)
        ? b.subarray(0, at)
        : r.chance(0.5)
          ? Buffer.concat([b.subarray(0, at), Buffer.from([r.int(256)]), b.subarray(at)])
          : (b.fill(r.int(256), at, at + 1), b);
      const res =
        seed.name === 'producers'
          ? parseProducers(m)
          : seed.name === 'name'
            ? parseNameSection('name', m)
            : parseCargoAuditable(m);
      if (!res.ok) {
        expect(res.error).toBeInstanceOf(WasmFormatError);
        failed++;
      }
    }
    expect(failed).toBeGreaterThan(500); // the mutations do break records
  });

  it('a .dep-v0 that inflates to 100 MiB is refused quickly, after at most the 8 MiB bound', () => {
    const bomb = deflateSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const module = inject(
      readFileSync(entry('built/rust/filter-std.wasm').path),
      customSection('.dep-v0', bomb),
    );
    const t0 = performance.now();
    const rec = readModuleRecords(module);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(1500);
    expect(rec.cargo).toBeUndefined();
    expect(rec.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\.dep-v0 section at offset \\d+: decompresses to more than ${DEP_V0_MAX_INFLATED} bytes`,
        ),
      ),
    ]);
    // The rest of the module's record is still read.
    expect(rec.producers?.processedBy).toContainEqual({ name: 'rustc', version: '1.63.0' });
    const direct = parseCargoAuditable(bomb);
    expect(!direct.ok && direct.error.code).toBe('too-large');
  });

  it('a name subsection is read from a name section and a component-name section', () => {
    const sub = (id: number, body: Buffer) => Buffer.concat([Buffer.from([id]), uleb(body.length), body]);
    const names = Buffer.concat([sub(0, vecName('my-filter')), sub(1, Buffer.from([0]))]);
    expect(parseNameSection('name', names)).toEqual({ ok: true, value: 'my-filter' });
    expect(parseNameSection('component-name', sub(1, Buffer.from([0])))).toEqual({
      ok: true,
      value: undefined,
    });
    const late = Buffer.concat([sub(1, Buffer.from([0])), sub(0, vecName('x'))]);
    expect(parseNameSection('name', late)).toMatchObject({ ok: false, error: { message: /not first/ } });
  });
});
