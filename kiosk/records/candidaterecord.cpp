#include "candidaterecord.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace RegPoint::Kiosk {

namespace {

struct CandidateRecordTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::CandidateRecord)
};

constexpr std::array<std::pair<RecordState, const char16_t *>, 12> kStateKeys { {
    { RecordState::Draft, u"draft" },
    { RecordState::CardRead, u"card_read" },
    { RecordState::Reviewed, u"reviewed" },
    { RecordState::Refused, u"refused" },
    { RecordState::PhotoOk, u"photo_ok" },
    { RecordState::Sealed, u"sealed" },
    { RecordState::Queued, u"queued" },
    { RecordState::Sent, u"sent" },
    { RecordState::Accepted, u"accepted" },
    { RecordState::Duplicate, u"duplicate" },
    { RecordState::Conflict, u"conflict" },
    { RecordState::Rejected, u"rejected" },
} };

} // namespace

QString stateKey(RecordState state)
{
    for (const auto &[value, key] : kStateKeys) {
        if (value == state)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<RecordState> stateFromKey(QStringView key)
{
    for (const auto &[value, name] : kStateKeys) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

QString stateDisplayName(RecordState state)
{
    switch (state) {
    case RecordState::Draft: // the entry method has its own column
    case RecordState::CardRead:
        return CandidateRecordTr::tr("Review pending");
    case RecordState::Reviewed:
        return CandidateRecordTr::tr("Eligible; photo pending");
    case RecordState::Refused:
        return CandidateRecordTr::tr("Refused at review");
    case RecordState::PhotoOk:
        return CandidateRecordTr::tr("Photo accepted");
    case RecordState::Sealed:
        return CandidateRecordTr::tr("Sealed");
    case RecordState::Queued:
        return CandidateRecordTr::tr("Queued for upload");
    case RecordState::Sent:
        return CandidateRecordTr::tr("Sent");
    case RecordState::Accepted:
        return CandidateRecordTr::tr("Accepted by the province");
    case RecordState::Duplicate:
        return CandidateRecordTr::tr("Duplicate at the province");
    case RecordState::Conflict:
        return CandidateRecordTr::tr("Conflict: needs a supervisor");
    case RecordState::Rejected:
        return CandidateRecordTr::tr("Rejected by the province");
    }
    return {};
}

bool awaitsReview(RecordState state)
{
    return state == RecordState::Draft || state == RecordState::CardRead;
}

bool awaitsPhoto(RecordState state)
{
    return state == RecordState::Reviewed;
}

bool isOpenAtDesk(RecordState state)
{
    return awaitsReview(state) || awaitsPhoto(state);
}

bool isProvinceAnswer(RecordState state)
{
    return state == RecordState::Accepted || state == RecordState::Duplicate || state == RecordState::Conflict
        || state == RecordState::Rejected;
}

bool canTransition(RecordState from, RecordState to)
{
    using S = RecordState;
    switch (from) {
    case S::Draft: // a typed document: eligible only with the approval on record (RecordStore)
    case S::CardRead:
        return to == S::Reviewed || to == S::Refused;
    case S::Reviewed: // the photo; or the reviewer, before it, finds a reason to refuse
        return to == S::PhotoOk || to == S::Refused;
    case S::Refused: // the candidate came back with what was missing
        return to == S::Reviewed;
    case S::PhotoOk:
        return to == S::Sealed;
    case S::Sealed: // into a batch, or answered for by the province (a record that went by USB)
        return to == S::Queued || isProvinceAnswer(to);
    case S::Queued: // the manifest may already bring the answer (a resend)
        return to == S::Sent || isProvinceAnswer(to);
    case S::Sent:
        return to == S::Queued || isProvinceAnswer(to);
    case S::Accepted: // the province's identity check, or a withdrawal, may come later
        return to == S::Conflict || to == S::Rejected;
    case S::Duplicate:
    case S::Conflict:
    case S::Rejected:
        return false;
    }
    return false;
}

bool isAwaitingUpload(RecordState state)
{
    switch (state) {
    case RecordState::Refused: // not for the province: the candidate did not register
    case RecordState::Sent:
    case RecordState::Accepted:
    case RecordState::Duplicate:
    case RecordState::Conflict:
    case RecordState::Rejected:
        return false;
    default:
        return true;
    }
}

QString entryMethodKey(EntryMethod method)
{
    return method == EntryMethod::Card ? QStringLiteral("card") : QStringLiteral("manual");
}

std::optional<EntryMethod> entryMethodFromKey(QStringView key)
{
    if (key == u"card")
        return EntryMethod::Card;
    if (key == u"manual")
        return EntryMethod::Manual;
    return std::nullopt;
}

} // namespace RegPoint::Kiosk
