#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace RegPoint::Tests {

// A whole file's bytes, or none when it cannot be read: a test compares them with what it expects.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `bytes` as the whole file; false when any of them did not reach it.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace RegPoint::Tests
