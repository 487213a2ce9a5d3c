# shellcheck shell=bash
# `./hub audit [--demo] verify|dossier ID|partner CODE --from D --to D [--json]`: the delivery journal (ADR 0015),
# read by the host's own program (src/Ccapex.Hub.Host, Release) with the hub's settings, without starting the hub.
# Sourced after common.sh. Starts nothing: a PostgreSQL store (CCAPEX_STORE=postgres) must be up.

HOST_PROJECT="$REPO/src/Ccapex.Hub.Host"

cmd_audit() {
    if [ "${1:-}" = "--demo" ]; then
        shift
        export CCAPEX_DATA_DIR="$HUB_DIR/demo/data"
    else
        export CCAPEX_DATA_DIR="${CCAPEX_DATA_DIR:-$HUB_DIR/data}"
    fi
    case "${1:-}" in
        verify|dossier|partner) ;;
        *) usage >&2; exit 2 ;;
    esac
    exec dotnet run --project "$HOST_PROJECT" -c Release -v quiet --no-launch-profile -- audit "$@"
}
