// The print dialog for a resettlement file (PrintDialog::Placement): the file's forms with one
// entry per agreement, visit and assessment, the office's list with its month picker, blank-only
// file forms without a file, and the refusal for a role without the permission.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "placement/PlacementService.h"
#include "print/PlacementForms.h"
#include "print/PrintDialog.h"
#include "rules/Rules.h"
#include "util/Time.h"

#include <QDateEdit>
#include <QFileInfo>
#include <QListWidget>
#include <QMap>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace sifa;
using namespace sifa::test;
using sifa::ui::PrintDialog;

namespace {

struct Pin {
    explicit Pin(const QDate &today) { Clock::pinForTesting(QDateTime(today, QTime(10, 0), Qt::UTC)); }
    ~Pin() { Clock::pinForTesting(QDateTime()); }
};

QMap<QString, QStringList> entries(PrintDialog &d)
{
    auto *forms = d.findChild<QListWidget *>(QStringLiteral("forms"));
    REQUIRE(forms);
    QMap<QString, QStringList> out;  // form id: the records of its entries
    for (int i = 0; i < forms->count(); ++i) {
        const QListWidgetItem *item = forms->item(i);
        if (!item->data(Qt::UserRole).toString().isEmpty())
            out[item->data(Qt::UserRole).toString()] << item->data(Qt::UserRole + 1).toString();
    }
    return out;
}

}  // namespace

TEST_CASE("print dialog: a resettlement file's forms, a copy per record, and the office's list by month",
          "[gui][print][placement]")
{
    Pin pin(QDate(2026, 11, 20));
    TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    REQUIRE(Rules::reload().isEmpty());
    Person p;
    p.name = QStringLiteral("吴国强");
    p.idNumber = makeId(QStringLiteral("330225"), QDate(1980, 5, 6), true, 21);
    Result<QString> file = PlacementService::registerSubject(
        *office.db, officer, p,
        {{QStringLiteral("source_type"), QStringLiteral("prison")},
         {QStringLiteral("release_date"), QStringLiteral("2026-05-01")},
         {QStringLiteral("releasing_org"), QStringLiteral("浙江省乔司监狱")}});
    REQUIRE(file);
    QStringList visits;
    for (const char *date : {"2026-06-10", "2026-10-12"}) {
        Result<QString> v = PlacementService::saveRecord(*office.db, officer, QStringLiteral("rp_visit"), QString(),
                                                         {{QStringLiteral("subject_uuid"), *file},
                                                          {QStringLiteral("kind"), QStringLiteral("visit")},
                                                          {QStringLiteral("visit_date"), QString::fromLatin1(date)},
                                                          {QStringLiteral("content"), QStringLiteral("了解近况")}});
        REQUIRE(v);
        visits << *v;
    }

    QTemporaryDir dir;
    PrintDialog d(*office.db, officer, PrintDialog::Placement{*file});
    CHECK(d.windowTitle().contains(QStringLiteral("吴国强")));
    const QMap<QString, QStringList> forms = entries(d);
    for (const QString &id : PlacementForms::forms())
        CHECK(forms.contains(id));
    CHECK(forms.size() == PlacementForms::forms().size());  // nothing of the other modules
    CHECK(forms.value(QStringLiteral("placement-visit")) == visits);  // oldest first
    CHECK(forms.value(QStringLiteral("placement-agreement")) == QStringList{QString()});  // none yet: one entry

    d.selectForm(QStringLiteral("placement-visit"), visits.last());
    REQUIRE(d.job());
    REQUIRE(d.job()->parts.first().copies.size() == 1);
    CHECK(d.job()->parts.first().copies.first().value(QStringLiteral("visit.date")) == QStringLiteral("2026-10-12"));
    CHECK(d.job()->title.contains(QStringLiteral("吴国强")));
    const QString pdf = dir.filePath(QStringLiteral("visit.pdf"));
    REQUIRE(d.saveAsPdf(pdf).ok());
    CHECK(QFileInfo(pdf).size() > 5000);

    // The agreement the file does not have yet: the dialog says so; blank prints.
    d.selectForm(QStringLiteral("placement-agreement"));
    CHECK_FALSE(d.job());
    CHECK_FALSE(d.problem().isEmpty());
    d.findChild<QRadioButton *>(QStringLiteral("blank"))->setChecked(true);
    REQUIRE(d.job());
    CHECK(d.job()->options.blank);
    d.findChild<QRadioButton *>(QStringLiteral("filled"))->setChecked(true);

    // The office's list: the month picker, this month to start with.
    d.selectForm(QStringLiteral("placement-unmatched"));
    auto *month = d.findChild<QDateEdit *>(QStringLiteral("month"));
    REQUIRE(month);
    CHECK(month->isVisibleTo(&d));
    REQUIRE(d.job());
    CHECK(d.job()->parts.first().copies.first().value(QStringLiteral("list.month")) == QStringLiteral("11"));
    d.setMonth(QDate(2026, 5, 1));
    REQUIRE(d.job());
    CHECK(d.job()->parts.first().copies.first().value(QStringLiteral("list.month")) == QStringLiteral("5"));
    CHECK(d.job()->parts.first().copies.first().list(QStringLiteral("people")).size() == 1);  // not handed over
    d.selectForm(QStringLiteral("placement-register"));
    CHECK_FALSE(month->isVisibleTo(&d));

    // Without a file: the office's list filled, the file forms blank only.
    PrintDialog office2(*office.db, officer, PrintDialog::Placement{});
    office2.selectForm(QStringLiteral("placement-register"));
    REQUIRE(office2.job());
    CHECK(office2.job()->options.blank);
    CHECK_FALSE(office2.findChild<QRadioButton *>(QStringLiteral("filled"))->isEnabled());
    office2.selectForm(QStringLiteral("placement-unmatched"));
    CHECK(office2.findChild<QRadioButton *>(QStringLiteral("filled"))->isEnabled());
    REQUIRE(office2.job());
    CHECK_FALSE(office2.job()->options.blank);

    // Another role: refused with the reason shown.
    const Session mediator = office.signIn(QStringLiteral("mediator"));
    PrintDialog refused(*office.db, mediator, PrintDialog::Placement{*file});
    refused.selectForm(QStringLiteral("placement-register"));
    CHECK_FALSE(refused.job());
    CHECK_FALSE(refused.problem().isEmpty());
}
