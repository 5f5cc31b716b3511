#!/usr/bin/env bash
# Measures one start of the app: seconds from the command to GET /actuator/health answering UP (polled every
# 0,2 s), the JVM's CPU seconds at that moment split by thread (main = Spring's start, C1/C2 = JIT, GC), and the
# load average; then stops the app (SIGTERM). Used for docs/benchmarks.md «Cold start». Run one at a time.
#   SERVER_PORT=8291 CCHC_DATA_DIR=/tmp/d scripts/start-time.sh java -Xmx512m -jar target/cchc-report-0.1.0.jar
#   SERVER_PORT=8291 CCHC_DATA_DIR=/tmp/d scripts/start-time.sh scripts/fast-start.sh run app
# The command must exec java (fast-start.sh run does), so that its pid is the JVM's.
set -uo pipefail
port="${SERVER_PORT:-8080}"
t0=$(date +%s%N)
"$@" > "${START_TIME_LOG:-start-time.log}" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "the app ended before UP: see ${START_TIME_LOG:-start-time.log}" >&2; exit 1; }
    sleep 0.2
done
t1=$(date +%s%N)
hz=$(getconf CLK_TCK)
threads=$(for t in /proc/"$pid"/task/*; do # a thread may end while read: its line is skipped
    # comm is e.g. "C2 CompilerThre0", "java" (the main thread), "GC Thread#0": grouped by its first word
    printf '%s %s\n' "$(cut -d' ' -f1 "$t/comm")" "$(sed 's/.*) //' "$t/stat" | awk '{print $12 + $13}')"
done 2>/dev/null | awk -v hz="$hz" '{a[$1] += $2} END {for (k in a) if (a[k] / hz >= 0.1) printf "%s %.1f s, ", (k == "java" ? "main" : k), a[k] / hz}')
cpu=$(sed 's/.*) //' /proc/"$pid"/stat | awk -v hz="$hz" '{printf "%.1f", ($12 + $13) / hz}')
echo "UP after $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b - a) / 1e9}') s; JVM CPU $cpu s (${threads%, }); load $(cut -d' ' -f1-3 /proc/loadavg)"
kill -TERM "$pid"
wait "$pid" 2>/dev/null
exit 0
