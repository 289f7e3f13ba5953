// 数据交换, 完整性看板 and 冲突收件箱 on real databases: a township writes a bundle from the
// exchange page (password asked again, progress, the result), the county previews it (created /
// updated / unchanged / conflicts / refused per entity) and imports it; the board shades late
// townships and lists one's bundles; the inbox shows a real conflict side by side and resolves
// it with a reason. With SIFA_SHOTS_DIR set, "[shots]" saves screenshots of the three pages.
#include "CatchCompat.h"
#include "SyncScenario.h"

#include "shell/MainWindow.h"
#include "sync/CompletenessBoard.h"
#include "sync/ConflictInbox.h"
#include "sync/ConflictView.h"
#include "sync/Conflicts.h"
#include "sync/ExchangePage.h"
#include "sync/ImportPreviewDialog.h"
#include "sync/KeysPanel.h"
#include "sync/LedgerDialog.h"
#include "sync/LedgerTable.h"
#include "sync/OfficeKeys.h"
#include "sync/PartnerTable.h"
#include "sync/PasswordPrompt.h"
#include "sync/ResolveConflictDialog.h"
#include "sync/SyncState.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace sifa;
using namespace sifa::ui;
using sifa::test::CountyScenario;
using sifa::test::Desk;

namespace {

const bool g_nonInteractive = [] {
    MessageBox::setNonInteractive(true);
    return true;
}();

QStringList bundlesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sifabundle")}, QDir::Files, QDir::Time);
}

int columnValue(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().toInt() : -1;
}

// Answers the next import preview, keeping what it showed.
struct PreviewAnswer {
    QStringList entities;
    int created = 0;
    int conflicts = 0;
    bool importEnabled = false;
    explicit PreviewAnswer(bool answer)
    {
        ImportPreviewDialog::setAutoAnswer([this, answer](ImportPreviewDialog &d) {
            importEnabled = d.importButton()->isEnabled();
            for (int i = 0; i < d.tree()->topLevelItemCount(); ++i) {
                QTreeWidgetItem *top = d.tree()->topLevelItem(i);
                created += top->text(1).toInt();
                conflicts += top->text(4).toInt();
                for (int c = 0; c < top->childCount(); ++c) {
                    const QString entity = top->child(c)->data(0, Qt::UserRole).toString();
                    if (!entity.isEmpty())
                        entities << entity;
                }
            }
            return answer;
        });
    }
    ~PreviewAnswer() { ImportPreviewDialog::setAutoAnswer({}); }
};

} // namespace

