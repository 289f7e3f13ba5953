#include "shell/ModulePreviewPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

ModulePreviewPage::ModulePreviewPage(const QString &title, const QString &description, const QStringList &coming,
                                     QWidget *parent)
    : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this));
    auto *notice = new QLabel(tr("This module is not available in this version of SifaDesk yet."), this);
    notice->setObjectName(QStringLiteral("notice"));
    notice->setStyleSheet(QStringLiteral("background: #fff8e1; border: 1px solid #f0d070; padding: 8px;"));
    notice->setWordWrap(true);
    v->addWidget(notice);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    v->addWidget(text);
    QString list = QStringLiteral("<p>%1</p><ul>").arg(tr("It will let you:").toHtmlEscaped());
    for (const QString &c : coming)
        list += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
    list += QStringLiteral("</ul>");
    auto *items = new QLabel(list, this);
    items->setTextFormat(Qt::RichText);
    items->setWordWrap(true);
    v->addWidget(items);
    v->addStretch();
}

}  // namespace ui
}  // namespace sifa
