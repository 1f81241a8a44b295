#include "TokenRef.h"

#include <QTest>

Q_DECLARE_METATYPE(TokenRef::Kind)

// The text form of token references that the CLI takes and scripts write.
class TestTokenRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryKind_data();
    void parsesEveryKind();
    void valueMayContainColons();
    void refusals_data();
    void refusals();
    void passCodeIsNeverInTheText();
};

void TestTokenRef::parsesEveryKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TokenRef::Kind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("kindName");
    QTest::newRow("authentication code")
        << "authentication_code:testpassnew1" << TokenRef::Kind::AuthenticationCode << "testpassnew1"
        << "authentication_code";
    QTest::newRow("identifier") << "identifier:api1test12up" << TokenRef::Kind::Identifier << "api1test12up"
                                << "identifier";
    QTest::newRow("id") << "id:CDC003FAB1204830ACED364BA77EC18D" << TokenRef::Kind::Id
                        << "CDC003FAB1204830ACED364BA77EC18D"
                        << "id";
    QTest::newRow("number") << "number:35" << TokenRef::Kind::Number << "35"
                            << "number";
    QTest::newRow("e-mail identifier")
        << "identifier:maria@example.com" << TokenRef::Kind::Identifier << "maria@example.com"
        << "identifier";
}

void TestTokenRef::parsesEveryKind()
{
    QFETCH(QString, text);
    QFETCH(TokenRef::Kind, kind);
    QFETCH(QString, value);
    QFETCH(QString, kindName);
    const Result<TokenRef> ref = TokenRef::parse(text);
    QVERIFY2(ref.ok(), qPrintable(ref.error().toString()));
    QCOMPARE(ref->kind(), kind);
    QCOMPARE(ref->value(), value);
    QCOMPARE(ref->kindName(), kindName);
    QVERIFY(ref->passCode().isEmpty());
    QVERIFY(ref->isValid());
    QCOMPARE(ref->toString(), text);
}

void TestTokenRef::valueMayContainColons()
{
    const Result<TokenRef> ref = TokenRef::parse(QStringLiteral("authentication_code:a:b:c"));
    QVERIFY(ref.ok());
    QCOMPARE(ref->value(), QStringLiteral("a:b:c"));
}

void TestTokenRef::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("no kind") << "35";
    QTest::newRow("unknown kind") << "serial:35";
    QTest::newRow("kind without value") << "number:";
    QTest::newRow("upper case kind") << "NUMBER:35";
    QTest::newRow("pass code kind") << "pass_code:secret";
}

void TestTokenRef::refusals()
{
    QFETCH(QString, text);
    const Result<TokenRef> ref = TokenRef::parse(text);
    QVERIFY(!ref.ok());
    QCOMPARE(ref.error().code(), Error::Code::Usage);
    QCOMPARE(ref.error().field(), QStringLiteral("reference"));
    QVERIFY(!ref.error().message().isEmpty());
}

void TestTokenRef::passCodeIsNeverInTheText()
{
    TokenRef ref = TokenRef::byIdentifier(QStringLiteral("maria@example.com"), QStringLiteral("s3cret!"));
    QCOMPARE(ref.passCode(), QStringLiteral("s3cret!"));
    QVERIFY(!ref.toString().contains(QLatin1String("s3cret")));
    QVERIFY(!(ref == TokenRef::byIdentifier(QStringLiteral("maria@example.com"))));
    ref.setPassCode(QString());
    QVERIFY(ref == TokenRef::byIdentifier(QStringLiteral("maria@example.com")));
}

QTEST_GUILESS_MAIN(TestTokenRef)
#include "TestTokenRef.moc"
