#pragma once

#include "models/windowedtablemodel.h"

struct SignedIn;

/**
 * How a table's rows are read and saved when edited, in place or in the page's dialog: through the
 * same repository as that dialog, so an edit gets the same validation, owner scope, stale check and
 * audit record. `read` gives every field the dialog can change, as the repository has it (a
 * contact's groups included); `write` loads the row, changes the given fields and saves it once
 * against the version the table showed. Ctrl+Z writes a change's values before back the same way.
 */
namespace CellWriters {
WindowedTableModel::RowAccess users(const SignedIn &signedIn);
// `region` reads phone numbers written without + or 00 (the app's setting; core reads none).
WindowedTableModel::RowAccess sessions(const SignedIn &signedIn, const QString &region);
WindowedTableModel::RowAccess campaigns(const SignedIn &signedIn);
WindowedTableModel::RowAccess contacts(const SignedIn &signedIn, const QString &region);
WindowedTableModel::RowAccess groups(const SignedIn &signedIn);
}
