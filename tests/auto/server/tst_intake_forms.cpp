#include "demoforms.h"
#include "formdesk.h"
#include "formfreezer.h"
#include "formimport.h"
#include "formstore.h"
#include "intakefixture.h"
#include "intakesignature.h"
#include "intakestore.h"
#include "jsonfields.h"
#include "testprovince.h"
#include "urbanruraltable.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Intake;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kTable = QStringLiteral(REGPOINT_SOURCE_DIR "/tests/data/urban-rural/hunan-ur-2016-sample.csv");

// A form as the province's registration system exports it: the village code only; the intake
// names and classes it.
QJsonObject onlineForm(const QString &serial, const QUuid &record, const QString &village)
{
    return { { u"serial"_s, serial }, { u"recordId"_s, Exchange::uuidText(record) }, { u"examYear"_s, 2027 },
        { u"examType"_s, u"普通高考"_s }, { u"category"_s, u"应届"_s },
        { u"subjects"_s, QJsonArray { u"物理"_s, u"化学"_s, u"生物"_s } }, { u"language"_s, u"英语"_s },
        { u"school"_s, u"长沙市第一中学"_s }, { u"hukou"_s, QJsonObject { { u"code"_s, village } } },
        { u"phone"_s, QString() },
        { u"resume"_s,
            QJsonArray { QJsonObject { { u"from"_s, u"2024-09"_s }, { u"to"_s, QString() },
                { u"place"_s, u"长沙市第一中学"_s }, { u"witness"_s, u"刘老师"_s } } } },
        { u"family"_s, QJsonArray {} } };
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// The province's forms import, on the store named by REGPOINT_INTAKE_STORE: 户口所在地 from the
// table, each refusal named, and a form only for the record its number was given to.
class tst_IntakeForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString skip, error;
        m_location = testStoreLocation(m_dir, m_postgres, &skip, &error);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY2(!m_location.isEmpty(), qPrintable(error));
        m_store = std::make_unique<IntakeStore>(openSqlBackend(m_location, 2));
        QVERIFY(m_store->migrate() >= 5);
        const Result<UrbanRuralTable> table = UrbanRuralTable::load(kTable);
        QVERIFY2(table, qPrintable(table ? QString() : table.failure().message));
        m_table = table.value();
        // Two records that reached the province with their numbers.
        m_first = QUuid::createUuid();
        m_second = QUuid::createUuid();
        m_firstSerial = u"27%1"_s.arg(QRandomGenerator::global()->bounded(100000000, 999999999));
        m_secondSerial = QString::number(m_firstSerial.toLongLong() + 1);
        // A point of its own per test function: PostgreSQL's database is shared by them.
        m_point = u"43%1-01"_s.arg(QRandomGenerator::global()->bounded(1000, 9999));
        addRecord(m_first, m_firstSerial, m_point);
        addRecord(m_second, m_secondSerial, m_point);
    }

    void addRecord(const QUuid &id, const QString &serial, const QString &point)
    {
        const QByteArray envelope = "envelope " + serial.toLatin1();
        IntakeStore::NewRecord record { id, point, QUuid::createUuid(), QString(64, u'a'), envelope.size(),
            Exchange::Decision::Approved, {}, envelope, QDateTime::currentDateTimeUtc(), serial };
        const auto receipt = [](qint64 seq) {
            return QJsonObject { { u"body"_s, QJsonObject { { u"seq"_s, seq } } } };
        };
        const auto conflict = [](qint64 seq, const IntakeStore::Held &) { return QJsonObject { { u"seq"_s, seq } }; };
        m_store->storeRecords({ { record, receipt, conflict, receipt } });
    }

    void cleanup() { m_store.reset(); }

    void theVillageIsNamedAndClassedByTheTable()
    {
        FormStore forms(m_store->backend());
        FormImport import(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        const qint64 before = forms.count(); // PostgreSQL's database is shared by the test functions
        // A 社区居委会 classed 220: 乡村, whatever its name suggests.
        FormImport::Line result = import.importLine(1, line(onlineForm(m_firstSerial, m_first, u"430121102004"_s)));
        QVERIFY2(!result.refused(), qPrintable(result.message));
        QCOMPARE(result.outcome, u"new"_s);
        QCOMPARE(m_table.village(u"430121102004"_s)->category, u"乡村"_s);
        QCOMPARE(m_table.village(u"430121102004"_s)->address, u"湖南省长沙市长沙县黄兴镇石弓湾社区居委会"_s);
        // A 村委会 classed 121: 城镇.
        QCOMPARE(m_table.village(u"430112106206"_s)->category, u"城镇"_s);
        QCOMPARE(forms.count(), before + 1);

        // The next day's export, with the same form and then a changed one.
        FormImport nextDay(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        result = nextDay.importLine(1, line(onlineForm(m_firstSerial, m_first, u"430121102004"_s)));
        QCOMPARE(result.outcome, u"unchanged"_s);
        FormImport dayAfter(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        result = dayAfter.importLine(1, line(onlineForm(m_firstSerial, m_first, u"430102001001"_s)));
        QCOMPARE(result.outcome, u"replaced"_s);
        QCOMPARE(forms.count(), before + 1);
    }

    void eachRefusalIsNamed()
    {
        FormStore forms(m_store->backend());
        FormImport import(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        const qint64 before = forms.count();
        QCOMPARE(import.importLine(1, "{not json").code, u"form.malformed"_s);
        // A town, not a village; and a code the table does not hold at all.
        QCOMPARE(import.importLine(2, line(onlineForm(m_firstSerial, m_first, u"433101102000"_s))).code,
            u"form.unknown-village"_s);
        const FormImport::Line unknown
            = import.importLine(3, line(onlineForm(m_firstSerial, m_first, u"430199999999"_s)));
        QCOMPARE(unknown.code, u"form.unknown-village"_s);
        QVERIFY(unknown.message.contains(u"line 3"_s));
        QVERIFY(unknown.message.contains(u"430199999999"_s));
        // A category typed into the form that the table contradicts.
        QJsonObject typed = onlineForm(m_firstSerial, m_first, u"430121102004"_s);
        typed.insert(u"hukou"_s, QJsonObject { { u"code"_s, u"430121102004"_s }, { u"category"_s, u"城镇"_s } });
        QCOMPARE(import.importLine(4, line(typed)).code, u"form.category-mismatch"_s);
        // A field the form gets wrong: named.
        QJsonObject bad = onlineForm(m_firstSerial, m_first, u"430121102004"_s);
        bad.insert(u"category"_s, u"复读"_s);
        const FormImport::Line malformed = import.importLine(5, line(bad));
        QCOMPARE(malformed.code, u"form.malformed"_s);
        QVERIFY2(malformed.message.contains(u"category"_s), qPrintable(malformed.message));
        // No record with this number; the number of another record.
        QCOMPARE(import.importLine(6, line(onlineForm(u"27000000000000"_s, m_first, u"430121102004"_s))).code,
            u"form.no-record"_s);
        QCOMPARE(import.importLine(7, line(onlineForm(m_secondSerial, m_first, u"430121102004"_s))).code,
            u"form.other-record"_s);
        QCOMPARE(forms.count(), before);
    }

    void oneNumberTwiceInAnExportIsForAPerson()
    {
        FormStore forms(m_store->backend());
        FormImport import(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        QCOMPARE(import.importLine(1, line(onlineForm(m_firstSerial, m_first, u"430121102004"_s))).outcome, u"new"_s);
        const FormImport::Line again
            = import.importLine(2, line(onlineForm(m_firstSerial, m_first, u"430102001001"_s)));
        QCOMPARE(again.code, u"form.duplicate"_s);
        QVERIFY(again.message.contains(u"line 1"_s));
        // What a line says reaches the terminal without its control characters.
        const FormImport::Line escaped
            = import.importLine(3, line(onlineForm(m_secondSerial, m_second, u"4301\u001b[2J"_s)));
        QCOMPARE(escaped.code, u"form.unknown-village"_s);
        QVERIFY(!escaped.message.contains(QChar(0x1b)));
        QVERIFY(escaped.message.contains(u"\\u{001b}"_s));
    }

    void aTableThatCouldMisclassIsRefused()
    {
        QTemporaryDir dir;
        const auto tableWith = [&](const QByteArray &rows) {
            QFile file(dir.filePath(u"ur.csv"_s));
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write("code,name,level,ur_code,county_code,city,county,town\n" + rows);
            file.close();
            return UrbanRuralTable::load(file.fileName());
        };
        QVERIFY(tableWith("430121102004,石弓湾社区居委会,village,220,430121,长沙市,长沙县,黄兴镇\n"));
        // The same village twice, once each way.
        QVERIFY(!tableWith("430121102004,石弓湾社区居委会,village,220,430121,长沙市,长沙县,黄兴镇\n"
                           "430121102004,石弓湾社区居委会,village,111,430121,长沙市,长沙县,黄兴镇\n"));
        QVERIFY(!tableWith("43012110200X,石弓湾社区居委会,village,220,430121,长沙市,长沙县,黄兴镇\n"));
        QVERIFY(!tableWith("430121102004,\"石弓湾,社区\",village,220,430121,长沙市,长沙县,黄兴镇\n"));
        QVERIFY(!tableWith("430121102004,石弓湾社区居委会,village,320,430121,长沙市,长沙县,黄兴镇\n"));
    }

    void aFrozenFormNoLongerChanges()
    {
        FormStore forms(m_store->backend());
        FormImport import(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        QCOMPARE(import.importLine(1, line(onlineForm(m_firstSerial, m_first, u"430121102004"_s))).outcome, u"new"_s);
        QVERIFY(!forms.frozen(m_firstSerial)); // not before registration closes
        const QDateTime closed(QDate(2026, 12, 20), QTime(10, 0), Qt::UTC);
        QVERIFY(forms.freeze(closed) >= 1);
        const std::optional<Exchange::FrozenForm> frozen = forms.frozen(m_firstSerial);
        QVERIFY(frozen);
        QCOMPARE(frozen->frozenAt, closed);
        QCOMPARE(frozen->hukou.category, u"乡村"_s);
        QCOMPARE(frozen->hukou.address, u"湖南省长沙市长沙县黄兴镇石弓湾社区居委会"_s);
        FormImport afterTheClose(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        const FormImport::Line late
            = afterTheClose.importLine(1, line(onlineForm(m_firstSerial, m_first, u"430102001001"_s)));
        QCOMPARE(late.code, u"form.frozen"_s);
        QCOMPARE(forms.frozen(m_firstSerial)->hukou.code, u"430121102004"_s); // unchanged
    }

    void theCommandListsWhatItRefused()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"forms.jsonl"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line(onlineForm(m_firstSerial, m_first, u"430102001001"_s)) + '\n');
        file.write("\n"); // blank lines are skipped
        file.write(line(onlineForm(m_secondSerial, m_second, u"430199999999"_s)) + '\n');
        file.close();
        m_store.reset(); // the command opens the store itself
        QProcess intake;
        intake.start(IntakeServerProcess::binary(),
            { u"import-forms"_s, u"--store"_s, m_location, u"--table"_s, kTable, u"--json"_s, file.fileName() });
        QVERIFY(intake.waitForFinished(60000));
        QCOMPARE(intake.exitCode(), 1);
        const QJsonObject result = QJsonDocument::fromJson(intake.readAllStandardOutput()).object();
        QCOMPARE(result.value(u"new"_s).toInt(), 1);
        QCOMPARE(result.value(u"lines"_s).toInt(), 3);
        const QJsonArray refused = result.value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first()[u"line"_s].toInt(), 3);
        QCOMPARE(refused.first()[u"code"_s].toString(), u"form.unknown-village"_s);
        QCOMPARE(refused.first()[u"serial"_s].toString(), m_secondSerial);
    }

    void eachPointIsServedItsOwnFrozenFormsSigned()
    {
        const QUuid third = QUuid::createUuid();
        const QString thirdSerial = QString::number(m_secondSerial.toLongLong() + 1);
        const QString otherPoint = m_point.left(6) + u"-02"_s;
        addRecord(third, thirdSerial, otherPoint);
        FormStore forms(m_store->backend());
        FormImport import(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        for (const auto &[serial, id] : { std::pair { m_firstSerial, m_first }, std::pair { m_secondSerial, m_second },
                 std::pair { thirdSerial, third } })
            QCOMPARE(import.importLine(1, line(onlineForm(serial, id, u"430102001001"_s))).outcome, u"new"_s);

        const TestProvince province;
        const Exchange::IssuedKey key = province.intakeSigner();
        const Exchange::IntakeSigner signer = Exchange::IntakeSigner::create(key.keyPem, key.certificatePem).value();
        FormDesk desk(forms, signer);
        QCOMPARE(desk.forms(m_point, "after=0").value().value(u"forms"_s).toArray().size(), 0); // not frozen yet

        forms.freeze(QDateTime::currentDateTimeUtc());
        const Exchange::IntakeSignatureVerifier verifier(province.caPem());
        const auto page = [&](const QString &point, const QByteArray &query) {
            const Result<QJsonObject> answer = desk.forms(point, query);
            const Result<Exchange::FormsPage> read = Exchange::FormsPage::fromJson(answer.value());
            QList<Exchange::ServedForm> served;
            for (const QJsonObject &signedForm : read->forms)
                served.append(
                    Exchange::verifyServedForm(signedForm, verifier, point, QDateTime::currentDateTimeUtc()).value());
            return std::pair { served, read->next };
        };
        const auto [mine, next] = page(m_point, "after=0");
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].form.serial, m_firstSerial);
        QCOMPARE(mine[1].form.serial, m_secondSerial);
        QVERIFY(mine[0].seq < mine[1].seq);
        QCOMPARE(next, mine[1].seq);
        QCOMPARE(mine[0].form, forms.frozen(m_firstSerial).value());
        // One at a time, then nothing after the last.
        const auto [first, afterFirst] = page(m_point, "limit=1");
        QCOMPARE(first.size(), 1);
        QCOMPARE(page(m_point, "after=" + QByteArray::number(afterFirst)).first.size(), 1);
        QCOMPARE(page(m_point, "after=" + QByteArray::number(next)).first.size(), 0);
        // The other point gets its own form and only that.
        const auto [theirs, theirNext] = page(otherPoint, "after=0");
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs[0].form.serial, thirdSerial);

        QCOMPARE(Exchange::malformedField(desk.forms(m_point, "after=-1").failure()), u"after"_s);
        QCOMPARE(Exchange::malformedField(desk.forms(m_point, "limit=100000").failure()), u"limit"_s);
    }

    void aConfirmationIsKeptOnceAndOnlyForTheFormPrinted()
    {
        FormStore forms(m_store->backend());
        FormImport import(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        QCOMPARE(import.importLine(1, line(onlineForm(m_firstSerial, m_first, u"430102001001"_s))).outcome, u"new"_s);
        Exchange::SheetConfirmation confirmation;
        confirmation.recordId = m_first;
        confirmation.serial = m_firstSerial;
        confirmation.confirmedAt = QDateTime(QDate(2026, 12, 21), QTime(9, 30), Qt::UTC);
        confirmation.clerk = u"clerk01"_s;
        confirmation.formSha256 = QString(64, u'0');
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(forms.keepConfirmation(m_point, confirmation, now), u"confirmation.unknown-form"_s); // not frozen

        forms.freeze(now);
        QCOMPARE(forms.keepConfirmation(m_point, confirmation, now), u"confirmation.stale-form"_s);
        confirmation.formSha256 = forms.frozen(m_firstSerial)->contentHash();
        QCOMPARE(forms.keepConfirmation(m_point, confirmation, now), u"ok"_s);
        QCOMPARE(forms.keepConfirmation(m_point, confirmation, now), u"ok"_s); // its answer was lost: sent again
        QCOMPARE(forms.confirmations(m_firstSerial), QList { confirmation });
        Exchange::SheetConfirmation otherWords = confirmation;
        otherWords.outcome = Exchange::SheetConfirmation::Outcome::Correction;
        otherWords.reason = u"另一说法"_s;
        QCOMPARE(forms.keepConfirmation(m_point, otherWords, now), u"confirmation.conflict"_s);
        QCOMPARE(forms.confirmations(m_firstSerial), QList { confirmation });
        // Another point cannot confirm this candidate's sheet.
        QCOMPARE(forms.keepConfirmation(m_point.left(6) + u"-02"_s, confirmation, now), u"confirmation.unknown-form"_s);

        // A correction asked for later is kept beside the signature.
        confirmation.outcome = Exchange::SheetConfirmation::Outcome::Correction;
        confirmation.reason = u"毕业学校有误"_s;
        confirmation.confirmedAt = confirmation.confirmedAt.addSecs(60);
        QCOMPARE(forms.keepConfirmation(m_point, confirmation, now), u"ok"_s);
        QCOMPARE(forms.confirmations(m_firstSerial).size(), 2);
        QCOMPARE(forms.confirmations(m_firstSerial).last().reason, u"毕业学校有误"_s);
    }

    void theFormsFreezeWhenTheWindowCloses()
    {
        FormStore forms(m_store->backend());
        FormImport import(forms, m_table, [] { return QDateTime::currentDateTimeUtc(); });
        QCOMPARE(import.importLine(1, line(onlineForm(m_firstSerial, m_first, u"430102001001"_s))).outcome, u"new"_s);
        // Whole seconds, as the store keeps them: read the clock once, or a second may turn between
        // two readings and leave the milliseconds in.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime closes = now.addSecs(3600).addMSecs(-now.time().msec());
        FormFreezer freezer(forms, closes);
        QCOMPARE(freezer.pass(closes.addSecs(-1)), 0);
        QVERIFY(!forms.frozen(m_firstSerial));
        QVERIFY(freezer.pass(closes) >= 1);
        QCOMPARE(forms.frozen(m_firstSerial)->frozenAt, closes);
        QCOMPARE(freezer.pass(closes.addSecs(10)), 0); // nothing left to freeze
    }

    void theDemoProvinceWritesAFormForEveryNumberedRecord()
    {
        m_store.reset(); // the command opens the store itself
        const QStringList arguments { u"demo-forms"_s, u"--store"_s, m_location, u"--table"_s, kTable, u"--exam-year"_s,
            u"2027"_s, u"--freeze"_s, u"--json"_s };
        QProcess intake;
        intake.start(IntakeServerProcess::binary(), arguments);
        QVERIFY(intake.waitForFinished(60000));
        const QJsonObject result = QJsonDocument::fromJson(intake.readAllStandardOutput()).object();
        QVERIFY2(intake.exitCode() == 0, intake.readAllStandardError().constData());
        QVERIFY(result.value(u"made"_s).toInt() >= 2);
        QVERIFY(result.value(u"frozen"_s).toInt() >= 2);
        m_store = std::make_unique<IntakeStore>(openSqlBackend(m_location, 2));
        FormStore forms(m_store->backend());
        const std::optional<Exchange::FrozenForm> form = forms.frozen(m_firstSerial);
        QVERIFY(form);
        QCOMPARE(form->recordId, m_first);
        QCOMPARE(form->examYear, 2027);
        QVERIFY(m_table.village(form->hukou.code));
        QCOMPARE(form->hukou.category, m_table.village(form->hukou.code)->category);
        // The same number always gets the same form; a second run makes none.
        const DemoForms demo(m_table.codes(), 2027);
        QCOMPARE(demo.line(m_firstSerial, m_first), demo.line(m_firstSerial, m_first));
        m_store.reset();
        intake.start(IntakeServerProcess::binary(), arguments);
        QVERIFY(intake.waitForFinished(60000));
        QCOMPARE(QJsonDocument::fromJson(intake.readAllStandardOutput()).object().value(u"made"_s).toInt(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThrowawayPostgres> m_postgres;
    std::unique_ptr<IntakeStore> m_store;
    UrbanRuralTable m_table;
    QString m_location;
    QString m_point;
    QUuid m_first, m_second;
    QString m_firstSerial, m_secondSerial;
};

QTEST_GUILESS_MAIN(tst_IntakeForms)
#include "tst_intake_forms.moc"
