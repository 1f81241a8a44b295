#include "ListOptions.h"

#include "TokenField.h"

#include <QStringList>

namespace {
Error usage(const QString& message, const QString& option)
{
    return Error(Error::Code::Usage, message, option);
}

QStringList sortableFields()
{
    QStringList names;
    for (const TokenField& field : TokenFields::all()) {
        if (field.sortable)
            names.append(field.wireName);
    }
    return names;
}
} // namespace

ListOptions::ListOptions(Paging paging)
    : m_paging(paging)
{
}

QList<QCommandLineOption> ListOptions::options() const
{
    QList<QCommandLineOption> options = {
        { QStringLiteral("account"), tr("Only tokens of this accounts receivable."), tr("NUMBER") },
        { QStringLiteral("participant"), tr("Only tokens of this reward participant."), tr("NUMBER") },
        { QStringLiteral("not-associated"), tr("Only tokens with neither an account nor a participant.") },
        { QStringLiteral("classification"), tr("Only tokens of this classification (name or id)."),
          tr("NAME") },
        { QStringLiteral("state"), tr("PENDING_VERIFICATION, EFFECTIVE or NOT_EFFECTIVE."), tr("STATE") },
        { QStringLiteral("search"),
          tr("Prefix of the identifier, authentication code or number (case-insensitive)."), tr("TEXT") },
        { QStringLiteral("sort"),
          tr("Sort by FIELD, descending with :desc (%1).").arg(sortableFields().join(QStringLiteral(", "))),
          tr("FIELD[:desc]") },
    };
    if (m_paging == Paging::Included) {
        options.append({ QStringLiteral("limit"), tr("At most N tokens (default 100)."), tr("N") });
        options.append({ QStringLiteral("offset"), tr("Skip the first N tokens."), tr("N") });
    }
    return options;
}

Result<TokenQuery> ListOptions::query(const QCommandLineParser& arguments) const
{
    TokenQuery query;
    const bool byAccount = arguments.isSet(QStringLiteral("account"));
    const bool byParticipant = arguments.isSet(QStringLiteral("participant"));
    const bool notAssociated = arguments.isSet(QStringLiteral("not-associated"));
    if (int(byAccount) + int(byParticipant) + int(notAssociated) > 1)
        return usage(tr("Use only one of --account, --participant and --not-associated"),
                     QStringLiteral("account"));
    if (byAccount) {
        query.association = TokenQuery::Association::Account;
        query.accountNumber = arguments.value(QStringLiteral("account"));
    } else if (byParticipant) {
        query.association = TokenQuery::Association::Participant;
        query.participantNumber = arguments.value(QStringLiteral("participant"));
    } else if (notAssociated) {
        query.association = TokenQuery::Association::NotAssociated;
    }

    query.classification = arguments.value(QStringLiteral("classification"));
    query.search = arguments.value(QStringLiteral("search"));

    if (arguments.isSet(QStringLiteral("state"))) {
        const QString text = arguments.value(QStringLiteral("state"));
        query.state = LifeCycleStates::fromWire(text);
        if (!query.state)
            return usage(
                tr("\"%1\" is not a state; use PENDING_VERIFICATION, EFFECTIVE or NOT_EFFECTIVE").arg(text),
                QStringLiteral("state"));
    }

    if (arguments.isSet(QStringLiteral("sort"))) {
        QString field = arguments.value(QStringLiteral("sort"));
        const qsizetype colon = field.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            const QString direction = field.mid(colon + 1).toLower();
            if (direction != QLatin1String("desc") && direction != QLatin1String("asc"))
                return usage(tr("The sort direction must be :asc or :desc, not \"%1\"").arg(direction),
                             QStringLiteral("sort"));
            query.descending = direction == QLatin1String("desc");
            field = field.left(colon);
        }
        if (!sortableFields().contains(field))
            return usage(tr("Cannot sort by \"%1\"; sortable fields are %2")
                             .arg(field, sortableFields().join(QStringLiteral(", "))),
                         QStringLiteral("sort"));
        query.sortField = field;
    }

    if (m_paging == Paging::Included) {
        for (const QString& name : { QStringLiteral("limit"), QStringLiteral("offset") }) {
            if (!arguments.isSet(name))
                continue;
            bool ok = false;
            const int value = arguments.value(name).toInt(&ok);
            if (!ok || value < 0 || (name == QLatin1String("limit") && value == 0))
                return usage(tr("--%1 needs a %2 number, not \"%3\"")
                                 .arg(name,
                                      name == QLatin1String("limit") ? tr("positive") : tr("non-negative"),
                                      arguments.value(name)),
                             name);
            (name == QLatin1String("limit") ? query.limit : query.offset) = value;
        }
    }
    return query;
}
