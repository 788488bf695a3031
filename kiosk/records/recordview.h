#pragma once

#include "records/candidaterecord.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace RegPoint::Kiosk {

// What a screen or a list shows of a record: enough for a clerk to recognise it, never the
// identity itself. The public can see the desk's screen, and lists end up in terminals and
// logs, so the screens and regpointctl are handed these, masked here and nowhere else.
struct RecordView
{
    QUuid id;
    QString shortId; // the first 8 hex digits: what a clerk reads out or types
    int version = 1;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QString maskedName; // "张*明"
    QString maskedIdNumber; // "4301**********123X"
    RecordState state = RecordState::Draft;
    EntryMethod entryMethod = EntryMethod::Manual;

    static RecordView of(const CandidateRecord &record);
};

// "张*明": the first and last characters, the rest starred (a two-character name keeps its first).
QString maskedName(const QString &name);

} // namespace RegPoint::Kiosk
