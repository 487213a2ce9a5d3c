# shellcheck shell=bash
# RabbitMQ broker for ./hub. Sourced after common.sh.
#
# Two ways to get a broker:
#   docker - `docker compose up -d rabbitmq` when a Docker engine answers;
#   local  - otherwise a project-local node from Debian's rabbitmq-server package,
#            with all its data, logs, config and pid under .hub/rabbitmq/.
# CCAPEX_BROKER=auto|docker|local|external forces one (external: start nothing,
# use CCAPEX_RABBITMQ_URI / CCAPEX_RABBITMQ_MANAGEMENT_URI as given).

RMQ_PORT="${CCAPEX_RABBITMQ_PORT:-5672}"
RMQ_MGMT_PORT="${CCAPEX_RABBITMQ_MANAGEMENT_PORT:-15672}"
RMQ_NODENAME="${CCAPEX_RABBITMQ_NODENAME:-ccapex@localhost}"
RMQ_DIR="$HUB_DIR/rabbitmq"
RMQ_PID_FILE="$RMQ_DIR/rabbitmq.pid"
RMQ_START_TIMEOUT="${CCAPEX_RABBITMQ_START_TIMEOUT:-120}"
# The Debian package keeps the real scripts here; /usr/sbin/rabbitmq-* are wrappers that
# cd to /var/lib/rabbitmq and send the server's output to /var/log/rabbitmq, which we don't want.
RMQ_BIN="/usr/lib/rabbitmq/bin"
# As root, the node runs as the package's 'rabbitmq' user (the package's files belong to it,
# and a broker shouldn't run as root); otherwise as ourselves.
if is_root; then RMQ_USER=rabbitmq; else RMQ_USER="$(id -un)"; fi

BROKER_STARTED_HERE=0   # set to 1 when this ./hub invocation started the broker
RMQ_LOG_START_LINE=0    # lines in the node's log before this start, to show only new ones on failure

broker_export_env() {
    if [ "${CCAPEX_BROKER:-auto}" != external ]; then
        export CCAPEX_RABBITMQ_URI="amqp://guest:guest@127.0.0.1:${RMQ_PORT}/"
        export CCAPEX_RABBITMQ_MANAGEMENT_URI="http://guest:guest@127.0.0.1:${RMQ_MGMT_PORT}/"
    fi
}

# Docker mode needs an engine that answers and Compose (the v2 plugin, or v1 docker-compose).
docker_engine_up() {
    have docker && timeout 15 docker info >/dev/null 2>&1 || return 1
    if docker compose version >/dev/null 2>&1 || have docker-compose; then return 0; fi
    warn "a Docker engine answers but Docker Compose is missing; using a local broker"
    return 1
}

# Which kind of broker to use: what is already running wins, then CCAPEX_BROKER, then Docker if it answers.
broker_mode() {
    local m="${CCAPEX_BROKER:-auto}"
    if [ "$m" != auto ]; then echo "$m"; return; fi
    if local_node_running; then echo local; return; fi
    case "$(marker broker)" in docker|local) marker broker; return;; esac
    if docker_engine_up; then echo docker; else echo local; fi
}

# ---------------------------------------------------------------- local node

