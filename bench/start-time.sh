#!/usr/bin/env bash
# Start-time benchmark (issue 25): the median of five starts of the runnable jar, until /actuator/health answers 200,
# with a fresh and with an existing data directory, as the plain jar and as the extracted jar with a JDK AOT cache
# made by a training run; and beside each time the CPU-seconds the JVM spent until then (all its threads: the JIT
# compilers are a good part), which a shared machine's load distorts far less than the wall time. The machine is
# shared: compare the ratios of one run, not figures of different runs.
#   ./mvnw package -DskipTests && bench/start-time.sh [runs=5] [which="plain aot"]
# Variants: plain (java -jar, which uses the build's Spring AOT code), aot (the extracted jar with the JDK's AOT cache,
# and the AOT code), reflect (java -jar -Dspring.aot.enabled=false: the bean definitions found at run time, as before).
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

# One start: prints the seconds until health answers 200 and the JVM's CPU-seconds until then ("wall/cpu"), then stops
# Kizuna (SIGTERM) and waits for it.
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
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat") # user + system time of all the JVM's threads, 1/100 s
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$began" -v b="$now" -v t="$ticks" 'BEGIN {printf "%.2f/%.1f\n", b - a, t / 100}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# The variants' java arguments
args_plain=(-jar "$JAR")
args_aot=(-XX:AOTCache="$WORK/app/kizuna.aot" -jar "$WORK/app/$(basename "$JAR")")
args_reflect=(-Dspring.aot.enabled=false -jar "$JAR")

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
    fresh=$(eval 'start_once "$WORK/data-fresh" "${args_'"$which"'[@]}"')
    existing=$(eval 'start_once "$WORK/data-existing-$which" "${args_'"$which"'[@]}"')
    FRESH[$which]+="$fresh " EXISTING[$which]+="$existing "
    echo "round $round $which: fresh $fresh, existing $existing (wall s/CPU-s)" >&2
  done
done
wall() { tr ' ' '\n' <<<"$1" | grep . | cut -d/ -f1 | median; }
cpu() { tr ' ' '\n' <<<"$1" | grep . | cut -d/ -f2 | median; }
for which in $WHICH; do
  printf '%-7s fresh data dir: median %6.2f s, %5.1f CPU-s  (wall/CPU: %s)\n' "$which" "$(wall "${FRESH[$which]}")" \
    "$(cpu "${FRESH[$which]}")" "${FRESH[$which]}"
  printf '%-7s existing data:  median %6.2f s, %5.1f CPU-s  (wall/CPU: %s)\n' "$which" "$(wall "${EXISTING[$which]}")" \
    "$(cpu "${EXISTING[$which]}")" "${EXISTING[$which]}"
done
first=${WHICH%% *}
for which in $WHICH; do
  [[ $which == "$first" ]] && continue
  for kind in FRESH EXISTING; do
    declare -n runs=$kind
    echo "$kind: $which / $first = $(awk -v a="$(wall "${runs[$which]}")" -v p="$(wall "${runs[$first]}")" \
      -v c="$(cpu "${runs[$which]}")" -v d="$(cpu "${runs[$first]}")" 'BEGIN {printf "%.2f wall, %.2f CPU", a / p, c / d}')"
  done
done
