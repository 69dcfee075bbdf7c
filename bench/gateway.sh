#!/usr/bin/env bash
# Measures what the gateway costs: the same authenticated request to agreement-service
#   direct        → agreement-service (:8081)
#   gateway       → a gateway started by this script (token check, route, rate limiter, proxy)
#   nginx         → nginx proxy_pass with keep-alive to the same service
# in one run, side by side: saturation throughput (wrk, closed loop) and latency at a fixed rate
# of half the gateway's saturation (hey -q, open-ish loop), then writes docs/benchmarks/gateway.md.
#
#   deploy/run.sh start        # the suite must be running (Keycloak, PostgreSQL, agreement-service)
#   bench/gateway.sh           # installs nginx, wrk and hey with apt-get when missing (as root)
#
# Saturation is measured in ROUNDS rounds, the three paths taking turns, and the median is reported,
# because on a small shared machine one run of 15 s can differ from the next by a fifth.
#
# Environment: BENCH_SECONDS (default 15) per measurement, BENCH_ROUNDS (default 3), BENCH_WARMUP
# (default 20 s per path), BENCH_CONNECTIONS (default 16), BENCH_PATH (default
# /api/v1/reference/cooperation-fields).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_EACH=${BENCH_SECONDS:-15}
ROUNDS=${BENCH_ROUNDS:-3}
WARMUP=${BENCH_WARMUP:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
REQUEST_PATH=${BENCH_PATH:-/api/v1/reference/cooperation-fields}
WORK=$(mktemp -d /tmp/doingoai-bench.XXXXXX)
GATEWAY_PORT=18080
NGINX_PORT=18090
SERVICE=http://127.0.0.1:8081
TOKEN_URL=http://localhost:8180/realms/foreign-affairs/protocol/openid-connect/token
OUT=$ROOT/docs/benchmarks/gateway.md

# shellcheck source=../deploy/lib/find-jdk.sh
. "$ROOT/deploy/lib/find-jdk.sh"

step() { printf '\033[1m» %s\033[0m\n' "$*"; }

need() {
  local missing=()
  for tool in nginx wrk hey; do
    command -v "$tool" >/dev/null 2>&1 || [[ -x /usr/sbin/$tool ]] || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
      echo "missing: ${missing[*]}; install them (Debian: apt-get install nginx wrk hey) and run again" >&2
      exit 1
    fi
    step "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

token() {
  curl -fsS -d client_id=foreign-affairs-cli -d grant_type=password -d username=th.officer -d password=demo "$TOKEN_URL" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

cleanup() {
  [[ -f $WORK/gateway.pid ]] && kill "$(cat "$WORK/gateway.pid")" 2>/dev/null || true
  [[ -f $WORK/nginx.pid ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT

need
curl -fsS -o /dev/null --max-time 3 "$SERVICE/q/health/ready" || { echo "agreement-service is not ready on :8081; run deploy/run.sh start" >&2; exit 1; }
[[ -f $ROOT/gateway/target/quarkus-app/quarkus-run.jar ]] || (cd "$ROOT" && ./mvnw -q -pl gateway -am package -DskipTests)

step "starting a gateway on :$GATEWAY_PORT (rate limits set out of reach, so they are checked but never refuse)"
GATEWAY_SERVICES_AGREEMENT_URL=$SERVICE QUARKUS_HTTP_PORT=$GATEWAY_PORT \
  GATEWAY_RATE_LIMITS_CLIENT=1000000000/1m \
  setsid "$ROOT/deploy/java-app.sh" -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" \
  >"$WORK/gateway.log" 2>&1 </dev/null &
echo $! >"$WORK/gateway.pid"

step "starting nginx on :$NGINX_PORT"
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream agreement { server 127.0.0.1:8081; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://agreement;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
EOF
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"

for _ in $(seq 1 60); do
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$GATEWAY_PORT/q/health/live" && break
  sleep 1
done

declare -A URL=([direct]="$SERVICE" [gateway]="http://127.0.0.1:$GATEWAY_PORT" [nginx]="http://127.0.0.1:$NGINX_PORT")
TARGETS=(direct gateway nginx)

TOKEN=$(token)
for t in "${TARGETS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "${URL[$t]}$REQUEST_PATH")
  [[ $code == 200 ]] || { echo "$t answered $code for $REQUEST_PATH" >&2; exit 1; }
done

step "warming up (JIT) for $WARMUP s each"
for t in "${TARGETS[@]}"; do
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -H "Authorization: Bearer $TOKEN" "${URL[$t]}$REQUEST_PATH" >/dev/null
done

# wrk's latency in ms from a value like 812.00us, 1.23ms or 1.02s.
ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A RPS P50 P99 FIXED_P50 FIXED_P99 FIXED_RPS ALL_RPS ALL_P50 ALL_P99
step "saturation: wrk, 1 thread, $CONNECTIONS connections, ${SECONDS_EACH} s each, $ROUNDS rounds"
for round in $(seq 1 "$ROUNDS"); do
  TOKEN=$(token)
  for t in "${TARGETS[@]}"; do
    out=$WORK/wrk-$t-$round.txt
    wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $TOKEN" "${URL[$t]}$REQUEST_PATH" >"$out"
    errors=$(awk '/Non-2xx/ { print $5 }' "$out")
    [[ -z $errors ]] || { echo "$t: $errors non-2xx answers" >&2; cat "$out" >&2; exit 1; }
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$out")
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    ALL_RPS[$t]="${ALL_RPS[$t]:-} $rps"
    ALL_P50[$t]="${ALL_P50[$t]:-} $p50"
    ALL_P99[$t]="${ALL_P99[$t]:-} $p99"
    printf '  round %s  %-8s %8s req/s   p50 %6s ms   p99 %6s ms\n' "$round" "$t" "$rps" "$p50" "$p99"
  done
done
for t in "${TARGETS[@]}"; do
  # shellcheck disable=SC2086
  RPS[$t]=$(median ${ALL_RPS[$t]}); P50[$t]=$(median ${ALL_P50[$t]}); P99[$t]=$(median ${ALL_P99[$t]})
done

RATE=$((RPS[gateway] / 2))
WORKERS=8
PER_WORKER=$(((RATE + WORKERS - 1) / WORKERS))
step "fixed rate: hey, $WORKERS workers × $PER_WORKER req/s = $((PER_WORKER * WORKERS)) req/s (half the gateway's saturation), ${SECONDS_EACH} s each"
TOKEN=$(token)
for t in "${TARGETS[@]}"; do
  hey -z "${SECONDS_EACH}s" -c "$WORKERS" -q "$PER_WORKER" -H "Authorization: Bearer $TOKEN" "${URL[$t]}$REQUEST_PATH" >"$WORK/hey-$t.txt"
  FIXED_RPS[$t]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$WORK/hey-$t.txt")
  FIXED_P50[$t]=$(awk '$1 == "50%%" || $1 == "50%" { printf "%.2f", $3 * 1000 }' "$WORK/hey-$t.txt")
  FIXED_P99[$t]=$(awk '$1 == "99%%" || $1 == "99%" { printf "%.2f", $3 * 1000 }' "$WORK/hey-$t.txt")
  bad=$(awk '/^\s*\[[0-9]+\]/ && $1 != "[200]" { print }' "$WORK/hey-$t.txt")
  [[ -z $bad ]] || { echo "$t: answers other than 200: $bad" >&2; exit 1; }
  printf '  %-8s %8s req/s   p50 %6s ms   p99 %6s ms\n' "$t" "${FIXED_RPS[$t]}" "${FIXED_P50[$t]}" "${FIXED_P99[$t]}"
done

ratio=$(awk -v g="${RPS[gateway]}" -v n="${RPS[nginx]}" 'BEGIN { printf "%.2f", g / n }')
added=$(awk -v g="${FIXED_P99[gateway]}" -v d="${FIXED_P99[direct]}" 'BEGIN { printf "%.2f", g - d }')
added_nginx=$(awk -v g="${FIXED_P99[nginx]}" -v d="${FIXED_P99[direct]}" 'BEGIN { printf "%.2f", g - d }')
verdict_ratio=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.9 ? "met" : "NOT met") }')
verdict_added=$(awk -v a="$added" 'BEGIN { print (a < 2 ? "met" : "NOT met") }')
p99_ratio=$(awk -v g="${P99[gateway]}" -v n="${P99[nginx]}" 'BEGIN { printf "%.2f", g / n }')
verdict_p99=$(awk -v r="$p99_ratio" 'BEGIN { print (r <= 1.5 ? "met" : "NOT met") }')

mkdir -p "$(dirname "$OUT")"
{
  echo "# Gateway benchmark"
  echo
  echo "Written by \`bench/gateway.sh\` on $(date -u +%Y-%m-%d) — $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | tr -d '"'), $("$NGINX" -v 2>&1 | sed 's/.*: //'), wrk $(wrk -v 2>&1 | head -1 | awk '{ print $2 }'), hey."
  echo "The load generator, nginx, the gateway, agreement-service, PostgreSQL and Keycloak share these cores, so the"
  echo "figures compare the three paths with each other in one run; they are not capacity figures for a server."
  echo
  echo "Request: \`GET $REQUEST_PATH\` with a Keycloak access token (RS256), answered by agreement-service from"
  echo "PostgreSQL. *direct*: to the service, which checks the token itself. *gateway*: the gateway checks the token,"
  echo "matches the route, checks roles and the rate limiter (limit set out of reach), and proxies over pooled"
  echo "keep-alive connections; the service checks the token again. *nginx*: \`proxy_pass\` with upstream keep-alive, no checks."
  echo
  echo "## Saturation (wrk, 1 thread, $CONNECTIONS connections, ${SECONDS_EACH} s, after ${WARMUP} s of warm-up; median of $ROUNDS rounds taken in turn)"
  echo
  echo "| path | requests/s | p50 ms | p99 ms | requests/s in each round |"
  echo "| --- | ---: | ---: | ---: | --- |"
  for t in "${TARGETS[@]}"; do echo "| $t | ${RPS[$t]} | ${P50[$t]} | ${P99[$t]} |${ALL_RPS[$t]} |"; done
  echo
  echo "## Fixed rate: half the gateway's saturation (hey, $WORKERS workers × $PER_WORKER req/s, ${SECONDS_EACH} s)"
  echo
  echo "| path | requests/s | p50 ms | p99 ms | p99 added over direct |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for t in "${TARGETS[@]}"; do
    echo "| $t | ${FIXED_RPS[$t]} | ${FIXED_P50[$t]} | ${FIXED_P99[$t]} | $(awk -v g="${FIXED_P99[$t]}" -v d="${FIXED_P99[direct]}" 'BEGIN { printf "%.2f", g - d }') |"
  done
  echo
  echo "## Against the targets"
  echo
  echo "P1 of docs/benchmarks/volume.md:"
  echo "- Gateway throughput / nginx throughput: **$ratio** (target ≥ 0.9: $verdict_ratio)."
  echo "- Gateway p99 at saturation / nginx's: **$p99_ratio** (${P99[gateway]} against ${P99[nginx]} ms; target ≤ 1.5: $verdict_p99)."
  echo
  echo "The gateway's first target, kept for comparison: p99 it adds at half its saturation rate **$added ms** (nginx adds $added_nginx ms; target < 2 ms: $verdict_added)."
  echo
  echo "Run it again with \`deploy/run.sh start && bench/gateway.sh\`."
} >"$OUT"
step "written to ${OUT#"$ROOT"/}"
cat "$OUT"
