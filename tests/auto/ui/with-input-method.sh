#!/bin/sh
# Runs a test as a desk session would: its own X server (Xvfb) and D-Bus session, through which
# the input method (fcitx5) is started, and a home of its own for fcitx5's profile.
set -eu
home=$(mktemp -d)
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
status=0
xvfb-run -a dbus-run-session -- "$@" || status=$?
# fcitx5 outlives the session by a moment (it leaves once its display is gone) and may still be
# writing its profile here; the test's verdict must not depend on that race.
for _ in 1 2 3 4 5 6 7 8 9 10; do
    rm -rf "$home" 2>/dev/null && break
    sleep 0.5
done
exit "$status"
