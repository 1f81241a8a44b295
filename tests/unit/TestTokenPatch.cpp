#include "TokenPatch.h"

#include <QTest>

// The tri-state update of spec §3 and the text form the CLI and the CSV import set fields with.
class TestTokenPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyByDefault();
    void setTextEveryTextField_data();
    void setTextEveryTextField();
    void setTextFloat();
    void setTextBadFloat();
    void setTextDate();
    void setTextBadDate();
    void emptyTextClears();
    void setNullEveryKind();
    void readOnlyAndUnknownFieldsRefused_data();
    void readOnlyAndUnknownFieldsRefused();
    void applyAbsentNullValue();
    void customFieldSet();
    void equality();
};

namespace {
AccessToken sampleToken()
{
    AccessToken token;
    token.identifier = QStringLiteral("maria@example.com");
    token.authenticationCode = QStringLiteral("CARD0001");
    token.cardMaskedNumber = QStringLiteral("4111********1111");
    token.udfString[0] = QStringLiteral("Nicosia");
    token.udfFloat[1] = 12.5;
    token.udfDate[3] = QDate(2025, 6, 30);
    token.customFields.insert(QStringLiteral("tier"), QStringLiteral("Gold"));
    token.customFields.insert(QStringLiteral("channel"), QStringLiteral("POS"));
    return token;
}
} // namespace

void TestTokenPatch::emptyByDefault()
{
    const TokenPatch patch;
    QVERIFY(patch.isEmpty());
    QVERIFY(patch.fieldNames().isEmpty());
    QVERIFY(patch.identifier.isAbsent());
    QVERIFY(!patch.expectedVersion.has_value());
    AccessToken token = sampleToken();
    patch.applyTo(token);
    QVERIFY(token == sampleToken());
}

void TestTokenPatch::setTextEveryTextField_data()
{
    QTest::addColumn<QString>("wireName");
    QTest::newRow("identifier") << "identifier";
    QTest::newRow("pass_code") << "pass_code";
    QTest::newRow("authentication_code") << "authentication_code";
    QTest::newRow("card_masked_number") << "card_masked_number";
    QTest::newRow("classification") << "classification";
    QTest::newRow("accounts_receivable") << "accounts_receivable";
    QTest::newRow("reward_participant") << "reward_participant";
    for (int i = 1; i <= AccessToken::udfStringCount; ++i) {
        const QByteArray name = QByteArray("udf_string_") + QByteArray::number(i);
        QTest::newRow(name.constData()) << QString::fromLatin1(name);
    }
}

void TestTokenPatch::setTextEveryTextField()
{
    QFETCH(QString, wireName);
    TokenPatch patch;
    const Result<void> set = patch.setText(wireName, QStringLiteral("value-1"));
    QVERIFY2(set.ok(), qPrintable(set.error().toString()));
    QCOMPARE(patch.fieldNames(), QStringList { wireName });

    const QMap<QString, const PatchValue<QString>*> plain = {
        { QStringLiteral("identifier"), &patch.identifier },
        { QStringLiteral("pass_code"), &patch.passCode },
        { QStringLiteral("authentication_code"), &patch.authenticationCode },
        { QStringLiteral("card_masked_number"), &patch.cardMaskedNumber },
        { QStringLiteral("classification"), &patch.classification },
        { QStringLiteral("accounts_receivable"), &patch.accountsReceivable },
        { QStringLiteral("reward_participant"), &patch.rewardParticipant },
    };
    const PatchValue<QString>* value = plain.value(wireName);
    if (!value)
        value = &patch.udfString[wireName.mid(int(strlen("udf_string_"))).toInt() - 1];
    QVERIFY(value->isSet());
    QCOMPARE(value->value(), QStringLiteral("value-1"));
}

void TestTokenPatch::setTextFloat()
{
    TokenPatch patch;
    QVERIFY(patch.setText(QStringLiteral("udf_float_1"), QStringLiteral("3.25")).ok());
    QVERIFY(patch.setText(QStringLiteral("udf_float_4"), QStringLiteral(" -1e3 ")).ok());
    QCOMPARE(patch.udfFloat[0].value(), 3.25);
    QCOMPARE(patch.udfFloat[3].value(), -1000.0);
    QVERIFY(patch.udfFloat[1].isAbsent());
    QCOMPARE(patch.fieldNames(),
             (QStringList { QStringLiteral("udf_float_1"), QStringLiteral("udf_float_4") }));
}

void TestTokenPatch::setTextBadFloat()
{
    TokenPatch patch;
    // The C locale: a decimal comma is not a number, whatever the system's locale.
    for (const QString& text : { QStringLiteral("abc"), QStringLiteral("3,25"), QStringLiteral("1.2.3") }) {
        const Result<void> set = patch.setText(QStringLiteral("udf_float_2"), text);
        QVERIFY2(!set.ok(), qPrintable(text));
        QCOMPARE(set.error().code(), Error::Code::Validation);
        QCOMPARE(set.error().field(), QStringLiteral("udf_float_2"));
        QVERIFY(set.error().message().contains(text));
    }
    QVERIFY(patch.isEmpty());
}

