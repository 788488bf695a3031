#include "formimport.h"

#include "frozenform.h"
#include "jsonfields.h"
#include "printabletext.h"

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;

namespace {
// What a line says goes into messages on a terminal: escaped, and not too long.
QString shown(const QString &value)
{
    const QString escaped = Exchange::printableText(QStringView(value).left(40));
    return value.size() > 40 ? escaped + u"…"_s : escaped;
}
} // namespace

FormImport::Line FormImport::tooLong(qsizetype number, qint64 limit)
{
    return { number, {}, u"refused"_s, u"form.malformed"_s,
        u"line %1 is longer than %2 KB: not a form; it is skipped whole"_s.arg(number).arg(limit / 1024) };
}

FormImport::FormImport(FormStore &store, const UrbanRuralTable &table, std::function<QDateTime()> clock)
    : m_store(store)
    , m_table(table)
    , m_clock(std::move(clock))
{ }

FormImport::Line FormImport::importLine(qsizetype number, const QByteArray &text)
{
    Line line { number, {}, u"refused"_s, {}, {} };
    const Result<QJsonObject> parsed = Exchange::parseJsonObject(text);
    if (!parsed) {
        line.code = u"form.malformed"_s;
        line.message = u"line %1 is not one JSON object: %2"_s.arg(number).arg(parsed.failure().message);
        return line;
    }
    QJsonObject json = parsed.value();
    line.serial = shown(json.value(u"serial"_s).toString());
    QJsonObject hukou = json.value(u"hukou"_s).toObject();
    const QString code = hukou.value(u"code"_s).toString();
    const QString codeShown = shown(code);
    const std::optional<UrbanRuralTable::Village> village = m_table.village(code);
    if (!village) {
        line.code = u"form.unknown-village"_s;
        line.message = u"line %1 (%2): the 户口所在地 code \"%3\" is not a village of the urban-rural table; a "
                       "person must find the right code with the candidate"_s.arg(number)
                           .arg(line.serial, codeShown);
        return line;
    }
    const QString typed = hukou.value(u"category"_s).toString();
    if (!typed.isEmpty() && typed != village->category) {
        line.code = u"form.category-mismatch"_s;
        line.message
            = u"line %1 (%2): the line says %3, the urban-rural table says %4 (class %5) for %6"_s.arg(number).arg(
                line.serial, shown(typed), village->category, village->classCode, codeShown);
        return line;
    }
    hukou.insert(u"address"_s, village->address);
    hukou.insert(u"category"_s, village->category);
    json.insert(u"hukou"_s, hukou);
    json.insert(u"format"_s, QString(Exchange::FrozenForm::kFormat));
    json.insert(u"frozenAt"_s, Exchange::utcTimeText(m_clock())); // checked now, set at the freeze
    const Result<Exchange::FrozenForm> form = Exchange::FrozenForm::fromJson(json);
    if (!form) {
        line.code = u"form.malformed"_s;
        line.message = u"line %1 (%2): %3"_s.arg(number).arg(line.serial, form.failure().message);
        return line;
    }
    // Two lines for one number in one export: which is the candidate's? A person decides.
    if (const auto earlier = m_seen.constFind(form->serial); earlier != m_seen.constEnd()) {
        line.code = u"form.duplicate"_s;
        line.message
            = u"line %1: the number %2 was on line %3 already; the earlier line is kept, check both"_s.arg(number)
                  .arg(line.serial)
                  .arg(*earlier);
        return line;
    }
    m_seen.insert(form->serial, number);
    switch (m_store.save(form.value(), m_clock())) {
    case FormStore::Saved::New:
        line.outcome = u"new"_s;
        break;
    case FormStore::Saved::Replaced:
        line.outcome = u"replaced"_s;
        break;
    case FormStore::Saved::Unchanged:
        line.outcome = u"unchanged"_s;
        break;
    case FormStore::Saved::NoRecord:
        line.code = u"form.no-record"_s;
        line.message = u"line %1: no record with the number %2 has reached the province"_s.arg(number).arg(line.serial);
        break;
    case FormStore::Saved::OtherRecord:
        line.code = u"form.other-record"_s;
        line.message = u"line %1: the number %2 belongs to another record than %3"_s.arg(number).arg(
            line.serial, Exchange::uuidText(form->recordId));
        break;
    case FormStore::Saved::Frozen:
        line.code = u"form.frozen"_s;
        line.message = u"line %1: the form of %2 is frozen (registration closed); it is not changed"_s.arg(number).arg(
            line.serial);
        break;
    }
    return line;
}

} // namespace RegPoint::Intake
