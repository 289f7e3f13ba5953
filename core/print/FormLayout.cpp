// Lays a form template out on A4 pages: blocks top to bottom in the text block, every text
// wrapped with QTextLayout for the target device, whatever does not fit carried to the next page
// line by line (a table row splits between its lines, a register repeats its heading row).
#include "print/FormLayout.h"

#include "print/FormFonts.h"
#include "print/FormText.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QTextLayout>

#include <cmath>
#include <functional>

namespace sifa {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kPtPerInch = 72.0;

struct Style {
    QString font;     // the text's font role
    double size = 12;  // points
    double pitch = 0;  // line height, points
    int perLine = 0;      // characters a full line holds (公文: 28), 0 for the font's own width
};

Style styleOf(const QString &layout)
{
    if (layout == QLatin1String("document")) {
        // 三号仿宋, 22 lines × 28 characters filling 156 × 225 mm.
        const double pitch = 225.0 / 22 / kMmPerInch * kPtPerInch;
        return {QStringLiteral("fangsong"), 16, pitch, 28};
    }
    if (layout == QLatin1String("ledger"))
        return {QStringLiteral("song"), 10.5, 10.5 * 1.55, 0};
    return {QStringLiteral("song"), 12, 12 * 1.7, 0};
}

Qt::Alignment alignmentOf(const QString &align, Qt::Alignment fallback)
{
    if (align == QLatin1String("left"))
        return Qt::AlignLeft;
    if (align == QLatin1String("center"))
        return Qt::AlignHCenter;
    if (align == QLatin1String("right"))
        return Qt::AlignRight;
    if (align == QLatin1String("justify"))
        return Qt::AlignJustify;
    return fallback;
}

// A text laid out at a width, its lines still to be placed.
struct Laid {
    std::shared_ptr<QTextLayout> layout;
    int lines() const { return layout ? layout->lineCount() : 0; }
};

class Layouter {
public:
    Layouter(const FormTemplate &form, const FormOptions &options, QPaintDevice *device)
        : m_form(form), m_options(options), m_device(device), m_style(styleOf(form.layout))
    {
        const double dpi = device->logicalDpiY();
        m_mm = dpi / kMmPerInch;
        m_pt = dpi / kPtPerInch;
        const QRectF block = FormLayout::textBlockMm(form.layout);
        m_body = QRectF(block.x() * m_mm, block.y() * m_mm, block.width() * m_mm, block.height() * m_mm);
        m_pitch = m_style.pitch * m_pt;
        m_out.formId = form.id;
        m_out.title = form.title;
    }

    LaidOutForm run(const QList<FormData> &copies)
    {
        const QList<FormData> all = copies.isEmpty() ? QList<FormData>{FormData()} : copies;
        for (const FormData &copy : all) {
            newPage();
            if (!copy.label.isEmpty() && !m_options.blank)
                copyLabel(copy.label);
            FormScope scope;
            scope.data = &copy;
            blocks(m_form.blocks, scope);
        }
        return m_out;
    }

private:
    // --- pages -----------------------------------------------------------------------------
    void newPage()
    {
        FormPage page;
        page.orientation = FormLayout::orientation(m_form.layout);
        m_out.pages << page;
        m_y = m_body.top();
    }

    double room() const { return m_body.bottom() - m_y; }

    // Starts a new page unless `height` fits below (or the page is still empty).
    void ensure(double height)
    {
        if (height > room() + 0.5 && m_y > m_body.top() + 0.5)
            newPage();
    }

    FormPage &page() { return m_out.pages.last(); }

    void stroke(const QLineF &line, double points = 0.6)
    {
        FormPageItem item;
        item.stroke = line;
        item.strokeWidth = points * m_pt;
        page().items << item;
    }

    // Line `i` of a laid text with its slot's top at `top` and the layout's left edge at `left`.
    void placeLine(const Laid &laid, int i, double left, double top, double slot)
    {
        const QTextLine line = laid.layout->lineAt(i);
        FormPageItem item;
        item.text = laid.layout;
        item.line = i;
        item.at = QPointF(left, top + (slot - line.height()) / 2 - line.y());
        page().items << item;
    }

