#include "importwizard/importpreviewpage.h"
#include "ui_importpreviewpage.h"

#include "import/contactrowbuilder.h"
#include "importwizard/importwizard.h"
#include "delegates/textcelldelegate.h"
#include "theme/statuscolours.h"

#include <QColor>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

enum Column { LineColumn, ReadColumn, PhoneColumn, NameColumn, EmailColumn, StatusColumn, CustomColumn, ColumnCount };

// custom_fields as a new contact gets it: the file's JSON object, then the custom columns over it.
QString customFieldsText(const ImportRow &row)
{
    if (row.customJson.isNull() && row.customCols.isNull())
        return {};
    QJsonObject merged = QJsonDocument::fromJson(row.customJson.toUtf8()).object();
    const QJsonObject columns = QJsonDocument::fromJson(row.customCols.toUtf8()).object();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        merged.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact));
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::ImportPreviewPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    ui->previewTable->setItemDelegate(new TextCellDelegate(ui->previewTable));
    ui->previewTable->setColumnCount(ColumnCount);
    ui->previewTable->setHorizontalHeaderLabels({tr("Line"), tr("As read"), tr("Phone (E.164)"), tr("Name"), tr("Email"),
                                                 tr("Status"), tr("Custom fields")});
    ui->previewTable->horizontalHeader()->setStretchLastSection(true);
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage()
{
    const ImportSetup &setup = m_wizard->setup();
    const ContactRowBuilder builder(setup.mapping, setup.region, setup.mapping.columnCount());
    QTableWidget *table = ui->previewTable;
    table->clearSpans();
    table->clearContents();
    table->setRowCount(int(setup.sample.size()));
    const QColor red = StatusColours::text(StatusColours::Tone::Danger, table->palette());
    int rejected = 0;
    for (int r = 0; r < setup.sample.size(); ++r) {
        const CsvRecord &record = setup.sample.at(r);
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text.left(2000));
            table->setItem(r, column, item);
            return item;
        };
        set(LineColumn, QString::number(record.line))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        set(ReadColumn, record.fields.join(QStringLiteral(" | ")));
        ImportRow row;
        QString reason;
        if (builder.build(record, &row, &reason)) {
            set(PhoneColumn, row.phone);
            set(NameColumn, row.name);
            set(EmailColumn, row.email);
            // A new contact without a status becomes active; an update keeps the one it has.
            set(StatusColumn, row.status.isNull() ? tr("(active when new)") : row.status);
            set(CustomColumn, customFieldsText(row));
        } else {
            ++rejected;
            QTableWidgetItem *item = set(PhoneColumn, tr("Rejected: %1").arg(reason));
            item->setForeground(red);
            table->setSpan(r, PhoneColumn, 1, ColumnCount - PhoneColumn);
        }
    }
    table->resizeColumnsToContents();
    // Long raw rows and JSON must not push the stored values out of sight, and a rejection
    // reason (spanning the stored columns) must not widen the phone column.
    for (int c : {int(ReadColumn), int(NameColumn), int(EmailColumn)})
        table->setColumnWidth(c, qMin(table->columnWidth(c), 200));
    table->setColumnWidth(PhoneColumn, qMax(table->horizontalHeader()->sectionSizeHint(PhoneColumn),
                                            table->fontMetrics().horizontalAdvance(QStringLiteral("+000000000000000")) + 16));
    const int shown = int(setup.sample.size());
    ui->summaryLabel->setText(
        rejected == 0 ? tr("All of the first %Ln record(s) can be imported.", nullptr, shown)
                      : tr("%L1 of the first %Ln record(s) cannot be imported; the import skips them and writes them, "
                           "with the reason, to the error file.", nullptr, shown).arg(rejected));
}

QString ImportPreviewPage::rowText(qint64 line) const
{
    const QTableWidget *table = ui->previewTable;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, LineColumn)->text() != QString::number(line))
            continue;
        QStringList cells;
        for (int c = PhoneColumn; c < ColumnCount; ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        return cells.join(QStringLiteral(" | "));
    }
    return {};
}

QString ImportPreviewPage::summaryText() const
{
    return ui->summaryLabel->text();
}
