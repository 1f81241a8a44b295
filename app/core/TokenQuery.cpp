#include "TokenQuery.h"

TokenQuery TokenQuery::withoutPaging() const
{
    TokenQuery query = *this;
    query.offset = 0;
    query.afterValue.reset();
    query.afterNumber.clear();
    query.before = false;
    return query;
}

bool TokenQuery::sameRows(const TokenQuery& other) const
{
    return association == other.association && accountNumber == other.accountNumber
        && participantNumber == other.participantNumber && classification == other.classification
        && state == other.state && search == other.search && columnFilters == other.columnFilters
        && sortField == other.sortField && descending == other.descending;
}