    // --- text ------------------------------------------------------------------------------
    // Resolved once per layout: the fallback chain's lookup and the 公文 measurement are the same
    // for every text of the form.
    QFont fontFor(const QString &role, double points, bool bold)
    {
        const QString key = QStringLiteral("%1/%2/%3").arg(role).arg(points).arg(bold);
        if (const auto it = m_fonts.constFind(key); it != m_fonts.cend())
            return *it;
        QFont f = FormFonts::font(role.isEmpty() ? m_style.font : role, points, bold);
        // Exactly perLine characters in the text block's width, measured on this device: the
        // font's pixel size is rounded per resolution, so a fixed spacing would give 27 on one
        // printer and 28 on another.
        if (m_style.perLine > 0 && (role.isEmpty() || role == m_style.font) && qFuzzyCompare(points, m_style.size)) {
            const double advance = QFontMetricsF(f, m_device).horizontalAdvance(QChar(0x4E00));
            if (advance > 0)
                f.setLetterSpacing(QFont::PercentageSpacing, 100.0 * (cell() - 0.01) / advance);
        }
        m_fonts.insert(key, f);
        return f;
    }

    Laid lay(const ExpandedText &text, const QFont &font, double width, Qt::Alignment align, double indent = 0)
    {
        Laid out;
        // A new line in a value (a record's content, an agreement's terms) starts a new line
        // on paper: QTextLayout breaks at a line separator, not at '\n'.
        QString laidText = text.text;
        laidText.replace(QLatin1Char('\n'), QChar::LineSeparator);
        out.layout = std::make_shared<QTextLayout>(laidText, font, m_device);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        out.layout->setTextOption(option);
        QList<QTextLayout::FormatRange> formats;
        if (m_options.dataOnly) {
            // 套打: the form's own words are on the paper already; they keep their place unseen.
            QTextCharFormat hidden;
            hidden.setForeground(Qt::transparent);
            formats << QTextLayout::FormatRange{0, static_cast<int>(text.text.size()), hidden};
        }
        for (const FormRun &run : text.data) {
            QTextCharFormat shown;
            shown.setForeground(Qt::black);
            if (run.underline && !m_options.dataOnly)
                shown.setFontUnderline(true);
            formats << QTextLayout::FormatRange{run.start, run.length, shown};
        }
        out.layout->setFormats(formats);
        out.layout->beginLayout();
        bool first = true;
        for (;;) {
            QTextLine line = out.layout->createLine();
            if (!line.isValid())
                break;
            const double x = first ? indent : 0;
            line.setLineWidth(qMax(1.0, width - x));
            line.setPosition(QPointF(x, 0));
            first = false;
        }
        out.layout->endLayout();
        return out;
    }

    double points(double size) const { return size > 0 ? size : m_style.size; }
    // One character's share of a full line (公文 layout).
    double cell() const { return m_style.perLine > 0 ? m_body.width() / m_style.perLine : m_style.size * m_pt; }

    // A paragraph: its lines one per slot, each on the page where it fits.
    void paragraph(const ExpandedText &text, const QFont &font, Qt::Alignment align, double indent, double pitch)
    {
        const Laid laid = lay(text, font, m_body.width(), align, indent);
        for (int i = 0; i < laid.lines(); ++i) {
            ensure(pitch);
            placeLine(laid, i, m_body.left(), m_y, pitch);
            m_y += pitch;
        }
        if (laid.lines() == 0) {
            ensure(pitch);
            m_y += pitch;
        }
    }

    // --- blocks ----------------------------------------------------------------------------
    void blocks(const QList<FormBlock> &list, const FormScope &scope)
    {
        for (const FormBlock &b : list)
            block(b, scope);
    }

