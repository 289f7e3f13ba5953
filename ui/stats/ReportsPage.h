#pragma once

#include "security/Session.h"
#include "stats/ReportWorker.h"
#include "stats/StatReport.h"

#include <QThread>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class ChecksView;
class DrillDialog;
class FigureTable;
class PeriodPicker;
class SubmissionPanel;

// 统计报表: the statutory reports the role may run, for a month, quarter, half-year, year or any
// range (and, in a county database, one township or the whole county). The figures by
// section with their definitions, the records behind each, the consistency checks, printing
// and export, and the submission to the county with what changed since.
// Reports are computed on a worker thread with its own connection.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    ReportsPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QStringList reportIds() const;  // those the role may run, in the order offered
    void setReport(const QString &reportId);
    void setPeriod(const StatPeriod &period);
    void setOffice(const QString &office);  // county: a township's code, or empty for the whole county
    const std::optional<StatReportData> &report() const { return m_report; }
    bool isComputing() const { return m_computing; }
    qint64 lastComputeMs() const { return m_lastMs; }
    FigureTable *figures() const { return m_figures; }
    ChecksView *checks() const { return m_checks; }
    SubmissionPanel *submission() const { return m_submission; }
    QLabel *definition() const { return m_definition; }
    // The records behind a figure, in a dialog not shown yet (nullptr with the reason shown).
    std::unique_ptr<DrillDialog> drillDialog(const QString &key);

public Q_SLOTS:
    void recompute();
    void drillInto(const QString &key);
    void submit();
    void printPreview();
    void exportAs(const QString &format);

Q_SIGNALS:
    void reportShown();
    void recordsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private Q_SLOTS:
    void received(quint64 generation, const sifa::StatReportData &report, qint64 elapsedMs);
    void failed(quint64 generation, const QString &message);

Q_SIGNALS:
    void requestReport(quint64 generation, const QString &reportId, const sifa::StatPeriod &period,
                       const QString &office);

private:
    void buildUi();
    void fillOffices();
    void showSubmission();
    void showDefinition(const QString &key);
    void setActionsEnabled(bool enabled);
    QString currentReportId() const;
    QString currentOffice() const;
    QString context() const;

    Database &m_db;
    Session m_session;
    bool m_county = false;
    bool m_shownOnce = false;
    bool m_computing = false;
    qint64 m_lastMs = -1;
    std::optional<StatReportData> m_report;
    ReportWorker::Generation m_generation;
    QThread m_thread;
    ReportWorker *m_worker = nullptr;

    QComboBox *m_reportBox;
    PeriodPicker *m_period;
    QComboBox *m_officeBox;
    QLabel *m_officeLabel;
    QLabel *m_title;
    QLabel *m_status;
    FigureTable *m_figures;
    QLabel *m_definition;
    ChecksView *m_checks;
    SubmissionPanel *m_submission;
    QList<QPushButton *> m_actions;
};

}  // namespace ui
}  // namespace sifa
