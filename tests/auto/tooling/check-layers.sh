#!/usr/bin/env bash
# The layers of STYLE.md and docs/architecture.md, checked on the sources (CMake's PRIVATE links
# enforce the rest):
#  - exchange/ (the protocol library the intake server links) includes nothing of kiosk/,
#    devices/ or app/, and no Qt Gui, Widgets, SQL, OpenCV, SerialPort or Multimedia;
#  - kiosk/ and devices/ use no Qt Widgets; devices/ knows nothing of kiosk/;
#  - inside kiosk/, every include points down the folder order below: no arrow back up;
#  - a private header (*_p.h, Qt's convention) is included only by files of its own folder;
#  - no public header of kiosk/ exposes QtSql, OpenSSL or OpenCV, except storage/sqlquery.h,
#    which only .cpp files include;
#  - app/ never includes QtSql, OpenSSL or OpenCV.
set -u
root=${1:?usage: check-layers.sh SOURCE_DIR}
cd "$root" || exit 2
status=0
report() { echo "LAYER VIOLATION: $1"; echo "$2" | sed 's/^/    /'; status=1; }

# kiosk/ folders, bottom-up. Keep in step with kiosk/CMakeLists.txt and docs/architecture.md.
kiosk_order=(io storage identity crypto audit operators records printing photo settings sync workspace day flow demo)

kiosk_folders=$(IFS='|'; echo "${kiosk_order[*]}")
hits=$(grep -rnE "#include \"($kiosk_folders|idcard|camera|screens|widgets)/|#include \"(deviceboard|devicestatus|clock)\.h\"|#include <(QtGui|QImage|QWidget|QtWidgets|QSql|QtSql|opencv2|QSerialPort|QtMultimedia|QCamera)" exchange --include='*.cpp' --include='*.h')
[ -n "$hits" ] && report "exchange/ reaches into the kiosk, devices or a GUI/SQL/image library" "$hits"

widgets='#include <(QtWidgets/|QWidget|QApplication|QMainWindow|QLabel|QPushButton|QLineEdit|QDialog|QMessageBox|QStackedWidget)'
hits=$(grep -rnE "$widgets" kiosk devices exchange --include='*.cpp' --include='*.h')
[ -n "$hits" ] && report "kiosk/, devices/ or exchange/ include Qt Widgets" "$hits"

hits=$(grep -rnE "#include \"($kiosk_folders)/" devices --include='*.cpp' --include='*.h')
[ -n "$hits" ] && report "devices/ includes kiosk/" "$hits"

# Inside kiosk/: a file of folder N includes only folders 0..N.
for rank in "${!kiosk_order[@]}"; do
    folder=${kiosk_order[$rank]}
    [ -d "kiosk/$folder" ] || { report "kiosk/$folder is in the layer order but does not exist" ""; continue; }
    above=("${kiosk_order[@]:$((rank + 1))}")
    [ ${#above[@]} -eq 0 ] && continue
    upward=$(IFS='|'; echo "${above[*]}")
    hits=$(grep -rnE "#include \"($upward)/" "kiosk/$folder" --include='*.cpp' --include='*.h')
    [ -n "$hits" ] && report "kiosk/$folder includes a folder above it (order: ${kiosk_order[*]})" "$hits"
done
for dir in kiosk/*/; do
    folder=$(basename "$dir")
    [[ " ${kiosk_order[*]} " == *" $folder "* ]] || report "kiosk/$folder is not in the layer order of check-layers.sh" ""
done

# Private headers: only their own folder includes them.
while IFS= read -r line; do
    file=${line%%:*}
    header=$(echo "$line" | grep -oE '"[^"]*_p\.h"' | tr -d '"')
    case "$header" in
    */*) owner=$(dirname "$header") ;;
    *) owner=$(basename "$(dirname "$file")") ;; # same-folder include without a path
    esac
    here=$(basename "$(dirname "$file")")
    [ "$(dirname "$file")" = exchange ] && here=exchange
    if [ "$owner" != "$here" ] || ! [ -f "$(dirname "$file")/$(basename "$header")" ]; then
        report "a private header is used outside its folder" "$line"
    fi
done < <(grep -rnE '#include "[A-Za-z0-9_/]*_p\.h"' app kiosk devices exchange tests --include='*.cpp' --include='*.h')

private='#include <(QSql|QtSql/|openssl/|opencv2/)'
hits=$(grep -rnE "$private" kiosk --include='*.h' --exclude='*_p.h' | grep -v '^kiosk/storage/sqlquery.h:')
[ -n "$hits" ] && report "a kiosk/ header exposes SQL, OpenSSL or OpenCV" "$hits"
hits=$(grep -rnE '#include "storage/sqlquery\.h"' kiosk app tests --include='*.h')
[ -n "$hits" ] && report "a header includes storage/sqlquery.h (only .cpp files may)" "$hits"

hits=$(grep -rnE "$private" app --include='*.cpp' --include='*.h')
[ -n "$hits" ] && report "app/ reaches into SQL, OpenSSL or OpenCV" "$hits"

[ $status -eq 0 ] && echo "layers ok"
exit $status