# Run a RabbitMQ CLI (server, rabbitmqctl, ...) as the node user, with the project-local
# environment. HOME points into .hub so the Erlang cookie is the same for the server and
# every rabbitmqctl we run (otherwise the CLI cannot authenticate to the node).
rmq_run() {
    local cmd="$1"; shift
    local exe="$RMQ_BIN/$cmd"
    [ -x "$exe" ] || exe="$(command -v "$cmd")"
    local -a envv=(
        HOME="$RMQ_DIR/home"
        RABBITMQ_CONF_ENV_FILE="$RMQ_DIR/rabbitmq-env.conf"   # ignore /etc/rabbitmq/rabbitmq-env.conf
        RABBITMQ_NODENAME="$RMQ_NODENAME"
        RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
        RABBITMQ_NODE_PORT="$RMQ_PORT"
        RABBITMQ_DIST_PORT="$((RMQ_PORT + 20000))"
        RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
        RABBITMQ_LOG_BASE="$RMQ_DIR/log"
        RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
        RABBITMQ_ADVANCED_CONFIG_FILE="$RMQ_DIR/advanced.config"
        RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
        RABBITMQ_PID_FILE="$RMQ_PID_FILE"
        # Keep Erlang distribution (node <-> rabbitmqctl) and epmd on loopback too.
        RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
        RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
        ERL_EPMD_ADDRESS=127.0.0.1
    )
    local -a pre=()
    [ -n "${RMQ_RUN_TIMEOUT:-}" ] && pre=(timeout "$RMQ_RUN_TIMEOUT")
    is_root && pre+=(runuser -u "$RMQ_USER" --)
    # The node user must be able to cd to the working directory; .hub/rabbitmq always works.
    (cd "$RMQ_DIR" && "${pre[@]}" env "${envv[@]}" "$exe" "$@")
}

rmq_installed() { [ -x "$RMQ_BIN/rabbitmq-server" ] || have rabbitmq-server; }

# The pid in our pid file, if that process is really our node: PIDs wrap quickly on busy
# machines (pid_max is 32768 here), so a stale pid file may name an unrelated process that
# we must neither reuse nor kill. Our node's arguments carry "-home <.hub/rabbitmq/home>".
local_node_pid() {
    local pid; pid="$(cat "$RMQ_PID_FILE" 2>/dev/null || true)"
    if [ -n "$pid" ] && ps -o args= -p "$pid" 2>/dev/null | grep -q -F -- "-home $RMQ_DIR/home"; then
        echo "$pid"
    fi
}
local_node_running() { [ -n "$(local_node_pid)" ]; }
# (ps -C: only beam processes, so the grep cannot match itself.)
local_node_process_exists() { ps -C beam.smp -o args= 2>/dev/null | grep -q -F -- "-home $RMQ_DIR/home"; }

# Debian's package starts a system-wide node (rabbit@<host>, on 0.0.0.0:5672) when it is
# installed where services may start. It would take our port, so stop it and keep it off.
# It is found as a beam process of the rabbitmq user that is not a ./hub node.
stop_system_rabbitmq() {
    is_root || return 0
    getent passwd rabbitmq >/dev/null || return 0
    local pids
    # A RabbitMQ server is a beam process with "-s rabbit boot" in its arguments (rabbitmqctl
    # runs on beam too, but without it). Nodes started by ./hub (from any checkout) run with
    # HOME=<repo>/.hub/rabbitmq/home, visible as "-home ..." in their arguments; leave those alone.
    pids="$(ps -u rabbitmq -o pid=,args= 2>/dev/null | grep -E 'beam(\.smp)? .*-s rabbit boot' | grep -v -F -- "/.hub/rabbitmq/home" | awk '{print $1}' || true)"
    [ -n "$pids" ] || return 0
    warn "a system RabbitMQ node is running (pid ${pids//$'\n'/ }); stopping and disabling it"
    # Let the service manager know, so it doesn't restart the node. Bounded by timeouts:
    # the init script's `rabbitmqctl stop <pidfile>` waits forever when its pid file is missing.
    if [ -d /run/systemd/system ] && have systemctl; then timeout 60 systemctl stop rabbitmq-server >/dev/null 2>&1 || true; fi
    if [ -s /var/run/rabbitmq/pid ] && have service; then timeout 60 service rabbitmq-server stop >/dev/null 2>&1 || true; fi
    # Whatever is left: Erlang shuts down cleanly on SIGTERM.
    local pid
    for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 60); do
        local alive=0
        for pid in $pids; do if pid_alive "$pid"; then alive=1; fi; done
        [ "$alive" -eq 0 ] && break
        sleep 0.5
    done
    for pid in $pids; do
        if pid_alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
    done
    disable_system_rabbitmq
}

