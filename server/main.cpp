// regpoint-intake: the provincial side of docs/sync-protocol.md. The composition root: each
// command builds the store, the signer and the service it needs and hands them in.

#include "certificates.h"
#include "configbundle.h"
#include "formfreezer.h"
#include "formimport.h"
#include "formstore.h"
#include "httpsserver.h"
#include "identitychecker.h"
#include "intakecli.h"
#include "intakefolder.h"
#include "intakelog.h"
#include "intakeservice.h"
#include "intakestore.h"
#include "jsonfields.h"
#include "urbanruraltable.h"
#include "usbbatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace RegPoint;
using namespace RegPoint::Intake;
using namespace Qt::StringLiterals;

using namespace Cli;

namespace {

struct Parts
{
    std::unique_ptr<IntakeStore> store;
    std::unique_ptr<IntakeService> service;
    QDateTime closes; // of the registration window: the forms are frozen then
};

Result<std::unique_ptr<IdentityChecker>> identityChecker(const Parts &parts, const Options &o, const QString &keyFile)
{
    const QByteArray key = readSmallFile(keyFile);
    Result<Exchange::EnvelopeOpener> opener = Exchange::EnvelopeOpener::create(key, readSmallFile(o.files.ca));
    if (!opener)
        return Failure { opener.failure().code, opener.failure().message + u" ("_s + keyFile + u")"_s };
    return std::make_unique<IdentityChecker>(*parts.store, *parts.service, std::move(opener).value(), key);
}

void logPass(const IdentityChecker::Pass &pass)
{
    if (pass.checked + pass.unopenable + pass.skipped == 0)
        return;
    logEvent("identity-check",
        { { "checked", QString::number(pass.checked) }, { "conflicts", QString::number(pass.conflicts) },
            { "unopenable", QString::number(pass.unopenable) }, { "skipped", QString::number(pass.skipped) } });
}

Result<Parts> serviceParts(const Options &o, int poolSize, RateLimiter::Settings rate = {})
{
    const QByteArray ca = readSmallFile(o.files.ca);
    if (!Exchange::isCaCertificate(ca))
        return Failure { u"files.ca"_s, u"No CA certificate in "_s + o.files.ca };
    Result<Exchange::IntakeSigner> signer
        = Exchange::IntakeSigner::create(readSmallFile(o.files.signingKey), readSmallFile(o.files.signingCert));
    if (!signer)
        return Failure { signer.failure().code, signer.failure().message + u" ("_s + o.files.signingCert + u")"_s };
    Result<Exchange::ConfigBundle> config = configTemplate(o.files.config);
    if (!config)
        return config.failure();
    QString error;
    Parts parts;
    parts.store = openStore(o.files, poolSize, &error);
    if (!parts.store)
        return Failure { u"server.unavailable"_s, error };
    IntakeService::Settings settings;
    settings.caPem = ca;
    settings.configTemplate = config.value();
    settings.rate = rate;
    parts.service = std::make_unique<IntakeService>(*parts.store, std::move(signer).value(), settings);
    parts.closes = config->registrationCloses;
    return parts;
}

int serve(const QStringList &arguments)
{
    Options o;
    const QCommandLineOption listen(u"listen"_s, u"ADDR:PORT"_s, u"ADDR:PORT"_s, u"127.0.0.1:8443"_s);
    const QCommandLineOption threads(u"threads"_s, u"io threads"_s, u"N"_s);
    const QCommandLineOption timeout(u"request-timeout-ms"_s, u"whole-request timeout"_s, u"MS"_s, u"30000"_s);
    const QCommandLineOption rate(u"rate"_s, u"requests per second per point"_s, u"N"_s, u"200"_s);
    const QCommandLineOption burst(u"burst"_s, u"burst per point"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption provinceKey(u"province-key"_s, u"run the identity check"_s, u"KEY"_s);
    const QCommandLineOption allowNonDurable(
        u"allow-non-durable"_s, u"serve a database that does not flush its commits (tests only)"_s);
    if (!parse(o, arguments, { listen, threads, timeout, rate, burst, provinceKey, allowNonDurable }))
        return kExitUsage;
    const QString where = o.parser.value(listen);
    const qsizetype colon = where.lastIndexOf(u':');
    bool portOk = false;
    const int port = where.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || !portOk || port < 0 || port > 65535)
        return fail(o.json, u"usage"_s, u"--listen wants ADDR:PORT"_s);
    const int threadCount = o.parser.isSet(threads) ? o.parser.value(threads).toInt()
                                                    : int(std::max(1u, std::thread::hardware_concurrency()));
    const RateLimiter::Settings limits { std::max(0.1, o.parser.value(rate).toDouble()),
        std::max(1.0, o.parser.value(burst).toDouble()) };
    // A database connection for each io thread, the record committer, the identity checker and
    // the forms' freeze.
    Result<Parts> parts = serviceParts(o, threadCount + 3, limits);
    if (!parts)
        return fail(o.json, parts.failure().code, parts.failure().message);
    // A receipt promises the province keeps the record: the point may then purge its copy. On a
    // database that can lose its last commits in a crash, that promise would be false.
    const bool durable = parts->store->flushesCommits();
    if (!durable && !o.parser.isSet(allowNonDurable))
        return fail(o.json, u"store.not-durable"_s,
            u"The database does not flush its commits (fsync or synchronous_commit is off): a crash could lose "
            "records whose receipts the points hold, and they would purge their copies. Turn both on."_s);
    HttpsServer::Settings settings;
    settings.address = where.left(colon);
    settings.port = quint16(port);
    settings.caFile = o.files.ca;
    settings.certFile = o.files.tlsCert;
    settings.keyFile = o.files.tlsKey;
    settings.threads = std::max(1, threadCount);
    settings.requestTimeout = std::chrono::milliseconds(std::max(100, o.parser.value(timeout).toInt()));
    std::unique_ptr<IdentityChecker> checker;
    if (o.parser.isSet(provinceKey)) {
        Result<std::unique_ptr<IdentityChecker>> made = identityChecker(parts.value(), o, o.parser.value(provinceKey));
        if (!made)
            return fail(o.json, made.failure().code, made.failure().message);
        checker = std::move(made).value();
    }
    HttpsServer server(*parts->service, settings);
    QString error;
    const quint16 bound = server.listen(&error);
    if (bound == 0)
        return fail(o.json, u"server.listen"_s, error);
    const QString address = settings.address + u':' + QString::number(bound);
    if (o.json)
        printJson({ { u"ok"_s, true }, { u"listening"_s, address } });
    else
        print(u"listening on "_s + address);
    logEvent("listening", { { "address", address }, { "threads", QString::number(settings.threads) } });
    if (!durable)
        logEvent("store-not-durable",
            { { "reason",
                u"fsync or synchronous_commit is off: a database crash can lose records "
                "whose receipts the points hold"_s } });
    // Off the hot path, on one thread, a pass every second or so: the identity check (with the
    // province's key), and the forms' freeze once the registration window has closed.
    FormStore forms(parts->store->backend());
    FormFreezer freezer(forms, parts->closes);
    std::atomic<bool> stopping = false;
    std::thread worker([&] {
        for (int round = 0; !stopping; ++round) {
            try {
                if (checker)
                    logPass(checker->run());
                if (round % 10 == 0) {
                    if (const qint64 frozen = freezer.pass(QDateTime::currentDateTimeUtc()); frozen > 0)
                        logEvent("forms-frozen", { { "forms", QString::number(frozen) } });
                }
            } catch (const StorageError &e) {
                logEvent("housekeeping-failed", { { "reason", QString::fromUtf8(e.what()) } });
            }
            for (int i = 0; i < 10 && !stopping; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    server.run();
    stopping = true;
    if (worker.joinable())
        worker.join();
    return 0;
}

int openRecords(const QStringList &arguments)
{
    Options o;
    const QCommandLineOption provinceKey(u"province-key"_s, u"the province's private key"_s, u"KEY"_s);
    if (!parse(o, arguments, { provinceKey }) || !o.parser.isSet(provinceKey)) {
        printUsage();
        return kExitUsage;
    }
    Result<Parts> parts = serviceParts(o, 1);
    if (!parts)
        return fail(o.json, parts.failure().code, parts.failure().message);
    Result<std::unique_ptr<IdentityChecker>> checker = identityChecker(parts.value(), o, o.parser.value(provinceKey));
    if (!checker)
        return fail(o.json, checker.failure().code, checker.failure().message);
    IdentityChecker::Pass total;
    try {
        for (;;) {
            const IdentityChecker::Pass pass = checker.value()->run();
            logPass(pass);
            total.checked += pass.checked;
            total.conflicts += pass.conflicts;
            total.unopenable += pass.unopenable;
            total.skipped += pass.skipped;
            if (pass.checked + pass.unopenable + pass.skipped == 0)
                break;
        }
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s, QString::fromUtf8(e.what()));
    }
    if (o.json) {
        printJson({ { u"ok"_s, true }, { u"checked"_s, total.checked }, { u"conflicts"_s, total.conflicts },
            { u"unopenable"_s, total.unopenable }, { u"skipped"_s, total.skipped } });
    } else {
        print(u"identity check: %1 checked, %2 conflicts, %3 unopenable, %4 skipped"_s.arg(total.checked)
                  .arg(total.conflicts)
                  .arg(total.unopenable)
                  .arg(total.skipped));
    }
    return 0;
}

int init(const QStringList &arguments)
{
    Options o;
    const QCommandLineOption caCert(u"ca-cert"_s, u"CA certificate"_s, u"F"_s);
    const QCommandLineOption caKey(u"ca-key"_s, u"CA key"_s, u"F"_s);
    const QCommandLineOption host(u"host"_s, u"host name or address"_s, u"NAME"_s);
    if (!parse(o, arguments, { caCert, caKey, host }) || !o.parser.isSet(u"dir"_s) || !o.parser.isSet(caCert)
        || !o.parser.isSet(caKey)) {
        printUsage();
        return kExitUsage;
    }
    QStringList hosts = o.parser.values(host);
    if (hosts.isEmpty())
        hosts = { u"localhost"_s, u"127.0.0.1"_s };
    const Status made = initFolder(
        o.value(u"dir"_s), readSmallFile(o.parser.value(caCert)), readSmallFile(o.parser.value(caKey)), hosts);
    if (!made)
        return fail(o.json, made.failure().code, made.failure().message);
    QString error;
    if (!openStore(o.files, 1, &error))
        return fail(o.json, u"server.unavailable"_s, error);
    if (o.json)
        printJson({ { u"ok"_s, true }, { u"dir"_s, o.value(u"dir"_s) } });
    else
        print(u"intake folder ready: "_s + o.value(u"dir"_s));
    return 0;
}

int enrol(const QStringList &arguments)
{
    Options o;
    if (!parse(o, arguments, {}) || o.parser.positionalArguments().size() != 1) {
        printUsage();
        return kExitUsage;
    }
    const QByteArray cert = readSmallFile(o.parser.positionalArguments().first());
    const QByteArray ca = readSmallFile(o.files.ca);
    if (Exchange::checkIssuedBy(cert, ca, QDateTime::currentDateTimeUtc()) != Exchange::IssuedBy::Yes)
        return fail(o.json, u"enrol.certificate"_s, u"Not a valid certificate of this CA now."_s);
    const QString code = Exchange::certificateCommonName(cert);
    const QString fingerprint = Exchange::certificateFingerprint(cert);
    QString error;
    const std::unique_ptr<IntakeStore> store = openStore(o.files, 1, &error);
    if (!store)
        return fail(o.json, u"server.unavailable"_s, error);
    try {
        store->enrol(code, fingerprint, Exchange::normalisedCertificatePem(cert), QDateTime::currentDateTimeUtc());
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s, QString::fromUtf8(e.what()));
    }
    if (o.json)
        printJson({ { u"ok"_s, true }, { u"point"_s, code }, { u"fingerprint"_s, fingerprint } });
    else
        print(u"enrolled %1 (certificate %2)"_s.arg(code, fingerprint));
    return 0;
}

int import(const QStringList &arguments)
{
    Options o;
    if (!parse(o, arguments, {}) || o.parser.positionalArguments().size() != 1) {
        printUsage();
        return kExitUsage;
    }
    const QString path = o.parser.positionalArguments().first();
    const QByteArray bytes = readSmallFile(path, Exchange::UsbBatch::kMaxFileBytes);
    if (bytes.isEmpty())
        return fail(o.json, u"import.unreadable"_s, u"Cannot read "_s + path);
    Result<Parts> parts = serviceParts(o, 1);
    if (!parts)
        return fail(o.json, parts.failure().code, parts.failure().message);
    const Result<Exchange::UsbBatch> batch
        = Exchange::readUsbBatch(bytes, readSmallFile(o.files.ca), QDateTime::currentDateTimeUtc());
    if (!batch)
        return fail(o.json, batch.failure().code, batch.failure().message);
    const Result<QList<IntakeService::ImportedRecord>> imported = parts->service->importBatch(
        batch.value(), [](qsizetype done, qsizetype total) {
            if (done % 100 == 0 || done == total)
                logEvent("import-progress", { { "done", QString::number(done) }, { "total", QString::number(total) } });
        });
    if (!imported)
        return fail(o.json, imported.failure().code, imported.failure().message);
    QMap<QString, int> counts;
    QJsonArray records;
    for (const IntakeService::ImportedRecord &r : imported.value()) {
        ++counts[r.outcome.state];
        records.append(QJsonObject { { u"id"_s, Exchange::uuidText(r.id) }, { u"state"_s, r.outcome.state },
            { u"code"_s, r.outcome.code }, { u"receipt"_s, r.receipt } });
    }
    if (o.json) {
        printJson({ { u"ok"_s, true }, { u"point"_s, batch->pointCode },
            { u"batch"_s, Exchange::uuidText(batch->batch) }, { u"records"_s, records } });
    } else {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(it.key() + u' ' + QString::number(it.value()));
        print(u"imported %1 records of %2: %3"_s.arg(imported->size()).arg(batch->pointCode, parts.join(u", "_s)));
    }
    return 0;
}

int status(const QStringList &arguments)
{
    Options o;
    if (!parse(o, arguments, {})) {
        printUsage();
        return kExitUsage;
    }
    QString error;
    const std::unique_ptr<IntakeStore> store = openStore(o.files, 1, &error);
    if (!store)
        return fail(o.json, u"server.unavailable"_s, error);
    try {
        const IntakeStore::Counts counts = store->counts();
        QJsonObject states, decisions;
        for (auto it = counts.receiptsByState.cbegin(); it != counts.receiptsByState.cend(); ++it)
            states.insert(it.key(), it.value());
        for (auto it = counts.recordsByDecision.cbegin(); it != counts.recordsByDecision.cend(); ++it)
            decisions.insert(it.key(), it.value());
        QJsonArray points;
        for (const IntakeStore::Point &p : store->points())
            points.append(QJsonObject { { u"code"_s, p.code }, { u"headSeq"_s, p.headSeq ? *p.headSeq : 0 } });
        if (o.json) {
            printJson({ { u"ok"_s, true }, { u"states"_s, states }, { u"decisions"_s, decisions },
                { u"points"_s, points }, { u"batches"_s, counts.batches }, { u"receipts"_s, counts.receipts },
                { u"serialBlocks"_s, counts.serialBlocks } });
        } else {
            print(u"points %1, batches %2, receipts %3, serial blocks %4"_s.arg(counts.points)
                      .arg(counts.batches)
                      .arg(counts.receipts)
                      .arg(counts.serialBlocks));
            for (auto it = counts.receiptsByState.cbegin(); it != counts.receiptsByState.cend(); ++it)
                print(u"  %1: %2"_s.arg(it.key()).arg(it.value()));
            for (const IntakeStore::Point &p : store->points())
                print(u"  point %1, audit head %2"_s.arg(p.code).arg(p.headSeq ? *p.headSeq : 0));
        }
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s, QString::fromUtf8(e.what()));
    }
    return 0;
}

int find(const QStringList &arguments)
{
    Options o;
    if (!parse(o, arguments, {}) || o.parser.positionalArguments().size() != 1) {
        printUsage();
        return kExitUsage;
    }
    const QString serial = o.parser.positionalArguments().first();
    QString error;
    const std::unique_ptr<IntakeStore> store = openStore(o.files, 1, &error);
    if (!store)
        return fail(o.json, u"server.unavailable"_s, error);
    try {
        const std::optional<IntakeStore::SerialHolder> holder = store->recordBySerial(serial);
        if (!holder)
            return fail(o.json, u"serial.unknown"_s, u"No record with the number %1 has arrived."_s.arg(serial));
        // Its form (frozen or not) and what the point said of the printed sheet.
        FormStore forms(store->backend());
        const std::optional<Exchange::FrozenForm> frozen = forms.frozen(serial);
        QJsonArray confirmations;
        for (const Exchange::SheetConfirmation &c : forms.confirmations(serial))
            confirmations.append(
                QJsonObject { { u"outcome"_s, Exchange::outcomeName(c.outcome) }, { u"reason"_s, c.reason },
                    { u"confirmedAt"_s, Exchange::utcTimeText(c.confirmedAt) }, { u"clerk"_s, c.clerk } });
        if (o.json)
            printJson({ { u"ok"_s, true }, { u"serial"_s, serial },
                { u"record"_s, holder->recordId.toString(QUuid::WithoutBraces) }, { u"point"_s, holder->pointCode },
                { u"state"_s, holder->state }, { u"formFrozen"_s, frozen.has_value() },
                { u"confirmations"_s, confirmations } });
        else
            print(u"%1: record %2 from point %3, %4; form %5, %6 confirmation(s)"_s
                      .arg(serial, holder->recordId.toString(QUuid::WithoutBraces), holder->pointCode, holder->state,
                          frozen ? u"frozen"_s : u"not frozen"_s)
                      .arg(confirmations.size()));
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s, QString::fromUtf8(e.what()));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage();
        return kExitUsage;
    }
    const QString command = arguments.takeAt(1);
    const std::pair<const char *, int (*)(const QStringList &)> commands[] = { { "serve", serve }, { "init", init },
        { "enrol", enrol }, { "import", import }, { "import-forms", importForms }, { "freeze", freezeForms },
        { "demo-forms", demoForms }, { "status", status }, { "find", find }, { "open", openRecords } };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name))
            return run(arguments);
    }
    printUsage();
    return kExitUsage;
}
