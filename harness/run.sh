#!/usr/bin/env bash
# Runs the fuzzing and attack harness against a running suite (deploy/run.sh start):
#   harness/run.sh [--gateway http://localhost:8080] [--budget-seconds 240] [--gateway-sample 400] [--seed N]
# Builds the module when its jar is missing or older than its sources. Exit code 0 only when every
# failure figure is zero; the failures are printed grouped and written to harness/target/harness-failures.tsv.
# Environment: HARNESS_<SERVICE>_URL (e.g. HARNESS_AGREEMENT_URL) to reach a service elsewhere than the
# gateway's configured backend address; HARNESS_KEYCLOAK_ADMIN / _PASSWORD (default admin/admin).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
TOOL=harness
# shellcheck source=../deploy/lib/tool-jar.sh
. deploy/lib/tool-jar.sh

exec "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseSerialGC -cp "$JAR:$(cat "$CP_FILE")" \
  vn.doingoai.harness.Harness --root "$ROOT" "$@"
