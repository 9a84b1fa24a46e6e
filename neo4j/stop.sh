#!/usr/bin/env bash
# Stops the Neo4j that start-background.sh started on NEO4J_BOLT_PORT (by its recorded pid only).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
port="${NEO4J_BOLT_PORT:-7687}"
state="$(dirname "${NEO4J_DATA_DIR:-$root/.neo4j/data}")"
pidfile="$state/neo4j-$port.pid"
[ -f "$pidfile" ] || { echo "neo4j/stop.sh: no $pidfile; nothing to stop"; exit 0; }
pid="$(cat "$pidfile")"
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
fi
rm -f "$pidfile"
echo "neo4j/stop.sh: stopped pid $pid"
