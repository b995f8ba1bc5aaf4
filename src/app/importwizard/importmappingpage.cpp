#include "importwizard/importmappingpage.h"
#include "ui_importmappingpage.h"

#include "importwizard/importwizard.h"
#include "theme/statuscolours.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>

namespace {

enum Column { HeaderColumn, SampleColumn, FieldColumn, KeyColumn, KeepColumn, ColumnCount };

// The combo's value for a target: the ColumnMapping field name, with every custom key as "custom".
QString choiceOf(const ColumnTarget &target)
{
    return target.field == ContactField::Custom ? QStringLiteral("custom") : ColumnMapping::fieldName(target);
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::ImportMappingPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    ui->mappingTable->setColumnCount(ColumnCount);
    ui->mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Becomes"), tr("Custom field key"),
                                                 tr("Keep")});
    ui->mappingTable->horizontalHeaderItem(KeepColumn)
        ->setToolTip(tr("Columns nobody mapped are kept in the contact's custom fields; untick to leave them out."));
    QHeaderView *header = ui->mappingTable->horizontalHeader();
    header->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    ui->mappingTable->setColumnWidth(KeyColumn, 160);
    connect(ui->mappingTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == KeepColumn && (item->flags() & Qt::ItemIsUserCheckable))
            setKeep(item->row(), item->checkState() == Qt::Checked);
    });
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::initializePage()
{
    // Coming back from a later page keeps the choices; a file read anew starts from its suggestion.
    const ImportSetup &setup = m_wizard->setup();
    if (m_generation == setup.generation)
        return;
    m_generation = setup.generation;
    m_mapping = setup.suggested;
    m_dropped.clear();
    m_keyError.clear();
    buildRows();
    changed();
}

void ImportMappingPage::buildRows()
{
    const ImportSetup &setup = m_wizard->setup();
    QTableWidget *table = ui->mappingTable;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(m_mapping.columnCount());
    for (int row = 0; row < m_mapping.columnCount(); ++row) {
        table->setItem(row, HeaderColumn, new QTableWidgetItem(m_mapping.columns().at(row).header));
        QString sample;
        for (const CsvRecord &record : setup.sample) {
            sample = record.fields.value(row).trimmed();
            if (!sample.isEmpty())
                break;
        }
        auto *sampleItem = new QTableWidgetItem(sample.left(120));
        sampleItem->setToolTip(sample.left(1000));
        if (sample.isEmpty()) {
            sampleItem->setText(tr("(empty in the first rows)"));
            sampleItem->setForeground(palette().color(QPalette::PlaceholderText));
        }
        table->setItem(row, SampleColumn, sampleItem);

        auto *combo = new QComboBox(table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(row));
        combo->addItem(tr("Phone number"), QStringLiteral("phone_number"));
        combo->addItem(tr("Name"), QStringLiteral("name"));
        combo->addItem(tr("First name"), QStringLiteral("first_name"));
        combo->addItem(tr("Last name"), QStringLiteral("last_name"));
        combo->addItem(tr("Email"), QStringLiteral("email"));
        combo->addItem(tr("Status"), QStringLiteral("status"));
        combo->addItem(tr("Custom field"), QStringLiteral("custom"));
        combo->addItem(tr("custom_fields (JSON object)"), QStringLiteral("custom_fields"));
        combo->addItem(tr("Ignore"), QStringLiteral("ignore"));
        table->setCellWidget(row, FieldColumn, combo);
        connect(combo, &QComboBox::activated, this, [this, row] { fieldChosen(row); });

        auto *key = new QLineEdit(table);
        key->setObjectName(QStringLiteral("keyEdit%1").arg(row));
        key->setFrame(false);
        table->setCellWidget(row, KeyColumn, key);
        connect(key, &QLineEdit::textEdited, this, [this, row] { fieldChosen(row); });

        auto *keep = new QTableWidgetItem;
        table->setItem(row, KeepColumn, keep);
        showRow(row);
    }
    table->setCurrentItem(nullptr);  // nothing to select here: no cell should look picked
}

