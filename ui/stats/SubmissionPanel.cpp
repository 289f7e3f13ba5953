#include "stats/SubmissionPanel.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
const QColor kChanged(0xff, 0xf3, 0xc4);

QString number(double v)
{
    // Whole numbers as such, others with the two decimals money and rates need at most.
    return v == static_cast<double>(static_cast<qint64>(v)) ? QLocale().toString(static_cast<qint64>(v))
                                                            : QLocale().toString(v, 'f', 2);
}

}  // namespace

SubmissionPanel::SubmissionPanel(QWidget *parent) : QGroupBox(tr("Submission to the county"), parent)
{
    setObjectName(QStringLiteral("submissionPanel"));
    auto *v = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("submissionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    v->addWidget(m_status);
    m_changedLabel = new QLabel(this);
    m_changedLabel->setObjectName(QStringLiteral("changesLabel"));
    m_changedLabel->setWordWrap(true);
    m_changedLabel->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    v->addWidget(m_changedLabel);
    m_changes = new QTableWidget(0, 4, this);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setHorizontalHeaderLabels({tr("Figure"), tr("Submitted"), tr("Now"), tr("Difference")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->verticalHeader()->setVisible(false);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_changes->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_changes->setStyleSheet(QStringLiteral("QTableWidget { background: #fff8e1; }"));
    m_changes->setMaximumHeight(170);
    v->addWidget(m_changes);
    auto *h = new QHBoxLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("submissionNote"));
    m_note->setPlaceholderText(tr("Note for the county (optional)"));
    m_note->setMaxLength(500);
    m_submit = new QPushButton(tr("&Submit…"), this);
    m_submit->setObjectName(QStringLiteral("submit"));
    h->addWidget(m_note, 1);
    h->addWidget(m_submit);
    v->addLayout(h);
    connect(m_submit, &QPushButton::clicked, this, &SubmissionPanel::submitRequested);
    connect(m_changes, &QTableWidget::itemClicked, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *first = m_changes->item(item->row(), 0);
        if (first && !first->data(kKeyRole).toString().isEmpty())
            Q_EMIT figureSelected(first->data(kKeyRole).toString());
    });
    setSubmission(std::nullopt, {});
}

void SubmissionPanel::setSubmission(const std::optional<StatSubmission> &submission, const QList<StatChange> &changes,
                                    const QString &submitter)
{
    m_changes->setRowCount(0);
    if (!submission) {
        m_status->setText(tr("This report has not been submitted for this period."));
        m_changedLabel->hide();
        m_changes->hide();
        return;
    }
    const StatSubmission &s = *submission;
    QString text = tr("Submitted on %1 by %2 (counting rules %3).")
                       .arg(QLocale().toString(s.submittedDate, QLocale::ShortFormat),
                            (submitter.isEmpty() ? s.submittedBy : submitter).toHtmlEscaped(),
                            s.ruleVersion.isEmpty() ? tr("not recorded") : s.ruleVersion.toHtmlEscaped());
    if (!s.note.isEmpty())
        text += QStringLiteral("<br>") + tr("Note: %1").arg(s.note.toHtmlEscaped());
    if (!s.acceptedWarnings.isEmpty())
        text += QStringLiteral("<br>") + tr("%n warning(s) accepted when it was submitted.", nullptr,
                                            static_cast<int>(s.acceptedWarnings.size()));
    m_status->setText(text);
    if (changes.isEmpty()) {
        m_changedLabel->setText(tr("No figure has changed since it was submitted."));
        m_changedLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_changedLabel->show();
        m_changes->hide();
        return;
    }
    m_changedLabel->setText(tr("%n figure(s) changed since the submission: records were added or corrected "
                               "afterwards. Submit again if the county should have the new figures.",
                               nullptr, static_cast<int>(changes.size())));
    m_changedLabel->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    m_changedLabel->show();
    m_changes->setRowCount(static_cast<int>(changes.size()));
    for (int r = 0; r < changes.size(); ++r) {
        const StatChange &c = changes.at(r);
        const QString unit = c.unit.isEmpty() ? QString() : QLatin1Char(' ') + c.unit;
        const QString submitted = c.added ? tr("(not in it)") : number(c.submitted) + unit;
        const QString now = c.removed ? tr("(no longer counted)") : number(c.current) + unit;
        const double diff = c.current - c.submitted;
        const QString difference = c.added || c.removed ? QString()
                                                        : (diff > 0 ? QStringLiteral("+") : QString()) + number(diff);
        const QStringList cells{c.label.isEmpty() ? c.key : c.label, submitted, now, difference};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setBackground(QBrush(kChanged));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(kKeyRole, c.key);
            m_changes->setItem(r, col, item);
        }
    }
    m_changes->show();
}

void SubmissionPanel::setUnavailable(const QString &message)
{
    m_status->setText(message.toHtmlEscaped());
    m_changedLabel->hide();
    m_changes->setRowCount(0);
    m_changes->hide();
}

void SubmissionPanel::setSubmitEnabled(bool enabled, const QString &why)
{
    m_submit->setEnabled(enabled);
    m_submit->setToolTip(why);
}

QString SubmissionPanel::note() const
{
    return m_note->text().trimmed();
}

void SubmissionPanel::clearNote()
{
    m_note->clear();
}

}  // namespace ui
}  // namespace sifa
