#include "intakefolder.h"

#include "certificateauthority.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;

IntakeFiles IntakeFiles::inFolder(const QString &dir)
{
    const QDir d(dir);
    return { u"sqlite:"_s + d.filePath(u"intake.db"_s), d.filePath(u"ca.pem"_s), d.filePath(u"tls.crt"_s),
        d.filePath(u"tls.key"_s), d.filePath(u"signing.crt"_s), d.filePath(u"signing.key"_s),
        d.filePath(u"config.json"_s) };
}

QByteArray readSmallFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
        return {};
    return file.read(maxBytes);
}

namespace {
// An IPv4 or IPv6 literal goes into the certificate as an IP entry, anything else as a DNS name.
bool isIpAddress(const QString &host)
{
    if (host.contains(u':'))
        return true;
    const QStringList parts = host.split(u'.');
    return parts.size() == 4 && std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        bool number = false;
        const int n = p.toInt(&number);
        return number && n >= 0 && n <= 255;
    });
}

bool writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(bytes) == bytes.size() && file.flush();
}
} // namespace

Status initFolder(const QString &dir, const QByteArray &caCertPem, const QByteArray &caKeyPem, const QStringList &hosts)
{
    const Result<Exchange::CertificateAuthority> ca = Exchange::CertificateAuthority::load(caKeyPem, caCertPem);
    if (!ca)
        return ca.failure();
    if (!QDir().mkpath(dir))
        return Failure { u"init.folder"_s, u"Cannot create %1."_s.arg(dir) };
    const IntakeFiles files = IntakeFiles::inFolder(dir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto write = [&](const QString &path, const QByteArray &bytes, bool secret) -> Status {
        if (QFile::exists(path))
            return Done {};
        if (bytes.isEmpty() || !writeFile(path, bytes, secret))
            return Failure { u"init.write"_s, u"Cannot write %1."_s.arg(path) };
        return Done {};
    };
    if (Status s = write(files.ca, ca->certificatePem(), false); !s)
        return s;
    if (!QFile::exists(files.tlsCert)) {
        QStringList names, addresses;
        for (const QString &host : hosts)
            (isIpAddress(host) ? addresses : names).append(host);
        const Exchange::IssuedKey tls = ca->issueTlsServer(names, addresses, now.addSecs(-3600), now.addYears(2));
        if (Status s = write(files.tlsKey, tls.keyPem, true); !s)
            return s;
        if (Status s = write(files.tlsCert, tls.certificatePem, false); !s)
            return s;
    }
    if (!QFile::exists(files.signingCert)) {
        const Exchange::IssuedKey signer
            = ca->issueIntakeSigner(u"RegPoint intake signing"_s, now.addSecs(-3600), now.addYears(2));
        if (Status s = write(files.signingKey, signer.keyPem, true); !s)
            return s;
        if (Status s = write(files.signingCert, signer.certificatePem, false); !s)
            return s;
    }
    return Done {};
}

} // namespace RegPoint::Intake
