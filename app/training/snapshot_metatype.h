#pragma once

#include "core/training/training_snapshot.h"

#include <QMetaType>

// Snapshots cross from the worker thread to the GUI thread in queued signals.
Q_DECLARE_METATYPE(bp::SnapshotPointer)
