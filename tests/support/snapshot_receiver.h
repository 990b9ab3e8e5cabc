#pragma once

#include "app/training/training_controller.h"

#include <QObject>
#include <QTest>

#include <vector>

namespace bp::test {

/// Collects the snapshots a controller hands out, as the main window would.
struct SnapshotReceiver {
    explicit SnapshotReceiver(TrainingController &controller)
    {
        QObject::connect(&controller, &TrainingController::snapshotChanged, &context,
                         [this](const SnapshotPointer &snapshot) { snapshots.push_back(snapshot); });
    }
    SnapshotPointer last() const { return snapshots.empty() ? nullptr : snapshots.back(); }
    /// Waits until a snapshot satisfies the condition; true if one did within the time.
    template <typename Condition> bool waitFor(Condition condition, int milliseconds = 10000)
    {
        return QTest::qWaitFor([&] { return last() && condition(*last()); }, milliseconds);
    }
    QObject context;
    std::vector<SnapshotPointer> snapshots;
};

} // namespace bp::test
