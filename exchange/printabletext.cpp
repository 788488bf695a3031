#include "printabletext.h"

namespace RegPoint::Exchange {

namespace {

bool isPrintable(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

// Calls `visit` with each code point of `text`; a lone surrogate is passed as itself.
template<typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            visit(char32_t(c.unicode()));
        }
    }
}

} // namespace

bool isPrintableText(QStringView text)
{
    bool printable = true;
    forEachCodePoint(text, [&](char32_t c) { printable = printable && isPrintable(c); });
    return printable;
}

QString printableText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c) {
        if (c == U'\\')
            out += QStringLiteral("\\\\");
        else if (!isPrintable(c))
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringView(QChar::fromUcs4(c));
    });
    return out;
}

} // namespace RegPoint::Exchange
