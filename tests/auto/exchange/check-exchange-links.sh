#!/usr/bin/env bash
# Fails when a binary linking only regpoint_exchange needs a shared library of the kiosk's other
# layers: Widgets, Multimedia, SerialPort, Sql, libusb, OpenCV, dlib or libpwquality.
set -u
binary=${1:?usage: check-exchange-links.sh BINARY}
needed=$(ldd "$binary") || { echo "cannot read $binary"; exit 2; }
forbidden=$(echo "$needed" | grep -E 'libQt6(Widgets|Multimedia|SerialPort|Sql|Gui)|libusb|libopencv|libdlib|libpwquality')
if [ -n "$forbidden" ]; then
    echo "regpoint_exchange pulls in what the server must not link:"
    echo "$forbidden" | sed 's/^/    /'
    exit 1
fi
echo "$needed" | grep -qE 'libQt6Core' || { echo "not a Qt binary?"; exit 2; }
echo "exchange links: $(echo "$needed" | grep -oE 'lib(Qt6[A-Za-z]+|crypto)\.so[.0-9]*' | sort -u | tr '\n' ' ')"
