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
WindowedTableModel::CellWriter sessions(const SignedIn &signedIn);
WindowedTableModel::CellWriter campaigns(const SignedIn &signedIn);
WindowedTableModel::CellWriter contacts(const SignedIn &signedIn);
WindowedTableModel::CellWriter groups(const SignedIn &signedIn);
}
