#include "recordview.h"

#include "identity/idnumber.h"

namespace RegPoint::Kiosk {

RecordView RecordView::of(const CandidateRecord &record)
{
    RecordView view;
    view.id = record.id;
    view.shortId = record.id.toString(QUuid::WithoutBraces).left(8);
    view.version = record.version;
    view.createdAt = record.createdAt;
    view.createdBy = record.createdBy;
    view.maskedName = Kiosk::maskedName(record.identity.name);
    view.maskedIdNumber = IdNumber::parse(record.identity.idNumber, record.createdAt.date()).masked();
    view.state = record.state;
    view.entryMethod = record.entryMethod;
    return view;
}

QString maskedName(const QString &name)
{
    if (name.size() <= 1)
        return name;
    if (name.size() == 2)
        return name.left(1) + u'*';
    return name.left(1) + QString(name.size() - 2, u'*') + name.right(1);
}

} // namespace RegPoint::Kiosk
