# Sourced by harness/run.sh and harness/faults.sh: a JDK, and the harness built when its jar is
# missing or older than its sources. Sets JAR and CP_FILE.
# shellcheck shell=bash
# shellcheck source=../../deploy/lib/find-jdk.sh
. deploy/lib/find-jdk.sh
JAR=harness/target/harness-1.0.0-SNAPSHOT.jar
CP_FILE=harness/target/runtime-classpath.txt
if [[ ! -f $JAR || ! -f $CP_FILE || -n $(find harness/src harness/pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  echo "harness: building (./mvnw -pl harness package)"
  # Offline first (everything is usually in ~/.m2 already), then online for anything missing.
  ./mvnw -B -q -o -pl harness package -DskipTests 2>/dev/null || ./mvnw -B -q -pl harness package -DskipTests
fi
