// regpoint-idcard-sim: a SAM_V ID card reader on a pseudo-terminal, for desks without hardware,
// demos and tests. Prints "PORT <path>" once the port is ready, then takes commands on stdin:
//   place N | remove | fail-reads N [STATUS_HEX] | remove-mid-read | silent on|off |
//   unprovisioned on|off | garbage on|off | chunks on|off | bad-checksum N | slow MS | unplug | replug | quit

#include "idcard/samsimulatorport.h"
#include "idcard/simulatedcards.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

using namespace RegPoint::Devices;

namespace {

void reply(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

bool on(const QStringList &words)
{
    return words.value(1) == u"on";
}

void handleCommand(const QString &line, SamSimulatorPort &sim, const QList<IdCardData> &cards, const QString &link)
{
    const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    const QString command = words.value(0);
    if (command.isEmpty())
        return;
    if (command == u"place") {
        const int index = words.value(1, QStringLiteral("0")).toInt();
        if (index < 0 || index >= cards.size())
            return reply(QStringLiteral("ERROR no card %1 (have %2)").arg(index).arg(cards.size()));
        sim.module().placeCard(cards.at(index));
    } else if (command == u"remove") {
        sim.module().removeCard();
    } else if (command == u"fail-reads") {
        bool ok = false;
        const int status = words.value(2, QStringLiteral("41")).toInt(&ok, 16);
        sim.module().failNextReads(words.value(1).toInt(), ok ? Sam::Status(status) : Sam::Status::ReadFailed);
    } else if (command == u"remove-mid-read") {
        sim.module().removeCardDuringNextRead();
    } else if (command == u"silent") {
        sim.faults().silent = on(words);
    } else if (command == u"unprovisioned") {
        sim.module().setProvisioned(!on(words));
    } else if (command == u"garbage") {
        sim.faults().garbageBeforeFrames = on(words);
    } else if (command == u"chunks") {
        sim.faults().splitIntoChunks = on(words);
    } else if (command == u"bad-checksum") {
        sim.faults().corruptChecksums = words.value(1).toInt();
    } else if (command == u"slow") {
        sim.faults().answerDelayMs = words.value(1).toInt();
    } else if (command == u"unplug") {
        sim.close();
    } else if (command == u"replug") {
        if (!sim.open(link))
            return reply(QStringLiteral("ERROR ") + sim.errorString());
        reply(QStringLiteral("PORT ") + sim.portPath());
    } else if (command == u"quit") {
        QCoreApplication::quit();
    } else {
        return reply(QStringLiteral("ERROR unknown command ") + command);
    }
    reply(QStringLiteral("OK ") + command);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated GA/T 467 ID card reader on a pseudo-terminal."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("cards"), QStringLiteral("JSON file of cards (default: the built-in demo cards)."),
            QStringLiteral("FILE") },
        { QStringLiteral("link"), QStringLiteral("Keep a symlink to the port at PATH (stable across unplug/replug)."),
            QStringLiteral("PATH") },
        { QStringLiteral("place"), QStringLiteral("Put card N on the reader at start."), QStringLiteral("N") },
        { QStringLiteral("garbage"), QStringLiteral("Random bytes before every answer.") },
        { QStringLiteral("chunks"), QStringLiteral("Answers split into random chunks with small delays.") },
        { QStringLiteral("bad-checksum"), QStringLiteral("Corrupt the XOR of the next N answers."),
            QStringLiteral("N") },
        { QStringLiteral("slow"), QStringLiteral("Delay every answer by MS."), QStringLiteral("MS") },
        { QStringLiteral("fail-reads"), QStringLiteral("Answer the next N reads with 0x41."), QStringLiteral("N") },
        { QStringLiteral("remove-mid-read"), QStringLiteral("The card leaves the reader during the first read.") },
        { QStringLiteral("unprovisioned"), QStringLiteral("The SAM answers 0x66 to everything.") },
        { QStringLiteral("silent"), QStringLiteral("Answer nothing.") },
        { QStringLiteral("pace"), QStringLiteral("Release bytes at the wire speed of BAUD."), QStringLiteral("BAUD") },
        { QStringLiteral("only-baud"), QStringLiteral("Answer only when the PC set the port to BAUD."),
            QStringLiteral("BAUD") },
    });
    parser.process(app);

    QList<IdCardData> cards = demoCards();
    if (parser.isSet(QStringLiteral("cards"))) {
        QFile file(parser.value(QStringLiteral("cards")));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || (cards = cardsFromJson(file.readAll(), &error)).isEmpty()) {
            QTextStream(stderr) << "Cannot use " << file.fileName() << ": "
                                << (error.isEmpty() ? file.errorString() : error) << Qt::endl;
            return 2;
        }
    }

    SamSimulatorPort sim;
    TransportFaults &faults = sim.faults();
    faults.garbageBeforeFrames = parser.isSet(QStringLiteral("garbage"));
    faults.splitIntoChunks = parser.isSet(QStringLiteral("chunks"));
    faults.corruptChecksums = parser.value(QStringLiteral("bad-checksum")).toInt();
    faults.answerDelayMs = parser.value(QStringLiteral("slow")).toInt();
    faults.silent = parser.isSet(QStringLiteral("silent"));
    faults.paceBaud = parser.value(QStringLiteral("pace")).toInt();
    faults.onlyAtBaud = parser.value(QStringLiteral("only-baud")).toInt();
    sim.module().setProvisioned(!parser.isSet(QStringLiteral("unprovisioned")));
    if (parser.isSet(QStringLiteral("fail-reads")))
        sim.module().failNextReads(parser.value(QStringLiteral("fail-reads")).toInt());
    if (parser.isSet(QStringLiteral("remove-mid-read")))
        sim.module().removeCardDuringNextRead();
    if (parser.isSet(QStringLiteral("place"))) {
        const int index = parser.value(QStringLiteral("place")).toInt();
        if (index < 0 || index >= cards.size()) {
            QTextStream(stderr) << "No card " << index << "; the file has " << cards.size() << Qt::endl;
            return 2;
        }
        sim.module().placeCard(cards.at(index));
    }

    const QString link = parser.value(QStringLiteral("link"));
    if (!sim.open(link)) {
        QTextStream(stderr) << "Cannot create a pseudo-terminal: " << sim.errorString() << Qt::endl;
        return 1;
    }
    reply(QStringLiteral("PORT ") + sim.portPath());

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[512];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false); // stdin closed: keep serving until killed
            return;
        }
        pending.append(buffer, n);
        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0) {
            handleCommand(QString::fromUtf8(pending.left(newline)), sim, cards, link);
            pending.remove(0, newline + 1);
        }
    });
    return app.exec();
}
