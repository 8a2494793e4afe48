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

bench() { # name java-args...
  local name=$1; shift
  local fresh=() existing=() t
  for i in $(seq "$RUNS"); do
    rm -rf "$WORK/data-fresh"
    t=$(start_once "$WORK/data-fresh" "$@"); fresh+=("$t")
  done
  rm -rf "$WORK/data-existing"; start_once "$WORK/data-existing" "$@" >/dev/null
  for i in $(seq "$RUNS"); do
    t=$(start_once "$WORK/data-existing" "$@"); existing+=("$t")
  done
  printf '%-6s fresh data dir: median %6.2f s  (%s)\n' "$name" "$(printf '%s\n' "${fresh[@]}" | median)" "${fresh[*]}"
  printf '%-6s existing data:  median %6.2f s  (%s)\n' "$name" "$(printf '%s\n' "${existing[@]}" | median)" "${existing[*]}"
  eval "MEDIAN_${name}=$(printf '%s\n' "${existing[@]}" | median)"
}

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
for which in $WHICH; do
  case $which in
    plain) bench plain -jar "$JAR" ;;
    aot)
      extract
      # Training run: starts the application context and exits (Spring Boot's onRefresh exit), recording the
      # classes loaded and linked into the cache the next starts map instead of loading them again.
      rm -rf "$WORK/data-train"
      "$JAVA" -XX:AOTCacheOutput="$WORK/app/kizuna.aot" -Dspring.context.exit=onRefresh -jar "$WORK/app/$(basename "$JAR")" \
        "${COMMON[@]}" --kizuna.data-dir="$WORK/data-train" >"$WORK/train.log" 2>&1 || true
      bench aot -XX:AOTCache="$WORK/app/kizuna.aot" -jar "$WORK/app/$(basename "$JAR")" ;;
  esac
done
if [ -n "${MEDIAN_plain:-}" ] && [ -n "${MEDIAN_aot:-}" ]; then
  echo "existing data: aot / plain = $(awk -v a="$MEDIAN_aot" -v p="$MEDIAN_plain" 'BEGIN {printf "%.2f", a / p}')"
fi
