#!/usr/bin/env bash
# Runs the whole suite on this machine, without containers:
#   PostgreSQL (embedded, data in .run/postgres) · Keycloak with the demo realm · the three services · the gateway.
#
#   deploy/run.sh [start]     build what is missing, start everything, wait until healthy
#   deploy/run.sh stop        stop everything this script started
#   deploy/run.sh status      what is running
#   deploy/run.sh start --build   rebuild the applications first
#   deploy/run.sh restart <name>  stop and start one component (postgres, keycloak, a service, gateway)
#   deploy/run.sh backup [dir]    back up the databases and Keycloak's (default .run/backups/<time>)
#   deploy/run.sh restore <dir>   stop the suite, put a backup back, start it again
#
# Environment:
#   DOINGOAI_DB_URL   a PostgreSQL server to use instead of the embedded one, e.g.
#                     jdbc:postgresql://db.example:5432  (databases agreement, delegation, reporting must
#                     exist; users and passwords in DOINGOAI_<SERVICE>_DB_USER / _DB_PASSWORD)
#   DOINGOAI_RUN_DIR  where data, logs and pid files go (default: .run in the repository)
#   DOINGOAI_DEMO_DATA_ENABLED  false to start without the demo data (docs/domain.md §5) (default true)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR=${DOINGOAI_RUN_DIR:-$ROOT/.run}
LOGS=$RUN_DIR/logs
PIDS=$RUN_DIR/pids
KEYCLOAK_VERSION=26.7.3
KEYCLOAK_HOME=$RUN_DIR/keycloak/keycloak-$KEYCLOAK_VERSION
PG_PORT=15432
OIDC_URL=http://localhost:8180/realms/foreign-affairs
SERVICES=(agreement-service:8081 delegation-service:8082 reporting-service:8083 gateway:8080)
# Every application starts through one launcher (JVM options and environment), as bench's do.
JAVA_APP=$ROOT/deploy/java-app.sh

# shellcheck source=lib/find-jdk.sh
. "$ROOT/deploy/lib/find-jdk.sh"
JAVA="$JAVA_HOME/bin/java"

say() { printf '%s\n' "$*"; }
step() { printf '\033[1m» %s\033[0m\n' "$*"; }

