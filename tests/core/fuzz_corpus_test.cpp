// Every file of the fuzzers' seed corpora (fuzz/corpus/NAME/) through its loader, in the normal
// suite: files named bad-… must be refused with a message that names the file and the place,
// every other file must load. An input a fuzzer found goes into the corpus with a bad- name, so
// it stays a regression test here too, also where clang and libFuzzer are not installed.
#include "core/data/dataset.h"
#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "core/formats/file_io.h"
#include "core/formats/json.h"
#include "core/formats/model_io.h"
#include "core/session/protocol.h"
#include "core/session/shown_state.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <string>

namespace bp {
namespace {

const std::filesystem::path kCorpus = BP_FUZZ_CORPUS_DIR;

using Loader = std::function<void(const std::string &text, const std::string &source)>;

// The message of each refused seed: what is wrong, and where.
const std::map<std::string, std::string> kExpectedMessages = {
    {"bad-deep.json", "bad-deep.json:1:65: nested deeper than 64 levels"},
    {"bad-nan-trailing-comma.json", "bad-nan-trailing-comma.json:1:7: NaN and Infinity are not numbers"},
    {"bad-overflow.json", "bad-overflow.json:1:1: the number 1e400 is too large for a double"},
    {"bad-trailing-text.json", "bad-trailing-text.json:3:3: unexpected text after the end"},
    {"bad-unpaired-surrogate.json", "an unpaired UTF-16 surrogate"},
    {"bad-huge-layers.json", "bad-huge-layers.json:"},
    {"bad-shape.json", "bad-shape.json:3:15: weights[0][0]: expected 2 numbers, found 3"},
    {"bad-unknown-activation.json", "bad-unknown-activation.json:1:77: activation[0]: unknown activation"},
    {"bad-nan.csv", "bad-nan.csv:2:1: 'nan' in column x1 is not a finite number"},
    {"bad-no-columns.csv", "bad-no-columns.csv:1:1: column 1 is named 'a'"},
    // A quoted "1" is a number (spreadsheets quote cells); the empty cell below it is not.
    {"bad-quotes-empty.csv", "bad-quotes-empty.csv:3:1: '' in column x1 is not a finite number"},
    {"bad-short-row.csv", "bad-short-row.csv:2: expected 3 values (as in the header), found 2"},
    {"bad-duplicate-key.json",
     "bad-duplicate-key.json:2:32: the member 'layers' appears a second time in this object (first at 2:3)"},
    {"bad-string-not-utf8.json", "bad-string-not-utf8.json:1:5: a string that is not UTF-8 text (byte 0xff)"},
    {"bad-nul.json", "bad-nul.json:1:4: unexpected byte 0x00"},
    {"bad-duplicate-layers.json",
     "bad-duplicate-layers.json:1:65: the member 'layers' appears a second time"},
    {"bad-softmax-single-output.json", "softmax on a single output is always 1"},
    {"bad-header-not-utf8.csv", "bad-header-not-utf8.csv:1:4: column 2's name is not UTF-8 text (byte 0xff"},
    {"bad-nul.csv", "bad-nul.csv: this is not a text file (byte 0x00 at offset 8)"},
    {"bad-too-many-columns.csv",
     "bad-too-many-columns.csv:1:200001: column 100001: more than 100000 input columns"},
    {"bad-long-name.csv",
     "bad-long-name.csv:1:4: column 2 is named 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq… (5000 bytes)'"},
    {"bad-duplicate-lesson.bpx.json", "bad-duplicate-lesson.bpx.json:4:23: the member 'lesson' appears a "
                                      "second time in this object (first at 4:3)"},
    {"bad-order.bpx.json", "the saved sample order is not a permutation of the samples"},
    {"bad-shown-sample.bpx.json", "view.shown_sample"},
    {"bad-truncated.bpx.json", "the document ends inside"},
    {"bad-change.bpx.json", "changes[0].what: unknown change"},
    {"bad-histogram-counts.bpx.json",
     "bad-histogram-counts.bpx.json:52:17: histograms[0].layers[0].weights: the "
     "linear bins count 4 values, the log-magnitude bins and zeros 5"},
    {"bad-forbidden-state.json", "a student may not send \"state\""},
    {"bad-choice.json", "answer.choice: expected a whole number in [0, 3]"},
    {"bad-unknown-member.json", "leave: unknown member \"admin\""},
    {"bad-version.json", "protocol version not spoken here"},
    {"bad-host-correct.json", "reveal.correct: expected a whole number in [0, 1]"},
    {"bad-host-language-why.json", "question.languages.it: unknown member \"why\""},
    {"bad-phase.json", "phase: expected a whole number"},
    {"bad-selection.json", "selection.neuron"},
    {"bad-histogram-increment.json", "histograms.rows[0].epoch: an increment's rows come after epoch 1"},
    {"bad-boundary-inputs.json",
     "boundary: a decision boundary needs a network of two inputs and one output"},
    {"bad-boundary-values.json", "boundary.values: expected 81 values (resolution²)"},
    {"bad-boundary-id.json", "bad-boundary-id.json:62:21: boundary.id: expected a whole number from 1"},
    {"bad-landscape-grid.json", "landscape.loss: expected 16 values (grid²)"},
    {"bad-landscape-parameter.json", "landscape: "},
    {"bad-gradient-check-parameter.json", "gradient_check.parameters[5][1]: expected a whole number"},
};

void replay(const std::string &target, const Loader &load)
{
    const std::filesystem::path folder = kCorpus / target;
    ASSERT_TRUE(std::filesystem::is_directory(folder)) << folder;
    int good = 0, bad = 0;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        const std::string text = readTextFile(entry.path().string(), 1 << 20);
        const bool mustFail = name.rfind("bad-", 0) == 0;
        try {
            load(text, name);
            EXPECT_FALSE(mustFail) << name << " loaded, but its name says it must be refused";
            ++good;
        } catch (const InputError &error) {
            const std::string message = error.what();
            EXPECT_TRUE(mustFail) << name << " was refused: " << message;
            EXPECT_EQ(message.rfind(name + ":", 0), 0u) << "the message names the file: " << message;
            const auto expected = kExpectedMessages.find(name);
            if (expected != kExpectedMessages.end()) {
                EXPECT_NE(message.find(expected->second), std::string::npos)
                    << name << ": " << message << "\nexpected: " << expected->second;
            }
            ++bad;
        }
    }
    // Each corpus holds both kinds, so a loader that accepted or refused everything would fail here.
    EXPECT_GT(good, 0) << target;
    EXPECT_GT(bad, 0) << target;
}

TEST(FuzzCorpus, JsonSeeds)
{
    replay("json", [](const std::string &text, const std::string &source) { parseJson(text, source); });
}

TEST(FuzzCorpus, ModelSeeds)
{
    replay("model", [](const std::string &text, const std::string &source) { parseModel(text, source); });
}

TEST(FuzzCorpus, ExperimentSeeds)
{
    replay("experiment", [](const std::string &text, const std::string &source) {
        const Experiment experiment = parseExperiment(text, source);
        resumeTraining(experiment);
    });
}

TEST(FuzzCorpus, CsvSeeds)
{
    replay("csv", [](const std::string &text, const std::string &source) { parseCsvDataset(text, source); });
}

TEST(FuzzCorpus, ShownStateSeeds)
{
    replay("shown_state", [](const std::string &text, const std::string &source) {
        const ShownState state = parseShownState(text, source);
        resumeTraining(state.run);
    });
}

TEST(FuzzCorpus, SessionSeeds)
{
    // host-… files are the host's messages (read by a follower), the others a student's.
    replay("session", [](const std::string &text, const std::string &source) {
        const bool fromHost = source.find("host-") != std::string::npos;
        const std::string error =
            fromHost ? session::parseHostMessage(text).error : session::parseStudentMessage(text).error;
        if (!error.empty())
            throw InputError(source + ": " + error);
    });
}

} // namespace
} // namespace bp
