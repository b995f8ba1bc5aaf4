#pragma once

#include "accounts/permissionpolicy.h"

#include <QString>

#include <optional>

// The page's code, in English and lower case ("contacts"): the same word in export file names, the
// workspace's settings keys and --page, so one page is called the same everywhere.
QString entityCode(Entity entity);

// The page a code names (any case, spaces around ignored), or nothing for an unknown word.
std::optional<Entity> entityFromCode(const QString &code);
