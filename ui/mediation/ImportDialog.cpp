#include "mediation/ImportDialog.h"

#include "mediation/MediationCodes.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sifa {
namespace ui {

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(r, c, new QTableWidgetItem(cells.at(c)));
}

}  // namespace

ImportDialog::ImportDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a mediation ledger"));
    auto *v = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Choose the ledger you kept in Excel (.xlsx) or saved as CSV. Every row is checked "
                                "first and nothing is written until the whole file is right: fix the rows listed "
                                "below in your file, save it, and choose it again."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_choose = new QPushButton(tr("&Choose file…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    v->addLayout(fileRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    v->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *columnsBox = new QWidget(split);
    auto *cv = new QVBoxLayout(columnsBox);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->addWidget(new QLabel(tr("How the columns were understood"), columnsBox));
    m_columns = table(columnsBox, QStringLiteral("columns"), {tr("Column"), tr("Header in the file"), tr("Imported as")});
    cv->addWidget(m_columns);
    auto *issuesBox = new QWidget(split);
    auto *iv = new QVBoxLayout(issuesBox);
    iv->setContentsMargins(0, 0, 0, 0);
    m_issuesTitle = new QLabel(tr("Rows to fix"), issuesBox);
    iv->addWidget(m_issuesTitle);
    m_issues = table(issuesBox, QStringLiteral("issues"), {tr("Row"), tr("Problem")});
    iv->addWidget(m_issues);
    split->addWidget(columnsBox);
    split->addWidget(issuesBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    v->addWidget(split, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    v->addWidget(m_progress);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    v->addWidget(m_state);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("close"));
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    v->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(&m_reader, &QFutureWatcher<Result<LedgerSheet>>::finished, this, &ImportDialog::sheetRead);
    resize(860, 620);
}

ImportDialog::~ImportDialog()
{
    m_reader.waitForFinished();
}

void ImportDialog::chooseFile()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a ledger"), folder,
                                                      tr("Ledgers (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    loadFile(path);
}

void ImportDialog::loadFile(const QString &path)
{
    if (m_running || m_reader.isRunning())
        return;
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_sheet.reset();
    m_checked.reset();
    m_import->setEnabled(false);
    m_columns->setRowCount(0);
    m_issues->setRowCount(0);
    m_summary->clear();
    setBusy(true, tr("Reading the file…"));
    m_progress->setRange(0, 0);  // reading: no measure
    m_reader.setFuture(QtConcurrent::run([path] { return LedgerSheet::read(path); }));
}

void ImportDialog::sheetRead()
{
    Result<LedgerSheet> sheet = m_reader.result();
    if (!sheet) {
        setBusy(false, QString());
        m_state->setText(sheet.message());
        Q_EMIT checked();
        return;
    }
    m_sheet = std::move(sheet.value());
    setBusy(true, tr("Checking every row…"));
    LedgerImportOptions options;
    options.dryRun = true;
    options.progress = [this](qint64 done, qint64 total) { return progress(done, total); };
    Result<LedgerImportResult> r = LedgerImport::run(m_db, m_session, *m_sheet, options);
    setBusy(false, QString());
    if (!r) {
        m_state->setText(r.message());
        Q_EMIT checked();
        return;
    }
    if (r->cancelled) {
        m_state->setText(tr("The check was stopped."));
        Q_EMIT checked();
        return;
    }
    m_checked = *r;
    showPlan(r->plan);
    Q_EMIT checked();
}

void ImportDialog::showPlan(const LedgerImportPlan &plan)
{
    QStringList lines;
    lines << tr("%1 file%2, header in line %3, %n row(s) with data.", nullptr, plan.dataRows)
                 .arg(plan.format, plan.encoding.isEmpty() ? QString() : tr(" (%1)").arg(plan.encoding))
                 .arg(plan.headerLine);
    QStringList states;
    for (auto it = plan.statuses.cbegin(); it != plan.statuses.cend(); ++it)
        states << tr("%1 %2").arg(MediationCodes::statusLabel(it.key())).arg(it.value());
    if (!states.isEmpty())
        lines << tr("The cases will enter: %1.").arg(states.join(tr(", ")));
    QStringList people;
    if (plan.newPeople > 0)
        people << tr("%n new person(s) in the people index", nullptr, plan.newPeople);
    if (plan.linkedPeople > 0)
        people << tr("%n party(ies) linked to people already there", nullptr, plan.linkedPeople);
    if (!people.isEmpty())
        lines << people.join(tr(", ")) + tr(".");
    if (!plan.newMediators.isEmpty())
        lines << tr("New mediators: %1.").arg(plan.newMediators.join(tr(", ")));
    if (!plan.newCommittees.isEmpty())
        lines << tr("New committees: %1.").arg(plan.newCommittees.join(tr(", ")));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    for (const LedgerColumn &c : plan.columns)
        addRow(m_columns, {LedgerHeader::columnName(c.index), c.header, LedgerColumns::canonical(c.field)});
    for (const auto &[column, header] : plan.unknownColumns)
        addRow(m_columns, {LedgerHeader::columnName(column), header, tr("(not imported)")});
    m_columns->resizeColumnsToContents();

    for (const LedgerIssue &i : plan.issues)
        addRow(m_issues, {QString::number(i.row), i.reason});
    m_issues->resizeColumnToContents(0);
    m_issues->resizeRowsToContents();
    m_issuesTitle->setText(plan.issues.isEmpty() ? tr("Rows to fix: none")
                                                 : tr("Rows to fix: %n problem(s) — nothing can be imported until "
                                                      "they are fixed",
                                                      nullptr, static_cast<int>(plan.issues.size())));
    const bool ok = plan.ok() && plan.dataRows > 0;
    m_import->setEnabled(ok);
    if (plan.dataRows == 0)
        m_state->setText(tr("The file has no rows under its header."));
    else if (ok)
        m_state->setText(tr("Every row can be imported. Nothing has been written yet."));
    else
        m_state->setText(tr("Fix the rows listed in your file, save it and choose it again."));
}

void ImportDialog::runImport()
{
    if (!m_sheet || !m_checked || !m_checked->plan.ok() || m_running)
        return;
    setBusy(true, tr("Importing… (Close stops the import; nothing is written then)"));
    LedgerImportOptions options;
    options.progress = [this](qint64 done, qint64 total) { return progress(done, total); };
    Result<LedgerImportResult> r = LedgerImport::run(m_db, m_session, *m_sheet, options);
    setBusy(false, QString());
    if (!r) {
        m_state->setText(tr("Nothing was imported: %1").arg(r.message()));
        return;
    }
    if (r->cancelled) {
        m_state->setText(tr("The import was stopped; nothing was written."));
        return;
    }
    if (!r->written) {
        // The database changed since the check (a case number entered meanwhile): show why.
        m_checked = *r;
        m_columns->setRowCount(0);
        m_issues->setRowCount(0);
        showPlan(r->plan);
        return;
    }
    m_imported = r->disputes;
    m_import->setEnabled(false);
    m_checked.reset();
    m_state->setText(tr("%n case(s) imported.", nullptr, r->disputes));
    Q_EMIT imported(r->disputes);
}

void ImportDialog::reject()
{
    if (m_running) {
        m_cancel = true;  // the running check or import stops at its next report
        return;
    }
    QDialog::reject();
}

void ImportDialog::setBusy(bool busy, const QString &what)
{
    m_running = busy;
    m_cancel = false;
    m_choose->setEnabled(!busy);
    m_import->setEnabled(false);
    m_close->setText(busy ? tr("Stop") : tr("Close"));
    m_progress->setVisible(busy);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_state->setText(what);
}

bool ImportDialog::progress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    // The work runs on the GUI thread (the office database has one writer connection); the
    // core reports about every hundredth of it, so the window stays responsive and Stop works.
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QApplication::processEvents();
    return !m_cancel;
}

}  // namespace ui
}  // namespace sifa
