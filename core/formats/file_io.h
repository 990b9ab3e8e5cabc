#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bp {

/// Reads a whole file into a string. Throws InputError when it is missing, a folder, unreadable,
/// a symbolic-link loop or larger than maxBytes (checked before reading, and again while reading
/// files such as /proc's that report no size), naming the path.
std::string readTextFile(const std::string &path, std::int64_t maxBytes);

/// A file written in pieces and then put in place of its target in one step, so an interrupted save
/// leaves the previous file whole and a save of any length needs no copy of the text in memory.
///
/// The temporary file is created with mkstemp (O_CREAT|O_EXCL, a name nobody can plant a link
/// under) in the folder of the real target: a symbolic link is followed, so a save writes through
/// the link and the link stays. An existing target keeps its permissions; a new one gets 0666 less
/// the umask. Temporaries of the same name pattern left by a process that is gone (a save killed
/// midway) are removed first. A target that is not a regular file (/dev/null, a pipe, a terminal)
/// is written directly. Every failure throws InputError naming the path.
class AtomicFile {
public:
    explicit AtomicFile(const std::string &path);
    /// Removes the temporary file unless commit() succeeded.
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    void write(std::string_view text);
    /// Flushes to disk and renames the temporary over the target.
    void commit();

    /// The temporary's name pattern beside a target: "<target>.saving-<pid>-XXXXXX".
    static std::string temporaryPrefix(const std::string &target);

private:
    void discard();

    std::string m_path;
    std::string m_target;
    std::string m_temporary;
    int m_fd = -1;
    bool m_direct = false;
};

/// Writes text to path atomically with an AtomicFile. Throws InputError.
void writeFileAtomically(const std::string &path, std::string_view text);

} // namespace bp
