#include "operator.h"

#include <QCoreApplication>

namespace RegPoint::Kiosk {

namespace {
struct OperatorTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::Operator)
};
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role role : { Role::Clerk, Role::Supervisor, Role::Admin }) {
        if (key == roleKey(role))
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return OperatorTr::tr("Clerk");
    case Role::Supervisor:
        return OperatorTr::tr("Supervisor");
    case Role::Admin:
        return OperatorTr::tr("Administrator");
    }
    return {};
}

} // namespace RegPoint::Kiosk
