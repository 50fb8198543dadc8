/**
 * The job summary (pure): HTML that GitHub renders in the run page. Every value is HTML-escaped; secrets never
 * appear (inputs are filtered by name). The caller writes it only when `summary` is true and GITHUB_STEP_SUMMARY exists.
 *
 * Everything is emitted as HTML blocks without blank lines inside tables, so Markdown never re-interprets a value.
 */

import { featureNote } from '../wasm/features.js';
export interface SummarySigning {
  /** e.g. `keyless`, `key`, `none` */
  mode: string;
  /** digest of the attestation (referrer manifest) in the registry */
  attestationDigest?: string;
  /** e.g. a Rekor entry URL or log index */
  transparencyLog?: string;
  /** why signing was skipped, when it was */
  skipped?: string;
}

export interface SummaryCompatibility {
  /** e.g. `Istio 1.22 (OCI)`, `wasme`, `Envoy` */
  consumer: string;
  ok: boolean;
  note?: string;
}

export interface SummaryInput {
  /** host[:port] */
  registry: string;
  /** lowercase repository */
  repository: string;
  manifestDigest: string;
  moduleDigest: string;
  /** module size in bytes */
  moduleSize: number;
  /** proposals the module uses (sorted stable names) */
  moduleFeatures?: string[];
  /** the module's file name */
  moduleName?: string;
  /** `solo`, `compat`, `cncf` */
  format: string;
  /** ABI versions of the runtime config (`proxy_abi_version_0_2_0`, …) */
  abi?: string[];
  tags: string[];
  pushed: boolean;
  /** the push decision's reason */
  pushReason?: string;
  /** the run is a pull request ("validated, not pushed" + what a release would publish) */
  pullRequest?: boolean;
  signing?: SummarySigning;
  compatibility?: SummaryCompatibility[];
  notices?: string[];
  /** the action inputs by name; secrets are removed here whatever the caller passes */
  inputs?: Record<string, string | undefined>;
  /** the registry speaks plain HTTP (`plain-http: true`): the fetch commands say so with each tool's flag */
  plainHttp?: boolean;
}

/** Input names whose values (and presence) never reach the summary. */
const SECRET_INPUTS = new Set(['password', 'signing-key', 'signing-key-password', 'github-token', 'token']);
const SECRET_NAME_RE = /(password|passphrase|secret|token|private|credential|signing-key)/i;

export function isSecretInput(name: string): boolean {
  return SECRET_INPUTS.has(name.toLowerCase()) || SECRET_NAME_RE.test(name);
}

/** HTML-escape text for element content and attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escape for a table cell: line breaks (`\r\n`, `\n` or a lone `\r`) become `<br>`, so the HTML block never ends. */
function cell(text: unknown): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, '<br>');
}

/** Escaped sentence where `backticked` spans become <code> (after escaping, so nothing else can become markup). */
function prose(text: unknown): string {
  return cell(text).replace(/`([^`<>]+)`/g, '<code>$1</code>');
}

function code(text: unknown): string {
  return `<code>${cell(text)}</code>`;
}

export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  const units = ['KiB', 'MiB', 'GiB'];
  let v = bytes;
  let unit = '';
  for (const u of units) {
    if (v < 1024) break;
    v /= 1024;
    unit = u;
  }
  return unit ? `${bytes} bytes (${v.toFixed(1)} ${unit})` : `${bytes} bytes`;
}

function table(rows: [string, string][]): string {
  return [
    '<table>',
    ...rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${v}</td></tr>`),
    '</table>',
  ].join('\n');
}

/** A Kubernetes object name from the repository's last path component. */
function pluginName(repository: string): string {
  const last = repository.split('/').pop() ?? 'wasm-plugin';
  const n = last
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return n || 'wasm-plugin';
}

/** Istio WasmPlugin pinned by digest. */
export function wasmPluginYaml(registry: string, repository: string, digest: string): string {
  return [
    'apiVersion: extensions.istio.io/v1alpha1',
    'kind: WasmPlugin',
    'metadata:',
    `  name: ${pluginName(repository)}`,
    '  namespace: istio-system',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      istio: ingressgateway',
    `  url: oci://${registry}/${repository}@${digest}`,
    '  imagePullPolicy: IfNotPresent',
  ].join('\n');
}

