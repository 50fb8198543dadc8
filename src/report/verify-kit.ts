/**
 * The verification kit of a published artifact (issue 15): the commands that check its signed provenance with
 * `wasm-oci verify`, `cosign verify-attestation`, `gh attestation verify` and (key mode) plain `openssl` over the DSSE
 * PAE bytes, and deploy snippets pinned by digest for Istio (`WasmPlugin`) and Envoy Gateway (`EnvoyExtensionPolicy`).
 *
 * Pure: the same artifact gives the same text. Every value that came from the artifact, the registry or the inputs
 * is untrusted: it reaches a command only inside single quotes, and YAML only as an all-ASCII double-quoted scalar.
 *
 * Digest semantics of the consumers, from their sources: Istio's `WasmPlugin.spec.sha256` is compared, for `oci://`
 * URLs, with the image manifest digest (istio pkg/wasm/cache.go: `PrepareFetch` returns `img.Digest().Hex`), and
 * Envoy Gateway's `image.sha256` "must match the digest of the OCI image" (api/v1alpha1/wasm_types.go) — both the
 * manifest digest's hex, not the module's sha256.
 */

export interface PublishedArtifact {
  /** `host[:port]` */
  registry: string;
  repository: string;
  /** manifest digest, `sha256:<hex>` */
  digest: string;
  tags: string[];
  signingMode: 'key' | 'keyless' | 'none';
  /** keyless: the certificate identity (workflow URL@ref) */
  certificateIdentity?: string;
  /** keyless: the OIDC issuer (default GitHub Actions') */
  issuer?: string;
  /** keyless: the Fulcio that issued the certificate (default public-good), to pick its trusted root */
  fulcioUrl?: string;
  plainHttp: boolean;
  /** the runtime config written with the artifact (rootIds name the plugin's root context) */
  runtimeConfig?: { type?: string; abiVersions?: string[]; rootIds?: string[] };
  /** the plugin's own configuration, for `pluginConfig` / `config` */
  pluginConfig?: unknown;
  /** sha256 of the .wasm (`sha256:<hex>` or hex) */
  moduleSha256: string;
  /** key mode: the public key file the commands name (default `cosign.pub`) */
  publicKeyFile?: string;
}

export interface KitCommand {
  id: 'wasm-oci' | 'cosign' | 'gh' | 'openssl';
  title: string;
  /** a bash command or script */
  command: string;
}

