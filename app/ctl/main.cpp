// regpointctl: diagnostics and batch work for technicians. Every command takes --data-dir and
// --help; commands that print data take --json.

#include "clock.h"
#include "ctlcommand.h"
#include "photo/photoheap.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>

#include <sys/stat.h>

using namespace RegPoint;
using namespace RegPoint::Ctl;

#if defined(__SANITIZE_ADDRESS__)
// regpointctl runs from many tests as a child process; a leak it reports must name the call that
// allocated, also inside libraries built without frame pointers (libcrypto, Qt's network stack).
// The slower unwinder, 12 frames deep, costs the tests that run it about a minute of CPU in all
// (tst_synccli 27 s -> 45 s); the test programs themselves keep the fast one.
extern "C" const char *__asan_default_options() // NOLINT(readability-identifier-naming)
{
    return "fast_unwind_on_malloc=0:malloc_context_size=12";
}
#endif

namespace {

QList<Command> allCommands()
{
    return operatorCommands() + recordCommands() + databaseCommands() + readerCommands() + photoCommands()
        + provisionCommands() + auditCommands() + demoCommands() + syncCommands() + dayCommands() + dayEndCommands()
        + printCommands() + selfTestCommands();
}

void printUsage(QTextStream &out)
{
    out << "Usage: regpointctl GROUP ACTION [options]   (regpointctl GROUP ACTION --help for its "
           "options)\n\nCommands:\n";
    // The summaries start in one column, past the longest command's name.
    qsizetype width = 0;
    for (const Command &command : allCommands())
        width = std::max(width, command.group.size() + 1 + command.action.size());
    for (const Command &command : allCommands())
        out << "  " << QStringLiteral("%1 %2").arg(command.group, command.action).leftJustified(width + 2)
            << command.summary << '\n';
    out.flush();
}

// Commands that lay out pages need fonts, which need a GUI application (on no display at all).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    const QByteArray group = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (group != "printer" && group != "slip" && group != "sheet")
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    // Everything RegPoint writes (database, WAL, exports) is for its own user only.
    ::umask(077);
    RegPoint::Kiosk::keepImageBuffersInHeap(); // photo check and fix
    QCoreApplication::setOrganizationName(QStringLiteral("RegPoint"));
    QCoreApplication::setApplicationName(QStringLiteral("RegPoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // Messages follow the technician's locale: Chinese under a zh_* LANG, English otherwise.
    QTranslator translator;
    if (QLocale::system().language() == QLocale::Chinese
        && translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("regpoint"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        QTextStream err(stderr);
        printUsage(err);
        return Usage;
    }
    if (args.at(1) == u"--help" || args.at(1) == u"-h" || args.at(1) == u"help") {
        printUsage(out);
        return Ok;
    }
    if (args.at(1) == u"--version") {
        out << "regpointctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QString action = args.size() > 2 ? args.at(2) : QString();
    for (const Command &command : allCommands()) {
        const bool oneWord = command.action.isEmpty();
        if (command.group != args.at(1) || (!oneWord && command.action != action))
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command.summary);
        parser.addHelpOption();
        command.addOptions(parser);
        QStringList rest = args.mid(oneWord ? 2 : 3);
        rest.prepend(QStringLiteral("regpointctl %1 %2").arg(command.group, command.action).trimmed());
        if (!parser.parse(rest))
            return fail(parser.errorText()
                    + QStringLiteral("\nSee: regpointctl %1 %2 --help").arg(command.group, command.action),
                Usage);
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return Ok;
        }
        if (!parser.positionalArguments().isEmpty() && !command.takesFiles)
            return fail(
                QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()), Usage);
        // The composition root: the parts every command works on are built here, once.
        const Kiosk::SystemClock clock;
        CommandParts parts(clock);
        return command.run(parser, parts);
    }
    QTextStream err(stderr);
    err << "Unknown command: " << args.mid(1, 2).join(u' ') << "\n\n";
    printUsage(err);
    return Usage;
}
