#include "core/formats/error.h"
#include "core/formats/json.h"
#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

#include <string>

namespace bp {
namespace {

std::string errorOf(const std::string &text, const JsonLimits &limits = {})
{
    return test::messageOf([&] { parseJson(text, "in.json", limits); });
}

TEST(Json, ParsesNestedValuesWithTheirPlaces)
{
    const JsonValue value =
        parseJson("{\"a\": [1, -2.5e3, true, null],\n  \"b\": \"x\\u00e9\\n\"}", "in.json");
    ASSERT_TRUE(value.isObject());
    const JsonValue *a = value.find("a");
    ASSERT_NE(a, nullptr);
    ASSERT_EQ(a->items.size(), 4u);
    EXPECT_EQ(a->items[1].number, -2500.0);
    EXPECT_TRUE(a->items[2].boolean);
    EXPECT_EQ(value.find("b")->text(), "x\xc3\xa9\n");
    EXPECT_EQ(value.find("b")->line, 2);
    EXPECT_EQ(value.find("b")->column, 8);
}

TEST(Json, ReportsLineAndColumnOfSyntaxErrors)
{
    EXPECT_EQ(errorOf("{\"a\": 1,\n \"b\" 2}"), "in.json:2:6: expected ':' after the member name \"b\"");
    EXPECT_EQ(errorOf("[1, 2,]"), "in.json:1:7: unexpected character ']'");
    EXPECT_EQ(errorOf("{\"a\": [1, 2"),
              "in.json:1:12: the document ends inside an array (is the file truncated?)");
    EXPECT_EQ(errorOf(""), "in.json:1:1: the file is empty (expected a JSON document)");
    EXPECT_EQ(errorOf("[1] x"), "in.json:1:5: unexpected text after the end of the JSON document");
    EXPECT_EQ(errorOf("\"abc"), "in.json:1:5: the document ends inside a string (is the file truncated?)");
}

TEST(Json, RejectsNaNInfinityAndOverflow)
{
    EXPECT_EQ(errorOf("[NaN]"), "in.json:1:2: NaN and Infinity are not numbers in JSON");
    EXPECT_EQ(errorOf("[Infinity]"), "in.json:1:2: NaN and Infinity are not numbers in JSON");
    EXPECT_EQ(errorOf("[1e999]"), "in.json:1:2: the number 1e999 is too large for a double");
    EXPECT_EQ(errorOf("[-]"), "in.json:1:3: a number needs digits");
    EXPECT_EQ(parseJson("[1e-999]", "in.json").items[0].number, 0.0);
}

TEST(Json, DeepNestingIsRefusedNotACrash)
{
    const std::string deep(100000, '[');
    EXPECT_EQ(errorOf(deep), "in.json:1:65: nested deeper than 64 levels");
}

TEST(Json, TooManyValuesAreRefused)
{
    JsonLimits limits;
    limits.maxValues = 10;
    EXPECT_EQ(errorOf("[1,2,3,4,5,6,7,8,9,10]", limits), "in.json:1:20: more than 10 values in one document");
}

// The writers' check (requireLoadableJson) counts values without parsing: its bound must never be
// below the parser's count, and equals it when no container is empty.
TEST(Json, TheValueBoundIsTheParsersCountOrMore)
{
    const std::string documents[] = {"0", "[1,2,3]", "{\"a\":[1,{\"b\":[2,3]}],\"c\":\"x,[{\\\"\"}",
                                     "[[1],[2,[3,4]],5]", "{\"empty\":[],\"also\":{}}"};
    for (const std::string &text : documents) {
        const std::int64_t bound = jsonValueCountBound(text);
        JsonLimits limits;
        limits.maxValues = bound;
        EXPECT_NO_THROW(parseJson(text, "in.json", limits)) << text;
        if (text.find("[]") == std::string::npos) {
            limits.maxValues = bound - 1;
            EXPECT_THROW(parseJson(text, "in.json", limits), InputError) << text << " bound " << bound;
        }
    }
}

TEST(Json, AWriterRefusesADocumentItsReaderWouldRefuse)
{
    const std::int64_t limit = JsonLimits{}.maxValues;
    std::string many = "[0";
    for (std::int64_t i = 1; i < limit + 1; ++i)
        many += ",0";
    many += "]";
    EXPECT_EQ(test::messageOf([&] { requireLoadableJson(many, 1LL << 30, "big.json"); }),
              "big.json: not saved: it would hold about " + std::to_string(limit + 2) +
                  " numbers and other values, more than the " + std::to_string(limit) +
                  " such a file may hold (a smaller network or dataset fits)");
    EXPECT_EQ(test::messageOf([&] { requireLoadableJson(std::string(3 << 20, ' '), 2 << 20, "big.json"); }),
              "big.json: not saved: it would be 3 MB, more than the 2 MB such a file may hold (a smaller "
              "network or dataset fits)");
    EXPECT_NO_THROW(requireLoadableJson("[1,2]", 100, "small.json"));
}

// Wherever a document is cut short, the message says the file may be truncated.
TEST(Json, ATextCutShortAnywhereSaysItMayBeTruncated)
{
    EXPECT_EQ(errorOf("[tru"), "in.json:1:5: the document ends inside 'true' (is the file truncated?)");
    EXPECT_EQ(errorOf("[1."), "in.json:1:4: a number needs digits after the decimal point (the document "
                              "ends here: is the file truncated?)");
    EXPECT_EQ(errorOf("[-"), "in.json:1:3: a number needs digits (the document ends here: is the file "
                             "truncated?)");
    EXPECT_EQ(errorOf("[trux]"), "in.json:1:2: unexpected character 't'");
    const std::string document = "{\"a\": [1.5, -2e-3, true, null, \"x\\\"y\"], \"b\": {\"c\": false}}";
    for (std::size_t length = 1; length < document.size(); ++length)
        EXPECT_NE(errorOf(document.substr(0, length)).find("is the file truncated?"), std::string::npos)
            << document.substr(0, length);
}

TEST(Json, QuoteEscapes)
{
    EXPECT_EQ(jsonQuote("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
    EXPECT_EQ(parseJson(jsonQuote("tab\there"), "q").text(), "tab\there");
}

} // namespace
} // namespace bp
