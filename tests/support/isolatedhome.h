#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

/**
 * Points every XDG folder (settings, data, cache, state: wherever the app could keep a file or a
 * log) at a fresh temporary directory. Construct it before the QApplication: QSettings reads the
 * folders once. filesContaining() then searches everything the app wrote.
 */
class IsolatedHome
{
public:
    IsolatedHome();
    QString path() const { return m_dir.path(); }
    // Files under the isolated home whose bytes contain `needle` (as UTF-8 and as UTF-16).
    QStringList filesContaining(const QString &needle) const;
    // Every file under the isolated home (to show that the search looked somewhere).
    QStringList files() const;

private:
    QTemporaryDir m_dir;
};

// QTEST_MAIN with the isolated home made first; the test reaches it through isolatedHome().
IsolatedHome &isolatedHome();
#define WAQTOR_TEST_MAIN_ISOLATED(TestObject)                     \
    int main(int argc, char *argv[])                              \
    {                                                             \
        isolatedHome();                                           \
        QApplication app(argc, argv);                             \
        QApplication::setOrganizationName(QStringLiteral("WaQtor")); \
        QApplication::setApplicationName(QStringLiteral("WaQtor Admin Test")); \
        TestObject tc;                                            \
        return QTest::qExec(&tc, argc, argv);                     \
    }
