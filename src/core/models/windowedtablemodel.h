#pragma once

#include "foundation/result.h"
#include "models/savededits.h"
#include "models/windowselect.h"
#include "foundation/sqlconditions.h"

#include <QMap>
#include <QSqlRecord>
#include <QSqlRelationalTableModel>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class RelationChoicesModel;

/**
 * A read cache of one window of a table's rows, however big the table: selectStatement() writes
 * the whole SELECT itself from the table's record and relation(i) (columns, LEFT JOINs, filter
 * conditions, a keyset boundary and a LIMIT), never from text Qt generated. Writes never go
 * through the model: an edit is handed to its RowAccess, i.e. the page's repository, and the window
 * is reloaded. QSqlRelationalTableModel stays the base for relation(), relationModel() and
 * QSqlRelationalDelegate. Every value a condition needs (search text, owner, boundary) is bound on
 * the server with set_config() and read back with current_setting(), so no user text is ever
 * spliced into the SQL.
 *
 * Result columns: the table's own in order (a relation column holds the related display value, a
 * withheld one NULL), then the computed columns in the order added, then the hidden helpers
 * waqtor_row_id and waqtor_row_version (and waqtor_rn, the window numbering).
 */
class WindowedTableModel : public QSqlRelationalTableModel
{
    Q_OBJECT

public:
    WindowedTableModel(const QString &table, QSqlDatabase db, QObject *parent = nullptr);

    void setWindowSize(int rows) { m_windowSize = rows; }
    // The table's own columns; those after them are ours (row id, window numbering) and stay hidden.
    int tableColumnCount() const { return tableRecord().count(); }
    // The table's own and the computed columns: every column a view may offer to show.
    int shownColumnCount() const { return m_select->columnCount(); }
    bool isWithheld(int column) const { return column < tableColumnCount() && m_select->isWithheld(tableRecord().fieldName(column)); }
    // By the table's own column names (or a computed column's name), before and after loading (once
    // loaded, the record holds the aliases of relation columns, which QSqlTableModel::fieldIndex() would miss).
    int fieldIndex(const QString &fieldName) const { return m_select->fieldIndex(fieldName); }
    // Never fetched (NULL in its place): password hashes, session data.
    void setWithheldColumn(const QString &column) { m_select->setWithheld(column); }
    // The column's value is `expression` instead (%1: the table reference, the model's table or the
    // keyset boundary row "b"). It sorts by the expression too unless a sort expression is set.
    void setColumnExpression(const QString &field, const QString &expression) { m_select->setColumnExpression(field, expression); }
    // An extra column after the table's own (and after those added before); %1 is the table
    // reference as for setColumnExpression(), so it can be a sort key and the keyset boundary's.
    // The expression must never be NULL when the column is sorted by. Adding a name again replaces
    // its expression. Returns the column's number.
    int addComputedColumn(const QString &name, const QString &expression) { return m_select->addComputedColumn(name, expression); }
    // The alias a relation column's display value is selected under, e.g. "user_id_display".
    static QString relationDisplayAlias(const QString &field) { return WindowSelect::relationDisplayAlias(field); }
    int windowSize() const { return m_windowSize; }

    // SQL that reads its values through parameter(name), e.g. "recipients.user_id = " + parameter("owner") + "::uuid".
    void setConditions(const QStringList &conditions) { m_select->setConditions(conditions); }
    // Conditions a repository built with placeholder(): their values become this model's parameters.
    void setConditions(const SqlConditions &conditions);
    SqlPlaceholder placeholder() const
    {
        return [this](const QString &name) { return parameter(name); };
    }
    void setParameter(const QString &name, const QString &value) { m_parameters.insert(name, value); }
    QString parameter(const QString &name) const { return m_select->parameter(name); }

    // The expression a column sorts by, with %1 standing for the table (default: the column, or
    // the relation's display value, with NULLs folded to a lowest value so keyset paging works).
    void setSortExpression(int column, const QString &expression) { m_select->setSortExpressions(column, {expression}); }
    // Several expressions, compared in order: a column sorted together with a tie-breaker, so the
    // ORDER BY matches a composite index (phone, then time) column for column.
    void setSortExpressions(int column, const QStringList &expressions) { m_select->setSortExpressions(column, expressions); }

    // Window moves: each reselects from the server.
    bool firstPage();
    // The last rows of the whole result, through the reversed keyset (no count, no OFFSET).
    bool lastPage();
    bool nextPage();
    bool previousPage();
    // Moves the window by `rows` (fewer than its size), keeping the rest of its rows: scrolling.
    bool slideForward(int rows);
    bool slideBack(int rows);
    // Makes the row with this id part of the window: the current one when it holds it, else a
    // window starting at the row. False when the row is not in the result at all (the filters
    // leave it out, or it is gone); the window then stays where it was.
    bool showRow(const QString &id);
    // The row of the window holding this id, or -1.
    int rowOf(const QString &id) const;
    bool hasNextPage() const { return m_hasNext; }
    bool hasPreviousPage() const { return m_hasPrevious; }
    // Where the window starts in the whole result, counted from 0; unknown after lastPage()
    // until the window comes back to the start.
    std::optional<qint64> firstRowOffset() const { return m_offset; }
    int pageIndex() const { return m_offset ? int(*m_offset / m_windowSize) : -1; }

