#!/usr/bin/env bash
# Prints the Debian packages .ci/run installs (its `for pkg in … ; do` list, which may span lines), one line, so the
# GitHub workflows install exactly what .ci/run installs: the list lives in .ci/run only.
set -euo pipefail
cd "$(dirname "$0")/../.."
list="$(awk '/^for pkg in /{f=1} f{print} f&&/; do$/{exit}' .ci/run |
  sed -e 's/^for pkg in //' -e 's/; do$//' -e 's/\\$//' | xargs)"
if [ -z "$list" ]; then
  echo "::error title=No package list::.ci/run has no 'for pkg in …; do' list: update .github/scripts/apt-packages.sh to read it." >&2
  exit 1
fi
echo "$list"
