#include "mediation/AgreementDialog.h"

#include "mediation/DisputeService.h"
#include "mediation/MediationCodes.h"
#include "util/Time.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {
enum ClauseColumn { Text, Amount, Due };
}

AgreementDialog::AgreementDialog(Database &db, const Session &session, const Dispute &dispute, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_dispute(dispute)
{
    setWindowTitle(tr("Record the agreement — %1").arg(dispute.displayTitle()));
    auto *v = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("form"));
    for (const auto &[id, label] : MediationCodes::agreementForms())
        m_form->addItem(label, id);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("agreement_no"));
    m_number->setPlaceholderText(tr("left empty: the next number of the office's sequence"));
    m_agreed = new DateField(false, this);
    m_agreed->setObjectName(QStringLiteral("agreed_date"));
    m_agreed->setLatest(Clock::today());
    m_effective = new DateField(true, this);
    m_effective->setObjectName(QStringLiteral("effective_date"));
    m_effective->setToolTip(tr("A written agreement takes effect when the parties and the mediator have signed and the "
                               "committee's seal is on it; left empty: the day it was reached."));
    m_facts = new QPlainTextEdit(this);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setTabChangesFocus(true);
    m_facts->setMinimumHeight(m_facts->fontMetrics().lineSpacing() * 4 + 12);
    m_clauses = new QTableWidget(0, 3, this);
    m_clauses->setObjectName(QStringLiteral("clauses"));
    m_clauses->setHorizontalHeaderLabels({tr("Term"), tr("Amount (yuan)"), tr("Due (yyyy-mm-dd)")});
    m_clauses->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_clauses->verticalHeader()->setVisible(true);
    m_clauses->setMinimumHeight(140);
    auto *clauseButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a term"), this);
    auto *remove = new QPushButton(tr("Remove the term"), this);
    auto *up = new QPushButton(tr("Move up"), this);
    clauseButtons->addWidget(add);
    clauseButtons->addWidget(remove);
    clauseButtons->addWidget(up);
    clauseButtons->addStretch(1);
    m_method = new QLineEdit(this);
    m_method->setObjectName(QStringLiteral("performance_method"));
    m_method->setPlaceholderText(tr("e.g. 现金一次性支付"));
    m_deadline = new DateField(true, this);
    m_deadline->setObjectName(QStringLiteral("performance_deadline"));
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("copies"));
    m_copies->setRange(0, 20);
    m_copies->setSpecialValueText(tr("one per party and one for the file"));
    m_performedAtOnce = new QCheckBox(tr("Performed on the spot (the case is closed at once)"), this);
    m_performedAtOnce->setObjectName(QStringLiteral("performed_at_once"));

    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("Agreement &number:"), m_number);
    form->addRow(tr("Reached on *:"), m_agreed);
    form->addRow(tr("In force from:"), m_effective);
    form->addRow(tr("Facts, matters in dispute and liability:"), m_facts);
    v->addLayout(form);
    v->addWidget(new QLabel(tr("Terms agreed (in order):"), this));
    v->addWidget(m_clauses, 1);
    v->addLayout(clauseButtons);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("Performance &method:"), m_method);
    form2->addRow(tr("Performance &deadline:"), m_deadline);
    form2->addRow(tr("Copies:"), m_copies);
    form2->addRow(QString(), m_performedAtOnce);
    v->addLayout(form2);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &AgreementDialog::addRow);
    connect(remove, &QPushButton::clicked, this, &AgreementDialog::removeRow);
    connect(up, &QPushButton::clicked, this, &AgreementDialog::moveUp);
    connect(m_form, &QComboBox::currentIndexChanged, this, &AgreementDialog::updateForm);
    addRow();
    updateForm();
    resize(760, 720);
}

void AgreementDialog::updateForm()
{
    const bool written = m_form->currentData().toString() == QLatin1String("written");
    m_number->setEnabled(written);
    m_copies->setEnabled(written);
}

void AgreementDialog::addRow()
{
    const int row = m_clauses->rowCount();
    m_clauses->insertRow(row);
    for (int c = 0; c < 3; ++c)
        m_clauses->setItem(row, c, new QTableWidgetItem);
    m_clauses->setCurrentCell(row, Text);
}

void AgreementDialog::addClause(const QString &text, qint64 amountFen, const QDate &due)
{
    int row = m_clauses->rowCount() - 1;
    if (row < 0 || !m_clauses->item(row, Text)->text().isEmpty()) {
        addRow();
        row = m_clauses->rowCount() - 1;
    }
    m_clauses->item(row, Text)->setText(text);
    m_clauses->item(row, Amount)->setText(amountFen ? formatYuan(amountFen) : QString());
    m_clauses->item(row, Due)->setText(toStoredDate(due));
}

