#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace RegPoint::Kiosk {

// Salted scrypt (OpenSSL 3) for operator passwords. The encoded hash carries its own parameters,
// so stronger defaults later still verify old hashes.
//   $scrypt$ln=15,r=8,p=1$<salt base64>$<hash base64>
class PasswordHasher
{
public:
    struct Cost
    {
        int logN = 15; // N = 32768: 32 MiB and ~100 ms on the desk PC, which rate-limits guessing
        int r = 8;
        int p = 1;
        friend bool operator==(const Cost &, const Cost &) = default;
    };
    // Told the cost of every scrypt run (hash or verify), so a test can count the work done.
    using DerivationObserver = std::function<void(const Cost &)>;

    PasswordHasher() = default;
    explicit PasswordHasher(Cost cost, DerivationObserver observer = {})
        : m_cost(cost)
        , m_observer(std::move(observer))
    { }

    QString hash(QByteArrayView password) const;
    bool verify(QByteArrayView password, const QString &encoded) const;
    // A well-formed hash at this hasher's cost that no password matches: verifying against it
    // takes the time of a real check (one scrypt run), so an unknown user name costs the same.
    // A malformed `encoded` also costs one run. Making a decoy runs nothing.
    QString decoy() const;

private:
    QByteArray derive(QByteArrayView password, const QByteArray &salt, const Cost &cost) const;
    Cost m_cost;
    DerivationObserver m_observer;
};

} // namespace RegPoint::Kiosk
