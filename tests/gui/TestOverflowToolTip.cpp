// OverflowToolTip: a field too narrow for its text shows the whole text when the pointer rests on
// it, and a field that hides its text never does.

#include "OverflowToolTip.h"
#include "ToolTipOf.h"

#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>
#include <QToolTip>

class TestOverflowToolTip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aCutTextIsShownWhole();
    void aTextThatFitsKeepsTheFieldsOwnTip();
    void aHiddenTextIsNeverShown();
    void itIsCutWhereTheFieldCutsIt_data();
    void itIsCutWhereTheFieldCutsIt();

private:
    QLineEdit* m_edit = nullptr;
};

void TestOverflowToolTip::init()
{
    m_edit = new QLineEdit;
    new OverflowToolTip(m_edit);
    m_edit->resize(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0123456789")),
                   m_edit->sizeHint().height());
    m_edit->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_edit));
}

void TestOverflowToolTip::cleanup()
{
    QToolTip::hideText();
    delete m_edit;
}

void TestOverflowToolTip::aCutTextIsShownWhole()
{
    const QString code = QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6");
    m_edit->setText(code);
    QVERIFY(OverflowToolTip::overflows(m_edit));
    QCOMPARE(toolTipOf(m_edit), code);
    // Typed on, the tip follows the text.
    m_edit->end(false);
    QTest::keyClicks(m_edit, QStringLiteral("77"));
    QCOMPARE(toolTipOf(m_edit), code + QStringLiteral("77"));
}

void TestOverflowToolTip::aTextThatFitsKeepsTheFieldsOwnTip()
{
    m_edit->setText(QStringLiteral("A1"));
    QVERIFY(!OverflowToolTip::overflows(m_edit));
    QCOMPARE(toolTipOf(m_edit), QString());
    m_edit->setToolTip(QStringLiteral("The code printed on the card"));
    QCOMPARE(toolTipOf(m_edit), QStringLiteral("The code printed on the card"));
    // Widened, a long text fits too.
    m_edit->setToolTip(QString());
    m_edit->setText(QStringLiteral("A1B2C3D4E5F6A7B8C9D0"));
    QVERIFY(OverflowToolTip::overflows(m_edit));
    m_edit->resize(m_edit->fontMetrics().horizontalAdvance(m_edit->text()) * 2, m_edit->height());
    QVERIFY(!OverflowToolTip::overflows(m_edit));
    QCOMPARE(toolTipOf(m_edit), QString());
}

void TestOverflowToolTip::aHiddenTextIsNeverShown()
{
    m_edit->setText(QStringLiteral("pass-code-4412-secret-value"));
    for (const QLineEdit::EchoMode mode :
         { QLineEdit::Password, QLineEdit::PasswordEchoOnEdit, QLineEdit::NoEcho }) {
        m_edit->setEchoMode(mode);
        QCOMPARE(toolTipOf(m_edit), QString());
    }
}

void TestOverflowToolTip::itIsCutWhereTheFieldCutsIt_data()
{
    QTest::addColumn<bool>("button");
    QTest::newRow("plain") << false;
    QTest::newRow("with a button at its end") << true;
}

void TestOverflowToolTip::itIsCutWhereTheFieldCutsIt()
{
    QFETCH(bool, button);
    if (button) {
        QPixmap eye(16, 16);
        eye.fill(Qt::darkGray);
        m_edit->addAction(QIcon(eye), QLineEdit::TrailingPosition);
    }
    // At the end of a text that fits, the cursor is where the text ends; at the end of one that
    // does not, the field has scrolled it left.
    m_edit->setText(QStringLiteral("ACR0000000001-W"));
    const int advance = m_edit->fontMetrics().horizontalAdvance(m_edit->text());
    m_edit->setCursorPosition(0);
    m_edit->grab();
    const int start = m_edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    for (int width = advance - 4; width <= advance + 64; ++width) {
        m_edit->resize(width, m_edit->height());
        m_edit->setCursorPosition(0);
        m_edit->grab();
        m_edit->end(false);
        m_edit->grab();
        const bool scrolled
            = m_edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x() < start + advance - 1;
        QVERIFY2(OverflowToolTip::overflows(m_edit) == scrolled, qPrintable(QString::number(width)));
    }
}

QTEST_MAIN(TestOverflowToolTip)
#include "TestOverflowToolTip.moc"
