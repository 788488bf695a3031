#!/bin/bash
# The Debian packages, as a technician's apt would see them: CPack packs the tested build, then
# each package is checked for what a point needs: its files where Debian expects them, library
# dependencies found by dpkg-shlibdeps, the maintainer scripts, units systemd accepts and no
# lintian error. Usage: check-packages.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

(cd "$build" && cpack -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack did not build the packages"
}
kiosk=$(ls "$work"/out/regpoint_*.deb)
intake=$(ls "$work"/out/regpoint-intake_*.deb)

field() { dpkg-deb -f "$1" "$2"; }
contents() { dpkg-deb -c "$1" | awk '{ print $1, $NF }'; }
has() {
    contents "$1" | grep -qE "^$2 \./$3\$" || fail "$(basename "$1") lacks $3 with mode $2"
}

# The kiosk package: programs, the session, the demo plug-in, udev rules, the unit, settings.
for program in usr/bin/regpoint usr/bin/regpointctl usr/bin/regpoint-idcard-sim usr/lib/regpoint/regpoint-session; do
    has "$kiosk" '-rwxr-xr-x' "$program"
done
has "$kiosk" '-rw-r--r--' usr/lib/regpoint/regpoint-demo-wlt.so
has "$kiosk" '-rw-r--r--' lib/udev/rules.d/60-regpoint-reader.rules
has "$kiosk" '-rw-r--r--' lib/udev/rules.d/61-regpoint-usb-drives.rules
has "$kiosk" '-rw-r--r--' usr/lib/tmpfiles.d/regpoint.conf
has "$kiosk" '-rw-r--r--' lib/systemd/system/regpoint-kiosk.service
has "$kiosk" '-rw-r--r--' etc/regpoint/regpoint.conf
has "$kiosk" '-rw-r--r--' usr/share/doc/regpoint/copyright
has "$intake" '-rwxr-xr-x' usr/bin/regpoint-intake
has "$intake" '-rw-r--r--' lib/systemd/system/regpoint-intake.service

# Dependencies: the libraries found by dpkg-shlibdeps, and what is loaded by name.
depends=$(field "$kiosk" Depends)
for needed in libqt6widgets6 libqt6multimedia6 libqt6serialport6 libopencv-objdetect libssl3 libqt6sql6-sqlite \
    opencv-data libdlib-data fonts-noto-cjk cage qt6-wayland fcitx5-chinese-addons sqlite3 adduser; do
    grep -q "$needed" <<<"$depends" || fail "regpoint does not depend on $needed: $depends"
done
[ "$(field "$kiosk" Conflicts)" = brltty ] || fail "regpoint must conflict with brltty (it takes CH340 readers)"
grep -q libboost <<<"$(field "$intake" Depends)" && fail "regpoint-intake depends on Boost at run time"
grep -q libpqxx <<<"$(field "$intake" Depends)" || fail "regpoint-intake does not depend on libpqxx"

# Maintainer scripts: present, executable, and they parse.
dpkg-deb -e "$kiosk" "$work/kiosk-control"
for script in preinst postinst prerm postrm; do
    [ -x "$work/kiosk-control/$script" ] || fail "regpoint has no executable $script"
    sh -n "$work/kiosk-control/$script" || fail "regpoint's $script does not parse"
done
grep -qx /etc/regpoint/regpoint.conf "$work/kiosk-control/conffiles" || fail "regpoint.conf is not a conffile"

# The units, as systemd reads them, with their programs from the unpacked packages.
dpkg-deb -x "$kiosk" "$work/root"
dpkg-deb -x "$intake" "$work/root"
mkdir -p "$work/units"
for unit in "$work"/root/lib/systemd/system/*.service; do
    # Our programs from the unpacked packages; cage and the rest from the system.
    sed -E "s#/usr/(bin/regpoint|lib/regpoint)#$work/root/usr/\\1#g" "$unit" >"$work/units/$(basename "$unit")"
done
# verify exits 0 on a line it ignores ("Failed to parse ..."): any word from it is a failure.
if ! verified=$(cd "$work/units" && systemd-analyze verify --man=no ./*.service 2>&1) || [ -n "$verified" ]; then
    fail "systemd-analyze verify: $verified"
fi

# lintian: no error (warnings are reported, not fatal).
lintian --fail-on error --suppress-tags-from-file /dev/null "$kiosk" "$intake" | tee "$work/lintian.log" || {
    fail "lintian found errors"
}
echo "packages: $(basename "$kiosk") $(du -k "$kiosk" | cut -f1) KiB, $(basename "$intake") $(du -k "$intake" | cut -f1) KiB;" \
    "lintian: $(grep -c '^W:' "$work/lintian.log" || true) warning(s), 0 errors"
