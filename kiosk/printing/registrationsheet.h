#pragma once

#include "pagecanvas.h"
#include "sheettemplate.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>

namespace RegPoint::Exchange {
struct FrozenForm;
}

namespace RegPoint::Kiosk {

struct CandidateIdentity;

// What one candidate's sheet shows: the values its template's cells and texts name, the rows of
// its tables, the photo taken at the point and the QR code's text. Personal data in full: built
// for a print and dropped after it.
struct SheetContent
{
    QHash<QString, QString> values;
    QHash<QString, QList<QHash<QString, QString>>> tables;
    QImage photo;
    QString qrText; // "报名流水号|SHA-256 of the frozen form"
};

// The point's own capture of the candidate, beside the province's frozen form.
struct SheetCapture
{
    QString nationName; // from the nation code, as the card says it
    QString documentType; // 居民身份证, ...
    QString entryMethod; // 读卡 | 手工录入
    QString clerk; // the display name of who captured the record
    QDateTime capturedAt;
    QString pointCode;
    QImage photo;
    QString eligibility; // the review's finding: 符合（category）, or 未记录 for a record from before reviews
    QString reviewer; // the display name of who reviewed it
    QDateTime reviewedAt;
};

SheetContent sheetContent(const Exchange::FrozenForm &form, const CandidateIdentity &identity,
    const SheetCapture &capture, const QDateTime &printedAt, int copy);

// The 报名登记表: one A4 page laid out from its template. Long values wrap, then shrink (down to 7
// pt); if the whole page would still run over, everything shrinks together (down to 70 %). A
// form too full for that is reported (overflows()), never cut silently.
class RegistrationSheet
{
public:
    RegistrationSheet(SheetTemplate layout, SheetContent content);

    static QPageSize pageSize();
    void paint(PageCanvas &canvas) const;
    QByteArray pdf(const QString &title) const;
    QImage image(qreal dotsPerInch) const;
    // The scale the page was laid out at (1 = the template's sizes); below 1 when it was crowded.
    double scale() const { return m_scale; }
    // Whether even the smallest scale ran past the page's printable bottom: such a sheet must not
    // be handed out (the signature lines would be cut); known after paint().
    bool overflows() const { return m_overflows; }

private:
    // Lays the page out at `scale`; draws only when `draw`. The bottom of what it laid out, in mm.
    qreal layOut(PageCanvas &canvas, double scale, bool draw) const;
    qreal cellRow(PageCanvas &canvas, qreal y, qreal x, qreal width, const QList<SheetTemplate::Cell> &row,
        double scale, bool draw) const;
    qreal tableRows(PageCanvas &canvas, qreal y, const SheetTemplate::Table &table, double scale, bool draw) const;

    SheetTemplate m_layout;
    SheetContent m_content;
    mutable double m_scale = 1;
    mutable bool m_overflows = false;
};

} // namespace RegPoint::Kiosk
