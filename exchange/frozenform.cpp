#include "frozenform.h"

#include "canonicaljson.h"
#include "digest.h"
#include "jsonfields.h"
#include "printabletext.h"

#include <QRegularExpression>

namespace RegPoint::Exchange {

using namespace Qt::StringLiterals;

namespace {

// A free-text value of a form: non-empty, of a sane length, no control characters (a sheet is
// printed from it).
QString text(JsonFields &fields, QLatin1StringView key, qsizetype maxLength, bool required = true)
{
    QString value = fields.string(key);
    if (!fields.ok())
        return {};
    if (required && value.trimmed().isEmpty())
        fields.refuse(key, u"must not be empty"_s);
    else if (value.size() > maxLength)
        fields.refuse(key, u"at most %1 characters"_s.arg(maxLength));
    else if (!isPrintableText(value))
        fields.refuse(key, u"only printable characters (no control, format or line-separator characters)"_s);
    return value;
}

QString month(JsonFields &fields, QLatin1StringView key, bool required)
{
    // Anchored at both ends: "$" alone would also take "2019-09\n".
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"(19|20)\\d\\d-(0[1-9]|1[0-2])"_s));
    QString value = fields.string(key);
    if (fields.ok() && (required || !value.isEmpty()) && !pattern.match(value).hasMatch())
        fields.refuse(key, required ? u"a month as YYYY-MM"_s : u"a month as YYYY-MM, or empty for 'until now'"_s);
    return value;
}

QString phoneNumber(JsonFields &fields, QLatin1StringView key, bool required)
{
    // A mobile number (11 digits from 1) or a landline with its area code (0731-84567890).
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"1\\d{10}|0\\d{2,3}-?\\d{7,8}"_s));
    QString value = fields.string(key);
    if (!fields.ok())
        return {};
    if (value.isEmpty() && required)
        fields.refuse(key, u"required for this candidate (往届, art or sports)"_s);
    else if (!value.isEmpty() && !pattern.match(value).hasMatch())
        fields.refuse(key, u"a mobile number of 11 digits or a landline such as 0731-84567890"_s);
    return value;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject FrozenForm::toJson() const
{
    QJsonArray resumeJson;
    for (const ResumeRow &r : resume)
        resumeJson.append(QJsonObject {
            { u"from"_s, r.from }, { u"to"_s, r.to }, { u"place"_s, r.place }, { u"witness"_s, r.witness } });
    QJsonArray familyJson;
    for (const FamilyMember &m : family)
        familyJson.append(QJsonObject { { u"relation"_s, m.relation }, { u"name"_s, m.name },
            { u"workplace"_s, m.workplace }, { u"phone"_s, m.phone } });
    return { { u"format"_s, QString(kFormat) }, { u"serial"_s, serial }, { u"recordId"_s, uuidText(recordId) },
        { u"examYear"_s, examYear }, { u"examType"_s, examType }, { u"category"_s, category },
        { u"subjects"_s, strings(subjects) }, { u"language"_s, language }, { u"school"_s, school },
        { u"hukou"_s,
            QJsonObject {
                { u"code"_s, hukou.code }, { u"address"_s, hukou.address }, { u"category"_s, hukou.category } } },
        { u"phone"_s, phone }, { u"resume"_s, resumeJson }, { u"family"_s, familyJson },
        { u"frozenAt"_s, utcTimeText(frozenAt) } };
}

Result<FrozenForm> FrozenForm::fromJson(const QJsonObject &json)
{
    JsonFields fields(json);
    FrozenForm form;
    if (fields.string("format"_L1) != kFormat && fields.ok())
        fields.refuse("format"_L1, u"must be %1"_s.arg(kFormat));
    form.serial = fields.serial("serial"_L1);
    form.recordId = fields.uuid("recordId"_L1);
    form.examYear = int(fields.integer("examYear"_L1, 2020, 2100));
    form.examType = text(fields, "examType"_L1, 20);
    form.category = text(fields, "category"_L1, 4);
    if (fields.ok() && form.category != u"应届" && form.category != u"往届")
        fields.refuse("category"_L1, u"应届 or 往届"_s);
    const QJsonArray subjects = fields.array("subjects"_L1, 6);
    for (qsizetype i = 0; fields.ok() && i < subjects.size(); ++i) {
        const QString subject = subjects.at(i).toString();
        if (subject.trimmed().isEmpty() || subject.size() > 10 || !isPrintableText(subject))
            fields.refuse("subjects"_L1, u"[%1] must be a subject name of 1 to 10 characters"_s.arg(i));
        form.subjects.append(subject);
    }
    form.language = text(fields, "language"_L1, 10);
    form.school = text(fields, "school"_L1, 60);

    JsonFields hukou(fields.object("hukou"_L1), fields.fieldPath("hukou"_L1));
    form.hukou.code = hukou.string("code"_L1);
    static const QRegularExpression twelveDigits(QRegularExpression::anchoredPattern(u"43\\d{10}"_s));
    if (hukou.ok() && !twelveDigits.match(form.hukou.code).hasMatch())
        hukou.refuse("code"_L1, u"a 12-digit code of a Hunan village or neighbourhood (43..........)"_s);
    form.hukou.address = text(hukou, "address"_L1, 120);
    form.hukou.category = hukou.string("category"_L1);
    if (hukou.ok() && form.hukou.category != u"城镇" && form.hukou.category != u"乡村")
        hukou.refuse("category"_L1, u"城镇 or 乡村, from the urban-rural table"_s);
    fields.adopt(hukou);

    const bool phoneRequired
        = form.category == u"往届" || form.examType.contains(u"艺术") || form.examType.contains(u"体育");
    form.phone = phoneNumber(fields, "phone"_L1, phoneRequired);

    const QJsonArray resume = fields.array("resume"_L1, kMaxResumeRows);
    for (qsizetype i = 0; fields.ok() && i < resume.size(); ++i) {
        JsonFields row(resume.at(i).toObject(), fields.elementPath("resume"_L1, i));
        ResumeRow r;
        r.from = month(row, "from"_L1, true);
        r.to = month(row, "to"_L1, false);
        r.place = text(row, "place"_L1, 60);
        r.witness = text(row, "witness"_L1, 20);
        if (row.ok() && !r.to.isEmpty() && r.to < r.from)
            row.refuse("to"_L1, u"ends before it starts"_s);
        if (row.ok() && !form.resume.isEmpty() && r.from > form.resume.last().from)
            row.refuse("from"_L1, u"the resume lists the newest first"_s);
        fields.adopt(row);
        form.resume.append(r);
    }
    const QJsonArray family = fields.array("family"_L1, kMaxFamily);
    for (qsizetype i = 0; fields.ok() && i < family.size(); ++i) {
        JsonFields member(family.at(i).toObject(), fields.elementPath("family"_L1, i));
        FamilyMember m;
        m.relation = text(member, "relation"_L1, 10);
        m.name = text(member, "name"_L1, 40);
        m.workplace = text(member, "workplace"_L1, 60, false);
        m.phone = phoneNumber(member, "phone"_L1, false);
        fields.adopt(member);
        form.family.append(m);
    }
    form.frozenAt = fields.utcTime("frozenAt"_L1);
    if (!fields.ok())
        return fields.failure();
    return form;
}

QString FrozenForm::contentHash() const
{
    return sha256Hex(canonicalJson(toJson()));
}

} // namespace RegPoint::Exchange
