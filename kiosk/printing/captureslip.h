#pragma once

#include "pagecanvas.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace RegPoint::Kiosk {

struct RecordView;

// The half-page slip handed to the candidate when the record is saved: the 报名流水号 they log in
// with online (as text and as a QR code), who it is for (masked, like every screen), where and
// when, and what to do next. Printed in Chinese with English beneath, whatever the desk's
// language: it is the candidate's, not the clerk's.
struct CaptureSlip
{
    QString serial;
    QString maskedName;
    QString maskedIdNumber;
    QString pointCode;
    QString shortId; // the record, for the clerk if the candidate comes back with the slip
    QDateTime savedAt;

    static CaptureSlip of(const RecordView &record, const QString &serial, const QString &pointCode);
    // Registration in the autumn is for the next summer's examination.
    int examYear() const;

    static QPageSize pageSize(); // A4: the slip is its top half, with a line to cut along
    void paint(PageCanvas &canvas) const;
    QByteArray pdf() const;
    QImage image(qreal dotsPerInch) const;
    // The print job's name: no personal data (the queue keeps it after the job).
    QString jobTitle() const;
};

} // namespace RegPoint::Kiosk
