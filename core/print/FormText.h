#pragma once

#include "print/FormData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sifa {

// What a text of a template can read: the form's values, and inside "each"/"grid" the current
// item under its name ("party.name") and its row number ({#}).
struct FormScope {
    const FormData *data = nullptr;
    QString as;
    const FormData::Item *item = nullptr;
    int row = 0;
    // A register's cells are written in, not filled on lines: no "    年  月  日" for an empty date.
    bool dateRoom = true;

    QString value(const QString &key) const;
};

// A stretch of expanded text that came from a placeholder: printed in data-only mode (套打),
// underlined where the template asked for room.
struct FormRun {
    int start = 0;
    int length = 0;
    bool underline = false;
};

struct ExpandedText {
    QString text;
    QList<FormRun> data;  // in order, not overlapping; the rest of the text is the form's own
};

// Placeholders ({key}, {key:6}, {key|date}, {key|yuan:8}, {key|code:sex}, {key|check:praise},
// {key|ticks:TABLE}; see FormTemplate.h).
class FormText {
    Q_DECLARE_TR_FUNCTIONS(FormText)
public:
    // Expands `text`; with `blank` every placeholder but the office's own ("office.name") is
    // empty: room for handwriting (tick boxes stay, unticked).
    static ExpandedText expand(const QString &text, const FormScope &scope, bool blank);

    // 2026-11-23 → 2026年11月23日 ("2026-11-23 09:30" → 2026年11月23日 9时30分); as given if unreadable.
    static QString date(const QString &iso);
    // 123450 (fen) → 1,234.50; empty for empty.
    static QString yuan(const QString &fen);
    // 123450 (fen) → 壹仟贰佰叁拾肆元伍角整.
    static QString yuanCapitals(const QString &fen);
};

}  // namespace sifa