TEST_CASE("exchange page: keys trusted by fingerprint, a bundle written, previewed and imported", "[gui][sync]")
{
    Clock::pinForTesting(QDateTime(QDate(2026, 3, 16), QTime(9, 0), Qt::UTC));
    Desk township(QStringLiteral("330225101"), QStringLiteral("石浦镇司法所"), false);
    Desk county(QStringLiteral("330225"), QStringLiteral("象山县司法局"), true);
    QTemporaryDir outbox;
    REQUIRE(outbox.isValid());

    ExchangePage tPage(*township.db, township.head);
    ExchangePage cPage(*county.db, county.head);
    tPage.resize(1200, 800);
    tPage.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tPage));

    // Keys: the own fingerprint in groups; the county trusts the township's key file only with the
    // fingerprint read to it (a wrong one keeps the dialog open with the reason).
    Result<PublicKeySet> townshipKey = OfficeKeys::own(*township.db);
    REQUIRE(townshipKey.ok());
    const QString fingerprint = OfficeKeys::fingerprint(*townshipKey);
    CHECK(tPage.keys()->fingerprintLabel()->text().split(QRegularExpression(QStringLiteral("\\s+")),
                                                         Qt::SkipEmptyParts) == fingerprint.split(QLatin1Char(' ')));
    const QString keyFile = outbox.filePath(QStringLiteral("shipu.sifakey"));
    REQUIRE(tPage.keys()->savePublicKey(keyFile));
    {
        std::unique_ptr<FormDialog> d = cPage.keys()->trustDialog(keyFile);
        REQUIRE(d);
        auto *typed = qobject_cast<QLineEdit *>(d->field(QStringLiteral("fingerprint")));
        REQUIRE(typed);
        QString wrong = fingerprint;
        wrong[0] = wrong[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        typed->setText(wrong);
        d->submit();
        CHECK(d->result() != QDialog::Accepted);
        CHECK_FALSE(d->errorText().isEmpty());
        typed->setText(fingerprint);
        d->submit();
        INFO(d->errorText().toStdString());
        CHECK(d->result() == QDialog::Accepted);
    }
    REQUIRE(cPage.keys()->trustedTable()->rowCount() == 1);
    CHECK(cPage.keys()->trustedTable()->item(0, 0)->text().contains(QStringLiteral("330225101")));
    township.trust(county);
    tPage.refresh();
    cPage.refresh();
    CHECK(cPage.partners()->rowOf(QStringLiteral("330225101")) >= 0);

    // Something to send; a wrong password is asked again, then the bundle is written.
    township.addPerson(QStringLiteral("张三"));
    township.addPerson(QStringLiteral("李四"));
    PasswordPrompt::setNextPassword(QStringLiteral("wrong-password"));
    PasswordPrompt::setNextPassword(std::nullopt); // the second prompt: cancelled
    tPage.exportBundle(QString(), outbox.path());
    CHECK(bundlesIn(outbox.path()).isEmpty());
    PasswordPrompt::setNextPassword(test::kPassword);
    tPage.exportBundle(QString(), outbox.path());
    REQUIRE(bundlesIn(outbox.path()).size() == 1);
    const QString bundle = QDir(outbox.path()).filePath(bundlesIn(outbox.path()).first());
    CHECK(tPage.lastMessage().contains(QDir::toNativeSeparators(bundle)));
    REQUIRE(tPage.status().has_value());
    REQUIRE(tPage.status()->partners.size() == 1);
    const PartnerStatus before = tPage.status()->partners.first();
    CHECK(before.pendingOps > 0);
    CHECK(before.unconfirmedExports == 1);
    CHECK(tPage.ledger()->rowCount() >= 1);
    CHECK(tPage.ledger()->item(0, LedgerTable::Direction)->text() == QStringLiteral("sent"));
    CHECK(tPage.summary()->text().contains(QStringLiteral("pending")));

    // The county: the preview lists what would be created, then the import.
    {
        PreviewAnswer cancel(false);
        PasswordPrompt::setNextPassword(test::kPassword);
        cPage.importBundles({bundle});
        CHECK(cancel.importEnabled);
        CHECK(cancel.entities.contains(QStringLiteral("person")));
        CHECK(cancel.created >= 2);
    }
    cPage.refresh();
    int row = cPage.partners()->rowOf(QStringLiteral("330225101"));
    REQUIRE(row >= 0);
    CHECK(columnValue(cPage.partners(), row, PartnerTable::ReceivedUpTo) == 0); // the dry run wrote nothing
    {
        PreviewAnswer apply(true);
        PasswordPrompt::setNextPassword(test::kPassword);
        cPage.importBundles({bundle});
    }
    INFO(cPage.lastMessage().toStdString());
    CHECK(cPage.lastMessage().contains(QStringLiteral("imported")));
    row = cPage.partners()->rowOf(QStringLiteral("330225101"));
    REQUIRE(row >= 0);
    CHECK(columnValue(cPage.partners(), row, PartnerTable::ReceivedUpTo) > 0);
    CHECK(cPage.ledger()->item(0, LedgerTable::StatusCol)->text() == QStringLiteral("applied"));

    // The same file again: nothing to import, said so.
    {
        PreviewAnswer again(true);
        PasswordPrompt::setNextPassword(test::kPassword);
        cPage.importBundles({bundle});
        CHECK(again.entities.isEmpty()); // no preview: nothing to import
        INFO(cPage.lastMessage().toStdString());
        CHECK(cPage.lastMessage().contains(QStringLiteral("already imported")));
    }

    // The county answers; once imported, the township sees everything confirmed.
    QTemporaryDir back;
    PasswordPrompt::setNextPassword(test::kPassword);
    cPage.exportBundle(QStringLiteral("330225101"), back.path());
    REQUIRE(bundlesIn(back.path()).size() == 1);
    {
        PreviewAnswer apply(true);
        PasswordPrompt::setNextPassword(test::kPassword);
        tPage.importBundles({QDir(back.path()).filePath(bundlesIn(back.path()).first())});
    }
    REQUIRE(tPage.status().has_value());
    const PartnerStatus after = tPage.status()->partners.first();
    CHECK(after.pendingOps == 0);
    CHECK(after.ackedOrder >= before.pendingOps);
    CHECK(after.unconfirmedExports == 0);
    CHECK_FALSE(after.lastReceivedAt.isEmpty());
    CHECK(tPage.summary()->text().contains(QStringLiteral("confirmed every change")));
    Clock::pinForTesting(QDateTime());
}

