#pragma once

#include "core/documents/worked_example.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bp {

/// Builds a handout (a worked example, an exercise sheet, an answer key) in one of the two formats.
/// All maths is LaTeX maths, which GitHub's MathJax and pdflatex both read; only the prose around it,
/// the headings and the maths' delimiters differ.
class HandoutDocument {
public:
    /// Takes the format and the digits of options (a copy: the options may be a temporary).
    explicit HandoutDocument(const WorkedExampleOptions &options)
        : m_format(options.format), m_digits(options.digits)
    {
    }

    bool isLatex() const { return m_format == WorkedExampleFormat::Latex; }

    /// Plain text escaped for the format.
    std::string text(std::string_view plain) const;
    /// Inline maths.
    std::string math(const std::string &tex) const;
    /// Plain text in a fixed-pitch font (a command, a line of code).
    std::string code(std::string_view plain) const;
    /// A number in maths, to the options' significant digits: a power of ten rather than "e-06".
    std::string number(double value) const;
    /// A number as a factor of a product or a term after a minus: in parentheses when negative.
    std::string factor(double value) const;

    /// LaTeX's preamble (nothing in Markdown). breakDisplays lets a long align* run onto the next
    /// page, as the worked example's long sections need.
    void begin(bool breakDisplays);
    /// LaTeX's \end{document} (nothing in Markdown).
    void end();
    /// A heading of level 1..3 (section, subsection, subsubsection).
    void heading(int level, std::string_view plain);
    /// A paragraph already made of text() and math() pieces.
    void paragraph(const std::string &content);
    /// A bulleted list of items already made of text() and math() pieces.
    void bullets(const std::vector<std::string> &items);
    /// Displayed maths, rows aligned at their "&"; a row that starts with "&" continues the one above.
    void display(const std::vector<std::string> &rows);

    /// The document so far; the builder is empty after.
    std::string take() { return std::move(m_out); }

private:
    WorkedExampleFormat m_format;
    int m_digits;
    std::string m_out;
};

} // namespace bp
