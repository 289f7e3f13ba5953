#pragma once

#include <QComboBox>

namespace sifa {
namespace ui {

// A combo box over one code table (resources/codes/<table>.csv): shows names, holds codes.
class CodeComboBox : public QComboBox {
    Q_OBJECT
public:
    // With `allowEmpty` the first entry is "not given" and stands for the empty code.
    CodeComboBox(const QString &table, bool allowEmpty, QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);
};

}  // namespace ui
}  // namespace sifa