is_running() {
  local pidfile=$PIDS/$1.pid
  [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# Each component runs in a session of its own, so stopping it reaches every process it started
# (kc.sh, for instance, runs Java as a child on restarts).
launch() {
  local name=$1
  shift
  setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

wait_for() {
  local name=$1 url=$2 timeout=$3 started=$SECONDS
  printf '  waiting for %-22s' "$name"
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if ! is_running "$name"; then
      printf ' stopped!\n'
      say "  $name exited; the end of $LOGS/$name.log:"
      tail -n 30 "$LOGS/$name.log" | sed 's/^/    /'
      return 1
    fi
    if ((SECONDS - started > timeout)); then
      printf ' timed out after %ss\n' "$timeout"
      say "  see $LOGS/$name.log"
      return 1
    fi
    printf '.'
    sleep 1
  done
  printf ' ready (%ss)\n' "$((SECONDS - started))"
}

build_if_missing() {
  local missing=0
  for entry in "${SERVICES[@]}"; do
    [[ -f $ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar ]] || missing=1
  done
  [[ -f $ROOT/commons/embedded-postgres/target/runtime-classpath.txt ]] || missing=1
  if ((missing)) || [[ ${1:-} == --build ]]; then
    step "Building the applications (./mvnw package, tests skipped)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || { say "The build failed."; exit 1; }
  fi
}

install_keycloak() {
  if [[ -f $KEYCLOAK_HOME/bin/kc.sh ]]; then
    return
  fi
  step "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, ~170 MB)"
  mkdir -p "$RUN_DIR/downloads" "$RUN_DIR/keycloak"
  (cd "$ROOT" && ./mvnw -B -q -N dependency:copy \
    -Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip \
    -DoutputDirectory="$RUN_DIR/downloads")
  (cd "$RUN_DIR/keycloak" && "$JAVA_HOME/bin/jar" xf "$RUN_DIR/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
  chmod +x "$KEYCLOAK_HOME"/bin/*.sh
}

start_postgres() {
  if [[ -n ${DOINGOAI_DB_URL:-} ]]; then
    say "  using the PostgreSQL server at $DOINGOAI_DB_URL"
    return
  fi
  local module=$ROOT/commons/embedded-postgres/target
  rm -f "$RUN_DIR/postgres.ready"
  launch postgres "$JAVA" -Xmx128m -cp "$module/embedded-postgres-1.0.0-SNAPSHOT.jar:$(cat "$module/runtime-classpath.txt")" \
    vn.doingoai.commons.postgres.LocalPostgresMain --data "$RUN_DIR/postgres" --port "$PG_PORT" \
    --database agreement --database delegation --database reporting --ready-file "$RUN_DIR/postgres.ready"
}

wait_for_postgres() {
  [[ -n ${DOINGOAI_DB_URL:-} ]] && return
  local started=$SECONDS
  printf '  waiting for %-22s' postgres
  until [[ -f $RUN_DIR/postgres.ready ]]; do
    if ! is_running postgres; then
      printf ' stopped!\n'
      tail -n 30 "$LOGS/postgres.log" | sed 's/^/    /'
      return 1
    fi
    if ((SECONDS - started > 120)); then
      printf ' timed out\n'
      return 1
    fi
    printf '.'
    sleep 1
  done
  printf ' ready (%ss)\n' "$((SECONDS - started))"
}

start_keycloak() {
  local realm=$ROOT/deploy/keycloak/foreign-affairs-realm.json stamp=$KEYCLOAK_HOME/data/realm.sha256
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$realm" "$KEYCLOAK_HOME/data/import/"
  # Import skips a realm that already exists, so changes made in the admin console survive a restart;
  # when the realm file itself changed, Keycloak's demo database is recreated from it.
  if [[ -f $stamp ]] && ! sha256sum --status -c "$stamp" 2>/dev/null; then
    say "  the realm file changed: recreating Keycloak's demo database"
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  sha256sum "$realm" >"$stamp"
  launch keycloak env JAVA_HOME="$JAVA_HOME" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=8180 \
    --http-management-port=9180 --health-enabled=true --hostname=http://localhost:8180 --import-realm
}

# The keys that seal personal data (docs/operations.md, "Personal data"): taken from the environment
# when set, otherwise made once for this machine and kept in $RUN_DIR/secrets, outside the database
# and its backups. Losing them loses every passport number and date of birth stored.
personal_data_keys() {
  local file=$RUN_DIR/secrets/personal-data.env
  if [[ -n ${DOINGOAI_PERSONAL_DATA_KEYS:-} ]]; then
    return
  fi
  if [[ ! -f $file ]]; then
    mkdir -p "$RUN_DIR/secrets"
    chmod 700 "$RUN_DIR/secrets"
    (
      umask 077
      {
        printf 'DOINGOAI_PERSONAL_DATA_KEYS=k1:%s\nDOINGOAI_PERSONAL_DATA_CURRENT_KEY=k1\n' "$(head -c 32 /dev/urandom | base64)"
        printf 'DOINGOAI_PERSONAL_DATA_INDEX_KEYS=i1:%s\nDOINGOAI_PERSONAL_DATA_CURRENT_INDEX_KEY=i1\n' "$(head -c 32 /dev/urandom | base64)"
      } >"$file"
    )
    say "  made the keys that seal personal data: $file (keep a copy apart from the backups)"
  fi
  chmod 600 "$file"
  set -a
  # shellcheck disable=SC1090
  . "$file"
  set +a
}

start_service() {
  local name=$1 db_base=${DOINGOAI_DB_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT}
  local short=${name%%-*}
  local upper=${short^^}
  # From the application's folder: its class-data archive names the jar by that relative path.
  launch "$name" env -C "$ROOT/$name/target/quarkus-app" \
    "DOINGOAI_${upper}_JDBC_URL=$db_base/$short" \
    "DOINGOAI_OIDC_URL=$OIDC_URL" \
    "DOINGOAI_DEMO_DATA_ENABLED=${DOINGOAI_DEMO_DATA_ENABLED:-true}" \
    "$JAVA_APP" $(class_archive "$name") -jar quarkus-run.jar
}

# The class-data archive the build made beside an application (decision 0018), when there is one.
class_archive() {
  local archive=$ROOT/$1/target/quarkus-app/app-cds.jsa
  [[ -f $archive ]] && printf '%s' "-XX:SharedArchiveFile=$archive -Xshare:auto"
}

start_services() {
  personal_data_keys
  for entry in "${SERVICES[@]}"; do
    start_service "${entry%%:*}"
  done
}

port_of() {
  local entry
  for entry in "${SERVICES[@]}"; do
    if [[ ${entry%%:*} == "$1" ]]; then
      echo "${entry##*:}"
    fi
  done
}

# Stops one component and starts it again, the others running on (the fault suite, an operator
# after a change of configuration): postgres, keycloak, a service or the gateway.
cmd_restart() {
  local name=${1:?usage: deploy/run.sh restart <postgres|keycloak|agreement-service|delegation-service|reporting-service|gateway>}
  mkdir -p "$LOGS" "$PIDS"
  stop_one "$name"
  case $name in
    postgres) start_postgres && wait_for_postgres ;;
    keycloak) start_keycloak && wait_for keycloak http://127.0.0.1:9180/health/ready 240 ;;
    *)
      local port
      port=$(port_of "$name")
      [[ -n $port ]] || { say "no component $name"; exit 2; }
      personal_data_keys
      start_service "$name"
      wait_for "$name" "http://127.0.0.1:$port/q/health/ready" 120
      ;;
  esac
}

cmd_start() {
  mkdir -p "$LOGS" "$PIDS"
  local running=()
  for name in postgres keycloak agreement-service delegation-service reporting-service gateway; do
    is_running "$name" && running+=("$name")
  done
  if ((${#running[@]})); then
    say "The suite is already running (${running[*]}). 'deploy/run.sh status' shows it; 'deploy/run.sh stop' stops it."
    exit 0
  fi
  local began=$SECONDS
  build_if_missing "${1:-}"
  install_keycloak
  step "Starting PostgreSQL and Keycloak (logs in $LOGS)"
  start_postgres
  start_keycloak
  wait_for_postgres
  wait_for keycloak http://127.0.0.1:9180/health/ready 240
  step "Starting the services and the gateway"
  start_services
  for entry in "${SERVICES[@]}"; do
    wait_for "${entry%%:*}" "http://127.0.0.1:${entry##*:}/q/health/ready" 120
  done
  step "Đối ngoại is ready in $((SECONDS - began)) s"
  cat <<EOF

  Gateway (the one public entry)  http://localhost:8080/api/v1/...
  OpenAPI / Swagger UI            http://localhost:8080/q/swagger-ui  (the whole suite; sign in with a demo user)
  Keycloak admin console          http://localhost:8180/admin/  (admin / admin)
  Logs                            $LOGS

  Demo users (password: demo)     th.officer, th.approver, th.viewer (Thanh Hóa 38), qn.officer (Quảng Ninh 22),
                                  hy.officer (Hưng Yên 33), db.reporter (Điện Biên 11, unit SO_TTTT),
                                  central.auditor (all provinces), admin
  Machine client                  demo-integration / demo-integration-secret (client credentials, province 38)

  Try it:
    TOKEN=\$(curl -s -d client_id=foreign-affairs-cli -d grant_type=password -d username=th.officer -d password=demo \\
      $OIDC_URL/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    curl -H "Authorization: Bearer \$TOKEN" http://localhost:8080/api/v1/reference/units

  Stop with: deploy/run.sh stop
EOF
}

stop_one() {
  local name=$1 pidfile=$PIDS/$1.pid
  [[ -f $pidfile ]] || return 0
  local pid
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    printf '  stopping %-20s' "$name"
    # PostgreSQL's launcher stops the server from its shutdown hook: signal the launcher alone first.
    if [[ $name == postgres ]]; then kill -TERM "$pid" 2>/dev/null || true; else kill -TERM -- "-$pid" 2>/dev/null || true; fi
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    printf ' stopped\n'
  fi
  # Whatever is left of the session (a child that outlived its parent) goes too.
  pkill -KILL -s "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

cmd_stop() {
  step "Stopping Đối ngoại"
  for name in gateway reporting-service delegation-service agreement-service keycloak postgres; do
    stop_one "$name" || say "  could not stop $name cleanly; see $LOGS/$name.log"
  done
}

# Sum of a memory figure (VmRSS from status, or Pss from smaps_rollup) over processes, in MiB.
mem_mib() {
  local field=$1 file=$2 total=0 kib
  shift 2
  for pid in "$@"; do
    kib=$(awk -v f="$field:" '$1 == f {print $2}' "/proc/$pid/$file" 2>/dev/null || true)
    total=$((total + ${kib:-0}))
  done
  echo $((total / 1024))
}

# Resident memory of each component: its whole session (a launcher and its children), plus for the
# embedded PostgreSQL the server processes, which detach from the launcher's session.
cmd_status() {
  for name in postgres keycloak agreement-service delegation-service reporting-service gateway; do
    if is_running "$name"; then
      local pid procs
      pid=$(cat "$PIDS/$name.pid")
      procs=$(pgrep -s "$pid" || true)
      if [[ $name == postgres ]]; then
        local postmaster
        postmaster=$(pgrep -f -- "bin/postgres -D $RUN_DIR/postgres" || true)
        [[ -n $postmaster ]] && procs="$procs $postmaster $(pgrep -P "$postmaster" || true)"
      fi
      # PSS splits pages shared between processes (PostgreSQL's shared buffers) instead of counting them in each.
      # shellcheck disable=SC2086
      printf '  %-20s running (pid %s), RSS %4d MiB, PSS %4d MiB, %d processes\n' "$name" "$pid" \
        "$(mem_mib VmRSS status $procs)" "$(mem_mib Pss smaps_rollup $procs)" "$(wc -w <<<"$procs")"
    else
      printf '  %-20s stopped\n' "$name"
    fi
  done
}

postgres_tool() {
  local module=$ROOT/commons/embedded-postgres/target
  "$JAVA" -Xmx128m -cp "$module/embedded-postgres-1.0.0-SNAPSHOT.jar:$(cat "$module/runtime-classpath.txt")" \
    vn.doingoai.commons.postgres.PostgresBackup "$@"
}

# A backup of what the suite stores: the three databases (an online physical copy of the cluster,
# no downtime) and Keycloak's database (users, clients, the realm; Keycloak is stopped for the copy,
# about 15 s, during which sign-ins wait and tokens already issued keep working). The keys that seal
# personal data are not in it: keep them apart (docs/operations.md, "Backups").
cmd_backup() {
  [[ -n ${DOINGOAI_DB_URL:-} ]] && { say "DOINGOAI_DB_URL is set: back up that server with its own tools."; exit 2; }
  is_running postgres || { say "PostgreSQL is not running: 'deploy/run.sh start' first."; exit 2; }
  local target=${1:-$RUN_DIR/backups/$(date -u +%Y%m%dT%H%M%SZ)}
  mkdir -p "$target"
  target=$(cd "$target" && pwd)
  step "Backing up to $target"
  postgres_tool backup --port "$PG_PORT" --data "$RUN_DIR/postgres" --to "$target" | sed 's/^/  /'
  local keycloak_was_running=0
  if is_running keycloak; then
    keycloak_was_running=1
    stop_one keycloak
  fi
  cp -a "$KEYCLOAK_HOME/data/h2" "$target/keycloak-h2"
  ((keycloak_was_running)) && start_keycloak && wait_for keycloak http://127.0.0.1:9180/health/ready 240
  printf 'made %s\nPostgreSQL %s\nKeycloak %s\n' "$(date -u +%FT%TZ)" "$(cat "$RUN_DIR/postgres/PG_VERSION")" \
    "$KEYCLOAK_VERSION" >"$target/backup.txt"
  say "  Keycloak's database copied; backup complete: $target"
}

# Puts a backup back: stops the whole suite, replaces the databases and Keycloak's database (what
# they held is kept beside them), and starts the suite again.
cmd_restore() {
  local from=${1:?usage: deploy/run.sh restore <backup directory>}
  [[ -f $from/postgres/backup_label && -d $from/keycloak-h2 ]] || { say "$from is not a backup made by 'deploy/run.sh backup'"; exit 2; }
  from=$(cd "$from" && pwd)
  cmd_stop
  step "Restoring from $from"
  postgres_tool restore --from "$from" --data "$RUN_DIR/postgres" | sed 's/^/  /'
  local stamp
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  [[ -d $KEYCLOAK_HOME/data/h2 ]] && mv "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/h2.before-restore-$stamp"
  cp -a "$from/keycloak-h2" "$KEYCLOAK_HOME/data/h2"
  say "  Keycloak's database restored"
  cmd_start
}

case ${1:-start} in
  start) cmd_start "${2:-}" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  restart) cmd_restart "${2:-}" ;;
  backup) cmd_backup "${2:-}" ;;
  restore) cmd_restore "${2:-}" ;;
  *) say "usage: deploy/run.sh [start [--build] | stop | status | restart <component> | backup [dir] | restore <dir>]"; exit 2 ;;
esac
