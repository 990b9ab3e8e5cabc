#include "core/formats/json.h"

#include "core/formats/error.h"
#include "core/formats/json_scan.h"
#include "core/formats/message_text.h"
#include "core/formats/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace bp {

JsonValue::JsonValue() = default;
JsonValue::~JsonValue() = default;
JsonValue::JsonValue(const JsonValue &) = default;
JsonValue::JsonValue(JsonValue &&) noexcept = default;
JsonValue &JsonValue::operator=(const JsonValue &) = default;
JsonValue &JsonValue::operator=(JsonValue &&) noexcept = default;

const std::string &JsonValue::text() const
{
    static const std::string none;
    return m_words ? m_words->text : none;
}

const std::vector<std::string> &JsonValue::names() const
{
    static const std::vector<std::string> none;
    return m_words ? m_words->names : none;
}

void JsonValue::setText(std::string text)
{
    m_words = std::make_shared<const Words>(Words{std::move(text), {}});
}

void JsonValue::setNames(std::vector<std::string> names)
{
    m_words = std::make_shared<const Words>(Words{{}, std::move(names)});
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    const std::vector<std::string> &keys = names();
    for (std::size_t i = 0; i < keys.size() && i < items.size(); ++i) {
        if (keys[i] == key)
            return &items[i];
    }
    return nullptr;
}

std::string_view jsonTypeName(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null: return "null";
    case JsonValue::Type::Bool: return "true or false";
    case JsonValue::Type::Number: return "a number";
    case JsonValue::Type::String: return "a string";
    case JsonValue::Type::Array: return "an array";
    case JsonValue::Type::Object: return "an object";
    }
    return "a value";
}

namespace {

class Parser {
public:
    Parser(std::string_view text, std::string_view source, const JsonLimits &limits)
        : m_text(text), m_source(source), m_limits(limits)
    {
    }

    JsonValue parseDocument()
    {
        skipSpace();
        if (atEnd())
            fail("the file is empty (expected a JSON document)");
        JsonValue value = parseValue(1);
        skipSpace();
        if (!atEnd())
            fail("unexpected text after the end of the JSON document");
        return value;
    }

private:
    [[noreturn]] void fail(const std::string &message) const
    {
        // A problem found where the text stops is most likely a file cut short: say so, whatever
        // was being read (a number, a literal, a string, a container).
        const bool cutShort = atEnd() && message.find("truncated") == std::string::npos &&
                              message.rfind("the file is empty", 0) == std::string::npos;
        throw InputError(std::string(m_source) + ":" + std::to_string(m_line) + ":" +
                         std::to_string(m_position - m_lineStart + 1) + ": " + message +
                         (cutShort ? " (the document ends here: is the file truncated?)" : ""));
    }

    bool atEnd() const { return m_position >= m_text.size(); }

