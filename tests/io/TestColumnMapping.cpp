#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestColumnMapping"));
        QSettings().clear();
    }

    void guesses_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        QTest::newRow("wire name") << "identifier"
                                   << "identifier";
        QTest::newRow("upper case") << "AUTHENTICATION_CODE"
                                    << "authentication_code";
        QTest::newRow("spaces") << " Authentication Code "
                                << "authentication_code";
        QTest::newRow("email") << "email"
                               << "identifier";
        QTest::newRow("e-mail") << "E-Mail"
                                << "identifier";
        QTest::newRow("card") << "Card"
                              << "card_masked_number";
        QTest::newRow("card number") << "card number"
                                     << "card_masked_number";
        QTest::newRow("pin") << "PIN"
                             << "pass_code";
        QTest::newRow("password") << "Password"
                                  << "pass_code";
        QTest::newRow("auth_code") << "auth_code"
                                   << "authentication_code";
        QTest::newRow("state") << "State"
                               << "life_cycle_state";
        QTest::newRow("account") << "Account"
                                 << "accounts_receivable";
        QTest::newRow("participant") << "participant"
                                     << "reward_participant";
        QTest::newRow("udf") << "UDF String 3"
                             << "udf_string_3";
        QTest::newRow("udf as the table names it") << "UDF number 2"
                                                   << "udf_float_2";
        QTest::newRow("code") << "Code"
                              << "authentication_code";
        QTest::newRow("custom prefix") << "custom:colour"
                                       << "custom:colour";
        QTest::newRow("custom header") << "custom_colour"
                                       << "custom:colour";
        QTest::newRow("number is not importable") << "number"
                                                  << "";
        QTest::newRow("unknown") << "favourite food"
                                 << "";
    }

    void guesses()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        QCOMPARE(ColumnMapping::guessTarget(header), target);
    }

    // Files made by hand by people who read the table in German name their columns as it does.
    void guessesTheTitlesOfTheLanguageInUse()
    {
        class German : public QTranslator
        {
        public:
            QString translate(const char* context, const char* source, const char*, int) const override
            {
                if (qstrcmp(context, "TokenFields") != 0)
                    return QString();
                if (qstrcmp(source, "Card number") == 0)
                    return QStringLiteral("Kartennummer");
                if (qstrcmp(source, "Identifier") == 0)
                    return QStringLiteral("Kennung");
                return QString();
            }
            bool isEmpty() const override { return false; }
        } german;
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("Kartennummer")), QString());
        QCoreApplication::installTranslator(&german);
        const auto removed = qScopeGuard([&german]() { QCoreApplication::removeTranslator(&german); });
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("Kartennummer")),
                 QStringLiteral("card_masked_number"));
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral(" KENNUNG ")), QStringLiteral("identifier"));
        // The wire names and the English aliases still hold.
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("card number")),
                 QStringLiteral("card_masked_number"));
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("identifier")), QStringLiteral("identifier"));
    }

    void aTargetIsGuessedOnce()
    {
        const ColumnMapping mapping = ColumnMapping::guess({ "email", "identifier", "pin" });
        QCOMPARE(mapping.targets(), QStringList({ "identifier", "", "pass_code" }));
    }

    void overrides()
    {
        const QStringList header = { "Login", "Secret", "Ref" };
        ColumnMapping mapping = ColumnMapping::guess(header);
        QCOMPARE(mapping.targets(), QStringList({ "identifier", "", "" }));
        QVERIFY(mapping.applyOverride(header, QStringLiteral("Secret=pass_code")).ok());
        QVERIFY(mapping.applyOverride(header, QStringLiteral("3=auth_code")).ok());
        QCOMPARE(mapping.targets(), QStringList({ "identifier", "pass_code", "authentication_code" }));
        // Moving a field takes it from the column it was on.
        QVERIFY(mapping.applyOverride(header, QStringLiteral("ref=identifier")).ok());
        QCOMPARE(mapping.targets(), QStringList({ "", "pass_code", "identifier" }));
        QVERIFY(mapping.applyOverride(header, QStringLiteral("Login=ignore")).ok());

        const Result<void> unknownColumn = mapping.applyOverride(header, QStringLiteral("Nope=identifier"));
        QCOMPARE(unknownColumn.error().code(), Error::Code::Usage);
        QVERIFY(unknownColumn.error().message().contains(QLatin1String("Nope")));
        const Result<void> unknownField = mapping.applyOverride(header, QStringLiteral("Login=favourite"));
        QVERIFY(unknownField.error().message().contains(QLatin1String("favourite")));
        QVERIFY(!mapping.applyOverride(header, QStringLiteral("no equals sign")).ok());
    }

    void check()
    {
        QVERIFY(ColumnMapping({ "identifier", "pass_code" }).check().ok());
        const Result<void> twice = ColumnMapping({ "identifier", "identifier" }).check();
        QVERIFY(twice.error().message().contains(QLatin1String("Columns 1 and 2")));
        QVERIFY(!ColumnMapping({ "", "" }).check().ok());
    }

    void savedMappingsFollowTheHeaderNotThePosition()
    {
        ColumnMapping mapping = ColumnMapping::guess({ "Login", "Secret", "Colour" });
        mapping.setTarget(1, QStringLiteral("pass_code"));
        mapping.setTarget(2, QStringLiteral("custom:colour"));
        mapping.save(QStringLiteral("shop"), { "Login", "Secret", "Colour" });
        QVERIFY(ColumnMapping::savedNames().contains(QStringLiteral("shop")));

        const Result<ColumnMapping> loaded
            = ColumnMapping::load(QStringLiteral("shop"), { "Colour", "Login", "Secret", "Extra" });
        QVERIFY(loaded);
        QCOMPARE(loaded->targets(), QStringList({ "custom:colour", "identifier", "pass_code", "" }));
        QCOMPARE(ColumnMapping::load(QStringLiteral("missing"), { "a" }).error().message(),
                 QStringLiteral("There is no saved mapping \"missing\""));
        // A mapping saved for other columns would only set every column to "ignore": refused,
        // with the columns it was saved for.
        const Result<ColumnMapping> misfit = ColumnMapping::load(QStringLiteral("shop"), { "", "", "" });
        QVERIFY(!misfit);
        QVERIFY2(misfit.error().message().contains(QLatin1String("none of this file's columns")),
                 qPrintable(misfit.error().message()));
        QVERIFY(misfit.error().message().contains(QLatin1String("Login")));
        // Only names are saved, never a value from the file.
        QSettings settings;
        QVERIFY(!settings.allKeys().join(' ').contains(QLatin1String("0042")));
    }

    // A file without a header has no names to save a mapping by: its columns are saved by place.
    void aFileWithoutAHeaderSavesItsMappingByPlace()
    {
        ColumnMapping mapping({ "", "authentication_code", "udf_string_1" });
        mapping.save(QStringLiteral("partner feed"), { "", "", "" });
        const Result<ColumnMapping> loaded
            = ColumnMapping::load(QStringLiteral("partner feed"), { "", "", "" });
        QVERIFY(loaded);
        QCOMPARE(loaded->targets(), QStringList({ "", "authentication_code", "udf_string_1" }));
    }

    // The import record keeps one target a column, whatever a custom field's name holds; records
    // written before quoting read as they always did.
    void theRecordedTextKeepsEachColumn()
    {
        const ColumnMapping mapping(
            { "identifier", "", "custom:Name, Vorname", "custom:say \"hi\"", "custom:plain", "" });
        const QString text = mapping.toText();
        QCOMPARE(
            text,
            QStringLiteral("identifier,,\"custom:Name, Vorname\",\"custom:say \"\"hi\"\"\",custom:plain,"));
        QCOMPARE(ColumnMapping::fromText(text), mapping);
        QCOMPARE(ColumnMapping::fromText(QStringLiteral("identifier,pass_code,,custom:say \"hi\"")).targets(),
                 QStringList({ "identifier", "pass_code", "", "custom:say \"hi\"" }));
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "TestColumnMapping.moc"
