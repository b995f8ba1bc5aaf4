#pragma once

#include "repositories/contactrepository.h"
#include "foundation/result.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

/**
 * A contact's custom_fields as an editable key/value table with Add and Remove. New and edited
 * values are saved as strings, except that a value whose original JSON was a number, boolean,
 * object or array keeps that type while its text still reads as one; untouched values keep their
 * exact JSON (types and every digit).
 */
class CustomFieldsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CustomFieldsEditor(QWidget *parent = nullptr);

    void setFields(const QList<CustomField> &fields);
    // The rows as fields (rows with neither key nor value are skipped); the sentence says what is wrong.
    Result<QList<CustomField>> fields() const;
    void setReadOnly(bool readOnly);
    QTableWidget *table() const { return m_table; }

public slots:
    void addRow(const QString &key = {}, const QString &value = {});
    void removeSelectedRows();

private:
    CustomField fieldForRow(int row) const;
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QList<CustomField> m_original;
    bool m_readOnly = false;
};