export interface VerifyKit {
  reference: string;
  commands: KitCommand[];
  /** why some commands are absent (e.g. unsigned) */
  notes: string[];
  istio: string;
  envoyGateway: string;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const PUBLIC_FULCIO = 'https://fulcio.sigstore.dev';
const BUNDLE_MT = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';

/** One shell word: single-quoted, a `'` closed, escaped and reopened. Safe for any text, newlines included. */
export function shellQuote(text: string): string {
  return `'${String(text).replace(/'/g, `'\\''`)}'`;
}

/** A YAML double-quoted scalar in printable ASCII (every other code point escaped, `\u`/`\U` as YAML 1.2 defines). */
export function yamlString(text: string): string {
  let out = '"';
  for (const ch of String(text)) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

/** JSON data as a YAML flow node (strings through `yamlString`), for `pluginConfig`. */
export function yamlFlow(value: unknown, depth = 0): string {
  if (depth > 32) throw new Error('plugin config nests deeper than 32 levels');
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => yamlFlow(v, depth + 1)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${yamlString(k)}: ${yamlFlow(v, depth + 1)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return 'null';
}

function hexOf(digest: string, what: string): string {
  const m = /^(?:sha256:)?([0-9a-f]{64})$/.exec(digest);
  if (!m) throw new Error(`${what} ${JSON.stringify(digest)} is not a sha256 digest`);
  return m[1];
}

/** A Kubernetes object name (DNS-1123 label) derived from the repository's last segment. */
function k8sName(repository: string): string {
  const last = repository.split('/').pop() ?? '';
  const name = last
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return name || 'wasm-plugin';
}

/** `owner/repo` of a GitHub workflow identity (`https://github.com/OWNER/REPO/.github/workflows/…@ref`). */
function githubRepo(identity: string | undefined): string | undefined {
  const m = /^https:\/\/[^/]+\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/\.github\/workflows\//.exec(
    identity ?? '',
  );
  return m?.[1];
}

function wasmOciVerify(a: PublishedArtifact, ref: string, keyFile: string): KitCommand {
  const http = a.plainHttp ? ' --plain-http' : '';
  const command =
    a.signingMode === 'key'
      ? `wasm-oci verify --key ${shellQuote(keyFile)}${http} ${shellQuote(ref)}`
      : // `gh attestation trusted-root` prints JSON lines (public-good and GitHub's instance): keep the signer's one.
        `gh attestation trusted-root | jq -s --arg ca ${shellQuote(a.fulcioUrl ?? PUBLIC_FULCIO)} ` +
        `'[.[] | select(any(.certificateAuthorities[]?; .uri == $ca))][0]' > trusted_root.json\n` +
        `wasm-oci verify --certificate-identity ${shellQuote(a.certificateIdentity ?? '')} ` +
        `--certificate-oidc-issuer ${shellQuote(a.issuer ?? GITHUB_ISSUER)} --trusted-root trusted_root.json${http} ${shellQuote(ref)}`;
  return {
    id: 'wasm-oci',
    title: 'wasm-oci verify (the signed SLSA provenance names this manifest)',
    command,
  };
}

function cosignVerify(a: PublishedArtifact, ref: string, keyFile: string): KitCommand {
  const http = a.plainHttp ? ' --allow-insecure-registry --allow-http-registry' : '';
  const who =
    a.signingMode === 'key'
      ? `--key ${shellQuote(keyFile)} --insecure-ignore-tlog=true`
      : `--certificate-identity ${shellQuote(a.certificateIdentity ?? '')} ` +
        `--certificate-oidc-issuer ${shellQuote(a.issuer ?? GITHUB_ISSUER)}`;
  return {
    id: 'cosign',
    title: `cosign verify-attestation (${a.signingMode === 'key' ? 'key' : 'keyless'}; Sigstore bundle as an OCI referrer)`,
    command: `cosign verify-attestation --new-bundle-format --type slsaprovenance1 ${who}${http} ${shellQuote(ref)}`,
  };
}

/**
 * Key mode without Sigstore tools: fetch the bundle (referrers API, else the `sha256-<hex>` tag index), rebuild the
 * DSSE PAE bytes (`DSSEv1 <len> <type> <len> <payload>`) and check the ECDSA signature with openssl; then check that
 * the signed statement names this manifest. Needs curl, jq, base64, sha256sum, openssl; `REGISTRY_TOKEN` (a bearer
 * pull token) when the registry is not anonymous.
 */
function opensslRecipe(a: PublishedArtifact, keyFile: string): KitCommand {
  const base = `${a.plainHttp ? 'http' : 'https'}://${a.registry}/v2/${a.repository}`;
  const hex = hexOf(a.digest, 'digest');
  // A subshell (a failing step ends it, not the user's shell), working in a fresh temporary directory.
  const lines = [
    '(',
    'set -euo pipefail',
    `pub=$(realpath -- ${shellQuote(keyFile)})`,
    'cd "$(mktemp -d)"',
    `api=${shellQuote(base)}`,
    `digest=${shellQuote(`sha256:${hex}`)}`,
    'auth=(); if [ -n "${REGISTRY_TOKEN:-}" ]; then auth=(-H "Authorization: Bearer $REGISTRY_TOKEN"); fi',
    'get() { curl -fsSL "${auth[@]}" -H "Accept: $1" "$2"; }',
    'idx=application/vnd.oci.image.index.v1+json; man=application/vnd.oci.image.manifest.v1+json',
    `pick='[.manifests[]? | select(.artifactType == "${BUNDLE_MT}" and ((.annotations["dev.sigstore.bundle.predicateType"] // "${SLSA_V1}") == "${SLSA_V1}"))][0].digest // empty'`,
    'ref=$( (get "$idx" "$api/referrers/$digest" 2>/dev/null || true) | jq -r "$pick")',
    '[ -n "$ref" ] || ref=$( (get "$idx" "$api/manifests/${digest/:/-}" 2>/dev/null || true) | jq -r "$pick")',
    '[ -n "$ref" ] || { echo "no signed provenance found for $digest" >&2; exit 1; }',
    'layer=$(get "$man" "$api/manifests/$ref" | jq -r \'.layers[0].digest\')',
    'get "*/*" "$api/blobs/$layer" > bundle.json',
    'echo "${layer#sha256:}  bundle.json" | sha256sum -c --quiet -',
    "jq -r '.dsseEnvelope.payload' bundle.json | base64 -d > payload.json",
    "jq -r '.dsseEnvelope.signatures[0].sig' bundle.json | base64 -d > sig.bin",
    "type=$(jq -r '.dsseEnvelope.payloadType' bundle.json)",
    'printf \'DSSEv1 %d %s %d \' "${#type}" "$type" "$(wc -c < payload.json)" > pae.bin',
    'cat payload.json >> pae.bin',
    'openssl dgst -sha256 -verify "$pub" -signature sig.bin pae.bin',
    `jq -e --arg h ${shellQuote(hex)} '.predicateType == "${SLSA_V1}" and any(.subject[]; .digest.sha256 == $h)' payload.json > /dev/null`,
    'echo "provenance statement names $digest"',
    ')',
  ];
  return {
    id: 'openssl',
    title: 'openssl over the DSSE PAE bytes (key mode; curl, jq and openssl only)',
    command: lines.join('\n'),
  };
}

function istioSnippet(a: PublishedArtifact, ref: string, hex: string): string {
  const rootId = a.runtimeConfig?.rootIds?.[0];
  return [
    'apiVersion: extensions.istio.io/v1alpha1',
    'kind: WasmPlugin',
    'metadata:',
    `  name: ${yamlString(k8sName(a.repository))}`,
    'spec:',
    `  url: ${yamlString(`oci://${ref}`)}`,
    '  # the OCI manifest digest (Istio compares it with the pulled image digest)',
    `  sha256: ${yamlString(hex)}`,
    '  imagePullPolicy: IfNotPresent',
    ...(rootId !== undefined ? [`  pluginName: ${yamlString(rootId)}`] : []),
    ...(a.pluginConfig !== undefined ? [`  pluginConfig: ${yamlFlow(a.pluginConfig)}`] : []),
    ...(a.plainHttp
      ? ['  # plain-HTTP registry: list its host in the istio-agent WASM_INSECURE_REGISTRIES']
      : []),
    '',
  ].join('\n');
}

function envoyGatewaySnippet(a: PublishedArtifact, ref: string, hex: string): string {
  const rootId = a.runtimeConfig?.rootIds?.[0];
  const name = k8sName(a.repository);
  return [
    'apiVersion: gateway.envoyproxy.io/v1alpha1',
    'kind: EnvoyExtensionPolicy',
    'metadata:',
    `  name: ${yamlString(name)}`,
    'spec:',
    '  targetRefs:',
    '    - group: gateway.networking.k8s.io',
    '      kind: Gateway',
    '      name: eg # your Gateway',
    '  wasm:',
    `    - name: ${yamlString(name)}`,
    ...(rootId !== undefined ? [`      rootID: ${yamlString(rootId)}`] : []),
    '      code:',
    '        type: Image',
    '        image:',
    `          url: ${yamlString(`oci://${ref}`)}`,
    '          # the OCI manifest digest ("must match the digest of the OCI image")',
    `          sha256: ${yamlString(hex)}`,
    ...(a.pluginConfig !== undefined ? [`      config: ${yamlFlow(a.pluginConfig)}`] : []),
    '',
  ].join('\n');
}

/** The verification kit of one published artifact. Throws only on a malformed digest (a caller bug). */
export function verifyKit(a: PublishedArtifact): VerifyKit {
  const hex = hexOf(a.digest, 'digest');
  hexOf(a.moduleSha256, 'module sha256');
  const ref = `${a.registry}/${a.repository}@sha256:${hex}`;
  const keyFile = a.publicKeyFile ?? 'cosign.pub';
  const commands: KitCommand[] = [];
  const notes: string[] = [];
  if (a.signingMode === 'none') {
    notes.push('The artifact is unsigned: there is no provenance to verify. Pin it by digest (below).');
  } else {
    commands.push(wasmOciVerify(a, ref, keyFile), cosignVerify(a, ref, keyFile));
    if (a.signingMode === 'keyless') {
      const repo = githubRepo(a.certificateIdentity);
      if (repo) {
        commands.push({
          id: 'gh',
          title: 'gh attestation verify (GitHub CLI; bundle read from the registry)',
          command: `gh attestation verify ${shellQuote(`oci://${ref}`)} --bundle-from-oci --repo ${shellQuote(repo)}`,
        });
      } else
        notes.push('gh attestation verify is omitted: the certificate identity is not a GitHub workflow.');
    } else {
      commands.push(opensslRecipe(a, keyFile));
      notes.push(
        'gh attestation verify checks Sigstore certificates only: it does not apply to key-signed artifacts.',
      );
    }
  }
  return {
    reference: ref,
    commands,
    notes,
    istio: istioSnippet(a, ref, hex),
    envoyGateway: envoyGatewaySnippet(a, ref, hex),
  };
}