    int sortColumn() const { return m_select->sortColumn(); }
    Qt::SortOrder sortOrder() const { return m_select->sortOrder(); }
    void setSort(int column, Qt::SortOrder order) override;
    void sort(int column, Qt::SortOrder order) override;

    // The current sort as an ORDER BY list (the view's order, whatever window is shown), for exports.
    QString orderBy() const;
    // The conditions (filters, scope) alone, for counts and estimates over the same rows.
    QString whereClause() const { return m_select->whereClause(); }
    // Binds the parameters on the connection; select() does it, counting queries call it first.
    bool bindParameters();
    // The values bindParameters() sets, by full setting name (prefix included), so another
    // connection (an exact count in a worker thread) can bind the same ones before whereClause().
    QMap<QString, QString> boundParameters() const;

    // The id of a row in the window (column "id").
    QString rowId(int row) const;
    // The row's xmin as loaded with the window: a save compares it on the server, so an edit of a
    // row someone changed since is caught exactly.
    QString rowVersion(int row) const;

    // Editing, in place and through the page's dialog, goes to the page's repository.
    using RowAccess = SavedEdits::RowAccess;
    void setRowAccess(RowAccess access) { m_edits.setAccess(std::move(access)); }
    bool hasRowAccess() const { return m_edits.hasAccess(); }
    Result<QVariantMap> readRow(const QString &rowId) const { return m_edits.read(rowId); }
    // A dialog saved the row: `before` and `after` as readRow() gave them; the fields that differ
    // become one change that Ctrl+Z undoes.
    void recordSave(const QString &rowId, const QVariantMap &before, const QVariantMap &after)
    {
        m_edits.recordSave(rowId, before, after);
    }
    void setEditableFields(const QStringList &fields) { m_editable = fields; }
    // Which rows the signed-in role may change (a marketer: their own; a viewer: none).
    void setRowEditable(std::function<bool(int row)> predicate) { m_rowEditable = std::move(predicate); }
    // Ctrl+Z / Ctrl+Shift+Z: writes the value before (after) the last saved edit back through the
    // writer, against the row's version right after that save, so a row someone changed since is
    // refused as stale instead of overwritten.
    bool canUndo() const { return m_edits.canUndo(); }
    bool canRedo() const { return m_edits.canRedo(); }
    Status undo();
    Status redo();
    // Saves a value through the writer without the stale check: the "Overwrite" answer.
    Status overwrite(const QString &rowId, const QString &field, const QVariant &value);
    // The combo box choices for a foreign key column: id and display value only (never a password
    // hash), limited to the edited row's owner when `ownerField` is given (a campaign's session).
    void setRelationOwnerField(int column, const QString &ownerField) { m_relationOwnerFields.insert(column, ownerField); }
    QSqlTableModel *relationModel(int column) const override;
    // A column edited by choosing one of fixed values (a status, a role).
    void setFieldChoices(const QString &field, const QStringList &values) { m_fieldChoices.insert(field, values); }
    QStringList fieldChoices(int column) const { return m_fieldChoices.value(tableRecord().fieldName(column)); }
    // Called by the delegate before it opens a combo box for `index`.
    void prepareRelationChoices(const QModelIndex &index) const;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Straight from the window's rows: the select joins each relation's display value itself.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // While set, a value the writer refuses (invalid, a duplicate, an unknown owner) is kept for
    // takeRefusal() instead of reported through cellSaveFailed: the editor shows it and stays open.
    void setRefusalsToEditor(bool toEditor) { m_refusalsToEditor = toEditor; }
    std::optional<Error> takeRefusal() { return std::exchange(m_refusal, std::nullopt); }

    bool select() override;
    // Public for diagnostics and tests: the SQL of the current window (values appear only as current_setting()).
    QString selectStatement() const override;
    // The window's rows; the one extra row fetched to detect a next page is never shown.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;

    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A save from the table came back with an error (Stale among them); queued, so the page can
    // ask after the editor has closed.
    void cellSaveFailed(const Error &error, const QString &rowId, const QString &field, const QVariant &value);
    void cellSaved(const QString &rowId, const QString &field);

private:
    using Direction = WindowSelect::Direction;
    const QSqlRecord &tableRecord() const { return m_select->tableRecord(); }
    bool selectFrom(Direction direction, const QString &boundaryId);
    QString tableReference() const;

    std::optional<WindowSelect> m_select;  // made once the table's record is known
    int m_windowSize = 200;
    bool m_loadedOnce = false;
    QMap<QString, QString> m_parameters;
    Direction m_direction = Direction::First;
    std::optional<qint64> m_offset = 0;
    bool m_hasNext = false;
    bool m_hasPrevious = false;
    SavedEdits m_edits;
    QStringList m_editable;
    std::function<bool(int)> m_rowEditable;
    QMap<int, QString> m_relationOwnerFields;
    QMap<QString, QStringList> m_fieldChoices;
    mutable QMap<int, RelationChoicesModel *> m_choices;
    bool m_refusalsToEditor = false;
    std::optional<Error> m_refusal;
};
