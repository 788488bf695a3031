#include "photo/photoinspector.h"
#include "photoset.h"
#include "realfaceset.h"

#include <QTest>

#include <map>
#include <set>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {

struct Tally
{
    int labelled = 0;
    int correct = 0;
    int defects = 0; // labelled as failing
    int caught = 0; // ... and reported as failing
    QStringList wrongOn;
    double passMin = 1e9, passMax = -1e9, failMin = 1e9, failMax = -1e9; // measured values by label
    double accuracy() const { return labelled ? double(correct) / labelled : 0.0; }
};

// Per person: compliant photos, and those an error check rejected.
struct PersonTally
{
    int compliant = 0;
    int rejected = 0;
    QStringList rejectedBy;
};

struct Judged
{
    std::map<QString, Tally> checks;
    std::map<QString, PersonTally> people;
    std::map<QString, PhotoSeverity> severity;
    QStringList compliantRejected; // "photo: check value"
};

Judged judge(const QList<LabelledPhoto> &set, const PhotoInspector &inspector)
{
    Judged j;
    for (const LabelledPhoto &photo : set) {
        const PhotoReport report = inspector.inspectFile(photo.file);
        // Compliant: no rule labelled broken, the expression aside (a smile is the clerk's call,
        // a warning); a value too near a limit to label counts neither way.
        bool compliant = true;
        for (auto it = photo.expected.begin(); it != photo.expected.end(); ++it) {
            if (!it.value() && it.key() != QStringLiteral("mouth_closed"))
                compliant = false;
        }
        for (auto it = photo.expected.begin(); it != photo.expected.end(); ++it) {
            const PhotoCheck *check = report.find(it.key());
            if (!check)
                continue;
            Tally &t = j.checks[it.key()];
            ++t.labelled;
            t.correct += check->ok == it.value() ? 1 : 0;
            bool isNumber = false;
            const double v = check->value
                                 .section(u' ', it.key() == QStringLiteral("exposure") ? 1 : 0,
                                     it.key() == QStringLiteral("exposure") ? 1 : 0)
                                 .remove(u',')
                                 .remove(u'°')
                                 .toDouble(&isNumber);
            if (isNumber) {
                (it.value() ? t.passMin : t.failMin) = std::min(it.value() ? t.passMin : t.failMin, v);
                (it.value() ? t.passMax : t.failMax) = std::max(it.value() ? t.passMax : t.failMax, v);
            }
            if (check->ok != it.value())
                t.wrongOn.append(photo.name + QStringLiteral(" (") + check->value + u')');
            if (!it.value()) {
                ++t.defects;
                t.caught += check->ok ? 0 : 1;
            }
            if (check->ok == it.value() || !j.severity.count(it.key()))
                j.severity[it.key()] = check->severity;
        }
        if (!compliant)
            continue;
        PersonTally &p = j.people[photo.person];
        ++p.compliant;
        bool rejected = false;
        for (const PhotoCheck &c : report.checks) {
            if (!c.ok && c.severity == PhotoSeverity::Error && photo.expected.contains(c.id)) {
                rejected = true;
                p.rejectedBy.append(c.id);
                j.compliantRejected.append(photo.name + u' ' + c.id + u' ' + c.value);
            }
        }
        p.rejected += rejected ? 1 : 0;
    }
    return j;
}

QString checkTable(const Judged &j)
{
    QString table = QStringLiteral(
        "\n| check | labelled | correct | accuracy | defects caught | meets rule | breaks rule | wrong on |\n"
        "|---|---:|---:|---:|---:|---|---|---|\n");
    auto span = [](double lo, double hi) { return lo > hi ? QString() : QStringLiteral("%1 … %2").arg(lo).arg(hi); };
    for (const auto &[id, t] : j.checks)
        table += QStringLiteral("| `%1` | %2 | %3 | %4 % | %5 / %6 | %8 | %9 | %7 |\n")
                     .arg(id)
                     .arg(t.labelled)
                     .arg(t.correct)
                     .arg(t.accuracy() * 100, 0, 'f', 0)
                     .arg(t.caught)
                     .arg(t.defects)
                     .arg(t.wrongOn.join(QStringLiteral(", ")))
                     .arg(span(t.passMin, t.passMax), span(t.failMin, t.failMax));
    return table;
}

QString personTable(const Judged &j)
{
    QString table
        = QStringLiteral("\n| person | compliant photos | rejected by an error check | by |\n|---|---:|---:|---|\n");
    for (const auto &[person, p] : j.people)
        table += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                     .arg(person)
                     .arg(p.compliant)
                     .arg(p.rejected)
                     .arg(p.rejectedBy.join(QStringLiteral(", ")));
    return table;
}

} // namespace

