#pragma once

#include <QWidget>

namespace sifa {
namespace ui {

// A module that has not been built yet says so, and what it will do. Nothing on it acts.
class ModulePreviewPage : public QWidget {
    Q_OBJECT
public:
    ModulePreviewPage(const QString &title, const QString &description, const QStringList &coming,
                      QWidget *parent = nullptr);
};

}  // namespace ui
}  // namespace sifa
