#include "core/documents/markup.h"

#include <cstdint>

namespace bp {

namespace {

// The next code point of UTF-8 text (U+FFFD for a malformed byte), advancing i.
std::uint32_t nextCodePoint(std::string_view text, std::size_t &i)
{
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    int length = lead < 0x80           ? 1
                 : (lead >> 5) == 0x6  ? 2
                 : (lead >> 4) == 0xE  ? 3
                 : (lead >> 3) == 0x1E ? 4
                                       : 0;
    if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
        ++i;
        return 0xFFFD;
    }
    std::uint32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (int n = 1; n < length; ++n) {
        const unsigned char next = byte(i + static_cast<std::size_t>(n));
        if ((next & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        code = (code << 6) | (next & 0x3F);
    }
    i += static_cast<std::size_t>(length);
    return code;
}

} // namespace

std::string escapeLatex(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const std::uint32_t code = nextCodePoint(text, i);
        switch (code) {
        case '\\': out += "\\textbackslash{}"; break;
        case '{': out += "\\{"; break;
        case '}': out += "\\}"; break;
        case '$': out += "\\$"; break;
        case '&': out += "\\&"; break;
        case '#': out += "\\#"; break;
        case '%': out += "\\%"; break;
        case '_': out += "\\_"; break;
        case '^': out += "\\textasciicircum{}"; break;
        case '~': out += "\\textasciitilde{}"; break;
        case '<': out += "\\ensuremath{<}"; break;
        case '>': out += "\\ensuremath{>}"; break;
        case '|': out += "\\ensuremath{|}"; break;
        case '"': out += "''"; break;
        case 0x2212: out += "-"; break;        // minus sign
        case 0x2013: out += "--"; break;       // en dash
        case 0x2014: out += "---"; break;      // em dash
        case 0x2026: out += "\\dots{}"; break; // ellipsis
        case 0x00D7: out += "\\ensuremath{\\times}"; break;
        case 0x2018: out += "`"; break;
        case 0x2019: out += "'"; break;
        case 0x201C: out += "``"; break;
        case 0x201D: out += "''"; break;
        default:
            if (code < 0x20)
                out += ' ';
            else if (code < 0x80 || (code >= 0xC0 && code <= 0xFF && code != 0xD7 && code != 0xF7))
                out.append(text.substr(start, i - start)); // ASCII and the accented Latin letters
            else
                out += '?'; // pdflatex's default fonts have no glyph for it
        }
    }
    return out;
}

std::string escapeMarkdown(std::string_view text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '$':
        case '~':
            out += '\\';
            out += c;
            break;
        case '\n':
        case '\r': out += ' '; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace bp
