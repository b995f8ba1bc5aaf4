#pragma once

#include <QVariantMap>

class QWidget;

/**
 * A page's search and filters as values: the search box, every "…Filter" combo box, "…Check" check
 * box and "…DateEdit" date, found by the object names the page forms use, so a page's new filter is
 * remembered without code of its own.
 */
class PageFilters
{
public:
    static QVariantMap capture(const QWidget *page);
    // Sets every filter named in `state` that the page still has; unknown names and values that are
    // no longer offered (an owner since deleted) are left as they are. The widgets' own signals run,
    // so the page reloads as if they had been typed.
    static void apply(QWidget *page, const QVariantMap &state);
};
