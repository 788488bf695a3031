#include "ctlcommand.h"

#include "idcard/idcardreaderfactory.h"
#include "idcard/readerprobe.h"
#include "idcard/wltphotodecoder.h"
#include "identity/cardchecks.h"
#include "identity/nationtable.h"
#include "identity/regiondirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace RegPoint::Ctl {

namespace {

using namespace RegPoint::Devices;

struct ReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Reader)
};

// Distinct exit codes of `reader read`, one per failure kind.
enum ReadExit
{
    NoReader = 3,
    NoCard = 4,
    ProtocolError = 5,
    CardReadFailed = 6
};

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// The JSON contract names genders in Chinese whatever the technician's locale.
QString genderText(Kiosk::Gender gender)
{
    switch (gender) {
    case Kiosk::Gender::Male:
        return QStringLiteral("男");
    case Kiosk::Gender::Female:
        return QStringLiteral("女");
    case Kiosk::Gender::Unstated:
        return QStringLiteral("未说明");
    case Kiosk::Gender::Unknown:
        break;
    }
    return QStringLiteral("未知");
}

QJsonObject cardJson(const IdCardData &card, const QString &samId, bool photoDecoded)
{
    static const Kiosk::NationTable nations = Kiosk::NationTable::loadBuiltIn();
    static const Kiosk::RegionDirectory regions = Kiosk::RegionDirectory::loadBuiltIn();
    const Kiosk::Nation *nation = nations.find(card.nationCode);
    QJsonArray checks;
    for (const Kiosk::CardCheck &check : Kiosk::checkCard(card, QDate::currentDate(), &regions))
        checks.append(QJsonObject { { QStringLiteral("id"), check.id }, { QStringLiteral("ok"), check.ok },
            { QStringLiteral("message"), check.message } });
    return {
        { QStringLiteral("card_type"), cardTypeKey(card.type) },
        { QStringLiteral("name"), textOrNull(card.name) },
        { QStringLiteral("name_en"), textOrNull(card.nameEn) },
        { QStringLiteral("gender"), genderText(Kiosk::genderFromCode(card.genderCode)) },
        { QStringLiteral("nation"), nation ? QJsonValue(nation->nameZh) : QJsonValue() },
        { QStringLiteral("birth_date"), dateOrNull(card.birthDate) },
        { QStringLiteral("address"), textOrNull(card.addedAddress.isEmpty() ? card.address : card.addedAddress) },
        { QStringLiteral("id_number"), textOrNull(card.idNumber) },
        { QStringLiteral("authority"), textOrNull(card.authority) },
        { QStringLiteral("valid_from"), dateOrNull(card.validFrom) },
        { QStringLiteral("valid_to"),
            card.validForLife ? QJsonValue(QStringLiteral("长期")) : dateOrNull(card.validTo) },
        { QStringLiteral("pass_number"), textOrNull(card.passNumber) },
        { QStringLiteral("issue_count"), textOrNull(card.issueCount) },
        { QStringLiteral("nationality"), textOrNull(card.nationality) },
        { QStringLiteral("sam_id"), textOrNull(samId) },
        { QStringLiteral("photo_decoded"), photoDecoded },
        { QStringLiteral("checks"), checks },
    };
}

std::chrono::milliseconds timeoutOption(const QCommandLineParser &parser, bool *ok)
{
    const int ms = parser.value(QStringLiteral("timeout-ms")).toInt(ok);
    *ok = *ok && ms > 0;
    return std::chrono::milliseconds(ms);
}

int probe(const QCommandLineParser &parser, CommandParts &)
{
    bool ok = false;
    const auto timeout = timeoutOption(parser, &ok);
    if (!ok)
        return fail(ReaderTr::tr("--timeout-ms takes a positive number."), Usage);
    const QStringList ports
        = parser.isSet(QStringLiteral("port")) ? parser.values(QStringLiteral("port")) : candidateReaderPorts();
    const QList<ProbeResult> results = probeReaderPorts(ports, timeout);
    const qsizetype answered
        = std::count_if(results.begin(), results.end(), [](const ProbeResult &r) { return r.answered; });
    if (wantsJson(parser)) {
        QJsonArray array;
        for (const ProbeResult &r : results)
            array.append(QJsonObject { { QStringLiteral("port"), r.port }, { QStringLiteral("answered"), r.answered },
                { QStringLiteral("baud"), r.answered ? QJsonValue(r.baud) : QJsonValue() },
                { QStringLiteral("sam_id"), textOrNull(r.samId) },
                { QStringLiteral("detail"), textOrNull(r.detail) } });
        printJson(array);
    } else {
        QTextStream out(stdout);
        for (const ProbeResult &r : results)
            out << r.port << '\t'
                << (r.answered ? QStringLiteral("reader %1 baud %2").arg(r.samId).arg(r.baud) : r.detail) << Qt::endl;
        if (results.isEmpty())
            out << ReaderTr::tr("No serial ports found.") << Qt::endl;
    }
    if (answered == 0)
        return NoReader;
    return Ok;
}

