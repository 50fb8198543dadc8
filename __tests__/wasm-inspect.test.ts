import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../src/errors.js';
import { inspectModule } from '../src/wasm/inspect.js';
import { fixtureWasm, wat2wasm, writeWasm, readWat } from './fixtures/wat.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspect-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** sha256 by openssl, independent of the code under test */
function opensslDigest(path: string): string {
  const out = execFileSync('openssl', ['dgst', '-sha256', '-r', path], { encoding: 'utf8' });
  return 'sha256:' + out.split(' ')[0];
}

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

function assertNoWorkflowCommands(text: string): void {
  for (const line of text.split('\n')) expect(line.startsWith('::')).toBe(false);
  expect(text).not.toContain('##[');
}

describe('inspectModule on valid modules', () => {
  it('reports digest, size, kind, exports and imports of a proxy-wasm filter', async () => {
    const path = writeWasm(dir, 'filter.wasm', readWat('filter'));
    const r = await inspectModule(path);
    expect(r.path).toBe(path);
    expect(r.fileName).toBe('filter.wasm');
    expect(r.digest).toBe(opensslDigest(path));
    expect(r.size).toBe(readFileSync(path).length);
    expect(r.kind).toBe('module');
    expect(r.fullyValidated).toBe(true);
    expect(r.features).toEqual([]);
    expect(r.exports.map((e) => e.name)).toEqual(
      expect.arrayContaining(['memory', 'malloc', 'proxy_abi_version_0_2_1', 'proxy_on_request_headers']),
    );
    expect(r.imports.find((i) => i.name === 'proxy_log')).toMatchObject({
      module: 'env',
      kind: 'func',
      params: 3,
    });
  });

  it('validates a component by its embedded core modules', async () => {
    const core = wat2wasm('(module (memory 1 2 shared))', ['--enable-threads']);
    const component = (m: Buffer) =>
      Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 0x0d, 0, 1, 0, 1, m.length]), m]);
    const path = join(dir, 'component.wasm');
    writeFileSync(path, component(core));
    const r = await inspectModule(path);
    expect(r.kind).toBe('component');
    expect(r.fullyValidated).toBe(true);
    expect(r.features).toEqual(['threads']);
    // the same component with a core module whose memory maximum is below its minimum is refused
    const bad = Buffer.from(core);
    const limits = bad.indexOf(Buffer.from([0x05, 0x04, 0x01, 0x03, 0x01, 0x02]));
    expect(limits).toBeGreaterThan(0);
    bad[limits + 5] = 0x00;
    writeFileSync(path, component(bad));
    const e = await userError(inspectModule(path));
    expect(e.message).toMatch(/not a valid WebAssembly module: .*maximum 0 is smaller than its minimum 1/);
  });

  it('validates function bodies itself: a type error is refused with the function and the offset', async () => {
    // invalid function body (returns i64 where i32 is declared), well framed
    const bytes = wat2wasm('(module (func (export "f") (result i32) (i64.const 1)))', ['--no-check']);
    const path = join(dir, 'semantically-bad.wasm');
    writeFileSync(path, bytes);
    const e = await userError(inspectModule(path));
    expect(e.message).toMatch(/not a valid WebAssembly module: function 0 \(body at offset 0x[0-9a-f]+\)/);
    expect(e.message).toMatch(/i64/);
    expect(e.fix).toBeTruthy();
  });

  it('reports the proposals a module uses', async () => {
    const path = join(dir, 'features.wasm');
    writeFileSync(
      path,
      wat2wasm('(module (memory i64 1) (func (param i32) (result i32) local.get 0 i32.extend8_s))', [
        '--enable-all',
      ]),
    );
    expect((await inspectModule(path)).features).toEqual(['memory64', 'sign-ext']);
  });

  it('fully validates a module larger than 64 MiB while streaming it, with the right digest', async () => {
    // header + type/function/export/code sections + a 65 MiB custom section, written in 1 MiB chunks
    const small = wat2wasm('(module (func (export "f")))');
    const path = join(dir, 'huge.wasm');
    const payloadSize = 65 * 1024 * 1024;
    const name = Buffer.from('big');
    const body = 1 + name.length + payloadSize;
    const leb: number[] = [];
    for (let v = body; ;) {
      const b = v & 0x7f;
      v = Math.floor(v / 128);
      leb.push(v ? b | 0x80 : b);
      if (!v) break;
    }
    const fd = openSync(path, 'w');
    writeSync(fd, Buffer.concat([small, Buffer.from([0x00, ...leb, name.length]), name]));
    const chunk = Buffer.alloc(1024 * 1024, 0x2a);
    for (let i = 0; i < 65; i++) writeSync(fd, chunk);
    closeSync(fd);
    const r = await inspectModule(path);
    expect(r.size).toBe(small.length + 1 + leb.length + body);
    expect(r.digest).toBe(opensslDigest(path));
    expect(r.fullyValidated).toBe(true);
    expect(r.customSections).toEqual(['big']);
    expect(r.exports.map((e) => e.name)).toEqual(['f']);
    rmSync(path);
  });
});

