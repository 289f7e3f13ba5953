#include "admin/FirstRunWizard.h"

#include "codes/Divisions.h"
#include "domain/Maintenance.h"
#include "domain/Office.h"
#include "security/Users.h"
#include "settings/DbSettings.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QWidget *pathRow(QLineEdit *edit, QPushButton *browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    return row;
}

QString osActor()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return QStringLiteral("os:") + (login.isEmpty() ? QStringLiteral("unknown") : login);
}

}  // namespace

FirstRunWizard::FirstRunWizard(const QString &defaultPath, QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Set up SifaDesk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 480);
    setPage(WelcomePage, buildWelcome());
    setPage(OfficePage, buildOffice());
    setPage(AdminPage, buildAdmin());
    setPage(SummaryPage, buildSummary());
    setPage(ExistingPage, buildExisting());
    setPage(RestorePage, buildRestore());
    m_path->setText(QDir::toNativeSeparators(defaultPath));
    m_restoreTarget->setText(QDir::toNativeSeparators(defaultPath));
    // Each page starts with the cursor where the clerk types first.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        QLineEdit *first = id == OfficePage ? m_code : id == AdminPage ? m_adminName
                         : id == ExistingPage ? m_existingPath : id == RestorePage ? m_backupFile : nullptr;
        if (first)
            first->setFocus();
    });
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

FirstRunWizard::~FirstRunWizard() = default;

QWizardPage *FirstRunWizard::buildWelcome()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Welcome to SifaDesk"));
    page->setSubTitle(tr("SifaDesk keeps your office's mediation cases, community correction and resettlement files "
                         "in one database on this computer."));
    auto *v = new QVBoxLayout(page);
    v->addWidget(wrapped(tr("What would you like to do?"), page));
    m_choice = new QButtonGroup(page);
    const QList<QPair<Choice, QString>> options{
        {Choice::Create, tr("Set up a new database for this office")},
        {Choice::OpenExisting, tr("Open an existing SifaDesk database")},
        {Choice::Restore, tr("Restore a database from a backup file")},
    };
    for (const auto &[id, text] : options) {
        auto *rb = new QRadioButton(text, page);
        rb->setObjectName(QStringLiteral("choice%1").arg(static_cast<int>(id)));
        m_choice->addButton(rb, static_cast<int>(id));
        v->addWidget(rb);
    }
    m_choice->button(static_cast<int>(Choice::Create))->setChecked(true);
    v->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::buildOffice()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your office"));
    page->setSubTitle(tr("The office code is the township's administrative division code: the 6-digit county code "
                         "(GB/T 2260) and the 3-digit township code (GB/T 10114)."));
    auto *form = new QFormLayout(page);
    m_township = new QRadioButton(tr("Township judicial office (司法所)"), page);
    m_county = new QRadioButton(tr("County judicial bureau (县司法局)"), page);
    m_township->setChecked(true);
    auto *modes = new QWidget(page);
    auto *mh = new QHBoxLayout(modes);
    mh->setContentsMargins(0, 0, 0, 0);
    mh->addWidget(m_township);
    mh->addWidget(m_county);
    mh->addStretch();
    form->addRow(tr("Kind:"), modes);

    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("officeCode"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}")), m_code));
    m_code->setPlaceholderText(tr("e.g. 330225101"));
    m_code->setAccessibleName(tr("Office code"));
    form->addRow(tr("Office &code:"), m_code);
    m_codeLookup = new QLabel(page);
    m_codeLookup->setWordWrap(true);
    form->addRow(QString(), m_codeLookup);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("officeName"));
    m_name->setAccessibleName(tr("Office name"));
    form->addRow(tr("Office &name:"), m_name);

    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("databasePath"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    form->addRow(tr("Database &file:"), pathRow(m_path, browse, page));
    form->addRow(QString(), wrapped(tr("Backups are kept in a \"backups\" folder beside the database file."), page));

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = browseForDatabase(m_path->text(), true);
        if (!p.isEmpty())
            m_path->setText(QDir::toNativeSeparators(p));
    });
    connect(m_code, &QLineEdit::textChanged, this, &FirstRunWizard::updateOfficeLookup);
    connect(m_township, &QRadioButton::toggled, this, &FirstRunWizard::updateOfficeLookup);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    return page;
}

