#include "PassCodeHasher.h"

#include <QRegularExpression>
#include <QTest>

// Pass codes are kept only as salted Argon2id hashes that name their cost (design: Credentials).
class TestPassCodeHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNamesAlgorithmAndCost();
    void defaultCost();
    void verifyRightAndWrong();
    void verifyMalformedHash();
    void saltedHashesDiffer();
    void needsRehashWhenCostRaised();
    void nonAsciiSecret();
};

namespace {
// The lowest cost libsodium allows, so the tests stay fast.
const PassCodeHasher cheap(1, 8);
} // namespace

void TestPassCodeHasher::formatNamesAlgorithmAndCost()
{
    const PassCodeHasher hasher(3, 64);
    const QString hash = hasher.hash(QStringLiteral("secret1"));
    static const QRegularExpression format(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=64,t=3,p=1\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$"));
    QVERIFY2(format.match(hash).hasMatch(), qPrintable(hash));
    QVERIFY(!hash.contains(QLatin1String("secret1")));
}

void TestPassCodeHasher::defaultCost()
{
    const PassCodeHasher hasher;
    QCOMPARE(hasher.iterations(), 2);
    QCOMPARE(hasher.memoryKiB(), 19456);
    const QString hash = hasher.hash(QStringLiteral("secret1"));
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(hash));
    QVERIFY(PassCodeHasher::verify(QStringLiteral("secret1"), hash));
}

void TestPassCodeHasher::verifyRightAndWrong()
{
    const QString hash = cheap.hash(QStringLiteral("Tr0ub4dor&3"));
    QVERIFY(PassCodeHasher::verify(QStringLiteral("Tr0ub4dor&3"), hash));
    QVERIFY(!PassCodeHasher::verify(QStringLiteral("tr0ub4dor&3"), hash));
    QVERIFY(!PassCodeHasher::verify(QStringLiteral("Tr0ub4dor&"), hash));
    QVERIFY(!PassCodeHasher::verify(QString(), hash));
}

void TestPassCodeHasher::verifyMalformedHash()
{
    QVERIFY(!PassCodeHasher::verify(QStringLiteral("secret1"), QString()));
    QVERIFY(!PassCodeHasher::verify(QStringLiteral("secret1"), QStringLiteral("secret1")));
    QVERIFY(!PassCodeHasher::verify(QStringLiteral("secret1"),
                                    QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$AAAA")));
}

void TestPassCodeHasher::saltedHashesDiffer()
{
    const QString first = cheap.hash(QStringLiteral("123456"));
    const QString second = cheap.hash(QStringLiteral("123456"));
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second);
    QVERIFY(PassCodeHasher::verify(QStringLiteral("123456"), first));
    QVERIFY(PassCodeHasher::verify(QStringLiteral("123456"), second));
}

void TestPassCodeHasher::needsRehashWhenCostRaised()
{
    const QString hash = cheap.hash(QStringLiteral("secret1"));
    QVERIFY(!cheap.needsRehash(hash));
    QVERIFY(PassCodeHasher(2, 8).needsRehash(hash));
    QVERIFY(PassCodeHasher(1, 16).needsRehash(hash));
    // A hash that cannot be read is replaced too.
    QVERIFY(cheap.needsRehash(QStringLiteral("not a hash")));
}

void TestPassCodeHasher::nonAsciiSecret()
{
    const QString secret = QStringLiteral("Κωδικός-ü-€");
    const QString hash = cheap.hash(secret);
    QVERIFY(PassCodeHasher::verify(secret, hash));
    QVERIFY(!PassCodeHasher::verify(QStringLiteral("Κωδικος-ü-€"), hash));
}

QTEST_GUILESS_MAIN(TestPassCodeHasher)
#include "TestPassCodeHasher.moc"