describe('inspectModule refuses bad input with a UserError', () => {
  const filter = fixtureWasm('filter');

  it('missing file', async () => {
    const e = await userError(inspectModule(join(dir, 'nope.wasm')));
    expect(e.message).toMatch(/does not exist/);
    expect(e.message).toContain('nope.wasm');
    expect(e.fix).toBeTruthy();
  });

  it('a directory', async () => {
    const d = join(dir, 'adir.wasm');
    mkdirSync(d);
    const e = await userError(inspectModule(d));
    expect(e.message).toMatch(/is a directory/);
  });

  it('a path that cannot be read', async () => {
    const notDir = join(dir, 'plainfile');
    writeFileSync(notDir, 'x');
    const e = await userError(inspectModule(join(notDir, 'child.wasm')));
    expect(e.message).toMatch(/could not be read|does not exist/);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.wasm');
      writeFileSync(locked, filter);
      chmodSync(locked, 0o000);
      expect((await userError(inspectModule(locked))).message).toMatch(/not readable/);
    }
  });

  it('an empty file', async () => {
    const path = join(dir, 'empty.wasm');
    writeFileSync(path, '');
    const e = await userError(inspectModule(path));
    expect(e.message).toMatch(/is empty/);
  });

  it('wrong magic: names what the file starts with', async () => {
    const path = join(dir, 'text.wasm');
    writeFileSync(path, readWat('plain'));
    const e = await userError(inspectModule(path));
    expect(e.message).toMatch(/is not a WebAssembly binary \(.*starts with 3b 3b 20 41/);
    expect(e.fix).toMatch(/wat2wasm/);
  });

  it('unsupported version', async () => {
    const path = join(dir, 'v2.wasm');
    const b = Buffer.from(filter);
    b[4] = 0x02;
    writeFileSync(path, b);
    const e = await userError(inspectModule(path));
    expect(e.message).toMatch(/unsupported WebAssembly version: bytes 02 00 00 00/);
  });

  it('truncated in the middle of a section', async () => {
    const path = join(dir, 'cut.wasm');
    writeFileSync(path, filter.subarray(0, filter.length - 10));
    const e = await userError(inspectModule(path));
    expect(e.message).toMatch(/is truncated/);
    expect(e.title).toBe('Invalid WebAssembly module');
    expect(e.file).toBe(path);
  });

  it('garbage after a valid module', async () => {
    const path = join(dir, 'trailing.wasm');
    writeFileSync(path, Buffer.concat([filter, Buffer.from([0x00, 0x7f, 0x01])]));
    const e = await userError(inspectModule(path));
    expect(e.message).toMatch(/truncated|not a valid/);
  });

  it('file names are escaped in messages', async () => {
    const evil = join(dir, 'x\n::error::pwned ##[group].wasm');
    const e = await userError(inspectModule(evil));
    assertNoWorkflowCommands(e.message);
    const real = join(dir, 'y\n::warning::pwned.wasm');
    writeFileSync(real, 'not wasm');
    assertNoWorkflowCommands((await userError(inspectModule(real))).message);
  });
});
