#pragma once

#include <QString>

namespace RegPoint::Exchange {

// The crypto library the program runs with ("OpenSSL 3.0.11 19 Sep 2023"): the self-test and
// bug reports name it, since a security update changes it under an unchanged RegPoint.
QString cryptoLibraryVersion();

} // namespace RegPoint::Exchange