function pre(text: string, lang?: string): string {
  return `<pre${lang ? ` lang="${escapeHtml(lang)}"` : ''}><code>${escapeHtml(text)}</code></pre>`;
}

function inputsYaml(inputs: Record<string, string | undefined>): string {
  return Object.keys(inputs)
    .filter((k) => !isSecretInput(k))
    .sort()
    .filter((k) => inputs[k] !== undefined)
    .map((k) => `${k}: ${JSON.stringify(inputs[k])}`)
    .join('\n');
}

/** Render the whole summary. */
export function renderSummary(s: SummaryInput): string {
  const ref = `${s.registry}/${s.repository}`;
  const pinned = `${ref}@${s.manifestDigest}`;
  const tagList = s.tags.length ? s.tags.map(code).join(' ') : '<em>none (digest only)</em>';
  const status = s.pushed ? 'pushed' : s.pullRequest ? 'validated, not pushed' : 'not pushed';
  const out: string[] = [];
  out.push(`<h2>WebAssembly OCI artifact: ${escapeHtml(status)}</h2>`);

  const rows: [string, string][] = [
    ['Reference', code(s.tags.length ? `${ref}:${s.tags[0]}` : pinned)],
    ['Digest', code(s.manifestDigest)],
    ...(s.moduleName ? ([['Module', code(s.moduleName)]] as [string, string][]) : []),
    ['Module digest', code(s.moduleDigest)],
    ['Module size', cell(formatSize(s.moduleSize))],
    ...(s.moduleFeatures
      ? ([
          ['Proposals', s.moduleFeatures.length ? s.moduleFeatures.map(code).join(' ') : '<em>none</em>'],
        ] as [string, string][])
      : []),
    ['Format', cell(s.format)],
    ['ABI', s.abi && s.abi.length ? s.abi.map(code).join(' ') : '<em>none</em>'],
    [s.pushed ? 'Tags' : 'Tags (planned)', tagList],
    ['Pushed', cell(s.pushed ? 'yes' : s.pullRequest ? 'no: validated, not pushed' : 'no')],
  ];
  if (s.pushReason) rows.push(['Why', prose(s.pushReason)]);
  out.push(table(rows));
  const featureWarning = s.moduleFeatures && featureNote(s.moduleFeatures);
  if (featureWarning) out.push(`<p>${prose('Note: the module ' + featureWarning)}</p>`);

  if (!s.pushed) {
    out.push(
      `<p>A publishing run with these inputs would push ${code(pinned)} and tag it ${tagList}.` +
        (s.pullRequest ? ' Pull requests are validated only.' : '') +
        '</p>',
    );
  }

  if (s.notices && s.notices.length) {
    out.push('<ul>\n' + s.notices.map((n) => `<li>${prose(n)}</li>`).join('\n') + '\n</ul>');
  }

  if (s.signing) {
    const sr: [string, string][] = [['Mode', cell(s.signing.mode)]];
    if (s.signing.attestationDigest) sr.push(['Attestation digest', code(s.signing.attestationDigest)]);
    if (s.signing.transparencyLog) sr.push(['Transparency log', cell(s.signing.transparencyLog)]);
    if (s.signing.skipped) sr.push(['Skipped', prose(s.signing.skipped)]);
    out.push('<h3>Signing</h3>');
    out.push(table(sr));
  }

  if (s.compatibility && s.compatibility.length) {
    out.push('<h3>Consumer compatibility</h3>');
    out.push(
      [
        '<table>',
        '<tr><th align="left">Consumer</th><th align="left">Status</th><th align="left">Note</th></tr>',
        ...s.compatibility.map(
          (c) =>
            `<tr><td>${cell(c.consumer)}</td><td>${c.ok ? '✅ ok' : '❌ no'}</td><td>${cell(c.note ?? '')}</td></tr>`,
        ),
        '</table>',
      ].join('\n'),
    );
  }

  out.push('<h3>Use it</h3>');
  out.push('<p>Istio <code>WasmPlugin</code>, pinned by digest:</p>');
  out.push(pre(wasmPluginYaml(s.registry, s.repository, s.manifestDigest), 'yaml'));
  const cmds = [];
  // Plain HTTP needs each tool's own flag: crane --insecure, skopeo --tls-verify=false, wasm-oci --plain-http.
  const crane = s.plainHttp ? 'crane --insecure' : 'crane';
  if (s.tags.length) cmds.push(`${crane} digest ${ref}:${s.tags[0]}   # prints ${s.manifestDigest}`);
  cmds.push(`${crane} manifest ${pinned}`);
  cmds.push(`skopeo inspect --raw ${s.plainHttp ? '--tls-verify=false ' : ''}docker://${pinned}`);
  cmds.push(
    `node dist/cli/index.js pull ${pinned} -o module.wasm${s.plainHttp ? ' --plain-http' : ''}` +
      '   # the wasm-oci CLI of wasm-oci/wasm-oci-action',
  );
  out.push('<p>Fetch and check it:</p>');
  out.push(pre(cmds.join('\n'), 'sh'));

  if (s.inputs) {
    out.push('<details><summary>Inputs</summary>');
    out.push(pre(inputsYaml(s.inputs), 'yaml'));
    out.push('</details>');
  }
  return out.join('\n\n') + '\n';
}

