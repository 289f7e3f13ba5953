#pragma once

#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class SubjectListModel;

// 社区矫正: the subject list filtered as the officer types (status, grade, type, name, pinyin,
// ID, phone, charge), ID numbers masked unless revealed (audited); registering a subject from the
// judgment, opening a file, the pre-sentence assessments, key periods and sealed files.
class CorrectionPage : public QWidget {
    Q_OBJECT
public:
    CorrectionPage(Database &db, const Session &session, QWidget *parent = nullptr);

    SubjectListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QCheckBox *revealBox() const { return m_reveal; }
    QLabel *countLabel() const { return m_count; }

public Q_SLOTS:
    void refresh();
    void registerSubject();
    void openSelected();
    void openSubject(const QString &uuid, const QString &sealApproval = QString());
    void showAssessments(const QString &select = QString());
    void declareKeyPeriod();
    void openSealed();

Q_SIGNALS:
    void subjectsChanged();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QString selectedUuid() const;

    Database &m_db;
    Session m_session;
    SubjectListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_grade;
    QComboBox *m_type;
    QCheckBox *m_reveal;
    QLabel *m_count;
    QTimer *m_debounce;
};

} // namespace ui
} // namespace sifa
