#!/bin/sh
# The two commands of the README, and the benchmark:
#
#   packaging/dev.sh demo    install what is missing, build, start the GUI on a demo office
#   packaging/dev.sh test    install what is missing, build, run every test
#   packaging/dev.sh bench [people|mediation|import|print|stats] [N]   build and run a benchmark (figures beside raw SQLite)
#
# Builds go to build/ (RelWithDebInfo, warnings as errors). The demo database is generated once
# into build/demo/; `packaging/dev.sh demo --fresh` makes a new one.
set -eu
cd "$(dirname "$0")/.."

command=${1:-}
case "$command" in
    demo|test|bench) ;;
    *) echo "usage: packaging/dev.sh demo [--fresh] | test | bench" >&2; exit 2 ;;
esac

./packaging/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIFA_WERROR=ON
cmake --build build --parallel "$jobs"

case "$command" in
demo)
    db=build/demo/sifadesk-demo.sqlite
    if [ "${2:-}" = "--fresh" ]; then
        rm -f "$db" "$db-wal" "$db-shm"
    fi
    if [ ! -f "$db" ]; then
        mkdir -p build/demo
        build/app/sifa demo --db "$db"
    fi
    echo "Sign in as head, mediator, clerk, admin, auditor ... with the password Demo-2026."
    exec build/app/sifadesk --db "$db"
    ;;
test)
    ./packaging/cups-test-queue.sh  # a real print queue (CUPS-PDF) for the printing test
    ctest --test-dir build --output-on-failure --parallel "$jobs"
    ;;
bench)
    # packaging/dev.sh bench [people [N] | mediation [N] | import [N] | print [N] | stats [N]]   (default: people 20000)
    case "${2:-people}" in
        people)    build/tests/bench/sifa_bench "${3:-20000}" ;;
        mediation) build/tests/bench/sifa_bench_mediation "${3:-1000000}" ;;
        import)    build/tests/bench/sifa_bench_import "${3:-100000}" ;;
        print)     build/tests/bench/sifa_bench_print "${3:-100}" ;;
        stats)     build/tests/bench/sifa_bench_stats "${3:-1000000}" ;;
        [0-9]*)    build/tests/bench/sifa_bench "$2" ;;
        *) echo "usage: packaging/dev.sh bench [people|mediation|import|print|stats] [N]" >&2; exit 2 ;;
    esac
    ;;
esac
