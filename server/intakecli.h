#pragma once

// What every regpoint-intake command shares: its options (--dir fills in every file), its output
// (text, or one JSON object with --json) and its exit codes.

#include "configbundle.h"
#include "intakefolder.h"
#include "intakestore.h"
#include "result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace RegPoint::Intake::Cli {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void printUsage();
void print(const QString &line);
void printJson(const QJsonObject &object);
// Reports a refusal (stderr, or JSON on stdout); returns kExitFailure.
int fail(bool json, const QString &code, const QString &message);

struct Options
{
    QCommandLineParser parser;
    IntakeFiles files;
    bool json = false;

    QString value(const QString &name) const { return parser.value(name); }
};

// The common options and `extra`; false (usage printed) when they do not parse.
bool parse(Options &o, const QStringList &arguments, const QList<QCommandLineOption> &extra);
// The store, migrated; nullptr with `error` set when it cannot be opened.
std::unique_ptr<IntakeStore> openStore(const IntakeFiles &files, int poolSize, QString *error);
// The bundle's province-wide part: --config FILE (the bundle's fields without format, pointCode,
// issuedAt and serialBlocks), else the defaults of docs/sync-protocol.md.
Result<Exchange::ConfigBundle> configTemplate(const QString &path);

// The forms' commands (formcommands.cpp).
int importForms(const QStringList &arguments);
int freezeForms(const QStringList &arguments);
int demoForms(const QStringList &arguments);

} // namespace RegPoint::Intake::Cli
