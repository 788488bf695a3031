#include "privacyscan.h"

#include <QDirIterator>
#include <QFile>

namespace RegPoint::Tests {

namespace {
QList<QByteArray> encodings(const QString &needle)
{
    QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    return { needle.toUtf8(), utf16 };
}
} // namespace

QStringList findInClear(const QStringList &dirs, const QStringList &needles, const QList<QByteArray> &texts)
{
    QStringList found;
    auto scan = [&](const QString &where, const QByteArray &bytes) {
        for (const QString &needle : needles) {
            for (const QByteArray &form : encodings(needle)) {
                if (bytes.contains(form)) {
                    found << where + QStringLiteral(": ") + needle;
                    break;
                }
            }
        }
    };
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                scan(file.fileName(), file.readAll());
        }
    }
    for (qsizetype i = 0; i < texts.size(); ++i)
        scan(QStringLiteral("output %1").arg(i), texts[i]);
    return found;
}

} // namespace RegPoint::Tests
