// Files say exactly what they are: duplicate keys, bytes that are not text, numbers at the edge of
// a double, and what the program writes back out.
#include "core/data/dataset.h"
#include "core/formats/experiment.h"
#include "core/formats/json.h"
#include "core/formats/message_text.h"
#include "core/formats/model_io.h"
#include "core/maths/network.h"
#include "core/formats/number_format.h"
#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace bp {
namespace {

using test::messageOf;

const std::string kModel = R"({"format": "backprop-model", "version": 1, "layers": [2, 2, 2],
 "activation": ["logistic", "logistic"], "loss": "half-squared-error",
 "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
 "biases": [[0.35, 0.35], [0.60, 0.60]]})";

TEST(HostileJson, ADuplicateKeyIsRefusedAtItsSecondPlace)
{
    const std::string text = R"({"a": 1,
  "layers": [2, 2, 2], "b": 2, "layers": [5, 5]})";
    EXPECT_EQ(messageOf([&] { parseJson(text, "m.json"); }),
              "m.json:2:32: the member 'layers' appears a second time in this object (first at 2:3)");
    // The model loader sees it too, rather than running the first "layers" and ignoring the second.
    const std::string model =
        test::replaced(kModel, R"("layers": [2, 2, 2],)", R"("layers": [2, 2, 2], "layers": [5, 5],)");
    EXPECT_NE(
        messageOf([&] { parseModel(model, "m.json"); }).find("the member 'layers' appears a second time"),
        std::string::npos);
    // The same name in different objects is fine.
    EXPECT_NO_THROW(parseJson(R"([{"a": 1}, {"a": 2}])", "m.json"));
}

TEST(HostileJson, ANulByteIsNamedAndTheMessageIsWhole)
{
    const std::string text = std::string("[1,") + '\0' + "]";
    const std::string message = messageOf([&] { parseJson(text, "m.json"); });
    EXPECT_EQ(message, "m.json:1:4: unexpected byte 0x00");
    EXPECT_EQ(message.find('\0'), std::string::npos);
    EXPECT_EQ(messageOf([&] { parseJson("[\x01]", "m.json"); }), "m.json:1:2: unexpected byte 0x01");
    EXPECT_EQ(messageOf([&] { parseJson("[\xff]", "m.json"); }), "m.json:1:2: unexpected byte 0xff");
}

TEST(HostileJson, StringsMustBeUtf8AndWhatIsWrittenIs)
{
    EXPECT_EQ(messageOf([&] { parseJson("[\"ab\xff\"]", "m.json"); }),
              "m.json:1:5: a string that is not UTF-8 text (byte 0xff)");
    EXPECT_EQ(messageOf([&] { parseJson("[\"\xc0\xaf\"]", "m.json"); }),
              "m.json:1:3: a string that is not UTF-8 text (byte 0xc0)")
        << "an overlong form of '/'";
    EXPECT_EQ(parseJson("[\"\xc3\xa8 \xe2\x82\xac \xf0\x9f\x98\x80\"]", "m.json").items[0].text(),
              "\xc3\xa8 \xe2\x82\xac \xf0\x9f\x98\x80");
    // A name that is not UTF-8 (from a file name) is written with U+FFFD and reads back.
    const std::string quoted = jsonQuote("a\xff"
                                         "b\xe2\x82");
    EXPECT_TRUE(isValidUtf8(quoted)) << quoted;
    EXPECT_EQ(parseJson(quoted, "q").text(), "a\xef\xbf\xbd"
                                             "b\xef\xbf\xbd\xef\xbf\xbd");
    EXPECT_EQ(parseJson(jsonQuote("\xc3\xa8"), "q").text(), "\xc3\xa8");
}

