# shellcheck shell=bash
# `./hub up` and `./hub test`: run the .NET host / test suite against the services.
# Sourced after common.sh, broker.sh and db.sh.

TEST_RESULTS_DIR="$HUB_DIR/test-results"

# Started services are stopped exactly once, from whichever trap fires first.
SERVICES_STOPPED=0
stop_started_services() {
    [ "$SERVICES_STOPPED" -eq 0 ] || return 0
    SERVICES_STOPPED=1
    broker_stop_if_started_here || true
    db_stop_if_started_here || true
}

start_services() {
    broker_start
    db_start
    mkdir -p "$CCAPEX_DATA_DIR"
    log "CCAPEX_RABBITMQ_URI=$CCAPEX_RABBITMQ_URI"
    log "CCAPEX_RABBITMQ_MANAGEMENT_URI=$CCAPEX_RABBITMQ_MANAGEMENT_URI"
    log "CCAPEX_POSTGRES=$CCAPEX_POSTGRES"
    log "CCAPEX_DATA_DIR=$CCAPEX_DATA_DIR"
}

# The solution may be .sln or (the .NET 10 default) .slnx.
solution_file() {
    local f
    for f in "$REPO/Ccapex.Hub.sln" "$REPO/Ccapex.Hub.slnx"; do
        [ -f "$f" ] && { echo "$f"; return 0; }
    done
    return 1
}

# ---------------------------------------------------------------- test

# Sum the <Counters .../> element of every .trx file under $1 and print
# "passed failed skipped executed files". Attributes are matched as ' name="',
# so passed does not also match passedButRunAborted.
trx_counts() {
    local dir="$1" f counters p=0 fl=0 s=0 e=0 n=0 ne skip
    attr() { grep -o " $1=\"[0-9]*\"" <<<"$counters" | head -n1 | grep -o '[0-9]\+' || echo 0; }
    while IFS= read -r -d '' f; do
        counters="$(tr '\n' ' ' <"$f" | grep -o '<Counters [^>]*>' | head -n1 || true)"
        [ -n "$counters" ] || { warn "no <Counters> in $f"; continue; }
        n=$((n + 1))
        p=$((p + $(attr passed)))
        # error/timeout/aborted outcomes are failures too.
        fl=$((fl + $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
        # VSTest leaves notExecuted="0" for skipped xunit tests and counts them only as
        # total - executed, so take whichever is larger.
        ne=$(attr notExecuted); skip=$(( $(attr total) - $(attr executed) ))
        [ "$skip" -ge "$ne" ] || skip=$ne
        s=$((s + skip))
        e=$((e + $(attr executed)))
    done < <(find "$dir" -type f -name '*.trx' -print0 2>/dev/null)
    echo "$p $fl $s $e $n"
}

# The Node.js partner client (clients/node) runs in the provisioning tests: its packages, exactly as locked.
node_client_install() {
    local dir="$REPO/clients/node"
    [ -f "$dir/package-lock.json" ] || return 0
    # Debian 12's nodejs (18) is enough for amqplib; installed like the broker when missing.
    have node && have npm || apt_install nodejs npm
    log "npm ci in clients/node"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in clients/node failed"
}

# The console's browser tests drive Debian's Chromium through its chromedriver (browsers cannot be downloaded):
# installed like the broker when missing.
browser_install() {
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && return 0
    apt_install chromium chromium-driver
}

cmd_test() {
    export CCAPEX_DATA_DIR="${CCAPEX_DATA_DIR:-$HUB_DIR/test-data}"
    trap 'stop_started_services' EXIT
    trap 'log "signal received"; trap "" INT TERM; exit 130' INT TERM
    local sln rc=0
    # Old results must never be counted: clear them whatever happens next.
    rm -rf "$TEST_RESULTS_DIR"
    if ! sln="$(solution_file)"; then
        warn "no Ccapex.Hub.sln or Ccapex.Hub.slnx in $REPO"
        rc=1
    else
        start_services
        node_client_install
        browser_install
        rm -rf "$CCAPEX_DATA_DIR"
        mkdir -p "$TEST_RESULTS_DIR" "$CCAPEX_DATA_DIR"
        log "dotnet test $(basename "$sln") -c Release $*"
        dotnet test "$sln" -c Release --logger "trx;LogFilePrefix=r" \
            --results-directory "$TEST_RESULTS_DIR" "$@" || rc=$?
    fi
    # Stop services before the summary, so the summed line is the last thing printed.
    stop_started_services
    trap - EXIT

    local passed failed skipped executed files
    read -r passed failed skipped executed files < <(trx_counts "$TEST_RESULTS_DIR")
    if [ "$rc" -ne 0 ]; then log "dotnet test exited with status $rc"
    elif [ "$files" -eq 0 ]; then log "no .trx results found in $TEST_RESULTS_DIR"; rc=1
    elif [ "$failed" -gt 0 ]; then rc=1
    elif [ "$executed" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then log "no test ran"; rc=1
    fi
    echo "$passed passed, $failed failed, $skipped skipped"
    return "$rc"
}