    // A byte that is not printable text (a NUL, a control character, a broken UTF-8 sequence) is
    // named by its value: copied into the message it would cut it short or break its encoding.
    std::string unexpected(char c) const
    {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x7F)
            return "unexpected " + describeByte(byte);
        return "unexpected character '" + std::string(1, c) + "'";
    }
    char peek() const { return m_text[m_position]; }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_position + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++m_position;
        }
    }

    void expectLiteral(std::string_view literal)
    {
        if (m_text.substr(m_position, literal.size()) != literal) {
            if (literal.substr(0, m_text.size() - m_position) == m_text.substr(m_position)) {
                m_position = m_text.size();
                fail("the document ends inside '" + std::string(literal) + "' (is the file truncated?)");
            }
            fail(unexpected(peek()));
        }
        m_position += literal.size();
    }

    JsonValue parseValue(int depth)
    {
        if (depth > m_limits.maxDepth)
            fail("nested deeper than " + std::to_string(m_limits.maxDepth) + " levels");
        if (++m_valueCount > m_limits.maxValues)
            fail("more than " + std::to_string(m_limits.maxValues) + " values in one document");
        if (atEnd())
            fail("the document ends where a value was expected (is the file truncated?)");
        JsonValue value;
        value.line = m_line;
        value.column = static_cast<int>(m_position - m_lineStart + 1);
        const char c = peek();
        if (c == '{') {
            value.type = JsonValue::Type::Object;
            parseObject(value, depth);
        } else if (c == '[') {
            value.type = JsonValue::Type::Array;
            parseArray(value, depth);
        } else if (c == '"') {
            value.type = JsonValue::Type::String;
            value.setText(parseString());
        } else if (c == 't') {
            expectLiteral("true");
            value.type = JsonValue::Type::Bool;
            value.boolean = true;
        } else if (c == 'f') {
            expectLiteral("false");
            value.type = JsonValue::Type::Bool;
        } else if (c == 'n') {
            expectLiteral("null");
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            value.type = JsonValue::Type::Number;
            value.number = parseNumber();
        } else if (c == 'N' || c == 'I') {
            fail("NaN and Infinity are not numbers in JSON");
        } else {
            fail(unexpected(c));
        }
        return value;
    }

    void parseObject(JsonValue &object, int depth)
    {
        ++m_position; // {
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++m_position;
            return;
        }
        std::vector<std::string> names;
        // Where each name stood: a second "layers" would silently lose to the first one.
        std::unordered_map<std::string, std::pair<int, std::size_t>> seen;
        while (true) {
            skipSpace();
            if (atEnd())
                fail("the document ends inside an object (is the file truncated?)");
            if (peek() != '"')
                fail("expected a quoted member name");
            const std::size_t keyStart = m_position;
            std::string key = parseString();
            const auto [first, isNew] = seen.try_emplace(key, m_line, keyStart - m_lineStart + 1);
            if (!isNew) {
                m_position = keyStart;
                fail("the member " + quotedForMessage(key) +
                     " appears a second time in this object (first at " +
                     std::to_string(first->second.first) + ":" + std::to_string(first->second.second) + ")");
            }
            skipSpace();
            if (atEnd() || peek() != ':')
                fail("expected ':' after the member name \"" + shownText(key) + "\"");
            ++m_position;
            skipSpace();
            names.push_back(std::move(key));
            object.items.push_back(parseValue(depth + 1));
            skipSpace();
            if (atEnd())
                fail("the document ends inside an object (is the file truncated?)");
            if (peek() == ',') {
                ++m_position;
                continue;
            }
            if (peek() == '}') {
                ++m_position;
                object.setNames(std::move(names));
                return;
            }
            fail("expected ',' or '}' in an object");
        }
    }

    void parseArray(JsonValue &array, int depth)
    {
        ++m_position; // [
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_position;
            return;
        }
        while (true) {
            skipSpace();
            array.items.push_back(parseValue(depth + 1));
            skipSpace();
            if (atEnd())
                fail("the document ends inside an array (is the file truncated?)");
            if (peek() == ',') {
                ++m_position;
                continue;
            }
            if (peek() == ']') {
                ++m_position;
                return;
            }
            fail("expected ',' or ']' in an array");
        }
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    unsigned readHex4()
    {
        if (m_position + 4 > m_text.size())
            fail("a \\u escape needs four hex digits");
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(m_text[m_position++]);
            if (digit < 0)
                fail("a \\u escape needs four hex digits");
            code = code * 16 + static_cast<unsigned>(digit);
        }
        return code;
    }

    static void appendUtf8(std::string &out, unsigned code)
    {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    std::string parseString()
    {
        ++m_position; // opening quote
        std::string out;
        while (true) {
            if (atEnd())
                fail("the document ends inside a string (is the file truncated?)");
            const char c = m_text[m_position++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("a control character inside a string (strings cannot span lines)");
            if (static_cast<unsigned char>(c) >= 0x80) {
                // JSON text is UTF-8 (RFC 8259): a broken sequence is refused, not copied on.
                const std::size_t length = utf8SequenceLength(m_text, m_position - 1);
                if (length == 0) {
                    --m_position;
                    fail("a string that is not UTF-8 text (" + describeByte(static_cast<unsigned char>(c)) +
                         ")");
                }
                out.append(m_text.substr(m_position - 1, length));
                m_position += length - 1;
                continue;
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (atEnd())
                fail("the document ends inside a string (is the file truncated?)");
            const char escape = m_text[m_position++];
            switch (escape) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned code = readHex4();
                if (code >= 0xD800 && code <= 0xDBFF && m_text.substr(m_position, 2) == "\\u") {
                    m_position += 2;
                    const unsigned low = readHex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail("an unpaired UTF-16 surrogate in a \\u escape");
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xD800 && code <= 0xDFFF) {
                    fail("an unpaired UTF-16 surrogate in a \\u escape");
                }
                appendUtf8(out, code);
                break;
            }
            default: fail("unknown escape '\\" + std::string(1, escape) + "' in a string");
            }
        }
    }

    double parseNumber()
    {
        const std::size_t start = m_position;
        auto digits = [&] {
            const std::size_t from = m_position;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_position;
            return m_position - from;
        };
        if (peek() == '-')
            ++m_position;
        if (!atEnd() && peek() == '0') {
            ++m_position;
        } else if (digits() == 0) {
            fail("a number needs digits");
        }
        if (!atEnd() && peek() == '.') {
            ++m_position;
            if (digits() == 0)
                fail("a number needs digits after the decimal point");
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_position;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_position;
            if (digits() == 0)
                fail("a number needs digits in its exponent");
        }
        double value = 0.0;
        const char *begin = m_text.data() + start;
        const char *end = m_text.data() + m_position;
        const auto [stop, error] = std::from_chars(begin, end, value);
        if (error == std::errc::result_out_of_range) {
            // Underflow to zero is harmless (and read as in a CSV file or an argument: 0);
            // overflow to infinity is not a usable number.
            const std::string_view literal = m_text.substr(start, m_position - start);
            if (const std::optional<double> tiny = parseFiniteNumber(literal))
                return *tiny;
            m_position = start;
            fail("the number " + std::string(literal.substr(0, 40)) + " is too large for a double");
        }
        if (error != std::errc{} || stop != end || !std::isfinite(value)) {
            m_position = start;
            fail("not a valid number");
        }
        return value;
    }

    std::string_view m_text;
    std::string_view m_source;
    JsonLimits m_limits;
    std::size_t m_position = 0;
    std::size_t m_lineStart = 0;
    int m_line = 1;
    std::int64_t m_valueCount = 0;
};

} // namespace

