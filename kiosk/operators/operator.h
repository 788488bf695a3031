#pragma once

#include "printabletext.h"

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

// The checks of names and passwords typed at the desk (exchange/printabletext.h).
using Exchange::isPrintableText;
using Exchange::printableText;

} // namespace RegPoint::Kiosk
