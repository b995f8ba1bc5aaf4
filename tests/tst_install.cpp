// What `cmake --install` and `cpack -G DEB` deliver, checked from the outside: the install tree under a
// scratch prefix, the programs running from there (translations found relative to the binary), the
// desktop file and AppStream metainfo passing their validators, and the .deb unpacked with dpkg-deb -x.
// Nothing is rebuilt: this installs from the build directory the suite was built in.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AppId = QStringLiteral("org.waqtor.WaQtorAdmin");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QStringList &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &assignment : extraEnvironment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return result;
    }
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The validators are part of scripts/install-deps.sh, so their absence is a broken setup, not a skip.
QString requiredTool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qWarning("%s is missing: run scripts/install-deps.sh", name);
    return path;
}

bool hasArabicLetters(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("[\\x{0621}-\\x{064A}]")));
}

} // namespace

class tst_Install : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installTree_data();
    void installTree();
    void iconSizes_data();
    void iconSizes();
    void installedCliRuns();
    void translationsFoundBesideBinary_data();
    void translationsFoundBesideBinary();
    void desktopFileValidates();
    void desktopFileNamesInstalledProgramAndIcon();
    void metainfoValidates();
    void debianPackage();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

    QTemporaryDir m_prefix;
};

void tst_Install::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Run install = run(QStringLiteral(WAQTOR_CMAKE_COMMAND),
                            {QStringLiteral("--install"), QStringLiteral(WAQTOR_BUILD_DIR), QStringLiteral("--prefix"),
                             m_prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
}

void tst_Install::installTree_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");
    QTest::newRow("app") << QStringLiteral("bin/waqtor-admin") << true;
    QTest::newRow("cli") << QStringLiteral("bin/waqtor-db") << true;
    QTest::newRow("desktop file") << QStringLiteral("share/applications/%1.desktop").arg(AppId) << false;
    QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId) << false;
    QTest::newRow("scalable icon") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId) << false;
}

void tst_Install::installTree()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    const QFileInfo file(installed(path));
    QVERIFY2(file.isFile(), qPrintable(path + QStringLiteral(" is not installed")));
    QVERIFY2(file.size() > 0, qPrintable(path + QStringLiteral(" is empty")));
    QCOMPARE(file.isExecutable(), executable);
}

void tst_Install::iconSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void tst_Install::iconSizes()
{
    QFETCH(int, size);
    const QString path = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId));
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path + QStringLiteral(" is missing or not a PNG")));
    QCOMPARE(image.size(), QSize(size, size));
    // Rendered, not blank: the tile's middle is opaque and its corner (outside the rounded tile) transparent.
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

void tst_Install::installedCliRuns()
{
    const Run version = run(installed(QStringLiteral("bin/waqtor-db")), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.err));
    QVERIFY2(version.out.contains(QStringLiteral(WAQTOR_VERSION)), qPrintable(version.out));
}

void tst_Install::translationsFoundBesideBinary_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("arabic");
    const QString installedApp = installed(QStringLiteral("bin/waqtor-admin"));
    const QString builtApp = QStringLiteral(WAQTOR_BUILD_DIR "/bin/waqtor-admin");
    QTest::newRow("installed, Arabic") << installedApp << QStringLiteral("ar_EG.UTF-8") << true;
    QTest::newRow("installed, English") << installedApp << QStringLiteral("C.UTF-8") << false;
    QTest::newRow("build tree, Arabic") << builtApp << QStringLiteral("ar_EG.UTF-8") << true;
}

void tst_Install::translationsFoundBesideBinary()
{
    QFETCH(QString, binary);
    QFETCH(QString, locale);
    QFETCH(bool, arabic);
    // The catalogue is built into the programs: Arabic help proves the installed binary carries it.
    const Run help = run(binary, {QStringLiteral("--help")},
                         {QStringLiteral("LC_ALL=") + locale, QStringLiteral("LANG=") + locale,
                          QStringLiteral("LANGUAGE=") + locale.left(2)});
    QVERIFY2(help.exitCode == 0, qPrintable(help.err));
    QCOMPARE(hasArabicLetters(help.out), arabic);
    QCOMPARE(help.out.contains(QStringLiteral("Administer a WaQtor database.")), !arabic);
}

void tst_Install::desktopFileValidates()
{
    const QString validator = requiredTool("desktop-file-validate");
    QVERIFY(!validator.isEmpty());
    const Run check = run(validator, {installed(QStringLiteral("share/applications/%1.desktop").arg(AppId))});
    QVERIFY2(check.exitCode == 0 && check.out.trimmed().isEmpty(), qPrintable(check.out + check.err));
}

void tst_Install::desktopFileNamesInstalledProgramAndIcon()
{
    QFile desktop(installed(QStringLiteral("share/applications/%1.desktop").arg(AppId)));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(desktop.readAll());
    const auto value = [&text](const char *key) {
        const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(QLatin1String(key)),
                                      QRegularExpression::MultilineOption);
        return line.match(text).captured(1).trimmed();
    };
    const QString exec = value("Exec").section(QLatin1Char(' '), 0, 0);
    QVERIFY2(QFileInfo(installed(QStringLiteral("bin/") + exec)).isExecutable(), qPrintable(exec));
    QCOMPARE(value("Icon"), AppId);
}

void tst_Install::metainfoValidates()
{
    const QString validator = requiredTool("appstreamcli");
    QVERIFY(!validator.isEmpty());
    const Run check = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                      installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId))});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void tst_Install::debianPackage()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const Run pack = run(QStringLiteral(WAQTOR_CPACK_COMMAND),
                         {QStringLiteral("--config"), QStringLiteral(WAQTOR_BUILD_DIR "/CPackConfig.cmake"),
                          QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), work.path()});
    QVERIFY2(pack.exitCode == 0, qPrintable(pack.out + pack.err));
    const QStringList debs = QDir(work.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const QString deb = work.filePath(debs.constFirst());

    const Run depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb, QStringLiteral("Depends")});
    QVERIFY2(depends.exitCode == 0, qPrintable(depends.err));
    // Linked libraries (found by dpkg-shlibdeps) and the plugins Qt loads at run time.
    for (const char *package : {"libqt6widgets6", "libqt6sql6", "libpq5", "libqt6sql6-psql", "libqt6svg6", "qt6-qpa-plugins"})
        QVERIFY2(depends.out.contains(QRegularExpression(QStringLiteral("(^|[ ,])%1([ ,(]|$)").arg(QLatin1String(package)))),
                 qPrintable(QStringLiteral("%1 missing from Depends: %2").arg(QLatin1String(package), depends.out)));

    const QString root = work.filePath(QStringLiteral("root"));
    const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    for (const QString &path : {QStringLiteral("usr/bin/waqtor-admin"), QStringLiteral("usr/share/applications/%1.desktop").arg(AppId)})
        QVERIFY2(QFileInfo::exists(root + QLatin1Char('/') + path), qPrintable(path + QStringLiteral(" not in the package")));
    const Run version = run(root + QStringLiteral("/usr/bin/waqtor-db"), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.err));
    QVERIFY2(version.out.contains(QStringLiteral(WAQTOR_VERSION)), qPrintable(version.out));
}

QTEST_GUILESS_MAIN(tst_Install)
#include "tst_install.moc"
