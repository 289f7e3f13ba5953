#include "placement/NoticesDialog.h"

#include "correction/CorrectionUi.h"
#include "people/IdNumber.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

using U = CorrectionUi;

QString status(const Record &n)
{
    return n.text(QStringLiteral("status"));
}

bool doneWith(const Record &n)
{
    return status(n) == QLatin1String("opened") || status(n) == QLatin1String("elsewhere");
}

} // namespace

NoticesDialog::NoticesDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Prison release notices"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A prison sends the notice about a month before the release. Check the person on "
                                "the ground, tell the family, and open the file on release; people not located go "
                                "on the monthly list of people not handed over."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_all = new QCheckBox(tr("Also notices done with (file opened, lives elsewhere)"), this);
    m_all->setObjectName(QStringLiteral("allNotices"));
    v->addWidget(m_all);
    m_table = U::recordTable(this, QStringLiteral("notices"),
                             {tr("Name"), tr("ID number"), tr("Prison"), tr("Release expected"), tr("Received"),
                              tr("Check"), tr("Family told"), tr("Charge"), tr("What was done")});
    v->addWidget(m_table, 1);
    m_count = new QLabel(this);
    v->addWidget(m_count);
    auto *h = new QHBoxLayout;
    const QList<QPair<QString, QString>> buttons{{QStringLiteral("addNotice"), tr("Add a notice…")},
                                                 {QStringLiteral("editNotice"), tr("Change…")},
                                                 {QStringLiteral("checkNotice"), tr("Checked on the ground…")},
                                                 {QStringLiteral("familyInformed"), tr("Family told…")},
                                                 {QStringLiteral("openFile"), tr("Open the file…")}};
    for (const auto &[name, text] : buttons) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        m_buttons.insert(name, b);
        h->addWidget(b);
    }
    h->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    h->addWidget(close);
    v->addLayout(h);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons.value(QStringLiteral("addNotice")), &QPushButton::clicked, this, &NoticesDialog::addNotice);
    connect(m_buttons.value(QStringLiteral("editNotice")), &QPushButton::clicked, this, &NoticesDialog::editNotice);
    connect(m_buttons.value(QStringLiteral("checkNotice")), &QPushButton::clicked, this, &NoticesDialog::checkNotice);
    connect(m_buttons.value(QStringLiteral("familyInformed")), &QPushButton::clicked, this,
            &NoticesDialog::familyInformed);
    connect(m_buttons.value(QStringLiteral("openFile")), &QPushButton::clicked, this, &NoticesDialog::openFile);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NoticesDialog::updateButtons);
    connect(m_all, &QCheckBox::toggled, this, &NoticesDialog::refresh);
    refresh();
    resize(1100, 600);
}

void NoticesDialog::refresh()
{
    Result<QList<Record>> notices = PlacementService::notices(m_db, m_session);
    m_notices.clear();
    if (!notices) {
        m_count->setText(notices.message());
    } else {
        for (const Record &n : *notices) {
            if (m_all->isChecked() || !doneWith(n))
                m_notices << n;
        }
        m_count->setText(tr("%n notice(s)", nullptr, static_cast<int>(m_notices.size())));
    }
    U::fill(m_table, m_notices, [](const Record &n) {
        return QStringList{n.text(QStringLiteral("name")),
                           IdNumbers::mask(n.text(QStringLiteral("id_number"))),
                           n.text(QStringLiteral("prison")),
                           U::date(n.date(QStringLiteral("expected_date"))),
                           U::date(n.date(QStringLiteral("received_date"))),
                           U::codeName(QStringLiteral("placement_notice_status"), status(n)),
                           U::date(n.date(QStringLiteral("family_informed_date"))),
                           n.text(QStringLiteral("charge")),
                           n.text(QStringLiteral("check_note"))};
    });
    updateButtons();
}

const Record *NoticesDialog::selected() const
{
    return U::selected(m_table, m_notices);
}

void NoticesDialog::select(const QString &uuid)
{
    bool found = false;
    for (const Record &n : m_notices)
        found = found || n.uuid == uuid;
    if (!found && !m_all->isChecked())
        m_all->setChecked(true);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0) && m_table->item(r, 0)->data(Qt::UserRole).toString() == uuid) {
            m_table->selectRow(r);
            return;
        }
    }
}

