// StateBadgeDelegate: the life cycle state's badge, and the column wide enough for the widest one.

#include "StateBadgeDelegate.h"
#include "StateLabels.h"
#include "TokenTableModel.h"

#include <QFontMetrics>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

class TestStateBadgeDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theColumnHoldsEveryBadge();
    void aFontSetInPixelsIsScaledQuietly();
    void aGreyedTableGreysItsBadges();
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

void TestStateBadgeDelegate::aGreyedTableGreysItsBadges()
{
    // The rows of a scope left stay in sight, greyed, until the next one is named: their badges
    // must not stand out as if they could be acted on.
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), int(LifeCycleState::Effective), TokenTableModel::StateRole);
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(0, new StateBadgeDelegate(&view));
    view.setColumnWidth(0, StateBadgeDelegate::columnWidth(view.font()));
    view.resize(400, 120);
    const QRect cell = view.visualRect(model.index(0, 0));
    // Inside the badge, left of its text.
    const QPoint inside = view.viewport()->mapTo(&view, QPoint(cell.left() + 8, cell.center().y()));
    const QColor base = view.palette().color(QPalette::Base);
    const auto distance = [&base](const QColor& colour) {
        return std::abs(colour.red() - base.red()) + std::abs(colour.green() - base.green())
            + std::abs(colour.blue() - base.blue());
    };
    const QColor enabled = view.grab().toImage().pixelColor(inside);
    view.setEnabled(false);
    const QColor greyed = view.grab().toImage().pixelColor(inside);
    QVERIFY2(distance(enabled) > 100, qPrintable(enabled.name()));
    QVERIFY2(distance(greyed) < distance(enabled) / 2,
             qPrintable(greyed.name() + QLatin1Char(' ') + enabled.name()));
}

QTEST_MAIN(TestStateBadgeDelegate)
#include "TestStateBadgeDelegate.moc"
