#include "placement/RiskDialog.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "util/Time.h"

#include <QComboBox>
#include <QListWidget>

namespace sifa {
namespace ui {

RiskDialog::RiskDialog(Database &db, const Session &session, const PlacementFile &file, QWidget *parent)
    : FormDialog(tr("Risk assessment"),
                 tr("%1: tick what applies. A key person (重点帮教对象) is visited monthly and re-assessed every six "
                    "months.")
                     .arg(file.person.name),
                 parent)
{
    const Record last = file.reviews.isEmpty() ? Record() : file.reviews.first();
    addDate(QStringLiteral("review_date"), tr("Assessed on *:"), Clock::today());
    addChoice(QStringLiteral("risk_level"), tr("The prison's rating:"),
              CorrectionUi::codeItems(QStringLiteral("placement_risk"), true),
              file.subject.text(QStringLiteral("risk_level")));
    m_factors = new QListWidget(this);
    m_factors->setObjectName(QStringLiteral("factors"));
    const QStringList ticked = last.text(QStringLiteral("factors")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const CodeTable *t = CodeTables::instance().table(QStringLiteral("placement_risk_factor"))) {
        for (const CodeItem &c : t->items) {
            auto *item = new QListWidgetItem(t->displayName(c.code), m_factors);
            item->setData(Qt::UserRole, c.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(c.code) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_factors->setMinimumHeight(m_factors->sizeHintForRow(0) * qMin(12, m_factors->count()) + 8);
    addWidget(tr("Factors:"), m_factors);
    addChoice(QStringLiteral("category"), tr("Category *:"),
              CorrectionUi::codeItems(QStringLiteral("placement_category")),
              file.subject.text(QStringLiteral("category")).isEmpty() ? QStringLiteral("general")
                                                                       : file.subject.text(QStringLiteral("category")));
    addText(QStringLiteral("reason"), tr("Reason:"), QString(), 3);
    addLine(QStringLiteral("reviewer"), tr("Assessed by *:"), PlacementUi::who(session));
    addLine(QStringLiteral("approved_by"), tr("Approved by:"));
    auto *category = qobject_cast<QComboBox *>(field(QStringLiteral("category")));
    connect(category, &QComboBox::activated, this, [this] { m_categoryPicked = true; });
    connect(m_factors, &QListWidget::itemChanged, this, &RiskDialog::suggestCategory);
    const QString uuid = file.uuid();
    setAction([this, &db, session, uuid] {
        const QVariantMap review{{QStringLiteral("review_date"), CorrectionUi::date(date(QStringLiteral("review_date")))},
                                 {QStringLiteral("risk_level"), choice(QStringLiteral("risk_level"))},
                                 {QStringLiteral("factors"), factors()},
                                 {QStringLiteral("category"), choice(QStringLiteral("category"))},
                                 {QStringLiteral("reason"), text(QStringLiteral("reason"))},
                                 {QStringLiteral("reviewer"), text(QStringLiteral("reviewer"))},
                                 {QStringLiteral("approved_by"), text(QStringLiteral("approved_by"))}};
        return PlacementService::assessRisk(db, session, uuid, review).status();
    });
    resize(560, sizeHint().height());
}

QString RiskDialog::factors() const
{
    QStringList codes;
    for (int i = 0; i < m_factors->count(); ++i) {
        if (m_factors->item(i)->checkState() == Qt::Checked)
            codes << m_factors->item(i)->data(Qt::UserRole).toString();
    }
    return codes.join(QLatin1Char(','));
}

void RiskDialog::suggestCategory()
{
    if (m_categoryPicked)
        return;
    auto *category = qobject_cast<QComboBox *>(field(QStringLiteral("category")));
    const QString code = factors().isEmpty() ? QStringLiteral("general") : QStringLiteral("key");
    category->setCurrentIndex(category->findData(code));
}

} // namespace ui
} // namespace sifa
