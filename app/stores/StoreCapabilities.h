#pragma once

// What a store can do beyond the common operations, so callers can adapt instead of failing.
struct StoreCapabilities
{
    // A local store lists every token; CRM.COM lists only by account, participant or not associated.
    bool listsAllTokens = true;
    // Local stores keep and edit the definition and classifications; CRM.COM only lists classifications.
    bool editsSettings = true;
    // A directory of accounts receivable and reward participants that can be added to.
    bool keepsDirectory = true;
    bool hasAuditTrail = true;
    // A refused create or update lists every violated rule; a CRM.COM reply carries one message.
    bool reportsEveryViolation = true;
    // Log information names the actor given to setActor(); CRM.COM names the user who logged in.
    bool recordsActor = true;
    // Other clients' changes are announced (PostgreSQL LISTEN/NOTIFY).
    bool notifiesChanges = false;
    // Each bulk import is recorded and can be listed and undone (imports(), undoImport()); off by
    // default like TokenStore's own answer to those calls.
    bool recordsImports = false;
    // A call can wait on the network for long, so cancel() aborts it (CRM.COM).
    bool cancelsCalls = false;
    // Bulk actions go faster with several calls in flight at once, each waiting on the network:
    // TokenStore::startAction() returns before its call is answered.
    bool runsCallsInParallel = false;
    // How many calls a bulk action keeps in flight unless told otherwise (the connection's
    // parallel requests).
    int callsInFlight = 1;
};
