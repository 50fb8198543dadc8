/** `--help` texts. Plain strings: printing them loads nothing else. */

export const GLOBAL_HELP = `wasm-oci: publish and fetch WebAssembly modules as OCI artifacts

Usage:
  wasm-oci push <module.wasm> <registry/repository:tag>... [options]
  wasm-oci pull <reference> -o <file> [options]
  wasm-oci inspect <reference> [--json] [options]
  wasm-oci verify <reference> (--key <pub.pem> | --certificate-identity <id> --trusted-root <file>) [options]

Commands:
  push      validate, package (Solo "oci" variant by default, compat or CNCF) and push a module
  pull      fetch the exact module bytes of an artifact (any of the formats), verifying every digest
  inspect   show format, digests, annotations, runtime config, ABI markers, consumer compatibility, referrers
  verify    verify the signed SLSA provenance attached to an artifact

Options:
  -h, --help       show help (also: wasm-oci <command> --help)
      --version    print the version

Credentials: --username with --password-stdin, or the Docker config ($DOCKER_CONFIG/config.json,
~/.docker/config.json) written by \`docker login\`, including its credential helpers (credsStore, credHelpers).
Exit codes: 0 success, 1 failure, 2 usage error.
`;

const REGISTRY = `Registry options:
      --plain-http           use HTTP instead of HTTPS (local test registries)
  -u, --username <name>      registry user name
      --password-stdin       read the registry password or token from stdin
  -p, --password <secret>    registry password (visible to other users: prefer --password-stdin)
  -v, --verbose              log every registry request (without credentials)
  -q, --quiet                print only results and errors`;

export const PUSH_HELP = `Usage: wasm-oci push <module.wasm> <registry/repository:tag>... [options]

Validates the module, packages it and pushes it with every tag given (all references must name the same
registry/repository; a reference without a tag means :latest). Prints the manifest digest on stdout.
Timestamps come from SOURCE_DATE_EPOCH, else the commit time of git HEAD in the current directory (in Actions: the
commit in GITHUB_WORKSPACE), so pushes are reproducible.

Packaging:
      --format <f>                 solo (default), compat, cncf or auto
      --runtime-type <type>        runtime config type (default envoy_proxy for proxy-wasm modules)
      --abi-versions <list>        abiVersions, comma-separated (default: from the module's ABI marker)
      --root-ids <list>            config.rootIds, comma-separated
      --runtime-config <file>      a runtime-config.json to start from
      --annotation <key=value>     manifest annotation (repeatable; an empty value removes a default)
      --require-consumers <list>   fail unless these accept the artifact: istio, envoy-gateway, wasme, wkg, runwasi
      --oci-layout <dir>           also write the artifact to this OCI layout (default: a temporary one)
      --dry-run                    validate and package (into --oci-layout), do not push
      --overwrite-tags             allow moving release (semver) tags that point elsewhere
      --json                       print the full result as JSON instead of the digest
Signing (SLSA provenance attached as an OCI referrer):
      --signing <mode>             none (default), key, keyless or auto; key when --signing-key is given
      --signing-key <file>         P-256 private key (PEM, or cosign's encrypted format)
      --signing-key-password-stdin read the key's password from stdin (else $COSIGN_PASSWORD)
      --fulcio-url <url>           keyless: Fulcio (default https://fulcio.sigstore.dev)
      --rekor-url <url>            keyless: Rekor (default https://rekor.sigstore.dev, none with only --tsa-url)
      --tsa-url <url>              keyless: RFC 3161 timestamp authority
      Provenance is built from the GITHUB_* variables of the run (set them when signing outside Actions).
${REGISTRY}
`;

export const PULL_HELP = `Usage: wasm-oci pull <reference> -o <file> [options]

Writes the exact module bytes of the artifact to <file>. Reads the Solo "oci" variant (also its legacy
vnd.io.solo names), compat (plugin.wasm in the last tar+gzip layer), CNCF (application/wasm) and wasm-to-oci.
An index resolves to its manifest for platform wasm, else its first one. The manifest (when pulled by digest), the
config and the layer are checked against their digests; on any mismatch nothing is written and the exit code is 1.

Options:
  -o, --output <file>        where to write the module (required)
      --oci-layout <dir>     read from an OCI layout instead; <reference> is then a tag (or digest) in it
      --json                 print what was pulled as JSON on stdout
${REGISTRY}
`;

export const INSPECT_HELP = `Usage: wasm-oci inspect <reference> [--json] [options]

Shows the artifact's format, manifest/config/layer digests and sizes, annotations, runtime config, the module's
ABI markers and checks (the module is fetched, verified and read), which consumers accept it (Istio, Envoy Gateway,
wasme, wkg, runwasi) and the referrers (attestations) attached to it.

Options:
      --json                 print a JSON document instead of text
      --oci-layout <dir>     read from an OCI layout instead; <reference> is then a tag (or digest) in it
${REGISTRY}
`;

export const VERIFY_HELP = `Usage: wasm-oci verify <reference> --key <pub.pem> [options]
       wasm-oci verify <reference> --certificate-identity <id> --trusted-root <trusted_root.json> [options]

Verifies the signed SLSA provenance attached to the artifact (OCI referrers API, else the sha256-<hex> tag index):
the Sigstore bundle's signature, and that the signed statement names the artifact's manifest digest.

Options:
      --key <file>                       public key (PEM) of a key-signed artifact
      --trusted-root <file>              keyless (required): Sigstore trusted_root.json (\`gh attestation trusted-root\`)
      --certificate-identity <id>        keyless: expected certificate identity (workflow URL@ref)
      --certificate-identity-regexp <re> keyless: identity as a regular expression instead
      --certificate-oidc-issuer <url>    keyless: issuer (default https://token.actions.githubusercontent.com)
      --json                             print the verification result as JSON
${REGISTRY}
`;
