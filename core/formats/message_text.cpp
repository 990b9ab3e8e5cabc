#include "core/formats/message_text.h"

#include <cstdio>

namespace bp {

std::size_t utf8SequenceLength(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // no overlong forms
        if (lead == 0xED)
            high = 0x9F; // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (at + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(at + i);
        const unsigned char from = i == 1 ? low : 0x80;
        const unsigned char to = i == 1 ? high : 0xBF;
        if (next < from || next > to)
            return 0;
    }
    return length;
}

bool isValidUtf8(std::string_view text)
{
    return describeFirstInvalidByte(text).empty();
}

std::string describeByte(unsigned char byte)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "byte 0x%02x", static_cast<unsigned>(byte));
    return buffer;
}

std::string describeFirstInvalidByte(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0)
            return describeByte(static_cast<unsigned char>(text[i])) + " at offset " + std::to_string(i);
        i += length;
    }
    return {};
}

std::string shownText(std::string_view text, std::size_t limit)
{
    std::string shown;
    std::size_t i = 0;
    while (i < text.size() && i < limit) {
        const std::size_t length = utf8SequenceLength(text, i);
        const auto byte = static_cast<unsigned char>(text[i]);
        if (length == 0 || byte < 0x20 || byte == 0x7F) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(byte));
            shown += buffer;
            ++i;
            continue;
        }
        if (i + length > limit)
            break;
        shown.append(text.substr(i, length));
        i += length;
    }
    if (i < text.size())
        shown += "… (" + std::to_string(text.size()) + " bytes)";
    return shown;
}

std::string quotedForMessage(std::string_view text, std::size_t limit)
{
    std::string quoted(1, '\'');
    quoted += shownText(text, limit);
    quoted += '\'';
    return quoted;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace bp
