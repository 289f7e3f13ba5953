#include "stats/PeriodPicker.h"

#include "util/Time.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace sifa {
namespace ui {

namespace {

using Kind = StatPeriod::Kind;

}  // namespace

PeriodPicker::PeriodPicker(QWidget *parent) : QWidget(parent)
{
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->setAccessibleName(tr("Kind of period"));
    for (Kind k : {Kind::Month, Kind::Quarter, Kind::Half, Kind::Year, Kind::Range})
        m_kind->addItem(StatPeriod::kindName(k), static_cast<int>(k));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, 2100);
    m_year->setSuffix(tr(" (year)"));
    m_number = new QComboBox(this);
    m_number->setObjectName(QStringLiteral("periodNumber"));
    m_number->setAccessibleName(tr("Which one"));
    m_number->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    h->addWidget(m_kind);
    h->addWidget(m_year);
    h->addWidget(m_number);
    h->addWidget(m_from);
    auto *dash = new QLabel(QStringLiteral("—"), this);
    dash->setObjectName(QStringLiteral("periodDash"));
    h->addWidget(dash);
    h->addWidget(m_to);

    // The last month that has ended: the one a monthly report is usually made for.
    const QDate today = Clock::today();
    setPeriod(StatPeriod::containing(Kind::Month, QDate(today.year(), today.month(), 1).addDays(-1)));

    // Another kind of period: the one that contains the start of the period chosen so far (a
    // range starts as that period).
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
        setPeriod(kind == Kind::Range ? StatPeriod{Kind::Range, m_last.from, m_last.to}
                                      : StatPeriod::containing(kind, m_last.from));
    });
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodPicker::edited);
    connect(m_number, &QComboBox::currentIndexChanged, this, &PeriodPicker::edited);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::edited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::edited);
}

void PeriodPicker::fillNumbers()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const int keep = m_number->currentIndex();
    const QSignalBlocker block(m_number);
    m_number->clear();
    switch (kind) {
    case Kind::Month:
        for (int m = 1; m <= 12; ++m)
            m_number->addItem(QLocale().monthName(m, QLocale::ShortFormat), m);
        break;
    case Kind::Quarter:
        for (int q = 1; q <= 4; ++q)
            m_number->addItem(tr("Quarter %1").arg(q), q);
        break;
    case Kind::Half:
        m_number->addItem(tr("First half"), 1);
        m_number->addItem(tr("Second half"), 2);
        break;
    case Kind::Year:
    case Kind::Range:
        break;
    }
    m_number->setCurrentIndex(std::clamp(keep, 0, std::max(0, m_number->count() - 1)));
    const bool range = kind == Kind::Range;
    m_year->setVisible(!range);
    m_number->setVisible(kind != Kind::Year && !range);
    m_from->setVisible(range);
    m_to->setVisible(range);
    findChild<QLabel *>(QStringLiteral("periodDash"))->setVisible(range);
}

StatPeriod PeriodPicker::period() const
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const int year = m_year->value();
    const int n = m_number->currentData().toInt();
    switch (kind) {
    case Kind::Month: return StatPeriod::containing(kind, QDate(year, std::max(n, 1), 1));
    case Kind::Quarter: return StatPeriod::containing(kind, QDate(year, std::max(n, 1) * 3, 1));
    case Kind::Half: return StatPeriod::containing(kind, QDate(year, std::max(n, 1) * 6, 1));
    case Kind::Year: return StatPeriod::containing(kind, QDate(year, 1, 1));
    case Kind::Range: break;
    }
    return StatPeriod{Kind::Range, m_from->date(), m_to->date()};
}

void PeriodPicker::setPeriod(const StatPeriod &p)
{
    m_updating = true;
    {
        const QSignalBlocker kind(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(p.kind)));
    }
    fillNumbers();
    const QSignalBlocker year(m_year);
    const QSignalBlocker number(m_number);
    const QSignalBlocker from(m_from);
    const QSignalBlocker to(m_to);
    m_year->setValue(p.from.year());
    switch (p.kind) {
    case Kind::Month: m_number->setCurrentIndex(p.from.month() - 1); break;
    case Kind::Quarter: m_number->setCurrentIndex((p.from.month() - 1) / 3); break;
    case Kind::Half: m_number->setCurrentIndex(p.from.month() == 1 ? 0 : 1); break;
    case Kind::Year:
    case Kind::Range: break;
    }
    m_from->setDate(p.from);
    m_to->setDate(p.to);
    m_updating = false;
    m_last = period();
    Q_EMIT periodChanged();
}

void PeriodPicker::edited()
{
    if (m_updating)
        return;
    // The range follows the calendar period last chosen, so switching to a range starts from it.
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    if (kind != Kind::Range) {
        const StatPeriod p = period();
        const QSignalBlocker from(m_from);
        const QSignalBlocker to(m_to);
        m_from->setDate(p.from);
        m_to->setDate(p.to);
    } else if (m_from->date() > m_to->date()) {
        const QSignalBlocker to(m_to);
        m_to->setDate(m_from->date());
    }
    m_last = period();
    Q_EMIT periodChanged();
}

}  // namespace ui
}  // namespace sifa
