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
# shellcheck source=../deploy/lib/find-jdk.sh
. deploy/lib/find-jdk.sh

JAR=harness/target/harness-1.0.0-SNAPSHOT.jar
CP_FILE=harness/target/runtime-classpath.txt
stale=0
if [[ ! -f $JAR || ! -f $CP_FILE ]]; then
  stale=1
elif [[ -n $(find harness/src harness/pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  stale=1
fi
if ((stale)); then
  echo "harness: building (./mvnw -pl harness package)"
  # Offline first (everything is usually in ~/.m2 already), then online for anything missing.
  ./mvnw -B -q -o -pl harness package -DskipTests 2>/dev/null || ./mvnw -B -q -pl harness package -DskipTests
fi

exec "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseSerialGC -cp "$JAR:$(cat "$CP_FILE")" \
  vn.doingoai.harness.Harness --root "$ROOT" "$@"
