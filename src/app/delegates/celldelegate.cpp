#include "delegates/celldelegate.h"

#include "delegates/contentdirection.h"
#include "i18n/displayformat.h"
#include "models/windowedtablemodel.h"
#include "theme/statuscolours.h"

#include <QComboBox>
#include <QLabel>
#include <QMetaProperty>
#include <QPointer>
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

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    QSqlRelationalDelegate::setEditorData(editor, index);
    if (!m_refusal || m_refusal->index != QPersistentModelIndex(index))
        return;
    const Refusal refusal = *std::exchange(m_refusal, std::nullopt);
    if (const QMetaProperty user = editor->metaObject()->userProperty(); user.isValid())
        user.write(editor, refusal.typed);
    showReason(editor, refusal.reason);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *windowed = qobject_cast<WindowedTableModel *>(model);
    if (!windowed)
        return QSqlRelationalDelegate::setModelData(editor, model, index);
    windowed->setRefusalsToEditor(true);
    QSqlRelationalDelegate::setModelData(editor, model, index);
    windowed->setRefusalsToEditor(false);
    const std::optional<Error> refused = windowed->takeRefusal();
    if (!refused)
        return;
    // The view closes this editor once we return (Enter, Tab, a click elsewhere): open a new one on
    // the same cell, from the event loop, with what was typed.
    const QMetaProperty user = editor->metaObject()->userProperty();
    m_refusal = Refusal{QPersistentModelIndex(index), user.isValid() ? user.read(editor) : QVariant(), refused->message};
    QPointer<QAbstractItemView> view = qobject_cast<QAbstractItemView *>(editor->parentWidget() ? editor->parentWidget()->parentWidget() : nullptr);
    QMetaObject::invokeMethod(const_cast<CellDelegate *>(this), [this, view] {
        if (!m_refusal || !view || !m_refusal->index.isValid()) {
            m_refusal.reset();
            return;
        }
        const QModelIndex cell = m_refusal->index;
        view->setCurrentIndex(cell);
        view->edit(cell);
        m_refusal.reset();  // used by setEditorData, or the cell could not be edited any more
    }, Qt::QueuedConnection);
}

void CellDelegate::showReason(QWidget *editor, const QString &reason)
{
    QWidget *viewport = editor->parentWidget();
    if (!viewport)
        return;
    auto *label = new QLabel(reason, viewport);
    label->setObjectName(QStringLiteral("editorRefusal"));
    label->setWordWrap(true);
    label->setAutoFillBackground(true);
    label->setForegroundRole(QPalette::ToolTipText);
    label->setBackgroundRole(QPalette::ToolTipBase);
    label->setFrameShape(QFrame::Box);
    label->setMargin(4);
    label->setTextFormat(Qt::PlainText);
    const QRect cell = editor->geometry();
    const int width = qMin(viewport->width(), qMax(cell.width(), 360));
    label->setFixedWidth(width);
    label->adjustSize();
    // Under the cell, or above it when the viewport's bottom is too close; aligned with the cell's
    // leading edge in either direction.
    int x = viewport->isRightToLeft() ? cell.right() - width + 1 : cell.left();
    x = qBound(0, x, qMax(0, viewport->width() - width));
    const int y = cell.bottom() + 1 + label->height() <= viewport->height() ? cell.bottom() + 1 : qMax(0, cell.top() - label->height());
    label->move(x, y);
    label->show();
    label->raise();
    QObject::connect(editor, &QObject::destroyed, label, &QObject::deleteLater);
}
