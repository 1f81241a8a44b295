// StateBadgeDelegate: the life cycle state's badge, and the column wide enough for the widest one.

#include "StateBadgeDelegate.h"
#include "StateLabels.h"

#include <QFontMetrics>
#include <QRegularExpression>
#include <QTest>

class TestStateBadgeDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theColumnHoldsEveryBadge();
    void aFontSetInPixelsIsScaledQuietly();
};

void TestStateBadgeDelegate::theColumnHoldsEveryBadge()
{
    QFont font;
    font.setPointSize(10);
    const int width = StateBadgeDelegate::columnWidth(font);
    QFont bold = font;
    bold.setBold(true);
    for (LifeCycleState state :
         { LifeCycleState::PendingVerification, LifeCycleState::Effective, LifeCycleState::NotEffective })
        QVERIFY2(width > QFontMetrics(bold).horizontalAdvance(StateLabels::label(state)) * 9 / 10,
                 qPrintable(StateLabels::label(state)));
    QFont larger = font;
    larger.setPointSize(20);
    QVERIFY(StateBadgeDelegate::columnWidth(larger) > width);
}

void TestStateBadgeDelegate::aFontSetInPixelsIsScaledQuietly()
{
    // A style sheet may give the table a font in pixels, which has no point size: scaling that
    // warned once for every badge painted.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QFont font;
    font.setPixelSize(14);
    QFont larger;
    larger.setPixelSize(28);
    QVERIFY(StateBadgeDelegate::columnWidth(larger) > StateBadgeDelegate::columnWidth(font));
}

QTEST_MAIN(TestStateBadgeDelegate)
#include "TestStateBadgeDelegate.moc"