    void block(const FormBlock &b, const FormScope &scope)
    {
        switch (b.kind) {
        case FormBlock::Kind::Title: {
            const double size = b.size > 0 ? b.size : 22;
            const QFont font = fontFor(QStringLiteral("title"), size, false);
            const double pitch = qMax(m_pitch, size * 1.45 * m_pt);
            paragraph(FormText::expand(b.text, scope, m_options.blank), font, Qt::AlignHCenter, 0, pitch);
            m_y += m_form.layout == QLatin1String("document") ? m_pitch : m_pitch * 0.5;
            break;
        }
        case FormBlock::Kind::Text: {
            const double size = points(b.size);
            const QFont font = fontFor(b.font, size, b.bold);
            const double pitch = qMax(m_pitch * size / m_style.size, size * 1.35 * m_pt);
            const double indent = b.indent * (m_style.perLine > 0 ? cell() : font.pointSizeF() * m_pt);
            paragraph(FormText::expand(b.text, scope, m_options.blank), font,
                      alignmentOf(b.align, m_form.layout == QLatin1String("document") ? Qt::AlignJustify : Qt::AlignLeft),
                      indent, pitch);
            break;
        }
        case FormBlock::Kind::Table:
            table(b, scope);
            break;
        case FormBlock::Kind::Each: {
            const QList<FormData::Item> items = scope.data ? scope.data->list(b.list) : QList<FormData::Item>();
            if (items.isEmpty() || m_options.blank) {
                const FormData::Item none;
                for (int i = 0; i < b.blank; ++i) {
                    FormScope inner = scope;
                    inner.as = b.as;
                    inner.item = &none;
                    inner.row = i + 1;
                    blocks(b.blocks, inner);
                }
                break;
            }
            for (int i = 0; i < items.size(); ++i) {
                FormScope inner = scope;
                inner.as = b.as;
                inner.item = &items.at(i);
                inner.row = i + 1;
                blocks(b.blocks, inner);
            }
            break;
        }
        case FormBlock::Kind::Grid:
            grid(b, scope);
            break;
        case FormBlock::Kind::Ruled:
            ruled(b, scope);
            break;
        case FormBlock::Kind::Space:
            if (b.space * m_pitch > room())
                newPage();
            else
                m_y += b.space * m_pitch;
            break;
        case FormBlock::Kind::Sign:
            sign(b, scope);
            break;
        case FormBlock::Kind::PageBreak:
            if (m_y > m_body.top() + 0.5)
                newPage();
            break;
        }
    }

    // --- tables ----------------------------------------------------------------------------
    struct Cell {
        double x = 0;
        double width = 0;
        Laid laid;
        int minLines = 0;
        bool label = false;
        bool centre = false;  // vertically, for labels
        int lines() const { return laid.lines(); }
    };

    QList<double> columnEdges(const QList<double> &shares) const
    {
        double total = 0;
        for (double s : shares)
            total += s;
        QList<double> edges{m_body.left()};
        double at = 0;
        for (double s : shares) {
            at += s;
            edges << m_body.left() + m_body.width() * at / total;
        }
        return edges;
    }

    double padX() const { return 1.5 * m_mm; }
    double padY() const { return 0.15 * m_pitch; }

    Cell cell(const QString &text, bool label, const QString &align, double x, double width, int minLines,
              const FormScope &scope, bool bold = false)
    {
        Cell c;
        c.x = x;
        c.width = width;
        c.label = label;
        c.centre = label;
        c.minLines = minLines;
        const QFont font = fontFor(QString(), m_cellSize > 0 ? m_cellSize : m_style.size, bold);
        const ExpandedText expanded = FormText::expand(text, scope, m_options.blank);
        c.laid = lay(expanded, font, width - 2 * padX(),
                     alignmentOf(align, label ? Qt::AlignHCenter : Qt::AlignLeft));
        return c;
    }

