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

QString roleKey(Role role); // "clerk"
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role role);

} // namespace RegPoint::Kiosk
