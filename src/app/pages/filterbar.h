#pragma once

#include "accounts/signedin.h"

#include <QObject>

class QComboBox;
class QLineEdit;

/**
 * The filters above a page's table: the search text (applied after a pause in typing), the status,
 * and the owner, offered only to roles that see every owner and listed from the users table.
 * Any of the three widgets may be missing.
 */
class FilterBar : public QObject
{
    Q_OBJECT

public:
    FilterBar(const SignedIn &signedIn, QLineEdit *search, QComboBox *status, QComboBox *owner, QObject *parent);

    // Takes these values with one changed() in all; a value the widgets do not offer falls back to "all".
    void show(const QString &text, const QString &status, const QString &ownerId);
    // The owner chosen, or the signed-in user's id when the role only sees its own rows.
    QString owner() const;
    // "All owners", in the language in use.
    void retranslate();

signals:
    void changed();
    // Why the owner list is missing (the filter still offers "All owners").
    void statusMessage(const QString &message);

private:
    void fillOwners();

    const SignedIn &m_signedIn;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_owner;
};
