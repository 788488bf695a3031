#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace RegPoint::Intake {

// Realistic online forms for a demo province, so the confirmation day can be tried without the
// candidates' app: one JSON line per record (the import's format), the same for a number each
// time it is made. The 户口所在地 is one of `villageCodes`; the import names and classes it.
class DemoForms
{
public:
    DemoForms(QStringList villageCodes, int examYear);
    QByteArray line(const QString &serial, const QUuid &recordId) const;

private:
    QStringList m_villages;
    int m_examYear;
};

} // namespace RegPoint::Intake
