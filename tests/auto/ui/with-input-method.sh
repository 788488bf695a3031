#!/bin/sh
# Runs a test as a desk session would: its own X server (Xvfb) and D-Bus session, through which
# the input method (fcitx5) is started, and a home of its own for fcitx5's profile.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
xvfb-run -a dbus-run-session -- "$@"
