// The benchmark's tables, goals and docs/benchmarks.md (issue 11). Ratios are ratios of medians of the same run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fmtRatio, fmtStats, ratio } from './measure.mjs';

const safe = (f) => {
  try {
    return f();
  } catch {
    return 'unknown';
  }
};

export function machine(node, orasVersion, loadAtStart) {
  const out = (cmd, args) => safe(() => execFileSync(cmd, args, { encoding: 'utf8' }).trim());
  return [
    `nproc ${out('nproc', [])}`,
    `CPU ${cpus()[0]?.model ?? 'unknown'}`,
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `action on Node ${out(node, ['--version'])}`,
    `docker-registry ${out('docker-registry', ['--version']).split(' ').pop()}`,
    out('skopeo', ['--version']),
    out('curl', ['--version']).split(' ').slice(0, 2).join(' '),
    `oras-go ${orasVersion ?? 'not built'} (${out('go', ['version']).split(' ')[2] ?? 'no go'})`,
    `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (1 min)`,
  ].join(', ');
}

/** Each goal of issue 11: text, measured value, met (undefined when not measured). */
function goals(cfg, st) {
  const g = [];
  const add = (text, value, limit) =>
    g.push({
      text,
      value: value === undefined ? 'n/a' : fmtRatio(value),
      met: value === undefined ? undefined : value <= limit,
    });
  for (const mib of cfg.sizes) {
    const a = st[`publish:${mib}:action`];
    add(`${mib} MiB publish ≤ 1.0× oras-go push`, ratio(a, st[`publish:${mib}:oras`]), 1.0);
    add(`${mib} MiB publish ≤ 1.0× skopeo copy`, ratio(a, st[`publish:${mib}:skopeo`]), 1.0);
    if (mib >= 64)
      add(`${mib} MiB publish ≤ 1.25× full curl push`, ratio(a, st[`publish:${mib}:curl`]), 1.25);
  }
  add(
    `no-op re-push of ${cfg.noopMiB} MiB ≤ 2× skopeo's no-op copy`,
    ratio(st['noop:action'], st['noop:skopeo']),
    2,
  );
  add('5 tags ≤ 1.1× one tag', ratio(st['tags:5'], st['tags:1']), 1.1);
  add('dry run of a small filter ≤ 1.6× `node -e 0`', ratio(st['startup:dry-run'], st['startup:node']), 1.6);
  add(
    'post step with nothing to save ≤ 1.2× `node -e 0`',
    ratio(st['startup:post'], st['startup:node']),
    1.2,
  );
  const rss = (mib) => st[`publish:${mib}:action`]?.rssMiB;
  const big = Math.max(...cfg.sizes);
  if (rss(big) !== undefined) {
    g.push({
      text: `peak RSS at ${big} MiB ≤ 100 MiB`,
      value: `${rss(big).toFixed(0)} MiB`,
      met: rss(big) <= 100,
    });
  }
  const worst = Math.max(...cfg.sizes.map((m) => rss(m) ?? 0));
  g.push({ text: 'peak RSS ≤ 150 MiB at every size', value: `${worst.toFixed(0)} MiB`, met: worst <= 150 });
  return g;
}

function tables(cfg, st) {
  const publish = [
    '| module | action | skopeo copy | full curl push | oras-go push | action / skopeo | action / oras-go | action / curl |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...cfg.sizes.map((mib) => {
      const s = (tool) => st[`publish:${mib}:${tool}`];
      return (
        `| ${mib} MiB | ${fmtStats(s('action'))} | ${fmtStats(s('skopeo'))} | ${fmtStats(s('curl'))} | ` +
        `${fmtStats(s('oras'))} | ${fmtRatio(ratio(s('action'), s('skopeo')))} | ` +
        `${fmtRatio(ratio(s('action'), s('oras')))} | ${fmtRatio(ratio(s('action'), s('curl')))} |`
      );
    }),
  ].join('\n');
  const row = (what, a, b, base) =>
    `| ${what} | ${fmtStats(st[a])} | ${base} | ${fmtStats(st[b])} | ${fmtRatio(ratio(st[a], st[b]))} |`;
  const other = [
    '| case | action | baseline | baseline time | ratio |',
    '|---|---:|---|---:|---:|',
    row(`no-op re-push, ${cfg.noopMiB} MiB`, 'noop:action', 'noop:skopeo', "skopeo's no-op copy"),
    row('5 tags (1 MiB)', 'tags:5', 'tags:1', 'the action with 1 tag'),
    row('dry run, example filter', 'startup:dry-run', 'startup:node', '`node -e 0`'),
    row('post step, nothing to save', 'startup:post', 'startup:node', '`node -e 0`'),
  ].join('\n');
  const inspect = [
    '| module | `inspectModule` time (median, min–max) · peak RSS of the process |',
    '|---:|---:|',
    ...cfg.inspectSizes.map((mib) => `| ${mib} MiB | ${fmtStats(st[`inspect:${mib}`])} |`),
  ].join('\n');
  return { publish, other, inspect };
}

