#pragma once

// Where the tests that also make pictures for people to look at write them: the folder that
// BP_SCREENSHOT_DIR names (created if needed). Unset, they write nothing.
#include <QDir>
#include <QString>

#include <cstdlib>
#include <optional>

namespace bp::test {

/// The folder BP_SCREENSHOT_DIR names, made if it is missing; nothing when the variable is unset.
inline std::optional<QDir> screenshotFolder()
{
    const char *folder = std::getenv("BP_SCREENSHOT_DIR");
    if (!folder || !*folder)
        return std::nullopt;
    const QString path = QString::fromLocal8Bit(folder);
    QDir().mkpath(path);
    return QDir(path);
}

} // namespace bp::test
