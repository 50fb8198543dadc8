import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ComponentFormatError,
  componentMetadataOrUserError,
  readComponentBytes,
  readComponentFile,
  wasmKind,
} from '../src/wasm/component.js';
import { UserError } from '../src/errors.js';
import { worldFromWit } from './fixtures/corpus/corpus.js';

const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'components');

describe('wasmKind', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'component-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('classifies a core module built by wat2wasm, the committed components, and non-Wasm bytes', () => {
    writeFileSync(join(dir, 'm.wat'), '(module (func (export "f")))');
    execFileSync('wat2wasm', [join(dir, 'm.wat'), '-o', join(dir, 'm.wasm')]);
    expect(wasmKind(readFileSync(join(dir, 'm.wasm')))).toBe('module');
    expect(wasmKind(readFileSync(join(FIXTURES, 'hello.component.wasm')))).toBe('component');
    expect(wasmKind(readFileSync(join(FIXTURES, 'nested.component.wasm')))).toBe('component');
    expect(wasmKind(Buffer.from('#!/bin/sh\necho hi\n'))).toBeUndefined();
    expect(wasmKind(Buffer.from([0, 0x61, 0x73, 0x6d]))).toBeUndefined();
  });
});

describe('component imports and exports', () => {
  for (const name of ['hello', 'nested']) {
    it(`${name}: reads the same world wasm-tools decoded, from a file and from bytes`, async () => {
      const wasm = join(FIXTURES, `${name}.component.wasm`);
      const expected = worldFromWit(readFileSync(join(FIXTURES, `${name}.decoded.wit`), 'utf8'));
      expect(expected.imports.length).toBeGreaterThan(0);
      expect(expected.exports.length).toBeGreaterThan(0);
      const fromFile = await readComponentFile(wasm);
      expect([...fromFile.imports].sort()).toEqual([...expected.imports].sort());
      expect([...fromFile.exports].sort()).toEqual([...expected.exports].sort());
      expect(await readComponentBytes(readFileSync(wasm))).toEqual(fromFile);
    });
  }

  it('hello: names match the WIT source it was built from', async () => {
    const meta = await readComponentFile(join(FIXTURES, 'hello.component.wasm'));
    // from hello.wit, written by hand
    expect([...meta.imports].sort()).toEqual(['example:host/logging@0.2.0', 'now']);
    expect([...meta.exports].sort()).toEqual(['example:hello/greet@0.1.0', 'run']);
  });

  it('skips a large custom section (multi-byte section size) placed before the import section', async () => {
    const orig = readFileSync(join(FIXTURES, 'hello.component.wasm'));
    const name = Buffer.from('padding');
    const payload = Buffer.concat([Buffer.from([name.length]), name, Buffer.alloc(3 << 20, 0xab)]);
    const size = payload.length;
    const leb: number[] = [];
    for (let v = size; ;) {
      const b = v & 0x7f;
      v = Math.floor(v / 128);
      if (v === 0) {
        leb.push(b);
        break;
      }
      leb.push(b | 0x80);
    }
    const padded = Buffer.concat([orig.subarray(0, 8), Buffer.from([0, ...leb]), payload, orig.subarray(8)]);
    const dir = mkdtempSync(join(tmpdir(), 'component-test-'));
    try {
      writeFileSync(join(dir, 'padded.wasm'), padded);
      expect(await readComponentFile(join(dir, 'padded.wasm'))).toEqual(await readComponentBytes(orig));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a truncated component and a core module', async () => {
    const orig = readFileSync(join(FIXTURES, 'hello.component.wasm'));
    for (const cut of [9, 40, orig.length - 3]) {
      await expect(readComponentBytes(orig.subarray(0, cut))).rejects.toBeInstanceOf(ComponentFormatError);
    }
    const core = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    await expect(readComponentBytes(core)).rejects.toThrow(/not a component/);
  });

  it('turns an unreadable component into a UserError with the file name escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'component-test-'));
    try {
      const orig = readFileSync(join(FIXTURES, 'hello.component.wasm'));
      writeFileSync(join(dir, 'bad.wasm'), orig.subarray(0, 40));
      const err = await componentMetadataOrUserError(join(dir, 'bad.wasm'), '::error::evil\nname.wasm').catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UserError);
      const ue = err as UserError;
      expect(ue.message).toMatch(/cannot read the component-model imports and exports/);
      expect(ue.message).not.toMatch(/::error::/);
      expect(ue.message).not.toContain('\n');
      expect(ue.fix).toMatch(/wasm-tools validate/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
