// regpoint-intake: the provincial side of docs/sync-protocol.md. The composition root: each
// command builds the store, the signer and the service it needs and hands them in.

#include "certificates.h"
#include "configbundle.h"
#include "formimport.h"
#include "formstore.h"
#include "httpsserver.h"
#include "identitychecker.h"
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

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const char *const kUsage = R"(usage: regpoint-intake COMMAND [options]

  init    --dir DIR --ca-cert CA.pem --ca-key CA.key [--host NAME]...
          creates DIR/ca.pem, tls.crt/.key, signing.crt/.key (kept if present) and the store
  serve   [--dir DIR] [--listen ADDR:PORT] [--store sqlite:PATH|postgresql://…] [--ca F]
          [--cert F --key F] [--signing-cert F --signing-key F] [--config F] [--threads N]
          [--request-timeout-ms MS] [--rate PER_SECOND --burst N]
          prints "listening on ADDR:PORT" when ready; --listen 127.0.0.1:0 picks a free port
  enrol   [--dir DIR | --store S --ca F] POINT_CERT.pem
  import  [--dir DIR | --store S --ca F --signing-cert F --signing-key F] FILE.rpbatch
  import-forms [--dir DIR | --store S] --table UR.csv FORMS.jsonl
          the candidates' online forms (JSON Lines), each checked, its 户口所在地 named and classed
          from the urban-rural table; lines refused are listed, the others kept
  status  [--dir DIR | --store S]
  find    [--dir DIR | --store S] SERIAL
          the record a point gave this 报名流水号: its id, point and state
  open    [--dir DIR | …] --province-key KEY.pem
          the identity check, one pass over the records not checked yet (where the key is kept);
          `serve --province-key KEY.pem` runs it in the background instead

Every command takes --json (one JSON object on stdout). Exit 0 done, 1 refused, 2 usage.
)";

