#include "demoday.h"

#include "audit/auditlog.h"
#include "audit/dayclose.h"
#include "clock.h"
#include "crypto/localvault.h"
#include "envelope.h"
#include "identity/idnumber.h"
#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "photo/photofixer.h"
#include "photo/photoprofile.h"
#include "records/eligibilityrules.h"
#include "records/recordregistrar.h"
#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace RegPoint::Kiosk {

namespace {

struct DemoDayTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::DemoDay)
};

struct County
{
    const char *code;
    const char *place;
};
constexpr County kCounties[] = {
    { "430102", "湖南省长沙市芙蓉区" },
    { "430103", "湖南省长沙市天心区" },
    { "430104", "湖南省长沙市岳麓区" },
    { "430111", "湖南省长沙市雨花区" },
    { "430121", "湖南省长沙市长沙县" },
    { "430203", "湖南省株洲市芦淞区" },
    { "430302", "湖南省湘潭市雨湖区" },
    { "430405", "湖南省衡阳市珠晖区" },
    { "430602", "湖南省岳阳市岳阳楼区" },
    { "430702", "湖南省常德市武陵区" },
    { "430802", "湖南省张家界市永定区" },
    { "431002", "湖南省郴州市北湖区" },
    { "431202", "湖南省怀化市鹤城区" },
    { "433101", "湖南省湘西土家族苗族自治州吉首市" },
};
const QStringList kSurnames
    = QStringLiteral("王 李 张 刘 陈 杨 黄 赵 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 谭 彭 曾 邓 蒋").split(u' ');
const QString kGivenChars = QStringLiteral("子涵浩宇欣怡梓轩思远佳琪俊杰雨桐诗琪家乐一诺晨曦嘉怡博文若曦明轩");
const QStringList kStreets
    = QStringLiteral("五一大道 解放西路 韶山北路 人民中路 建设路 湘江中路 芙蓉中路 八一路").split(u' ');
// GB/T 3304: Han, Miao, Tujia, Dong, Yao.
const QStringList kNations { QStringLiteral("01"), QStringLiteral("01"), QStringLiteral("01"), QStringLiteral("01"),
    QStringLiteral("06"), QStringLiteral("15"), QStringLiteral("12"), QStringLiteral("13") };

} // namespace

QList<CandidateIdentity> syntheticCandidates(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<CandidateIdentity> people;
    QSet<QString> used;
    while (people.size() < count) {
        const County &county = kCounties[random.bounded(int(std::size(kCounties)))];
        CandidateIdentity p;
        p.birthDate = QDate(2006, 1, 1).addDays(random.bounded(3 * 365));
        const bool male = random.bounded(2) == 0;
        p.gender = male ? Gender::Male : Gender::Female;
        // Sequence: odd for men, even for women (GB 11643).
        const int sequence = random.bounded(500) * 2 + (male ? 1 : 0);
        const QString first17 = QLatin1String(county.code) + p.birthDate.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        p.idNumber = first17 + IdNumber::checkCharacter(first17);
        if (used.contains(p.idNumber))
            continue;
        used.insert(p.idNumber);
        p.name = kSurnames.at(random.bounded(kSurnames.size()));
        for (int i = 0, n = 1 + random.bounded(2); i < n; ++i)
            p.name += kGivenChars.at(random.bounded(kGivenChars.size()));
        p.nationCode = kNations.at(random.bounded(kNations.size()));
        p.address = QString::fromUtf8(county.place) + kStreets.at(random.bounded(kStreets.size()))
            + QStringLiteral("%1号").arg(1 + random.bounded(300));
        people.append(p);
    }
    return people;
}

QByteArray syntheticPortrait(quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(480, 640, QImage::Format_RGB888);
    image.fill(QColor(100, 197, 255));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(30, 30, 40)); // shoulders
        painter.drawEllipse(QRectF(40, 520, 400, 260));
        const QColor skin(200 + random.bounded(40), 160 + random.bounded(30), 130 + random.bounded(30));
        painter.setBrush(skin);
        painter.drawEllipse(QRectF(140, 150, 200, 260)); // face
        painter.setBrush(QColor(25, 20, 20)); // hair
        painter.drawChord(QRectF(130, 80, 220, 200), 0, 180 * 16);
        painter.setBrush(QColor(40, 30, 30)); // eyes
        painter.drawEllipse(QPointF(200, 260), 12, 7);
        painter.drawEllipse(QPointF(280, 260), 12, 7);
    }
    // Sensor noise, so the JPEG lands in the profile's size window like a real capture. One draw
    // per row, not per byte: a thousand portraits took 25 s of bounded() calls.
    const int rowBytes = image.width() * 3;
    std::vector<quint32> noise(size_t(rowBytes + 3) / 4);
    for (int y = 0; y < image.height(); ++y) {
        random.fillRange(noise.data(), qsizetype(noise.size()));
        const auto *bytes = reinterpret_cast<const uchar *>(noise.data());
        uchar *line = image.scanLine(y);
        for (int x = 0; x < rowBytes; ++x)
            line[x] = uchar(std::clamp(int(line[x]) + int(bytes[x] % 13) - 6, 0, 255));
    }
    return encodeForProfile(image, PhotoProfile::load(QStringLiteral("hunan-2023")).value());
}

