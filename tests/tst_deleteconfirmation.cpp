// DeleteConfirmation, the one box every page asks before deleting: what it shows, that Enter never
// deletes, and which choice each button gives.

#include "dialogs/deleteconfirmation.h"
#include "guitest.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>

class tst_DeleteConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void choices_data();
    void choices();
    void showsQuestionDetailsAndList();
};

void tst_DeleteConfirmation::choices_data()
{
    QTest::addColumn<bool>("withAlternative");
    QTest::addColumn<QString>("press");  // a button's object name, or "Enter" or "Escape"
    QTest::addColumn<int>("choice");

    const int remove = int(DeleteConfirmation::Choice::Delete);
    const int alternative = int(DeleteConfirmation::Choice::Alternative);
    const int cancel = int(DeleteConfirmation::Choice::Cancel);
    QTest::newRow("delete pressed") << false << "deleteButton" << remove;
    QTest::newRow("Enter cancels") << false << "Enter" << cancel;
    QTest::newRow("Escape cancels") << false << "Escape" << cancel;
    QTest::newRow("with alternative: delete pressed") << true << "deleteButton" << remove;
    QTest::newRow("with alternative: alternative pressed") << true << "alternativeButton" << alternative;
    QTest::newRow("with alternative: Enter takes the alternative") << true << "Enter" << alternative;
    QTest::newRow("with alternative: Escape cancels") << true << "Escape" << cancel;
}

void tst_DeleteConfirmation::choices()
{
    QFETCH(bool, withAlternative);
    QFETCH(QString, press);
    QFETCH(int, choice);

    DeleteConfirmation confirmation(QStringLiteral("Delete the group VIP?"), QStringLiteral("The contacts are kept."));
    if (withAlternative)
        confirmation.setAlternative(QStringLiteral("&Deactivate"), QStringLiteral("Delete &permanently"));
    QString deleteText;
    GuiTest::onNextModal([&](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        QVERIFY(box);
        deleteText = box->findChild<QPushButton *>("deleteButton")->text();
        if (press == QLatin1String("Enter"))
            QTest::keyClick(box, Qt::Key_Return);
        else if (press == QLatin1String("Escape"))
            QTest::keyClick(box, Qt::Key_Escape);
        else
            box->findChild<QPushButton *>(press)->click();
    });
    QCOMPARE(int(confirmation.ask(nullptr, QStringLiteral("Groups"))), choice);
    QCOMPARE(deleteText, withAlternative ? QStringLiteral("Delete &permanently") : QStringLiteral("&Delete"));
}

void tst_DeleteConfirmation::showsQuestionDetailsAndList()
{
    DeleteConfirmation confirmation(QStringLiteral("Delete these 2 groups?"), QStringLiteral("The contacts are kept."));
    confirmation.setList(QStringLiteral("VIP\nLeads"));
    QString shown;
    GuiTest::onNextModal([&](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        QVERIFY(box);
        shown = box->windowTitle() + u'|' + box->text() + u'|' + box->informativeText() + u'|' + box->detailedText()
            + u'|' + QString::number(box->icon());
        box->findChild<QPushButton *>("deleteButton")->click();
    });
    QVERIFY(confirmation.confirmed(nullptr, QStringLiteral("Groups")));
    QCOMPARE(shown, QStringLiteral("Groups|Delete these 2 groups?|The contacts are kept.|VIP\nLeads|%1")
                        .arg(int(QMessageBox::Warning)));
}

QTEST_MAIN(tst_DeleteConfirmation)

#include "tst_deleteconfirmation.moc"
