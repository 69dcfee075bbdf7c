#!/usr/bin/env bash
# National volume, loaded and measured (docs/benchmarks/volume.md).
#
#   deploy/run.sh start                      # the suite must be running
#   bench/volume.sh load [--delegations N]   # fill its databases: 1 000 000 delegations and the rest in proportion
#   bench/volume.sh measure                  # every scenario beside its peer; writes docs/benchmarks/volume.md
#
# load replaces what an earlier load put in (its rows have ids starting b1b1b1b1-) and leaves what
# people entered alone. It runs one transaction per database, so the suite waits on those tables
# while it runs and a failed load changes nothing.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUN_DIR=${DOINGOAI_RUN_DIR:-$ROOT/.run}
# shellcheck source=../deploy/lib/find-jdk.sh
. deploy/lib/find-jdk.sh

JAR=bench/target/bench-1.0.0-SNAPSHOT.jar
CP_FILE=bench/target/runtime-classpath.txt
if [[ ! -f $JAR || ! -f $CP_FILE || -n $(find bench/src bench/pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  echo "bench: building (./mvnw -pl bench package)"
  ./mvnw -B -q -o -pl bench package -DskipTests 2>/dev/null || ./mvnw -B -q -pl bench package -DskipTests
fi

# The personal-data keys of the suite deploy/run.sh started: loaded passports are sealed with them.
if [[ -z ${DOINGOAI_PERSONAL_DATA_KEYS:-} && -f $RUN_DIR/secrets/personal-data.env ]]; then
  set -a
  # shellcheck disable=SC1091
  . "$RUN_DIR/secrets/personal-data.env"
  set +a
fi

command=${1:-}
shift || true
case $command in
  load) exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$JAR:$(cat "$CP_FILE")" vn.doingoai.bench.VolumeLoad "$@" ;;
  measure)
    command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: apt-get install postgresql-client)" >&2; exit 1; }
    exec "$JAVA_HOME/bin/java" -Xmx512m -cp "$JAR:$(cat "$CP_FILE")" vn.doingoai.bench.VolumeMeasure "$@" ;;
  *) echo "usage: bench/volume.sh load [--delegations N] | measure [options]" >&2; exit 2 ;;
esac
