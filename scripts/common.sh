# shellcheck shell=bash
# Shared helpers for ./hub. Sourced, never executed directly.
# Expects REPO to be set by the caller (the ./hub script).

HUB_DIR="$REPO/.hub"          # everything the script creates at run time lives here (git-ignored)
STATE_DIR="$HUB_DIR/state"    # markers recording what ./hub started, so stop only undoes that

log()  { printf '[hub] %s\n' "$*" >&2; }
warn() { printf '[hub] warning: %s\n' "$*" >&2; }
die()  { printf '[hub] error: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# Run as root: directly when we are root, through sudo otherwise (a developer laptop).
as_root() {
    if is_root; then "$@"
    elif have sudo; then sudo "$@"
    else die "need root for: $* (no sudo available)"
    fi
}

# Install Debian packages non-interactively. The package lists may be missing on a
# fresh machine, so try once as is and retry after 'apt-get update' on failure.
apt_install() {
    have apt-get || die "apt-get not found: install $* by hand"
    log "installing Debian package(s): $*"
    local out="$HUB_DIR/apt-install.log"
    mkdir -p "$HUB_DIR"
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >"$out" 2>&1; then
        log "apt-get install failed; running apt-get update and retrying"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update >>"$out" 2>&1 || { tail -n 20 "$out" >&2; die "apt-get update failed (log: $out)"; }
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >>"$out" 2>&1 || { tail -n 20 "$out" >&2; die "apt-get install $* failed (log: $out)"; }
    fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
# Bash's /dev/tcp avoids depending on nc; timeout guards against a hanging connect.
tcp_open() {
    timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# True when process $1 exists (works for processes owned by other users too).
pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

mark_started()   { mkdir -p "$STATE_DIR"; printf '%s\n' "${2:-yes}" >"$STATE_DIR/$1"; }
marker()         { cat "$STATE_DIR/$1" 2>/dev/null || true; }
clear_marker()   { rm -f "$STATE_DIR/$1"; }

# dotnet CLI: no telemetry banner, no first-run noise in CI logs.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
