#include "correction/KeyPeriodDialog.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "util/Time.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

KeyPeriodDialog::KeyPeriodDialog(Database &db, const Session &session, QWidget *parent)
    : FormDialog(tr("Declare a key period"),
                 tr("During a key period (a holiday, a major event) the chosen people report every day."), parent),
      m_db(db), m_session(session)
{
    const QDate today = Clock::today();
    addLine(QStringLiteral("name"), tr("Name *:"))->setPlaceholderText(tr("e.g. 春节期间"));
    addDate(QStringLiteral("start_date"), tr("From *:"), today, false, false);
    addDate(QStringLiteral("end_date"), tr("Until *:"), today.addDays(6), false, false);
    addLine(QStringLiteral("note"), tr("Note:"));

    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_subjects = new QListWidget(box);
    m_subjects->setObjectName(QStringLiteral("keySubjects"));
    m_subjects->setMinimumHeight(220);
    v->addWidget(m_subjects, 1);
    auto *h = new QHBoxLayout;
    auto *all = new QPushButton(tr("All"), box);
    auto *none = new QPushButton(tr("None"), box);
    auto *strict = new QPushButton(tr("Strict grade"), box);
    strict->setToolTip(tr("Everyone under the strict grade"));
    h->addWidget(all);
    h->addWidget(none);
    h->addWidget(strict);
    h->addStretch(1);
    v->addLayout(h);
    addWidget(tr("Who *:"), box);

    SubjectQuery q;
    q.status = QStringLiteral("active");
    const QList<SubjectListItem> list = CorrectionService::list(m_db, m_session, q).value_or({});
    for (const SubjectListItem &s : list) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %3")
                .arg(s.name, CorrectionUi::codeName(QStringLiteral("correction_type"), s.correctionType),
                     s.grade.isEmpty() ? CorrectionService::statusName(s.status)
                                       : CorrectionUi::codeName(QStringLiteral("supervision_grade"), s.grade)),
            m_subjects);
        item->setData(Qt::UserRole, s.uuid);
        item->setData(Qt::UserRole + 1, s.grade);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto setAll = [this](const std::function<bool(QListWidgetItem *)> &on) {
        for (int i = 0; i < m_subjects->count(); ++i)
            m_subjects->item(i)->setCheckState(on(m_subjects->item(i)) ? Qt::Checked : Qt::Unchecked);
    };
    connect(all, &QPushButton::clicked, this, [setAll] { setAll([](QListWidgetItem *) { return true; }); });
    connect(none, &QPushButton::clicked, this, [setAll] { setAll([](QListWidgetItem *) { return false; }); });
    connect(strict, &QPushButton::clicked, this, [setAll] {
        setAll([](QListWidgetItem *i) { return i->data(Qt::UserRole + 1).toString() == QLatin1String("strict"); });
    });
    setAction([this] { return declare(); });
    setMinimumWidth(560);
}

void KeyPeriodDialog::setChecked(const QStringList &uuids)
{
    for (int i = 0; i < m_subjects->count(); ++i) {
        QListWidgetItem *item = m_subjects->item(i);
        item->setCheckState(uuids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList KeyPeriodDialog::chosen() const
{
    QStringList out;
    for (int i = 0; i < m_subjects->count(); ++i) {
        if (m_subjects->item(i)->checkState() == Qt::Checked)
            out << m_subjects->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

Status KeyPeriodDialog::declare()
{
    const Result<QString> uuid = CorrectionService::declareKeyPeriod(
        m_db, m_session, text(QStringLiteral("name")), date(QStringLiteral("start_date")),
        date(QStringLiteral("end_date")), chosen(), text(QStringLiteral("note")));
    if (!uuid)
        return uuid.status();
    m_savedUuid = *uuid;
    return Status();
}

} // namespace ui
} // namespace sifa
