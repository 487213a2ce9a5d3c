# shellcheck shell=bash
# `./hub users add|disable|reset|list`: the secretariat console's accounts (src/Ccapex.Hub.Console), in the store the
# console reads: SQLite under $CCAPEX_DATA_DIR (default .hub/data, as `./hub up --no-demo`), or PostgreSQL with
# CCAPEX_STORE=postgres and CCAPEX_POSTGRES. Sourced after common.sh and db.sh.

CONSOLE_PROJECT="$REPO/src/Ccapex.Hub.Console"

# Builds the console (Release) once, quietly; prints nothing on success.
console_build() {
    dotnet build "$CONSOLE_PROJECT" -c Release -nologo -v quiet >"$HUB_DIR/build-console.log" 2>&1 \
        || { tail -n 30 "$HUB_DIR/build-console.log" >&2; die "build of src/Ccapex.Hub.Console failed"; }
}

cmd_users() {
    case "${1:-}" in
        add)     [ $# -ge 3 ] || { usage >&2; exit 2; } ;;
        disable|reset) [ $# -ge 2 ] || { usage >&2; exit 2; } ;;
        list)    ;;
        *)       usage >&2; exit 2 ;;
    esac
    export CCAPEX_DATA_DIR="${CCAPEX_DATA_DIR:-$HUB_DIR/data}"
    mkdir -p "$HUB_DIR" "$CCAPEX_DATA_DIR"
    # The project's local database unless the operator names one.
    if [ "${CCAPEX_STORE:-}" = "postgres" ] && [ -z "${CCAPEX_POSTGRES:-}" ]; then
        db_export_env
    fi
    console_build
    exec dotnet "$CONSOLE_PROJECT/bin/Release/net10.0/Ccapex.Hub.Console.dll" users "$@"
}
