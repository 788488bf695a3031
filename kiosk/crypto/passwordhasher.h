#pragma once

#include <QByteArrayView>
#include <QString>

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
    };

    PasswordHasher() = default;
    explicit PasswordHasher(Cost cost)
        : m_cost(cost)
    { }

    QString hash(QByteArrayView password) const;
    bool verify(QByteArrayView password, const QString &encoded) const;
    // A well-formed hash of a random password, to spend the same time when a user does not exist.
    QString decoy() const;

private:
    Cost m_cost;
};

} // namespace RegPoint::Kiosk
