#!/usr/bin/env bash
# Faster restarts of the packaged jar: the JVM maps the classes (JDK 25+: also their linking and method profiles)
# that a training run loaded, instead of reading, verifying and profiling them again at every start.
#   scripts/fast-start.sh train [JAR] [DIR]   once per build of the jar: extract it into DIR and make the archive
#   scripts/fast-start.sh run [DIR]           every start (exec's java; put it in systemd's ExecStart)
# JAR defaults to target/cchc-report-*.jar, DIR to ./app. The JVM is $JAVA_HOME/bin/java, else java on the PATH:
# JDK 25+ writes an AOT cache (DIR/app.aot, JEP 483/514/515), JDK 17-24 an AppCDS archive (DIR/app.jsa).
# Training and every run must use the same JDK and the same $JAVA_OPTS (heap, GC). The training run is a real
# start with the server's own environment (CCHC_DATA_DIR, SERVER_PORT, CCHC_DB_*, SPRING_DATASOURCE_*): it waits
# for /actuator/health UP, asks for the sign-in page once, and stops the app; the archive is written at its exit.
# A stale or foreign archive is not an error: the JVM says so and starts without it (docs/benchmarks.md).
set -euo pipefail

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2206 # JAVA_OPTS is a list of options split on blanks, as in most start scripts
opts=(-XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-})

feature() { # the JDK's feature release: 17, 21, 25 ...
    "$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}

archive_flags() { # $1 = train | run
    if [ "$(feature)" -ge 25 ]; then
        if [ "$1" = train ]; then echo "-XX:AOTCacheOutput=app.aot"; else echo "-XX:AOTCache=app.aot"; fi
    else
        if [ "$1" = train ]; then echo "-XX:ArchiveClassesAtExit=app.jsa"; else echo "-XX:SharedArchiveFile=app.jsa"; fi
    fi
}

train() {
    local jar="${1:-}" dir="${2:-app}"
    if [ -z "$jar" ]; then jar="$(ls target/cchc-report-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)"; fi
    [ -f "$jar" ] || { echo "no jar (build it with ./mvnw -B -DskipTests package, or name it)" >&2; exit 2; }
    rm -rf "$dir"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir"
    local name port
    name="$(basename "$jar")"
    port="${SERVER_PORT:-8080}"
    cd "$dir"
    ln -s "$name" app.jar # the run names the jar by this relative path, as the training run did (JDK 17 compares it)
    echo "Training run on port $port (a normal start; takes a minute or more) ..."
    # shellcheck disable=SC2046
    "$java" "${opts[@]}" $(archive_flags train) -jar app.jar > training.log 2>&1 &
    local pid=$!
    trap 'kill "$pid" 2>/dev/null || true' EXIT
    until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "the training run ended early: see $dir/training.log" >&2; exit 1; fi
        sleep 1
    done
    curl -sf -o /dev/null "http://127.0.0.1:$port/login" || true # the first page's classes too
    kill -TERM "$pid" # a normal shutdown: the JVM writes the archive at exit
    wait "$pid" || true
    trap - EXIT
    if [ -f app.aot ] || [ -f app.jsa ]; then
        echo "Written: $dir/$(ls app.aot app.jsa 2>/dev/null) ($(du -h app.aot app.jsa 2>/dev/null | cut -f1 | head -1)); start with: scripts/fast-start.sh run $dir"
    else
        echo "no archive written: see $dir/training.log" >&2; exit 1
    fi
}

run() {
    local dir="${1:-app}"
    cd "$dir"
    local flag
    flag="$(archive_flags run)"
    [ -f "${flag#*=}" ] || echo "fast-start: no ${flag#*=} in $dir for this JDK (train first); starting without it" >&2
    exec "$java" "${opts[@]}" "$flag" -jar app.jar
}

case "${1:-}" in
    train) shift; train "$@" ;;
    run) shift; run "$@" ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
