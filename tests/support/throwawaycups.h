#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace RegPoint::Tests {

// A real CUPS scheduler of the test's own (../shared/PLATFORM.md's recipe): configuration, spool and
// logs in a temporary directory, listening on a local socket only, with one test backend whose
// device URI picks what the "printer" does. Needs root (cupsd drops to lp for the backends).
class ThrowawayCups
{
public:
    enum class Behaviour
    {
        Capture, // writes each job's document to outputDir()/job-N.pdf
        Fail, // exits with an error
        Hang, // never finishes
        PaperOut, // reports media-empty-error, then never finishes
    };

    ThrowawayCups();
    ~ThrowawayCups();
    ThrowawayCups(const ThrowawayCups &) = delete;
    ThrowawayCups &operator=(const ThrowawayCups &) = delete;

    // Starts cupsd; false with `why` when it cannot run here.
    bool start(QString &why);
    QString server() const; // the socket path, for CupsQueue and CUPS_SERVER
    QString outputDir() const;
    QString spoolDir() const;
    // A raw queue that aborts a failing job (instead of stopping the printer).
    bool addQueue(const QString &name, Behaviour behaviour) const;
    bool disable(const QString &name) const;
    QString run(const QString &program, const QStringList &arguments, bool *ok = nullptr) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_cupsd;
};

} // namespace RegPoint::Tests