TEST(HostileCsv, AHeaderNameThatIsNotUtf8OrHasANulIsRefusedByName)
{
    EXPECT_EQ(messageOf([] { parseCsvDataset("x1,t\xff\n0,1\n", "d.csv"); }),
              "d.csv:1:4: column 2's name is not UTF-8 text (byte 0xff at offset 1)");
    EXPECT_EQ(messageOf([] { parseCsvDataset(std::string("x1,t1\n0,\0\n", 10), "d.csv"); }),
              "d.csv: this is not a text file (byte 0x00 at offset 8)");
    // A long name is cut in the message.
    const std::string message =
        messageOf([] { parseCsvDataset("x1," + std::string(5000, 'q') + "\n0,1\n", "d.csv"); });
    EXPECT_LT(message.size(), 200u) << message;
    EXPECT_NE(message.find("… (5000 bytes)"), std::string::npos) << message;
}

TEST(HostileCsv, ColumnsBeyondALayersCapAreRefusedAsTheyAreRead)
{
    std::string header;
    for (int i = 0; i < 100'001; ++i)
        header.append(1, 't').append(std::to_string(i)).append(1, ',');
    EXPECT_NE(messageOf([&] {
                  parseCsvDataset(header + "x\n", "d.csv");
              }).find("column 100001: more than 100000 target columns"),
              std::string::npos);
}

TEST(HostileNumbers, TooSmallForADoubleIsZeroEverywhere)
{
    ASSERT_TRUE(parseFiniteNumber("1e-400").has_value());
    EXPECT_EQ(*parseFiniteNumber("1e-400"), 0.0);
    EXPECT_TRUE(std::signbit(*parseFiniteNumber("-1e-400")));
    EXPECT_EQ(parseFiniteNumber("0." + std::string(400, '0') + "1"), 0.0);
    EXPECT_EQ(parseFiniteNumber("123e-500"), 0.0);
    EXPECT_EQ(parseFiniteNumber("1e400"), std::nullopt);
    EXPECT_EQ(parseFiniteNumber("1" + std::string(400, '0') + "e-50"), std::nullopt) << "1e350 is too large";
    EXPECT_EQ(parseJson("1e-400", "j").number, 0.0);
    const Dataset data = parseCsvDataset("x1,t1\n1e-400,1\n", "d.csv");
    EXPECT_EQ(data.inputs(0, 0), 0.0);
}

TEST(HostileShapes, SoftmaxOnASingleOutputIsRefused)
{
    const std::string problem =
        Network::validateShape({2, 3, 1}, {Activation::Logistic, Activation::Softmax}, Loss::CrossEntropy);
    EXPECT_NE(problem.find("softmax on a single output is always 1"), std::string::npos) << problem;
    EXPECT_EQ(
        Network::validateShape({2, 3, 2}, {Activation::Logistic, Activation::Softmax}, Loss::CrossEntropy),
        "");
}

TEST(MessageText, CutsLongTextAndNamesBytesThatAreNotText)
{
    EXPECT_EQ(shownText("abc"), "abc");
    EXPECT_EQ(shownText(std::string(50, 'a'), 10), "aaaaaaaaaa… (50 bytes)");
    EXPECT_EQ(shownText(std::string("a\0b", 3)), "a\\x00b");
    EXPECT_EQ(shownText("\xff\xc3\xa8"), "\\xff\xc3\xa8");
    // Never cut inside a character.
    EXPECT_EQ(shownText("a\xc3\xa8\xc3\xa8", 2), "a… (5 bytes)");
    EXPECT_TRUE(isValidUtf8(shownText("\xed\xa0\x80 \xf4\x90\x80\x80")));
    EXPECT_EQ(describeFirstInvalidByte("ok\xed\xa0\x80"), "byte 0xed at offset 2") << "a UTF-16 surrogate";
}

TEST(ExperimentHistory, StaysBoundedAndEvenlySpreadOverAnyNumberOfEpochs)
{
    std::vector<EpochMetrics> history;
    for (std::int64_t epoch = 1; epoch <= 500'000; ++epoch) {
        EpochMetrics metrics;
        metrics.epoch = epoch;
        appendToHistory(history, metrics);
        ASSERT_LE(history.size(), 2 * kMaxSavedHistory + 1);
    }
    EXPECT_EQ(history.front().epoch, 1);
    EXPECT_EQ(history.back().epoch, 500'000);
    EXPECT_GE(history.size(), kMaxSavedHistory);
}

} // namespace
} // namespace bp
