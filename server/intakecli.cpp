#include "intakecli.h"

#include "jsonfields.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdio>

namespace RegPoint::Intake::Cli {

using namespace Qt::StringLiterals;

namespace {
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
  freeze  [--dir DIR | --store S]
          registration closed: freezes every form kept now (`serve` does it itself when the
          window of --config closes) and numbers it for the points to fetch
  demo-forms [--dir DIR | --store S] --table UR.csv [--exam-year YYYY] [--freeze]
          a demo province's forms: one realistic form for every record with a 报名流水号 and none
  status  [--dir DIR | --store S]
  find    [--dir DIR | --store S] SERIAL
          the record a point gave this 报名流水号: its id, point and state
  open    [--dir DIR | …] --province-key KEY.pem
          the identity check, one pass over the records not checked yet (where the key is kept);
          `serve --province-key KEY.pem` runs it in the background instead

Every command takes --json (one JSON object on stdout). Exit 0 done, 1 refused, 2 usage.
)";

} // namespace

void printUsage()
{
    std::fprintf(stderr, "%s", kUsage);
}

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

bool parse(Options &o, const QStringList &arguments, const QList<QCommandLineOption> &extra)
{
    o.parser.addOptions({ { u"dir"_s, u"intake folder"_s, u"DIR"_s }, { u"store"_s, u"store"_s, u"S"_s },
        { u"ca"_s, u"CA certificate"_s, u"F"_s }, { u"cert"_s, u"TLS certificate"_s, u"F"_s },
        { u"key"_s, u"TLS key"_s, u"F"_s }, { u"signing-cert"_s, u"signing certificate"_s, u"F"_s },
        { u"signing-key"_s, u"signing key"_s, u"F"_s }, { u"config"_s, u"config bundle contents"_s, u"F"_s },
        { u"json"_s, u"JSON output"_s } });
    o.parser.addOptions(extra);
    if (!o.parser.parse(arguments)) {
        std::fprintf(stderr, "regpoint-intake: %s\n", qPrintable(o.parser.errorText()));
        printUsage();
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

} // namespace RegPoint::Intake::Cli
