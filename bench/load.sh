#!/usr/bin/env bash
# Issue 13's load test (BENCHMARKS.md, "Load test"). Starts Plenary as bin/plenary does (its jar, class data sharing
# archive and JVM options) on loopback, on a new data folder under target/load, with the record of a size generated
# as it starts; waits for health; runs Gatling's plenary.load.PlenaryLoadSimulation (50 users, at most 60 s and 80
# rounds each) once to warm the JVM up and again to measure, each making its API tokens with HTTP Basic first, and
# times the SQL floor after; stops Plenary; prints the tables of both runs and the floor.
#
#   bench/load.sh S                    # or M, L
#
# Settings (environment): PLENARY_LOAD_PORT (18080), PLENARY_LOAD_USERS (50), PLENARY_LOAD_SECONDS (60),
# PLENARY_LOAD_ROUNDS (80), PLENARY_LOAD_PAUSE_MILLIS (1000: each user waits 0.5 to 1.5 times this between
# requests), PLENARY_LOAD_WARMUP_SECONDS (60: a first run of the same users, reported apart; 0: none),
# PLENARY_LOAD_SETTLE_SECONDS (900: the longest wait for Plenary to be idle after start),
# PLENARY_JAVA_OPTS (the JVM options of Plenary; by default those bin/plenary starts it with), PLENARY_LOAD_DATA,
# PLENARY_LOAD_H2_OPTIONS,
# PLENARY_LOAD_SQL_STATISTICS (1: H2 times every statement under the load, and the 40 that took longest in all are
# written to target/gatling/sql-statements-<size>.md: how the statements that grew at L were found).
set -euo pipefail
cd "$(dirname "$0")/.."

size=${1:-S}
port=${PLENARY_LOAD_PORT:-18080}
base="http://127.0.0.1:$port"
mkdir -p target/load
# PLENARY_LOAD_DATA: a data folder of an earlier run of this size to start on again (generating L and indexing its
# interventions takes many minutes); the record is then not generated again.
if [ -n "${PLENARY_LOAD_DATA:-}" ]; then
  data=$(cd "$PLENARY_LOAD_DATA" && pwd)
  generate=
else
  data=$(mktemp -d "$PWD/target/load/data-$size-XXXXXX")
  generate=$size
fi
# The application's own URL, with H2's automatic server on, so that the SQL floor can read the same database
# while Plenary holds it (H2 refuses the automatic server with DB_CLOSE_ON_EXIT=FALSE, so this URL keeps H2's
# shutdown hook: a stop at the end of the run may log a failed check of unfinished events).
jdbc="jdbc:h2:file:$data/plenary;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=128"
# PLENARY_LOAD_H2_OPTIONS: more of H2's settings for this run, e.g. ";CACHE_SIZE=65536".
jdbc="$jdbc${PLENARY_LOAD_H2_OPTIONS:-}"
if [ "${PLENARY_LOAD_SQL_STATISTICS:-0}" = 1 ]; then
  jdbc="$jdbc;QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=2000"
fi

case "$size" in
  S)
    demo=true
    password=plenary-demo-vladivostok
    readers=cochair,cochair2,rapporteur,participant,representative
    writers=cochair,cochair2
    ;;
  M | L)
    demo=false
    password=plenary-generated
    readers=seed-13-1-rapporteur,seed-13-2-cochair1,seed-13-3-cochair2,seed-13-4-rapporteur,seed-13-5-cochair1
    writers=seed-13-1-cochair1,seed-13-1-cochair2
    ;;
  *)
    echo "Size S, M or L" >&2
    exit 1
    ;;
esac

echo "Starting Plenary on $base, size $size, data in $data"
start=$(date +%s)
# shellcheck disable=SC2086
PLENARY_GENERATE=$generate PLENARY_DEMO=$demo PLENARY_DATA_DIR="$data" SPRING_DATASOURCE_URL="$jdbc" PORT=$port \
  SERVER_ADDRESS=127.0.0.1 bin/plenary >"$data/plenary.log" 2>&1 &
plenary=$!
trap 'kill $plenary 2>/dev/null; wait $plenary 2>/dev/null || true' EXIT

until curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 $plenary 2>/dev/null; then
    echo "Plenary stopped; its log: $data/plenary.log" >&2
    tail -n 30 "$data/plenary.log" >&2
    exit 1
  fi
  sleep 1
done
echo "Health UP after $(($(date +%s) - start)) s"

# The search index follows the generated record in the background as Plenary starts (minutes at M): wait until
# Plenary is idle (under a tenth of a core over 5 s), so that the load test does not measure that work too.
hz=$(getconf CLK_TCK)
while :; do
  before=$(awk '{print $14 + $15}' /proc/$plenary/stat)
  sleep 5
  after=$(awk '{print $14 + $15}' /proc/$plenary/stat)
  [ $(((after - before) * 100 / (5 * hz))) -lt 10 ] && break
  if [ $(($(date +%s) - start)) -gt "${PLENARY_LOAD_SETTLE_SECONDS:-900}" ]; then
    echo "Still busy after ${PLENARY_LOAD_SETTLE_SECONDS:-900} s: the load test runs beside that work"
    break
  fi
done
echo "Idle (or given up waiting) after $(($(date +%s) - start)) s"

# Plenary's resident memory while the users run, sampled each second: the issue's target is memory under that load.
# The simulation leaves a mark before the SQL floor (which reads through H2's server inside Plenary's JVM and so
# costs Plenary memory the users did not), and sampling stops there.
done_mark="$PWD/target/gatling/load-done"
rm -f "$done_mark" "$PWD/target/gatling/warmup-done" "$data/rss.txt"
(
  while [ ! -e "$done_mark" ] && kill -0 $plenary 2>/dev/null; do
    awk '/^VmRSS/ {r = int($2 / 1024)} /^RssAnon/ {a = int($2 / 1024)} /^RssFile/ {f = int($2 / 1024)}
      END {print r, a, f}' /proc/$plenary/status >>"$data/rss.txt"
    sleep 1
  done
) &
sampler=$!

