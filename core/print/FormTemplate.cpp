#include "print/FormTemplate.h"

#include "rules/JsonFields.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMutex>

#include <memory>

namespace sifa {

namespace {

const QStringList &layouts()
{
    static const QStringList l{QStringLiteral("form"), QStringLiteral("document"), QStringLiteral("ledger")};
    return l;
}

const QStringList &aligns()
{
    static const QStringList a{QString(), QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right"),
                               QStringLiteral("justify")};
    return a;
}

const QStringList &fonts()
{
    static const QStringList f{QString(),          QStringLiteral("song"), QStringLiteral("fangsong"),
                               QStringLiteral("hei"), QStringLiteral("kai"), QStringLiteral("title")};
    return f;
}

// A number, or a Chinese size name ("小四").
double readSize(JsonFields &f, const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("size"));
    if (v.isUndefined())
        return 0;
    const double pt = v.isDouble() ? v.toDouble() : FormTemplate::pointSize(v.toString());
    if (pt < 5 || pt > 72)
        f.fail(FormTemplates::tr("%1: \"size\" must be a point size from 5 to 72 or a size name such as 小四")
                   .arg(f.where()));
    return pt;
}

double readNumber(JsonFields &f, const QJsonObject &o, const QString &field, double min, double max, double fallback)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        f.fail(FormTemplates::tr("%1: \"%2\" must be a number from %3 to %4").arg(f.where(), field).arg(min).arg(max));
        return fallback;
    }
    return v.toDouble();
}

QString readChoice(JsonFields &f, const QString &field, const QStringList &choices)
{
    const QString value = f.string(field, false);
    if (!choices.contains(value)) {
        f.fail(FormTemplates::tr("%1: \"%2\" must be one of %3, not \"%4\"")
                   .arg(f.where(), field, QStringList(choices.mid(1)).join(QStringLiteral(", ")), value));
    }
    return value;
}

bool readBlocks(const QJsonArray &array, const QString &where, QList<FormBlock> *out, QString *error);

bool readCell(const QJsonValue &value, const QString &where, FormCell *cell, QString *error)
{
    if (!value.isObject()) {
        *error = FormTemplates::tr("%1: a cell must be an object such as {\"label\": \"姓名\"}").arg(where);
        return false;
    }
    const QJsonObject o = value.toObject();
    JsonFields f(o, where);
    f.allowOnly({QStringLiteral("label"), QStringLiteral("text"), QStringLiteral("span"), QStringLiteral("lines"),
                 QStringLiteral("align")});
    if (o.contains(QStringLiteral("label")) == o.contains(QStringLiteral("text")))
        f.fail(FormTemplates::tr("%1: a cell has either \"label\" or \"text\"").arg(where));
    cell->label = o.contains(QStringLiteral("label"));
    cell->text = f.string(cell->label ? QStringLiteral("label") : QStringLiteral("text"), false);
    cell->span = f.integer(QStringLiteral("span"), 1, 24, false).value_or(1);
    cell->lines = f.integer(QStringLiteral("lines"), 0, 60, false).value_or(0);
    cell->align = readChoice(f, QStringLiteral("align"), aligns());
    *error = f.error();
    return f.ok();
}

