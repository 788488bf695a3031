#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace RegPoint::Intake {

// Where an intake's files are, by default all in one folder (`--dir`): the CA certificate, the
// TLS certificate and key, the signing certificate and key, the optional config bundle
// contents and the SQLite store. Each can be named on its own instead.
struct IntakeFiles
{
    QString store; // sqlite:PATH or postgresql://…
    QString ca;
    QString tlsCert, tlsKey;
    QString signingCert, signingKey;
    QString config; // may not exist: defaults

    static IntakeFiles inFolder(const QString &dir);
};

// Creates what is missing in `dir` from the CA's key: a TLS certificate for `hosts` (names and
// IP addresses) and a signing certificate, each with a new key (0600). Existing files stay.
Status initFolder(
    const QString &dir, const QByteArray &caCertPem, const QByteArray &caKeyPem, const QStringList &hosts);

QByteArray readSmallFile(const QString &path, qint64 maxBytes = qint64(1024) * 1024); // empty if unreadable or larger

} // namespace RegPoint::Intake