disable_system_rabbitmq() {
    is_root || return 0
    if [ -d /run/systemd/system ] && have systemctl; then systemctl disable rabbitmq-server >/dev/null 2>&1 || true; fi
    if have update-rc.d && [ -e /etc/init.d/rabbitmq-server ]; then update-rc.d rabbitmq-server disable >/dev/null 2>&1 || true; fi
}

ensure_rabbitmq_installed() {
    rmq_installed && return 0
    apt_install rabbitmq-server
    rmq_installed || die "rabbitmq-server still missing after apt-get install"
    stop_system_rabbitmq
    disable_system_rabbitmq
}

# The node user must be able to reach $RMQ_DIR: add o+x (traverse only, not read) to
# any parent directory that it cannot enter, e.g. a repo cloned under /root.
ensure_traversable() {
    is_root || return 0
    local d="$1"
    while [ "$d" != / ] && [ -n "$d" ]; do
        if ! runuser -u "$RMQ_USER" -- test -x "$d" 2>/dev/null; then
            log "chmod o+x $d (so user $RMQ_USER can reach .hub/rabbitmq)"
            chmod o+x "$d"
        fi
        d="$(dirname "$d")"
    done
}

# Config, plugins and cookie. Rewritten on each start (cheap) so a port change applies.
prepare_local_node_dir() {
    mkdir -p "$RMQ_DIR/mnesia" "$RMQ_DIR/log" "$RMQ_DIR/home"
    cat >"$RMQ_DIR/rabbitmq.conf" <<CONF
# Generated by ./hub - project-local development broker. Edits are overwritten.
management.tcp.ip = 127.0.0.1
management.tcp.port = ${RMQ_MGMT_PORT}
log.file.level = info
log.console = false
# guest/guest is allowed, from loopback only (RabbitMQ's default, stated for clarity).
loopback_users.guest = true
CONF
    echo '[rabbitmq_management].' >"$RMQ_DIR/enabled_plugins"
    : >"$RMQ_DIR/rabbitmq-env.conf"
    if [ ! -s "$RMQ_DIR/home/.erlang.cookie" ]; then
        # Erlang wants the cookie readable by its owner only.
        # (No `tr </dev/urandom | head`: tr dies of SIGPIPE, fatal under pipefail.)
        local cookie; cookie="$(head -c 4096 /dev/urandom | LC_ALL=C tr -dc 'A-Z')"
        (umask 077; printf '%s' "${cookie:0:32}" >"$RMQ_DIR/home/.erlang.cookie")
    fi
    chmod 400 "$RMQ_DIR/home/.erlang.cookie"
    if is_root; then
        chown -R "$RMQ_USER:" "$RMQ_DIR"
        ensure_traversable "$(dirname "$RMQ_DIR")"
    fi
}

# What went wrong at startup. With -detached the node's console output is lost, so look
# at Erlang's crash dump (its "Slogan:" names the reason, e.g. dist_port_already_used)
# and at the errors and last lines of the node's log.
local_node_log_tail() {
    local dump="$RMQ_DIR/erl_crash.dump" log="$RMQ_DIR/log/$RMQ_NODENAME.log"
    if [ -s "$dump" ]; then
        echo "---- Erlang crash: $(grep -m1 '^Slogan:' "$dump" | cut -c1-600)" >&2
    fi
    if [ -s "$RMQ_DIR/log/startup.log" ]; then
        echo "---- $RMQ_DIR/log/startup.log" >&2
        tail -n 20 "$RMQ_DIR/log/startup.log" >&2
    fi
    if [ -s "$log" ]; then
        # Only what this start wrote: the log is appended to across runs.
        echo "---- errors and last lines of $log (this start)" >&2
        tail -n "+$((RMQ_LOG_START_LINE + 1))" "$log" | grep -E '\[(error|critical)\]' | tail -n 10 >&2 || true
        tail -n "+$((RMQ_LOG_START_LINE + 1))" "$log" | tail -n 15 >&2
    fi
}