JsonValue parseJson(std::string_view text, std::string_view sourceName, const JsonLimits &limits)
{
    return Parser(text, sourceName, limits).parseDocument();
}

std::string jsonQuote(std::string_view text)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            // A name from outside (a file name, say) may not be UTF-8: each broken byte becomes
            // U+FFFD, so the file stays valid JSON that any reader opens.
            const std::size_t length = utf8SequenceLength(text, i);
            if (length == 0) {
                out += "\\ufffd";
                continue;
            }
            out.append(text.substr(i, length));
            i += length - 1;
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::int64_t jsonValueCountBound(std::string_view text)
{
    std::int64_t count = 1;
    findOutsideStrings(text, [&](std::size_t i) {
        const char c = text[i];
        count += c == ',' || c == '[' || c == '{';
        return false;
    });
    return count;
}

void requireLoadableSize(std::int64_t bytes, std::int64_t values, std::int64_t maxBytes,
                         const std::string &path)
{
    constexpr double kMiB = 1024.0 * 1024.0;
    if (bytes > maxBytes)
        throw InputError(path + ": not saved: it would be " +
                         formatNumber(std::round(static_cast<double>(bytes) / kMiB)) + " MB, more than the " +
                         formatNumber(std::round(static_cast<double>(maxBytes) / kMiB)) +
                         " MB such a file may hold (a smaller network or dataset fits)");
    if (values > JsonLimits{}.maxValues)
        throw InputError(path + ": not saved: it would hold about " + std::to_string(values) +
                         " numbers and other values, more than the " +
                         std::to_string(JsonLimits{}.maxValues) +
                         " such a file may hold (a smaller network or dataset fits)");
}

void requireLoadableJson(std::string_view text, std::int64_t maxBytes, const std::string &path)
{
    requireLoadableSize(static_cast<std::int64_t>(text.size()), jsonValueCountBound(text), maxBytes, path);
}

std::string jsonMeasurement(double value)
{
    if (std::isnan(value))
        return "\"NaN\"";
    if (std::isinf(value))
        return value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
    return formatNumber(value);
}

} // namespace bp
