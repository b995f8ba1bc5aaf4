#pragma once

#include <QList>

class QTableView;

/** The Messages page's column widths: wide enough for the widest value each column can show. */
namespace MessageColumns {
// `columns`: the view's created, owner, phone, status, ack, text, session, media and error columns,
// in that order. Samples are in the interface's own words and date format (an Arabic date carries
// its ص/م, statuses are longer words), so no language gets clipped cells. `exact` sets every width;
// otherwise only columns narrower than their samples are widened.
void widen(QTableView *view, const QList<int> &columns, bool exact);
}
