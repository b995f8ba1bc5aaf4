#pragma once

#include <QLabel>

/**
 * A condition another page set that has no filter widget of its own (the Overview's week of contacts,
 * its one session), said in a sentence just above the table, with a link that drops it. Without it the
 * page would look unfiltered while it lists a fraction of the rows.
 */
class NarrowingBanner : public QLabel
{
    Q_OBJECT

public:
    // Placed just above `table` in the table's layout.
    explicit NarrowingBanner(QWidget *table);

    // Shows `sentence` and the link; an empty one hides the banner.
    void say(const QString &sentence);

signals:
    // The link was clicked: the page drops its condition and reloads.
    void dropped();
};
