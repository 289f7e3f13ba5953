#include "correction/ReleaseDialog.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "util/Time.h"
#include "widgets/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

ReleaseDialog::ReleaseDialog(Database &db, const Session &session, const SubjectFile &file, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_file(file)
{
    setWindowTitle(tr("Release from community correction: %1").arg(file.person.name));
    auto *v = new QVBoxLayout(this);
    const QDate end = file.subject.date(QStringLiteral("period_to"));
    auto *intro = new QLabel(tr("The period ends on %1. The appraisal goes with the person to the resettlement file; "
                                "the release is announced in public and the certificate issued.")
                                 .arg(CorrectionUi::date(end)),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);

    auto *grid = new QGridLayout;
    auto *releaseBox = new QGroupBox(tr("Release"), this);
    auto *rfOuter = new QVBoxLayout(releaseBox);
    auto *rf = new QFormLayout;
    rfOuter->addLayout(rf);
    rfOuter->addStretch(1);
    rf->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_date = date(QStringLiteral("date"), false);
    m_date->setValue(end.isValid() && end < Clock::today() ? end : Clock::today());
    rf->addRow(tr("Released on *:"), m_date);
    m_early = line(QStringLiteral("early_reason"));
    m_early->setPlaceholderText(tr("e.g. the amnesty decree"));
    m_earlyLabel = new QLabel(tr("Before the end because *:"), releaseBox);
    rf->addRow(m_earlyLabel, m_early);
    rf->addRow(tr("Announced on:"), date(QStringLiteral("release_announced_date"), true));
    rf->addRow(tr("Announced at:"), line(QStringLiteral("release_place")));
    rf->addRow(tr("Certificate no.:"), line(QStringLiteral("certificate_no")));
    rf->addRow(tr("Person's summary:"), text(QStringLiteral("summary_text"), 4));
    rf->addRow(tr("Summary dated:"), date(QStringLiteral("summary_date"), true));
    grid->addWidget(releaseBox, 0, 0);

    auto *appraisalBox = new QGroupBox(tr("The office's appraisal"), this);
    auto *afOuter = new QVBoxLayout(appraisalBox);
    auto *af = new QFormLayout;
    afOuter->addLayout(af);
    afOuter->addStretch(1);
    af->setRowWrapPolicy(QFormLayout::DontWrapRows);
    af->addRow(tr("Conduct under correction *:"), text(QStringLiteral("appraisal_conduct"), 3));
    af->addRow(tr("Attitude to the crime:"), text(QStringLiteral("appraisal_attitude"), 2));
    auto *skills = text(QStringLiteral("appraisal_skills"), 2);
    skills->setPlaceholderText(tr("training taken, certificates, skills and their level"));
    af->addRow(tr("Skills and training:"), skills);
    af->addRow(tr("Risk assessment:"), line(QStringLiteral("appraisal_risk")));
    af->addRow(tr("Family relations:"), line(QStringLiteral("appraisal_family")));
    af->addRow(tr("Advice for resettlement *:"), text(QStringLiteral("appraisal_advice"), 3));
    af->addRow(tr("Special circumstances:"), text(QStringLiteral("appraisal_remarks"), 2));
    auto *appraised = date(QStringLiteral("appraisal_date"), true);
    appraised->setValue(Clock::today());
    af->addRow(tr("Appraisal dated:"), appraised);
    grid->addWidget(appraisalBox, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    v->addLayout(grid, 1);

    // What an earlier attempt or the import left in the file.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = file.subject.text(it.key());
        if (value.isEmpty())
            continue;
        if (auto *t = qobject_cast<QPlainTextEdit *>(it.value()))
            t->setPlainText(value);
        else if (auto *l = qobject_cast<QLineEdit *>(it.value()))
            l->setText(value);
        else if (auto *d = qobject_cast<DateField *>(it.value()); d && d != m_date)
            d->setValue(file.subject.date(it.key()));
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Release"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReleaseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &ReleaseDialog::updateEarly);
    updateEarly();
    resize(980, 600);
}

QPlainTextEdit *ReleaseDialog::text(const QString &key, int lines)
{
    auto *t = new QPlainTextEdit(this);
    t->setObjectName(key);
    t->setTabChangesFocus(true);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * lines + 12);
    m_fields.insert(key, t);
    return t;
}

QLineEdit *ReleaseDialog::line(const QString &key)
{
    auto *l = new QLineEdit(this);
    l->setObjectName(key);
    m_fields.insert(key, l);
    return l;
}

DateField *ReleaseDialog::date(const QString &key, bool optional)
{
    auto *d = new DateField(optional, this);
    d->setObjectName(key);
    d->setLatest(Clock::today());
    m_fields.insert(key, d);
    return d;
}

void ReleaseDialog::updateEarly()
{
    const QDate end = m_file.subject.date(QStringLiteral("period_to"));
    const bool early = end.isValid() && m_date->value() < end;
    m_early->setVisible(early);
    m_earlyLabel->setVisible(early);
}

QString ReleaseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReleaseDialog::save()
{
    QVariantMap appraisal;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("date") || key == QLatin1String("early_reason"))
            continue;
        if (auto *t = qobject_cast<QPlainTextEdit *>(it.value()))
            appraisal.insert(key, t->toPlainText().trimmed());
        else if (auto *l = qobject_cast<QLineEdit *>(it.value()))
            appraisal.insert(key, l->text().trimmed());
        else if (auto *d = qobject_cast<DateField *>(it.value()))
            appraisal.insert(key, CorrectionUi::date(d->value()));
    }
    const QString early = !m_early->isHidden() ? m_early->text().trimmed() : QString();
    const Status s = CorrectionService::release(m_db, m_session, m_file.uuid(), m_date->value(), appraisal, early);
    if (!s.ok()) {
        m_error->setText(s.message());
        m_error->show();
        if (QWidget *w = m_fields.value(s.error().field))
            w->setFocus();
        return;
    }
    accept();
}

} // namespace ui
} // namespace sifa