void AgreementDialog::removeRow()
{
    const int row = m_clauses->currentRow();
    if (row >= 0)
        m_clauses->removeRow(row);
}

void AgreementDialog::moveUp()
{
    const int row = m_clauses->currentRow();
    if (row <= 0)
        return;
    for (int c = 0; c < 3; ++c) {
        QTableWidgetItem *a = m_clauses->takeItem(row, c);
        QTableWidgetItem *b = m_clauses->takeItem(row - 1, c);
        m_clauses->setItem(row - 1, c, a);
        m_clauses->setItem(row, c, b);
    }
    m_clauses->setCurrentCell(row - 1, m_clauses->currentColumn());
}

void AgreementDialog::setAgreement(const Agreement &a)
{
    m_original = a;
    m_editing = true;
    setWindowTitle(tr("Correct the agreement — %1").arg(m_dispute.displayTitle()));
    m_form->setCurrentIndex(qMax(0, m_form->findData(a.form)));
    m_number->setText(a.agreementNo);
    m_agreed->setValue(a.agreedDate);
    m_effective->setValue(a.effectiveDate);
    m_facts->setPlainText(a.facts);
    m_clauses->setRowCount(0);
    for (const AgreementClause &c : a.clauses) {
        addRow();
        const int row = m_clauses->rowCount() - 1;
        m_clauses->item(row, Text)->setText(c.text);
        m_clauses->item(row, Text)->setData(Qt::UserRole, c.uuid);
        m_clauses->item(row, Amount)->setText(c.amountFen ? formatYuan(c.amountFen) : QString());
        m_clauses->item(row, Due)->setText(toStoredDate(c.dueDate));
    }
    m_method->setText(a.performanceMethod);
    m_deadline->setValue(a.performanceDeadline);
    m_copies->setValue(a.copies);
    m_performedAtOnce->hide();
    updateForm();
}

Agreement AgreementDialog::agreement() const
{
    Agreement a = m_original;
    a.disputeUuid = m_dispute.uuid;
    a.form = m_form->currentData().toString();
    a.agreementNo = a.form == QLatin1String("written") ? m_number->text().trimmed() : QString();
    a.agreedDate = m_agreed->value();
    a.effectiveDate = m_effective->value();
    a.facts = m_facts->toPlainText().trimmed();
    a.performanceMethod = m_method->text().trimmed();
    a.performanceDeadline = m_deadline->value();
    a.copies = m_copies->value();
    a.amountFen = 0;  // the terms' total
    a.clauses.clear();
    for (int row = 0; row < m_clauses->rowCount(); ++row) {
        const QString text = m_clauses->item(row, Text)->text().trimmed();
        const QString amount = m_clauses->item(row, Amount)->text().trimmed();
        const QString due = m_clauses->item(row, Due)->text().trimmed();
        if (text.isEmpty() && amount.isEmpty() && due.isEmpty())
            continue;
        AgreementClause c;
        c.uuid = m_clauses->item(row, Text)->data(Qt::UserRole).toString();
        c.text = text;
        c.amountFen = parseYuan(amount).value_or(-1);
        c.dueDate = due.isEmpty() ? QDate() : QDate::fromString(due, QStringLiteral("yyyy-MM-dd"));
        a.clauses << c;
    }
    return a;
}

QString AgreementDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AgreementDialog::save()
{
    const Agreement a = agreement();
    QString problem;
    for (int row = 0; row < m_clauses->rowCount() && problem.isEmpty(); ++row) {
        const QString amount = m_clauses->item(row, Amount)->text().trimmed();
        const QString due = m_clauses->item(row, Due)->text().trimmed();
        if (!amount.isEmpty() && !parseYuan(amount))
            problem = tr("Term %1: write the amount in yuan, e.g. 1500 or 1500.50.").arg(row + 1);
        else if (!due.isEmpty() && !QDate::fromString(due, QStringLiteral("yyyy-MM-dd")).isValid())
            problem = tr("Term %1: write the due date as yyyy-mm-dd.").arg(row + 1);
    }
    Status s;
    if (problem.isEmpty()) {
        s = m_editing ? DisputeService::updateAgreement(m_db, m_session, a)
                      : DisputeService::recordAgreement(m_db, m_session, a, m_performedAtOnce->isChecked()).status();
        if (!s.ok())
            problem = s.message();
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    accept();
}

}  // namespace ui
}  // namespace sifa