QWizardPage *FirstRunWizard::buildAdmin()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The first administrator"));
    page->setSubTitle(tr("The administrator adds the office's users and looks after settings and backups. Case files "
                         "are not open to the administrator: add your own account for daily work afterwards."));
    auto *form = new QFormLayout(page);
    m_adminUser = new QLineEdit(QStringLiteral("admin"), page);
    m_adminUser->setObjectName(QStringLiteral("adminUser"));
    form->addRow(tr("&User name:"), m_adminUser);
    m_adminName = new QLineEdit(page);
    m_adminName->setObjectName(QStringLiteral("adminName"));
    form->addRow(tr("Full &name:"), m_adminName);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("adminConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    form->addRow(QString(), wrapped(tr("At least %1 characters. Write it down and keep it in the office safe: nobody "
                                       "can recover a forgotten administrator password.")
                                        .arg(DbSettings::MinPasswordLength.def.defaultValue.toInt()),
                                    page));
    m_adminError = new QLabel(page);
    m_adminError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_adminError->setWordWrap(true);
    form->addRow(QString(), m_adminError);
    return page;
}

QWizardPage *FirstRunWizard::buildSummary()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Ready to set up"));
    page->setFinalPage(true);
    auto *v = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    v->addWidget(m_summary);
    v->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::buildExisting()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Open an existing database"));
    page->setFinalPage(true);
    auto *form = new QFormLayout(page);
    m_existingPath = new QLineEdit(page);
    m_existingPath->setObjectName(QStringLiteral("existingPath"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    form->addRow(tr("Database &file:"), pathRow(m_existingPath, browse, page));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = browseForDatabase(m_existingPath->text(), false);
        if (!p.isEmpty())
            m_existingPath->setText(QDir::toNativeSeparators(p));
    });
    return page;
}

QWizardPage *FirstRunWizard::buildRestore()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Restore from a backup"));
    page->setSubTitle(tr("The backup is checked before anything is written. If a database already exists at the "
                         "target, it is kept as a safety copy in its backup folder."));
    page->setFinalPage(true);
    auto *form = new QFormLayout(page);
    m_backupFile = new QLineEdit(page);
    m_backupFile->setObjectName(QStringLiteral("backupFile"));
    auto *browseBackup = new QPushButton(tr("Browse…"), page);
    form->addRow(tr("&Backup file:"), pathRow(m_backupFile, browseBackup, page));
    m_restoreTarget = new QLineEdit(page);
    m_restoreTarget->setObjectName(QStringLiteral("restoreTarget"));
    auto *browseTarget = new QPushButton(tr("Browse…"), page);
    form->addRow(tr("Restore &to:"), pathRow(m_restoreTarget, browseTarget, page));
    connect(browseBackup, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Choose a backup"), m_backupFile->text(),
                                                       tr("SifaDesk backups (*.sifabak);;All files (*)"));
        if (!p.isEmpty())
            m_backupFile->setText(QDir::toNativeSeparators(p));
    });
    connect(browseTarget, &QPushButton::clicked, this, [this] {
        const QString p = browseForDatabase(m_restoreTarget->text(), true);
        if (!p.isEmpty())
            m_restoreTarget->setText(QDir::toNativeSeparators(p));
    });
    return page;
}

QString FirstRunWizard::browseForDatabase(const QString &current, bool save)
{
    const QString filter = tr("SifaDesk databases (*.sqlite);;All files (*)");
    return save ? QFileDialog::getSaveFileName(this, tr("Database file"), current, filter, nullptr,
                                               QFileDialog::DontConfirmOverwrite)
                : QFileDialog::getOpenFileName(this, tr("Database file"), current, filter);
}

void FirstRunWizard::updateOfficeLookup()
{
    const OfficeMode mode = m_county->isChecked() ? OfficeMode::County : OfficeMode::Township;
    const QString code = m_code->text().trimmed();
    m_code->setMaxLength(mode == OfficeMode::County ? 6 : 9);
    QStringList notices;
    const Status s = Office::validateCode(mode, code, &notices);
    const Divisions &d = Divisions::instance();
    if (code.isEmpty()) {
        m_codeLookup->clear();
        return;
    }
    if (!s.ok()) {
        m_codeLookup->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_codeLookup->setText(s.message());
        return;
    }
    m_codeLookup->setStyleSheet(notices.isEmpty() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #8a6d00;"));
    const QString full = d.fullName(code).isEmpty() ? d.fullName(code.left(6)) : d.fullName(code);
    m_codeLookup->setText(notices.isEmpty() ? full : full + QStringLiteral(" — ") + notices.join(u' '));
    if (!m_nameEdited) {
        const QString place = d.name(code);
        if (!place.isEmpty())
            m_name->setText(mode == OfficeMode::County ? place + QStringLiteral("司法局") : place + QStringLiteral("司法所"));
    }
}

FirstRunWizard::Choice FirstRunWizard::choice() const
{
    return static_cast<Choice>(m_choice->checkedId());
}

QString FirstRunWizard::databasePath() const
{
    switch (choice()) {
    case Choice::Create: return QDir::fromNativeSeparators(m_path->text().trimmed());
    case Choice::OpenExisting: return QDir::fromNativeSeparators(m_existingPath->text().trimmed());
    case Choice::Restore: return QDir::fromNativeSeparators(m_restoreTarget->text().trimmed());
    }
    return QString();
}

std::unique_ptr<Database> FirstRunWizard::takeDatabase()
{
    return std::move(m_db);
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePage:
        return choice() == Choice::Create ? OfficePage : choice() == Choice::OpenExisting ? ExistingPage : RestorePage;
    case OfficePage: return AdminPage;
    case AdminPage: return SummaryPage;
    default: return -1;
    }
}

