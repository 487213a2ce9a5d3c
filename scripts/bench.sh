# shellcheck shell=bash
# `./hub bench [--quick] [args]`: src/Ccapex.Hub.Bench against the local broker and database.
# Sourced after common.sh, broker.sh, db.sh and dotnet.sh (start_services, stop_started_services).

BENCH_DIR="$HUB_DIR/bench"

cmd_bench() {
    export CCAPEX_DATA_DIR="${CCAPEX_DATA_DIR:-$BENCH_DIR}"
    trap 'stop_started_services' EXIT
    trap 'log "signal received"; trap "" INT TERM; exit 130' INT TERM
    start_services
    # Building the bench builds the host too (a build-only project reference): the bench runs its Release dll.
    log "dotnet build src/Ccapex.Hub.Bench -c Release (with the host)"
    dotnet build "$REPO/src/Ccapex.Hub.Bench" -c Release -nologo -v quiet || die "build failed"

    mkdir -p "$BENCH_DIR"
    local out="$BENCH_DIR/last-run.log" rc=0
    # Backgrounded + wait, so a signal reaches the trap at once; the bench stops its hub and cleans up on SIGTERM.
    dotnet "$REPO/src/Ccapex.Hub.Bench/bin/Release/net10.0/Ccapex.Hub.Bench.dll" "$@" > >(tee "$out") &
    BENCH_PID=$!
    trap 'log "signal received"; kill -TERM "$BENCH_PID" 2>/dev/null || true; wait "$BENCH_PID" 2>/dev/null; exit 130' INT TERM
    wait "$BENCH_PID" || rc=$?
    wait 2>/dev/null || true    # tee: the bench's last lines are out before anything below

    local stopped=$((${BROKER_STARTED_HERE:-0} + ${DB_STARTED_HERE:-0}))
    stop_started_services
    trap - EXIT INT TERM
    # Stopping services logs to stderr: print the ratio again so that it stays the last line.
    if [ "$stopped" -gt 0 ] && [ "$rc" -eq 0 ]; then grep '^ratio: ' "$out" | tail -n 1; fi
    return "$rc"
}
