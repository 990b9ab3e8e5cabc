// libFuzzer target: the state a follower reads from the lecturer's window over the network, and
// that an accepted state can become the student's own run (Explore on my own).
#include "core/formats/error.h"
#include "core/session/shown_state.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const bp::ShownState state = bp::parseShownState(text, "host");
        const bp::TrainingSnapshot snapshot = bp::snapshotOf(state, 1, 1);
        const bp::TrainingSnapshot before = bp::beforeStepSnapshotOf(state, snapshot);
        const bp::Trainer trainer = bp::resumeTraining(state.run);
        (void)snapshot;
        (void)before;
        (void)trainer;
    } catch (const bp::InputError &) {
    }
    return 0;
}
