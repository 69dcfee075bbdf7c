# Finds a JDK 21 or newer and exports JAVA_HOME (POSIX sh; sourced by mvnw, deploy/run.sh, .ci/run).
# Order: JAVA_HOME if recent enough, then the newest JDK under /usr/lib/jvm (or /opt/java, SDKMAN),
# then the `java` on PATH.

doingoai_jdk_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

doingoai_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(doingoai_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      return 0
    fi
  fi
  best=""
  best_major=0
  for candidate in /usr/lib/jvm/* /opt/java/* "${HOME:-/nonexistent}"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    [ -L "$candidate" ] && continue
    major=$(doingoai_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(doingoai_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      best="$candidate"
    fi
  fi
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer was found (looked at JAVA_HOME, /usr/lib/jvm, /opt/java, SDKMAN and PATH)." >&2
    echo "Install one, for example 'apt-get install openjdk-21-jdk' or Eclipse Temurin 21/25, or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

# mvnw runs with globbing off (set -f); the search needs it for a moment.
case $- in *f*) doingoai_noglob=1; set +f ;; *) doingoai_noglob=0 ;; esac
doingoai_find_jdk || exit 1
[ "$doingoai_noglob" = 1 ] && set -f
unset doingoai_noglob
