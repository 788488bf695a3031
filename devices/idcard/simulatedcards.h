#pragma once

#include "idcarddata.h"

#include <QList>

namespace RegPoint::Devices {

// Cards for the simulator, from JSON:
//   {"cards": [{"type": "resident", "name": "…", "gender": "1", "nation": "15", "birth_date": "2008-01-01",
//               "address": "…", "id_number": "…", "authority": "…", "valid_from": "2020-01-01",
//               "valid_to": "2030-01-01" | "长期", "added_address": "…", "name_en": "…",
//               "pass_number": "…", "issue_count": "01", "nationality": "…", "card_version": "…"}]}
// Dates may also be given as YYYYMMDD strings that are no date, to simulate damaged chips.
QList<IdCardData> cardsFromJson(const QByteArray &json, QString *error = nullptr);
// Synthetic demo people, one of each card type (shipped in the product for --simulate).
QList<IdCardData> demoCards();

} // namespace RegPoint::Devices