void ImportMappingPage::showRow(int row)
{
    const ColumnTarget &target = m_mapping.columns().at(row);
    const bool dropped = m_dropped.contains(row);
    auto *combo = qobject_cast<QComboBox *>(ui->mappingTable->cellWidget(row, FieldColumn));
    {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(dropped ? QStringLiteral("ignore") : choiceOf(target)));
    }
    auto *key = qobject_cast<QLineEdit *>(ui->mappingTable->cellWidget(row, KeyColumn));
    const bool custom = target.field == ContactField::Custom && !dropped;
    key->setEnabled(custom);
    // Never rewrite the text being typed: only a key the mapping holds replaces it.
    if (custom && key->text().trimmed() != target.key && !key->hasFocus())
        key->setText(target.key);
    if (!custom && !key->hasFocus())
        key->clear();

    // Keep is only a question for columns that went to custom fields on their own.
    QTableWidgetItem *keep = ui->mappingTable->item(row, KeepColumn);
    const QSignalBlocker blocker(ui->mappingTable);
    if (target.automatic) {
        keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        keep->setCheckState(dropped ? Qt::Unchecked : Qt::Checked);
    } else {
        keep->setFlags(Qt::NoItemFlags);
        keep->setData(Qt::CheckStateRole, QVariant());
    }
}

void ImportMappingPage::fieldChosen(int row)
{
    auto *combo = qobject_cast<QComboBox *>(ui->mappingTable->cellWidget(row, FieldColumn));
    auto *key = qobject_cast<QLineEdit *>(ui->mappingTable->cellWidget(row, KeyColumn));
    QString field = combo->currentData().toString();
    if (field == QLatin1String("custom")) {
        const QString typed = key->text().trimmed();
        const ColumnTarget &target = m_mapping.columns().at(row);
        // Switching to Custom without a key yet: the column's own name is the natural one.
        const QString k = key->isEnabled() ? typed : (target.key.isEmpty() ? target.header.trimmed() : target.key);
        if (k.isEmpty()) {
            m_keyError = tr("Column \"%1\" goes to a custom field: type its key.").arg(target.header);
            return changed();
        }
        field = QStringLiteral("custom:") + k;
    }
    (void)setField(row, field);  // a refused key is shown by the validation line
}

Status ImportMappingPage::setField(int column, const QString &fieldName)
{
    m_keyError.clear();
    m_dropped.remove(column);
    const Status s = m_mapping.setTarget(column, fieldName);
    if (!s)
        m_keyError = s.error().message;
    for (int row = 0; row < m_mapping.columnCount(); ++row)
        showRow(row);
    changed();
    return s;
}

void ImportMappingPage::setKeep(int column, bool keep)
{
    if (column < 0 || column >= m_mapping.columnCount() || !m_mapping.columns().at(column).automatic)
        return;
    if (keep)
        m_dropped.remove(column);
    else
        m_dropped.insert(column);
    showRow(column);
    changed();
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping effective = m_mapping;
    for (int column : m_dropped)
        (void)effective.setTarget(column, QStringLiteral("ignore"));
    return effective;
}

void ImportMappingPage::changed()
{
    m_wizard->setup().mapping = mapping();
    QString text;
    bool ok = false;
    if (!m_keyError.isEmpty()) {
        text = m_keyError;
    } else if (m_mapping.phoneColumn() < 0) {
        text = tr("Choose the column that holds the phone number: every contact needs one.");
    } else if (const Status s = mapping().validate(); !s) {
        text = s.error().message;
    } else {
        ok = true;
        int kept = 0;
        for (const ColumnTarget &t : m_wizard->setup().mapping.columns())
            kept += t.field != ContactField::Ignore;
        text = tr("Phone numbers come from column \"%1\"; %Ln column(s) will be imported.", nullptr, kept)
                   .arg(m_mapping.columns().at(m_mapping.phoneColumn()).header);
    }
    ui->validationLabel->setText(text);
    ui->validationLabel->setStyleSheet(
        StatusColours::styleSheet(ok ? StatusColours::Tone::Success : StatusColours::Tone::Danger, palette()));
    emit completeChanged();
}

QString ImportMappingPage::validationText() const
{
    return ui->validationLabel->text();
}

bool ImportMappingPage::isComplete() const
{
    return m_keyError.isEmpty() && mapping().validate().ok();
}
