#pragma once

#include <QString>

#include <string>

namespace bp::ui {

/// The title of a built-in lesson in the user's language (the core keeps them in English); the
/// identifier itself for a name the core does not know. The one place lessons' titles are translated.
QString lessonTitle(const std::string &name);

} // namespace bp::ui
