#!/usr/bin/env bash
# The three layers of STYLE.md, checked on the sources (CMake's PRIVATE links enforce the rest):
#  - kiosk/ and devices/ use no Qt Widgets;
#  - devices/ knows nothing of kiosk/;
#  - no public header of kiosk/ exposes QtSql, OpenSSL or OpenCV (private *_p.h headers, Qt's
#    convention, are included only by the .cpp files beside them);
#  - app/ never includes QtSql, OpenSSL or OpenCV.
set -u
root=${1:?usage: check-layers.sh SOURCE_DIR}
cd "$root" || exit 2
status=0
report() { echo "LAYER VIOLATION: $1"; echo "$2" | sed 's/^/    /'; status=1; }

widgets='#include <(QtWidgets/|QWidget|QApplication|QMainWindow|QLabel|QPushButton|QLineEdit|QDialog|QMessageBox|QStackedWidget)'
hits=$(grep -rnE "$widgets" kiosk devices --include='*.cpp' --include='*.h')
[ -n "$hits" ] && report "kiosk/ or devices/ include Qt Widgets" "$hits"

hits=$(grep -rnE '#include "(flow|records|storage|identity|operators|crypto)/' devices --include='*.cpp' --include='*.h')
[ -n "$hits" ] && report "devices/ includes kiosk/" "$hits"

private='#include <(QSql|QtSql/|openssl/|opencv2/)'
hits=$(grep -rnE "$private" kiosk --include='*.h' --exclude='*_p.h' | grep -v 'kiosk/storage/sqlerror.h')
[ -n "$hits" ] && report "a kiosk/ header exposes SQL, OpenSSL or OpenCV" "$hits"

hits=$(grep -rnE '#include "[a-z/]*_p\.h"' app devices tests --include='*.cpp' --include='*.h')
[ -n "$hits" ] && report "a private kiosk/ header (*_p.h) is used outside kiosk/" "$hits"

hits=$(grep -rnE "$private" app --include='*.cpp' --include='*.h')
[ -n "$hits" ] && report "app/ reaches into SQL, OpenSSL or OpenCV" "$hits"

[ $status -eq 0 ] && echo "layers ok"
exit $status
