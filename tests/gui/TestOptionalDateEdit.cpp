// OptionalDateEdit: a user-defined date that may be unset ("Not set"), used by keyboard alone.

#include "OptionalDateEdit.h"
#include "TabCycle.h"

#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

class TestOptionalDateEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_form = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_form.get());
        m_before = new QLineEdit(m_form.get());
        m_before->setObjectName(QStringLiteral("before"));
        m_date = new OptionalDateEdit(m_form.get());
        m_date->setObjectName(QStringLiteral("date"));
        auto* after = new QPushButton(QStringLiteral("After"), m_form.get());
        layout->addWidget(m_before);
        layout->addWidget(m_date);
        layout->addWidget(after);
        m_form->show();
        QApplication::setActiveWindow(m_form.get());
        QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
    }

    void cleanup() { m_form.reset(); }

    void tabLeavesADateThatIsNotSet()
    {
        QVERIFY(!m_date->optionalDate().isValid());
        QCOMPARE(tabCycle(m_before), QStringList({ "before", "date", "After" }));
        // Back with Shift+Tab too.
        m_date->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_date, Qt::Key_Backtab);
        QVERIFY(m_before->hasFocus());
    }

    void aDigitTypedIntoNotSetBeginsADate()
    {
        m_date->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(m_date, QStringLiteral("2"));
        QVERIFY2(!m_date->text().contains(QLatin1String("Not set")), qPrintable(m_date->text()));
        QVERIFY(m_date->optionalDate().isValid());
        QVERIFY2(m_date->sectionText(m_date->sectionAt(0)).startsWith(QLatin1Char('2'))
                     || m_date->sectionText(m_date->sectionAt(0)) == QLatin1String("02"),
                 qPrintable(m_date->text()));
        // A set date is cleared with Delete.
        QTest::keyClick(m_date, Qt::Key_Delete);
        QVERIFY(!m_date->optionalDate().isValid());
        QCOMPARE(m_date->text(), QStringLiteral("Not set"));
    }

private:
    std::unique_ptr<QWidget> m_form;
    QLineEdit* m_before = nullptr;
    OptionalDateEdit* m_date = nullptr;
};

QTEST_MAIN(TestOptionalDateEdit)
#include "TestOptionalDateEdit.moc"
