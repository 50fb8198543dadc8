/**
 * SBOMs from what a module says about itself (issue 15): CycloneDX 1.6 and SPDX 2.3 documents of real modules of the
 * corpus (scripts/corpus.mjs) with `producers` sections, and of a real Rust module carrying a `.dep-v0` section built
 * per cargo-auditable's format (its JSON schema and PARSING.md: zlib-compressed JSON) and wasm-metadata's sections,
 * validated against the official JSON schemas (pinned in fixtures/sbom-schemas); deterministic output. The readers
 * themselves are tested in sbom-readers.test.ts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { CargoPackage } from '../src/sbom/cargo-auditable.js';
import type { SbomInput } from '../src/sbom/common.js';
import { cyclonedxDocument, cyclonedxJson } from '../src/sbom/cyclonedx.js';
import type { Producers } from '../src/sbom/producers.js';
import { missingDependencyRecord, readModuleRecords } from '../src/sbom/records.js';
import { spdxDocument, spdxJson } from '../src/sbom/spdx.js';
import { CORPUS_TIMEOUT, corpusScript, type CorpusEntry } from './fixtures/corpus/corpus.js';
import { cyclonedxSchema, spdxSchema, type SchemaCheck } from './fixtures/json-schema.js';
import {
  AUDIT,
  customSection,
  digestOf,
  entry as entryIn,
  inject,
  V8,
  withProducers as withProducersIn,
} from './fixtures/sbom.js';

const script = await corpusScript();
let corpus: CorpusEntry[];
let cdx: SchemaCheck;
let spdx: SchemaCheck;
const CREATED = '2025-10-30T09:12:44Z';

beforeAll(async () => {
  corpus = await script.ensureCorpus();
  cdx = cyclonedxSchema();
  spdx = spdxSchema();
}, CORPUS_TIMEOUT);

const entry = (name: string) => entryIn(corpus, name);
const withProducers = () => withProducersIn(corpus);

function inputFor(bytes: Uint8Array, name: string): SbomInput {
  const rec = readModuleRecords(bytes);
  return {
    module: { name, digest: digestOf(bytes), size: bytes.length },
    producers: rec.producers,
    cargoPackages: rec.cargo?.packages,
    metadata: rec.metadata,
    created: CREATED,
  };
}

function expectValid(cyclonedx: unknown, spdxDoc: unknown): void {
  if (!cdx(cyclonedx)) throw new Error(`CycloneDX 1.6 schema: ${cdx.errors()}`);
  if (!spdx(spdxDoc)) throw new Error(`SPDX 2.3 schema: ${spdx.errors()}`);
}

describe('SBOMs', () => {
  it('every corpus module with a producers section gets schema-valid CycloneDX 1.6 and SPDX 2.3', () => {
    for (const e of withProducers()) {
      const bytes = readFileSync(e.path);
      const input = inputFor(bytes, e.name.split('/').pop()!);
      const c = cyclonedxDocument(input);
      const s = spdxDocument(input);
      expectValid(c, s);
      const p = input.producers as Producers;
      const tools = (c.metadata as { tools: { components: { name: string; version: string }[] } }).tools
        .components;
      for (const t of [...p.processedBy, ...p.sdk])
        expect(tools).toContainEqual({ type: 'application', name: t.name, version: t.version });
      expect((s.creationInfo as { creators: string[] }).creators).toEqual(
        expect.arrayContaining(p.processedBy.map((t) => `Tool: ${t.name}-${t.version}`)),
      );
      const hex = input.module.digest.slice(7);
      expect((c.metadata as { component: { hashes: unknown } }).component.hashes).toEqual([
        { alg: 'SHA-256', content: hex },
      ]);
      expect((s.packages as { checksums?: unknown }[])[0].checksums).toEqual([
        { algorithm: 'SHA256', checksumValue: hex },
      ]);
    }
  });

  it('a module with a cargo-auditable .dep-v0 section: crates with purls, scopes and the dependency graph', async () => {
    const base = readFileSync(entry('built/rust/filter-std.wasm').path);
    const module = inject(base, customSection('.dep-v0', deflateSync(Buffer.from(JSON.stringify(AUDIT)))));
    // Still a module V8 and wabt accept, and they see the section.
    expect(V8.validate(module)).toBe(true);
    expect(V8.Module.customSections(new V8.Module(module), '.dep-v0')).toHaveLength(1);
    const rec = readModuleRecords(module);
    expect(rec.warnings).toEqual([]);
    expect(rec.cargo?.format).toBe(1);
    expect(rec.cargo?.packages.map((p: CargoPackage) => [p.name, p.kind, p.root])).toEqual(
      AUDIT.packages.map((p) => [p.name, p.kind ?? 'runtime', p.root ?? false]),
    );

    const input = inputFor(module, 'filter.wasm');
    const c = cyclonedxDocument(input) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const s = spdxDocument(input) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expectValid(c, s);

    // The root crate is the module itself.
    expect(c.metadata.component).toMatchObject({ name: 'my-filter', version: '0.3.0', 'bom-ref': 'module' });
    const byName = new Map(c.components.map((x: { name: string }) => [x.name, x]));
    expect(byName.get('proxy-wasm')).toMatchObject({ purl: 'pkg:cargo/proxy-wasm@0.2.2', scope: 'required' });
    expect(byName.get('cc')).toMatchObject({ purl: 'pkg:cargo/cc@1.1.30', scope: 'excluded' });
    expect((byName.get('internal-util') as { purl?: string }).purl).toBeUndefined(); // not from crates.io
    expect(c.components).toHaveLength(7);
    // purl-spec: the version's `+` is percent-encoded.
    expect(byName.get('wasi')).toMatchObject({ purl: 'pkg:cargo/wasi@0.11.0%2Bwasi-snapshot-preview1' });
    const deps = Object.fromEntries(
      c.dependencies.map((d: { ref: string; dependsOn: string[] }) => [d.ref, d.dependsOn]),
    );
    expect(deps.module).toEqual([
      'cargo:git:internal-util@0.1.0+build.5',
      'pkg:cargo/cc@1.1.30',
      'pkg:cargo/log@0.4.22',
      'pkg:cargo/proxy-wasm@0.2.2',
      'pkg:cargo/wasi@0.11.0%2Bwasi-snapshot-preview1',
    ]);
    expect(deps['pkg:cargo/proxy-wasm@0.2.2']).toEqual([
      'pkg:cargo/hashbrown@0.14.5',
      'pkg:cargo/log@0.4.22',
    ]);
    // Toolchain from the producers section.
    expect(c.metadata.tools.components).toContainEqual({
      type: 'application',
      name: 'rustc',
      version: '1.63.0',
    });

    const rels = s.relationships.map(
      (r: Record<string, string>) => `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`,
    );
    expect(rels).toContain('SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package-module');
    expect(rels).toContain('SPDXRef-Package-module DEPENDS_ON SPDXRef-Package-cargo-5-proxy-wasm');
    expect(rels).toContain('SPDXRef-Package-cargo-0-cc BUILD_DEPENDENCY_OF SPDXRef-Package-module');
    const proxy = s.packages.find((p: { name: string }) => p.name === 'proxy-wasm');
    expect(proxy.externalRefs).toEqual([
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: 'pkg:cargo/proxy-wasm@0.2.2',
      },
    ]);
    for (const p of s.packages) expect(p.SPDXID).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/);
  });

  it('says when the dependency record is missing, and how to keep one', () => {
    const rust = readFileSync(entry('built/rust/filter-std.wasm').path);
    expect(missingDependencyRecord(readModuleRecords(rust))).toMatch(
      /no dependency record.*`cargo auditable build`/,
    );
    const withDeps = inject(rust, customSection('.dep-v0', deflateSync(Buffer.from(JSON.stringify(AUDIT)))));
    expect(missingDependencyRecord(readModuleRecords(withDeps))).toBeUndefined();
    const c = readFileSync(entry('built/c/filter-wasi-libc.wasm').path);
    expect(missingDependencyRecord(readModuleRecords(c))).toMatch(
      /^The module carries no dependency record.*\.dep-v0/,
    );
    expect(missingDependencyRecord(readModuleRecords(c))).not.toMatch(/cargo auditable build/);
  });

  it('wasm-metadata text sections fill the main component; hostile values stay inert', () => {
    const base = readFileSync(entry('built/rust/filter-std.wasm').path);
    const text = (name: string, value: string | Buffer) => customSection(name, Buffer.from(value));
    const module = inject(
      base,
      text('version', '2.1.0'),
      text('authors', 'Acme Filters <filters@acme.example>\n::error::x'),
      text('licenses', 'Apache-2.0 OR MIT'),
      text('source', 'https://github.com/acme/filters'),
      text('homepage', 'javascript:alert(1)'),
      text('revision', 'f00dfeed'),
      text('description', Buffer.from([0xff, 0xfe])), // not UTF-8: a warning, not a throw
    );
    const rec = readModuleRecords(module);
    expect(rec.warnings).toEqual([
      expect.stringMatching(/^description section at offset \d+: not valid UTF-8$/),
    ]);
    const input = inputFor(module, 'filter.wasm');
    const c = cyclonedxDocument(input) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const s = spdxDocument(input) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expectValid(c, s);
    expect(c.metadata.component).toMatchObject({
      version: '2.1.0',
      licenses: [{ expression: 'Apache-2.0 OR MIT' }],
      externalReferences: [{ type: 'vcs', url: 'https://github.com/acme/filters' }], // no javascript: link
      authors: [{ name: 'Acme Filters <filters@acme.example> ::error::x' }], // control characters gone
    });
    const mod = s.packages.find((p: { SPDXID: string }) => p.SPDXID === 'SPDXRef-Package-module');
    expect(mod).toMatchObject({
      licenseDeclared: 'Apache-2.0 OR MIT',
      downloadLocation: 'https://github.com/acme/filters',
    });
    expect(mod.homepage).toBeUndefined();
  });

  it('is deterministic: the same module gives the same bytes; serial and namespace follow the digest', () => {
    const path = entry('built/rust/filter-std.wasm').path;
    const module = () =>
      inject(readFileSync(path), customSection('.dep-v0', deflateSync(Buffer.from(JSON.stringify(AUDIT)))));
    const a = inputFor(module(), 'filter.wasm');
    const b = inputFor(module(), 'filter.wasm');
    expect(cyclonedxJson(a)).toBe(cyclonedxJson(b));
    expect(spdxJson(a)).toBe(spdxJson(b));
    // Order of the cargo record does not leak into the order of the lists (sorted output).
    const cj = JSON.parse(cyclonedxJson(a));
    const refs = cj.components.map((x: { 'bom-ref': string }) => x['bom-ref']);
    expect(refs).toEqual([...refs].sort());
    // Another module: another serial number and namespace; same module, another time: same ones.
    const other = inputFor(readFileSync(entry('built/c/filter-wasi-libc.wasm').path), 'filter.wasm');
    expect(JSON.parse(cyclonedxJson(other)).serialNumber).not.toBe(cj.serialNumber);
    const later = JSON.parse(cyclonedxJson({ ...a, created: '2026-01-01T00:00:00.000Z' }));
    expect(later.serialNumber).toBe(cj.serialNumber);
    expect(later.metadata.timestamp).toBe('2026-01-01T00:00:00Z');
    expect(JSON.parse(spdxJson(other)).documentNamespace).not.toBe(JSON.parse(spdxJson(a)).documentNamespace);
    expect(cj.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses inputs that are not what the caller promised (digest, time)', () => {
    const input = inputFor(readFileSync(entry('built/c/filter-wasi-libc.wasm').path), 'f.wasm');
    expect(() => cyclonedxJson({ ...input, module: { ...input.module, digest: 'sha256:XYZ' } })).toThrow(
      /not sha256:<64 lowercase hex>/,
    );
    expect(() => spdxJson({ ...input, created: 'yesterday' })).toThrow(/not an ISO 8601 time/);
  });
});
