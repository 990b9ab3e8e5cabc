#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bp {

/// A parsed JSON value that remembers where it stood in the text (1-based line and column), so
/// that a loader can point at the place of a problem.
struct JsonValue {
    enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };

    // Declared here and defaulted in json.cpp, where JsonValue is complete: clang with libstdc++
    // refuses to instantiate vector<pair<string, JsonValue>>'s members inside JsonValue itself.
    JsonValue();
    ~JsonValue();
    JsonValue(const JsonValue &);
    JsonValue(JsonValue &&) noexcept;
    JsonValue &operator=(const JsonValue &);
    JsonValue &operator=(JsonValue &&) noexcept;

    Type type = Type::Null;
    bool boolean = false;
    int line = 0;
    int column = 0;
    double number = 0.0;
    /// An array's items; an object's member values, in the order of names().
    std::vector<JsonValue> items;

    /// A string's text (empty for any other value).
    const std::string &text() const;
    /// An object's member names, one per item (empty for any other value).
    const std::vector<std::string> &names() const;
    void setText(std::string text);
    void setNames(std::vector<std::string> names);

    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }
    /// The member with this key, or nullptr.
    const JsonValue *find(std::string_view key) const;

private:
    // Strings and member names are rare beside the numbers that fill a model or an experiment:
    // behind one pointer, a value takes 64 bytes instead of 104 (a hostile file's millions of
    // values are what bound the parser's memory).
    struct Words {
        std::string text;
        std::vector<std::string> names;
    };
    std::shared_ptr<const Words> m_words;
};

/// "a number", "an array", … for messages.
std::string_view jsonTypeName(JsonValue::Type type);

/// Bounds that keep a hostile file from exhausting the stack or the memory. A parsed value takes
/// 64 bytes, plus the slack of growing arrays: at the value bound a document peaks near 280 MB while
/// parsing. The largest files the app writes (a 784-128-10 network with Adam's moments, the digits,
/// a long history) hold under a million values.
struct JsonLimits {
    int maxDepth = 64;
    std::int64_t maxValues = 2'500'000;
};

/// Parses one JSON document (RFC 8259: no NaN, no comments, no trailing commas). Throws
/// InputError "sourceName:line:column: what is wrong".
JsonValue parseJson(std::string_view text, std::string_view sourceName, const JsonLimits &limits = {});

/// An upper bound of the values parseJson counts in text: 1 + the commas and the brackets and braces
/// outside strings.
std::int64_t jsonValueCountBound(std::string_view text);

/// Throws InputError "path: not saved: …" when text is longer than maxBytes or may hold more values
/// than JsonLimits allows: a writer never leaves a file that its own loader would refuse.
void requireLoadableJson(std::string_view text, std::int64_t maxBytes, const std::string &path);

/// Throws the "not saved" InputError of requireLoadableJson for a file that would hold `values`
/// values or `bytes` bytes, when either is over its cap: a writer can check before the work is done.
void requireLoadableSize(std::int64_t bytes, std::int64_t values, std::int64_t maxBytes,
                         const std::string &path);

/// The string as a JSON string literal, quotes included. Bytes that are not UTF-8 (a file name
/// from an old disk, say) become U+FFFD, so the result is valid JSON whatever the text held.
std::string jsonQuote(std::string_view text);

/// A measured number (a loss, an accuracy, a norm) as JSON: 17 significant digits, or the strings
/// "Infinity", "-Infinity" and "NaN" for what JSON has no number for (a diverged run's loss).
std::string jsonMeasurement(double value);

} // namespace bp
