#include "placement/RecordSection.h"

#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

RecordSection::RecordSection(Database &db, const Session &session, const QString &entity, const QString &name,
                             const QString &title, const QStringList &headers, Cells cells, Editor editor,
                             QWidget *parent)
    : QGroupBox(title, parent), m_db(db), m_session(session), m_entity(entity), m_cells(std::move(cells)),
      m_editor(std::move(editor))
{
    setObjectName(name + QStringLiteral("Box"));
    auto *v = new QVBoxLayout(this);
    m_table = CorrectionUi::recordTable(this, name, headers);
    v->addWidget(m_table, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(name + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_note->hide();
    v->addWidget(m_note);
    auto *h = new QHBoxLayout;
    QString cap = name;
    cap[0] = cap.at(0).toUpper();
    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("add") + cap);
    m_edit = new QPushButton(tr("Change…"), this);
    m_edit->setObjectName(QStringLiteral("edit") + cap);
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("remove") + cap);
    for (QPushButton *b : {m_add, m_edit, m_remove})
        h->addWidget(b);
    h->addStretch(1);
    v->addLayout(h);
    connect(m_add, &QPushButton::clicked, this, &RecordSection::add);
    connect(m_edit, &QPushButton::clicked, this, &RecordSection::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &RecordSection::removeSelected);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (m_writable)
            editSelected();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = CorrectionUi::selected(m_table, m_records) != nullptr;
        m_edit->setEnabled(any);
        m_remove->setEnabled(any);
    });
}

void RecordSection::setRecords(const QList<Record> &records, bool writable)
{
    m_records = records;
    m_writable = writable;
    CorrectionUi::fill(m_table, m_records, m_cells);
    const bool any = CorrectionUi::selected(m_table, m_records) != nullptr;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        b->setVisible(writable);
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

void RecordSection::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void RecordSection::add()
{
    if (m_writable && m_editor(Record()))
        Q_EMIT changed();
}

void RecordSection::editSelected()
{
    const Record *r = CorrectionUi::selected(m_table, m_records);
    if (m_writable && r && m_editor(*r))
        Q_EMIT changed();
}

void RecordSection::removeSelected()
{
    const Record *r = CorrectionUi::selected(m_table, m_records);
    if (!m_writable || !r)
        return;
    const std::optional<QString> reason =
        MessageBox::getText(this, tr("Remove"), tr("Why is this record removed? The change log keeps it."));
    if (!reason)
        return;
    const Status s = PlacementService::removeRecord(m_db, m_session, m_entity, r->uuid, *reason);
    if (!s.ok()) {
        MessageBox::warning(this, PlacementUi::title(), s.message());
        return;
    }
    Q_EMIT changed();
}

} // namespace ui
} // namespace sifa
