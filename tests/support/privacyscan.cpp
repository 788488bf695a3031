#include "privacyscan.h"

#include <QDirIterator>
#include <QFile>

namespace RegPoint::Tests {

namespace {
// Byte strings shorter than this occur by chance in megabytes of ciphertext: a 4-byte needle
// (a two-character name in UTF-16) matches random bytes with probability 2^-32 per position,
// about one run in fifty over a 40-candidate demo day (3.3 MB, a few dozen such names); at
// 6 bytes and every needle it is under 10^-5 per run. Such a name is still searched in UTF-8.
constexpr qsizetype kShortestNeedle = 6;

QList<QByteArray> encodings(const QString &needle)
{
    QList<QByteArray> forms;
    for (const QByteArray &form :
        { needle.toUtf8(), QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2) }) {
        if (form.size() >= kShortestNeedle)
            forms.append(form);
    }
    return forms;
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