    // One row of cells: as tall as its tallest cell, moved to the next page when it does not
    // fit, and split between its lines when it is taller than a page.
    void row(QList<Cell> cells, const std::function<void()> &afterBreak = {})
    {
        int lines = 1;
        for (const Cell &c : cells)
            lines = qMax(lines, qMax(c.lines(), c.minLines));
        const double full = lines * m_pitch + 2 * padY();
        if (full > room() + 0.5 && full <= m_body.height() && m_y > m_body.top() + 0.5) {
            newPage();
            if (afterBreak)
                afterBreak();
        }
        int done = 0;  // lines already printed
        QList<int> labelDrawn(cells.size(), 0);  // a label's lines printed so far
        while (done < lines) {
            int fit = static_cast<int>(std::floor((room() - 2 * padY() + 0.5) / m_pitch));
            if (fit < 1) {
                newPage();
                if (afterBreak)
                    afterBreak();
                continue;
            }
            fit = qMin(fit, lines - done);
            const double height = fit * m_pitch + 2 * padY();
            for (qsizetype ci = 0; ci < cells.size(); ++ci) {
                const Cell &c = cells.at(ci);
                if (c.centre) {
                    // A label sits in the middle of the row's first part; what did not fit
                    // there continues at the top of the next.
                    const int offset = done == 0 ? qMax(0, (qMin(lines, fit) - c.lines()) / 2) : 0;
                    int &drawn = labelDrawn[ci];
                    for (int slot = offset; slot < fit && drawn < c.lines(); ++slot, ++drawn)
                        placeLine(c.laid, drawn, c.x + padX(), m_y + padY() + slot * m_pitch, m_pitch);
                } else {
                    for (int i = 0; i < fit && done + i < c.lines(); ++i)
                        placeLine(c.laid, done + i, c.x + padX(), m_y + padY() + i * m_pitch, m_pitch);
                }
                const double left = c.x;
                const double right = c.x + c.width;
                stroke(QLineF(left, m_y, right, m_y));
                stroke(QLineF(left, m_y + height, right, m_y + height));
                stroke(QLineF(left, m_y, left, m_y + height));
                stroke(QLineF(right, m_y, right, m_y + height));
            }
            m_y += height;
            done += fit;
        }
    }

    void table(const FormBlock &b, const FormScope &scope)
    {
        const QList<double> edges = columnEdges(b.columns);
        for (const QList<FormCell> &r : b.rows) {
            QList<Cell> cells;
            int column = 0;
            for (const FormCell &fc : r) {
                const double x = edges.at(column);
                const double width = edges.at(qMin(column + fc.span, static_cast<int>(edges.size()) - 1)) - x;
                cells << cell(fc.text, fc.label, fc.align, x, width, fc.lines, scope);
                column += fc.span;
            }
            row(cells);
        }
        m_y += 0.4 * m_pitch;  // the next block does not touch the table's border
    }

    void grid(const FormBlock &b, const FormScope &scope)
    {
        // A grid of its own size: its text and its lines (1.5 × the size) for the whole grid.
        const double pitch = m_pitch;
        if (b.size > 0) {
            m_cellSize = b.size;
            m_pitch = b.size * 1.5 * m_pt;
        }
        gridRows(b, scope);
        m_cellSize = 0;
        m_pitch = pitch;
    }

    void gridRows(const FormBlock &b, const FormScope &scope)
    {
        QList<double> shares;
        for (const GridColumn &c : b.grid)
            shares << c.width;
        const QList<double> edges = columnEdges(shares);
        const auto heading = [&] {
            QList<Cell> cells;
            for (int i = 0; i < b.grid.size(); ++i) {
                cells << cell(b.grid.at(i).head, true, QStringLiteral("center"), edges.at(i),
                              edges.at(i + 1) - edges.at(i), 0, scope, true);
            }
            row(cells);
        };
        heading();
        const QList<FormData::Item> items = scope.data && !m_options.blank ? scope.data->list(b.list)
                                                                          : QList<FormData::Item>();
        const FormData::Item none;
        const int count = items.isEmpty() ? b.blank : static_cast<int>(items.size());
        for (int r = 0; r < count; ++r) {
            FormScope inner = scope;
            inner.as = b.as;
            inner.dateRoom = false;
            inner.item = items.isEmpty() ? &none : &items.at(r);
            inner.row = items.isEmpty() ? 0 : r + 1;
            QList<Cell> cells;
            for (int i = 0; i < b.grid.size(); ++i) {
                const GridColumn &gc = b.grid.at(i);
                Cell c = cell(gc.text, false, gc.align, edges.at(i), edges.at(i + 1) - edges.at(i), 1, inner);
                cells << c;
            }
            row(cells, heading);
        }
    }

