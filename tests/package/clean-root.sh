#!/bin/bash
# The packages on a machine that has never seen RegPoint: a clean Debian 12 root made by
# debootstrap, the packages installed with apt from Debian's archive, then what a technician
# does with them: the self-test, a day of records, an upgrade that keeps them, an upgrade whose
# migration fails and puts the store back, remove that keeps the data and purge that deletes it.
# Needs root and Debian's archive (DEBIAN_MIRROR); about three minutes, most of them apt.
# Usage: clean-root.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
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

step "packages: this build as 0.1.0 and, for the upgrades, as 0.1.0+1 and 0.1.0+2"
(cd "$build" && cpack -R 0.1.0 -B "$work/old" >"$work/cpack.log" 2>&1 &&
    cpack -R 0.1.0+1 -B "$work/new" >>"$work/cpack.log" 2>&1 &&
    cpack -R 0.1.0+2 -B "$work/newer" >>"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }

step "a clean Debian 12 root (debootstrap minbase)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap"; }
mount -t proc proc "$root/proc"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # a chroot starts no services
chmod 0755 "$root/usr/sbin/policy-rc.d"
mkdir -p "$root/debs"
cp "$work"/old/*.deb "$work"/new/*.deb "$work"/newer/*.deb "$root/debs/"
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

step "upgrade to 0.1.0+1: a backup first, the records kept"
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
# The technician's way back: the data fixed (here: the duplicate correction lifted), configure again.
as_desk sqlite3 "$desk/regpoint.db" "UPDATE records SET supersedes = NULL
    WHERE rowid = (SELECT rowid FROM records ORDER BY rowid LIMIT 1 OFFSET 2)"
in_root dpkg --configure -a >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; fail "dpkg --configure -a"; }
[ "$(count)" -eq 5 ] || fail "after the repaired upgrade $(count) records are left"

step "remove keeps the data, purge deletes it after saying so"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q regpoint >/dev/null 2>&1
[ -f "$root$desk/regpoint.db" ] || fail "apt remove deleted the store"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q regpoint >"$work/purge.log" 2>&1
grep -q "purge deletes /var/lib/regpoint" "$work/purge.log" || fail "purge did not warn"
[ ! -e "$root/var/lib/regpoint" ] || fail "purge left /var/lib/regpoint"
echo "clean root: installed, self-tested, 5 records kept through an upgrade, a failed migration rolled back," \
    "purged, in $SECONDS s"