TEST_CASE("completeness board: each township's bundles, late ones shaded, its ledger on a double click", "[gui][sync]")
{
    CountyScenario s(false);
    CompletenessBoard board(*s.county->db, s.county->head);
    board.resize(1300, 600);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    PartnerTable *t = board.table();
    REQUIRE(t->rowCount() == 3);
    const int shipu = t->rowOf(QStringLiteral("330225101"));
    const int xizhou = t->rowOf(QStringLiteral("330225102"));
    const int xianxiang = t->rowOf(QStringLiteral("330225104"));
    REQUIRE(shipu >= 0);
    REQUIRE(xizhou >= 0);
    REQUIRE(xianxiang >= 0);
    CHECK(t->shadeOf(shipu).isEmpty());
    CHECK(t->shadeOf(xizhou) == QStringLiteral("amber"));
    CHECK(t->shadeOf(xianxiang) == QStringLiteral("red"));
    CHECK(t->item(xizhou, PartnerTable::DaysAgo)->text().contains(QStringLiteral("10")));
    CHECK(t->item(xianxiang, PartnerTable::LastReceived)->text() == QStringLiteral("nothing yet"));
    CHECK(columnValue(t, shipu, PartnerTable::ReceivedUpTo) > 0);
    CHECK(board.legend()->text().contains(QStringLiteral("3 township")));

    // Sorting by days since the last bundle puts the one never heard from last.
    t->sortItems(PartnerTable::DaysAgo, Qt::AscendingOrder);
    CHECK(t->officeAt(0) == QStringLiteral("330225101"));
    CHECK(t->officeAt(2) == QStringLiteral("330225104"));

    std::unique_ptr<LedgerDialog> d = board.ledgerDialog(QStringLiteral("330225101"));
    REQUIRE(d);
    // Two bundles received from 石浦镇 and one sent to it.
    CHECK(d->table()->rowCount() == 3);
    CHECK(board.ledgerDialog(QStringLiteral("330225104"))->table()->rowCount() == 0);
}

TEST_CASE("conflict inbox: competing values side by side, resolved with a reason", "[gui][sync]")
{
    CountyScenario s(true);
    ConflictInbox inbox(*s.county->db, s.county->head);
    inbox.resize(1200, 600);
    inbox.show();
    REQUIRE(QTest::qWaitForWindowExposed(&inbox));
    REQUIRE(inbox.openCount() == 2);
    CHECK(ConflictInbox::navigationLabel(2) == QStringLiteral("Conflicts (2)"));

    // The field conflict: the county's value (its field) is the provisional winner.
    QString fieldId;
    QString deleteEditId;
    for (const ConflictItem &c : inbox.items()) {
        if (c.kind == QLatin1String("field"))
            fieldId = c.id;
        else
            deleteEditId = c.id;
    }
    REQUIRE_FALSE(fieldId.isEmpty());
    REQUIRE_FALSE(deleteEditId.isEmpty());
    REQUIRE(inbox.selectConflict(fieldId));
    QTableWidget *side = inbox.view()->table();
    REQUIRE(side->columnCount() == 2);
    QStringList values;
    QStringList offices;
    for (int c = 0; c < side->columnCount(); ++c) {
        values << side->item(ConflictView::Value, c)->text();
        offices << side->item(ConflictView::Office, c)->text();
        CHECK_FALSE(side->item(ConflictView::When, c)->text().isEmpty());
    }
    CHECK(values.contains(QStringLiteral("strict")));
    CHECK(values.contains(QStringLiteral("lenient")));
    CHECK(offices.contains(QStringLiteral("330225")));
    CHECK(offices.contains(QStringLiteral("330225101")));
    const int winner = inbox.view()->winnerColumn();
    REQUIRE(winner >= 0);
    CHECK(side->item(ConflictView::Value, winner)->text() == QStringLiteral("strict"));

    // Resolving needs a reason; then the township's value is kept.
    std::unique_ptr<ResolveConflictDialog> d = inbox.resolveDialog(fieldId);
    REQUIRE(d);
    int lenient = -1;
    for (int i = 0; i < d->choices().size(); ++i) {
        if (d->choices().at(i)->text().contains(QStringLiteral("lenient")))
            lenient = i;
    }
    REQUIRE(lenient >= 0);
    d->choose(lenient);
    d->submit();
    CHECK(d->result() != QDialog::Accepted);
    CHECK_FALSE(d->errorText().isEmpty());
    d->setReason(QStringLiteral("Checked with 石浦镇 by phone: the grade was changed after the review."));
    d->submit();
    INFO(d->errorText().toStdString());
    REQUIRE(d->result() == QDialog::Accepted);
    CHECK(inbox.openCount() == 1);
    Result<ConflictItem> resolved = Conflicts::get(*s.county->db, s.county->head, fieldId);
    REQUIRE(resolved.ok());
    CHECK(resolved->status == QStringLiteral("resolved"));
    CHECK(resolved->currentValue.toString() == QStringLiteral("lenient"));

    // Delete against edit: restore the record; the resolved ones stay viewable.
    std::unique_ptr<ResolveConflictDialog> de = inbox.resolveDialog(deleteEditId);
    REQUIRE(de);
    REQUIRE(de->choices().size() == 2);
    de->choose(1);
    CHECK(de->chosenValue().toInt() == 0);
    de->setReason(QStringLiteral("Still under correction: the deletion was a mistake."));
    de->submit();
    INFO(de->errorText().toStdString());
    REQUIRE(de->result() == QDialog::Accepted);
    CHECK(inbox.openCount() == 0);
    CHECK(inbox.list()->rowCount() == 0);
    inbox.setShowResolved(true);
    CHECK(inbox.list()->rowCount() == 2);
    REQUIRE(inbox.selectConflict(fieldId));
    CHECK(inbox.view()->resolution()->text().contains(QStringLiteral("Checked with")));
}

