#!/usr/bin/env bash
# Start-time benchmark (issue 25): the median of five starts of the runnable jar, until /actuator/health answers 200,
# with a fresh and with an existing data directory, as the plain jar and as the extracted jar with a JDK AOT cache
# made by a training run. The machine is shared: compare the ratios of one run, not figures of different runs.
#   ./mvnw package -DskipTests && bench/start-time.sh [runs=5] [which="plain aot"]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
WHICH=${2:-"plain aot"}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=$(ls target/kizuna-*.jar | grep -v original | head -1)
WORK=target/start-bench
mkdir -p "$WORK"
PORT=${PORT:-18080}
COMMON=(--server.port=$PORT --kizuna.sample-data=true --spring.jmx.enabled=false)

extract() {
  rm -rf "$WORK/app"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
}

# One start: prints the seconds until health answers 200, then stops Kizuna (SIGTERM) and waits for it.
start_once() { # data-dir java-args...
  local data=$1; shift
  local log="$WORK/start.log" began now pid
  began=$(date +%s.%N)
  "$JAVA" "$@" "${COMMON[@]}" --kizuna.data-dir="$data" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/actuator/health"; do
    kill -0 $pid 2>/dev/null || { echo "Kizuna stopped; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.1
  done
  now=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$began" -v b="$now" 'BEGIN {printf "%.2f\n", b - a}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# The variants' java arguments
args_plain=(-jar "$JAR")
args_aot=(-XX:AOTCache="$WORK/app/kizuna.aot" -jar "$WORK/app/$(basename "$JAR")")

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
if [[ " $WHICH " == *" aot "* ]]; then
  extract
  # Training run: starts the application context and exits (Spring Boot's onRefresh exit), recording the classes
  # loaded and linked into the cache that the next starts map instead of loading them again.
  rm -rf "$WORK/data-train"
  "$JAVA" -XX:AOTCacheOutput="$WORK/app/kizuna.aot" -Dspring.context.exit=onRefresh -jar "$WORK/app/$(basename "$JAR")" \
    "${COMMON[@]}" --kizuna.data-dir="$WORK/data-train" >"$WORK/train.log" 2>&1 || true
fi
# The variants take turns in each round, so that the machine's changing load falls on all of them alike.
declare -A FRESH EXISTING
for which in $WHICH; do
  rm -rf "$WORK/data-existing-$which"
  eval 'start_once "$WORK/data-existing-$which" "${args_'"$which"'[@]}"' >/dev/null # makes the existing data
done
for round in $(seq "$RUNS"); do
  for which in $WHICH; do
    rm -rf "$WORK/data-fresh"
    FRESH[$which]+="$(eval 'start_once "$WORK/data-fresh" "${args_'"$which"'[@]}"') "
    EXISTING[$which]+="$(eval 'start_once "$WORK/data-existing-$which" "${args_'"$which"'[@]}"') "
  done
done
for which in $WHICH; do
  printf '%-6s fresh data dir: median %7.2f s  (%s)\n' "$which" "$(tr ' ' '\n' <<<"${FRESH[$which]}" | grep . | median)" "${FRESH[$which]}"
  printf '%-6s existing data:  median %7.2f s  (%s)\n' "$which" "$(tr ' ' '\n' <<<"${EXISTING[$which]}" | grep . | median)" "${EXISTING[$which]}"
done
if [[ " $WHICH " == *" plain "* && " $WHICH " == *" aot "* ]]; then
  for kind in FRESH EXISTING; do
    declare -n runs=$kind
    p=$(tr ' ' '\n' <<<"${runs[plain]}" | grep . | median); a=$(tr ' ' '\n' <<<"${runs[aot]}" | grep . | median)
    echo "$kind: aot / plain = $(awk -v a="$a" -v p="$p" 'BEGIN {printf "%.2f", a / p}')"
  done
fi
