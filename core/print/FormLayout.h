#pragma once

#include "print/FormData.h"
#include "print/FormTemplate.h"

#include <QLineF>
#include <QList>
#include <QPageLayout>
#include <QPointF>
#include <QString>

#include <memory>

class QPaintDevice;
class QTextLayout;

namespace sifa {

struct FormOptions {
    bool blank = false;     // every value left out: the form for handwriting
    bool dataOnly = false;  // 套打: only the values, for paper with the form pre-printed
};

// One thing on a page, in device units: a line of laid-out text, or a rule/border.
struct FormPageItem {
    std::shared_ptr<QTextLayout> text;
    int line = -1;
    QPointF at;  // the layout's origin for this line
    QLineF stroke;
    double strokeWidth = 0;
};

struct FormPage {
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QList<FormPageItem> items;
    // Its text in reading order, a line per laid line (tests, previews, search).
    QString text() const;
};

// A template laid out for one paint device (its resolution decides every measure).
struct LaidOutForm {
    QString formId;
    QString title;
    QList<FormPage> pages;
};

class FormLayout {
public:
    // Every copy in turn, each from a new page. No copies: one blank copy.
    static LaidOutForm layout(const FormTemplate &form, const QList<FormData> &copies, const FormOptions &options,
                              QPaintDevice *device);

    // The page's size and the text block (版心) of a layout, in millimetres.
    static QPageLayout::Orientation orientation(const QString &layout);
    static QRectF textBlockMm(const QString &layout);
};

}  // namespace sifa
