#!/usr/bin/env bash
# Starts one application of the suite as every start of it does: deploy/run.sh, the measuring
# gateways of bench/ and the trivial application P6 compares with. Arguments go to java after the
# options of service-jvm.options. Why these settings: docs/decisions/0019-serial-collector-for-the-services.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/find-jdk.sh
. "$here/lib/find-jdk.sh"
# glibc gives each thread that allocates its own arena, up to eight per core; two keep the memory a
# service holds outside its heap from growing with the number of worker threads.
export MALLOC_ARENA_MAX=2
exec "$JAVA_HOME/bin/java" "@$here/service-jvm.options" "$@"
