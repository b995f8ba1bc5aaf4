#pragma once

#include "models/windowedtablemodel.h"

struct SignedIn;

/**
 * How a cell edited in a table is saved: through the same repository as the page's dialog, so an
 * edit in place gets the same validation, owner scope, stale check and audit record. Each writer
 * loads the row, changes one field and saves it against the version the table showed.
 */
namespace CellWriters {
WindowedTableModel::CellWriter users(const SignedIn &signedIn);
// `region` reads phone numbers written without + or 00 (the app's setting; core reads none).
WindowedTableModel::CellWriter sessions(const SignedIn &signedIn, const QString &region);
WindowedTableModel::CellWriter campaigns(const SignedIn &signedIn);
WindowedTableModel::CellWriter contacts(const SignedIn &signedIn, const QString &region);
WindowedTableModel::CellWriter groups(const SignedIn &signedIn);
}
