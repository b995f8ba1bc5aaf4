#include "workspace/pagefilters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace {

const QString SearchName = QStringLiteral("searchEdit");

bool isFilterCombo(const QComboBox *combo)
{
    return combo->objectName().endsWith(QLatin1String("Filter"));
}

bool isFilterCheck(const QCheckBox *check)
{
    return check->objectName().endsWith(QLatin1String("Check"));
}

bool isFilterDate(const QDateEdit *edit)
{
    return edit->objectName().endsWith(QLatin1String("DateEdit"));
}

} // namespace

QVariantMap PageFilters::capture(const QWidget *page)
{
    QVariantMap state;
    if (const auto *search = page->findChild<QLineEdit *>(SearchName))
        state.insert(SearchName, search->text());
    for (const QComboBox *combo : page->findChildren<QComboBox *>()) {
        if (!isFilterCombo(combo))
            continue;
        // The item's data (an id, a status code) outlives its translated text; text where there is none.
        const QVariant data = combo->currentData();
        state.insert(combo->objectName(), data.isValid() ? data : QVariant(combo->currentText()));
    }
    for (const QCheckBox *check : page->findChildren<QCheckBox *>())
        if (isFilterCheck(check))
            state.insert(check->objectName(), check->isChecked());
    for (const QDateEdit *edit : page->findChildren<QDateEdit *>())
        if (isFilterDate(edit))
            state.insert(edit->objectName(), edit->date());
    return state;
}

void PageFilters::apply(QWidget *page, const QVariantMap &state)
{
    // Check boxes first: they may enable the dates that follow.
    for (QCheckBox *check : page->findChildren<QCheckBox *>())
        if (isFilterCheck(check) && state.contains(check->objectName()))
            check->setChecked(state.value(check->objectName()).toBool());
    for (QDateEdit *edit : page->findChildren<QDateEdit *>()) {
        const QDate date = state.value(edit->objectName()).toDate();
        if (isFilterDate(edit) && date.isValid())
            edit->setDate(date);
    }
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        if (!isFilterCombo(combo) || !state.contains(combo->objectName()))
            continue;
        const QVariant value = state.value(combo->objectName());
        int at = combo->findData(value);
        if (at < 0)
            at = combo->findText(value.toString());
        if (at >= 0)
            combo->setCurrentIndex(at);
    }
    if (auto *search = page->findChild<QLineEdit *>(SearchName); search && state.contains(SearchName))
        search->setText(state.value(SearchName).toString());
}
