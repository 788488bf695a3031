#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace RegPoint::Kiosk {

// The registration sheet's layout as data (resources/print/sheet-YEAR.json): the province's form
// changes by exam year, the code does not. Texts may hold {placeholders} filled from the sheet's
// values; cells and table columns name the value they show.
struct SheetTemplate
{
    static constexpr QLatin1StringView kFormat { "regpoint-sheet-template/1" };

    struct Cell
    {
        QString label;
        QString field;
        int span = 1; // of the section's three columns
    };
    struct Section
    {
        QString heading;
        bool besidePhoto = false; // the photo box stands at its right
        QList<QList<Cell>> rows;
    };
    struct Column
    {
        QString header;
        QString field;
        int share = 1; // of the table's width, against the other columns' shares
    };
    struct Table
    {
        QString heading;
        QString source; // which list of rows: "resume", "family"
        int minRows = 0; // empty rows drawn below the filled ones, for a hand correction
        QList<Column> columns;
    };

    QString title;
    QString subtitle;
    QString photoLabel;
    double photoWidthMm = 26;
    double photoHeightMm = 32;
    QList<Section> sections;
    QList<Table> tables;
    QString capture;
    QString pledge;
    QList<QStringList> signatures; // each line: its labels, each followed by a space to sign in
    QString footer;

    static Result<SheetTemplate> fromJson(const QByteArray &json);
    // The template of an exam year, from the resources; sheet.no-template when there is none.
    static Result<SheetTemplate> forExamYear(int year);
};

// "{serial}" and the like replaced by `values`, in one pass; an unknown name is left as it is, visibly.
QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values);

} // namespace RegPoint::Kiosk
