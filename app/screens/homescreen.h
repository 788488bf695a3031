#pragma once

#include "screens/recorddialog.h"
#include "widgets/translatablewidget.h"
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace RegPoint::Devices {
class DeviceBoard;
}
namespace RegPoint::Kiosk {
class DayEndReview;
class NationTable;
class RegistrationFlow;
class SyncMonitor;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class DeviceStrip;
class SyncStrip;

// The desk between candidates: today's figures, the device strip, the day's records, "new registration".
class HomeScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    HomeScreen(Kiosk::RegistrationFlow &flow, const Devices::DeviceBoard &devices, Kiosk::SyncMonitor &sync,
        Kiosk::DayEndReview &dayEnd, RecordDesk records, QWidget *parent = nullptr);
    void refresh();
    // Back to the recent list, the search field empty (the lock, the next candidate).
    void clearSearch();

private:
    void retranslate() override;

    void openDayEnd();
    void search();
    // The records listed, each with the step it is missing (or "Open").
    void showRecords(const QList<Kiosk::RecordView> &records);

    Kiosk::RegistrationFlow &m_flow;
    Kiosk::DayEndReview &m_dayEnd;
    QLabel *m_readerPrompt;
    QLabel *m_todayCaption;
    QLabel *m_todayValue;
    QLabel *m_queueCaption;
    QLabel *m_queueValue;
    Banner *m_banner;
    QPushButton *m_newManual;
    QLabel *m_manualHint;
    QPushButton *m_dayEndButton; // supervisors only, while records wait for their decision
    QPushButton *m_sheetsButton; // the confirmation day's desk
    RecordDesk m_records;
    QLabel *m_listTitle;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QPushButton *m_showAll;
    QString m_query; // the search shown; empty: the recent list
    // The next refresh searches; the others read the rows found again (a sync answer moves their
    // state) instead of decrypting the point's records once a second.
    bool m_newSearch = false;
    QList<QUuid> m_rowIds;
    QTableWidget *m_table;
    QLabel *m_emptyList; // in the table's place while the point has no record yet
    DeviceStrip *m_devices;
    SyncStrip *m_sync;
    QTimer m_refreshLater;
};

} // namespace RegPoint::App
