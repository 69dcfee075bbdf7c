#!/usr/bin/env bash
# The fault suite against a running suite (deploy/run.sh start): each part is made to fail under load
# and every answer judged (harness/README.md, "Faults"):
#   harness/faults.sh [--gateway http://localhost:8080]
# It kills, freezes and restarts the run command's own processes (by their pid files in .run/pids),
# so it is for a suite started by deploy/run.sh on this machine, never for one that serves people.
# Exit code 0 only when nothing failed; the failures are in harness/target/faults-failures.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
TOOL=harness
# shellcheck source=../deploy/lib/tool-jar.sh
. deploy/lib/tool-jar.sh

exec "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -cp "$JAR:$(cat "$CP_FILE")" \
  vn.doingoai.harness.Faults --root "$ROOT" "$@"
