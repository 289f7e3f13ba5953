#pragma once

#include <QDateEdit>

namespace sifa {
namespace ui {

// A date a clerk types or picks (yyyy-MM-dd, calendar popup). An optional field can be left
// empty: it shows "not given" and date() is then invalid.
class DateField : public QDateEdit {
    Q_OBJECT
public:
    explicit DateField(bool optional, QWidget *parent = nullptr);

    QDate value() const;  // invalid when empty
    void setValue(const QDate &date);
    void setLatest(const QDate &date);  // e.g. today: no future dates

private:
    bool m_optional;
};

}  // namespace ui
}  // namespace sifa
