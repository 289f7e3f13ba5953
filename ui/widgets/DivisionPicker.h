#pragma once

#include <QWidget>

class QComboBox;

namespace sifa {
namespace ui {

// Choosing an administrative division by cascading lists: province, prefecture, county,
// township (where the township table for the province is shipped). code() is the code of the
// deepest level chosen (2, 4, 6 or 9 digits), or "" when nothing is chosen.
class DivisionPicker : public QWidget {
    Q_OBJECT
public:
    explicit DivisionPicker(QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);
    QComboBox *level(int i) const { return m_levels[i]; }

Q_SIGNALS:
    void codeChanged(const QString &code);

private:
    void fill(int level, const QString &parentCode);
    void onChosen(int level);

    QComboBox *m_levels[4];
    bool m_updating = false;
};

}  // namespace ui
}  // namespace sifa
