#include "urbanruraltable.h"

#include "digest.h"

#include <QFile>

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxBytes = qint64(64) * 1024 * 1024; // the whole country is about 70 MB; a province far less

Failure tableFailure(const QString &why)
{
    return { u"table.bad"_s, u"The urban-rural table cannot be used: %1"_s.arg(why) };
}
} // namespace

Result<UrbanRuralTable> UrbanRuralTable::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tableFailure(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return tableFailure(u"%1 is larger than %2 MB"_s.arg(path).arg(kMaxBytes / (qint64(1024) * 1024)));
    const QByteArray bytes = file.readAll();
    UrbanRuralTable table;
    table.m_sha256 = Exchange::sha256Hex(bytes);
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != "code,name,level,ur_code,county_code,city,county,town")
        return tableFailure(u"the first line must be code,name,level,ur_code,county_code,city,county,town"_s);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        // The table's names hold no commas or quotes; a line that does is not this table's format.
        if (line.contains('"'))
            return tableFailure(
                u"line %1 holds a quote: this reader takes plain comma-separated values only"_s.arg(i + 1));
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() != 8)
            return tableFailure(u"line %1 has %2 columns, not 8"_s.arg(i + 1).arg(cells.size()));
        const QString code = QString::fromUtf8(cells.at(0));
        const QByteArray &level = cells.at(2);
        if (code.size() != 12
            || !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return tableFailure(u"line %1: the code %2 is not 12 digits"_s.arg(i + 1).arg(code));
        if (level != "village")
            continue;
        const QString classCode = QString::fromUtf8(cells.at(3));
        if (classCode.size() != 3 || (classCode.front() != u'1' && classCode.front() != u'2'))
            return tableFailure(
                u"line %1: the class %2 of village %3 is not 1xx or 2xx"_s.arg(i + 1).arg(classCode, code));
        const QString address = u"湖南省"_s + QString::fromUtf8(cells.at(5)) + QString::fromUtf8(cells.at(6))
            + QString::fromUtf8(cells.at(7)) + QString::fromUtf8(cells.at(1));
        // A second row for one code could class the village either way: the table is refused.
        if (table.m_villages.contains(code))
            return tableFailure(u"line %1: the village %2 is listed twice"_s.arg(i + 1).arg(code));
        table.m_villages.insert(code, { address, classCode, classCode.front() == u'1' ? u"城镇"_s : u"乡村"_s });
    }
    if (table.m_villages.isEmpty())
        return tableFailure(u"it holds no village-level row"_s);
    return table;
}

std::optional<UrbanRuralTable::Village> UrbanRuralTable::village(const QString &code) const
{
    const auto found = m_villages.constFind(code);
    if (found == m_villages.constEnd())
        return std::nullopt;
    return *found;
}

QStringList UrbanRuralTable::codes() const
{
    QStringList all = m_villages.keys();
    all.sort();
    return all;
}

} // namespace RegPoint::Intake
