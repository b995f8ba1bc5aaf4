#pragma once

#include "groups/groupmembership.h"
#include "groups/membershipcounter.h"
#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

namespace Ui { class MembershipDialog; }
class MembershipListModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

/**
 * A group's members and the owner's other contacts side by side, each a windowed, searchable,
 * multi-select list. Additions, removals and "all contacts matching" are held in the dialog (in a
 * GroupMembership) with live counts, counted on a worker thread so that the dialog never waits for
 * them; Save applies the changes in one short transaction, Cancel discards them. Viewers, and users
 * looking at a group that is not theirs, get it read-only.
 */
class MembershipDialog : public QDialog
{
    Q_OBJECT

public:
    MembershipDialog(const SignedIn &signedIn, const QString &groupId, QWidget *parent = nullptr);
    ~MembershipDialog() override;

    bool isReadOnly() const { return m_readOnly; }
    // What Save did; zeros when the dialog was cancelled or had nothing to save.
    MembershipSaved saved() const { return m_saved; }
    QString groupName() const { return m_membership.group().name; }
    const GroupMembership &membership() const { return m_membership; }
    // The sentence shown below the lists, or empty.
    QString errorText() const;

public slots:
    void accept() override;
    // Stops the counts (cancelled on the server, worker joined) before the dialog closes.
    void done(int result) override;

private:
    // One list with its search box, view and paging buttons.
    struct Side
    {
        MembershipListModel *model = nullptr;
        QTableView *view = nullptr;
        QLineEdit *search = nullptr;
        QLabel *page = nullptr;
        QToolButton *previous = nullptr;
        QToolButton *next = nullptr;
    };
    void setUpSide(Side &side);
    bool reloadSide(Side &side);
    void updatePaging(const Side &side);
    // After every pending change: both lists, the counts and the pending summary.
    void refresh();
    void updateCounts();
    void showCounts(const MembersCount &count);
    void updatePending();
    // The inputs changed: the shown preview no longer applies; it is counted after a typing pause.
    void previewChanged();
    void updatePreview();
    void showPreview(const FilterPreview &preview);
    void showCountError(MembershipCounter::Kind kind, const QString &message);
    void moveSelected(const Side &from);
    void applyMatching(bool add);
    MembershipFilter matchingFilter() const;
    QStringList selectedIds(const Side &side) const;
    void fail(const QString &message);
    void setReadOnly();

    std::unique_ptr<Ui::MembershipDialog> ui;
    const SignedIn &m_signedIn;
    QString m_region;
    GroupMembership m_membership;
    Side m_members;
    Side m_nonMembers;
    QTimer *m_previewTimer = nullptr;
    MembershipCounter *m_counter = nullptr;
    MembershipFilter m_previewFilter;  // what the preview being counted or shown is about
    qint64 m_ownerContacts = -1;       // -1 until counted
    MembershipSaved m_saved;
    bool m_readOnly = false;
    bool m_loaded = false;
};
