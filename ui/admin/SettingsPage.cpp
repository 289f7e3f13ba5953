#include "admin/SettingsPage.h"

#include "admin/MaintenancePanel.h"
#include "domain/Numbering.h"
#include "domain/Office.h"
#include "i18n/Translations.h"
#include "print/CorrectionForms.h"
#include "settings/DbSettings.h"
#include "shell/UiSettings.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

SettingsPage::SettingsPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Settings")), this));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *v = new QVBoxLayout(content);
    v->addWidget(buildPersonal());
    v->addWidget(buildOfficeInfo());
    if (session.can(Permission::SettingsManage))
        v->addWidget(buildOfficeSettings());
    if (session.can(Permission::BackupRun) || session.can(Permission::MaintenanceCheck)) {
        m_maintenance = new MaintenancePanel(db, session, content);
        connect(m_maintenance, &MaintenancePanel::restoreRequested, this, &SettingsPage::restoreRequested);
        v->addWidget(m_maintenance);
    }
    v->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
}

QWidget *SettingsPage::buildPersonal()
{
    auto *box = new QGroupBox(tr("Your settings on this computer"), this);
    auto *form = new QFormLayout(box);
    auto *language = new QComboBox(box);
    language->setObjectName(QStringLiteral("language"));
    for (const QString &l : Translations::available())
        language->addItem(Translations::displayName(l), l);
    language->setCurrentIndex(language->findData(UiSettings::language()));
    form->addRow(tr("&Language:"), language);
    connect(language, &QComboBox::currentIndexChanged, this, [this, language] {
        UiSettings::setLanguage(language->currentData().toString());
        MessageBox::information(this, tr("Language"), tr("The new language is used when SifaDesk starts next time."));
    });
    auto *password = new QPushButton(tr("Change my &password…"), box);
    password->setObjectName(QStringLiteral("changePassword"));
    auto *row = new QHBoxLayout;
    row->addWidget(password);
    row->addStretch();
    form->addRow(tr("Account %1:").arg(m_session.username), row);
    connect(password, &QPushButton::clicked, this, &SettingsPage::changePasswordRequested);
    return box;
}

QWidget *SettingsPage::buildOfficeInfo()
{
    auto *box = new QGroupBox(tr("This office"), this);
    auto *form = new QFormLayout(box);
    const OfficeInfo info = Office::info(m_db);
    auto label = [box](const QString &text) {
        auto *l = new QLabel(text, box);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    form->addRow(tr("Name:"), label(info.name));
    form->addRow(tr("Code:"), label(info.code));
    form->addRow(tr("Area:"), label(info.divisionName));
    form->addRow(tr("Kind:"), label(info.isCounty() ? tr("county judicial bureau") : tr("township judicial office")));
    form->addRow(tr("Database file:"), label(QDir::toNativeSeparators(m_db.path())));
    return box;
}

QWidget *SettingsPage::buildOfficeSettings()
{
    auto *box = new QGroupBox(tr("Office settings"), this);
    auto *form = new QFormLayout(box);
    for (const SettingDef *def : DbSettings::all()) {
        const QVariant value = DbSettings::value(m_db, *def);
        QWidget *editor = nullptr;
        switch (def->type) {
        case SettingDef::Type::Int: {
            auto *spin = new QSpinBox(box);
            spin->setRange(def->min, def->max);
            spin->setValue(value.toInt());
            spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 60);
            editor = spin;
            break;
        }
        case SettingDef::Type::Bool: {
            auto *check = new QCheckBox(box);
            check->setChecked(value.toBool());
            editor = check;
            break;
        }
        case SettingDef::Type::Text: {
            auto *edit = new QLineEdit(value.toString(), box);
            editor = edit;
            break;
        }
        }
        editor->setObjectName(def->key);
        m_editors.insert(def->key, editor);
        form->addRow(DbSettings::label(*def), editor);
    }
    // Empty, the correction forms name the county's bureau: shown as the placeholder.
    if (auto *agency = qobject_cast<QLineEdit *>(m_editors.value(DbSettings::CountyCorrectionAgency.def.key)))
        agency->setPlaceholderText(Office::defaultCountyCorrectionAgency(m_db));
    auto *abbreviation = qobject_cast<QLineEdit *>(m_editors.value(DbSettings::OfficeAbbreviation.def.key));
    for (const DocType &t : Numbering::docTypes()) {
        auto *edit = new QLineEdit(Numbering::pattern(m_db, t.id), box);
        edit->setObjectName(QStringLiteral("numbering.") + t.id);
        auto *preview = new QLabel(box);
        m_patterns.insert(t.id, edit);
        m_previews.insert(t.id, preview);
        auto update = [edit, preview, abbreviation, this] {
            const Status s = Numbering::validatePattern(edit->text());
            preview->setText(s.ok() ? tr("Next: %1").arg(Numbering::format(edit->text(), Clock::today().year(), 1,
                                                                           abbreviation ? abbreviation->text() : QString()))
                                    : s.message());
        };
        connect(edit, &QLineEdit::textChanged, this, update);
        if (abbreviation)
            connect(abbreviation, &QLineEdit::textChanged, this, update);
        update();
        form->addRow(Numbering::label(t.id), edit);
        form->addRow(QString(), preview);
    }
    auto *save = new QPushButton(tr("&Save office settings"), box);
    save->setObjectName(QStringLiteral("saveSettings"));
    auto *row = new QHBoxLayout;
    row->addWidget(save);
    row->addStretch();
    form->addRow(QString(), row);
    connect(save, &QPushButton::clicked, this, &SettingsPage::saveOfficeSettings);
    return box;
}

void SettingsPage::saveOfficeSettings()
{
    Transaction tx(m_db);
    for (const SettingDef *def : DbSettings::all()) {
        QWidget *w = m_editors.value(def->key);
        QVariant value;
        if (auto *spin = qobject_cast<QSpinBox *>(w))
            value = spin->value();
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            value = check->isChecked();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            value = edit->text();
        if (DbSettings::value(m_db, *def) == value)
            continue;
        if (Status s = DbSettings::set(m_db, m_session, *def, value); !s.ok()) {
            MessageBox::warning(this, tr("Settings"), s.message());
            return;
        }
    }
    for (auto it = m_patterns.cbegin(); it != m_patterns.cend(); ++it) {
        if (Numbering::pattern(m_db, it.key()) == it.value()->text().trimmed())
            continue;
        if (Status s = Numbering::setPattern(m_db, m_session, it.key(), it.value()->text()); !s.ok()) {
            MessageBox::warning(this, tr("Settings"), s.message());
            return;
        }
    }
    if (Status s = tx.commit(); !s.ok()) {
        MessageBox::critical(this, tr("Settings"), s.message());
        return;
    }
    MessageBox::information(this, tr("Settings"), tr("The office settings were saved."));
    if (m_maintenance)
        m_maintenance->refreshBackups();
}

}  // namespace ui
}  // namespace sifa