    // --- ruled lines, signatures -----------------------------------------------------------
    void ruled(const FormBlock &b, const FormScope &scope)
    {
        ExpandedText text = FormText::expand(b.text, scope, m_options.blank);
        if (!b.label.isEmpty()) {
            const ExpandedText label = FormText::expand(b.label, scope, m_options.blank);
            for (FormRun &run : text.data)
                run.start += static_cast<int>(label.text.size());
            text.data = label.data + text.data;
            text.text = label.text + text.text;
        }
        const Laid laid = lay(text, fontFor(QString(), m_style.size, false), m_body.width(), Qt::AlignLeft);
        const int lines = qMax(b.lines, laid.lines());
        for (int i = 0; i < lines; ++i) {
            ensure(m_pitch);
            if (i < laid.lines())
                placeLine(laid, i, m_body.left(), m_y, m_pitch);
            const double rule = m_y + m_pitch - 0.12 * m_pitch;
            stroke(QLineF(m_body.left(), rule, m_body.right(), rule), 0.4);
            m_y += m_pitch;
        }
    }

    void sign(const FormBlock &b, const FormScope &scope)
    {
        const QFont font = fontFor(QString(), m_style.size, false);
        const double half = m_body.width() / 2;
        for (int i = 0; i < b.signatures.size(); i += 2) {
            ensure(2 * m_pitch);
            m_y += 0.6 * m_pitch;
            for (int k = 0; k < 2 && i + k < b.signatures.size(); ++k) {
                const Laid laid = lay(FormText::expand(b.signatures.at(i + k), scope, m_options.blank), font,
                                      half - padX(), Qt::AlignLeft);
                for (int l = 0; l < laid.lines(); ++l)
                    placeLine(laid, l, m_body.left() + k * half, m_y + l * m_pitch, m_pitch);
            }
            m_y += 1.4 * m_pitch;
        }
        if (!b.date.isEmpty()) {
            ensure(m_pitch);
            // The date ends four characters in from the right (GB/T 9704 成文日期).
            const double inset = 4 * font.pointSizeF() * m_pt;
            const Laid laid = lay(FormText::expand(b.date, scope, m_options.blank), font, m_body.width() - inset,
                                  Qt::AlignRight);
            for (int l = 0; l < laid.lines(); ++l) {
                placeLine(laid, l, m_body.left(), m_y, m_pitch);
                m_y += m_pitch;
            }
        }
    }

    void copyLabel(const QString &label)
    {
        const QFont font = fontFor(QStringLiteral("song"), 9, false);
        ExpandedText text;
        text.text = label;
        text.data << FormRun{0, static_cast<int>(label.size()), false};
        const Laid laid = lay(text, font, m_body.width(), Qt::AlignRight);
        if (laid.lines() > 0)
            placeLine(laid, 0, m_body.left(), m_body.top() - 2.2 * m_pitch, m_pitch);
    }

    const FormTemplate &m_form;
    FormOptions m_options;
    QPaintDevice *m_device;
    Style m_style;
    double m_mm = 1;
    double m_pt = 1;
    double m_pitch = 1;
    double m_cellSize = 0;  // points of a table's text while a grid of its own size is laid out
    QRectF m_body;
    double m_y = 0;
    LaidOutForm m_out;
    QHash<QString, QFont> m_fonts;  // fontFor's, by role, size and weight
};

}  // namespace

QString FormPage::text() const
{
    QStringList lines;
    for (const FormPageItem &item : items) {
        if (!item.text)
            continue;
        const QTextLine line = item.text->lineAt(item.line);
        lines << item.text->text().mid(line.textStart(), line.textLength()).trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

QPageLayout::Orientation FormLayout::orientation(const QString &layout)
{
    return layout == QLatin1String("ledger") ? QPageLayout::Landscape : QPageLayout::Portrait;
}

QRectF FormLayout::textBlockMm(const QString &layout)
{
    if (layout == QLatin1String("ledger"))
        return QRectF(15, 15, 267, 170);  // A4 landscape, 15 mm sides, the page number 7 mm below
    return QRectF(28, 37, 156, 225);      // GB/T 9704: 天头 37, 订口 28, 版心 156 × 225
}

LaidOutForm FormLayout::layout(const FormTemplate &form, const QList<FormData> &copies, const FormOptions &options,
                               QPaintDevice *device)
{
    return Layouter(form, options, device).run(copies);
}

}  // namespace sifa
