#!/bin/bash
# The packages on a machine that has never seen RegPoint: a clean Debian 12 root made by
# debootstrap, the packages installed with apt from Debian's archive, then what a technician
# does with them: the self-test, a day of records, an upgrade that keeps them, an upgrade whose
# migration fails and puts the store back while the previous version keeps the desk, remove that
# keeps the data and purge that deletes it.
# The first install is the previous commit's package, built here from `git archive HEAD~1`
# (the product only, unoptimised: about five minutes on two cores), so the first upgrade runs
# that version's own maintainer scripts and migrates the store it wrote.
# Needs root and Debian's archive (DEBIAN_MIRROR); about ten minutes.
# Usage: clean-root.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/../.." && pwd)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d /var/tmp/regpoint-clean-root.XXXXXX)
root=$work/root
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }
in_root() { chroot "$root" "$@"; }
as_desk() { chroot "$root" runuser -u regpoint -- "$@"; }

previous=$(git -C "$repo" rev-parse --verify -q 'HEAD~1^{commit}') || fail "no previous commit to upgrade from"
step "the previous commit's packages ($(git -C "$repo" log -1 --format='%h %s' "$previous" | cut -c1-80)) as 0.1.0"
mkdir -p "$work/previous-src"
git -C "$repo" archive "$previous" | tar -x -C "$work/previous-src"
(cmake -S "$work/previous-src" -B "$work/previous-build" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS=-O0 \
    -DCMAKE_UNITY_BUILD=ON -DREGPOINT_BUILD_TESTS=OFF -DREGPOINT_BUILD_BENCH=OFF &&
    cmake --build "$work/previous-build" && cd "$work/previous-build" && cpack -R 0.1.0 -B "$work/old") \
    >"$work/previous.log" 2>&1 || { tail -30 "$work/previous.log" >&2; fail "the previous commit's packages"; }
rm -rf "$work/previous-src" "$work/previous-build"

