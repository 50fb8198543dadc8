/**
 * The module diff as Markdown for the job summary and a pull-request comment. Like summary.ts it is made of HTML
 * blocks (`<h3>`, `<table>`, `<p>`) separated by blank lines, with no blank line inside a block, so Markdown never
 * re-reads a value. Every name from a module or registry goes through summary.ts's `escapeHtml`, has its line breaks
 * (`\r\n`, `\r`, `\n`, the CommonMark line endings) turned into `<br>`, is cut at 200 characters, and is wrapped in
 * `<code>`, where GitHub makes no @mention, #reference or autolink of it.
 */
import { escapeHtml, formatSize } from './summary.js';
import type { ModuleDiff, ModuleSymbol, SetDiff, SymbolDiff } from './module-diff.js';

/** Rows shown per list; the rest are counted. A module can export thousands of names; the summary is capped at 1 MiB. */
export const MAX_ROWS = 100;
const MAX_NAME = 200;

function text(value: string): string {
  // cut by code points, so a surrogate pair is never split
  const s = value.length > MAX_NAME ? Array.from(value).slice(0, MAX_NAME).join('') + '…' : value;
  return escapeHtml(s).replace(/\r\n|\r|\n/g, '<br>');
}

/** Untrusted text as inline code. */
function code(value: string): string {
  return `<code>${text(value)}</code>`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function sizeCell(d: ModuleDiff['size']): string {
  const pct = d.percent === null ? '' : `, ${d.percent > 0 ? '+' : ''}${d.percent.toFixed(1)}%`;
  return (
    `${escapeHtml(formatSize(d.before))} → ${escapeHtml(formatSize(d.after))} ` +
    `(${signed(d.delta)} bytes${pct})`
  );
}

function abiCell(a: ModuleDiff['proxyAbi']): string {
  const list = (m: string[]) => (m.length ? m.map(code).join(' ') : '<em>none</em>');
  let s = `${list(a.before)} → ${list(a.after)}`;
  if (a.raised && a.oldestAfter) {
    s += `: the module now needs a proxy-wasm host with ABI ${code(a.oldestAfter)} or later`;
    if (a.oldestBefore) s += ` (was ${code(a.oldestBefore)})`;
  } else if (a.oldestAfter) {
    s += `: oldest host ABI required ${code(a.oldestAfter)}`;
  }
  return s;
}

function setCell(d: SetDiff): string {
  const parts: string[] = [];
  if (d.added.length) parts.push('added ' + capped(d.added).map(code).join(' ') + more(d.added));
  if (d.removed.length) parts.push('removed ' + capped(d.removed).map(code).join(' ') + more(d.removed));
  return parts.join('; ');
}

const capped = <T>(list: readonly T[]): readonly T[] => list.slice(0, MAX_ROWS);
const more = (list: readonly unknown[]): string =>
  list.length > MAX_ROWS ? ` … and ${list.length - MAX_ROWS} more` : '';
const emptySet = (d: SetDiff) => d.added.length === 0 && d.removed.length === 0;

function overviewRows(diff: ModuleDiff): [string, string][] {
  const rows: [string, string][] = [['Size', sizeCell(diff.size)]];
  if (diff.proxyAbi.changed || diff.proxyAbi.after.length)
    rows.push(['proxy-wasm ABI', abiCell(diff.proxyAbi)]);
  if (!emptySet(diff.features)) {
    let cell = setCell(diff.features);
    if (diff.features.recent.length)
      cell += `<br>Newly used ${diff.features.recent.map(code).join(' ')} may not load on older proxies.`;
    rows.push(['WebAssembly proposals', cell]);
  }
  const c = diff.component;
  if (c && !emptySet(c.imports)) rows.push(['World imports', setCell(c.imports)]);
  if (c && !emptySet(c.exports)) rows.push(['World exports', setCell(c.exports)]);
  const rc = diff.runtimeConfig;
  if (rc?.type) {
    const t = (v?: string) => (v === undefined ? '<em>none</em>' : code(v));
    rows.push(['Runtime type', `${t(rc.type.before)} → ${t(rc.type.after)}`]);
  }
  if (rc && !emptySet(rc.rootIds)) rows.push(['Root ids', setCell(rc.rootIds)]);
  if (rc && !emptySet(rc.abiVersions)) rows.push(['ABI versions (runtime config)', setCell(rc.abiVersions)]);
  return rows;
}

function symbolName(s: ModuleSymbol): string {
  return s.module === undefined ? code(s.name) : `${code(s.module)} ${code(s.name)}`;
}

function symbolTable(title: string, d: SymbolDiff): string | undefined {
  const rows: string[] = [];
  for (const s of d.added)
    rows.push(`<tr><td>added</td><td>${symbolName(s)}</td><td>${code(s.signature)}</td></tr>`);
  for (const s of d.removed)
    rows.push(`<tr><td>removed</td><td>${symbolName(s)}</td><td>${code(s.signature)}</td></tr>`);
  for (const s of d.changed) {
    rows.push(
      `<tr><td>changed</td><td>${symbolName(s)}</td><td>${code(s.before)} → ${code(s.signature)}</td></tr>`,
    );
  }
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, MAX_ROWS);
  if (rows.length > MAX_ROWS)
    shown.push(`<tr><td colspan="3">… and ${rows.length - MAX_ROWS} more</td></tr>`);
  return [
    `<table>`,
    `<tr><th align="left">${escapeHtml(title)}</th><th align="left">Name</th><th align="left">Kind and signature</th></tr>`,
    ...shown,
    '</table>',
  ].join('\n');
}

/** The diff as Markdown (HTML blocks) for `$GITHUB_STEP_SUMMARY` or a pull-request comment. */
export function renderDiffMarkdown(diff: ModuleDiff): string {
  const out: string[] = [];
  const against = diff.before.label ? ` against ${code(diff.before.label)}` : '';
  const now = diff.after.label ? ` (${code(diff.after.label)})` : '';
  out.push(`<h3>Module changes${now}${against}</h3>`);
  if (!diff.changed) {
    out.push(
      '<p>No change: same size, exports, imports, proxy-wasm ABI, proposals' +
        (diff.component ? ', world' : '') +
        (diff.runtimeConfig ? ' and runtime config' : '') +
        '.</p>',
    );
    return out.join('\n\n') + '\n';
  }
  out.push(
    [
      '<table>',
      ...overviewRows(diff).map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${v}</td></tr>`),
      '</table>',
    ].join('\n'),
  );
  for (const t of [symbolTable('Exports', diff.exports), symbolTable('Imports', diff.imports)])
    if (t) out.push(t);
  return out.join('\n\n') + '\n';
}
