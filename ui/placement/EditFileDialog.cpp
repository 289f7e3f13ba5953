#include "placement/EditFileDialog.h"

#include "placement/FileFields.h"
#include "placement/PlacementService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

EditFileDialog::EditFileDialog(Database &db, const Session &session, const PlacementFile &file, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_uuid(file.uuid())
{
    setWindowTitle(tr("Correct the file: %1").arg(file.person.name));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Corrections are kept in the file's history. The person's own data is corrected in "
                                "the people index; the hand-over, the category and the end are steps of the file."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_fields = new FileFields(session, this);
    m_fields->setRecord(file.subject);
    v->addWidget(m_fields, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditFileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 560);
}

QString EditFileDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EditFileDialog::save()
{
    const QVariantMap changes = m_fields->changes();
    const Status s = changes.isEmpty() ? Status() : PlacementService::update(m_db, m_session, m_uuid, changes);
    if (!s.ok()) {
        m_error->setText(s.message());
        m_error->show();
        if (QWidget *w = m_fields->fieldWidget(s.error().field))
            w->setFocus();
        return;
    }
    accept();
}

} // namespace ui
} // namespace sifa
