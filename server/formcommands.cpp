#include "demoforms.h"
#include "formimport.h"
#include "formstore.h"
#include "intakecli.h"
#include "urbanruraltable.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace RegPoint::Intake::Cli {

using namespace Qt::StringLiterals;

int importForms(const QStringList &arguments)
{
    Options o;
    const QCommandLineOption tableOption(u"table"_s, u"urban-rural table"_s, u"F"_s);
    if (!parse(o, arguments, { tableOption }) || o.parser.positionalArguments().size() != 1
        || !o.parser.isSet(tableOption)) {
        printUsage();
        return kExitUsage;
    }
    const Result<UrbanRuralTable> table = UrbanRuralTable::load(o.value(u"table"_s));
    if (!table)
        return fail(o.json, table.failure().code, table.failure().message);
    QFile file(o.parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(o.json, u"file.unreadable"_s, u"Cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
    QString error;
    const std::unique_ptr<IntakeStore> store = openStore(o.files, 1, &error);
    if (!store)
        return fail(o.json, u"server.unavailable"_s, error);
    FormStore forms(store->backend());
    FormImport import(forms, table.value(), [] { return QDateTime::currentDateTimeUtc(); });
    QHash<QString, int> counts;
    QJsonArray refused;
    qsizetype number = 0;
    try {
        while (!file.atEnd()) {
            constexpr qint64 kMaxLine = qint64(256) * 1024; // a form is a few KB
            QByteArray text = file.readLine(kMaxLine + 1);
            ++number;
            const bool whole = text.endsWith('\n') || file.atEnd();
            while (!text.endsWith('\n') && !file.atEnd())
                text = file.readLine(kMaxLine + 1); // the rest of an over-long line, dropped
            text = text.trimmed();
            if (text.isEmpty() && whole)
                continue;
            const FormImport::Line line = whole && text.size() <= kMaxLine ? import.importLine(number, text)
                                                                           : FormImport::tooLong(number, kMaxLine);
            ++counts[line.outcome];
            if (line.refused()) {
                refused.append(QJsonObject { { u"line"_s, number }, { u"serial"_s, line.serial },
                    { u"code"_s, line.code }, { u"message"_s, line.message } });
                if (!o.json)
                    std::fprintf(stderr, "%s (%s)\n", qPrintable(line.message), qPrintable(line.code));
            }
            if (!o.json && number % 1000 == 0)
                std::fprintf(stderr, "%lld lines read\n", static_cast<long long>(number));
        }
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s,
            u"Stopped at line %1: %2. The lines before it are kept; run the import again."_s.arg(number).arg(
                QString::fromUtf8(e.what())));
    }
    if (o.json) {
        printJson({ { u"ok"_s, refused.isEmpty() }, { u"lines"_s, number }, { u"new"_s, counts.value(u"new"_s) },
            { u"replaced"_s, counts.value(u"replaced"_s) }, { u"unchanged"_s, counts.value(u"unchanged"_s) },
            { u"refused"_s, refused }, { u"tableSha256"_s, table->sha256() } });
    } else {
        print(u"forms: %1 new, %2 replaced, %3 unchanged, %4 refused"_s.arg(counts.value(u"new"_s))
                  .arg(counts.value(u"replaced"_s))
                  .arg(counts.value(u"unchanged"_s))
                  .arg(refused.size()));
    }
    return refused.isEmpty() ? 0 : kExitFailure;
}

int freezeForms(const QStringList &arguments)
{
    Options o;
    if (!parse(o, arguments, {}) || !o.parser.positionalArguments().isEmpty()) {
        printUsage();
        return kExitUsage;
    }
    QString error;
    const std::unique_ptr<IntakeStore> store = openStore(o.files, 1, &error);
    if (!store)
        return fail(o.json, u"server.unavailable"_s, error);
    try {
        FormStore forms(store->backend());
        const qint64 frozen = forms.freeze(QDateTime::currentDateTimeUtc());
        if (o.json)
            printJson({ { u"ok"_s, true }, { u"frozen"_s, frozen }, { u"forms"_s, forms.count() } });
        else
            print(u"forms frozen now: %1 (of %2 kept)"_s.arg(frozen).arg(forms.count()));
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s, QString::fromUtf8(e.what()));
    }
    return 0;
}

int demoForms(const QStringList &arguments)
{
    Options o;
    const QCommandLineOption tableOption(u"table"_s, u"urban-rural table"_s, u"F"_s);
    const QCommandLineOption yearOption(u"exam-year"_s, u"exam year"_s, u"YYYY"_s);
    const QCommandLineOption freezeOption(u"freeze"_s, u"freeze every form after"_s);
    if (!parse(o, arguments, { tableOption, yearOption, freezeOption }) || !o.parser.isSet(tableOption)
        || !o.parser.positionalArguments().isEmpty()) {
        printUsage();
        return kExitUsage;
    }
    const Result<UrbanRuralTable> table = UrbanRuralTable::load(o.value(u"table"_s));
    if (!table)
        return fail(o.json, table.failure().code, table.failure().message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int year = o.parser.isSet(yearOption) ? o.value(u"exam-year"_s).toInt() : now.date().year() + 1;
    QString error;
    const std::unique_ptr<IntakeStore> store = openStore(o.files, 1, &error);
    if (!store)
        return fail(o.json, u"server.unavailable"_s, error);
    try {
        FormStore forms(store->backend());
        FormImport import(forms, table.value(), [] { return QDateTime::currentDateTimeUtc(); });
        const DemoForms demo(table->codes(), year);
        qsizetype made = 0;
        QJsonArray refused;
        for (const FormStore::Unformed &record : forms.withoutForm(100000)) {
            const FormImport::Line line = import.importLine(made + 1, demo.line(record.serial, record.recordId));
            if (line.refused())
                refused.append(QJsonObject { { u"serial"_s, record.serial }, { u"code"_s, line.code } });
            else
                ++made;
        }
        const qint64 frozen = o.parser.isSet(freezeOption) ? forms.freeze(now) : 0;
        if (o.json)
            printJson({ { u"ok"_s, refused.isEmpty() }, { u"made"_s, made }, { u"frozen"_s, frozen },
                { u"refused"_s, refused } });
        else
            print(u"demo forms: %1 made, %2 frozen, %3 refused"_s.arg(made).arg(frozen).arg(refused.size()));
        return refused.isEmpty() ? 0 : kExitFailure;
    } catch (const StorageError &e) {
        return fail(o.json, u"server.unavailable"_s, QString::fromUtf8(e.what()));
    }
}

} // namespace RegPoint::Intake::Cli
