#pragma once

#include "idcard/idcarddata.h"
#include "identity/candidateidentity.h"

#include <QList>
#include <QString>

namespace RegPoint::Kiosk {

class RegionDirectory;

enum class CheckSeverity
{
    Error,
    Warning
};

// One cross-check of what the chip says, shown to the clerk whatever its outcome.
struct CardCheck
{
    QString id; // id_number, birth_date, gender, expiry, province, document
    bool ok = true;
    CheckSeverity severity = CheckSeverity::Error; // an error blocks saving; a warning asks the clerk to look
    QString message; // translated
};

// Whether the chip's text is text a genuine card of its type holds ("card_text", an error): no
// control or format characters, a name of 2 to 15 Chinese characters (an English name of capital
// letters for foreigners), and every coded field in its own format (gender, nation, dates, number
// characters, nationality). The message names the fields, never their content.
CardCheck checkCardText(const Devices::IdCardData &card);

// The checks that apply to this card type: the text (checkCardText), check digit, birth date and
// gender against the number, validity, province. A check that cannot apply to a card type is left
// out, never passed silently.
QList<CardCheck> checkCard(
    const Devices::IdCardData &card, const QDate &today, const RegionDirectory *regions = nullptr);
bool blocksSaving(const QList<CardCheck> &checks);

// What the record keeps of a card. The newest address wins: an added address (30 03) is the later one.
CandidateIdentity identityFromCard(const Devices::IdCardData &card);

} // namespace RegPoint::Kiosk
