#include "widgets/CodeComboBox.h"

#include "codes/CodeTables.h"

namespace sifa {
namespace ui {

CodeComboBox::CodeComboBox(const QString &table, bool allowEmpty, QWidget *parent) : QComboBox(parent)
{
    if (allowEmpty)
        addItem(tr("(not given)"), QString());
    if (const CodeTable *t = CodeTables::instance().table(table)) {
        for (const CodeItem &item : t->items)
            addItem(t->displayName(item.code), item.code);
    }
    setMaxVisibleItems(20);
}

QString CodeComboBox::code() const
{
    return currentData().toString();
}

void CodeComboBox::setCode(const QString &code)
{
    const int i = findData(code);
    if (i >= 0) {
        setCurrentIndex(i);
    } else if (!code.isEmpty()) {
        // A code this table no longer lists: keep it visible rather than lose it.
        addItem(tr("Code %1 (not in the table)").arg(code), code);
        setCurrentIndex(count() - 1);
    } else {
        setCurrentIndex(0);
    }
}

}  // namespace ui
}  // namespace sifa