void NoticesDialog::updateButtons()
{
    const bool write = m_session.can(Permission::PlacementWrite);
    const Record *n = selected();
    const bool opened = n && status(*n) == QLatin1String("opened");
    for (QPushButton *b : m_buttons)
        b->setVisible(write);
    m_buttons.value(QStringLiteral("editNotice"))->setEnabled(n && !opened);
    m_buttons.value(QStringLiteral("checkNotice"))->setEnabled(n && !opened);
    m_buttons.value(QStringLiteral("familyInformed"))
        ->setEnabled(n && !opened && !n->date(QStringLiteral("family_informed_date")).isValid());
    QPushButton *open = m_buttons.value(QStringLiteral("openFile"));
    open->setEnabled(n != nullptr);
    open->setVisible(write || opened);
    open->setText(opened ? tr("Show the file") : tr("Open the file…"));
}

void NoticesDialog::afterStep(const Status &s)
{
    if (!s.ok()) {
        MessageBox::warning(this, PlacementUi::title(), s.message());
        return;
    }
    m_changed = true;
    refresh();
}

bool NoticesDialog::noticeForm(const Record &n)
{
    const bool adding = n.uuid.isEmpty();
    FormDialog f(adding ? tr("Add a prison notice") : tr("Change a prison notice"),
                 tr("As the prison's notice (刑满释放人员通知书) gives it."), this);
    const QStringList lines{QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("notice_no"),
                            QStringLiteral("prison"), QStringLiteral("via")};
    const QStringList lineLabels{tr("Name *:"), tr("ID number:"), tr("Notice no.:"), tr("Prison:"),
                                 tr("Received through:")};
    for (int i = 0; i < lines.size(); ++i)
        f.addLine(lines.at(i), lineLabels.at(i), n.text(lines.at(i)));
    f.addDate(QStringLiteral("received_date"), tr("Received on *:"),
              adding ? Clock::today() : n.date(QStringLiteral("received_date")));
    f.addDate(QStringLiteral("expected_date"), tr("Release expected on *:"),
              adding ? Clock::today().addMonths(1) : n.date(QStringLiteral("expected_date")), false, false);
    const QStringList more{QStringLiteral("release_place"), QStringLiteral("hukou_address"),
                           QStringLiteral("residence"), QStringLiteral("charge"), QStringLiteral("original_sentence")};
    const QStringList moreLabels{tr("Released at:"), tr("Household registration:"), tr("Residence:"), tr("Charge:"),
                                 tr("Original sentence:")};
    for (int i = 0; i < more.size(); ++i)
        f.addLine(more.at(i), moreLabels.at(i), n.text(more.at(i)));
    f.addChoice(QStringLiteral("prison_risk"), tr("The prison's rating:"),
                U::codeItems(QStringLiteral("placement_risk"), true), n.text(QStringLiteral("prison_risk")));
    f.addText(QStringLiteral("note"), tr("Note:"), n.text(QStringLiteral("note")), 2);
    f.setAction([&] {
        QVariantMap m;
        for (const QString &k : lines + more)
            m.insert(k, f.text(k));
        m.insert(QStringLiteral("received_date"), U::date(f.date(QStringLiteral("received_date"))));
        m.insert(QStringLiteral("expected_date"), U::date(f.date(QStringLiteral("expected_date"))));
        m.insert(QStringLiteral("prison_risk"), f.choice(QStringLiteral("prison_risk")));
        m.insert(QStringLiteral("note"), f.text(QStringLiteral("note")));
        const Result<QString> saved = PlacementService::saveNotice(m_db, m_session, n.uuid, m);
        return saved.status();
    });
    return f.exec() == QDialog::Accepted;
}

void NoticesDialog::addNotice()
{
    if (noticeForm(Record()))
        afterStep(Status());
}

void NoticesDialog::editNotice()
{
    if (const Record *n = selected(); n && noticeForm(*n))
        afterStep(Status());
}

