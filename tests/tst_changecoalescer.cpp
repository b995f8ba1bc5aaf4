// ChangeCoalescer: however many notifications arrive, at most one reload per interval, due within
// the interval; changes to other tables, or only to other owners' rows, cause none.

#include "live/changecoalescer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

ChangeEvent change(const QString &table, const QStringList &owners, qint64 ownersTotal = -2)
{
    ChangeEvent e;
    e.table = table;
    e.op = "insert";
    e.rows = 1;
    e.owners = owners;
    e.ownersTotal = ownersTotal == -2 ? owners.size() : ownersTotal;
    e.truncated = e.ownersTotal > owners.size();
    return e;
}

} // namespace

class tst_ChangeCoalescer : public QObject
{
    Q_OBJECT

private slots:
    void burst_data();
    void burst();
    void spreadOutKeepsInterval();
    void addAllMarksEveryTable();
};

void tst_ChangeCoalescer::burst_data()
{
    QTest::addColumn<QList<ChangeEvent>>("events");
    QTest::addColumn<QString>("owner");  // the owner in view; "" for every owner
    QTest::addColumn<int>("reloads");
    QTest::addColumn<QStringList>("tables");

    const QString a = "00000000-0000-0000-0000-00000000000a", b = "00000000-0000-0000-0000-00000000000b";
    QList<ChangeEvent> many;
    for (int i = 0; i < 10000; ++i)
        many << change(i % 2 ? "messages" : "recipients", {i % 3 ? a : b});
    QTest::newRow("one change") << QList<ChangeEvent>{change("messages", {a})} << QString() << 1 << QStringList{"messages"};
    QTest::newRow("10,000 changes, one reload") << many << QString() << 1 << QStringList{"messages", "recipients"};
    QTest::newRow("another table") << QList<ChangeEvent>{change("users", {a})} << QString() << 0 << QStringList{};
    QTest::newRow("only another owner's rows") << QList<ChangeEvent>{change("messages", {b})} << a << 0 << QStringList{};
    QTest::newRow("the owner in view among others") << QList<ChangeEvent>{change("messages", {b, a})} << a << 1
                                                    << QStringList{"messages"};
    QTest::newRow("owner list cut: maybe ours") << QList<ChangeEvent>{change("messages", {b}, 150)} << a << 1
                                                << QStringList{"messages"};
    QTest::newRow("truncate: every owner") << QList<ChangeEvent>{change("recipients", {}, -1)} << a << 1
                                           << QStringList{"recipients"};
}

void tst_ChangeCoalescer::burst()
{
    QFETCH(QList<ChangeEvent>, events);
    QFETCH(QString, owner);
    QFETCH(int, reloads);
    QFETCH(QStringList, tables);
    ChangeCoalescer coalescer;
    coalescer.setTables({"messages", "recipients"});
    coalescer.setOwner(owner);
    QSignalSpy due(&coalescer, &ChangeCoalescer::due);
    QElapsedTimer clock;
    clock.start();
    for (const ChangeEvent &e : events)
        coalescer.add(e);
    QCOMPARE(coalescer.isPending(), reloads > 0);
    QTRY_VERIFY(!coalescer.isPending());
    QVERIFY2(clock.elapsed() <= 1000, qPrintable(QString::number(clock.elapsed())));  // shown within a second
    QCOMPARE(due.count(), reloads);
    if (reloads > 0) {
        QStringList changed = due.first().first().value<QSet<QString>>().values();
        changed.sort();
        QCOMPARE(changed, tables);
    }
}

void tst_ChangeCoalescer::spreadOutKeepsInterval()
{
    // Changes every 50 ms for 1.5 s: reloads keep a full interval apart, and the last change is not lost.
    ChangeCoalescer coalescer;
    coalescer.setInterval(500);
    QList<qint64> at;
    QElapsedTimer clock;
    clock.start();
    connect(&coalescer, &ChangeCoalescer::due, this, [&] { at << clock.elapsed(); });
    int sent = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        coalescer.add(change("messages", {}));
        if (++sent == 30)
            ticker.stop();
    });
    ticker.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(sent == 30 && !coalescer.isPending(), 10000);
    QVERIFY2(at.size() >= 3 && at.size() <= 5, qPrintable(QString::number(at.size())));
    for (int i = 1; i < at.size(); ++i)
        QVERIFY2(at[i] - at[i - 1] >= 490, qPrintable(QString("%1 → %2").arg(at[i - 1]).arg(at[i])));
}

void tst_ChangeCoalescer::addAllMarksEveryTable()
{
    ChangeCoalescer coalescer;
    coalescer.setTables({"campaigns", "users"});
    QSignalSpy due(&coalescer, &ChangeCoalescer::due);
    coalescer.addAll();
    QTRY_COMPARE(due.count(), 1);
    QStringList changed = due.first().first().value<QSet<QString>>().values();
    changed.sort();
    QCOMPARE(changed, (QStringList{"campaigns", "users"}));
}

QTEST_GUILESS_MAIN(tst_ChangeCoalescer)
#include "tst_changecoalescer.moc"
