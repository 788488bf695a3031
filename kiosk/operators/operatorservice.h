#pragma once

#include "crypto/passwordhasher.h"
#include "operators/operator.h"
#include "result.h"

namespace RegPoint::Kiosk {

class Clock;
class OperatorStore;

struct NewOperator
{
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString password;
    QString passwordRepeat;
};

// Creates operators and checks their passwords. Lockout and idle lock build on this (issue 5).
class OperatorService
{
public:
    OperatorService(OperatorStore &store, const Clock &clock, PasswordHasher hasher = {});

    Result<Operator> create(const NewOperator &request);
    Result<Operator> authenticate(const QString &username, const QString &password) const;
    Result<bool> hasAnyOperator() const;

    static constexpr int kMinPasswordLength = 8;
    // Empty when acceptable; otherwise what to change.
    static QString usernameProblem(const QString &username);
    static QString passwordProblem(const QString &username, const QString &password, const QString &repeat);

private:
    OperatorStore &m_store;
    const Clock &m_clock;
    PasswordHasher m_hasher;
};

} // namespace RegPoint::Kiosk
