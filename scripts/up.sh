# shellcheck shell=bash
# `./hub up`: the hub, its HTTP gateway and, unless --no-demo, the live demonstration (simulated partners on a
# compressed clock, with a readable feed). Sourced after common.sh, broker.sh, db.sh and dotnet.sh.

UP_PIDS=()
UP_NAMES=()
DEMO_VHOST="ccapex-demo"

# SIGTERM to each process started here, newest first (the partners before the hub), then wait for it.
stop_up_processes() {
    local i pid
    for ((i = ${#UP_PIDS[@]} - 1; i >= 0; i--)); do
        pid="${UP_PIDS[$i]}"
        pid_alive "$pid" || continue
        log "stopping ${UP_NAMES[$i]} (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do pid_alive "$pid" || break; sleep 0.5; done
        pid_alive "$pid" && { warn "${UP_NAMES[$i]} did not stop within 30s; killing it"; kill -KILL "$pid" 2>/dev/null || true; }
        wait "$pid" 2>/dev/null || true
    done
    UP_PIDS=()
}

# start_process NAME LOGFILE|- DLL ARGS...: runs the built program in the background.
start_process() {
    local name="$1" logfile="$2" dll="$3"; shift 3
    if [ "$logfile" = "-" ]; then
        dotnet "$dll" "$@" &
    else
        dotnet "$dll" "$@" >"$logfile" 2>&1 &
    fi
    UP_PIDS+=("$!"); UP_NAMES+=("$name")
}

# wait_ready NAME LOGFILE LINE: until the program printed its ready line (or died).
wait_ready() {
    local name="$1" logfile="$2" line="$3" pid="${UP_PIDS[-1]}"
    for _ in $(seq 1 240); do
        grep -q -F "$line" "$logfile" 2>/dev/null && { log "$name ready"; return 0; }
        pid_alive "$pid" || { tail -n 30 "$logfile" >&2; die "$name exited before it was ready (log: $logfile)"; }
        sleep 0.5
    done
    tail -n 30 "$logfile" >&2
    die "$name not ready after 120s (log: $logfile)"
}

# The password provisioning made for a broker user (base64url: no quote or backslash to unescape).
partner_password() {
    sed -n "s/^ *\"$1\": \"\([A-Za-z0-9_-]*\)\",\{0,1\}\$/\1/p" "$CCAPEX_PARTNERS_CREDENTIALS"
}

# CCAPEX_RABBITMQ_URI with the provisioned user of one of the hub's processes (hub, gateway, webhooks) and its password.
process_uri() {
    local user="${CCAPEX_PARTNERS_USER_PREFIX}$1" password
    password="$(partner_password "$user")"
    [ -n "$password" ] || die "no password for $user in $CCAPEX_PARTNERS_CREDENTIALS"
    printf '%s' "$CCAPEX_RABBITMQ_URI" | sed -E "s#^(amqps?://)([^@/]*@)?#\\1$user:$password@#"
}

random_key() { printf '%s_%s' "$1" "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"; }
sha256_hex() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }

# A virtual host of the demo's own, emptied each run: its compressed clock must not meet real data.
fresh_demo_vhost() {
    local api="${CCAPEX_RABBITMQ_MANAGEMENT_URI%/}/api" user
    user="$(printf '%s' "$CCAPEX_RABBITMQ_URI" | sed -E 's#^amqps?://([^:@/]+).*#\1#')"
    curl -fsS -o /dev/null -X DELETE "$api/vhosts/$DEMO_VHOST" 2>/dev/null || true
    curl -fsS -o /dev/null -X PUT "$api/vhosts/$DEMO_VHOST" || die "cannot create virtual host $DEMO_VHOST through $api"
    curl -fsS -o /dev/null -X PUT -H 'content-type: application/json' \
        -d '{"configure":".*","write":".*","read":".*"}' "$api/permissions/$DEMO_VHOST/$user" || die "cannot grant $user on $DEMO_VHOST"
    export CCAPEX_RABBITMQ_URI="${CCAPEX_RABBITMQ_URI%/}/$DEMO_VHOST"
}

cmd_up() {
    local demo=1 gateway_port="${CCAPEX_GATEWAY_PORT:-8085}"
    while [ $# -gt 0 ]; do
        case "$1" in
            --no-demo) demo=0 ;;
            --) shift; break ;;
            *) die "unknown option for up: $1 (usage: ./hub up [--no-demo])" ;;
        esac
        shift
    done

    trap 'stop_up_processes; stop_started_services' EXIT
    trap 'log "signal received"; trap "" INT TERM; exit 130' INT TERM     # EXIT trap does the cleanup

    local run_dir
    if [ "$demo" -eq 1 ]; then
        run_dir="$HUB_DIR/demo"
        rm -rf "$run_dir"
        export CCAPEX_DATA_DIR="$run_dir/data"
        export CCAPEX_DEMO_TIME_SCALE="${CCAPEX_DEMO_TIME_SCALE:-500000}"
    else
        run_dir="$HUB_DIR/up"
        export CCAPEX_DATA_DIR="${CCAPEX_DATA_DIR:-$HUB_DIR/data}"
    fi
    mkdir -p "$run_dir/logs" "$CCAPEX_DATA_DIR"
    start_services
    [ "$demo" -eq 1 ] && fresh_demo_vhost

    log "building the hub, the gateway and the demo (Release)"
    local project
    for project in Ccapex.Hub.Host Ccapex.Hub.Gateway Ccapex.Hub.Provisioning Ccapex.Hub.Partners.Caf Ccapex.Hub.Partners.Prefecture \
                   Ccapex.Hub.Webhooks Ccapex.Hub.Demo Ccapex.Hub.Console; do
        dotnet build "$REPO/src/$project" -c Release -v quiet -nologo >"$run_dir/logs/build-$project.log" 2>&1 \
            || { tail -n 30 "$run_dir/logs/build-$project.log" >&2; die "build of $project failed"; }
    done
    local bin="bin/Release/net10.0"

    # Hub time starts at real time now, after the build: every process below reads the same compressed clock.
    if [ "$demo" -eq 1 ]; then
        CCAPEX_DEMO_EPOCH="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
        export CCAPEX_DEMO_EPOCH
    fi

    # Every process connects with a broker account of its own (ADR 0006, "Later"): provisioning makes the partners'
    # users and the hub's, the gateway's and the webhook worker's, each with only what it needs; passwords in a 0600
    # file. The demo's users have a prefix of their own, so real partners' passwords are never touched.
    local demo_args=()
    if [ "$demo" -eq 1 ]; then
        export CCAPEX_PARTNERS_USER_PREFIX="ccapex-demo-" CCAPEX_PARTNERS_CREDENTIALS="$run_dir/partners/credentials.json"
        export CCAPEX_PARTNERS_DECLARING="${CCAPEX_PARTNERS_DECLARING:-CAF,PREFECTURE_POLICE}"
        export CCAPEX_PARTNERS_WEBHOOK="${CCAPEX_PARTNERS_WEBHOOK:-BAILLEUR_SOCIAL.PARIS_HABITAT}"
    else
        export CCAPEX_PARTNERS_USER_PREFIX="${CCAPEX_PARTNERS_USER_PREFIX:-ccapex-}"
        export CCAPEX_PARTNERS_CREDENTIALS="${CCAPEX_PARTNERS_CREDENTIALS:-$CCAPEX_DATA_DIR/partners/credentials.json}"
    fi
    dotnet "$REPO/src/Ccapex.Hub.Provisioning/$bin/Ccapex.Hub.Provisioning.dll" provision >"$run_dir/logs/provisioning.log" 2>&1 \
        || { tail -n 20 "$run_dir/logs/provisioning.log" >&2; die "provisioning the broker's users failed"; }
    log "broker users provisioned (${CCAPEX_PARTNERS_USER_PREFIX}*, passwords in $CCAPEX_PARTNERS_CREDENTIALS)"
    local hub_uri gateway_uri webhooks_uri
    hub_uri="$(process_uri hub)"; gateway_uri="$(process_uri gateway)"; webhooks_uri="$(process_uri webhooks)"
    if [ "$demo" -eq 1 ]; then
        demo_args+=("--Demo:CredentialsFile=$CCAPEX_PARTNERS_CREDENTIALS" "--Demo:UserPrefix=$CCAPEX_PARTNERS_USER_PREFIX")
    fi

    # Passwords through the environment of the one process, never on a command line (ps shows those).
    CCAPEX_RABBITMQ_URI="$hub_uri" \
    start_process hub "$run_dir/logs/hub.log" "$REPO/src/Ccapex.Hub.Host/$bin/Ccapex.Hub.Host.dll"
    wait_ready hub "$run_dir/logs/hub.log" "Ccapex.Hub ready"

    local bailiffs_key departement_key
    bailiffs_key="$(random_key hk)"; departement_key="$(random_key dk)"
    printf 'HUISSIERS=%s\nDEPARTEMENT=%s\n' "$bailiffs_key" "$departement_key" >"$run_dir/gateway-keys"
    chmod 600 "$run_dir/gateway-keys"
    CCAPEX_RABBITMQ_URI="$gateway_uri" \
    start_process gateway "$run_dir/logs/gateway.log" "$REPO/src/Ccapex.Hub.Gateway/$bin/Ccapex.Hub.Gateway.dll" \
        "--Gateway:Port=$gateway_port" "--Gateway:DataDirectory=$CCAPEX_DATA_DIR" \
        "--Gateway:ApiKeys:HUISSIERS:0=$(sha256_hex "$bailiffs_key")" "--Gateway:ApiKeys:DEPARTEMENT:0=$(sha256_hex "$departement_key")"
    wait_ready gateway "$run_dir/logs/gateway.log" "Ccapex.Hub.Gateway ready"

    log "hub and gateway up: http://127.0.0.1:$gateway_port (OpenAPI /openapi/v1.json); keys in $run_dir/gateway-keys; logs in $run_dir/logs"

    # The secretariat's console reads the same store (CCAPEX_STORE, CCAPEX_DATA_DIR) on the same clock; the demonstration
    # gets an account of the secretariat made for this run (its store is new each run), printed with the URL.
    local console_port="${CCAPEX_CONSOLE_PORT:-8087}" console_dll="$REPO/src/Ccapex.Hub.Console/$bin/Ccapex.Hub.Console.dll" console_account=""
    if [ "$demo" -eq 1 ]; then
        local console_login="demo.drihl" console_password
        console_password="$(head -c 15 /dev/urandom | base64 | tr '+/' '-_')"
        printf '%s\n' "$console_password" | dotnet "$console_dll" users add "$console_login" secretariat --password-stdin >"$run_dir/logs/console-users.log" 2>&1 \
            || { cat "$run_dir/logs/console-users.log" >&2; die "making the console's demo account failed"; }
        (umask 077; printf '%s %s\n' "$console_login" "$console_password" >"$run_dir/console-account")
        console_account="; sign in as $console_login with password $console_password (also in $run_dir/console-account)"
    fi
    start_process console "$run_dir/logs/console.log" "$console_dll" "--Console:Port=$console_port"
    wait_ready console "$run_dir/logs/console.log" "Ccapex.Hub.Console ready"
    if [ "$demo" -eq 1 ]; then
        log "CONSOLE: http://127.0.0.1:$console_port$console_account"
    else
        log "CONSOLE: http://127.0.0.1:$console_port (accounts: ./hub users add LOGIN secretariat|operator|auditor)"
    fi
    log "drop CDP batch files (CSV) into $CCAPEX_DATA_DIR/drop/cdp"
    if [ "$demo" -eq 1 ]; then
        # The CAF and the Préfecture are played by their reference workers, with their own broker accounts.
        local extract="$run_dir/caf/allocataires.csv" events="$run_dir/prefecture"
        dotnet "$REPO/src/Ccapex.Hub.Demo/$bin/Ccapex.Hub.Demo.dll" write-caf-extract "$extract" >"$run_dir/logs/caf-extract.log" 2>&1 \
            || { cat "$run_dir/logs/caf-extract.log" >&2; die "writing the demo's CAF extract failed"; }
        local partner user
        for partner in caf prefecture-police; do
            user="${CCAPEX_PARTNERS_USER_PREFIX}$partner"
            [ -n "$(partner_password "$user")" ] || die "no password for $user in $CCAPEX_PARTNERS_CREDENTIALS"
        done
        Hub__RabbitMq__Password="$(partner_password "${CCAPEX_PARTNERS_USER_PREFIX}caf")" \
        start_process caf-worker "$run_dir/logs/caf-worker.log" "$REPO/src/Ccapex.Hub.Partners.Caf/$bin/Ccapex.Hub.Partners.Caf.dll" \
            "--Hub:RabbitMq:Uri=$CCAPEX_RABBITMQ_URI" "--Hub:RabbitMq:Username=${CCAPEX_PARTNERS_USER_PREFIX}caf" \
            "--Hub:PartnerExchange=ccapex.partner.caf" "--Caf:ExtractFile=$extract"
        wait_ready caf-worker "$run_dir/logs/caf-worker.log" "worker ready"
        Hub__RabbitMq__Password="$(partner_password "${CCAPEX_PARTNERS_USER_PREFIX}prefecture-police")" \
        start_process prefecture-worker "$run_dir/logs/prefecture-worker.log" "$REPO/src/Ccapex.Hub.Partners.Prefecture/$bin/Ccapex.Hub.Partners.Prefecture.dll" \
            "--Hub:RabbitMq:Uri=$CCAPEX_RABBITMQ_URI" "--Hub:RabbitMq:Username=${CCAPEX_PARTNERS_USER_PREFIX}prefecture-police" \
            "--Hub:PartnerExchange=ccapex.partner.prefecture-police" "--Prefecture:EventsFolder=$events"
        wait_ready prefecture-worker "$run_dir/logs/prefecture-worker.log" "worker ready"
        demo_args+=("--Demo:SimulateCaf=false" "--Demo:SimulatePrefecture=false" "--Demo:PrefectureEventsFolder=$events")

        # The social landlords receive by webhook: the hub's webhook worker reads their queue and posts to the demo.
        local secret="$run_dir/webhooks/bailleur-social.secret" webhook_port="${CCAPEX_DEMO_WEBHOOK_PORT:-8086}"
        mkdir -p "$run_dir/webhooks" && chmod 700 "$run_dir/webhooks"
        (umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$secret")
        CCAPEX_RABBITMQ_URI="$webhooks_uri" \
        start_process webhooks "$run_dir/logs/webhooks.log" "$REPO/src/Ccapex.Hub.Webhooks/$bin/Ccapex.Hub.Webhooks.dll" \
            "--Webhooks:Partners:BAILLEUR_SOCIAL.PARIS_HABITAT:Url=http://127.0.0.1:$webhook_port/ccapex/" "--Webhooks:Partners:BAILLEUR_SOCIAL.PARIS_HABITAT:SecretFile=$secret"
        wait_ready webhooks "$run_dir/logs/webhooks.log" "Ccapex.Hub.Webhooks ready"
        demo_args+=("--Demo:WebhookPartner=BAILLEUR_SOCIAL.PARIS_HABITAT" "--Demo:WebhookPrefix=http://127.0.0.1:$webhook_port/ccapex/" "--Demo:WebhookSecretFile=$secret")

        log "CONSOLE: http://127.0.0.1:$console_port$console_account"
        log "DEMONSTRATION: hub dates run ${CCAPEX_DEMO_TIME_SCALE} times faster than real time (six months in about $((15768000 / CCAPEX_DEMO_TIME_SCALE)) s); Ctrl-C to stop"
        start_process demo - "$REPO/src/Ccapex.Hub.Demo/$bin/Ccapex.Hub.Demo.dll" \
            "--Demo:GatewayUrl=http://127.0.0.1:$gateway_port" "--Demo:GatewayKeys:HUISSIERS=$bailiffs_key" "--Demo:GatewayKeys:DEPARTEMENT=$departement_key" \
            "${demo_args[@]}"
    else
        log "Ctrl-C to stop"
    fi

    # Until one of them exits (or a signal arrives: the trap then stops the rest).
    local rc=0
    wait -n "${UP_PIDS[@]}" || rc=$?
    log "a process exited with status $rc; stopping the others"
    return "$rc"
}
