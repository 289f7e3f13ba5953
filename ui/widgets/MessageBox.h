#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace sifa {
namespace ui {

// The one way the UI asks or tells the user something in a dialog. Tests queue answers with
// setNextAnswer() so no flow ever blocks on a modal (KeePassXC's MessageBox idea).
class MessageBox {
public:
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    // Yes/No (or the given buttons); returns the answer.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // A line of text (e.g. the reason for removing a record); nullopt when cancelled.
    static std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label);

    // For tests: the next dialog returns this instead of showing itself.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextText(const std::optional<QString> &text);
    // For tests: the text of the last dialog shown (or answered).
    static QString lastText();
    // For tests: a dialog with no queued answer does not block; it takes its default answer
    // and prints its text, so a test that did not expect it fails instead of hanging.
    static void setNonInteractive(bool on);

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

}  // namespace ui
}  // namespace sifa
