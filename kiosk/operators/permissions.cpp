#include "permissions.h"

namespace RegPoint::Kiosk {

bool can(Role role, Permission permission)
{
    using P = Permission;
    switch (permission) {
    case P::RegisterCandidates:
        return role == Role::Clerk || role == Role::Supervisor;
    case P::ApproveManualEntry:
    case P::ApprovePhotoOverride:
    case P::UnlockOtherSessions:
    case P::UnlockAccounts:
    case P::OpenDayDespiteFailures:
    case P::CloseDay:
    case P::ExportRecords:
        return role == Role::Supervisor;
    case P::ResetPasswords:
    case P::ManageOperators:
        return role == Role::Supervisor || role == Role::Admin;
    case P::ChangeSettings:
        return role == Role::Admin;
    }
    return false;
}

namespace {

int rank(Role role)
{
    switch (role) {
    case Role::Clerk:
        return 0;
    case Role::Supervisor:
        return 1;
    case Role::Admin:
        return 2;
    }
    return -1;
}

} // namespace

bool canResetPasswordOf(Role by, Role target)
{
    return can(by, Permission::ResetPasswords) && rank(by) > rank(target);
}

bool canManageOperatorsOf(Role by, Role target)
{
    return can(by, Permission::ManageOperators) && rank(by) > rank(target);
}

bool canUnlockAccountOf(Role by, Role target)
{
    return can(by, Permission::UnlockAccounts) && rank(by) > rank(target);
}

QList<Permission> allPermissions()
{
    using P = Permission;
    return { P::RegisterCandidates, P::ApproveManualEntry, P::ApprovePhotoOverride, P::UnlockOtherSessions,
        P::UnlockAccounts, P::ResetPasswords, P::ManageOperators, P::ChangeSettings, P::OpenDayDespiteFailures,
        P::CloseDay, P::ExportRecords };
}

} // namespace RegPoint::Kiosk
