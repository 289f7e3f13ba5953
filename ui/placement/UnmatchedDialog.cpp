#include "placement/UnmatchedDialog.h"

#include "correction/CorrectionUi.h"
#include "io/CsvWriter.h"
#include "people/IdNumber.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "print/PrintDialog.h"
#include "security/AuditLog.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QColor>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

using U = CorrectionUi;

QString state(const UnmatchedPerson &p)
{
    return U::codeName(QStringLiteral("handover_status"), p.handoverStatus);
}

QString source(const UnmatchedPerson &p)
{
    return p.subjectUuid.isEmpty() ? UnmatchedDialog::tr("prison notice") : UnmatchedDialog::tr("file");
}

} // namespace

UnmatchedDialog::UnmatchedDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("People not handed over"));
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of the end of:"), this));
    m_month = new QDateEdit(Clock::today(), this);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setMaximumDate(Clock::today().addMonths(1));
    top->addWidget(m_month);
    auto *intro = new QLabel(tr("Open files not handed over and prison notices whose person was not found, for the "
                                "county bureau each month."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    v->addLayout(top);
    m_table = new QTableWidget(0, 10, this);
    m_table->setObjectName(QStringLiteral("unmatched"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Sex"), tr("ID number"), tr("Prison"), tr("Charge"),
                                        tr("Released"), tr("State"), tr("Days since release"), tr("From"),
                                        tr("Measures taken")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    v->addWidget(m_count);
    auto *h = new QHBoxLayout;
    auto *csv = new QPushButton(tr("Save as CSV…"), this);
    csv->setObjectName(QStringLiteral("saveCsv"));
    csv->setToolTip(tr("With the full ID numbers for the county; recorded in the audit trail."));
    auto *printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("print"));
    printButton->setShortcut(QKeySequence::Print);
    h->addWidget(csv);
    h->addWidget(printButton);
    h->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    h->addWidget(close);
    v->addLayout(h);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, &UnmatchedDialog::saveCsv);
    connect(printButton, &QPushButton::clicked, this, &UnmatchedDialog::print);
    connect(m_month, &QDateEdit::dateChanged, this, &UnmatchedDialog::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row < 0 || row >= m_people.size())
            return;
        const UnmatchedPerson &p = m_people.at(row);
        if (!p.subjectUuid.isEmpty())
            Q_EMIT openFileRequested(p.subjectUuid);
        else
            Q_EMIT openNoticeRequested(p.noticeUuid);
        refresh();
    });
    refresh();
    resize(1120, 560);
}

QDate UnmatchedDialog::month() const
{
    const QDate d = m_month->date();
    return QDate(d.year(), d.month(), 1);
}

void UnmatchedDialog::refresh()
{
    Result<QList<UnmatchedPerson>> people = PlacementService::unmatched(m_db, m_session, month());
    m_people = people ? *people : QList<UnmatchedPerson>();
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_people.size()));
    for (int r = 0; r < m_people.size(); ++r) {
        const UnmatchedPerson &p = m_people.at(r);
        const QStringList cells{p.name,
                                U::codeName(QStringLiteral("sex"), p.sex),
                                IdNumbers::mask(p.idNumber),
                                p.prison,
                                p.charge,
                                U::date(p.releaseDate),
                                state(p),
                                QString::number(p.daysSinceRelease),
                                source(p),
                                p.measures};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(QString(cells.at(c)).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            if (cells.at(c).size() > 20)
                item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
        m_table->item(r, 6)->setForeground(QColor(PlacementUi::handoverColour(p.handoverStatus)));
        m_table->item(r, 7)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    U::fitColumns(m_table);
    m_count->setText(people ? tr("%n person(s) not handed over at the end of %1", nullptr,
                                 static_cast<int>(m_people.size()))
                                  .arg(month().toString(QStringLiteral("yyyy-MM")))
                            : people.message());
}

QList<QStringList> UnmatchedDialog::csvRows() const
{
    QList<QStringList> rows;
    rows << QStringList{tr("No."),      tr("Name"),  tr("Sex"),      tr("ID number"),          tr("Prison"),
                        tr("Charge"),   tr("Released"), tr("State"), tr("Days since release"), tr("Measures taken")};
    int n = 0;
    for (const UnmatchedPerson &p : m_people)
        rows << QStringList{QString::number(++n),     p.name,   U::codeName(QStringLiteral("sex"), p.sex),
                            p.idNumber,               p.prison, p.charge,
                            U::date(p.releaseDate),   state(p), QString::number(p.daysSinceRelease),
                            p.measures};
    return rows;
}

Status UnmatchedDialog::exportCsv(const QString &path)
{
    if (Status s = CsvWriter::write(path, csvRows()); !s.ok())
        return s;
    return AuditLog::append(m_db, m_session.actor(), QStringLiteral("placement.export"), QStringLiteral("rp_subject"),
                            QString(),
                            tr("List of people not handed over, %1: %n person(s)", nullptr,
                               static_cast<int>(m_people.size()))
                                .arg(month().toString(QStringLiteral("yyyy-MM"))));
}

void UnmatchedDialog::saveCsv()
{
    const QString suggested = QDir::home().filePath(
        tr("not-handed-over-%1.csv").arg(month().toString(QStringLiteral("yyyy-MM"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the list"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = exportCsv(path);
    if (!s.ok())
        MessageBox::warning(this, PlacementUi::title(), s.message());
    else
        MessageBox::information(this, PlacementUi::title(), tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

void UnmatchedDialog::print()
{
    PrintDialog dialog(m_db, m_session, PrintDialog::Placement{QString()}, this);
    dialog.selectForm(QStringLiteral("placement-unmatched"));
    dialog.setMonth(month());
    dialog.exec();
}

} // namespace ui
} // namespace sifa
