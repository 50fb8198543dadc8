// The real-world corpus for the differential tests (__tests__/corpus*.test.ts) and the fuzzer's seeds: modules that
// this project did not write, from at least 8 toolchains, assembled into .cache/corpus/ (git-ignored).
//   - npm packages that ship .wasm files, pinned in __tests__/fixtures/corpus/npm.json (name, exact version, the files
//     wanted with their size and sha256), fetched with `npm pack` and unpacked with `tar`;
//   - components made by wasm-tools' `component new` (wit-component, from @bytecodealliance/jco-transpile) out of
//     npm-shipped core modules and jco's WASI adapter (__tests__/fixtures/corpus/components.json);
//   - filters and proposal samples built offline with Debian's toolchains from __tests__/fixtures/corpus/src/
//     (clang-14 + lld + wasi-libc, rustc 1.63 with libstd-rust-dev-wasm32, wabt's wat2wasm --enable-all).
// Idempotent: what is already there (with the pinned sha256, or newer than its source) is kept. Every file is written
// to a temporary name and renamed, so two test files assembling the corpus at once only duplicate work.
// Writes .cache/corpus/index.json: [{ name, toolchain, source, path, kind, proxyAbi?, size }] (path is absolute).
//
//   npm run corpus        # assemble and print the table
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installPinned } from './npm-prefix.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, '__tests__', 'fixtures', 'corpus');
export const CORPUS_DIR = join(root, '.cache', 'corpus');
export const INDEX_PATH = join(CORPUS_DIR, 'index.json');
/** wasm-tools compiled to Wasm, as jco ships it: makes the components and is the reference for them. */
export const JCO_TRANSPILE_VERSION = '0.15.0';
export const JCO_PREFIX = join(root, '.cache', 'jco');
/** Debian's rustc (the one in ~/.cargo has no wasm targets). */
const RUSTC = '/usr/bin/rustc';
const MARKER = /proxy_abi_version_\d+_\d+_\d+/;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const slug = (pkg, version) => `${pkg.replace(/^@/, '').replace(/\//g, '+')}@${version}`;

/** Writes `bytes` at `path` through a temporary sibling and a rename (atomic for concurrent builders). */
function writeAtomic(path, bytes) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

function run(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...opts });
  } catch (e) {
    const why = e.code === 'ENOENT' ? `${cmd} is not installed` : String(e.stderr || e.message).trim();
    throw new Error(`corpus: ${cmd} ${args.join(' ')} failed: ${why}`);
  }
}

// ---- npm packages -------------------------------------------------------------------------------------------------

function npmFilePath(pkg, version, path) {
  return join(CORPUS_DIR, 'npm', slug(pkg, version), path);
}

function hasPinned(path, file) {
  if (!existsSync(path) || statSync(path).size !== file.size) return false;
  return sha256(readFileSync(path)) === file.sha256;
}