bool readBlock(const QJsonObject &o, const QString &where, FormBlock *b, QString *error)
{
    JsonFields f(o, where);
    static const QList<QPair<QString, FormBlock::Kind>> kinds{
        {QStringLiteral("title"), FormBlock::Kind::Title},   {QStringLiteral("text"), FormBlock::Kind::Text},
        {QStringLiteral("table"), FormBlock::Kind::Table},   {QStringLiteral("each"), FormBlock::Kind::Each},
        {QStringLiteral("grid"), FormBlock::Kind::Grid},     {QStringLiteral("ruled"), FormBlock::Kind::Ruled},
        {QStringLiteral("space"), FormBlock::Kind::Space},   {QStringLiteral("sign"), FormBlock::Kind::Sign},
        {QStringLiteral("pagebreak"), FormBlock::Kind::PageBreak}};
    int found = 0;
    for (const auto &[key, kind] : kinds) {
        if (o.contains(key)) {
            b->kind = kind;
            ++found;
        }
    }
    if (found != 1) {
        *error = FormTemplates::tr("%1: a block has exactly one of title, text, table, each, grid, ruled, space, "
                                   "sign, pagebreak")
                     .arg(where);
        return false;
    }
    switch (b->kind) {
    case FormBlock::Kind::Title:
        f.allowOnly({QStringLiteral("title"), QStringLiteral("size")});
        b->text = f.string(QStringLiteral("title"));
        b->size = readSize(f, o);
        break;
    case FormBlock::Kind::Text:
        f.allowOnly({QStringLiteral("text"), QStringLiteral("align"), QStringLiteral("indent"), QStringLiteral("font"),
                     QStringLiteral("size"), QStringLiteral("bold")});
        b->text = f.string(QStringLiteral("text"));
        b->align = readChoice(f, QStringLiteral("align"), aligns());
        b->indent = readNumber(f, o, QStringLiteral("indent"), 0, 20, 0);
        b->font = readChoice(f, QStringLiteral("font"), fonts());
        b->size = readSize(f, o);
        b->bold = f.boolean(QStringLiteral("bold"), false).value_or(false);
        break;
    case FormBlock::Kind::Table: {
        f.allowOnly({QStringLiteral("table"), QStringLiteral("columns")});
        const QJsonArray columns = f.array(QStringLiteral("columns"));
        for (const QJsonValue &c : columns) {
            if (!c.isDouble() || c.toDouble() <= 0) {
                f.fail(FormTemplates::tr("%1: \"columns\" must list positive widths").arg(where));
                break;
            }
            b->columns << c.toDouble();
        }
        const QJsonArray rows = f.array(QStringLiteral("table"));
        for (qsizetype r = 0; r < rows.size() && f.ok(); ++r) {
            if (!rows.at(r).isArray()) {
                f.fail(FormTemplates::tr("%1: table row %2 must be a list of cells").arg(where).arg(r + 1));
                break;
            }
            QList<FormCell> row;
            int width = 0;
            const QJsonArray cells = rows.at(r).toArray();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                FormCell cell;
                if (!readCell(cells.at(c), FormTemplates::tr("%1, row %2, cell %3").arg(where).arg(r + 1).arg(c + 1),
                              &cell, error)) {
                    return false;
                }
                width += cell.span;
                row << cell;
            }
            if (width != b->columns.size()) {
                f.fail(FormTemplates::tr("%1: table row %2 spans %3 columns, the table has %4")
                           .arg(where)
                           .arg(r + 1)
                           .arg(width)
                           .arg(b->columns.size()));
            }
            b->rows << row;
        }
        break;
    }
    case FormBlock::Kind::Each:
        f.allowOnly({QStringLiteral("each"), QStringLiteral("as"), QStringLiteral("blank"), QStringLiteral("blocks")});
        b->list = f.string(QStringLiteral("each"));
        b->as = f.string(QStringLiteral("as"));
        b->blank = f.integer(QStringLiteral("blank"), 0, 50, false).value_or(1);
        if (f.ok() && !readBlocks(f.array(QStringLiteral("blocks")), where, &b->blocks, error))
            return false;
        break;
    case FormBlock::Kind::Grid: {
        f.allowOnly({QStringLiteral("grid"), QStringLiteral("as"), QStringLiteral("blank"), QStringLiteral("columns"),
                     QStringLiteral("size")});
        b->list = f.string(QStringLiteral("grid"));
        b->size = readSize(f, o);
        b->as = f.string(QStringLiteral("as"));
        b->blank = f.integer(QStringLiteral("blank"), 0, 200, false).value_or(10);
        const QJsonArray columns = f.array(QStringLiteral("columns"));
        for (qsizetype c = 0; c < columns.size() && f.ok(); ++c) {
            JsonFields cf(columns.at(c).toObject(), FormTemplates::tr("%1, column %2").arg(where).arg(c + 1));
            cf.allowOnly({QStringLiteral("head"), QStringLiteral("text"), QStringLiteral("width"), QStringLiteral("align")});
            GridColumn gc;
            gc.head = cf.string(QStringLiteral("head"));
            gc.text = cf.string(QStringLiteral("text"), false);
            gc.width = readNumber(cf, columns.at(c).toObject(), QStringLiteral("width"), 0.1, 100, 1);
            gc.align = readChoice(cf, QStringLiteral("align"), aligns());
            if (!cf.ok())
                f.fail(cf.error());
            b->grid << gc;
        }
        if (f.ok() && b->grid.isEmpty())
            f.fail(FormTemplates::tr("%1: a grid needs columns").arg(where));
        break;
    }
    case FormBlock::Kind::Ruled:
        f.allowOnly({QStringLiteral("ruled"), QStringLiteral("lines"), QStringLiteral("label")});
        b->text = f.string(QStringLiteral("ruled"), false);
        b->lines = f.integer(QStringLiteral("lines"), 0, 60, false).value_or(0);
        b->label = f.string(QStringLiteral("label"), false);
        break;
    case FormBlock::Kind::Space:
        f.allowOnly({QStringLiteral("space")});
        b->space = readNumber(f, o, QStringLiteral("space"), 0, 30, 1);
        break;
    case FormBlock::Kind::Sign: {
        f.allowOnly({QStringLiteral("sign"), QStringLiteral("date")});
        for (const QJsonValue &v : f.array(QStringLiteral("sign")))
            b->signatures << v.toString();
        b->date = f.string(QStringLiteral("date"), false);
        break;
    }
    case FormBlock::Kind::PageBreak:
        f.allowOnly({QStringLiteral("pagebreak")});
        break;
    }
    *error = f.error();
    return f.ok();
}

