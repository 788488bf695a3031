#!/bin/bash
# The kiosk session as regpoint-kiosk.service runs it, as far as a machine without a screen
# allows: cage on wlroots' headless backend runs the session script (D-Bus, fcitx5, the kiosk),
# the kiosk shows its window as a Wayland client, and cage ends when the kiosk ends, which is
# what lets the unit's Restart=always bring both back after a crash.
# Usage: kiosk-session.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
work=$(mktemp -d)
chmod 0755 "$work"
cage_pid=
cleanup() {
    [ -z "$cage_pid" ] || kill "$cage_pid" 2>/dev/null || true
    # fcitx5 daemonizes: on a point the unit's cgroup ends it; here, run as nobody, it is nobody's.
    [ ${#as_desk[@]} -eq 0 ] || pkill -U 65534 -f "fcitx5 -d" 2>/dev/null || true
    sleep 0.3
    rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    [ ! -f "$work/cage.log" ] || grep -v "Basic output test failed" "$work/cage.log" | tail -20 >&2
    exit 1
}

# cage refuses to run as root (it drops privileges it could otherwise take back): the desk runs as
# its own user anyway, here the unprivileged `nobody`.
as_desk=()
if [ "$(id -u)" -eq 0 ]; then
    as_desk=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chown 65534:65534 "$work"
fi
mkdir -p "$work/run" "$work/home"
chmod 0700 "$work/run"
[ "$(id -u)" -ne 0 ] || chown -R 65534:65534 "$work/run" "$work/home"
session() {
    "${as_desk[@]}" env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/run" \
        WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland \
        REGPOINT_BIN="$build/app/regpoint" cage -- "$source/packaging/regpoint-session" \
        --simulate --data-dir "$work/home/desk" "$@"
}

# 1. The whole session starts and the kiosk paints its window on the compositor's screen.
timeout 60 bash -c "$(declare -f session); $(declare -p as_desk work build source); session --exit-when-shown" \
    >"$work/cage.log" 2>&1 || fail "the session under cage did not end by itself (exit $?)"
grep -q '^shown_ms ' "$work/cage.log" || fail "the kiosk never painted its window under cage"
grep -q '^platform wayland$' "$work/cage.log" || fail "the kiosk did not run as a Wayland client"
[ -s "$work/home/.config/fcitx5/profile" ] || fail "the session did not write the input method's profile"

# 2. A crash of the kiosk ends cage too: systemd then restarts the unit, both together.
bash -c "$(declare -f session); $(declare -p as_desk work build source); session" >"$work/cage.log" 2>&1 &
cage_pid=$!
kiosk=
for _ in $(seq 1 100); do
    kiosk=$(pgrep -f "^$build/app/regpoint --simulate --data-dir $work/home/desk" || true)
    [ -n "$kiosk" ] && break
    sleep 0.1
done
[ -n "$kiosk" ] || fail "the kiosk did not start under cage"
[ "$(wc -w <<<"$kiosk")" -eq 1 ] || fail "more than one kiosk matched: $kiosk"
sleep 1
kill -SEGV "$kiosk" 2>/dev/null || fail "the kiosk (pid $kiosk) ended by itself before the crash was sent"
for _ in $(seq 1 100); do
    kill -0 "$cage_pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$cage_pid" 2>/dev/null; then
    fail "cage outlived the crashed kiosk: the unit would show an empty screen instead of restarting"
fi
cage_pid=

# 3. The unit restarts it, and offers no way out: no VT switching (-s), nothing else to run.
unit="$source/packaging/systemd/regpoint-kiosk.service"
grep -qx 'Restart=always' "$unit" || fail "regpoint-kiosk.service does not restart the session"
grep -E '^ExecStart=' "$unit" | grep -qE 'cage( -[a-z]+)* -s' && fail "cage is allowed to switch terminals"
echo "kiosk session: shown under cage as a Wayland client; a crash ends cage for the unit to restart"
