#pragma once

#include <QString>

#include <string>

namespace bp::ui {

/// The title of a built-in lesson in the user's language (the core's registry keeps them in
/// English); the identifier itself for a name the registry does not know. The one place lessons'
/// titles are translated. Costs a look-up in a table: no lesson is built.
QString lessonTitle(const std::string &name);

/// True when the lesson's title is in the list lupdate reads (so that it can be translated).
bool hasTranslatableTitle(const std::string &name);

/// The lesson's one-line caption (the registry's description) in the user's language; "" for a
/// name the registry does not know.
QString lessonCaption(const std::string &name);
/// True when the lesson's caption is in the list lupdate reads.
bool hasTranslatableCaption(const std::string &name);

} // namespace bp::ui
