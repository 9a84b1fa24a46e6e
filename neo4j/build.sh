#!/usr/bin/env bash
# Resolves the embedded Neo4j (Maven Central, ~150 MB the first time), compiles the launcher and
# writes neo4j/target/classpath.txt, so run.sh starts it with plain `java -cp`.
# Run once at install time (.ci/run does), not inside a test timeout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v java >/dev/null || { echo "neo4j/build.sh: java (17) is not installed" >&2; exit 1; }
command -v mvn >/dev/null || { echo "neo4j/build.sh: mvn is not installed (apt-get install maven)" >&2; exit 1; }
mvn -B -q -f "$here/pom.xml" compile
test -s "$here/target/classpath.txt" || { echo "neo4j/build.sh: $here/target/classpath.txt was not written" >&2; exit 1; }
echo "neo4j/build.sh: launcher built; classpath in $here/target/classpath.txt"
