/**
 * CycloneDX 1.6 JSON from what the module says about itself: the module as `metadata.component` (with its SHA-256),
 * the crates of cargo-auditable's record as components (`pkg:cargo/…` purls for crates.io sources; build-only crates
 * with scope `excluded`) and the dependency graph, the producers toolchain as `metadata.tools.components`, the
 * languages as properties. Deterministic: sorted keys and lists, `serialNumber` derived from the module digest.
 */
import type { CargoPackage } from './cargo-auditable.js';
import {
  canonicalJson,
  cargoPurl,
  clean,
  cmp,
  digestHex,
  httpUrl,
  isoSeconds,
  licenseExpression,
  splitRoot,
  toolchain,
  uuidV5,
  type SbomInput,
} from './common.js';

export const CYCLONEDX_MEDIA_TYPE = 'application/vnd.cyclonedx+json';
const MODULE_REF = 'module';

type Json = Record<string, unknown>;

/** bom-refs of the cargo packages: the purl, or `cargo:<source>:<name>@<version>`, made unique by index. */
function cargoRefs(pkgs: CargoPackage[], root: number | undefined): string[] {
  const used = new Set<string>([MODULE_REF]);
  return pkgs.map((p, i) => {
    if (i === root) return MODULE_REF;
    let ref = cargoPurl(p) ?? `cargo:${clean(p.source, 200)}:${clean(p.name, 200)}@${clean(p.version, 200)}`;
    if (used.has(ref)) ref = `${ref}#${i}`;
    used.add(ref);
    return ref;
  });
}

function mainComponent(input: SbomInput, rootPkg: CargoPackage | undefined): Json {
  const md = input.metadata ?? {};
  const languages = (input.producers?.language ?? []).map((l) => clean(`${l.name} ${l.version}`.trim(), 200));
  const properties = [
    ...[...new Set(languages)].sort(cmp).map((value) => ({ name: 'wasm:producers:language', value })),
    ...(md.revision ? [{ name: 'wasm:metadata:revision', value: clean(md.revision, 200) }] : []),
    { name: 'wasm:module:size', value: String(input.module.size) },
  ];
  const refs = [
    ...(httpUrl(md.source) ? [{ type: 'vcs', url: httpUrl(md.source) }] : []),
    ...(httpUrl(md.homepage) ? [{ type: 'website', url: httpUrl(md.homepage) }] : []),
  ];
  const license = licenseExpression(md.licenses);
  const version = md.version ?? rootPkg?.version;
  return {
    type: 'application',
    'bom-ref': MODULE_REF,
    name: clean(md.name ?? rootPkg?.name ?? input.module.name, 200),
    version: version === undefined ? undefined : clean(version, 200),
    description: md.description === undefined ? undefined : clean(md.description, 4096),
    authors: md.authors ? [{ name: clean(md.authors, 1024) }] : undefined,
    licenses: license ? [{ expression: license }] : undefined,
    hashes: [{ alg: 'SHA-256', content: digestHex(input.module.digest) }],
    externalReferences: refs.length > 0 ? refs : undefined,
    properties,
  };
}

function cargoComponent(p: CargoPackage, ref: string): Json {
  return {
    type: 'library',
    'bom-ref': ref,
    name: clean(p.name, 200),
    version: clean(p.version, 200),
    purl: cargoPurl(p),
    scope: p.kind === 'build' ? 'excluded' : 'required',
    properties: [{ name: 'cargo:source', value: clean(p.source, 200) }],
  };
}

/** The CycloneDX 1.6 document as an object (keys unsorted; `cyclonedxJson` writes it canonically). */
export function cyclonedxDocument(input: SbomInput): Json {
  const pkgs = input.cargoPackages ?? [];
  const { root, deps } = splitRoot(pkgs);
  const refs = cargoRefs(pkgs, root);
  const tools = toolchain(input.producers).map((t) => ({
    type: 'application',
    name: t.name,
    version: t.version,
  }));
  if (input.generator) tools.push({ type: 'application', ...input.generator });
  const dependsOn = (i: number) => [...new Set(pkgs[i].dependencies.map((d) => refs[d]))].sort(cmp);
  const dependencies = [
    { ref: MODULE_REF, dependsOn: root === undefined ? deps.map((i) => refs[i]).sort(cmp) : dependsOn(root) },
    ...deps.map((i) => ({ ref: refs[i], dependsOn: dependsOn(i) })),
  ].sort((a, b) => cmp(a.ref, b.ref));
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${uuidV5(`wasm-oci:cyclonedx:${input.module.digest}`)}`,
    version: 1,
    metadata: {
      timestamp: isoSeconds(input.created),
      tools: { components: tools.sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version)) },
      component: mainComponent(input, root === undefined ? undefined : pkgs[root]),
    },
    components: deps
      .map((i) => cargoComponent(pkgs[i], refs[i]))
      .sort((a, b) => cmp(a['bom-ref'] as string, b['bom-ref'] as string)),
    dependencies,
  };
}

/** CycloneDX 1.6 JSON, canonical: the same input gives the same bytes. */
export function cyclonedxJson(input: SbomInput): string {
  return canonicalJson(cyclonedxDocument(input));
}