# Up means: the pid in our pid file lives, and AMQP and management accept connections.
# (The AMQP listener opens last in RabbitMQ's boot, so it's the readiness signal;
# it avoids a ~2 s rabbitmqctl round trip per check.)
wait_local_node() {
    local deadline=$((SECONDS + RMQ_START_TIMEOUT)) grace=$((SECONDS + 15)) pid
    while [ "$SECONDS" -lt "$deadline" ]; do
        pid="$(local_node_pid)"
        # Died: no process of our node, and it had written its pid file or a crash dump,
        # or the grace period is over (it can die before writing either).
        if [ -z "$pid" ] && ! local_node_process_exists \
            && { [ -s "$RMQ_PID_FILE" ] || [ -s "$RMQ_DIR/erl_crash.dump" ] || [ "$SECONDS" -gt "$grace" ]; }; then
            local_node_log_tail
            die "RabbitMQ node $RMQ_NODENAME exited during startup (logs in $RMQ_DIR/log)"
        fi
        if [ -n "$pid" ] && tcp_open "$RMQ_PORT" && tcp_open "$RMQ_MGMT_PORT"; then
            return 0
        fi
        sleep 0.5
    done
    local_node_log_tail
    die "RabbitMQ node $RMQ_NODENAME not ready on 127.0.0.1:$RMQ_PORT after ${RMQ_START_TIMEOUT}s (logs in $RMQ_DIR/log)"
}

start_local_node() {
    ensure_rabbitmq_installed
    if local_node_running; then
        log "reusing running RabbitMQ node $RMQ_NODENAME (pid $(local_node_pid))"
        wait_local_node
        return 0
    fi
    stop_system_rabbitmq
    if tcp_open "$RMQ_PORT"; then
        die "port 127.0.0.1:$RMQ_PORT is taken by another process; stop it or set CCAPEX_RABBITMQ_PORT"
    fi
    if tcp_open "$RMQ_MGMT_PORT"; then
        die "port 127.0.0.1:$RMQ_MGMT_PORT is taken by another process; stop it or set CCAPEX_RABBITMQ_MANAGEMENT_PORT"
    fi
    prepare_local_node_dir
    rm -f "$RMQ_PID_FILE" "$RMQ_DIR/erl_crash.dump"
    RMQ_LOG_START_LINE="$(wc -l <"$RMQ_DIR/log/$RMQ_NODENAME.log" 2>/dev/null || echo 0)"
    # epmd (Erlang's port mapper) is started implicitly by the first node; remember
    # whether that was us, so stop can take it down again.
    if have epmd && epmd -names >/dev/null 2>&1; then mark_started epmd no; else mark_started epmd yes; fi
    log "starting RabbitMQ node $RMQ_NODENAME on 127.0.0.1:$RMQ_PORT (management :$RMQ_MGMT_PORT, data in .hub/rabbitmq)"
    local t0=$SECONDS
    rmq_run rabbitmq-server -detached >"$RMQ_DIR/log/startup.log" 2>&1 || {
        local_node_log_tail
        die "rabbitmq-server -detached failed"
    }
    mark_started broker local
    BROKER_STARTED_HERE=1
    wait_local_node
    log "RabbitMQ ready after $((SECONDS - t0))s (pid $(local_node_pid))"
}

stop_local_node() {
    local pid; pid="$(local_node_pid)"
    if [ -n "$pid" ]; then
        log "stopping RabbitMQ node $RMQ_NODENAME (pid $pid)"
        # rabbitmqctl stop <pidfile> waits until the OS process is gone.
        if ! RMQ_RUN_TIMEOUT=90 rmq_run rabbitmqctl -q -n "$RMQ_NODENAME" stop "$RMQ_PID_FILE" >/dev/null 2>&1; then
            warn "rabbitmqctl stop failed; sending SIGTERM to $pid"
            kill -TERM "$pid" 2>/dev/null || true
        fi
        for _ in $(seq 1 60); do pid_alive "$pid" || break; sleep 0.5; done
        if pid_alive "$pid"; then warn "node still alive, killing $pid"; kill -KILL "$pid" 2>/dev/null || true; fi
    else
        log "RabbitMQ node $RMQ_NODENAME is not running"
    fi
    rm -f "$RMQ_PID_FILE"
    # Take down epmd only if we started it and no other Erlang node still uses it.
    if [ "$(marker epmd)" = yes ] && have epmd; then
        if ! epmd -names 2>/dev/null | grep -q '^name '; then epmd -kill >/dev/null 2>&1 || true; fi
    fi
    clear_marker epmd
}

