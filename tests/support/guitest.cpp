#include "guitest.h"

#include "accounts/accountservice.h"

#include <QElapsedTimer>

namespace GuiTest {

Result<SignedIn> createAndSignIn(TestDatabase &db, const QString &email, const QString &role, const QString &password)
{
    const auto created = AccountService(db.connection(), QStringLiteral("gui-test")).createUser(email, password, {}, role);
    if (!created && created.error().kind != ErrorKind::Conflict)
        return created.error();
    return SignedIn::signIn(db.settings(), email, password, QStringLiteral("gui-") + email);
}

void onNextModal(std::function<void(QDialog *)> act, int timeoutMs)
{
    auto *timer = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    clock->start();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, act, timeoutMs] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            delete clock;
            act(dialog);
        } else if (clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            delete clock;
            qWarning("GuiTest::onNextModal: no modal dialog appeared");
        }
    });
    timer->start();
}

} // namespace GuiTest
