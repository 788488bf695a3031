#include "auditexport.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "envelope.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace RegPoint::Kiosk {

namespace {
struct AuditExportTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::AuditExport)
};
} // namespace

Result<AuditExport> exportAuditLog(AuditLog &audit, const Exchange::EnvelopeSealer &sealer, const Clock &clock,
    const QDir &dir, std::optional<qint64> operatorId)
{
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return Failure { QStringLiteral("audit.export-folder"),
            [dir = dir.path()] { return AuditExportTr::tr("Cannot create %1.").arg(dir); } };
    // In the copy: the export was begun, by whom. After it: that it was written, and as which file.
    if (const Status logged = audit.append({ QStringLiteral("audit.export"), QStringLiteral("started"), operatorId, {},
            QStringLiteral("to=usb-or-folder") });
        !logged)
        return logged.failure();
    const Result<QList<AuditEvent>> events = audit.events();
    if (!events)
        return events.failure();
    QByteArray lines;
    for (const AuditEvent &e : events.value()) {
        QJsonObject json = AuditLog::toJson(e);
        json.insert(QStringLiteral("hash"), e.hash);
        lines += QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString base
        = dir.filePath(QStringLiteral("audit-%1-%2")
                           .arg(sealer.pointCode(), clock.now().toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ"))));
    for (const auto &[suffix, bytes] :
        { std::pair { ".jsonl", lines }, std::pair { ".sig", sealer.signStatement(lines) },
            std::pair { ".crt", sealer.machineCertificatePem() } }) {
        QSaveFile file(base + QLatin1String(suffix));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Failure { QStringLiteral("audit.export-write"), [file = file.fileName()] {
                                return AuditExportTr::tr(
                                    "Cannot write %1. Check that the drive is plugged in and not full, then try again.")
                                    .arg(file);
                            } };
    }
    const QString file = base + QStringLiteral(".jsonl");
    if (const Status logged = audit.append({ QStringLiteral("audit.export"), QStringLiteral("ok"), operatorId, {},
            QStringLiteral("file=%1;events=%2").arg(QFileInfo(file).fileName()).arg(events->size()) });
        !logged)
        return logged.failure();
    return AuditExport { file, events->size() };
}

} // namespace RegPoint::Kiosk