void print(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject &object)
{
    print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

int fail(bool json, const QString &code, const QString &message)
{
    if (json)
        printJson({ { u"ok"_s, false }, { u"code"_s, code }, { u"message"_s, message } });
    else
        std::fprintf(stderr, "regpoint-intake: %s (%s)\n", qPrintable(message), qPrintable(code));
    return kExitFailure;
}

struct Options
{
    QCommandLineParser parser;
    IntakeFiles files;
    bool json = false;

    QString value(const QString &name) const { return parser.value(name); }
};

// The common options; --dir fills in every file, the others replace one each.
bool parse(Options &o, const QStringList &arguments, const QList<QCommandLineOption> &extra)
{
    o.parser.addOptions({ { u"dir"_s, u"intake folder"_s, u"DIR"_s }, { u"store"_s, u"store"_s, u"S"_s },
        { u"ca"_s, u"CA certificate"_s, u"F"_s }, { u"cert"_s, u"TLS certificate"_s, u"F"_s },
        { u"key"_s, u"TLS key"_s, u"F"_s }, { u"signing-cert"_s, u"signing certificate"_s, u"F"_s },
        { u"signing-key"_s, u"signing key"_s, u"F"_s }, { u"config"_s, u"config bundle contents"_s, u"F"_s },
        { u"json"_s, u"JSON output"_s } });
    o.parser.addOptions(extra);
    if (!o.parser.parse(arguments)) {
        std::fprintf(stderr, "regpoint-intake: %s\n%s", qPrintable(o.parser.errorText()), kUsage);
        return false;
    }
    o.json = o.parser.isSet(u"json"_s);
    if (o.parser.isSet(u"dir"_s))
        o.files = IntakeFiles::inFolder(o.value(u"dir"_s));
    const std::pair<const char *, QString *> overrides[] = { { "store", &o.files.store }, { "ca", &o.files.ca },
        { "cert", &o.files.tlsCert }, { "key", &o.files.tlsKey }, { "signing-cert", &o.files.signingCert },
        { "signing-key", &o.files.signingKey }, { "config", &o.files.config } };
    for (const auto &[name, target] : overrides) {
        if (o.parser.isSet(QLatin1String(name)))
            *target = o.value(QLatin1String(name));
    }
    return true;
}

std::unique_ptr<IntakeStore> openStore(const IntakeFiles &files, int poolSize, QString *error)
{
    try {
        auto store = std::make_unique<IntakeStore>(openSqlBackend(files.store, poolSize));
        store->migrate();
        return store;
    } catch (const StorageError &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
}

// The bundle's province-wide part: --config FILE (the bundle's fields without format, pointCode,
// issuedAt and serialBlocks), else the defaults of docs/sync-protocol.md.
Result<Exchange::ConfigBundle> configTemplate(const QString &path)
{
    QJsonObject object;
    if (!path.isEmpty() && QFile::exists(path)) {
        const Result<QJsonObject> read = Exchange::parseJsonObject(readSmallFile(path));
        if (!read)
            return Failure { u"config.unreadable"_s, path + u": "_s + read.failure().message };
        object = read.value();
    } else {
        Exchange::ConfigBundle defaults;
        defaults.version = 1;
        // No window set: registration is not held by date (a demo, a county trying it out). A
        // province sets its window in --config and raises `version` with each change.
        defaults.registrationOpens = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone(8 * 3600));
        defaults.registrationCloses = QDateTime(QDate(2099, 12, 31), QTime(18, 0), QTimeZone(8 * 3600));
        defaults.regionsTableSha256
            = QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
        defaults.issuedAt = QDateTime::currentDateTimeUtc();
        object = defaults.toJson();
    }
    object.insert(u"format"_s, u"regpoint-config/1"_s);
    object.insert(u"pointCode"_s, u"-"_s);
    object.insert(u"issuedAt"_s, Exchange::utcTimeText(QDateTime::currentDateTimeUtc()));
    object.insert(u"serialBlocks"_s, QJsonArray());
    Result<Exchange::ConfigBundle> bundle = Exchange::ConfigBundle::fromJson(object);
    if (!bundle)
        return Failure { u"config.invalid"_s, path + u": "_s + bundle.failure().message };
    return bundle;
}

struct Parts
{
    std::unique_ptr<IntakeStore> store;
    std::unique_ptr<IntakeService> service;
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
    // A database connection for each io thread, the record committer and the identity checker.
    Result<Parts> parts = serviceParts(o, threadCount + 2, limits);
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
    // The identity check off the hot path: its own thread, a pass every second or so.
    std::atomic<bool> stopping = false;
    std::thread worker;
    if (checker) {
        worker = std::thread([&] {
            while (!stopping) {
                try {
                    logPass(checker->run());
                } catch (const StorageError &e) {
                    logEvent("identity-check-failed", { { "reason", QString::fromUtf8(e.what()) } });
                }
                for (int i = 0; i < 10 && !stopping; ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
    }
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
        std::fprintf(stderr, "%s", kUsage);
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
        std::fprintf(stderr, "%s", kUsage);
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
        std::fprintf(stderr, "%s", kUsage);
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
        std::fprintf(stderr, "%s", kUsage);
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
        std::fprintf(stderr, "%s", kUsage);
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
        std::fprintf(stderr, "%s", kUsage);
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
        if (o.json)
            printJson({ { u"ok"_s, true }, { u"serial"_s, serial },
                { u"record"_s, holder->recordId.toString(QUuid::WithoutBraces) }, { u"point"_s, holder->pointCode },
                { u"state"_s, holder->state } });
        else
            print(u"%1: record %2 from point %3, %4"_s.arg(
                serial, holder->recordId.toString(QUuid::WithoutBraces), holder->pointCode, holder->state));
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s, QString::fromUtf8(e.what()));
    }
    return 0;
}

int importForms(const QStringList &arguments)
{
    Options o;
    const QCommandLineOption tableOption(u"table"_s, u"urban-rural table"_s, u"F"_s);
    if (!parse(o, arguments, { tableOption }) || o.parser.positionalArguments().size() != 1
        || !o.parser.isSet(tableOption)) {
        std::fprintf(stderr, "%s", kUsage);
        return kExitUsage;
    }
    const Result<UrbanRuralTable> table = UrbanRuralTable::load(o.value(u"table"_s));
    if (!table)
        return fail(o.json, table.failure().code, table.failure().message);
    QFile file(o.parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(o.json, u"file.unreadable"_s, u"Cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
    QString error;
    const std::unique_ptr<IntakeStore> store = openStore(o.files, 1, &error);
    if (!store)
        return fail(o.json, u"server.unavailable"_s, error);
    FormStore forms(store->backend());
    FormImport import(forms, table.value(), [] { return QDateTime::currentDateTimeUtc(); });
    QHash<QString, int> counts;
    QJsonArray refused;
    qsizetype number = 0;
    try {
        while (!file.atEnd()) {
            constexpr qint64 kMaxLine = qint64(256) * 1024; // a form is a few KB
            QByteArray text = file.readLine(kMaxLine + 1);
            ++number;
            const bool whole = text.endsWith('\n') || file.atEnd();
            while (!text.endsWith('\n') && !file.atEnd())
                text = file.readLine(kMaxLine + 1); // the rest of an over-long line, dropped
            text = text.trimmed();
            if (text.isEmpty() && whole)
                continue;
            const FormImport::Line line = whole && text.size() <= kMaxLine ? import.importLine(number, text)
                                                                           : FormImport::tooLong(number, kMaxLine);
            ++counts[line.outcome];
            if (line.refused()) {
                refused.append(QJsonObject { { u"line"_s, number }, { u"serial"_s, line.serial },
                    { u"code"_s, line.code }, { u"message"_s, line.message } });
                if (!o.json)
                    std::fprintf(stderr, "%s (%s)\n", qPrintable(line.message), qPrintable(line.code));
            }
            if (!o.json && number % 1000 == 0)
                std::fprintf(stderr, "%lld lines read\n", static_cast<long long>(number));
        }
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s,
            u"Stopped at line %1: %2. The lines before it are kept; run the import again."_s.arg(number).arg(
                QString::fromUtf8(e.what())));
    }
    if (o.json) {
        printJson({ { u"ok"_s, refused.isEmpty() }, { u"lines"_s, number }, { u"new"_s, counts.value(u"new"_s) },
            { u"replaced"_s, counts.value(u"replaced"_s) }, { u"unchanged"_s, counts.value(u"unchanged"_s) },
            { u"refused"_s, refused }, { u"tableSha256"_s, table->sha256() } });
    } else {
        print(u"forms: %1 new, %2 replaced, %3 unchanged, %4 refused"_s.arg(counts.value(u"new"_s))
                  .arg(counts.value(u"replaced"_s))
                  .arg(counts.value(u"unchanged"_s))
                  .arg(refused.size()));
    }
    return refused.isEmpty() ? 0 : kExitFailure;
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "%s", kUsage);
        return kExitUsage;
    }
    const QString command = arguments.takeAt(1);
    const std::pair<const char *, int (*)(const QStringList &)> commands[]
        = { { "serve", serve }, { "init", init }, { "enrol", enrol }, { "import", import },
              { "import-forms", importForms }, { "status", status }, { "find", find }, { "open", openRecords } };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name))
            return run(arguments);
    }
    std::fprintf(stderr, "%s", kUsage);
    return kExitUsage;
}