void NoticesDialog::checkNotice()
{
    const Record *n = selected();
    if (!n)
        return;
    const QString uuid = n->uuid;
    FormDialog f(tr("Check on the ground"), tr("%1, release expected on %2.")
                                                .arg(n->text(QStringLiteral("name")),
                                                     U::date(n->date(QStringLiteral("expected_date")))),
                 this);
    f.addChoice(QStringLiteral("outcome"), tr("Found *:"),
                {{QStringLiteral("located"), tr("Located: the person or the family lives here")},
                 {QStringLiteral("not_located"), tr("Not located")},
                 {QStringLiteral("elsewhere"), tr("Lives elsewhere: not this office's")}},
                status(*n) == QLatin1String("pending") ? QStringLiteral("located") : status(*n));
    f.addDate(QStringLiteral("date"), tr("Checked on *:"), Clock::today());
    f.addText(QStringLiteral("check_note"), tr("What was done:"), n->text(QStringLiteral("check_note")), 3)
        ->setPlaceholderText(tr("who was asked, where; required unless located"));
    f.setAction([&] {
        return PlacementService::checkNotice(m_db, m_session, uuid, f.choice(QStringLiteral("outcome")),
                                             f.date(QStringLiteral("date")), f.text(QStringLiteral("check_note")));
    });
    if (f.exec() == QDialog::Accepted)
        afterStep(Status());
}

void NoticesDialog::familyInformed()
{
    const Record *n = selected();
    if (!n)
        return;
    const QString uuid = n->uuid;
    FormDialog f(tr("Family told"), tr("The family of %1 was told of the release so they can collect the person.")
                                        .arg(n->text(QStringLiteral("name"))),
                 this);
    f.addDate(QStringLiteral("date"), tr("Told on *:"), Clock::today());
    f.setAction(
        [&] { return PlacementService::recordFamilyInformed(m_db, m_session, uuid, f.date(QStringLiteral("date"))); });
    if (f.exec() == QDialog::Accepted)
        afterStep(Status());
}

void NoticesDialog::openFile()
{
    const Record *n = selected();
    if (!n)
        return;
    if (status(*n) == QLatin1String("opened")) {
        Q_EMIT openFileRequested(n->text(QStringLiteral("subject_uuid")));
        return;
    }
    const QString uuid = n->uuid;
    const QDate expected = n->date(QStringLiteral("expected_date"));
    FormDialog f(tr("Open the file from the notice"),
                 tr("%1 is released: the notice's data goes into the file.").arg(n->text(QStringLiteral("name"))),
                 this);
    f.addDate(QStringLiteral("release_date"), tr("Released on *:"),
              expected.isValid() && expected <= Clock::today() ? expected : Clock::today());
    f.addLine(QStringLiteral("release_cert_no"), tr("Release certificate no.:"));
    f.addChoice(QStringLiteral("handover_mode"), tr("Handed over:"),
                U::codeItems(QStringLiteral("handover_mode"), true));
    f.addLine(QStringLiteral("handover_staff"), tr("Who went:"), PlacementUi::who(m_session));
    QString opened;
    f.setAction([&] {
        QVariantMap m{{QStringLiteral("release_date"), U::date(f.date(QStringLiteral("release_date")))},
                      {QStringLiteral("release_cert_no"), f.text(QStringLiteral("release_cert_no"))}};
        if (!f.choice(QStringLiteral("handover_mode")).isEmpty()) {
            m.insert(QStringLiteral("handover_mode"), f.choice(QStringLiteral("handover_mode")));
            m.insert(QStringLiteral("handover_date"), m.value(QStringLiteral("release_date")));
            m.insert(QStringLiteral("reported_date"), m.value(QStringLiteral("release_date")));
            m.insert(QStringLiteral("handover_staff"), f.text(QStringLiteral("handover_staff")));
        }
        const Result<QString> file = PlacementService::openFromNotice(m_db, m_session, uuid, m);
        if (file)
            opened = *file;
        return file.status();
    });
    if (f.exec() != QDialog::Accepted)
        return;
    afterStep(Status());
    Q_EMIT openFileRequested(opened);
}

} // namespace ui
} // namespace sifa
