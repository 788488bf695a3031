#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace RegPoint::Ctl {

// Passwords for regpointctl: one whole line each from standard input under --password-stdin,
// else asked on the terminal with echo off (never shown, never in the shell's history); nullopt
// when there is neither. A line too long or not UTF-8 is refused, never cut or replaced.

// One password per prompt, then the last one again (a new password is typed twice).
std::optional<Result<QStringList>> readPasswords(const QCommandLineParser &parser, const QStringList &prompts);
// One password, to prove who is acting.
std::optional<Result<QString>> readPassword(const QCommandLineParser &parser, const QString &prompt);

} // namespace RegPoint::Ctl
