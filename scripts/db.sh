# shellcheck shell=bash
# PostgreSQL for ./hub. Sourced after common.sh.
# Uses the Debian cluster (pg_ctlcluster), preferring 15/main; creates role and
# database 'ccapex' (password 'ccapex') for the tests.

PG_WANT_VERSION="${CCAPEX_PG_VERSION:-15}"
PG_WANT_CLUSTER="${CCAPEX_PG_CLUSTER:-main}"
PG_VERSION=""; PG_CLUSTER=""; PG_PORT=""
DB_STARTED_HERE=0   # set to 1 when this ./hub invocation started the cluster

db_export_env() {
    export CCAPEX_POSTGRES="Host=127.0.0.1;Port=${PG_PORT:-5432};Username=ccapex;Password=ccapex;Database=ccapex"
}

# Pick the cluster: $PG_WANT_VERSION/$PG_WANT_CLUSTER if present, else the first one listed.
# pg_lsclusters -h prints: version cluster port status owner datadir logfile.
pg_pick_cluster() {
    local line
    line="$(pg_lsclusters -h 2>/dev/null | awk -v v="$PG_WANT_VERSION" -v c="$PG_WANT_CLUSTER" '$1==v && $2==c' | head -n1)"
    [ -n "$line" ] || line="$(pg_lsclusters -h 2>/dev/null | head -n1)"
    [ -n "$line" ] || return 1
    read -r PG_VERSION PG_CLUSTER PG_PORT _ <<<"$line"
}

pg_cluster_online() { pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q '^online'; }

# psql as the postgres superuser over the local socket (peer auth). cd / because
# postgres can't always enter the caller's directory.
pg_super() {
    if is_root; then (cd / && runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtAX "$@")
    else (cd / && sudo -u postgres psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtAX "$@"); fi
}

ensure_postgres_installed() {
    if ! have pg_ctlcluster; then apt_install postgresql; fi
    if ! pg_pick_cluster; then
        # The package normally creates <version>/main; create it if it didn't.
        local v; v="$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n1)"
        [ -n "$v" ] || die "no PostgreSQL server found under /usr/lib/postgresql"
        log "creating PostgreSQL cluster $v/main"
        as_root pg_createcluster "$v" main >&2
        pg_pick_cluster || die "no PostgreSQL cluster after pg_createcluster"
    fi
}

ensure_ccapex_role_and_db() {
    if [ "$(pg_super -c "SELECT 1 FROM pg_roles WHERE rolname = 'ccapex'")" != 1 ]; then
        log "creating PostgreSQL role ccapex"
        # CREATEDB so tests may create throwaway databases of their own.
        pg_super -c "CREATE ROLE ccapex LOGIN CREATEDB PASSWORD 'ccapex'"
    fi
    if [ "$(pg_super -c "SELECT 1 FROM pg_database WHERE datname = 'ccapex'")" != 1 ]; then
        log "creating PostgreSQL database ccapex"
        pg_super -c "CREATE DATABASE ccapex OWNER ccapex"
    fi
}

# Without Debian's PostgreSQL tools but with Docker (a developer laptop), use the compose
# postgres service instead; CCAPEX_DB=local|docker forces one.
db_mode() {
    local m="${CCAPEX_DB:-auto}"
    if [ "$m" != auto ]; then echo "$m"; return; fi
    if [ "$(marker db)" = docker ]; then echo docker; return; fi
    if ! have pg_ctlcluster && docker_engine_up; then echo docker; else echo local; fi
}

start_docker_db() {
    PG_PORT="${CCAPEX_POSTGRES_PORT:-5432}"
    if compose_service_running postgres; then
        log "reusing running postgres container"
    else
        log "starting postgres with docker compose"
        compose up -d postgres >&2 || die "docker compose up -d postgres failed"
        mark_started db docker
        DB_STARTED_HERE=1
    fi
    # The image creates role and database ccapex itself (POSTGRES_USER/PASSWORD/DB).
    wait_compose_healthy postgres "$PG_PORT"
    db_export_env
}

db_start() {
    if [ "$(db_mode)" = docker ]; then start_docker_db; return; fi
    ensure_postgres_installed
    if pg_cluster_online; then
        log "reusing running PostgreSQL $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
    else
        log "starting PostgreSQL $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
        as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >&2 \
            || { tail -n 30 "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" >&2 2>/dev/null || true; die "pg_ctlcluster $PG_VERSION $PG_CLUSTER start failed"; }
        mark_started db "$PG_VERSION $PG_CLUSTER"
        DB_STARTED_HERE=1
    fi

    for _ in $(seq 1 60); do
        pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
        sleep 0.5
    done
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL not accepting connections on 127.0.0.1:$PG_PORT"
    ensure_ccapex_role_and_db
    db_export_env
}

# Stops the cluster only if ./hub started it; a cluster that was already running stays up.
db_stop() {
    local started; started="$(marker db)"
    if [ -z "$started" ]; then
        log "PostgreSQL was not started by ./hub; leaving it as it is"
        return 0
    fi
    if [ "$started" = docker ]; then
        log "stopping postgres container"
        compose stop postgres >&2 || warn "docker compose stop postgres failed"
        clear_marker db
        return 0
    fi
    local v c; read -r v c <<<"$started"
    log "stopping PostgreSQL $v/$c"
    as_root pg_ctlcluster "$v" "$c" stop >&2 || warn "pg_ctlcluster $v $c stop failed"
    clear_marker db
}

db_stop_if_started_here() {
    if [ "$DB_STARTED_HERE" -eq 1 ]; then db_stop; fi
}

db_status() {
    have pg_lsclusters || { echo "postgresql: not installed"; return 1; }
    pg_pick_cluster || { echo "postgresql: no cluster"; return 1; }
    db_export_env
    echo "started by ./hub: $( [ -n "$(marker db)" ] && echo yes || echo no)"
    if pg_cluster_online; then echo "postgresql:       up   $PG_VERSION/$PG_CLUSTER  $CCAPEX_POSTGRES"; return 0
    else echo "postgresql:       down ($PG_VERSION/$PG_CLUSTER, port $PG_PORT)"; return 1; fi
}