bool readBlocks(const QJsonArray &array, const QString &where, QList<FormBlock> *out, QString *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = FormTemplates::tr("%1, block %2").arg(where).arg(i + 1);
        if (!array.at(i).isObject()) {
            *error = FormTemplates::tr("%1: a block must be an object").arg(at);
            return false;
        }
        FormBlock b;
        if (!readBlock(array.at(i).toObject(), at, &b, error))
            return false;
        out->append(b);
    }
    return true;
}

QMutex g_mutex;
std::shared_ptr<const QHash<QString, FormTemplate>> g_templates;
// Every loaded generation stays alive: find() hands out pointers into them (a few kilobytes).
QList<std::shared_ptr<const QHash<QString, FormTemplate>>> g_generations;

bool readFile(const QString &path, FormTemplate *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return FormTemplate::parse(file.readAll(), out, error);
}

// The binding order of the case file, then the register.
const QStringList &order()
{
    static const QStringList o{
        QStringLiteral("cover"),        QStringLiteral("contents"),      QStringLiteral("application"),
        QStringLiteral("registration"), QStringLiteral("rights-notice"), QStringLiteral("investigation"),
        QStringLiteral("session"),      QStringLiteral("agreement"),     QStringLiteral("oral-agreement"),
        QStringLiteral("visit"),        QStringLiteral("closing-report"), QStringLiteral("termination-notice"),
        QStringLiteral("back-cover"),   QStringLiteral("register"),
        // 社区矫正, in the order of domain README §3.8.
        QStringLiteral("correction-assessment"), QStringLiteral("correction-basic-info"),
        QStringLiteral("correction-reception"), QStringLiteral("correction-announcement"),
        QStringLiteral("correction-team"), QStringLiteral("correction-plan"), QStringLiteral("correction-leave"),
        QStringLiteral("correction-leave-certificate"), QStringLiteral("correction-frequent-travel"),
        QStringLiteral("correction-visitor"), QStringLiteral("correction-restricted-place"),
        QStringLiteral("correction-transfer"), QStringLiteral("correction-assessment-monthly"),
        QStringLiteral("correction-sanction"), QStringLiteral("correction-proposal"),
        QStringLiteral("correction-summary"), QStringLiteral("correction-release-appraisal"),
        QStringLiteral("correction-release-announcement"), QStringLiteral("correction-release-certificate"),
        // 安置帮教, in the order of domain README §4.6.
        QStringLiteral("placement-handover"), QStringLiteral("placement-register"),
        QStringLiteral("placement-agreement"), QStringLiteral("placement-group"), QStringLiteral("placement-visit"),
        QStringLiteral("placement-risk"), QStringLiteral("placement-resettlement"), QStringLiteral("placement-end"),
        QStringLiteral("placement-unmatched")};
    return o;
}

}  // namespace

double FormTemplate::pointSize(const QString &name)
{
    static const QHash<QString, double> sizes{
        {QStringLiteral("初号"), 42}, {QStringLiteral("小初"), 36}, {QStringLiteral("一号"), 26},
        {QStringLiteral("小一"), 24}, {QStringLiteral("二号"), 22}, {QStringLiteral("小二"), 18},
        {QStringLiteral("三号"), 16}, {QStringLiteral("小三"), 15}, {QStringLiteral("四号"), 14},
        {QStringLiteral("小四"), 12}, {QStringLiteral("五号"), 10.5}, {QStringLiteral("小五"), 9}};
    return sizes.value(name, 0);
}

