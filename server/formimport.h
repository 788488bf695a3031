#pragma once

#include "formstore.h"
#include "urbanruraltable.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace RegPoint::Intake {

// One line of the province's forms export (JSON Lines): checked field by field, its 户口所在地
// named and classed from the urban-rural table (never from what the line says), and kept.
class FormImport
{
public:
    struct Line
    {
        qsizetype number = 0;
        QString serial; // empty when the line could not be read that far
        QString outcome; // new | replaced | unchanged | refused
        QString code; // why refused: form.malformed, form.unknown-village, form.no-record, ...
        QString message;
        bool refused() const { return outcome == u"refused"; }
    };

    FormImport(FormStore &store, const UrbanRuralTable &table, std::function<QDateTime()> clock);
    Line importLine(qsizetype number, const QByteArray &text);
    // A line longer than an import reads: refused whole, by number.
    static Line tooLong(qsizetype number, qint64 limit);

private:
    FormStore &m_store;
    const UrbanRuralTable &m_table;
    std::function<QDateTime()> m_clock;
    QHash<QString, qsizetype> m_seen; // number → the line that brought it, in this import
};

} // namespace RegPoint::Intake