/** Where the action's time goes, from this run's own numbers (start-up and the read pass the peers do not have). */
function explain(cfg, st) {
  const out = [];
  const node = st['startup:node']?.median;
  const small = Math.min(...cfg.sizes);
  const a = st[`publish:${small}:action`]?.median;
  const peer = Math.min(...['skopeo', 'oras'].map((t) => st[`publish:${small}:${t}`]?.median ?? Infinity));
  if (node && a && Number.isFinite(peer)) {
    out.push(
      `- At ${small} MiB, starting Node alone (\`node -e 0\`, ${node.toFixed(3)} s) is ${((100 * node) / a).toFixed(0)} % ` +
        `of the action's ${a.toFixed(3)} s and ${((100 * node) / peer).toFixed(0)} % of the faster native peer's whole ` +
        'push: below a few MiB the action cannot reach 1.0× of a Go binary by pushing faster.',
    );
  }
  for (const mib of cfg.inspectSizes.filter((m) => m >= 16)) {
    const i = st[`inspect:${mib}`]?.median;
    const pa = st[`publish:${mib}:action`]?.median;
    const pc = st[`publish:${mib}:curl`]?.median;
    if (i && pa && pc) {
      out.push(
        `- At ${mib} MiB the read pass (hash + validation, \`inspectModule\`: ${i.toFixed(3)} s) runs before the first ` +
          `byte is uploaded (nothing is pushed before the module is validated); it is ${((100 * i) / pa).toFixed(0)} % ` +
          `of the action's time. The full curl push (${pc.toFixed(3)} s) is handed the digests and validates nothing.`,
      );
    }
  }
  const noopA = st['noop:action']?.median;
  const noopS = st['noop:skopeo']?.median;
  const inspectNoop = st[`inspect:${cfg.noopMiB}`]?.median;
  if (noopA && noopS && node) {
    out.push(
      `- No-op re-push of ${cfg.noopMiB} MiB: skopeo reads the digests from its layout and only asks the registry ` +
        `(${noopS.toFixed(3)} s); the action is a fresh job that must read and validate the module again to know its ` +
        `digest (${inspectNoop ? `${inspectNoop.toFixed(3)} s` : 'see the validation cost'}) on top of starting Node ` +
        `(${node.toFixed(3)} s), before its HEADs find every blob present.`,
    );
  }
  return out;
}

const METHOD = (cfg) => [
  `- ${cfg.runs} runs. Each run starts a fresh \`docker-registry\` (distribution 2.8, plain HTTP, filesystem storage) on`,
  '  127.0.0.1 and runs every case below once, in a random order. Every case writes its own module (the example',
  '  filter plus a custom section of random filler: a new digest, exactly the given size) just before it is measured,',
  '  and pushes to a repository of its own, so no tool finds a blob of an earlier case and every tool starts with its',
  '  input equally fresh in the page cache.',
  '- Wall time: monotonic clock around the process (sub-millisecond). Peak RSS: `/usr/bin/time -f %M` (the largest',
  '  process of the tree). Cells: median (min–max) · the largest peak RSS over the runs. Ratios: of medians.',
  '- **action**: `node dist/index.js` as the runner starts it: every input of action.yml set (defaults substituted),',
  '  `GITHUB_*`/`RUNNER_*` variables, a workspace with one git commit (`GITHUB_SHA` is that commit, so the timestamp',
  '  comes from `git show`; no `SOURCE_DATE_EPOCH`), output/state/summary files (summary on), a fresh `RUNNER_TEMP`',
  '  (the OCI layout is written there). Signing and the blob cache off (the cache has its own section below).',
  '  Solo format, one tag `v1`, anonymous plain-HTTP push.',
  '- **skopeo copy**: `skopeo copy oci:LAYOUT:v1 docker://…` of the same artifact (config + module layer), the module',
  "  hard-linked into the layout. skopeo's blob-info cache (`blob-info-cache-v1.boltdb`) is deleted before every copy.",
  '- **full curl push**: bench/curl-push.sh: POST + monolithic PUT of the config and of the module (in parallel), then',
  '  the manifest PUT by tag; digests given (as an OCI layout has them). The floor for moving the bytes.',
  "- **oras-go push**: bench/oras-push/main.go, oras-go 1.1 (Debian `golang-oras-oras-go-dev`) with containerd's",
  '  resolver: a file store holding the module, the config loaded into it, `oras.Copy` to the registry, as `wasme push`',
  '  and the oras 0.x CLI do. Built offline (GOPATH mode) into .cache/bench.',
  '- **no-op re-push**: the same case pushed twice; the second push is timed (the action in a fresh `RUNNER_TEMP`: it',
  "  re-reads the module and writes a new layout; skopeo's cache deleted before both copies).",
  '- **start-up**: the dry run publishes nothing (`push: false`); the post step runs with `STATE_isPost=true` and no',
  '  cache state. `node -e 0` runs on the same Node binary. No `NODE_EXTRA_CA_CERTS` in any environment.',
  "- **validation cost**: `inspectModule` (the action's read pass) alone, bench/inspect-entry.ts bundled with ncc;",
  '  time inside the call, peak RSS of the whole process.',
];

