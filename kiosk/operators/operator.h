#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

enum class Role
{
    Clerk,
    Supervisor,
    Admin
};

struct Operator
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QDateTime createdAt;
    bool disabled = false;
};

// Consecutive failed logins and the lockout they caused (the wait doubles with each lockout
// until a successful login).
struct LoginGuard
{
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
    int lockouts = 0;
};

QString roleKey(Role role); // "clerk"
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role role);

// False when `text` holds a character that does not show as itself: a control or format character
// (terminal escapes, direction overrides, zero-width marks), a line or paragraph separator, a
// private-use or unassigned code point, or half of a surrogate pair.
bool isPrintableText(QStringView text);
// `text` with each such character written as \u{XXXX} (and "\" as "\\"): safe to print on a
// terminal, and two different names never print the same.
QString printableText(QStringView text);

} // namespace RegPoint::Kiosk
