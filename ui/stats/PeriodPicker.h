#pragma once

#include "stats/StatPeriod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace sifa {
namespace ui {

// The period of a report: a month, quarter, half-year or year (the kind, the year and which
// one), or any range of days.
class PeriodPicker : public QWidget {
    Q_OBJECT
public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    StatPeriod period() const;
    void setPeriod(const StatPeriod &period);

Q_SIGNALS:
    void periodChanged();

private:
    void fillNumbers();
    void edited();

    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_number;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_updating = false;
    StatPeriod m_last;  // the period as last chosen
};

}  // namespace ui
}  // namespace sifa