int read(const QCommandLineParser &parser, CommandParts &)
{
    bool ok = false;
    const auto timeout = timeoutOption(parser, &ok);
    if (!ok)
        return fail(ReaderTr::tr("--timeout-ms takes a positive number."), Usage);
    QList<qint32> bauds { 115200, 9600 };
    if (parser.isSet(QStringLiteral("baud"))) {
        const int baud = parser.value(QStringLiteral("baud")).toInt(&ok);
        if (!ok || baud <= 0)
            return fail(ReaderTr::tr("--baud takes a rate such as 115200 or 9600."), Usage);
        bauds = { baud };
    }
    QString port = parser.value(QStringLiteral("port"));
    if (port.isEmpty()) {
        for (const ProbeResult &r : probeReaderPorts(candidateReaderPorts(), std::chrono::milliseconds(500), bauds)) {
            if (r.answered) {
                port = r.port;
                break;
            }
        }
        if (port.isEmpty())
            return fail(ReaderTr::tr("No ID card reader found on any serial port. Plug it in, or name it with --port."),
                NoReader);
    }

    ReaderTimings timings;
    timings.statusTimeout = std::chrono::milliseconds(500); // a silent port is known within a second
    const std::unique_ptr<IdCardReader> driver = makeIdCardReader(port, timings, bauds);
    IdCardReader &reader = *driver;
    const WltPhotoDecoder decoder(parser.value(QStringLiteral("photo-decoder")));
    QEventLoop loop;
    int exitCode = NoCard;
    QString failure = ReaderTr::tr("No card was placed on the reader within %1 ms.").arg(timeout.count());
    QJsonObject result;
    auto finish = [&](int code, const QString &message) {
        exitCode = code;
        failure = message;
        loop.quit();
    };
    QObject::connect(&reader, &IdCardReader::cardRead, &loop, [&](const IdCardData &card) {
        // Text no genuine card holds (a forged reader, a garbled answer) is a protocol error and
        // is not printed: the message names the fields, not what they hold.
        const Kiosk::CardCheck text = Kiosk::checkCardText(card);
        if (!text.ok) {
            finish(ProtocolError, text.message);
            return;
        }
        result = cardJson(card, reader.status().samId, decoder.decode(card.photoWlt).has_value());
        finish(Ok, {});
    });
    QObject::connect(&reader, &IdCardReader::readFailed, &loop, [&](const ReadFailure &f) {
        // The reader's fault (silent, damaged or meaningless answers) or the card's (moved, taken
        // off, not an ID card): the technician acts differently on each.
        const bool readerFault = f.kind == ReadFailureKind::NoAnswer || f.kind == ReadFailureKind::DamagedAnswer;
        finish(readerFault ? ProtocolError : CardReadFailed, ReaderTr::tr("Card read failed: %1").arg(f.message));
    });
    QObject::connect(&reader, &IdCardReader::holdStillRequested, &loop,
        [] { QTextStream(stderr) << ReaderTr::tr("Keep the card still; retrying…") << Qt::endl; });
    QObject::connect(&reader, &IdCardReader::statusChanged, &loop, [&](const ReaderStatus &status) {
        if (status.state != ReaderState::Error && status.state != ReaderState::NotConnected)
            return;
        const bool noReader = status.error == ReaderError::PortUnavailable || status.error == ReaderError::NoAnswer;
        finish(noReader ? NoReader : ProtocolError, status.message);
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    reader.start();
    loop.exec();
    reader.stop();
    if (exitCode != Ok)
        return fail(failure, exitCode);
    if (wantsJson(parser)) {
        printJson(result);
    } else {
        QTextStream out(stdout);
        for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
            if (it.key() != u"checks")
                out << it.key() << ": "
                    << (it.value().isNull() ? QStringLiteral("-") : it.value().toVariant().toString()) << Qt::endl;
        }
        for (const QJsonValue check : result.value(QStringLiteral("checks")).toArray())
            out << (check[QStringLiteral("ok")].toBool() ? "  ok   " : "  FAIL ")
                << check[QStringLiteral("id")].toString() << ": " << check[QStringLiteral("message")].toString()
                << Qt::endl;
    }
    return Ok;
}

} // namespace

QList<Command> readerCommands()
{
    return {
        { QStringLiteral("reader"), QStringLiteral("probe"),
            QStringLiteral("Find ID card readers: ask every serial port for the SAM status and ID."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("port"), QStringLiteral("Probe only this port (repeatable)."),
                    QStringLiteral("PATH") });
                p.addOption({ QStringLiteral("timeout-ms"), QStringLiteral("Wait per port and rate (default 500)."),
                    QStringLiteral("N"), QStringLiteral("500") });
            },
            probe },
        { QStringLiteral("reader"), QStringLiteral("read"),
            QStringLiteral("Wait for a card, read it, print it. Exit 0 read, 3 no reader, 4 no card in time, 5 "
                           "protocol error (damaged answers, text no card holds), 6 card read failed (moved, taken "
                           "off, not an ID card)."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("port"),
                    QStringLiteral(
                        "Reader: a serial port path, or usb[:VID:PID] (default: the first serial port that answers)."),
                    QStringLiteral("PATH") });
                p.addOption({ QStringLiteral("baud"), QStringLiteral("Only this rate (default: 115200, then 9600)."),
                    QStringLiteral("N") });
                p.addOption(
                    { QStringLiteral("timeout-ms"), QStringLiteral("How long to wait for a card (default 30000)."),
                        QStringLiteral("N"), QStringLiteral("30000") });
                p.addOption({ QStringLiteral("photo-decoder"),
                    QStringLiteral("Photo decoder plug-in (see docs/idcard-reader.md)."), QStringLiteral("LIB"),
                    qEnvironmentVariable("REGPOINT_WLT_DECODER") });
            },
            read },
    };
}

} // namespace RegPoint::Ctl
