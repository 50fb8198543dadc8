/**
 * One pass over a module file: sha256 + size, and full validation with the interface summary and the proposals used
 * (the streaming validator in reader.ts: WebAssembly 3.0, the same verdict on every Node version). Each chunk is hashed
 * and pushed, nothing is collected, so memory does not grow with the module's size (only with its largest function
 * body). Nothing is written: the caller imports the file into the OCI layout off the critical path.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { q, untrusted } from '../log.js';
import type { ModuleBlob } from '../package/types.js';
import { WasmFormatError, WasmReader, type WasmExport, type WasmImport } from './reader.js';

export interface ModuleReport extends ModuleBlob {
  /** the path that was inspected (as given) */
  path: string;
  exports: WasmExport[];
  imports: WasmImport[];
  customSections: string[];
  /** proposals the module uses (sorted stable names, see features.ts); a component: those of its core modules */
  features: string[];
  /**
   * true: the whole module was validated (a component: its structure walked and every embedded core module
   * validated). Always true for a report that exists: an invalid module is refused.
   */
  fullyValidated: boolean;
}

/** Bytes read (and hashed and validated) at a time. */
const READ_CHUNK = 1024 * 1024;

const FIX_BUILD =
  'Point the input at the compiled .wasm file your build produces (e.g. target/wasm32-wasip1/release/<name>.wasm), ' +
  'not a source, text (.wat) or archive file.';

export async function inspectModule(path: string): Promise<ModuleReport> {
  const label = q(path);
  const title = 'Invalid WebAssembly module';

  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) {
      throw new UserError(`${label} is a directory, not a WebAssembly module`, FIX_BUILD, title, path);
    }
    if (!st.isFile()) {
      throw new UserError(`${label} is not a regular file`, FIX_BUILD, title, path);
    }
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw fileError(e, label, path);
  }
  if (size === 0) {
    throw new UserError(
      `${label} is empty (0 bytes)`,
      'Check that the build step ran and wrote the module before this step.',
      title,
      path,
    );
  }

  const hash = createHash('sha256');
  const reader = new WasmReader();
  let total = 0;

  try {
    // One buffer, reused for every chunk: hashing and validating are synchronous and the reader copies what it keeps,
    // so memory does not grow with the module (a stream's fresh chunk per read left ~70 MiB of garbage at 256 MiB).
    const file = await open(path, 'r');
    try {
      const chunk = Buffer.allocUnsafe(READ_CHUNK);
      for (;;) {
        const { bytesRead } = await file.read(chunk, 0, READ_CHUNK, null);
        if (bytesRead === 0) break;
        const view = bytesRead === READ_CHUNK ? chunk : chunk.subarray(0, bytesRead);
        total += bytesRead;
        hash.update(view);
        reader.push(view);
      }
    } finally {
      await file.close();
    }
    const summary = reader.end();

    const report: ModuleReport = {
      path,
      fileName: basename(path),
      digest: 'sha256:' + hash.digest('hex'),
      size: total,
      kind: summary.kind,
      exports: summary.exports,
      imports: summary.imports,
      customSections: summary.customSections,
      features: summary.features,
      fullyValidated: true,
    };
    return report;
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof WasmFormatError) throw formatError(e, label, path);
    if (typeof (e as NodeJS.ErrnoException)?.code === 'string') throw fileError(e, label, path);
    throw e;
  }
}

function formatError(e: WasmFormatError, label: string, path: string): UserError {
  const title = 'Invalid WebAssembly module';
  switch (e.code) {
    case 'empty':
      return new UserError(
        `${label} is empty (0 bytes)`,
        'Check that the build step wrote the module.',
        title,
        path,
      );
    case 'magic':
      return new UserError(
        `${label} is not a WebAssembly binary (${e.message})`,
        FIX_BUILD + ' A text module (.wat) can be compiled with `wat2wasm`.',
        title,
        path,
      );
    case 'version':
      return new UserError(
        `${label} has an ${e.message}`,
        'Build a core WebAssembly module (version 1) or a component with a current toolchain.',
        title,
        path,
      );
    case 'truncated':
      return new UserError(
        `${label} is truncated: ${e.message.replace(/^truncated: /, '')}`,
        'The file was cut short (interrupted build, download or artifact upload); rebuild or re-download it.',
        title,
        path,
      );
    case 'too-large':
      return new UserError(
        `${label} exceeds an implementation limit: ${e.message}`,
        'WebAssembly engines (V8, the JS-API limits) refuse such a module too: split it, or strip it (e.g. ' +
          '`wasm-opt --strip-debug` / `wasm-tools strip`).',
        title,
        path,
      );
    case 'invalid':
      return new UserError(
        `${label} is not a valid WebAssembly module: ${e.message}`,
        'The bytes are well formed but break a validation rule of the WebAssembly 3.0 spec (types, indices or ' +
          'limits); rebuild the module with a supported toolchain (`wasm-tools validate` shows the problem too).',
        title,
        path,
      );
    default:
      return new UserError(
        `${label} is not a valid WebAssembly module: ${e.message}`,
        'Rebuild the module; `wasm-tools validate` or `wasm-validate` shows the exact problem.',
        title,
        path,
      );
  }
}

function fileError(e: unknown, label: string, path: string): UserError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') {
    return new UserError(
      `module file ${label} does not exist`,
      'Check the path (relative paths are resolved from the workspace) and that the build step ran before this step.',
      'Module not found',
      path,
    );
  }
  if (code === 'EISDIR') {
    return new UserError(
      `${label} is a directory, not a WebAssembly module`,
      FIX_BUILD,
      'Invalid WebAssembly module',
      path,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new UserError(
      `module file ${label} is not readable (permission denied)`,
      'Fix the file permissions (e.g. `chmod a+r`) in the step that produces the module.',
      'Module not readable',
      path,
    );
  }
  return new UserError(
    `module file ${label} could not be read: ${untrusted((e as Error)?.message ?? String(e))}`,
    'Check that the file exists and is readable.',
    'Module not readable',
    path,
  );
}
