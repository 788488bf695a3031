#include "registrationsheet.h"

#include "frozenform.h"
#include "identity/candidateidentity.h"
#include "qrcode.h"

#include <QPainter>

namespace RegPoint::Kiosk {

namespace {

constexpr qreal kLeft = 12; // mm
constexpr qreal kWidth = 186;
constexpr qreal kBottom = 285; // the last millimetre a line may reach
constexpr qreal kLabelWidth = 19;
constexpr qreal kSheetQrSide = 22;
constexpr qreal kMinPoints = 7;
const QColor kShade(0xee, 0xee, 0xee);

QString genderText(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return u"男"_qs;
    case Gender::Female:
        return u"女"_qs;
    case Gender::Unknown:
    case Gender::Unstated:
        break;
    }
    return u"未说明"_qs;
}

// The size (points, from `points` down to 7) at which `text` fits `maxHeight`, and its height then.
std::pair<qreal, qreal> sizeToFit(
    const PageCanvas &canvas, qreal width, const QString &text, qreal points, qreal maxHeight)
{
    qreal size = points;
    qreal height = canvas.textHeight(width, text, size);
    while (height > maxHeight && size > kMinPoints) {
        size = std::max(kMinPoints, size - 0.5);
        height = canvas.textHeight(width, text, size);
    }
    return { size, height };
}

} // namespace

SheetContent sheetContent(const Exchange::FrozenForm &form, const CandidateIdentity &identity,
    const SheetCapture &capture, const QDateTime &printedAt, int copy)
{
    SheetContent content;
    QHash<QString, QString> &v = content.values;
    v.insert(u"examYear"_qs, QString::number(form.examYear));
    v.insert(u"pointCode"_qs, capture.pointCode);
    v.insert(u"serial"_qs, form.serial);
    v.insert(u"name"_qs, identity.name);
    v.insert(u"gender"_qs, genderText(identity.gender));
    v.insert(u"nation"_qs, capture.nationName);
    v.insert(u"birthDate"_qs, identity.birthDate.toString(u"yyyy-MM-dd"_qs));
    v.insert(u"documentType"_qs, capture.documentType);
    v.insert(u"idNumber"_qs, identity.idNumber);
    v.insert(u"address"_qs, identity.address);
    v.insert(u"examType"_qs, form.examType);
    v.insert(u"category"_qs, form.category);
    v.insert(u"language"_qs, form.language);
    v.insert(u"subjects"_qs, form.subjects.join(u"、"_qs));
    v.insert(u"school"_qs, form.school);
    v.insert(u"hukouAddress"_qs, form.hukou.address);
    v.insert(u"hukouCode"_qs, form.hukou.code);
    v.insert(u"hukouCategory"_qs, form.hukou.category);
    v.insert(u"phone"_qs, form.phone.isEmpty() ? u"—"_qs : form.phone);
    v.insert(u"entryMethod"_qs, capture.entryMethod);
    v.insert(u"clerk"_qs, capture.clerk);
    v.insert(u"eligibility"_qs, capture.eligibility);
    v.insert(u"reviewer"_qs, capture.reviewer.isEmpty() ? u"—"_qs : capture.reviewer);
    v.insert(
        u"reviewedAt"_qs, capture.reviewedAt.isValid() ? capture.reviewedAt.toString(u"yyyy-MM-dd HH:mm"_qs) : u"—"_qs);
    v.insert(u"capturedAt"_qs, capture.capturedAt.toString(u"yyyy-MM-dd HH:mm"_qs));
    v.insert(u"printedAt"_qs, printedAt.toString(u"yyyy-MM-dd HH:mm"_qs));
    v.insert(u"copy"_qs, copy > 1 ? u"    第 %1 次打印"_qs.arg(copy) : QString());
    for (const Exchange::FrozenForm::ResumeRow &r : form.resume) {
        content.tables[u"resume"_qs].append(
            { { u"period"_qs, r.from + u" — "_qs + (r.to.isEmpty() ? u"至今"_qs : r.to) }, { u"place"_qs, r.place },
                { u"witness"_qs, r.witness } });
    }
    for (const Exchange::FrozenForm::FamilyMember &m : form.family) {
        content.tables[u"family"_qs].append({ { u"relation"_qs, m.relation }, { u"name"_qs, m.name },
            { u"workplace"_qs, m.workplace }, { u"phone"_qs, m.phone } });
    }
    content.photo = capture.photo;
    content.qrText = form.serial + u'|' + form.contentHash();
    return content;
}

RegistrationSheet::RegistrationSheet(SheetTemplate layout, SheetContent content)
    : m_layout(std::move(layout))
    , m_content(std::move(content))
{ }

QPageSize RegistrationSheet::pageSize()
{
    return { QPageSize::A4 };
}

