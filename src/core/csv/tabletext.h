#pragma once

#include <QList>
#include <QStringList>

/**
 * A block of cells (what a grid's selection holds) as text for the clipboard: tab-separated for
 * pasting into editors and spreadsheets, CSV, and an HTML table that spreadsheets paste cell by cell.
 * A NULL cell is an empty string here: the clipboard has no NULL.
 */
class TableText
{
public:
    TableText(QStringList headers, QList<QStringList> rows) : m_headers(std::move(headers)), m_rows(std::move(rows)) {}

    // One line per row, ending in "\n"; a field holding a tab, a line break or a quote is quoted
    // the way spreadsheets read it back ("" inside quotes), every other field is copied as it is.
    QString tsv(bool withHeader) const;
    // RFC 4180 with CRLF, formula-guarded like every CSV we write (FormulaGuard).
    QString csv(bool withHeader) const;
    QString html(bool withHeader) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};