bool FormTemplate::parse(const QByteArray &json, FormTemplate *out, QString *error)
{
    QJsonObject o;
    if (!JsonFields::parseDocument(json, &o, error))
        return false;
    JsonFields f(o, FormTemplates::tr("the form"));
    f.allowOnly({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("module"), QStringLiteral("version"),
                 QStringLiteral("layout"), QStringLiteral("blocks")});
    FormTemplate t;
    t.id = f.string(QStringLiteral("id"));
    t.title = f.string(QStringLiteral("title"));
    t.module = f.string(QStringLiteral("module"), false);
    t.version = f.string(QStringLiteral("version"), false);
    t.layout = f.string(QStringLiteral("layout"), false);
    if (t.layout.isEmpty())
        t.layout = QStringLiteral("form");
    if (f.ok() && !layouts().contains(t.layout))
        f.fail(FormTemplates::tr("\"layout\" must be form, document or ledger, not \"%1\"").arg(t.layout));
    const QJsonArray blocks = f.array(QStringLiteral("blocks"));
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    if (!readBlocks(blocks, FormTemplates::tr("form %1").arg(t.id), &t.blocks, error))
        return false;
    *out = t;
    return true;
}

QStringList FormTemplates::reload(const QString &overrideDir)
{
    auto fresh = std::make_shared<QHash<QString, FormTemplate>>();
    QStringList problems;
    const QStringList files = QDir(QStringLiteral(":/forms")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        FormTemplate t;
        QString error;
        if (!readFile(QStringLiteral(":/forms/") + file, &t, &error)) {
            problems << tr("The built-in form %1 could not be read (%2).").arg(file, error);
            continue;
        }
        const QString overridePath = overrideDir.isEmpty() ? QString() : QDir(overrideDir).filePath(file);
        if (!overridePath.isEmpty() && QFile::exists(overridePath)) {
            FormTemplate replacement;
            if (!readFile(overridePath, &replacement, &error)) {
                //: %1 file path, %2 what is wrong and where
                problems << tr("The form file %1 could not be used (%2); the built-in form is printed.")
                                .arg(QDir::toNativeSeparators(overridePath), error);
            } else if (replacement.id != t.id) {
                problems << tr("The form file %1 could not be used: it names the form \"%2\", not \"%3\".")
                                .arg(QDir::toNativeSeparators(overridePath), replacement.id, t.id);
            } else {
                t = replacement;
            }
        }
        fresh->insert(t.id, t);
    }
    if (!overrideDir.isEmpty()) {
        const QStringList extra = QDir(overrideDir).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : extra) {
            if (!files.contains(file)) {
                problems << tr("The form file %1 is not used: SifaDesk has no form of that name.")
                                .arg(QDir::toNativeSeparators(QDir(overrideDir).filePath(file)));
            }
        }
    }
    QMutexLocker lock(&g_mutex);
    g_templates = fresh;
    g_generations << fresh;
    return problems;
}

namespace {

std::shared_ptr<const QHash<QString, FormTemplate>> current()
{
    QMutexLocker lock(&g_mutex);
    if (!g_templates) {
        lock.unlock();
        FormTemplates::reload();
        lock.relock();
    }
    return g_templates;
}

}  // namespace

QList<const FormTemplate *> FormTemplates::ofModule(const QString &module)
{
    QList<const FormTemplate *> out;
    for (const FormTemplate *t : all()) {
        if (t->module == module || (t->module.isEmpty() && module == QLatin1String("mediation")))
            out << t;
    }
    return out;
}

QString FormTemplates::moduleName(const QString &module)
{
    if (module == QLatin1String("correction"))
        return tr("Community correction");
    if (module == QLatin1String("placement"))
        return tr("Resettlement and assistance");
    if (module == QLatin1String("statistics"))
        return tr("Statistics");
    return tr("People's mediation");
}

const FormTemplate *FormTemplates::find(const QString &id)
{
    const auto all = current();
    const auto it = all->constFind(id);
    return it == all->cend() ? nullptr : &*it;  // the hash lives until the next reload
}

QList<const FormTemplate *> FormTemplates::all()
{
    const auto templates = current();
    QList<const FormTemplate *> out;
    for (const QString &id : order()) {
        if (const auto it = templates->constFind(id); it != templates->cend())
            out << &*it;
    }
    QStringList others;
    for (auto it = templates->cbegin(); it != templates->cend(); ++it) {
        if (!order().contains(it.key()))
            others << it.key();
    }
    others.sort();
    for (const QString &id : others)
        out << &*templates->constFind(id);
    return out;
}

}  // namespace sifa
