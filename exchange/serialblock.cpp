#include "serialblock.h"

#include "intakesignature.h"
#include "jsonfields.h"

namespace RegPoint::Exchange {

using namespace Qt::StringLiterals;

namespace {
bool isDigits(const QString &text)
{
    return !text.isEmpty() && text.size() <= 18
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

qint64 SerialBlock::count() const
{
    if (!isDigits(first) || !isDigits(last) || first.size() != last.size())
        return 0;
    const qint64 n = last.toLongLong() - first.toLongLong() + 1;
    return n > 0 ? n : 0;
}

QString SerialBlock::at(qint64 index) const
{
    return QString::number(first.toLongLong() + index).rightJustified(first.size(), u'0');
}

bool SerialBlock::contains(const QString &serial) const
{
    // Decimal strings of one length compare as their numbers do.
    return count() > 0 && isDigits(serial) && serial.size() == first.size() && first <= serial && serial <= last;
}

QJsonObject SerialBlock::toJson() const
{
    return { { u"id"_s, uuidText(id) }, { u"pointCode"_s, pointCode }, { u"first"_s, first }, { u"last"_s, last } };
}

Result<SerialBlock> SerialBlock::fromJson(const QJsonObject &json, const QString &path)
{
    JsonFields fields(json, path);
    SerialBlock block;
    block.id = fields.uuid("id"_L1);
    block.pointCode = fields.nonEmptyString("pointCode"_L1);
    block.first = fields.string("first"_L1);
    block.last = fields.string("last"_L1);
    if (fields.ok() && block.count() == 0)
        fields.refuse("last"_L1, QStringLiteral("first and last must be decimal numbers of one length, first <= last"));
    if (!fields.ok())
        return fields.failure();
    return block;
}

QJsonObject signSerialBlock(const IntakeSigner &signer, const SerialBlock &block)
{
    return signer.sign(SerialBlock::kSignedKey, block.toJson());
}

Result<SerialBlock> verifySerialBlock(
    const QJsonObject &signedBlock, const QByteArray &caPem, const QString &pointCode, const QDateTime &at)
{
    const Result<QJsonObject> body = verifyIntakeSigned(signedBlock, SerialBlock::kSignedKey, caPem, at);
    if (!body)
        return body.failure();
    Result<SerialBlock> block = SerialBlock::fromJson(body.value());
    if (block && block->pointCode != pointCode)
        return Failure { u"serial.foreign"_s, QStringLiteral("The serial block was issued to another point.") };
    return block;
}

} // namespace RegPoint::Exchange
