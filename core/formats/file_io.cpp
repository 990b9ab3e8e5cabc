#include "core/formats/file_io.h"

#include "core/formats/error.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp {

namespace {

std::string errorText(int code)
{
    return std::strerror(code);
}

// The reason a path cannot be looked at, in words: a link loop is not "no such file".
[[noreturn]] void throwStatusError(const std::string &path, const std::error_code &error)
{
    if (error.value() == ELOOP)
        throw InputError(path + ": a symbolic link that leads back to itself (too many levels of links)");
    if (error.value() == ENOENT || error.value() == ENOTDIR || !error)
        throw InputError(path + ": no such file");
    throw InputError(path + ": cannot open (" + error.message() + ")");
}

} // namespace

std::string readTextFile(const std::string &path, std::int64_t maxBytes)
{
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throwStatusError(path, error);
    if (std::filesystem::is_directory(status))
        throw InputError(path + ": is a folder, not a file");
    if (!std::filesystem::is_regular_file(status))
        throw InputError(path + ": not a regular file");
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError(path + ": cannot read its size (" + error.message() + ")");
    const std::string tooLarge = " bytes, more than the " + std::to_string(maxBytes) + " accepted";
    if (size > static_cast<std::uintmax_t>(maxBytes))
        throw InputError(path + ": the file has " + std::to_string(size) + tooLarge);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path + ": cannot open (" + errorText(errno) + ")");
    // Read to the end rather than trust the size: files under /proc say 0 and hold text, and a file
    // may grow while it is read. The cap holds either way.
    std::string text;
    text.reserve(static_cast<std::size_t>(size));
    std::vector<char> chunk(1 << 16);
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (static_cast<std::int64_t>(text.size()) > maxBytes)
            throw InputError(path + ": the file has more than " + std::to_string(maxBytes) +
                             " bytes, the most accepted");
    }
    if (in.bad())
        throw InputError(path + ": could not read the whole file");
    return text;
}

namespace {

// The file a path names once symbolic links are followed (the last one may point nowhere yet: the
// save creates it). Throws InputError for a loop.
std::filesystem::path followLinks(const std::filesystem::path &path)
{
    std::filesystem::path current = path;
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code error;
        const std::filesystem::file_status status = std::filesystem::symlink_status(current, error);
        if (error || !std::filesystem::is_symlink(status))
            return current;
        const std::filesystem::path link = std::filesystem::read_symlink(current, error);
        if (error)
            return current;
        current = link.is_absolute() ? link : current.parent_path() / link;
    }
    throw InputError(path.string() +
                     ": a symbolic link that leads back to itself (too many levels of links)");
}

// The process's umask, read without changing it (umask() would, for every thread at once).
mode_t currentUmask()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("Umask:", 0) == 0)
            return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8));
    }
    return 022;
}

// Removes "<target>.saving-<pid>…" files whose process is gone: what a save killed midway left.
void removeStaleTemporaries(const std::filesystem::path &target)
{
    const std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
    const std::string prefix = AtomicFile::temporaryPrefix(target.filename().string());
    std::error_code error;
    std::filesystem::directory_iterator it(folder, error);
    if (error)
        return;
    for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
        if (error)
            return;
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0)
            continue;
        const std::string rest = name.substr(prefix.size());
        const std::size_t digits = rest.find_first_not_of("0123456789");
        if (digits == 0 || (digits != std::string::npos && rest[digits] != '-'))
            continue;
        const long pid = std::strtol(rest.substr(0, digits).c_str(), nullptr, 10);
        if (pid <= 0 || pid == ::getpid())
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue;
        // unlink removes a link itself, never what it points to.
        ::unlink(it->path().c_str());
    }
}

} // namespace

std::string AtomicFile::temporaryPrefix(const std::string &target)
{
    return target + ".saving-";
}

AtomicFile::AtomicFile(const std::string &path) : m_path(path)
{
    const std::filesystem::path target = followLinks(path);
    m_target = target.string();
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(target, error);
    if (std::filesystem::is_directory(status))
        throw InputError(path + ": is a folder, not a file");
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        // A device or a pipe the user named (/dev/null, /dev/stdout): it cannot be replaced.
        m_fd = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (m_fd < 0)
            throw InputError(path + ": cannot write (" + errorText(errno) + ")");
        m_direct = true;
        return;
    }
    removeStaleTemporaries(target);
    std::string pattern = temporaryPrefix(m_target) + std::to_string(::getpid()) + "-XXXXXX";
    m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (m_fd < 0)
        throw InputError(path + ": cannot write (" + errorText(errno) + ")");
    m_temporary = pattern;
    struct stat existing {};
    const bool replacing = ::stat(target.c_str(), &existing) == 0;
    // A file shared with a group (a course folder) keeps its owner and group where we may set them
    // (root, or a group we belong to); where we may not, the new file is ours, as any editor's is.
    if (replacing && (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()) &&
        ::fchown(m_fd, existing.st_uid, existing.st_gid) != 0)
        (void)::fchown(m_fd, static_cast<uid_t>(-1), existing.st_gid);
    // After the owner: fchown clears the set-id bits, which the mode below puts back.
    const mode_t mode = replacing ? (existing.st_mode & 07777) : (0666 & ~currentUmask());
    if (::fchmod(m_fd, mode) != 0) {
        const std::string reason = errorText(errno);
        discard();
        throw InputError(path + ": cannot write (" + reason + ")");
    }
}

AtomicFile::~AtomicFile()
{
    discard();
}

void AtomicFile::discard()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_temporary.empty())
        ::unlink(m_temporary.c_str());
    m_temporary.clear();
}

void AtomicFile::write(std::string_view text)
{
    if (m_fd < 0)
        throw InputError(m_path + ": cannot write (the file is closed)");
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(m_fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string reason = errorText(n < 0 ? errno : ENOSPC);
            discard();
            throw InputError(m_path + ": cannot write (" + reason + ")");
        }
        written += static_cast<std::size_t>(n);
    }
}

void AtomicFile::commit()
{
    if (m_fd < 0)
        throw InputError(m_path + ": cannot write (the file is closed)");
    if (m_direct) {
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0)
            throw InputError(m_path + ": cannot finish writing (" + errorText(errno) + ")");
        return;
    }
    if (::fsync(m_fd) != 0 || ::close(m_fd) != 0) {
        const std::string reason = errorText(errno);
        m_fd = -1;
        discard();
        throw InputError(m_path + ": cannot finish writing (" + reason + ")");
    }
    m_fd = -1;
    if (std::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
        const std::string reason = errorText(errno);
        discard();
        throw InputError(m_path + ": cannot replace the file (" + reason + ")");
    }
    m_temporary.clear();
    // The rename itself reaches the disk with the folder.
    const std::filesystem::path folder = std::filesystem::path(m_target).parent_path();
    const int directory = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory >= 0) {
        ::fsync(directory);
        ::close(directory);
    }
}

void writeFileAtomically(const std::string &path, std::string_view text)
{
    AtomicFile file(path);
    file.write(text);
    file.commit();
}

} // namespace bp