# ---------------------------------------------------------------- docker

compose() {
    if docker compose version >/dev/null 2>&1; then docker compose -f "$REPO/docker-compose.yml" "$@"
    else docker-compose -f "$REPO/docker-compose.yml" "$@"; fi
}

# Running = the service has a container whose state is "running" (works with Compose v1 and v2).
compose_service_running() {
    local id; id="$(compose ps -q "$1" 2>/dev/null | head -n1)"
    [ -n "$id" ] && [ "$(docker inspect -f '{{.State.Running}}' "$id" 2>/dev/null)" = true ]
}

# Wait until the service's container reports healthy (its compose healthcheck) and $2 accepts connections.
wait_compose_healthy() {
    local svc="$1" port="$2" id health="" deadline=$((SECONDS + RMQ_START_TIMEOUT))
    id="$(compose ps -q "$svc" | head -n1)"
    while [ "$SECONDS" -lt "$deadline" ]; do
        health="$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id" 2>/dev/null || true)"
        if [ "$health" = healthy ] && tcp_open "$port"; then return 0; fi
        sleep 1
    done
    compose logs --tail 30 "$svc" >&2 || true
    die "$svc container not healthy after ${RMQ_START_TIMEOUT}s (last status: ${health:-unknown})"
}

start_docker_broker() {
    if compose_service_running rabbitmq; then
        log "reusing running rabbitmq container"
    else
        log "starting rabbitmq with docker compose"
        compose up -d rabbitmq >&2 || die "docker compose up -d rabbitmq failed"
        mark_started broker docker
        BROKER_STARTED_HERE=1
    fi
    wait_compose_healthy rabbitmq "$RMQ_PORT"
}

stop_docker_broker() {
    log "stopping rabbitmq container"
    compose stop rabbitmq >&2 || warn "docker compose stop rabbitmq failed"
}

# ---------------------------------------------------------------- verbs

broker_start() {
    case "$(broker_mode)" in
        docker)   start_docker_broker ;;
        local)    start_local_node ;;
        external) log "CCAPEX_BROKER=external: using ${CCAPEX_RABBITMQ_URI:?set CCAPEX_RABBITMQ_URI}" ;;
        *)        die "CCAPEX_BROKER must be auto, docker, local or external" ;;
    esac
    broker_export_env
}

# Stops only what ./hub started. The local node lives in .hub/, so it is always ours.
broker_stop() {
    local started; started="$(marker broker)"
    if local_node_running || [ "$started" = local ]; then
        stop_local_node
    elif [ "$started" = docker ]; then
        stop_docker_broker
    else
        log "no broker started by ./hub is running"
    fi
    clear_marker broker
}

# For up/test: stop the broker only if this very invocation started it.
broker_stop_if_started_here() {
    if [ "$BROKER_STARTED_HERE" -eq 1 ]; then broker_stop; fi
}

broker_status() {
    broker_export_env
    local started; started="$(marker broker)"
    echo "started by ./hub: ${started:-no}"
    if local_node_running; then
        echo "local node:       $RMQ_NODENAME running (pid $(local_node_pid)), data in $RMQ_DIR"
    fi
    if tcp_open "$RMQ_PORT"; then echo "amqp:             up   $CCAPEX_RABBITMQ_URI"
    else echo "amqp:             down (127.0.0.1:$RMQ_PORT)"; fi
    if tcp_open "$RMQ_MGMT_PORT"; then echo "management:       up   $CCAPEX_RABBITMQ_MANAGEMENT_URI"
    else echo "management:       down (127.0.0.1:$RMQ_MGMT_PORT)"; fi
    tcp_open "$RMQ_PORT"
}
