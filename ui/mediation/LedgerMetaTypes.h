#pragma once

// The ledger's types as they cross threads in queued signals.
#include "mediation/DisputeRepository.h"

#include <QMetaType>

Q_DECLARE_METATYPE(sifa::LedgerQuery)
Q_DECLARE_METATYPE(QList<sifa::DisputeListItem>)
