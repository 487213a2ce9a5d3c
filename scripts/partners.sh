# shellcheck shell=bash
# `./hub partners provision|show [CODE]|rotate CODE`: partner users, permissions and topology on the broker.
# Sourced after common.sh, broker.sh and dotnet.sh.

cmd_partners() {
    case "${1:-}" in
        provision|show) ;;
        rotate) [ $# -eq 2 ] || { usage >&2; exit 2; } ;;
        *) usage >&2; exit 2 ;;
    esac
    # Users and permissions live in the broker's own data: stopping a broker started here loses nothing.
    trap 'broker_stop_if_started_here || true' EXIT
    trap 'log "signal received"; trap "" INT TERM; exit 130' INT TERM
    broker_start
    export CCAPEX_PARTNERS_CREDENTIALS="${CCAPEX_PARTNERS_CREDENTIALS:-${CCAPEX_DATA_DIR:-$HUB_DIR}/partners/credentials.json}"
    dotnet build "$REPO/src/Ccapex.Hub.Provisioning" -c Release -nologo -v quiet >/dev/null || die "build of src/Ccapex.Hub.Provisioning failed"
    local rc=0
    dotnet "$REPO/src/Ccapex.Hub.Provisioning/bin/Release/net10.0/Ccapex.Hub.Provisioning.dll" "$@" || rc=$?
    broker_stop_if_started_here || true
    trap - EXIT
    return "$rc"
}
