#include "demoforms.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;

namespace {

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &random, const T (&choices)[N])
{
    return choices[random.bounded(int(N))];
}

const QString kSchools[] = { u"长沙市第一中学"_s, u"湖南师范大学附属中学"_s, u"长郡中学"_s, u"雅礼中学"_s,
    u"株洲市第二中学"_s, u"湘潭县第一中学"_s, u"浏阳市第一中学"_s, u"宁乡市第一高级中学"_s };
const QString kJuniorSchools[]
    = { u"长沙市明德华兴中学"_s, u"长沙市长郡双语实验学校"_s, u"浏阳市集里中学"_s, u"宁乡市玉潭中学"_s };
const QString kTeachers[] = { u"李老师"_s, u"王老师"_s, u"张老师"_s, u"刘老师"_s, u"陈老师"_s, u"杨老师"_s };
const QString kSurnames[] = { u"李"_s, u"王"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"黄"_s, u"赵"_s, u"周"_s };
const QString kGivenNames[] = { u"建国"_s, u"丽华"_s, u"志强"_s, u"秀英"_s, u"海燕"_s, u"伟"_s, u"敏"_s, u"红梅"_s };
const QString kWorkplaces[] = { u"长沙市芙蓉区人民医院"_s, u"湖南省农业科学院"_s, u"个体经营"_s, u"务农"_s,
    u"株洲市建筑工程公司"_s, u"浏阳市花炮厂"_s };
const QString kFirstChoice[] = { u"物理"_s, u"历史"_s };
const QString kSecondChoices[] = { u"化学"_s, u"生物"_s, u"地理"_s, u"政治"_s };

QString phone(QRandomGenerator &random)
{
    return QString(u"13"_s + QString::number(random.bounded(100000000, 999999999)));
}

} // namespace

DemoForms::DemoForms(QStringList villageCodes, int examYear)
    : m_villages(std::move(villageCodes))
    , m_examYear(examYear)
{ }

QByteArray DemoForms::line(const QString &serial, const QUuid &recordId) const
{
    QRandomGenerator random(quint32(qHash(serial)));
    const bool graduated = random.bounded(5) == 0; // 往届: about one in five
    QJsonArray subjects { pick(random, kFirstChoice) };
    const int second = random.bounded(4);
    subjects.append(kSecondChoices[second]);
    subjects.append(kSecondChoices[(second + 1 + random.bounded(3)) % 4]);

    const int finished = m_examYear - (graduated ? 2 : 1);
    QJsonArray resume;
    if (graduated)
        resume.append(QJsonObject { { u"from"_s, u"%1-07"_s.arg(finished + 1) }, { u"to"_s, QString() },
            { u"place"_s, pick(random, kWorkplaces) },
            { u"witness"_s, QString(pick(random, kSurnames) + u"主任"_s) } });
    resume.append(QJsonObject { { u"from"_s, u"%1-09"_s.arg(finished - 3) }, { u"to"_s, u"%1-06"_s.arg(finished) },
        { u"place"_s, pick(random, kSchools) }, { u"witness"_s, pick(random, kTeachers) } });
    resume.append(QJsonObject { { u"from"_s, u"%1-09"_s.arg(finished - 6) }, { u"to"_s, u"%1-06"_s.arg(finished - 3) },
        { u"place"_s, pick(random, kJuniorSchools) }, { u"witness"_s, pick(random, kTeachers) } });

    const QString surname = pick(random, kSurnames);
    const QJsonArray family { QJsonObject { { u"relation"_s, u"父亲"_s },
                                  { u"name"_s, QString(surname + pick(random, kGivenNames)) },
                                  { u"workplace"_s, pick(random, kWorkplaces) }, { u"phone"_s, phone(random) } },
        QJsonObject { { u"relation"_s, u"母亲"_s },
            { u"name"_s, QString(pick(random, kSurnames) + pick(random, kGivenNames)) },
            { u"workplace"_s, pick(random, kWorkplaces) }, { u"phone"_s, phone(random) } } };

    const QJsonObject form { { u"serial"_s, serial }, { u"recordId"_s, Exchange::uuidText(recordId) },
        { u"examYear"_s, m_examYear }, { u"examType"_s, u"普通高考"_s },
        { u"category"_s, graduated ? u"往届"_s : u"应届"_s }, { u"subjects"_s, subjects }, { u"language"_s, u"英语"_s },
        { u"school"_s, resume.at(graduated ? 1 : 0).toObject().value(u"place"_s) },
        { u"hukou"_s,
            QJsonObject { { u"code"_s,
                m_villages.isEmpty() ? QString() : m_villages.at(random.bounded(int(m_villages.size()))) } } },
        { u"phone"_s, graduated || random.bounded(2) == 0 ? phone(random) : QString() }, { u"resume"_s, resume },
        { u"family"_s, family } };
    return QJsonDocument(form).toJson(QJsonDocument::Compact);
}

} // namespace RegPoint::Intake
