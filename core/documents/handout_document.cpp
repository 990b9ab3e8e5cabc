#include "core/documents/handout_document.h"

#include "core/documents/markup.h"
#include "core/formats/number_format.h"

#include <algorithm>
#include <cmath>

namespace bp {

std::string HandoutDocument::text(std::string_view plain) const
{
    return isLatex() ? escapeLatex(plain) : escapeMarkdown(plain);
}

// In Markdown as $`…`$, GitHub's and GitLab's syntax for maths that Markdown must not read: inside the
// code span no "_" starts emphasis and no "\," or "\{" loses its backslash.
std::string HandoutDocument::math(const std::string &tex) const
{
    return isLatex() ? "$" + tex + "$" : "$`" + tex + "`$";
}

// Appended piece by piece: for "literal" + std::string&& here GCC 12 warns (-Wrestrict) of an
// overlapping copy that cannot happen.
std::string HandoutDocument::code(std::string_view plain) const
{
    std::string out = isLatex() ? "\\texttt{" : "`";
    out += isLatex() ? escapeLatex(plain) : std::string(plain);
    out += isLatex() ? "}" : "`";
    return out;
}

std::string HandoutDocument::number(double value) const
{
    if (std::isnan(value))
        return "\\mathrm{NaN}";
    if (std::isinf(value))
        return value > 0 ? "\\infty" : "-\\infty";
    std::string text = formatSignificant(value, m_digits);
    if (text == "-0")
        text = "0";
    const std::size_t e = text.find('e');
    if (e == std::string::npos)
        return text;
    const int exponent = std::stoi(text.substr(e + 1));
    return text.substr(0, e) + " \\times 10^{" + std::to_string(exponent) + "}";
}

std::string HandoutDocument::factor(double value) const
{
    const std::string text = number(value);
    return value < 0 || text.find("\\times") != std::string::npos ? "(" + text + ")" : text;
}

void HandoutDocument::begin(bool breakDisplays)
{
    if (!isLatex())
        return;
    m_out += "\\documentclass[11pt,a4paper]{article}\n"
             "\\usepackage[utf8]{inputenc}\n"
             "\\usepackage{amsmath}\n"
             "\\usepackage[margin=2cm]{geometry}\n";
    if (breakDisplays)
        m_out += "\\allowdisplaybreaks\n";
    m_out += "\\setlength{\\parindent}{0pt}\n"
             "\\setlength{\\parskip}{0.6em}\n"
             "\\begin{document}\n\n";
}

void HandoutDocument::end()
{
    if (isLatex())
        m_out += "\\end{document}\n";
}

void HandoutDocument::heading(int level, std::string_view plain)
{
    if (isLatex()) {
        static const char *commands[] = {"\\section*{", "\\subsection*{", "\\subsubsection*{"};
        m_out += std::string(commands[std::clamp(level, 1, 3) - 1]) + escapeLatex(plain) + "}\n\n";
    } else {
        m_out += std::string(static_cast<std::size_t>(std::clamp(level, 1, 3)), '#') + " " +
                 escapeMarkdown(plain) + "\n\n";
    }
}

void HandoutDocument::paragraph(const std::string &content)
{
    m_out += content + "\n\n";
}

void HandoutDocument::bullets(const std::vector<std::string> &items)
{
    if (isLatex()) {
        m_out += "\\begin{itemize}\n";
        for (const std::string &item : items)
            m_out += "\\item " + item + "\n";
        m_out += "\\end{itemize}\n\n";
    } else {
        for (const std::string &item : items)
            m_out += "- " + item + "\n";
        m_out += "\n";
    }
}

// LaTeX aligns the rows at their "&" (align*); Markdown gets one line per equation in a ```math block
// (GitHub's and GitLab's display maths, which Markdown leaves as it is).
void HandoutDocument::display(const std::vector<std::string> &rows)
{
    if (rows.empty())
        return;
    if (isLatex()) {
        m_out += "\\begin{align*}\n";
        for (std::size_t i = 0; i < rows.size(); ++i)
            m_out += rows[i] + (i + 1 < rows.size() ? " \\\\\n" : "\n");
        m_out += "\\end{align*}\n\n";
        return;
    }
    std::string line;
    for (const std::string &row : rows) {
        if (!line.empty() && row.front() != '&') {
            m_out += "```math\n" + line + "\n```\n\n";
            line.clear();
        }
        std::string plain;
        for (char c : row) {
            if (c != '&')
                plain += c;
        }
        if (plain.rfind("\\quad ", 0) == 0)
            plain = plain.substr(6);
        line += (line.empty() ? "" : " ") + plain;
    }
    m_out += "```math\n" + line + "\n```\n\n";
}

} // namespace bp