/** `npm pack` one pinned package and take the listed .wasm files out of its tarball (each checked against its pin). */
function fetchPackage(pkg) {
  const missing = pkg.files.filter((f) => !hasPinned(npmFilePath(pkg.name, pkg.version, f.path), f));
  if (missing.length === 0) return;
  const tmp = mkdtempSync(join(CORPUS_DIR, '.pack-'));
  try {
    const spec = `${pkg.name}@${pkg.version}`;
    const tgz = run('npm', ['pack', spec, '--pack-destination', tmp, '--silent'], { cwd: tmp })
      .toString()
      .trim()
      .split('\n')
      .pop();
    run('tar', ['-xzf', join(tmp, tgz), '-C', tmp, ...missing.map((f) => `package/${f.path}`)]);
    for (const f of missing) {
      const bytes = readFileSync(join(tmp, 'package', f.path));
      if (bytes.length !== f.size || sha256(bytes) !== f.sha256) {
        throw new Error(
          `corpus: ${spec} ${f.path} is ${bytes.length} bytes, sha256 ${sha256(bytes)}; ` +
            `npm.json pins ${f.size} bytes, sha256 ${f.sha256}`,
        );
      }
      writeAtomic(npmFilePath(pkg.name, pkg.version, f.path), bytes);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function npmEntries(packages) {
  return packages.flatMap((pkg) =>
    pkg.files.map((f) => ({
      name: `${pkg.name}@${pkg.version}/${f.path}`,
      toolchain: f.toolchain,
      source: `npm:${pkg.name}@${pkg.version} ${f.path}`,
      path: npmFilePath(pkg.name, pkg.version, f.path),
    })),
  );
}

// ---- wasm-tools (jco) and components ------------------------------------------------------------------------------

/** Installs @bytecodealliance/jco-transpile at the pinned version into .cache/jco (once) and returns its wasm-tools API. */
export async function loadWasmTools() {
  const pkgDir = join(JCO_PREFIX, 'node_modules', '@bytecodealliance', 'jco-transpile');
  const isReady = () =>
    existsSync(join(pkgDir, 'package.json')) &&
    JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version === JCO_TRANSPILE_VERSION;
  if (!isReady())
    installPinned(JCO_PREFIX, `@bytecodealliance/jco-transpile@${JCO_TRANSPILE_VERSION}`, isReady);
  return import(pathToFileURL(join(pkgDir, 'dist', 'wasm-tools.js')).href);
}

function componentEntries(specs, packages) {
  const version = (name) => packages.find((p) => p.name === name)?.version;
  return specs.map((c) => ({
    name: `components/${c.name}`,
    toolchain: 'wit-component/jco-transpile',
    source:
      `wasm-tools component new (jco-transpile ${JCO_TRANSPILE_VERSION}) of ` +
      `npm:${c.core.package}@${version(c.core.package)} ${c.core.path} with ` +
      `npm:${c.adapter.package}@${version(c.adapter.package)} ${c.adapter.path}`,
    path: join(CORPUS_DIR, 'components', c.name),
    core: npmFilePath(c.core.package, version(c.core.package), c.core.path),
    adapter: npmFilePath(c.adapter.package, version(c.adapter.package), c.adapter.path),
  }));
}

/** A real component: the core module (with its `component-type` custom section) + the WASI preview1 adapter. */
async function buildComponents(entries) {
  let tools;
  for (const e of entries) {
    if (existsSync(e.path)) continue;
    tools ??= await loadWasmTools();
    const bytes = await tools.componentNew(readFileSync(e.core), [
      ['wasi_snapshot_preview1', readFileSync(e.adapter)],
    ]);
    writeAtomic(e.path, Buffer.from(bytes));
  }
}

// ---- Debian toolchains ----------------------------------------------------------------------------------------------

/** What is built from __tests__/fixtures/corpus/src/, and how. */
function buildSpecs() {
  const clang = (extra) => (src, out) => [
    'clang-14',
    ['--target=wasm32-wasi', '-O2', '-fuse-ld=lld', ...extra, '-o', out, src],
  ];
  const rustc = (target, extra) => (src, out) => [
    RUSTC,
    [
      '--edition',
      '2021',
      '--crate-type',
      'cdylib',
      '--target',
      target,
      '-C',
      'opt-level=s',
      ...extra,
      '-o',
      out,
      src,
    ],
  ];
  const specs = [
    {
      src: 'c/filter-wasi-libc.c',
      toolchain: 'clang/debian-14+wasi-libc',
      cmd: clang(['-mbulk-memory', '-mexec-model=reactor']),
    },
    {
      src: 'c/filter-shared-memory.c',
      toolchain: 'clang/debian-14+wasm-ld',
      cmd: clang([
        '-nostdlib',
        '-matomics',
        '-mbulk-memory',
        '-Wl,--no-entry',
        '-Wl,--shared-memory',
        '-Wl,--max-memory=1048576',
      ]),
    },
    {
      src: 'rust/filter-no-std.rs',
      toolchain: 'rust/debian-1.63-wasm32-unknown-unknown',
      cmd: rustc('wasm32-unknown-unknown', ['-C', 'panic=abort', '-C', 'target-feature=+bulk-memory']),
    },
    { src: 'rust/filter-std.rs', toolchain: 'rust/debian-1.63-wasm32-wasi', cmd: rustc('wasm32-wasi', []) },
  ];
  for (const f of readdirSync(join(fixtures, 'src', 'wat')).sort()) {
    if (!f.endsWith('.wat')) continue;
    specs.push({
      src: `wat/${f}`,
      toolchain: 'wabt/wat2wasm-1.0.32',
      cmd: (src, out) => ['wat2wasm', ['--enable-all', src, '-o', out]],
    });
  }
  return specs;
}

function localEntries() {
  return buildSpecs().map((spec) => {
    const src = join(fixtures, 'src', spec.src);
    const out = spec.src.replace(/\.[a-z]+$/, '.wasm');
    const [cmd, args] = spec.cmd(`src/${spec.src}`, 'out.wasm');
    const entry = { name: `built/${out}`, toolchain: spec.toolchain, source: `${cmd} ${args.join(' ')}` };
    entry.path = join(CORPUS_DIR, 'built', out);
    // the marker the filter's source exports (the test checks that the action detects the same one)
    const marker = MARKER.exec(readFileSync(src, 'utf8'));
    if (marker) entry.proxyAbi = marker[0];
    return { ...entry, src, cmd: spec.cmd };
  });
}

/** Builds what is missing or older than its source, in a private temporary directory, then renames it into place. */
function buildLocal(entries) {
  for (const e of entries) {
    if (existsSync(e.path) && statSync(e.path).mtimeMs >= statSync(e.src).mtimeMs) continue;
    mkdirSync(dirname(e.path), { recursive: true });
    const tmpDir = mkdtempSync(join(CORPUS_DIR, '.build-'));
    try {
      const tmp = join(tmpDir, 'out.wasm');
      const [cmd, args] = e.cmd(e.src, tmp);
      run(cmd, args, { cwd: tmpDir });
      renameSync(tmp, e.path);
    } finally {
      rmSync(tmpDir, { recursive: true, force: true });
    }
  }
}

// ---- index ----------------------------------------------------------------------------------------------------------

function kindOf(path) {
  const head = readFileSync(path).subarray(0, 8);
  if (head.readUInt32LE(0) !== 0x6d736100) throw new Error(`corpus: ${path} is not a WebAssembly binary`);
  return head.readUInt32LE(4) === 1 ? 'module' : 'component';
}

function readPins() {
  return {
    packages: JSON.parse(readFileSync(join(fixtures, 'npm.json'), 'utf8')),
    components: JSON.parse(readFileSync(join(fixtures, 'components.json'), 'utf8')),
  };
}

const PUBLIC = ['name', 'toolchain', 'source', 'path', 'proxyAbi'];
const publicFields = (e) =>
  Object.fromEntries(PUBLIC.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));

/** What the corpus holds, read from the pinned lists and the sources alone (nothing fetched or built). */
export function corpusPlan() {
  const { packages, components } = readPins();
  return [...npmEntries(packages), ...componentEntries(components, packages), ...localEntries()].map(
    publicFields,
  );
}

/**
 * Assembles the corpus (fetching/building only what is missing) and returns its index, also written to
 * .cache/corpus/index.json: `[{ name, toolchain, source, path, kind, proxyAbi?, size }]`.
 */
export async function ensureCorpus() {
  mkdirSync(CORPUS_DIR, { recursive: true });
  const { packages, components } = readPins();
  for (const pkg of packages) fetchPackage(pkg);
  const comps = componentEntries(components, packages);
  await buildComponents(comps);
  const local = localEntries();
  buildLocal(local);
  const entries = [...npmEntries(packages), ...comps, ...local].map(publicFields);
  const index = entries.map((e) => ({ ...e, kind: kindOf(e.path), size: statSync(e.path).size }));
  writeAtomic(INDEX_PATH, JSON.stringify(index, null, 2) + '\n');
  return index;
}

function printTable(index) {
  const rows = index.map((e) => [e.name, e.toolchain, e.kind, String(e.size), e.proxyAbi ?? '']);
  const head = ['module', 'toolchain', 'kind', 'bytes', 'proxy-wasm ABI'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [head, ...rows])
    console.log(
      r
        .map((c, i) => c.padEnd(width[i]))
        .join('  ')
        .trimEnd(),
    );
  const families = new Set(index.map((e) => e.toolchain.split('/')[0]));
  const total = index.reduce((n, e) => n + e.size, 0);
  console.log(
    `\n${index.length} modules (${(total / 1048576).toFixed(1)} MiB) from ${families.size} toolchains: ` +
      `${[...families].sort().join(', ')}\nindex: ${INDEX_PATH}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printTable(await ensureCorpus());
}
