#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QPair>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sifa {
namespace ui {

class DateField;

// A small form for one step of work (accepting a case, a return visit, a screening entry…).
// Fields are added by key (the key is also the widget's object name, for tests); OK runs the
// action, and a refusal from the core is shown in the dialog, which stays open with what the
// clerk typed.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    using Items = QList<QPair<QString, QString>>;  // (id, label)

    FormDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    DateField *addDate(const QString &key, const QString &label, const QDate &value, bool optional = false,
                       bool notInFuture = true);
    QDateTimeEdit *addDateTime(const QString &key, const QString &label, const QDateTime &value);
    QLineEdit *addLine(const QString &key, const QString &label, const QString &value = QString());
    QPlainTextEdit *addText(const QString &key, const QString &label, const QString &value = QString(), int lines = 4);
    QComboBox *addChoice(const QString &key, const QString &label, const Items &items, const QString &current = QString());
    QCheckBox *addCheck(const QString &key, const QString &label, bool checked = false);
    QSpinBox *addNumber(const QString &key, const QString &label, int value = 0, int max = 100000);
    // Money in yuan (two decimals), kept as fen.
    QLineEdit *addAmount(const QString &key, const QString &label, qint64 fen = 0);
    void addWidget(const QString &label, QWidget *widget);

    QDate date(const QString &key) const;
    QDateTime dateTime(const QString &key) const;
    QString text(const QString &key) const;  // line, text, choice id or amount text
    QString choice(const QString &key) const;
    bool checked(const QString &key) const;
    int number(const QString &key) const;
    std::optional<qint64> amount(const QString &key) const;
    QWidget *field(const QString &key) const { return m_fields.value(key); }

    // What OK does; a failed Status keeps the dialog open and shows the message.
    void setAction(std::function<Status()> action) { m_action = std::move(action); }
    QString errorText() const;

public Q_SLOTS:
    void submit();

private:
    template <typename W>
    W *add(const QString &key, const QString &label, W *widget);

    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QMap<QString, QWidget *> m_fields;
    std::function<Status()> m_action;
};

}  // namespace ui
}  // namespace sifa
