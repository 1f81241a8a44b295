#pragma once

#include "Result.h"
#include "TokenQuery.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

// The filter options of `list`, shared with every command that selects tokens the same way
// (`export`): --account | --participant | --not-associated, --classification, --state, --search,
// --sort FIELD[:desc], and with Paging::Included also --limit and --offset.
class ListOptions
{
    Q_DECLARE_TR_FUNCTIONS(ListOptions)

public:
    enum class Paging
    {
        Included,
        Excluded
    };

    explicit ListOptions(Paging paging = Paging::Included);

    QList<QCommandLineOption> options() const;
    // The query the parsed options ask for; a USAGE error for a bad or conflicting value.
    Result<TokenQuery> query(const QCommandLineParser& arguments) const;

private:
    Paging m_paging;
};
