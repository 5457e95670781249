#!/usr/bin/env bash
# Builds the test Neo4j (tools/neo4j): the launcher class plus Neo4j 5.26 Community's jars from Maven Central
# in tools/neo4j/target/lib (~120 MB, ~30 s with a cold Maven cache). Quiet; safe to run twice (skips when built).
set -euo pipefail
cd "$(dirname "$0")/../../tools/neo4j"
stamp=target/.built
if [ -f "$stamp" ] && [ "$stamp" -nt pom.xml ] && [ "$stamp" -nt src/main/java/backchannel/Neo4jLauncher.java ]; then
  exit 0
fi
log=$(mktemp)
if ! mvn -q -B package >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"
  echo "setup.d/neo4j.sh: building the test Neo4j with Maven failed (see above)" >&2
  exit 1
fi
rm -f "$log"
touch "$stamp"
