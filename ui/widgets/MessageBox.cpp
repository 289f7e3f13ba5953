#include "widgets/MessageBox.h"

#include <QInputDialog>
#include <QList>

namespace sifa {
namespace ui {

namespace {
QList<QMessageBox::StandardButton> g_answers;
QList<std::optional<QString>> g_texts;
QString g_lastText;
bool g_nonInteractive = false;
}  // namespace

void MessageBox::setNonInteractive(bool on)
{
    g_nonInteractive = on;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers.append(answer);
}

void MessageBox::setNextText(const std::optional<QString> &text)
{
    g_texts.append(text);
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    if (g_nonInteractive) {
        qWarning("unexpected message box: %s", qPrintable(text));
        return defaultButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

std::optional<QString> MessageBox::getText(QWidget *parent, const QString &title, const QString &label)
{
    g_lastText = label;
    if (!g_texts.isEmpty())
        return g_texts.takeFirst();
    if (g_nonInteractive) {
        qWarning("unexpected text prompt: %s", qPrintable(label));
        return std::nullopt;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

}  // namespace ui
}  // namespace sifa
