#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Both languages are complete and every translation keeps the source's placeholders, so a
// message never shows "%1" or loses the number it should show.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void englishPlurals();
    void chineseIsDefaultForKioskStrings();
};

namespace {

struct Message
{
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            messages.append(Message {});
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            messages.last().unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.last().translations.append(text);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.append(m.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zh_CN") << QStringLiteral(TRANSLATIONS_DIR "/regpoint_zh_CN.ts");
    QTest::newRow("en") << QStringLiteral(TRANSLATIONS_DIR "/regpoint_en.ts");
}

void tst_Translations::complete()
{
    QFETCH(QString, file);
    const QList<Message> messages = readTs(file);
    QVERIFY(messages.size() > 100);
    for (const Message &m : messages) {
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + m.source));
        for (const QString &translation : m.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + m.source));
            QCOMPARE(placeholders(translation), placeholders(m.source));
        }
    }
}

void tst_Translations::englishPlurals()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("regpoint_en"), QStringLiteral(":/i18n")));
    const char *context = "RegPoint::App::ManualEntryScreen";
    const char *source = "%n field(s) need attention. Nothing was saved; what you typed is kept.";
    QCOMPARE(english.translate(context, source, nullptr, 1),
        QStringLiteral("%n field needs attention. Nothing was saved; what you typed is kept."));
    QCOMPARE(english.translate(context, source, nullptr, 5),
        QStringLiteral("%n fields need attention. Nothing was saved; what you typed is kept."));
}

void tst_Translations::chineseIsDefaultForKioskStrings()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("regpoint"), QStringLiteral("_"),
        QStringLiteral(":/i18n")));
    QCOMPARE(chinese.translate("RegPoint::App::LoginScreen", "Log in"), QStringLiteral("登录"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
