// The Markdown of worked examples, exercise sheets and keys, rendered by cmark-gfm (GitHub's own
// CommonMark, from Debian, installed by scripts/install-deps --test) with GitHub's extensions: every
// piece of maths must reach the page as maths, letter for letter, and nothing of it may leak into
// the prose (a "$", a LaTeX backslash, an emphasis made of two subscripts' underscores).

#include "core/documents/worked_example.h"
#include "core/maths/trace.h"

#include "tests/support/hand_network.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <unistd.h>

#ifndef BP_CMARK_GFM
#define BP_CMARK_GFM "cmark-gfm"
#endif
#ifndef BP_DOCS_DIR
#define BP_DOCS_DIR "docs"
#endif

namespace bp {
namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string rendererMissing()
{
    const std::string command = std::string(BP_CMARK_GFM) + " --version >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0)
        return std::string(BP_CMARK_GFM) +
               " is not installed (scripts/install-deps --test installs cmark-gfm)";
    return {};
}

// The HTML GitHub's renderer makes of the Markdown, with the extensions github.com uses.
std::string renderGfm(const std::string &markdown)
{
    static int counter = 0;
    const fs::path folder = fs::temp_directory_path();
    const std::string stem = "bp-gfm-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    const fs::path in = folder / (stem + ".md");
    const fs::path out = folder / (stem + ".html");
    std::ofstream(in) << markdown;
    const std::string command = std::string(BP_CMARK_GFM) +
                                " --extension table --extension strikethrough --extension autolink "
                                "--extension tagfilter --extension tasklist -t html " +
                                in.string() + " > " + out.string();
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    const std::string html = readText(out);
    fs::remove(in);
    fs::remove(out);
    return html;
}

std::string unescapeHtml(std::string text)
{
    const std::pair<const char *, const char *> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto &[entity, character] : entities) {
        for (std::size_t at = text.find(entity); at != std::string::npos;
             at = text.find(entity, at + std::string_view(character).size()))
            text.replace(at, std::string_view(entity).size(), character);
    }
    return text;
}

std::vector<std::string> matches(const std::string &text, const std::regex &pattern)
{
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator();
         ++it)
        found.push_back((*it)[1].str());
    return found;
}

// What the page shows as maths (inline $`…`$ and ```math blocks), in order, and the rest of the page.
struct Rendered {
    std::vector<std::string> inlineMaths;
    std::vector<std::string> displayMaths;
    std::string prose;
};

Rendered readRendered(const std::string &html)
{
    static const std::regex inlineMath(R"(\$<code>([^<]*)</code>\$)");
    static const std::regex displayMath(R"re(<pre><code class="language-math">([^<]*)</code></pre>)re");
    static const std::regex code(R"(<code>[^<]*</code>)");
    Rendered rendered;
    for (const std::string &tex : matches(html, inlineMath))
        rendered.inlineMaths.push_back(unescapeHtml(tex));
    for (const std::string &tex : matches(html, displayMath))
        rendered.displayMaths.push_back(unescapeHtml(tex));
    std::string prose = std::regex_replace(html, inlineMath, " ");
    prose = std::regex_replace(prose, displayMath, " ");
    rendered.prose = std::regex_replace(prose, code, " ");
    return rendered;
}

bool balancedBraces(const std::string &tex)
{
    int depth = 0;
    for (std::size_t i = 0; i < tex.size(); ++i) {
        if (tex[i] == '\\') {
            ++i; // \{ and \} are characters, not groups
            continue;
        }
        depth += tex[i] == '{' ? 1 : tex[i] == '}' ? -1 : 0;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

// Checks one document; `name` says which in the messages.
void expectRendersAsWritten(const std::string &markdown, const std::string &name)
{
    const Rendered page = readRendered(renderGfm(markdown));
    // The maths as the source wrote it, letter for letter (no backslash escape consumed).
    static const std::regex sourceInline(R"(\$`([^`]*)`\$)");
    static const std::regex sourceDisplay(R"(```math\n([^`]*)```)");
    EXPECT_EQ(page.inlineMaths, matches(markdown, sourceInline)) << name;
    EXPECT_EQ(page.displayMaths, matches(markdown, sourceDisplay)) << name;
    EXPECT_GT(page.inlineMaths.size() + page.displayMaths.size(), 0u) << name << ": no maths on the page";
    for (const std::vector<std::string> *maths : {&page.inlineMaths, &page.displayMaths}) {
        for (const std::string &tex : *maths)
            EXPECT_TRUE(balancedBraces(tex)) << name << ": " << tex;
    }
    // Nothing of the maths outside it: no dollar, no LaTeX command, no accidental emphasis or link.
    for (const char *leak : {"$", "\\", "<em>", "<strong>", "<del>", "<a ", "<table"}) {
        const std::size_t at = page.prose.find(leak);
        EXPECT_EQ(at, std::string::npos)
            << name << ": \"" << leak << "\" in the prose: …"
            << page.prose.substr(at == std::string::npos ? 0 : at - std::min<std::size_t>(at, 80), 160)
            << "…";
    }
    // Every heading and every list item of the source is one on the page.
    std::size_t headings = 0, items = 0;
    std::istringstream lines(markdown);
    bool inFence = false;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("```", 0) == 0)
            inFence = !inFence;
        if (inFence)
            continue;
        headings += line.rfind("#", 0) == 0;
        items += line.rfind("- ", 0) == 0;
    }
    const std::string html = renderGfm(markdown);
    static const std::regex heading("<h[1-6]>");
    static const std::regex item("<li>");
    EXPECT_EQ(matches(html, heading).size(), headings) << name;
    EXPECT_EQ(matches(html, item).size(), items) << name;
}

