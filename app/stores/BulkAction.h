#pragma once

// The life-cycle actions a bulk action applies to many tokens (BulkRunner, TokenService::applyToEach).
enum class BulkAction
{
    SetEffective,
    SetNotEffective,
    Delete,
};