/** The parts of main.ts's RunResult the summary shows (structural, so main.ts need not be imported). */
export interface SummaryRunResult {
  digest: string;
  moduleDigest: string;
  moduleSize: number;
  moduleFeatures?: string[];
  /** `registry/repository@digest` */
  reference: string;
  /** full references `registry/repository:tag` */
  tags: string[];
  pushed: boolean;
  format: string;
  runtimeConfig?: { abiVersions: string[] };
  consumers?: { consumer: string; accepts: boolean; reason: string }[];
  signingMode?: string;
  attestationDigest?: string;
}

/** `signingKeyPassword` -> `signing-key-password` */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** Typed inputs (camelCase) back to action input names and display strings; secrets dropped by name. */
export function inputsForSummary(inputs: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) {
    const name = kebab(k);
    if (isSecretInput(name) || v === undefined || v === null) continue;
    if (Array.isArray(v)) out[name] = v.map(String).join('\n');
    else if (typeof v === 'object')
      out[name] = Object.entries(v as Record<string, unknown>)
        .map(([ak, av]) => `${ak}=${String(av)}`)
        .join('\n');
    else out[name] = String(v);
  }
  return out;
}

/**
 * The summary from main.ts's values: `result` (RunResult), the typed `inputs` (secrets removed here), the event
 * context (pull request or not). `pushReason` and `notices` come from the push decision when the caller has them.
 */
export function buildSummary(a: {
  inputs?: object;
  gh: { isPullRequest: boolean };
  result: SummaryRunResult;
  moduleName?: string;
  pushReason?: string;
  notices?: string[];
  /** overrides `result.signingMode` details, e.g. a transparency-log entry */
  signing?: SummarySigning;
  packaged?: unknown;
}): string {
  const r = a.result;
  const at = r.reference.lastIndexOf('@');
  const name = at > 0 ? r.reference.slice(0, at) : r.reference;
  const slash = name.indexOf('/');
  const registry = slash > 0 ? name.slice(0, slash) : name;
  const repository = slash > 0 ? name.slice(slash + 1) : '';
  const prefix = `${name}:`;
  const tags = r.tags.map((t) => (t.startsWith(prefix) ? t.slice(prefix.length) : t));
  const signing: SummarySigning | undefined =
    a.signing ??
    (r.signingMode
      ? {
          mode: r.signingMode,
          attestationDigest: r.attestationDigest,
          skipped: !r.pushed && r.signingMode === 'none' ? 'not pushed, so nothing was signed' : undefined,
        }
      : undefined);
  return renderSummary({
    registry,
    repository,
    manifestDigest: r.digest,
    moduleDigest: r.moduleDigest,
    moduleSize: r.moduleSize,
    moduleFeatures: r.moduleFeatures,
    moduleName: a.moduleName,
    format: r.format,
    abi: r.runtimeConfig?.abiVersions,
    tags,
    pushed: r.pushed,
    pushReason: a.pushReason,
    pullRequest: a.gh.isPullRequest,
    signing,
    compatibility: r.consumers?.map((c) => ({ consumer: c.consumer, ok: c.accepts, note: c.reason })),
    notices: a.notices,
    inputs: a.inputs ? inputsForSummary(a.inputs) : undefined,
    plainHttp: (a.inputs as { plainHttp?: unknown } | undefined)?.plainHttp === true,
  });
}