qreal RegistrationSheet::cellRow(PageCanvas &canvas, qreal y, qreal x, qreal width,
    const QList<SheetTemplate::Cell> &row, double scale, bool draw) const
{
    const qreal unit = width / 3;
    const qreal labelWidth = kLabelWidth * scale;
    const qreal maxHeight = 16 * scale;
    qreal height = 7 * scale;
    QList<qreal> sizes;
    for (const SheetTemplate::Cell &cell : row) {
        const qreal valueWidth = cell.span * unit - labelWidth - 2;
        const auto [size, needed]
            = sizeToFit(canvas, valueWidth, m_content.values.value(cell.field), 10 * scale, maxHeight);
        sizes.append(size);
        height = std::max(height, needed + 2);
    }
    if (draw) {
        qreal cx = x;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const SheetTemplate::Cell &cell = row.at(i);
            const qreal cellWidth = cell.span * unit;
            canvas.fill({ cx, y, labelWidth, height }, kShade);
            canvas.frame({ cx, y, cellWidth, height }, 0.2);
            canvas.line(cx + labelWidth, y, cx + labelWidth, y + height, 0.2);
            canvas.fitText({ cx + 1, y, labelWidth - 2, height }, cell.label, 8.5 * scale, kMinPoints, Qt::AlignCenter);
            canvas.fitText({ cx + labelWidth + 1, y + 1, cellWidth - labelWidth - 2, height - 2 },
                m_content.values.value(cell.field), sizes.at(i), kMinPoints, Qt::AlignLeft | Qt::AlignVCenter);
            cx += cellWidth;
        }
    }
    return height;
}

qreal RegistrationSheet::tableRows(
    PageCanvas &canvas, qreal y, const SheetTemplate::Table &table, double scale, bool draw) const
{
    int shares = 0;
    for (const SheetTemplate::Column &c : table.columns)
        shares += c.share;
    const auto columnWidth = [&](const SheetTemplate::Column &c) { return kWidth * c.share / shares; };
    QList<QHash<QString, QString>> rows = m_content.tables.value(table.source);
    while (rows.size() < table.minRows)
        rows.append(QHash<QString, QString>());
    const qreal top = y;
    const qreal headerHeight = 6 * scale;
    if (draw) {
        canvas.fill({ kLeft, y, kWidth, headerHeight }, kShade);
        qreal x = kLeft;
        for (const SheetTemplate::Column &c : table.columns) {
            canvas.frame({ x, y, columnWidth(c), headerHeight }, 0.2);
            canvas.fitText({ x + 1, y, columnWidth(c) - 2, headerHeight }, c.header, 8.5 * scale, kMinPoints,
                Qt::AlignCenter, true);
            x += columnWidth(c);
        }
    }
    y += headerHeight;
    for (const QHash<QString, QString> &row : std::as_const(rows)) {
        qreal height = 6.5 * scale;
        QList<qreal> sizes;
        for (const SheetTemplate::Column &c : table.columns) {
            const auto [size, needed]
                = sizeToFit(canvas, columnWidth(c) - 2, row.value(c.field), 9 * scale, 12 * scale);
            sizes.append(size);
            height = std::max(height, needed + 1.5);
        }
        if (draw) {
            qreal x = kLeft;
            for (qsizetype i = 0; i < table.columns.size(); ++i) {
                const SheetTemplate::Column &c = table.columns.at(i);
                canvas.frame({ x, y, columnWidth(c), height }, 0.2);
                canvas.fitText({ x + 1, y + 0.75, columnWidth(c) - 2, height - 1.5 }, row.value(c.field), sizes.at(i),
                    kMinPoints, Qt::AlignLeft | Qt::AlignVCenter);
                x += columnWidth(c);
            }
        }
        y += height;
    }
    return y - top;
}

