# Sourced by the scripts that run one of the repository's Java tools (harness/run.sh,
# harness/faults.sh, bench/volume.sh) with TOOL set to its module (harness, bench): a JDK, and the
# tool built when its jar is missing or older than its sources. Sets JAR and CP_FILE.
# shellcheck shell=bash
# shellcheck source=find-jdk.sh
. deploy/lib/find-jdk.sh
JAR=$TOOL/target/$TOOL-1.0.0-SNAPSHOT.jar
CP_FILE=$TOOL/target/runtime-classpath.txt
if [[ ! -f $JAR || ! -f $CP_FILE || -n $(find "$TOOL/src" "$TOOL/pom.xml" -newer "$JAR" -type f -print -quit) ]]; then
  echo "$TOOL: building (./mvnw -pl $TOOL package)"
  # Offline first (everything is usually in ~/.m2 already), then online for anything missing.
  ./mvnw -B -q -o -pl "$TOOL" package -DskipTests 2>/dev/null || ./mvnw -B -q -pl "$TOOL" package -DskipTests
fi
