#pragma once

#include "fakeclock.h"
#include "operators/operatorservice.h"
#include "records/candidaterecord.h"
#include "testprovince.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace RegPoint::Tests {

// A real data directory in a temporary folder, with a cheap password cost so tests stay fast.
class TempWorkspace
{
public:
    TempWorkspace();
    bool isValid() const { return m_workspace != nullptr; }
    QString dataDir() const { return m_dir.path(); }
    Kiosk::Workspace &operator*() { return *m_workspace; }
    Kiosk::Workspace *operator->() { return m_workspace.get(); }
    FakeClock &clock() { return m_clock; }
    // Closes and reopens the same directory, as a restart would.
    bool reopen();
    // Provisions the point `pointCode` as the technician would, with a certificate `province`
    // issues from the point's request (valid from an hour ago, for a year of the workspace's
    // clock), and loads its keys.
    bool provisionBy(const Testing::TestProvince &province, const QString &pointCode);
    // Closes the store (its files may then be copied or replaced, as an attacker would).
    void close() { m_workspace.reset(); }

    static Kiosk::Workspace::Options fastOptions();

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Kiosk::Workspace> m_workspace;
};

// A supervisor and a valid identity for tests that need some data.
Kiosk::NewOperator testSupervisor();
Kiosk::CandidateIdentity testIdentity(const QString &idNumber = QStringLiteral("43010220080101001X"));

} // namespace RegPoint::Tests