// Every check against labelled photos: how often its verdict matches the reviewer's label.
//
// Thresholds, and why: a check that passes a defective photo sends the candidate back to the
// desk weeks later, so every labelled defect must be caught by its own check. A compliant photo
// that an error check rejects costs a candidate a retake or a supervisor override; on the real
// faces none may be rejected, so no person is rejected more often than another. A warning
// that fires without reason teaches clerks to ignore warnings: each check is right on at least
// nine photos in ten of those labelled for it.
class tst_PhotoAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void astronautSet();
    void realFaces();

private:
    std::unique_ptr<PhotoInspector> m_inspector;
};

void tst_PhotoAccuracy::initTestCase()
{
    m_inspector = std::make_unique<PhotoInspector>(PhotoProfile::load(QStringLiteral("hunan-2023")).value());
    QVERIFY2(m_inspector->hasFaceDetector(), "install opencv-data and libdlib-data");
}

void tst_PhotoAccuracy::astronautSet()
{
    const QList<LabelledPhoto> set = labelledPhotoSet(QStringLiteral(PHOTO_DIR), *m_inspector);
    QVERIFY2(set.size() > 30, "the generator needs astronaut-compliant.jpg with both eyes found");
    const Judged j = judge(set, *m_inspector);
    qInfo().noquote() << "astronaut set:" << set.size() << "photos" << checkTable(j);
    // Each check is labelled on photos that meet its rule and on photos that break it, with two
    // exceptions one smiling frontal portrait cannot give: a turned head (yaw) and closed lips.
    for (const PhotoCheck &c : m_inspector->inspectFile(set.first().file).checks) {
        const auto t = j.checks.find(c.id);
        QVERIFY2(t != j.checks.end(), qPrintable(c.id));
        if (c.id != QStringLiteral("mouth_closed"))
            QVERIFY2(t->second.labelled - t->second.defects > 0, qPrintable(c.id));
        if (c.id != QStringLiteral("yaw"))
            QVERIFY2(t->second.defects > 0, qPrintable(c.id));
    }
    for (const auto &[id, t] : j.checks) {
        QVERIFY2(t.accuracy() >= 0.9,
            qPrintable(QStringLiteral("%1: %2 % (wrong on %3)")
                           .arg(id)
                           .arg(t.accuracy() * 100, 0, 'f', 0)
                           .arg(t.wrongOn.join(u','))));
        QVERIFY2(t.caught == t.defects, qPrintable(QStringLiteral("%1 missed a defect").arg(id)));
    }
}

void tst_PhotoAccuracy::realFaces()
{
    const QString faces = realFacesDir();
    if (faces.isEmpty())
        QSKIP("../shared/data/faces is not here (set REGPOINT_FACES_DIR): the real-face set needs it");
    QStringList skipped;
    const QList<LabelledPhoto> set
        = realFaceSet(faces, QStringLiteral(PHOTO_DIR "/faces.json"), m_inspector->profile(), &skipped);
    const Judged j = judge(set, *m_inspector);
    qInfo().noquote() << "real faces:" << set.size() << "photos;" << j.people.size() << "people with compliant photos;"
                      << "sources left out:" << skipped.join(QStringLiteral("; ")) << checkTable(j) << personTable(j);
    // 24 of the 30 sources are usable (faces README); some are framed too tight for the 480x640
    // frame without inventing shoulders, and for some the generator's matte fails (docs/photo.md).
    QVERIFY2(j.people.size() >= 8, "fewer than 8 people gave a compliant photo");
    QVERIFY2(j.compliantRejected.isEmpty(),
        qPrintable(QStringLiteral("compliant photos rejected: ") + j.compliantRejected.join(QStringLiteral("; "))));
    for (const auto &[id, t] : j.checks) {
        QVERIFY2(t.caught == t.defects,
            qPrintable(QStringLiteral("%1 missed %2 of %3 defects (wrong on %4)")
                           .arg(id)
                           .arg(t.defects - t.caught)
                           .arg(t.defects)
                           .arg(t.wrongOn.join(u','))));
        QVERIFY2(t.accuracy() >= 0.9,
            qPrintable(QStringLiteral("%1: %2 % (wrong on %3)")
                           .arg(id)
                           .arg(t.accuracy() * 100, 0, 'f', 0)
                           .arg(t.wrongOn.join(u','))));
    }
}

QTEST_GUILESS_MAIN(tst_PhotoAccuracy)
#include "tst_photoaccuracy.moc"