Result<DemoDayResult> runDemoDay(Workspace &ws, int count, quint32 seed, const std::function<void(int done)> &progress)
{
    if (!ws.sealer())
        return Failure { QStringLiteral("provision.missing"), [] {
                            return DemoDayTr::tr(
                                "The data directory is not provisioned; provision it (the demo province will do).");
                        } };
    OperatorService &operators = ws.operators();
    const NewOperator clerk { QStringLiteral("demo.clerk"), QStringLiteral("演示办事员"), Role::Clerk,
        QStringLiteral("demo-clerk-2026"), QStringLiteral("demo-clerk-2026") };
    const NewOperator supervisor { QStringLiteral("demo.supervisor"), QStringLiteral("演示主管"), Role::Supervisor,
        QStringLiteral("demo-supervisor-2026"), QStringLiteral("demo-supervisor-2026") };
    for (const NewOperator &op : { clerk, supervisor }) {
        const auto existing = ws.operatorStore().findWithHash(op.username);
        if (!existing)
            return existing.failure();
        if (!existing.value()) {
            if (Result<Operator> created = operators.create(op); !created)
                return created.failure();
        }
    }
    const Result<Operator> desk = operators.authenticate(clerk.username, clerk.password);
    if (!desk)
        return desk.failure();

    const Result<EligibilityRules> rules = EligibilityRules::load(examYearOn(ws.clock().today()));
    if (!rules)
        return rules.failure();
    const std::optional<EligibilityReview> finalYear = rules->everythingSeen(QStringLiteral("final-year"));
    if (!finalYear)
        return Failure { QStringLiteral("eligibility.category"), [] {
                            return DemoDayTr::tr(
                                "The eligibility rules have no final-year category for the demo candidates.");
                        } };
    DemoDayResult result;
    QList<CandidateIdentity> people = syntheticCandidates(count, seed);
    for (int i = 0; i < people.size(); ++i) {
        const Result<CandidateRecord> saved = ws.registrar().registerIdentity(people[i], EntryMethod::Card, desk->id);
        wipe(people[i].name);
        wipe(people[i].idNumber);
        wipe(people[i].address);
        if (!saved) {
            if (saved.failure().code == QStringLiteral("record.duplicate"))
                continue; // an earlier demo day with the same seed
            return saved.failure();
        }
        ++result.records;
        if (const Result<RecordState> reviewed = ws.records().recordReview(saved->id, *finalYear, desk->id); !reviewed)
            return reviewed.failure();
        QByteArray photo = syntheticPortrait(seed * 7919u + quint32(i));
        const Result<Completion> completed = ws.registrar().completeWithPhoto(saved->id, photo, desk->id);
        wipe(photo);
        if (!completed)
            return completed.failure();
        if (!completed->sealed)
            return *completed->notSealedBecause;
        ++result.sealed;
        if (progress)
            progress(i + 1);
    }
    if (const Result<QDate> head = DayClose(ws.audit(), ws.clock()).signHeadSoFar(*ws.sealer()); !head)
        return head.failure();
    return result;
}

Exchange::FrozenForm demoFrozenForm(const QString &serial, const QUuid &recordId, int examYear)
{
    Exchange::FrozenForm form;
    form.serial = serial;
    form.recordId = recordId;
    form.examYear = examYear;
    form.examType = QStringLiteral("普通高考");
    form.category = QStringLiteral("应届");
    form.subjects = { QStringLiteral("物理"), QStringLiteral("化学"), QStringLiteral("生物") };
    form.language = QStringLiteral("英语");
    form.school = QStringLiteral("长沙市第一中学");
    form.hukou = { QStringLiteral("430102001001"), QStringLiteral("湖南省长沙市芙蓉区文艺路街道识字岭社区居委会"),
        QStringLiteral("城镇") };
    form.phone = QStringLiteral("13800000017");
    form.resume = { { QStringLiteral("%1-09").arg(examYear - 3), {}, QStringLiteral("长沙市第一中学"),
                        QStringLiteral("刘老师") },
        { QStringLiteral("%1-09").arg(examYear - 6), QStringLiteral("%1-06").arg(examYear - 3),
            QStringLiteral("长沙市长郡双语实验中学"), QStringLiteral("陈老师") } };
    form.family = { { QStringLiteral("母亲"), QStringLiteral("黄秀英"), QStringLiteral("长沙市第一医院"),
        QStringLiteral("0731-84567890") } };
    form.frozenAt = QDateTime::currentDateTimeUtc();
    return form;
}

} // namespace RegPoint::Kiosk
