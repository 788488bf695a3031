#include "printqueue.h"

#include <QCoreApplication>

#include <utility>

namespace RegPoint::Devices {

namespace {
struct PrinterTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::Printer)
};

// IPP reasons carry a severity suffix (RFC 8011 5.4.12); the clerk needs the condition.
QString condition(QString reason)
{
    for (const QLatin1StringView suffix :
        { QLatin1StringView("-error"), QLatin1StringView("-warning"), QLatin1StringView("-report") }) {
        if (reason.endsWith(suffix))
            return reason.chopped(suffix.size());
    }
    return reason;
}
} // namespace

bool isFinal(JobState state)
{
    return state == JobState::Cancelled || state == JobState::Aborted || state == JobState::Completed;
}

QString printerProblemText(const QStringList &reasons)
{
    for (const QString &reason : reasons) {
        const QString c = condition(reason);
        if (c == u"media-empty" || c == u"media-needed")
            return PrinterTr::tr("The printer is out of paper. Load A4 paper; printing continues by itself.");
        if (c == u"media-jam")
            return PrinterTr::tr("Paper is jammed in the printer. Open it, take out the jammed sheet and close it.");
        if (c == u"door-open" || c == u"cover-open" || c == u"interlock-open")
            return PrinterTr::tr("A door of the printer is open. Close it.");
        if (c == u"toner-empty" || c == u"marker-supply-empty")
            return PrinterTr::tr("The printer is out of toner or ink. Replace the cartridge.");
        if (c == u"offline" || c == u"shutdown" || c == u"connecting-to-device" || c == u"timed-out")
            return PrinterTr::tr(
                "The printer does not answer. Check that it is switched on and its cable is plugged in.");
        if (c == u"paused" || c == u"printer-stopped")
            return PrinterTr::tr("The printer queue is stopped. A supervisor can restart it.");
        if (c == u"other" || c == u"spool-area-full")
            return PrinterTr::tr("The printer reports a fault. Check its display.");
    }
    return {};
}

} // namespace RegPoint::Devices
