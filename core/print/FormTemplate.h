#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

// A printed form as data: resources/forms/<id>.json, replaced by <override folder>/<id>.json
// when a county adjusts the wording. The engine (FormLayout) lays the blocks out top to bottom
// on A4 pages and continues on a new page whatever does not fit; nothing is clipped.
//
// {
//   "id": "agreement",                 // the command line's name for the form
//   "title": "人民调解协议书",          // shown in lists; the printed title is a "title" block
//   "module": "mediation",
//   "version": "2026.1",
//   "layout": "form",                  // "form": table form, 宋体 小四, GB/T 9704 margins
//                                      // "document": 公文 text, 仿宋 三号, 28 characters × 22 lines
//                                      // "ledger": A4 landscape register, 宋体 五号, 15 mm margins
//   "blocks": [ ... ]
// }
//
// Blocks (one key names the kind; the others are options):
//   {"title": "人民调解协议书"}                     小标宋 二号, centred, a blank line below
//   {"text": "...", "align": "left|center|right|justify", "indent": 2, "font": "song|fangsong|
//     hei|kai|title", "size": "小四" or 12, "bold": true}
//                                                   a paragraph; indent in characters (first line)
//   {"table": [[cell, ...], ...], "columns": [2, 5, 2, 5]}
//                                                   bordered table; column widths are shares of
//                                                   the text block; a row is as tall as its
//                                                   tallest cell and splits across pages by lines
//     cell: {"label": "姓名"} (fixed text, centred) or {"text": "{party.name}", "span": 3,
//           "lines": 4, "align": "left"} (lines: at least this many text lines, for handwriting)
//   {"each": "applicants", "as": "party", "blank": 2, "blocks": [...]}
//                                                   the blocks once per item of a list; on a blank
//                                                   form (or an empty list) `blank` times, empty
//   {"grid": "cases", "as": "case", "blank": 15, "columns": [{"head": "序号", "text": "{#}",
//     "width": 1, "align": "center"}, ...]}
//                                                   a register: a heading row repeated on every
//                                                   page, then a row per item; {#} is the row number;
//                                                   "size": "五号" sets its text smaller than the
//                                                   layout's, its lines closer (a dense table)
//   {"ruled": "{dispute.summary}", "lines": 6, "label": "纠纷简要情况："}
//                                                   text on ruled lines, at least `lines` of them
//   {"space": 1}                                    blank lines (of the layout's line height)
//   {"sign": ["当事人（签名或按指印）：", "调解员（签名）："], "date": "{agreement.date|date}"}
//                                                   signature labels, each with room to sign,
//                                                   and the date right-aligned below
//   {"pagebreak": true}
//
// Text may hold placeholders: {key} is the value of `key` (FormData), {key|date} writes an ISO
// date as 2026年11月23日, {key|yuan} an amount in fen as 1,234.50, {key|yuan-cn} in capitals
// (壹仟贰佰叁拾肆元伍角), {key|code:dispute_type} a code's name from a code table; {key:6}
// underlines the value and keeps at least 6 characters of room for handwriting when it is empty
// (a blank date reads "    年  月  日"). {key|check:praise} is a tick box: ☑ when the value is
// the code (or a comma-separated list holding it), else □ as the paper has it (always □ on a blank
// form; in data-only printing only the ☑ prints); {key|ticks:placement_risk_factor} is the whole
// checklist of a code table, each name with its box (all □ on a blank form). Inside "each"/"grid",
// keys start with the item's name
// ("party.name"); the form's own values stay reachable.
struct FormCell {
    QString text;
    bool label = false;
    int span = 1;
    int lines = 0;
    QString align;  // empty: centred for labels, left for text
};

struct GridColumn {
    QString head;
    QString text;
    double width = 1;
    QString align;
};

struct FormBlock {
    enum class Kind { Title, Text, Table, Each, Grid, Ruled, Space, Sign, PageBreak };
    Kind kind = Kind::Text;
    QString text;        // title, text, ruled
    QString align;       // text
    double indent = 0;   // text: characters
    QString font;        // text: song | fangsong | hei | kai | title
    double size = 0;     // points (title, text, grid); 0: the layout's text size
    bool bold = false;
    int lines = 0;       // ruled
    QString label;       // ruled
    QList<double> columns;             // table
    QList<QList<FormCell>> rows;       // table
    QString list;                      // each, grid
    QString as;                        // each, grid
    int blank = 0;                     // each, grid
    QList<FormBlock> blocks;           // each
    QList<GridColumn> grid;            // grid
    double space = 0;                  // space: lines
    QStringList signatures;            // sign
    QString date;                      // sign
};

struct FormTemplate {
    QString id;
    QString title;
    QString module;
    QString version;
    QString layout = QStringLiteral("form");  // form | document | ledger
    QList<FormBlock> blocks;

    // Reads a template; false with a translated sentence naming the place of the problem.
    static bool parse(const QByteArray &json, FormTemplate *out, QString *error);
    // Font sizes by their Chinese names (二号 22 pt, 三号 16 pt, 小四 12 pt, ...); 0 if unknown.
    static double pointSize(const QString &name);
};

// The installed templates: every ":/forms/<id>.json", replaced by <overrideDir>/<id>.json when
// that file exists and is valid.
class FormTemplates {
    Q_DECLARE_TR_FUNCTIONS(FormTemplates)
public:
    // Loads again; returns the problems (translated), a refused file keeping the built-in one.
    static QStringList reload(const QString &overrideDir = QString());
    static const FormTemplate *find(const QString &id);
    // In the order of the case file's 卷内目录, then the register and the other modules' forms.
    static QList<const FormTemplate *> all();
    // The forms of one module ("mediation", "correction").
    static QList<const FormTemplate *> ofModule(const QString &module);
    // The module's name for lists: 人民调解, 社区矫正.
    static QString moduleName(const QString &module);
};

}  // namespace sifa
