#include "widgets/narrowingbanner.h"

#include <QBoxLayout>

NarrowingBanner::NarrowingBanner(QWidget *table) : QLabel(table->parentWidget())
{
    setObjectName(QStringLiteral("narrowingBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    hide();
    if (auto *box = qobject_cast<QBoxLayout *>(table->parentWidget()->layout()))
        box->insertWidget(box->indexOf(table), this);
    connect(this, &QLabel::linkActivated, this, [this] {
        say({});
        emit dropped();
    });
}

void NarrowingBanner::say(const QString &sentence)
{
    setVisible(!sentence.isEmpty());
    if (sentence.isEmpty())
        return;
    // The sentence may carry names from the database: escaped, so a "<b>" in a session name stays text.
    setText(sentence.toHtmlEscaped() + QStringLiteral(" <a href=\"all\">") + tr("Show all").toHtmlEscaped()
            + QStringLiteral("</a>"));
}
