#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RegPoint::Exchange {

// One byte string per object: QJsonObject keeps its keys sorted and the compact form adds no
// white space, so what is signed or hashed on one side is what the other side computes.
inline QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace RegPoint::Exchange
