#pragma once

#include "result.h"

namespace RegPoint::Kiosk {

class Database;
class LocalVault;

// Whether the local data key is the one this store was written under: its check value
// (HMAC-SHA256 under the key) is kept in key_checks when the store is first opened with it, and
// a key that does not match is refused before anything is read or written with it. A store from
// before schema 6 proves its key by opening a record first.
Status checkLocalKey(Database &database, const LocalVault &vault, bool mayRecord);

} // namespace RegPoint::Kiosk