void FirstRunWizard::updateSummary()
{
    const OfficeMode mode = m_county->isChecked() ? OfficeMode::County : OfficeMode::Township;
    const QString code = m_code->text().trimmed();
    m_summary->setText(tr("<p>SifaDesk will create the database for <b>%1</b> (%2, code %3) in<br><tt>%4</tt>.</p>"
                          "<p>The administrator is <b>%5</b>. Sign in with this account after Finish, add the "
                          "office's users under <i>Users</i>, and check the office settings.</p>")
                           .arg(m_name->text().trimmed().toHtmlEscaped(),
                                (mode == OfficeMode::County ? tr("county judicial bureau") : tr("township judicial office")),
                                code, QDir::toNativeSeparators(databasePath()).toHtmlEscaped(),
                                m_adminUser->text().trimmed().toHtmlEscaped()));
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case OfficePage: {
        OfficeSetup s;
        s.code = m_code->text().trimmed();
        s.name = m_name->text().trimmed();
        s.mode = m_county->isChecked() ? OfficeMode::County : OfficeMode::Township;
        s.adminUser = QStringLiteral("admin");
        if (Status st = Office::validate(s); !st.ok()) {
            MessageBox::warning(this, tr("Office"), st.message());
            return false;
        }
        if (databasePath().isEmpty() || Database::probe(databasePath()).exists) {
            MessageBox::warning(this, tr("Database file"),
                                tr("Choose a file name that does not exist yet. To use an existing database, go back "
                                   "and choose \"Open an existing SifaDesk database\"."));
            return false;
        }
        return true;
    }
    case AdminPage: {
        if (Status st = Users::validateUsername(m_adminUser->text()); !st.ok()) {
            m_adminError->setText(st.message());
            return false;
        }
        const int min = DbSettings::MinPasswordLength.def.defaultValue.toInt();
        if (m_password->text().size() < min) {
            m_adminError->setText(tr("The password must have at least %1 characters.").arg(min));
            return false;
        }
        if (m_password->text() != m_confirm->text()) {
            m_adminError->setText(tr("The two passwords differ."));
            return false;
        }
        m_adminError->clear();
        updateSummary();
        return true;
    }
    case SummaryPage:
        return createDatabase();
    case ExistingPage: {
        const DbFileInfo info = Database::probe(databasePath());
        if (!info.exists || !info.isSifaDesk) {
            MessageBox::warning(this, tr("Open a database"),
                                info.exists ? tr("This file is not a SifaDesk database.") : tr("There is no file there."));
            return false;
        }
        return true;
    }
    case RestorePage:
        return restoreDatabase();
    default:
        return true;
    }
}

bool FirstRunWizard::createDatabase()
{
    OfficeSetup s;
    s.code = m_code->text().trimmed();
    s.name = m_name->text().trimmed();
    s.mode = m_county->isChecked() ? OfficeMode::County : OfficeMode::Township;
    s.adminUser = m_adminUser->text().trimmed();
    s.adminDisplayName = m_adminName->text().trimmed();
    s.adminPassword = m_password->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Database>> db = Office::createDatabase(databasePath(), s);
    QApplication::restoreOverrideCursor();
    if (!db) {
        MessageBox::critical(this, tr("The database could not be created"), db.message());
        return false;
    }
    m_db = std::move(db).value();
    return true;
}

bool FirstRunWizard::restoreDatabase()
{
    const QString backup = QDir::fromNativeSeparators(m_backupFile->text().trimmed());
    if (backup.isEmpty() || databasePath().isEmpty()) {
        MessageBox::warning(this, tr("Restore"), tr("Choose the backup file and where to restore it."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<RestoreReport> r = Maintenance::restore(databasePath(), backup, Access::fileLevel(osActor()));
    QApplication::restoreOverrideCursor();
    if (!r) {
        MessageBox::critical(this, tr("The backup could not be restored"), r.message());
        return false;
    }
    return true;
}

}  // namespace ui
}  // namespace sifa
