#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace sifa {
namespace ui {

// 重点关注标签: the chosen tags of a subject (codes of correction_tag, comma-separated), shown
// by name; "Choose…" opens the sets (五独, 五涉, 四史 …) as boxes to tick.
class TagPicker : public QWidget {
    Q_OBJECT
public:
    explicit TagPicker(QWidget *parent = nullptr);

    QString codes() const { return m_codes.join(QLatin1Char(',')); }
    void setCodes(const QString &codes);

public Q_SLOTS:
    void choose();

private:
    void showCodes();
    QStringList m_codes;
    QLabel *m_summary;
};

} // namespace ui
} // namespace sifa