# With PLENARY_LOAD_SQL_STATISTICS, H2's statistics of the statements under the load, read when the users are done
# and before the SQL floor adds its own.
statements="$PWD/target/gatling/sql-statements-$size.md"
if [ "${PLENARY_LOAD_SQL_STATISTICS:-0}" = 1 ]; then
  (
    while [ ! -e "$done_mark" ] && kill -0 $plenary 2>/dev/null; do sleep 0.5; done
    java -cp target/app/lib/'*' org.h2.tools.Shell -url "$jdbc" -user sa -password "" -sql "SELECT
        CAST(CUMULATIVE_EXECUTION_TIME AS INT) AS total_ms, EXECUTION_COUNT AS times,
        CAST(AVERAGE_EXECUTION_TIME AS DECIMAL(10, 2)) AS average_ms, CAST(AVERAGE_ROW_COUNT AS INT) AS rows_,
        LEFT(REGEXP_REPLACE(SQL_STATEMENT, '\\s+', ' '), 160) AS statement
      FROM INFORMATION_SCHEMA.QUERY_STATISTICS ORDER BY CUMULATIVE_EXECUTION_TIME DESC LIMIT 40" >"$statements" 2>&1
  ) &
fi

# One run of the simulation: its arguments are the seconds, the JDBC URL of the SQL floor (none: no floor) and the
# file that marks its end.
simulate() {
  ./mvnw -B --no-transfer-progress -Pload -Dcheckstyle.skip -Dspotless.check.skip test-compile gatling:test \
    -Dplenary.load.base-url="$base" \
    -Dplenary.load.users="${PLENARY_LOAD_USERS:-50}" \
    -Dplenary.load.seconds="$1" \
    -Dplenary.load.rounds="${PLENARY_LOAD_ROUNDS:-80}" \
    -Dplenary.load.pause-millis="${PLENARY_LOAD_PAUSE_MILLIS:-1000}" \
    -Dplenary.load.password="$password" \
    -Dplenary.load.readers="$readers" \
    -Dplenary.load.writers="$writers" \
    -Dplenary.load.jdbc-url="$2" \
    -Dplenary.load.floor-file="$PWD/target/gatling/sql-floor-$size.md" \
    -Dplenary.load.done-file="$3"
}

# The warm-up: the same users on the freshly started JVM, reported apart. Its first half minute measures the JIT
# compiler and the first use of each library (a first DOCX or PDF under that load took 5-14 s at L on 3 December,
# the same requests 10-30 ms half a minute later), not Plenary at that size; the measured run follows on a warm JVM.
warmup=${PLENARY_LOAD_WARMUP_SECONDS:-60}
warmup_report=
if [ "$warmup" -gt 0 ]; then
  echo "Warming up for $warmup s (reported apart)"
  simulate "$warmup" "" "$PWD/target/gatling/warmup-done" || {
    echo "The warm-up failed: the measured run follows all the same" >&2
  }
  warmup_report=$(ls -td target/gatling/plenaryloadsimulation-* 2>/dev/null | head -n 1 || true)
  if [ "${PLENARY_LOAD_SQL_STATISTICS:-0}" = 1 ]; then
    # Turning H2's statistics off forgets them; the measured run's are counted afresh.
    java -cp target/app/lib/'*' org.h2.tools.Shell -url "$jdbc" -user sa -password "" \
      -sql "SET QUERY_STATISTICS FALSE; SET QUERY_STATISTICS TRUE" >/dev/null
  fi
fi

status=0
simulate "${PLENARY_LOAD_SECONDS:-60}" "$jdbc" "$done_mark" || status=$?
kill $sampler 2>/dev/null || true
# Each sample: resident, of it the process's own (anonymous) and mapped files' pages, in MB.
echo "Plenary's resident memory under the load (sampled each second): at most $(sort -n "$data/rss.txt" | tail -n 1 \
| awk '{print $1 " MB (own " $2 ", files " $3 ")"}'), at its end $(tail -n 1 "$data/rss.txt" | awk '{print $1}') MB; \
own memory at most $(sort -n -k2 "$data/rss.txt" | tail -n 1 | awk '{print $2}') MB"

# Resident memory, and of it what is the process's own (heap, metaspace, code, stacks) and what are pages of files
# it maps (the search index, the jars), which the kernel may drop and read again.
echo "Plenary's resident memory at the end, after the SQL floor: $(awk '/^VmRSS|^RssAnon|^RssFile/ {printf "%s %d MB  ", $1, $2 / 1024}' \
  /proc/$plenary/status)"
kill $plenary
wait $plenary 2>/dev/null || true
trap - EXIT

report=$(ls -td target/gatling/plenaryloadsimulation-* 2>/dev/null | head -n 1 || true)
if [ "$status" -eq 0 ] && [ -n "$report" ]; then
  if [ -n "$warmup_report" ]; then
    echo "The warm-up's report: $warmup_report/index.html"
    python3 bench/load-table.py "$warmup_report" /nonexistent || true
  fi
  echo "Gatling's report: $report/index.html"
  python3 bench/load-table.py "$report" "target/gatling/sql-floor-$size.md" || true
  [ "${PLENARY_LOAD_SQL_STATISTICS:-0}" = 1 ] && echo "The statements that took longest under the load: $statements"
fi
exit $status
