// libFuzzer target: the experiment loader, and that an accepted experiment can resume training.
#include "core/formats/error.h"
#include "core/formats/experiment.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const bp::Experiment experiment = bp::parseExperiment(text, "fuzz.bpx.json");
        // Opening a file in the app resumes it: that must not crash either. Training itself is not
        // run, so a valid file with a huge epoch count cannot make the fuzzer slow.
        const bp::Trainer trainer = bp::resumeTraining(experiment);
        (void)trainer;
    } catch (const bp::InputError &) {
    }
    return 0;
}
