#!/usr/bin/env bash
# Issue 13, item 5: how long Plenary takes to start, on a new data folder with the demo record loaded.
# Prints the seconds from launching the JVM to the first page (GET / answering 200) and to health UP (the demo is
# loaded before health says UP), the CPU seconds the process used until then, and its resident memory.
#
#   bench/start.sh -jar target/plenary-0.1.0-SNAPSHOT.jar          # the jar as it is built
#   bench/start.sh bin/plenary                                     # as the README starts it
#
# Run it on a quiet machine; the load average at the end is printed to tell.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PLENARY_START_PORT:-18190}
data=$(mktemp -d "${TMPDIR:-/tmp}/plenary-start-XXXXXX")
hz=$(getconf CLK_TCK)
now() { date +%s%N; }
start=$(now)
launch=(java "$@")
[ "${1:-}" = bin/plenary ] && launch=("$@")
PORT=$port PLENARY_DATA_DIR="$data" SERVER_ADDRESS=127.0.0.1 "${launch[@]}" >"$data/plenary.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; do
  kill -0 $pid 2>/dev/null || { tail -n 20 "$data/plenary.log" >&2; exit 1; }
  sleep 0.05
done
page=$(now)
until curl -s "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
  kill -0 $pid 2>/dev/null || { tail -n 20 "$data/plenary.log" >&2; exit 1; }
  sleep 0.05
done
health=$(now)
cpu=$(awk -v hz="$hz" '{printf "%.1f", ($14 + $15) / hz}' /proc/$pid/stat)
rss=$(ps -o rss= -p $pid | awk '{printf "%d", $1 / 1024}')
printf 'first page %.2f s, health UP %.2f s, CPU %s s, resident %s MB, load average %s\n' \
  "$(echo "($page - $start) / 1000000000" | bc -l)" "$(echo "($health - $start) / 1000000000" | bc -l)" \
  "$cpu" "$rss" "$(cut -d' ' -f1-3 /proc/loadavg)"
