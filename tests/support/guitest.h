#pragma once

#include "accounts/signedin.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <functional>

/** Helpers for GUI tests that drive real widgets (offscreen) against a real test database. */
namespace GuiTest {

// Creates an account through core (bcrypt and all) and signs in as it on its own connection.
Result<SignedIn> createAndSignIn(TestDatabase &db, const QString &email, const QString &role,
                                 const QString &password = QStringLiteral("gui-test-password"));

// Runs `act` on the next modal dialog once it is shown (exec() blocks the test until it closes).
// Fails the test loudly, by rejecting, when no dialog appears within `timeoutMs`.
void onNextModal(std::function<void(QDialog *)> act, int timeoutMs = 5000);

} // namespace GuiTest