/** What the push does since issue 11 (request counts are exact; no timing here that the tables above did not print). */
const LEVERS = [
  '## Levers applied (issue 11)',
  '',
  'Requests of an unsigned first push of a two-blob artifact with one tag, before → after. Access check `POST` +',
  '`DELETE` → none: the first upload is the check (with signing, one `POST` before signing whose session carries the',
  'first upload; never a `DELETE`, so tokens ask for `pull,push` only). Release-tag `HEAD`s, then blob `HEAD`s → all',
  'at once. Manifest `PUT` by digest → only when signing or untagged (the first tag `PUT` stores it). Tag `PUT`s one',
  'after another → at most 4 at once (release tags first, read back, then the floating ones). The HTTP/TLS stack and',
  'the push code are loaded only when pushing. `git show` (commit time) runs in the background while the module is',
  "read. The module is uploaded from the user's file; its copy into the OCI layout runs beside the push.",
  'Memory: the read pass (hash + validation) reads through one reused 1 MiB buffer, and uploads from a file go',
  'through two reused buffers, each refilled only after the socket took it, so neither allocates per chunk (peak',
  'RSS of the 256 MiB publish was 133 MiB before, in the run of 2026-12-02T15:50Z).',
  'Not taken: streaming the upload while the module is still being hashed and validated (`PATCH` stream, then',
  '`PUT ?digest=` once valid). The rule that nothing is pushed before the module is valid, and `HEAD`-before-upload',
  '(which needs the digest and makes a re-push send no bytes), keep the read pass ahead of the first byte; it is the',
  'share of the time the tables above attribute to it.',
];

export async function printAndWrite({ root, cfg, st, notes, machine: mach, date, write }) {
  const t = tables(cfg, st);
  const g = goals(cfg, st);
  const goalLines = g.map(
    (x) =>
      `| ${x.text} | ${x.value} | ${x.met === undefined ? 'not measured' : x.met ? 'met' : '**missed**'} |`,
  );
  const goalTable = ['| goal (issue 11) | measured | |', '|---|---:|---|', ...goalLines].join('\n');
  const missed = g.filter((x) => x.met === false).map((x) => x.text);
  console.log(
    `\nPublish (${cfg.runs} runs)\n${t.publish}\n\n${t.other}\n\nValidation cost\n${t.inspect}\n\n${goalTable}`,
  );
  console.log(`\n${date} · ${mach}`);
  for (const n of notes) console.log(`Note: ${n}`);
  if (!write) return;
  const doc = [
    '# Benchmarks',
    '',
    `Latest run: ${date}, \`npm run bench\`. Machine: ${mach}.`,
    '',
    'Numbers from a shared or busy machine are noisy; compare the ratios within one table, not across runs.',
    '',
    '## Publish',
    '',
    t.publish,
    '',
    t.other,
    '',
    '## Validation cost',
    '',
    t.inspect,
    '',
    '## Goals',
    '',
    goalTable,
    '',
    missed.length === 0 ? 'Every goal was met in this run.' : `Missed in this run: ${missed.join('; ')}.`,
    '',
    ...(missed.length > 0
      ? ['Where the time goes, from the numbers above:', '', ...explain(cfg, st), '']
      : []),
    ...LEVERS,
    '',
    ...notes.map((n) => `Note: ${n}`),
    '',
    '## Method',
    '',
    ...METHOD(cfg),
    '',
    'Options: `npm run bench -- --quick` (2 runs, 1 and 16 MiB, prints only); `BENCH_RUNS`, `BENCH_SIZES`,',
    '`BENCH_INSPECT_SIZES`, `BENCH_NODE` (the Node binary for the action and `node -e 0`), `BENCH_ONLY` (a regular',
    'expression over case keys such as `publish:64:action`) and `BENCH_DIST` (another bundle of the action, e.g. to',
    'compare a change; both print only).',
    '',
  ].join('\n');
  const target = join(root, 'docs', 'benchmarks.md');
  const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
  const cacheSection = before.includes('\n## Blob cache')
    ? before.slice(before.indexOf('\n## Blob cache'))
    : '';
  let out = `${doc.trimEnd()}\n${cacheSection}`;
  try {
    const prettier = await import('prettier');
    out = await prettier.format(out, { ...(await prettier.resolveConfig(target)), filepath: target });
  } catch {
    /* prettier missing: keep the raw tables */
  }
  writeFileSync(target, out);
}
