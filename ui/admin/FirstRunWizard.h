#pragma once

#include <QWizard>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// The first-run wizard: set up this office's database (office code and name, where the file
// lives, the first administrator), or open an existing database, or restore one from a backup.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum class Choice { Create, OpenExisting, Restore };
    enum PageId { WelcomePage, OfficePage, AdminPage, SummaryPage, ExistingPage, RestorePage };

    explicit FirstRunWizard(const QString &defaultPath, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    Choice choice() const;
    QString databasePath() const;
    // The database created on the summary page (Create only).
    std::unique_ptr<Database> takeDatabase();

    int nextId() const override;
    bool validateCurrentPage() override;

private:
    QWizardPage *buildWelcome();
    QWizardPage *buildOffice();
    QWizardPage *buildAdmin();
    QWizardPage *buildSummary();
    QWizardPage *buildExisting();
    QWizardPage *buildRestore();
    void updateOfficeLookup();
    void updateSummary();
    bool createDatabase();
    bool restoreDatabase();
    QString browseForDatabase(const QString &current, bool save);

    QButtonGroup *m_choice = nullptr;
    QRadioButton *m_township = nullptr;
    QRadioButton *m_county = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeLookup = nullptr;
    QLineEdit *m_name = nullptr;
    bool m_nameEdited = false;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_adminUser = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_adminError = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_existingPath = nullptr;
    QLineEdit *m_backupFile = nullptr;
    QLineEdit *m_restoreTarget = nullptr;
    std::unique_ptr<Database> m_db;
};

}  // namespace ui
}  // namespace sifa
