#!/usr/bin/env bash
# National volume, loaded and measured (docs/benchmarks/volume.md).
#
#   deploy/run.sh start                      # the suite must be running
#   bench/volume.sh load [--delegations N]   # fill its databases: 1 000 000 delegations and the rest in proportion
#   bench/volume.sh measure                  # every scenario beside its peer; writes docs/benchmarks/volume.md
#   bench/volume.sh growth                   # loads 100 000, 3 000 000 and 1 000 000 delegations in turn and measures
#                                            # P3, P4 and P7 at each; writes docs/benchmarks/volume-growth.md
#
# load replaces what an earlier load put in (its rows have ids starting b1b1b1b1-) and leaves what
# people entered alone. It runs one transaction per database, so the suite waits on those tables
# while it runs and a failed load changes nothing.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUN_DIR=${DOINGOAI_RUN_DIR:-$ROOT/.run}
TOOL=bench
# shellcheck source=../deploy/lib/tool-jar.sh
. deploy/lib/tool-jar.sh

# The personal-data keys of the suite deploy/run.sh started: loaded passports are sealed with them.
if [[ -z ${DOINGOAI_PERSONAL_DATA_KEYS:-} && -f $RUN_DIR/secrets/personal-data.env ]]; then
  set -a
  # shellcheck disable=SC1091
  . "$RUN_DIR/secrets/personal-data.env"
  set +a
fi

# The suite's gateway allows 1 200 requests a minute per caller and route; a measurement sends
# more. So measurements run through a gateway of their own, the same build and configuration on
# :18080, whose limits are checked on every request but set out of reach (as bench/gateway.sh does).
measuring_gateway() {
  command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: apt-get install postgresql-client)" >&2; exit 1; }
  [[ -f bench/trivial/target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q -o -pl bench/trivial package -DskipTests 2>/dev/null \
    || ./mvnw -B -q -pl bench/trivial package -DskipTests
  WORK=$(mktemp -d /tmp/doingoai-volume.XXXXXX)
  trap 'kill "$(cat "$WORK/gateway.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$WORK"' EXIT
  QUARKUS_HTTP_PORT=18080 GATEWAY_RATE_LIMITS_CLIENT=1000000000/1m \
    setsid deploy/java-app.sh -jar gateway/target/quarkus-app/quarkus-run.jar \
    >"$WORK/gateway.log" 2>&1 </dev/null &
  echo $! >"$WORK/gateway.pid"
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:18080/q/health/ready 2>/dev/null && break
    sleep 1
  done
  curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:18080/q/health/ready || { tail -20 "$WORK/gateway.log" >&2; exit 1; }
}

command=${1:-}
shift || true
case $command in
  load) exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$JAR:$(cat "$CP_FILE")" vn.doingoai.bench.VolumeLoad "$@" ;;
  measure)
    measuring_gateway
    BENCH_GATEWAY=http://127.0.0.1:18080 "$JAVA_HOME/bin/java" -Xmx512m -cp "$JAR:$(cat "$CP_FILE")" vn.doingoai.bench.VolumeMeasure "$@" ;;
  growth)
    measuring_gateway
    BENCH_GATEWAY=http://127.0.0.1:18080 "$JAVA_HOME/bin/java" -Xmx1g -cp "$JAR:$(cat "$CP_FILE")" vn.doingoai.bench.VolumeGrowth "$@" ;;
  *) echo "usage: bench/volume.sh load [--delegations N] | measure [options] | growth [--sizes N,N,…] [options]" >&2; exit 2 ;;
esac
