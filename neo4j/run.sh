#!/usr/bin/env bash
# Starts the embedded Neo4j in the foreground (`npm run neo4j`); Ctrl-C or SIGTERM stops it cleanly.
# Environment: NEO4J_BOLT_PORT (7687), NEO4J_BOLT_HOST (127.0.0.1), NEO4J_DATA_DIR (.neo4j/data),
# NEO4J_HEAP (2g), NEO4J_PAGECACHE (1g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
if [ ! -s "$here/target/classpath.txt" ] || [ ! -f "$here/target/classes/zhenjie/Neo4jLauncher.class" ]; then
  echo "neo4j/run.sh: the launcher is not built yet; building it (bash neo4j/build.sh)" >&2
  bash "$here/build.sh"
fi
export NEO4J_DATA_DIR="${NEO4J_DATA_DIR:-$root/.neo4j/data}"
export NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-1g}"
mkdir -p "$NEO4J_DATA_DIR"
heap="${NEO4J_HEAP:-2g}"
# exec: the JVM gets the signals directly, so its shutdown hook runs on SIGTERM.
exec java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
  -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" zhenjie.Neo4jLauncher
