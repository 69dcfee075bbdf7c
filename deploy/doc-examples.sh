#!/usr/bin/env bash
# Runs every ```bash block of a Markdown guide, in order, as one script against the running suite,
# so the examples in the docs cannot rot: any failing command fails the run.
#
#   deploy/doc-examples.sh docs/integrators.md
set -euo pipefail
doc=${1:?usage: deploy/doc-examples.sh <guide.md>}
script=$(mktemp /tmp/doc-examples.XXXXXX.sh)
trap 'rm -f "$script"' EXIT
{
  echo 'set -euo pipefail'
  awk '/^```bash$/ { inside = 1; next } /^```$/ { if (inside) print ""; inside = 0; next } inside { print }' "$doc"
} >"$script"
blocks=$(grep -c '^```bash$' "$doc")
echo "Running the $blocks bash examples of $doc"
bash "$script"
echo "All $blocks examples of $doc ran."
