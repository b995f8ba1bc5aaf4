#include "db/sqlscript.h"

#include <QTest>

// Migrations and the demo script are split into statements before they run.
class tst_SqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
};

void tst_SqlScript::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("two statements") << "SELECT 1; SELECT 2;" << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("no trailing semicolon") << "SELECT 1;\nSELECT 2" << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("semicolon in string") << "INSERT INTO t VALUES ('a;b');" << QStringList{"INSERT INTO t VALUES ('a;b')"};
    QTest::newRow("doubled quote") << "SELECT 'it''s; fine'; SELECT 3" << QStringList{"SELECT 'it''s; fine'", "SELECT 3"};
    QTest::newRow("quoted identifier") << "SELECT \"a;b\" FROM t; SELECT 4" << QStringList{"SELECT \"a;b\" FROM t", "SELECT 4"};
    QTest::newRow("line comment") << "-- a; b\nSELECT 1; -- c;\n" << QStringList{"-- a; b\nSELECT 1"};
    QTest::newRow("block comment") << "/* x; /* nested; */ y; */ SELECT 1;" << QStringList{"/* x; /* nested; */ y; */ SELECT 1"};
    QTest::newRow("dollar body") << "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql; SELECT 5"
                                 << QStringList{"CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql", "SELECT 5"};
    QTest::newRow("tagged dollar body") << "DO $body$ BEGIN PERFORM 1; END $body$; SELECT 6"
                                        << QStringList{"DO $body$ BEGIN PERFORM 1; END $body$", "SELECT 6"};
    QTest::newRow("positional param is not a tag") << "SELECT $1; SELECT 7" << QStringList{"SELECT $1", "SELECT 7"};
    QTest::newRow("only comments") << "-- nothing here;\n/* at all */" << QStringList{};
    QTest::newRow("arabic and emoji") << "SELECT 'مرحبا; 🎉'; SELECT 8" << QStringList{"SELECT 'مرحبا; 🎉'", "SELECT 8"};
}

void tst_SqlScript::split()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(SqlScript::split(sql), statements);
}

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_sqlscript.moc"