TEST_CASE("shell: the county's exchange, completeness and conflict pages, the open count in the navigation",
          "[gui][sync]")
{
    CountyScenario s(true);
    MainWindow w(*s.county->db, s.county->head);
    const QStringList ids = w.pageIds();
    CHECK(ids.contains(QStringLiteral("exchange")));
    CHECK(ids.contains(QStringLiteral("completeness")));
    REQUIRE(ids.contains(QStringLiteral("conflicts")));
    QListWidgetItem *item = w.navigation()->item(static_cast<int>(ids.indexOf(QStringLiteral("conflicts"))));
    CHECK(item->text() == QStringLiteral("Conflicts (2)"));
    auto *exchange = qobject_cast<ExchangePage *>(w.page(QStringLiteral("exchange")));
    REQUIRE(exchange);
    CHECK(exchange->partners()->rowCount() == 3);
    CHECK(exchange->summary()->text().contains(QStringLiteral("2 conflict")));

    // A township has no completeness board.
    MainWindow tw(*s.shipu->db, s.shipu->head);
    CHECK(tw.pageIds().contains(QStringLiteral("exchange")));
    CHECK_FALSE(tw.pageIds().contains(QStringLiteral("completeness")));
    CHECK(tw.pageIds().contains(QStringLiteral("conflicts")));
}

TEST_CASE("sync screenshots", "[.shots][sync]")
{
    const QString dir = qEnvironmentVariable("SIFA_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    CountyScenario s(true);
    const auto shoot = [&dir](MainWindow &w, const QString &page, const QString &file) {
        REQUIRE(w.showPage(page));
        QTest::qWait(200);
        QApplication::processEvents();
        CHECK(w.grab().save(QDir(dir).filePath(file)));
    };
    {
        MainWindow w(*s.county->db, s.county->head);
        w.resize(1400, 860);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        shoot(w, QStringLiteral("exchange"), QStringLiteral("county-exchange.png"));
        shoot(w, QStringLiteral("completeness"), QStringLiteral("county-completeness.png"));
        auto *inbox = qobject_cast<ConflictInbox *>(w.page(QStringLiteral("conflicts")));
        REQUIRE(inbox);
        shoot(w, QStringLiteral("conflicts"), QStringLiteral("county-conflicts.png"));
        auto *exchange = qobject_cast<ExchangePage *>(w.page(QStringLiteral("exchange")));
        exchange->tabs()->setCurrentIndex(1);
        shoot(w, QStringLiteral("exchange"), QStringLiteral("county-keys.png"));
        std::unique_ptr<ResolveConflictDialog> d = inbox->resolveDialog(inbox->selectedId());
        d->show();
        QTest::qWait(100);
        CHECK(d->grab().save(QDir(dir).filePath(QStringLiteral("resolve-dialog.png"))));
    }
    {
        MainWindow w(*s.shipu->db, s.shipu->head);
        w.resize(1400, 860);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        shoot(w, QStringLiteral("exchange"), QStringLiteral("township-exchange.png"));
    }
}
