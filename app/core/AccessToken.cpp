#include "AccessToken.h"

bool AccessToken::operator==(const AccessToken& other) const
{
    return id == other.id && number == other.number && lifeCycleState == other.lifeCycleState
        && identifier == other.identifier && authenticationCode == other.authenticationCode
        && cardMaskedNumber == other.cardMaskedNumber && verifiedDate == other.verifiedDate
        && classification == other.classification && accountsReceivable == other.accountsReceivable
        && rewardParticipant == other.rewardParticipant && udfString == other.udfString
        && udfFloat == other.udfFloat && udfDate == other.udfDate && customFields == other.customFields
        && logInformation == other.logInformation && version == other.version
        && hasPassCode == other.hasPassCode;
}
