#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bp {

/// Text from outside (a file, an argument) as it may appear in a message: at most `limit` bytes,
/// cut at a character boundary and followed by "… (N bytes)" when longer; bytes that are not
/// printable UTF-8 (a NUL, a control character, a broken sequence) written as \xNN, so the message
/// stays whole and valid UTF-8 whatever the text held.
std::string shownText(std::string_view text, std::size_t limit = 40);
/// shownText in single quotes: 'abc'.
std::string quotedForMessage(std::string_view text, std::size_t limit = 40);

/// text without the spaces and tabs at either end.
std::string_view trimmed(std::string_view text);

/// "byte 0x00", for a byte that is the problem itself.
std::string describeByte(unsigned char byte);

/// True when text is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);
/// "byte 0xff at offset 3" for the first byte that breaks UTF-8; "" for valid text.
std::string describeFirstInvalidByte(std::string_view text);
/// Length of the well-formed UTF-8 sequence at text[at], or 0 when it is not one.
std::size_t utf8SequenceLength(std::string_view text, std::size_t at);

} // namespace bp
