#!/bin/bash
# The "full curl push" peer of the benchmark: what any client must send to publish a two-blob artifact whose digests
# are known (as in an OCI layout): POST + monolithic PUT for the config and for the module (the two uploads in
# parallel), then the manifest PUT by tag. Timed as a whole by bench/registry-bench.mjs.
# Usage: curl-push.sh <registry url> <repository> <tag> <config file> <config digest> <module file> <module digest>
#        <manifest file>
set -euo pipefail
reg=$1 repo=$2 tag=$3 config=$4 config_digest=$5 module=$6 module_digest=$7 manifest=$8

upload() { # file digest
  local loc sep
  loc=$(curl -sS -f -X POST -D - -o /dev/null "$reg/v2/$repo/blobs/uploads/" | tr -d '\r' |
    sed -n 's/^[Ll]ocation: //p')
  [ -n "$loc" ] || { echo "no upload location for $1" >&2; return 1; }
  case $loc in http*) ;; *) loc="$reg$loc" ;; esac
  sep='?'
  case $loc in *\?*) sep='&' ;; esac
  curl -sS -f -o /dev/null -H 'Content-Type: application/octet-stream' -T "$1" "$loc${sep}digest=$2"
}

upload "$config" "$config_digest" &
c=$!
upload "$module" "$module_digest" &
m=$!
wait $c
wait $m
curl -sS -f -o /dev/null -H 'Content-Type: application/vnd.oci.image.manifest.v1+json' -T "$manifest" \
  "$reg/v2/$repo/manifests/$tag"
