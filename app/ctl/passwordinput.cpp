#include "passwordinput.h"

#include "operators/operatorservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace RegPoint::Ctl {

namespace {

// The messages keep the context they were translated in.
struct PasswordInputTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Operators)
};

// A password line may hold kMaxPasswordLength characters of up to 4 UTF-8 bytes each, and "\r\n".
constexpr qsizetype kMaxLineBytes = 4 * Kiosk::OperatorService::kMaxPasswordLength + 2;

// One whole line of standard input, decoded strictly: a longer line or bytes that are not UTF-8
// are refused, never cut or replaced (two different byte strings must never be one password).
Result<QString> readLine(FILE *in)
{
    QByteArray bytes;
    for (int c = std::fgetc(in); c != EOF && c != '\n'; c = std::fgetc(in)) {
        if (bytes.size() == kMaxLineBytes)
            return Failure { QStringLiteral("ctl.password-too-long"),
                PasswordInputTr::tr("A password can have at most %n characters; a line on standard input is longer.",
                    nullptr, Kiosk::OperatorService::kMaxPasswordLength) };
        bytes.append(char(c));
    }
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    // Stateless and with the byte order mark kept: nothing is dropped before the password.
    QStringDecoder utf8(
        QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString line = utf8(bytes);
    if (utf8.hasError())
        return Failure { QStringLiteral("ctl.password-encoding"),
            PasswordInputTr::tr(
                "A password on standard input is not valid UTF-8 text. Check the encoding and try again.") };
    return line;
}

// Prompts on the terminal with echo off, so the password is never shown or kept in history.
Result<QString> promptHidden(const QString &prompt)
{
    QTextStream(stderr) << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    Result<QString> line = readLine(stdin);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    QTextStream err(stderr);
    err << Qt::endl;
    return line;
}

} // namespace

std::optional<Result<QStringList>> readPasswords(const QCommandLineParser &parser, const QStringList &prompts)
{
    QStringList passwords;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        for (qsizetype i = 0; i < prompts.size(); ++i) {
            Result<QString> line = readLine(stdin);
            if (!line)
                return line.failure();
            passwords << line.value();
        }
        passwords << passwords.constLast();
    } else if (isatty(STDIN_FILENO)) {
        for (const QString &prompt : prompts + QStringList { PasswordInputTr::tr("Password again: ") }) {
            Result<QString> line = promptHidden(prompt);
            if (!line)
                return line.failure();
            passwords << line.value();
        }
    } else {
        return std::nullopt;
    }
    return passwords;
}

std::optional<Result<QString>> readPassword(const QCommandLineParser &parser, const QString &prompt)
{
    if (parser.isSet(QStringLiteral("password-stdin")))
        return readLine(stdin);
    if (isatty(STDIN_FILENO))
        return promptHidden(prompt);
    return std::nullopt;
}

} // namespace RegPoint::Ctl
