// Where Export starts: the last folder written to (handed in by the app, which remembers it), else
// Documents when it exists, else home; the file named after the page and the day, never over an existing
// file. HOME and the XDG folders point into a scratch directory, so the real ones are never looked at.
#include "export/exportlocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ExportLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultFolder_data();
    void defaultFolder();
    void suggestedPath_data();
    void suggestedPath();
    void namedForTodayByDefault();
    void lastFolderWins();

private:
    QString home() const { return m_scratch.filePath(QStringLiteral("home")); }
    QString documents() const { return home() + QStringLiteral("/Documents"); }

    QTemporaryDir m_scratch;
};

void tst_ExportLocation::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    qputenv("HOME", home().toUtf8());
    // No user-dirs.dirs in here: Documents is $HOME/Documents.
    qputenv("XDG_CONFIG_HOME", m_scratch.filePath(QStringLiteral("config")).toUtf8());
    qunsetenv("XDG_DOCUMENTS_DIR");
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), documents());
}

void tst_ExportLocation::init()
{
    QDir(home()).removeRecursively();
    QVERIFY(QDir().mkpath(home()));
}

void tst_ExportLocation::defaultFolder_data()
{
    QTest::addColumn<QString>("remembered");  // none, existing, deleted
    QTest::addColumn<bool>("documentsExists");
    QTest::addColumn<QString>("expected");    // remembered, documents, home
    QTest::newRow("remembered folder wins over Documents") << "existing" << true << "remembered";
    QTest::newRow("remembered folder without Documents") << "existing" << false << "remembered";
    QTest::newRow("deleted remembered folder: Documents") << "deleted" << true << "documents";
    QTest::newRow("nothing remembered: Documents") << "none" << true << "documents";
    QTest::newRow("no Documents folder: home") << "none" << false << "home";
    QTest::newRow("deleted remembered folder, no Documents: home") << "deleted" << false << "home";
}

void tst_ExportLocation::defaultFolder()
{
    QFETCH(QString, remembered);
    QFETCH(bool, documentsExists);
    QFETCH(QString, expected);
    const QString last = m_scratch.filePath(QStringLiteral("exports"));
    QDir(last).removeRecursively();
    if (remembered == QLatin1String("existing"))
        QVERIFY(QDir().mkpath(last));
    if (documentsExists)
        QVERIFY(QDir().mkpath(documents()));

    const QString want = expected == QLatin1String("remembered") ? last
                       : expected == QLatin1String("documents")  ? documents()
                                                                 : home();
    QCOMPARE(ExportLocation::defaultFolder(remembered == QLatin1String("none") ? QString() : last), want);
}

void tst_ExportLocation::suggestedPath_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("contacts page") << ExportLocation::stem(Entity::Contacts) << QStringList()
                                   << "contacts-2026-12-04.csv";
    QTest::newRow("messages page") << ExportLocation::stem(Entity::Messages) << QStringList()
                                   << "messages-2026-12-04.csv";
    QTest::newRow("second export that day") << "contacts" << QStringList{"contacts-2026-12-04.csv"}
                                            << "contacts-2026-12-04-2.csv";
    QTest::newRow("third export that day")
        << "contacts" << QStringList{"contacts-2026-12-04.csv", "contacts-2026-12-04-2.csv"} << "contacts-2026-12-04-3.csv";
    QTest::newRow("another page's file is no clash") << "groups" << QStringList{"contacts-2026-12-04.csv"}
                                                     << "groups-2026-12-04.csv";
}

void tst_ExportLocation::suggestedPath()
{
    QFETCH(QString, stem);
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    QVERIFY(QDir().mkpath(documents()));
    for (const QString &name : existing) {
        QFile file(QDir(documents()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(ExportLocation::suggestedPath(stem, QString(), QDate(2026, 12, 4)), QDir(documents()).filePath(expected));
}

void tst_ExportLocation::namedForTodayByDefault()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(ExportLocation::suggestedPath(ExportLocation::stem(Entity::Contacts), QString()),
             QDir(home()).filePath(QStringLiteral("contacts-%1.csv").arg(today)));
}

void tst_ExportLocation::lastFolderWins()
{
    const QString folder = m_scratch.filePath(QStringLiteral("reports/december"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(documents()));
    QCOMPARE(ExportLocation::suggestedPath(QStringLiteral("groups"), folder, QDate(2026, 12, 4)),
             folder + QStringLiteral("/groups-2026-12-04.csv"));
}

QTEST_GUILESS_MAIN(tst_ExportLocation)
#include "tst_exportlocation.moc"
