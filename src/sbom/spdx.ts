/**
 * SPDX 2.3 JSON from what the module says about itself: the module as the described package (SHA256 checksum), the
 * crates of cargo-auditable's record as packages (`pkg:cargo/…` purls for crates.io sources) with DEPENDS_ON /
 * BUILD_DEPENDENCY_OF relationships, the producers toolchain as `Tool:` creators. Deterministic: sorted keys and
 * lists, `documentNamespace` derived from the module digest.
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

export const SPDX_MEDIA_TYPE = 'application/spdx+json';
const MODULE_ID = 'SPDXRef-Package-module';

type Json = Record<string, unknown>;

/** SPDX identifiers allow `[A-Za-z0-9.-]` after `SPDXRef-`. */
function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 100);
}

function packageIds(pkgs: CargoPackage[], root: number | undefined): string[] {
  return pkgs.map((p, i) => (i === root ? MODULE_ID : `SPDXRef-Package-cargo-${i}-${idPart(p.name)}`));
}

function modulePackage(input: SbomInput, rootPkg: CargoPackage | undefined): Json {
  const md = input.metadata ?? {};
  const version = md.version ?? rootPkg?.version;
  const languages = (input.producers?.language ?? []).map((l) => clean(`${l.name} ${l.version}`.trim(), 200));
  const comment = [
    ...(languages.length > 0
      ? [`Languages (producers section): ${[...new Set(languages)].sort(cmp).join(', ')}`]
      : []),
    ...(md.authors ? [`Authors: ${clean(md.authors, 1024)}`] : []),
    ...(md.revision ? [`Revision: ${clean(md.revision, 200)}`] : []),
    `Size: ${input.module.size} bytes`,
  ].join('\n');
  const source = httpUrl(md.source);
  return {
    SPDXID: MODULE_ID,
    name: clean(md.name ?? rootPkg?.name ?? input.module.name, 200),
    versionInfo: version === undefined ? undefined : clean(version, 200),
    packageFileName: clean(input.module.name, 200),
    primaryPackagePurpose: 'APPLICATION',
    downloadLocation: source ?? 'NOASSERTION',
    homepage: httpUrl(md.homepage),
    filesAnalyzed: false,
    checksums: [{ algorithm: 'SHA256', checksumValue: digestHex(input.module.digest) }],
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: licenseExpression(md.licenses) ?? 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    description: md.description === undefined ? undefined : clean(md.description, 4096),
    comment,
  };
}

function cargoPackage(p: CargoPackage, id: string): Json {
  const purl = cargoPurl(p);
  return {
    SPDXID: id,
    name: clean(p.name, 200),
    versionInfo: clean(p.version, 200),
    primaryPackagePurpose: 'LIBRARY',
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    sourceInfo: `cargo-auditable source: ${clean(p.source, 200)}`,
    externalRefs: purl
      ? [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }]
      : undefined,
  };
}

function relationships(
  pkgs: CargoPackage[],
  ids: string[],
  root: number | undefined,
  deps: number[],
): Json[] {
  const rel = (a: string, type: string, b: string) => ({
    spdxElementId: a,
    relationshipType: type,
    relatedSpdxElement: b,
  });
  const out = [rel('SPDXRef-DOCUMENT', 'DESCRIBES', MODULE_ID)];
  const edge = (from: number | undefined, to: number) =>
    pkgs[to].kind === 'build'
      ? rel(ids[to], 'BUILD_DEPENDENCY_OF', from === undefined ? MODULE_ID : ids[from])
      : rel(from === undefined ? MODULE_ID : ids[from], 'DEPENDS_ON', ids[to]);
  if (root === undefined) for (const d of deps) out.push(edge(undefined, d));
  pkgs.forEach((p, i) => p.dependencies.forEach((d) => out.push(edge(i, d))));
  const key = (r: Json) => `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`;
  const unique = new Map(out.map((r) => [key(r), r]));
  return [...unique.values()].sort((a, b) => cmp(key(a), key(b)));
}

/** The SPDX 2.3 document as an object (keys unsorted; `spdxJson` writes it canonically). */
export function spdxDocument(input: SbomInput): Json {
  const pkgs = input.cargoPackages ?? [];
  const { root, deps } = splitRoot(pkgs);
  const ids = packageIds(pkgs, root);
  const hex = digestHex(input.module.digest);
  const tools = toolchain(input.producers).map((t) => `Tool: ${t.name}-${t.version}`);
  if (input.generator)
    tools.push(`Tool: ${clean(input.generator.name, 200)}-${clean(input.generator.version, 200)}`);
  const name = clean(input.metadata?.name ?? input.module.name, 200);
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${name} (sha256:${hex.slice(0, 12)})`,
    documentNamespace: `https://spdx.org/spdxdocs/wasm-oci/${idPart(name)}-${uuidV5(`wasm-oci:spdx:${input.module.digest}`)}`,
    creationInfo: {
      created: isoSeconds(input.created),
      creators: tools.length > 0 ? [...new Set(tools)].sort(cmp) : ['Tool: wasm-oci'],
    },
    packages: [
      modulePackage(input, root === undefined ? undefined : pkgs[root]),
      ...deps.map((i) => cargoPackage(pkgs[i], ids[i])),
    ].sort((a, b) => cmp(a.SPDXID as string, b.SPDXID as string)),
    relationships: relationships(pkgs, ids, root, deps),
  };
}

/** SPDX 2.3 JSON, canonical: the same input gives the same bytes. */
export function spdxJson(input: SbomInput): string {
  return canonicalJson(spdxDocument(input));
}
