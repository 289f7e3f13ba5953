#include "stats/DrillDialog.h"

#include "stats/RecordOpener.h"
#include "stats/StatExport.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sifa {
namespace ui {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;

}  // namespace

DrillDialog::DrillDialog(Database &db, const Session &session, const StatDrill &drill, const QString &context,
                         QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_drill(drill)
{
    setObjectName(QStringLiteral("drillDialog"));
    //: The window listing the records behind a figure: %1 the figure
    setWindowTitle(tr("Records behind \"%1\"").arg(drill.label));
    auto *v = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<h3>%1</h3>%2").arg(drill.label.toHtmlEscaped(), context.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    v->addWidget(heading);
    if (!drill.note.isEmpty()) {
        auto *note = new QLabel(drill.note, this);
        note->setObjectName(QStringLiteral("drillNote"));
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #555;"));
        v->addWidget(note);
    }

    m_table = new QTableWidget(static_cast<int>(drill.rows.size()), static_cast<int>(drill.headers.size()), this);
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setHorizontalHeaderLabels(drill.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    bool anyOpens = false;
    double sum = 0;
    bool weighted = false;
    for (int r = 0; r < drill.rows.size(); ++r) {
        const StatDrill::Row &row = drill.rows.at(r);
        const bool opens = RecordOpener::canOpen(row.entity) && !row.uuid.isEmpty();
        anyOpens = anyOpens || opens;
        sum += row.value;
        weighted = weighted || row.value != 1;
        for (int c = 0; c < drill.headers.size(); ++c) {
            auto *item = new QTableWidgetItem(row.cells.value(c));
            item->setToolTip(opens ? tr("%1\nDouble-click or press Enter to open the record.").arg(row.cells.value(c))
                                   : row.cells.value(c));
            item->setData(kRowRole, r);
            m_table->setItem(r, c, item);
        }
    }
    // Sortable by a click on a heading; shown first in the order the figure lists them.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // A column empty in every row (a detail not recorded) takes no room.
    for (int c = 0; c < drill.headers.size(); ++c) {
        const bool empty = std::all_of(drill.rows.cbegin(), drill.rows.cend(),
                                       [c](const StatDrill::Row &row) { return row.cells.value(c).isEmpty(); });
        m_table->setColumnHidden(c, empty && !drill.rows.isEmpty());
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 360));
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("drillSummary"));
    QString summary = tr("%n record(s).", nullptr, static_cast<int>(drill.rows.size()));
    if (weighted)
        summary += QLatin1Char(' ') + tr("Together: %1.").arg(QLocale().toString(sum, 'f', 2));
    if (anyOpens)
        summary += QLatin1Char(' ') + tr("Double-click a row (or press Enter) to open its record.");
    m_summary->setText(summary);
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportDrill"));
    exportButton->setToolTip(tr("Saves this list as an Excel workbook (XLSX) or a CSV file."));
    exportButton->setEnabled(!drill.rows.isEmpty());
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &DrillDialog::exportList);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    resize(std::min(1100, std::max(640, m_table->horizontalHeader()->length() + 60)), 560);
}

int DrillDialog::drillRow(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(kRowRole).toInt() : -1;
}

void DrillDialog::openRow(int row)
{
    const int r = drillRow(row);
    if (r < 0 || r >= m_drill.rows.size())
        return;
    const StatDrill::Row &record = m_drill.rows.at(r);
    bool changedHere = false;
    RecordOpener::open(m_db, m_session, record.entity, record.uuid, this, &changedHere);
    m_changed = m_changed || changedHere;
}

Status DrillDialog::exportTo(const QString &path)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        file.write(StatExport::drillCsv(m_drill));
        if (!file.commit())
            return Status::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return {};
    }
    return StatExport::writeDrillXlsx(m_drill, path);
}

void DrillDialog::exportList()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    QString name = m_drill.label;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"),
                                                      QDir(folder).filePath(name + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    if (Status s = exportTo(path); !s.ok())
        MessageBox::warning(this, tr("Export"), s.message());
    else
        m_summary->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

}  // namespace ui
}  // namespace sifa
