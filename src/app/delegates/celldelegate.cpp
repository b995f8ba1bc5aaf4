#include "delegates/celldelegate.h"

#include "delegates/contentdirection.h"
#include "i18n/displayformat.h"
#include "models/windowedtablemodel.h"
#include "theme/statuscolours.h"

#include <QComboBox>
#include <QAbstractItemView>
#include <QDateTime>
#include <QHelpEvent>
#include <QToolTip>

QString CellDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.isNull())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        // The server's wall clock as stored (no zone conversion), in the interface locale's format.
        return DisplayFormat::dateTime(value.toDateTime(), true, locale);
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QMetaType::QString:
        // Phones and other digit-only data follow the chosen digits like the counts beside them.
        return DisplayFormat::data(value.toString(), locale);
    default:
        return QSqlRelationalDelegate::displayText(value, locale);
    }
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (const auto *model = qobject_cast<const WindowedTableModel *>(index.model())) {
        model->prepareRelationChoices(index);
        const QStringList values = model->fieldChoices(index.column());
        if (!values.isEmpty()) {
            // QComboBox's user property is its current text: the base class reads and writes it.
            auto *combo = new QComboBox(parent);
            combo->addItems(values);
            return combo;
        }
    }
    QWidget *editor = QSqlRelationalDelegate::createEditor(parent, option, index);
    if (editor)
        ContentDirection::follow(editor);
    return editor;
}

void CellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QSqlRelationalDelegate::initStyleOption(option, index);
    styleCell(option, index);
    if (index.data().isNull()) {
        option->text = nullText();
        // Greyed in the tone that reads on this palette's rows, light or dark.
        option->palette.setColor(QPalette::Text, StatusColours::text(StatusColours::Tone::Neutral, option->palette));
    }
    ContentDirection::applyTo(option);
}

void CellDelegate::styleCell(QStyleOptionViewItem *, const QModelIndex &) const
{
}

QString CellDelegate::nullText()
{
    return QStringLiteral("—");
}

bool CellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                             const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.data().isNull()) {
        // The database's word, so "no value" is never mistaken for an empty string.
        QToolTip::showText(event->globalPos(), tr("NULL"), view);
        return true;
    }
    return QSqlRelationalDelegate::helpEvent(event, view, option, index);
}