struct Example {
    std::string name;
    Trace trace;
};

std::vector<Example> examples()
{
    std::vector<Example> all;
    all.push_back({"hand 2-2-2", traceSgdStep(test::handNetwork(), test::handInput(), test::handTarget(), 0.5)});
    // Softmax with the cross-entropy, targets summing to 1.5 (δ = a Σt − t is written out).
    Network softmax({3, 4, 3}, {Activation::Tanh, Activation::Softmax}, Loss::CrossEntropy);
    softmax.initialize(InitScheme::Uniform, 4);
    all.push_back({"tanh-softmax",
                   traceSgdStep(softmax, Matrix::Constant(3, 1, 0.3), Matrix::Constant(3, 1, 0.5), 0.1)});
    Network relu({2, 12, 1}, {Activation::Relu, Activation::Identity});
    relu.initialize(InitScheme::He, 2);
    all.push_back({"relu-identity 2-12-1",
                   traceSgdStep(relu, Matrix::Constant(2, 1, -0.7), Matrix::Constant(1, 1, 2.0), 0.05)});
    return all;
}

TEST(MarkdownOnGitHub, WorkedExamplesSheetsAndKeysRenderTheirMathsAsWritten)
{
    const std::string missing = rendererMissing();
    if (!missing.empty())
        GTEST_SKIP() << missing;
    for (const Example &example : examples()) {
        WorkedExampleOptions options;
        expectRendersAsWritten(workedExample(example.trace, options), example.name + ", worked example");
        for (int level : {1, 3, kExerciseLevels}) {
            options.exerciseLevel = level;
            const ExerciseSheet sheet = exerciseSheet(example.trace, options);
            const std::string name = example.name + ", level " + std::to_string(level);
            expectRendersAsWritten(sheet.sheet, name + " sheet");
            expectRendersAsWritten(sheet.key, name + " key");
            // The numbered boxes, in order, on the sheet and in the key.
            const std::string sheetHtml = renderGfm(sheet.sheet);
            const std::string keyHtml = renderGfm(sheet.key);
            std::size_t sheetAt = 0, keyAt = 0;
            for (const ExerciseBlank &blank : sheet.blanks) {
                const std::string box = "\\boxed{{}^{(" + std::to_string(blank.number) + ")}";
                sheetAt = sheetHtml.find(box, sheetAt);
                EXPECT_NE(sheetAt, std::string::npos) << name << ": box " << blank.number;
                const std::string entry = "<li>(" + std::to_string(blank.number) + ") $<code>";
                keyAt = keyHtml.find(entry, keyAt);
                EXPECT_NE(keyAt, std::string::npos) << name << ": key entry " << blank.number;
                if (sheetAt == std::string::npos || keyAt == std::string::npos)
                    break;
            }
        }
    }
    // A network too large to write out in full is summarised, with "…" in its sums.
    Network large({30, 20, 2}, {Activation::Tanh, Activation::Logistic});
    large.initialize(InitScheme::Xavier, 3);
    expectRendersAsWritten(
        workedExample(traceSgdStep(large, Matrix::Constant(30, 1, 0.2), Matrix::Constant(2, 1, 0.5), 0.5),
                      {}),
        "30-20-2, summarised");
}

TEST(MarkdownOnGitHub, TheSampleSheetsInDocsRenderTheirMathsAsWritten)
{
    const std::string missing = rendererMissing();
    if (!missing.empty())
        GTEST_SKIP() << missing;
    const fs::path folder = fs::path(BP_DOCS_DIR) / "exercise-sheets";
    int checked = 0;
    for (const auto &entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() != ".md" || entry.path().filename() == "README.md")
            continue;
        expectRendersAsWritten(readText(entry.path()), entry.path().filename().string());
        ++checked;
    }
    EXPECT_GE(checked, 2) << folder;
}

} // namespace
} // namespace bp
