# shellcheck shell=bash
# `./hub webhooks run|parked|resume`: src/Ccapex.Hub.Webhooks, the webhook worker and its operator commands.
# Sourced after common.sh and broker.sh. Starts nothing: the broker must be up (./hub up, or ./hub broker start).

WEBHOOKS_PROJECT="$REPO/src/Ccapex.Hub.Webhooks"

cmd_webhooks() {
    local verb="${1:-}"; [ $# -gt 0 ] && shift
    broker_export_env
    case "$verb" in
        run)
            log "dotnet run --project src/Ccapex.Hub.Webhooks -c Release (Ctrl-C to stop)"
            exec dotnet run --project "$WEBHOOKS_PROJECT" -c Release -- "$@" ;;
        parked)
            [ $# -le 1 ] || { usage >&2; exit 2; }
            exec dotnet run --project "$WEBHOOKS_PROJECT" -c Release -v quiet -- parked "$@" ;;
        resume)
            [ $# -eq 1 ] || { usage >&2; exit 2; }
            exec dotnet run --project "$WEBHOOKS_PROJECT" -c Release -v quiet -- resume "$@" ;;
        *)  usage >&2; exit 2 ;;
    esac
}
