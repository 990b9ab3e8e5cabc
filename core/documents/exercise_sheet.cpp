#include "core/documents/worked_example.h"

#include "core/documents/handout_document.h"
#include "core/documents/tex_notation.h"
#include "core/documents/worked_example_writer.h"
#include "core/formats/error.h"

namespace bp {

namespace {

// The answer key: every box's value, section by section, in the sheet's format.
std::string answerKey(const std::vector<ExerciseBlank> &blanks, const WorkedExampleOptions &options,
                      const std::string &sheetTitle)
{
    HandoutDocument doc(options);
    doc.begin(false);
    doc.heading(1, "Answer key: " + sheetTitle);
    doc.paragraph(doc.text("The value of every numbered box, to " + index(options.digits) +
                           " significant digits (computed at full precision: an answer redone from "
                           "rounded numbers may differ in the last digit)."));
    int section = -1;
    std::vector<std::string> items;
    for (const ExerciseBlank &blank : blanks) {
        if (blank.section != section) {
            if (!items.empty())
                doc.bullets(items);
            items.clear();
            doc.heading(2, blank.sectionTitle);
            section = blank.section;
        }
        std::string label = "(";
        label.append(index(blank.number)).append(") ");
        items.push_back(doc.text(label) + doc.math(blank.symbol + " = " + doc.number(blank.value)));
    }
    if (!items.empty())
        doc.bullets(items);
    doc.end();
    return doc.take();
}

} // namespace

ExerciseSheet exerciseSheet(const Trace &trace, const WorkedExampleOptions &options)
{
    if (options.exerciseLevel < 1 || options.exerciseLevel > kExerciseLevels)
        throw InputError("the exercise level must be from 1 (the update is left to the student) to " +
                         index(kExerciseLevels) + " (the whole step), not " + index(options.exerciseLevel));
    if (!isWorkedExampleComplete(trace.before))
        throw InputError("an exercise sheet needs a network small enough to write out in full (at most " +
                         std::to_string(kWorkedExampleFullParameters) + " parameters and " +
                         index(kWorkedExampleFullWidth) + " neurons a layer); this one has " +
                         std::to_string(trace.before.parameterCount()) + " parameters");
    WrittenExample written = writeWorkedExample(trace, options);
    ExerciseSheet sheet;
    sheet.sheet = std::move(written.text);
    sheet.blanks = std::move(written.blanks);
    const std::string title = options.title.empty() ? "One step of backpropagation" : options.title;
    sheet.key = answerKey(sheet.blanks, options, title);
    return sheet;
}

} // namespace bp
