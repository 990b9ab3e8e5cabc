#include "app/cli/train_compare.h"

#include "core/formats/file_io.h"

#include "tests/support/cli_fixture.h"

#include <gtest/gtest.h>

namespace bp {
namespace {

class CliCompare : public test::CliFixture {
protected:
    std::string path(const std::string &name) const { return (m_folder / name).string(); }
    static std::string read(const std::string &file) { return readTextFile(file, 1 << 22); }

    // The history of `train --preset xor` with these options, trained alone.
    std::string aloneHistory(const std::string &name, std::vector<std::string> options)
    {
        std::vector<std::string> arguments = {"train",     "--preset", "xor",    "--epochs",
                                              "40",        "--seed",   "3",      "--shuffle",
                                              "--history", path(name), "--quiet"};
        arguments.insert(arguments.end(), options.begin(), options.end());
        const test::CliResult result = run(arguments);
        EXPECT_EQ(result.code, 0) << result.err;
        return read(path(name));
    }
};

TEST_F(CliCompare, WritesOneHistoryPerRunEachEqualToTheRunTrainedAlone)
{
    const test::CliResult result =
        run({"train", "--preset", "xor", "--epochs", "40", "--seed", "3", "--shuffle", "--history",
             path("h.csv"), "--compare", "lr=0.5", "--compare=optimizer=adam,lr=0.05,batch=2", "--compare",
             "init=xavier,activation=tanh"});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_NE(result.out.find("side by side: η = 2, SGD, batch 1, uniform init, hidden logistic vs η = 0.5"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("run 4 (η = 2, SGD, batch 1, xavier init, hidden tanh): trained 40 epochs"),
              std::string::npos)
        << result.out;
    EXPECT_EQ(read(path("h.csv")), aloneHistory("alone1.csv", {}));
    EXPECT_EQ(read(path("h-run2.csv")), aloneHistory("alone2.csv", {"--lr", "0.5"}));
    EXPECT_EQ(read(path("h-run3.csv")),
              aloneHistory("alone3.csv", {"--optimizer", "adam", "--lr", "0.05", "--batch", "2"}));
    EXPECT_EQ(read(path("h-run4.csv")),
              aloneHistory("alone4.csv", {"--init", "xavier", "--activation", "tanh,logistic"}));
    EXPECT_NE(read(path("h-run2.csv")), read(path("h.csv")));
    const std::string adam = read(path("h-run3.csv"));
    EXPECT_EQ(std::count(adam.begin(), adam.end(), '\n'), 41);
}

TEST_F(CliCompare, SavedRunsSideBySideContinueAsIfNeverStopped)
{
    const std::vector<std::string> compare = {"--compare", "lr=0.5", "--compare", "optimizer=momentum"};
    auto train = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.end(), compare.begin(), compare.end());
        const test::CliResult result = run(arguments);
        EXPECT_EQ(result.code, 0) << result.err;
    };
    train({"train", "--preset", "xor", "--epochs", "30", "--shuffle", "--history", path("full.csv"),
           "--quiet"});
    train({"train", "--preset", "xor", "--epochs", "12", "--shuffle", "--save-experiment", path("e.json"),
           "--quiet"});
    // Continuing takes its runs from the file (--compare would be refused).
    const test::CliResult rest = run({"train", "--experiment", path("e.json"), "--epochs", "18", "--history",
                                      path("rest.csv"), "--quiet"});
    ASSERT_EQ(rest.code, 0) << rest.err;
    for (const char *suffix : {"", "-run2", "-run3"}) {
        const std::string full = read(path(std::string("full") + suffix + ".csv"));
        const std::string tail = read(path(std::string("rest") + suffix + ".csv"));
        // The header and epochs 13–30 of the uninterrupted run.
        const std::size_t header = full.find('\n') + 1;
        std::size_t epoch13 = header;
        for (int line = 0; line < 12; ++line)
            epoch13 = full.find('\n', epoch13) + 1;
        EXPECT_EQ(tail, full.substr(0, header) + full.substr(epoch13)) << "run" << suffix;
    }
}

TEST_F(CliCompare, RefusesWhatItCannotHonour)
{
    expectBadInput({"train", "--preset", "xor", "--compare", "speed=3"},
                   "--compare 'speed=3': unknown setting 'speed'");
    expectBadInput({"train", "--preset", "xor", "--compare", "lr=1", "--compare", "lr=2", "--compare", "lr=3",
                    "--compare", "lr=4"},
                   "--compare is given 4 times; at most 3");
    expectBadInput({"train", "--preset", "xor", "--compare", "activation5=relu"},
                   "run 2 (activation5=relu): there is no layer 5");
    expectBadInput({"train", "--preset", "xor", "--compare", "lr=2", "--save-model", path("m.json")},
                   "--save-model cannot be given with runs side by side");
    expectBadInput({"train", "--preset", "xor", "--compare"}, "--compare needs a value");
    ASSERT_EQ(run({"train", "--preset", "xor", "--epochs", "2", "--compare", "lr=1", "--save-experiment",
                   path("e.json"), "--quiet"})
                  .code,
              0);
    expectBadInput({"train", "--experiment", path("e.json"), "--compare", "lr=3"}, "already side by side");
    expectBadInput({"train", "--experiment", path("e.json"), "--lr", "3"},
                   "--lr cannot change runs side by side");
}

TEST(RunHistoryPath, NamesEachRunsFile)
{
    EXPECT_EQ(cli::runHistoryPath("out/h.csv", 0), "out/h.csv");
    EXPECT_EQ(cli::runHistoryPath("out/h.csv", 1), "out/h-run2.csv");
    EXPECT_EQ(cli::runHistoryPath("out.d/history", 3), "out.d/history-run4");
    EXPECT_EQ(cli::runHistoryPath(".hidden", 2), ".hidden-run3");
}

} // namespace
} // namespace bp
