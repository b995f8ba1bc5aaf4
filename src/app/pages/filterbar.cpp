#include "pages/filterbar.h"

#include "repositories/userrepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimer>

FilterBar::FilterBar(const SignedIn &signedIn, QLineEdit *search, QComboBox *status, QComboBox *owner, QObject *parent)
    : QObject(parent), m_signedIn(signedIn), m_search(search), m_status(status), m_owner(owner)
{
    // The search goes to the server after a short pause in typing, not on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &FilterBar::changed);
    if (m_search)
        connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_status, m_owner})
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    if (m_owner) {
        m_owner->setVisible(signedIn.policy.seesAllOwners());
        if (signedIn.policy.seesAllOwners())
            fillOwners();
    }
}

void FilterBar::fillOwners()
{
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    const auto owners = UserRepository(m_signedIn.database()).ownerChoices();
    if (!owners) {
        // The page still works with "All owners"; say why the others are missing, once the page listens.
        m_owner->setToolTip(owners.error().message);
        QMetaObject::invokeMethod(this, [this, message = owners.error().message] { emit statusMessage(message); },
                                  Qt::QueuedConnection);
        return;
    }
    for (const OwnerChoice &owner : owners.value())
        m_owner->addItem(owner.email, owner.id);
}

void FilterBar::retranslate()
{
    if (m_owner && m_owner->count() > 0)
        m_owner->setItemText(0, tr("All owners"));
}

void FilterBar::show(const QString &text, const QString &status, const QString &ownerId)
{
    if (m_search) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    const auto choose = [](QComboBox *combo, const QString &value) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    };
    if (m_status)
        choose(m_status, status);
    if (m_owner && m_signedIn.policy.seesAllOwners())
        choose(m_owner, ownerId);
    emit changed();
}

QString FilterBar::owner() const
{
    if (!m_signedIn.policy.seesAllOwners())
        return m_signedIn.policy.ownerScope();
    return m_owner ? m_owner->currentData().toString() : QString();
}