step "packages: this build, for the upgrades, as 0.1.0+1, 0.1.0+2 and 0.1.0+3"
(cd "$build" && cpack -R 0.1.0+1 -B "$work/new" >"$work/cpack.log" 2>&1 &&
    cpack -R 0.1.0+2 -B "$work/newer" >>"$work/cpack.log" 2>&1 &&
    cpack -R 0.1.0+3 -B "$work/broken" >>"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
# 0.1.0+3 stands for a release whose migration breaks off half-way through the store: its
# regpointctl changes the store and fails on 'db migrate', and is the real one otherwise. What is
# under test is what the maintainer scripts do about it.
unpacked=$work/broken/unpacked
dpkg-deb -R "$work"/broken/regpoint_0.1.0+3_amd64.deb "$unpacked"
mv "$unpacked/usr/bin/regpointctl" "$unpacked/usr/lib/regpoint/regpointctl.real"
cat >"$unpacked/usr/bin/regpointctl" <<'DOUBLE'
#!/bin/sh
if [ "$1 $2" = "db migrate" ]; then
    sqlite3 /var/lib/regpoint/desk/regpoint.db "CREATE TABLE half_migrated (x); PRAGMA user_version = 99;"
    echo "regpointctl: migration 099 failed half-way" >&2
    exit 1
fi
exec /usr/lib/regpoint/regpointctl.real "$@"
DOUBLE
chmod 0755 "$unpacked/usr/bin/regpointctl"
rm "$work"/broken/*.deb
dpkg-deb -b "$unpacked" "$work/broken/regpoint_0.1.0+3_amd64.deb" >/dev/null
rm -rf "$unpacked"

step "a clean Debian 12 root (debootstrap minbase)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap"; }
mount -t proc proc "$root/proc"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # a chroot starts no services
chmod 0755 "$root/usr/sbin/policy-rc.d"
mkdir -p "$root/debs"
cp "$work"/old/*.deb "$work"/new/*.deb "$work"/newer/*.deb "$work"/broken/*.deb "$root/debs/"
apt_install() {
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

step "install with apt: dependencies come from Debian's archive"
in_root apt-get update -q >/dev/null
apt_install /debs/regpoint_0.1.0_amd64.deb /debs/regpoint-intake_0.1.0_amd64.deb >"$work/install.log" 2>&1 ||
    { tail -30 "$work/install.log" >&2; fail "apt could not install the packages"; }
groups=$(in_root id -nG regpoint)
for g in dialout lp video; do
    grep -qw "$g" <<<"$groups" || fail "the regpoint user is not in $g ($groups)"
done
# Owners are names of the root's own users: stat runs inside it.
[ "$(in_root stat -c '%a %U' /var/lib/regpoint)" = "700 regpoint" ] || fail "/var/lib/regpoint is not 0700 regpoint"
[ "$(in_root stat -c '%a %U' /var/lib/regpoint-intake)" = "700 regpoint-intake" ] || fail "intake data not 0700"
[ "$(in_root stat -c '%a %U' /media/regpoint)" = "755 root" ] || fail "/media/regpoint, where USB drives mount, is missing"
[ -f "$root/lib/udev/rules.d/60-regpoint-reader.rules" ] || fail "no udev rules"

step "selftest --json on the fresh point: every part has its line, and the run fails (nothing set up)"
set +e
as_desk regpointctl selftest --json >"$work/selftest.json" 2>"$work/selftest.err"
code=$?
set -e
[ "$code" -eq 1 ] || fail "selftest on an empty point exited $code"
grep -q '"item": "store"' "$work/selftest.json" || fail "selftest lists no store line: $(cat "$work/selftest.json")"
grep -q '"item": "reader"' "$work/selftest.json" || fail "selftest lists no reader line"

step "a day of records, through the installed regpointctl (data folder from /etc/regpoint)"
as_desk regpointctl demo-day --records 5 >"$work/demo-day.log" 2>&1 || { cat "$work/demo-day.log" >&2; fail "demo-day"; }
as_desk regpointctl selftest --json >"$work/selftest2.json" || true
grep -A3 '"code": "schema.current"' "$work/selftest2.json" | grep -q '"verdict": "pass"' ||
    fail "selftest does not see the store's schema: $(cat "$work/selftest2.json")"
count() { as_desk regpointctl records list --json | grep -c '"id"'; }
[ "$(count)" -eq 5 ] || fail "the day has $(count) records, not 5"

step "upgrade to this build as 0.1.0+1: a backup first, the records kept"
apt_install /debs/regpoint_0.1.0+1_amd64.deb >"$work/upgrade.log" 2>&1 ||
    { tail -30 "$work/upgrade.log" >&2; fail "the upgrade failed"; }
[ "$(count)" -eq 5 ] || fail "after the upgrade $(count) records are left"
backup=$(cat "$root/var/lib/regpoint/backups/latest")
[ -f "$root$backup/regpoint.db" ] && [ -f "$root$backup/keys/local-data.key" ] || fail "no backup in $backup"
[ "$(stat -c '%a' "$root$backup")" = 700 ] || fail "the backup folder is not 0700"
[ -z "$(find "$root/var/lib/regpoint/backups" -type f -perm /077)" ] || fail "a backup file others can read"

step "upgrade to 0.1.0+2 with a migration that fails: the store goes back as it was"
# A store as an older point's could be: at schema 14 (no day_openings table, no one-successor
# index), with data that version allowed and the last migration refuses (two corrections of one
# record). The upgrade's 015 then succeeds and commits, 016 fails: only the backup brings the
# store back to 14.
desk=/var/lib/regpoint/desk
as_desk sqlite3 "$desk/regpoint.db" "DROP TABLE day_openings; DROP INDEX records_one_successor;
    UPDATE records SET supersedes = (SELECT id FROM records ORDER BY rowid LIMIT 1)
        WHERE rowid IN (SELECT rowid FROM records ORDER BY rowid LIMIT 2 OFFSET 1);
    PRAGMA user_version = 14;"
before=$(as_desk sqlite3 "$desk/regpoint.db" "SELECT group_concat(id || ':' || coalesce(supersedes, ''), ',') FROM
    (SELECT id, supersedes FROM records ORDER BY rowid)")
if apt_install /debs/regpoint_0.1.0+2_amd64.deb >"$work/failed-upgrade.log" 2>&1; then
    fail "the upgrade went through although its migration cannot"
fi
grep -q "could not be migrated or checked after the upgrade" "$work/failed-upgrade.log" ||
    { tail -30 "$work/failed-upgrade.log" >&2; fail "the failed upgrade did not say what it did"; }
after=$(as_desk sqlite3 "$desk/regpoint.db" "SELECT group_concat(id || ':' || coalesce(supersedes, ''), ',') FROM
    (SELECT id, supersedes FROM records ORDER BY rowid)")
[ "$before" = "$after" ] || fail "the store was not put back as it was"
[ "$(as_desk sqlite3 "$desk/regpoint.db" 'PRAGMA user_version')" = 14 ] ||
    fail "the store was left half migrated (schema $(as_desk sqlite3 "$desk/regpoint.db" 'PRAGMA user_version'))"
grep "^regpoint:" "$work/failed-upgrade.log"
session() { as_desk /usr/lib/regpoint/regpoint-session --which 2>/dev/null; }
[ "$(session)" = /usr/lib/regpoint/previous/regpoint ] || fail "the desk would run $(session), not the previous version"
# Read as the desk's session reads it, to say which version it runs.
[ "$(as_desk cat /usr/lib/regpoint/previous/version)" = 0.1.0+1 ] || fail "the kept programs are not 0.1.0+1's"
# The technician's way back: the data fixed (here: the duplicate correction lifted), configure again.
as_desk sqlite3 "$desk/regpoint.db" "UPDATE records SET supersedes = NULL
    WHERE rowid = (SELECT rowid FROM records ORDER BY rowid LIMIT 1 OFFSET 2)"
in_root dpkg --configure -a >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; fail "dpkg --configure -a"; }
[ "$(count)" -eq 5 ] || fail "after the repaired upgrade $(count) records are left"
[ "$(session)" = /usr/bin/regpoint ] || fail "after the repair the desk would still run $(session)"
[ ! -e "$root/usr/lib/regpoint/previous" ] || fail "the previous version's programs stayed after the repair"

step "upgrade to 0.1.0+3, whose migration breaks off half-way: the store goes back, 0.1.0+2 keeps the desk"
schema=$(as_desk sqlite3 "$desk/regpoint.db" 'PRAGMA user_version')
if apt_install /debs/regpoint_0.1.0+3_amd64.deb >"$work/broken-upgrade.log" 2>&1; then
    fail "the upgrade went through although its migration failed"
fi
grep -q "the desk runs version 0.1.0+2 until this upgrade is repaired" "$work/broken-upgrade.log" ||
    { tail -30 "$work/broken-upgrade.log" >&2; fail "the failed upgrade did not say which version runs the desk"; }
[ "$(as_desk sqlite3 "$desk/regpoint.db" 'PRAGMA user_version')" = "$schema" ] || fail "the store was left half migrated"
[ -z "$(as_desk sqlite3 "$desk/regpoint.db" "SELECT name FROM sqlite_master WHERE name = 'half_migrated'")" ] ||
    fail "the half-way migration's table is still in the store"
[ "$(session)" = /usr/lib/regpoint/previous/regpoint ] || fail "the desk would run $(session), not 0.1.0+2"
# The desk's user (a compromised kiosk) can neither swap the kept program nor lift the switch.
if as_desk sh -c 'echo x >/usr/lib/regpoint/previous/regpoint || rm -f /usr/lib/regpoint/previous/active' 2>/dev/null ||
    [ ! -e "$root/usr/lib/regpoint/previous/active" ]; then
    fail "the desk's user can change the previous version's programs"
fi
# The version the desk now runs reads every record; the failed one's programs are not used.
previous_count=$(as_desk /usr/lib/regpoint/previous/regpointctl records list --json | grep -c '"id"')
[ "$previous_count" -eq 5 ] || fail "0.1.0+2 reads $previous_count records of 5 after the failed upgrade"
as_desk /usr/lib/regpoint/previous/regpointctl db check --quick >/dev/null || fail "0.1.0+2 finds the store damaged"
# The technician's way back from a release that cannot migrate: the version that worked.
apt_install --allow-downgrades /debs/regpoint_0.1.0+2_amd64.deb >"$work/downgrade.log" 2>&1 ||
    { tail -30 "$work/downgrade.log" >&2; fail "0.1.0+2 could not be reinstalled"; }
# shellcheck disable=SC2016 # dpkg-query's format, not the shell's
installed=$(in_root dpkg-query -W -f '${Version} ${Status}' regpoint)
[ "$installed" = "0.1.0+2 install ok installed" ] || fail "after the reinstall: $installed"
[ "$(session)" = /usr/bin/regpoint ] || fail "after the reinstall the desk would run $(session)"
[ "$(count)" -eq 5 ] || fail "after the reinstall $(count) records are left"

step "remove keeps the data, purge deletes it after saying so"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q regpoint >/dev/null 2>&1
[ -f "$root$desk/regpoint.db" ] || fail "apt remove deleted the store"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q regpoint >"$work/purge.log" 2>&1
grep -q "purge deletes /var/lib/regpoint" "$work/purge.log" || fail "purge did not warn"
[ ! -e "$root/var/lib/regpoint" ] || fail "purge left /var/lib/regpoint"
[ ! -e "$root/usr/lib/regpoint/previous" ] || fail "purge left the previous version's programs"
echo "clean root: installed, self-tested, 5 records kept through an upgrade, two failed migrations rolled back" \
    "with the previous version on the desk, purged, in $SECONDS s"
