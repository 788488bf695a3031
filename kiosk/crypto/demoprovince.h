#pragma once

#include "intakesignature.h"
#include "result.h"

#include <QDateTime>
#include <QString>

namespace RegPoint::Kiosk {

// The demo province the simulator and `regpointctl demo-day` seal to: a CA and an RSA-3072
// province key kept in DATA_DIR/demo-province/ (0600), made on first use. Its records open only
// with that folder's key: demo data never looks like the real province's.
class DemoProvince
{
public:
    explicit DemoProvince(const QString &dataDir);

    // Provisions the point in dataDir against the demo province (a one-year certificate from
    // `now`), unless it is provisioned already.
    Status provisionPoint(const QString &pointCode, const QDateTime &now);
    QString folder() const { return m_folder; }
    // Whether `caPem` is this folder's demo CA (a point provisioned by it is a demo point).
    bool isItsCa(const QByteArray &caPem) const;

    // An intake signer of the demo CA, made now: what the demo's own intake would sign frozen forms
    // with (the screenshots and tests use it to bring forms without a server).
    Result<Exchange::IntakeSigner> intakeSigner(const QDateTime &now) const;

    static QString defaultPointCode() { return QStringLiteral("430102-99"); }

private:
    QString m_dataDir;
    QString m_folder;
};

} // namespace RegPoint::Kiosk
