#pragma once

#include <QString>

// The name the operating system knows the person at this computer by: what the log information
// and the import history record as the user of a local store.
class LoginName
{
public:
    static QString current();
};