void TestTokenPatch::setTextDate()
{
    TokenPatch patch;
    QVERIFY(patch.setText(QStringLiteral("udf_date_2"), QStringLiteral("2026-02-28")).ok());
    QCOMPARE(patch.udfDate[1].value(), QDate(2026, 2, 28));
}

void TestTokenPatch::setTextBadDate()
{
    TokenPatch patch;
    for (const QString& text :
         { QStringLiteral("2026-02-30"), QStringLiteral("28/02/2026"), QStringLiteral("soon") }) {
        const Result<void> set = patch.setText(QStringLiteral("udf_date_1"), text);
        QVERIFY2(!set.ok(), qPrintable(text));
        QCOMPARE(set.error().field(), QStringLiteral("udf_date_1"));
    }
    QVERIFY(patch.isEmpty());
}

void TestTokenPatch::emptyTextClears()
{
    TokenPatch patch;
    QVERIFY(patch.setText(QStringLiteral("card_masked_number"), QString()).ok());
    QVERIFY(patch.cardMaskedNumber.isNull());
    QVERIFY(patch.setText(QStringLiteral("udf_float_3"), QString()).ok());
    QVERIFY(patch.udfFloat[2].isNull());
    QCOMPARE(patch.fieldNames(),
             (QStringList { QStringLiteral("card_masked_number"), QStringLiteral("udf_float_3") }));
}

void TestTokenPatch::setNullEveryKind()
{
    TokenPatch patch;
    QVERIFY(patch.setNull(QStringLiteral("identifier")).ok());
    QVERIFY(patch.setNull(QStringLiteral("accounts_receivable")).ok());
    QVERIFY(patch.setNull(QStringLiteral("udf_string_8")).ok());
    QVERIFY(patch.setNull(QStringLiteral("udf_float_1")).ok());
    QVERIFY(patch.setNull(QStringLiteral("udf_date_4")).ok());
    QVERIFY(patch.identifier.isNull());
    QVERIFY(patch.accountsReceivable.isNull());
    QVERIFY(patch.udfString[7].isNull());
    QVERIFY(patch.udfFloat[0].isNull());
    QVERIFY(patch.udfDate[3].isNull());
    QVERIFY(!patch.isEmpty());
}

void TestTokenPatch::readOnlyAndUnknownFieldsRefused_data()
{
    QTest::addColumn<QString>("wireName");
    QTest::newRow("number") << "number";
    QTest::newRow("id") << "id";
    QTest::newRow("life_cycle_state") << "life_cycle_state";
    QTest::newRow("verified_date") << "verified_date";
    QTest::newRow("udf_string_9") << "udf_string_9";
    QTest::newRow("colour") << "colour";
}

void TestTokenPatch::readOnlyAndUnknownFieldsRefused()
{
    QFETCH(QString, wireName);
    TokenPatch patch;
    Result<void> set = patch.setText(wireName, QStringLiteral("x"));
    QVERIFY(!set.ok());
    QCOMPARE(set.error().field(), wireName);
    set = patch.setNull(wireName);
    QVERIFY(!set.ok());
    QVERIFY(patch.isEmpty());
}

void TestTokenPatch::applyAbsentNullValue()
{
    AccessToken token = sampleToken();
    TokenPatch patch;
    patch.cardMaskedNumber = PatchValue<QString>::null();
    patch.udfString[0] = QStringLiteral("Limassol");
    patch.udfFloat[1] = PatchValue<double>::null();
    patch.udfDate[0] = QDate(2026, 1, 2);
    patch.applyTo(token);

    QCOMPARE(token.identifier, QStringLiteral("maria@example.com"));
    QCOMPARE(token.authenticationCode, QStringLiteral("CARD0001"));
    QVERIFY(token.cardMaskedNumber.isEmpty());
    QCOMPARE(token.udfString[0], QStringLiteral("Limassol"));
    QVERIFY(!token.udfFloat[1].has_value());
    QCOMPARE(token.udfDate[0], QDate(2026, 1, 2));
    QCOMPARE(token.udfDate[3], QDate(2025, 6, 30));
}

void TestTokenPatch::customFieldSet()
{
    AccessToken token = sampleToken();
    TokenPatch patch;
    patch.customFieldSet.insert(QStringLiteral("tier"), QString());
    patch.customFieldSet.insert(QStringLiteral("language"), QStringLiteral("el"));
    QCOMPARE(patch.fieldNames(), QStringList { QStringLiteral("custom_fields") });
    patch.applyTo(token);
    const QMap<QString, QString> expected = { { QStringLiteral("channel"), QStringLiteral("POS") },
                                              { QStringLiteral("language"), QStringLiteral("el") } };
    QCOMPARE(token.customFields, expected);

    // An empty set changes nothing.
    const TokenPatch empty;
    empty.applyTo(token);
    QCOMPARE(token.customFields, expected);
}

void TestTokenPatch::equality()
{
    TokenPatch a;
    TokenPatch b;
    QVERIFY(a == b);
    a.identifier = PatchValue<QString>::null();
    QVERIFY(!(a == b));
    b.identifier = QString();
    // A value that happens to be empty is not the same as null.
    QVERIFY(!(a == b));
    b.identifier = PatchValue<QString>::null();
    QVERIFY(a == b);
    a.expectedVersion = 3;
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestTokenPatch)
#include "TestTokenPatch.moc"
