#!/usr/bin/env bash
# The layering check must catch what it promises: seeds one violation of each kind into a copy of
# the tree and expects check-layers.sh to name every one of them.
set -u
root=${1:?usage: check-layers-selftest.sh SOURCE_DIR}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$root/app" "$root/kiosk" "$root/devices" "$root/exchange" "$root/tests" "$scratch/"
bash "$root/tests/auto/tooling/check-layers.sh" "$scratch" >/dev/null || { echo "the clean tree fails the check"; exit 1; }

seed() { echo "$2" >>"$scratch/$1"; }
seed kiosk/records/recordstore.h '#include "flow/registrationflow.h"'     # upward inside kiosk/
seed kiosk/workspace/workspace.cpp '#include "photo/facelandmarks_p.h"'   # private header across folders
seed kiosk/crypto/localvault.cpp '#include "openssl_p.h"'                 # exchange's private header
seed kiosk/audit/auditlog.h '#include "storage/sqlquery.h"'              # SQL through a header
seed exchange/envelope.h '#include "records/candidaterecord.h"'          # the protocol library into kiosk/
seed devices/deviceboard.h '#include "records/candidaterecord.h"'        # devices/ into kiosk/
seed app/mainwindow.cpp '#include <QSqlQuery>'                            # app/ into SQL
seed kiosk/identity/idnumber.h '#include <QWidget>'                        # Widgets below app/

output=$(bash "$root/tests/auto/tooling/check-layers.sh" "$scratch")
missed=0
for needle in 'kiosk/records/recordstore.h' 'kiosk/workspace/workspace.cpp' 'kiosk/crypto/localvault.cpp' \
    'kiosk/audit/auditlog.h' 'exchange/envelope.h' 'devices/deviceboard.h' 'app/mainwindow.cpp' 'kiosk/identity/idnumber.h'; do
    if ! grep -q "$needle" <<<"$output"; then
        echo "not caught: the violation seeded in $needle"
        missed=1
    fi
done
[ $missed -eq 0 ] && echo "all 8 seeded violations caught"
exit $missed
