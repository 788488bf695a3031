#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace RegPoint::Tests {

// The text of a PDF as poppler's pdftotext reads it (what a printer driver would see, not Qt);
// `options` go before the file (for example -layout). Header-only: printing and flow tests share it.
inline QString pdfText(const QByteArray &pdf, const QStringList &options = {})
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("document.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), options + QStringList { file.fileName(), QStringLiteral("-") });
    pdftotext.waitForFinished(30000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace RegPoint::Tests
