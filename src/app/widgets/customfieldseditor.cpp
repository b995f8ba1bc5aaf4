#include "widgets/customfieldseditor.h"

#include "delegates/textcelldelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int OriginalRole = Qt::UserRole + 1;  // on the key item: index into m_original, or -1

bool isJsonNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$)"));
    return number.match(text).hasMatch();
}

} // namespace

CustomFieldsEditor::CustomFieldsEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("customFieldsTable"));
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 160);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_addButton = new QPushButton(tr("&Add field"), this);
    m_addButton->setObjectName(QStringLiteral("addFieldButton"));
    m_removeButton = new QPushButton(tr("Re&move field"), this);
    m_removeButton->setObjectName(QStringLiteral("removeFieldButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_removeButton, &QPushButton::clicked, this, &CustomFieldsEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CustomFieldsEditor::updateButtons);
    updateButtons();
}

void CustomFieldsEditor::setFields(const QList<CustomField> &fields)
{
    m_original = fields;
    m_table->setRowCount(0);
    for (int i = 0; i < fields.size(); ++i) {
        addRow(fields.at(i).key, ContactRepository::displayText(fields.at(i)));
        const int row = m_table->rowCount() - 1;
        m_table->item(row, 0)->setData(OriginalRole, i);
        if (fields.at(i).type != QLatin1String("string"))
            m_table->item(row, 1)->setToolTip(tr("Stored as a JSON %1; it stays one while the text reads as one.")
                                                  .arg(fields.at(i).type));
    }
}

void CustomFieldsEditor::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *keyItem = new QTableWidgetItem(key);
    keyItem->setData(OriginalRole, -1);
    m_table->setItem(row, 0, keyItem);
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    updateButtons();
}

void CustomFieldsEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    updateButtons();
}

void CustomFieldsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_addButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
}

void CustomFieldsEditor::updateButtons()
{
    m_removeButton->setEnabled(!m_readOnly && m_table->selectionModel()->hasSelection());
}

CustomField CustomFieldsEditor::fieldForRow(int row) const
{
    const QString key = m_table->item(row, 0)->text().trimmed();
    const QString text = m_table->item(row, 1)->text();
    const int original = m_table->item(row, 0)->data(OriginalRole).toInt();
    if (original >= 0 && original < m_original.size()) {
        const CustomField &was = m_original.at(original);
        // Untouched: the exact JSON as stored, whatever its type.
        if (text == ContactRepository::displayText(was))
            return {key, was.type, was.json};
        const QString t = text.trimmed();
        if (was.type == QLatin1String("number") && isJsonNumber(t))
            return {key, was.type, t};
        if (was.type == QLatin1String("boolean") && (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                                                     || t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0))
            return {key, was.type, t.toLower()};
        if (was.type == QLatin1String("object") || was.type == QLatin1String("array")) {
            const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
            if ((was.type == QLatin1String("object") && doc.isObject()) || (was.type == QLatin1String("array") && doc.isArray()))
                return {key, was.type, t};
        }
    }
    // New or retyped values are strings, even when they read like numbers or booleans.
    return ContactRepository::stringField(key, text);
}

Result<QList<CustomField>> CustomFieldsEditor::fields() const
{
    QList<CustomField> fields;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text().trimmed().isEmpty() && m_table->item(row, 1)->text().isEmpty())
            continue;
        fields << fieldForRow(row);
    }
    // Keys and duplicates are checked where the JSON is built, with the same sentences as core.
    if (const auto json = ContactRepository::toJsonObject(fields); !json)
        return json.error();
    return fields;
}
