#include "widgets/DateField.h"

#include "util/Time.h"

namespace sifa {
namespace ui {

namespace {
const QDate kEmpty(1899, 12, 31);
}

DateField::DateField(bool optional, QWidget *parent) : QDateEdit(parent), m_optional(optional)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    setMinimumDate(kEmpty);
    if (optional) {
        setSpecialValueText(tr("not given"));
        setDate(kEmpty);
    } else {
        setDate(Clock::today());
    }
}

QDate DateField::value() const
{
    return date() == kEmpty ? QDate() : date();
}

void DateField::setValue(const QDate &d)
{
    setDate(d.isValid() ? d : (m_optional ? kEmpty : Clock::today()));
}

void DateField::setLatest(const QDate &d)
{
    setMaximumDate(d);
}

}  // namespace ui
}  // namespace sifa
