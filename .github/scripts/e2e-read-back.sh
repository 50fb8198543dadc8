#!/usr/bin/env bash
# Reads an artifact the action published back with tools the action did not make, and compares it with the module:
#  - skopeo (from the runner image): every pushed tag resolves to the `digest` output (sha256 of the raw manifest),
#    the manifest has the media types of FORMAT, and the module bytes in the layer (the tar+gzip layer's plugin.wasm
#    for compat) are exactly MODULE;
#  - the wasm-oci CLI (`pull` by digest, which checks every digest on the way) gives exactly MODULE too.
# Environment: MODULE (the .wasm published), FORMAT (solo|compat|cncf), and the action's outputs DIGEST,
# MODULE_DIGEST, REFERENCE, TAGS, PUSHED; PLAIN_HTTP=true for a local registry. Credentials, when the registry needs
# them, come from ~/.docker/config.json (docker login), which skopeo and the CLI both read.
set -euo pipefail

fail() {
  echo "::error title=e2e read-back::$*"
  exit 1
}

[ "${PUSHED:-}" = true ] || fail "the pushed output is '${PUSHED:-}', expected true"
[[ "${DIGEST:-}" =~ ^sha256:[0-9a-f]{64}$ ]] || fail "the digest output is not a sha256 digest: '${DIGEST:-}'"
[ "${REFERENCE:-}" = "${REFERENCE%@*}@$DIGEST" ] || fail "the reference output '${REFERENCE:-}' does not end in @$DIGEST"
want_module="sha256:$(sha256sum "$MODULE" | cut -d' ' -f1)"
[ "${MODULE_DIGEST:-}" = "$want_module" ] || fail "module-digest is '${MODULE_DIGEST:-}', sha256sum says $want_module"

tls=()
src_tls=()
cli=()
if [ "${PLAIN_HTTP:-false}" = true ]; then
  tls=(--tls-verify=false)
  src_tls=(--src-tls-verify=false)
  cli=(--plain-http)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

count=0
while IFS= read -r ref; do
  [ -n "$ref" ] || continue
  count=$((count + 1))
  got="sha256:$(skopeo inspect "${tls[@]}" --raw "docker://$ref" | sha256sum | cut -d' ' -f1)"
  [ "$got" = "$DIGEST" ] || fail "tag $ref resolves to $got, the action said $DIGEST"
  echo "ok: $ref -> $got"
done <<<"${TAGS:-}"
[ "$count" -gt 0 ] || fail "the tags output is empty"

# The whole artifact by digest into a skopeo dir: (blobs named by their hex digest).
skopeo copy --quiet "${src_tls[@]}" "docker://$REFERENCE" "dir:$work/artifact"
manifest="$work/artifact/manifest.json"
config_type="$(jq -r '.config.mediaType' "$manifest")"
case "$FORMAT" in
  solo)
    [ "$config_type" = application/vnd.module.wasm.config.v1+json ] || fail "solo config media type is $config_type"
    layer="$(jq -r '.layers[] | select(.mediaType == "application/vnd.module.wasm.content.layer.v1+wasm") | .digest' "$manifest")"
    ;;
  compat)
    tgz="$(jq -r '.layers[-1] | select(.mediaType == "application/vnd.oci.image.layer.v1.tar+gzip") | .digest' "$manifest")"
    [ -n "$tgz" ] || fail "the compat manifest's last layer is not tar+gzip"
    mkdir "$work/untar"
    tar -xzf "$work/artifact/${tgz#sha256:}" -C "$work/untar" plugin.wasm
    cmp "$work/untar/plugin.wasm" "$MODULE" || fail "plugin.wasm in the compat layer differs from $MODULE"
    layer=""
    ;;
  cncf)
    [ "$config_type" = application/vnd.wasm.config.v0+json ] || fail "cncf config media type is $config_type"
    layer="$(jq -r '.layers[] | select(.mediaType == "application/wasm") | .digest' "$manifest")"
    ;;
  *) fail "unknown FORMAT '$FORMAT'" ;;
esac
if [ "$FORMAT" != compat ]; then
  [ "$(printf '%s\n' "$layer" | grep -c .)" = 1 ] || fail "expected exactly one Wasm layer in the $FORMAT manifest"
  cmp "$work/artifact/${layer#sha256:}" "$MODULE" || fail "the Wasm layer differs from $MODULE"
fi
echo "ok: skopeo copy: $FORMAT manifest, module bytes identical"

node dist/cli/index.js pull "${cli[@]}" --quiet "$REFERENCE" -o "$work/pulled.wasm"
cmp "$work/pulled.wasm" "$MODULE" || fail "wasm-oci pull gave bytes that differ from $MODULE"
echo "ok: wasm-oci pull $REFERENCE: module bytes identical"
