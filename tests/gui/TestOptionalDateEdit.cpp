// OptionalDateEdit: a user-defined date that may be unset ("Not set"), used by keyboard alone.

#include "OptionalDateEdit.h"
#include "TabCycle.h"

#include <QCalendarWidget>
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

    void altDownOpensTheCalendarAtToday()
    {
        m_date->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_date, Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget* calendar = m_date->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        // A date that is not set opens on today, not on the "Not set" stand-in of 1900.
        QCOMPARE(calendar->selectedDate(), QDate::currentDate());
        QVERIFY(!m_date->optionalDate().isValid());
        // Escape leaves it not set; Return takes the date the calendar is on.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!calendar->isVisible());
        QVERIFY(!m_date->optionalDate().isValid());
        QTest::keyClick(m_date, Qt::Key_F4);
        QTRY_VERIFY(calendar->isVisible());
        // The keys go where a person's would: to the calendar's day grid, which has the focus.
        QWidget* days = QApplication::focusWidget();
        QVERIFY(days && calendar->isAncestorOf(days));
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(m_date->optionalDate(), QDate::currentDate().addDays(1));
    }

    void theCalendarOpensOnTheDateThatIsSet()
    {
        const QDate date(2024, 5, 3);
        m_date->setOptionalDate(date);
        m_date->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_date, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(m_date->calendarWidget()->isVisible());
        QCOMPARE(m_date->calendarWidget()->selectedDate(), date);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!m_date->calendarWidget()->isVisible());
        QCOMPARE(m_date->optionalDate(), date);
    }

private:
    std::unique_ptr<QWidget> m_form;
    QLineEdit* m_before = nullptr;
    OptionalDateEdit* m_date = nullptr;
};

QTEST_MAIN(TestOptionalDateEdit)
#include "TestOptionalDateEdit.moc"
