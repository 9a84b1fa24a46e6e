#!/usr/bin/env bash
# Starts the embedded Neo4j in the background unless Bolt already answers on NEO4J_BOLT_PORT,
# waits until it is ready (NEO4J_START_TIMEOUT seconds, default 240) and prints where its log is.
# Writes its pid to $NEO4J_DATA_DIR/../neo4j.pid (default .neo4j/neo4j.pid); stop with neo4j/stop.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
port="${NEO4J_BOLT_PORT:-7687}"
host="${NEO4J_BOLT_HOST:-127.0.0.1}"
export NEO4J_DATA_DIR="${NEO4J_DATA_DIR:-$root/.neo4j/data}"
state="$(dirname "$NEO4J_DATA_DIR")"
log="$state/neo4j-$port.log"
pidfile="$state/neo4j-$port.pid"
timeout="${NEO4J_START_TIMEOUT:-240}"

answers() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

if answers; then
  echo "neo4j/start-background.sh: something already answers on $host:$port; not starting another"
  exit 0
fi
mkdir -p "$state"
[ -s "$here/target/classpath.txt" ] || bash "$here/build.sh"
nohup bash "$here/run.sh" >"$log" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$pidfile"
echo "neo4j/start-background.sh: starting embedded Neo4j (pid $pid) on bolt://$host:$port; log: $log"
for ((i = 0; i < timeout; i++)); do
  if grep -q '^zhenjie-neo4j: ready' "$log" 2>/dev/null && answers; then
    grep '^zhenjie-neo4j: ready' "$log"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "neo4j/start-background.sh: Neo4j exited before it was ready; last lines of $log:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  sleep 1
done
echo "neo4j/start-background.sh: Neo4j not ready after ${timeout}s; see $log" >&2
exit 1