qreal RegistrationSheet::layOut(PageCanvas &canvas, double scale, bool draw) const
{
    const QHash<QString, QString> &values = m_content.values;
    qreal y = 10;
    const auto block = [&](const QString &text, qreal points, bool bold, int alignment, qreal gap) {
        const qreal height = canvas.textHeight(kWidth, text, points, bold);
        if (draw)
            canvas.text({ kLeft, y, kWidth, height + 1 }, text, points, alignment, bold);
        y += height + gap;
    };
    const auto heading = [&](const QString &text) {
        const qreal height = 6 * scale;
        if (draw) {
            canvas.fill({ kLeft, y, kWidth, height }, kShade);
            canvas.frame({ kLeft, y, kWidth, height }, 0.3);
            canvas.fitText({ kLeft + 2, y, kWidth - 4, height }, text, 10 * scale, kMinPoints,
                Qt::AlignLeft | Qt::AlignVCenter, true);
        }
        y += height;
    };

    block(fillPlaceholders(m_layout.title, values), 15 * scale, true, Qt::AlignHCenter, 1);
    block(fillPlaceholders(m_layout.subtitle, values), 9.5 * scale, false, Qt::AlignHCenter, 2);

    for (const SheetTemplate::Section &section : m_layout.sections) {
        heading(section.heading);
        const qreal photoWidth = m_layout.photoWidthMm;
        const qreal gridWidth = section.besidePhoto ? kWidth - photoWidth - 2 : kWidth;
        const qreal top = y;
        for (const QList<SheetTemplate::Cell> &row : section.rows)
            y += cellRow(canvas, y, kLeft, gridWidth, row, scale, draw);
        if (section.besidePhoto) {
            const QRectF box { kLeft + gridWidth + 2, top + 1, photoWidth, m_layout.photoHeightMm };
            const qreal labelHeight = 4.5;
            y = std::max(y, box.bottom() + labelHeight);
            if (draw) {
                canvas.frame(box, 0.2);
                if (!m_content.photo.isNull()) {
                    const QSizeF fitted = QSizeF(m_content.photo.size()).scaled(box.size(), Qt::KeepAspectRatio);
                    const QRectF at(box.center().x() - fitted.width() / 2, box.center().y() - fitted.height() / 2,
                        fitted.width(), fitted.height());
                    canvas.painter().drawImage(canvas.mm(at.x(), at.y(), at.width(), at.height()), m_content.photo);
                }
                canvas.fitText({ box.x(), box.bottom() + 0.5, box.width(), labelHeight - 0.5 }, m_layout.photoLabel,
                    7.5, kMinPoints, Qt::AlignHCenter | Qt::AlignTop);
            }
        }
        y += 2 * scale;
    }
    for (const SheetTemplate::Table &table : m_layout.tables) {
        heading(table.heading);
        y += tableRows(canvas, y, table, scale, draw) + 2 * scale;
    }
    block(fillPlaceholders(m_layout.capture, values), 8.5 * scale, false, Qt::AlignLeft, 1.5);

    const qreal pledgeHeight = canvas.textHeight(kWidth - 4, m_layout.pledge, 9.5 * scale) + 3;
    if (draw) {
        canvas.frame({ kLeft, y, kWidth, pledgeHeight }, 0.3);
        canvas.text({ kLeft + 2, y + 1.5, kWidth - 4, pledgeHeight }, m_layout.pledge, 9.5 * scale);
    }
    y += pledgeHeight + 3 * scale;

    for (const QStringList &line : m_layout.signatures) {
        const qreal height = 9 * scale;
        if (draw) {
            qreal x = kLeft;
            const qreal share = kWidth / std::max<qsizetype>(1, line.size());
            for (qsizetype i = 0; i < line.size(); ++i) {
                // The first label of a line (a signature) gets more room than the date after it.
                const qreal width = line.size() > 1 ? (i == 0 ? share * 1.4 : share * 0.6) : kWidth;
                const QString label = line.at(i) + u'：';
                const qreal labelWidth = std::min(width * 0.6, canvas.textWidth(label, 9.5 * scale) + 1);
                canvas.fitText(
                    { x, y, labelWidth, height }, label, 9.5 * scale, kMinPoints, Qt::AlignLeft | Qt::AlignBottom);
                canvas.line(x + labelWidth + 1, y + height - 1, x + width - 4, y + height - 1, 0.25);
                x += width;
            }
        }
        y += height;
    }
    y += 2 * scale;

    const QString footer = fillPlaceholders(m_layout.footer, values);
    const qreal footerHeight
        = std::max(kSheetQrSide, canvas.textHeight(kWidth - kSheetQrSide - 4, footer, 8 * scale) + 1);
    if (draw) {
        canvas.text({ kLeft, y + footerHeight - 8, kWidth - kSheetQrSide - 4, 8 }, footer, 8 * scale,
            Qt::AlignLeft | Qt::AlignBottom);
        if (const std::optional<QrCode> qr = QrCode::encode(m_content.qrText.toUtf8()))
            qr->paint(canvas.painter(), canvas.mm(kLeft + kWidth - kSheetQrSide, y, kSheetQrSide, kSheetQrSide));
    }
    y += footerHeight;
    return y;
}

void RegistrationSheet::paint(PageCanvas &canvas) const
{
    // A crowded sheet (a long resume, long names) shrinks as a whole rather than running over.
    m_scale = 1;
    for (int step = 1; step <= 6 && layOut(canvas, m_scale, false) > kBottom; ++step)
        m_scale = 1.0 - 0.05 * step; // down to 70 %

    m_overflows = layOut(canvas, m_scale, true) > kBottom;
}

QByteArray RegistrationSheet::pdf(const QString &title) const
{
    return renderPdf(pageSize(), title, 1, [this](PageCanvas &canvas, int) { paint(canvas); });
}

QImage RegistrationSheet::image(qreal dotsPerInch) const
{
    return renderPageImage(pageSize(), dotsPerInch, [this](PageCanvas &canvas, int) { paint(canvas); });
}

} // namespace RegPoint::Kiosk
