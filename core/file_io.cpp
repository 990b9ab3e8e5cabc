#include "core/file_io.h"

#include "core/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace bp {

std::string readTextFile(const std::string &path, std::int64_t maxBytes)
{
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw InputError(path + ": no such file");
    if (std::filesystem::is_directory(status))
        throw InputError(path + ": is a folder, not a file");
    if (!std::filesystem::is_regular_file(status))
        throw InputError(path + ": not a regular file");
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError(path + ": cannot read its size (" + error.message() + ")");
    if (size > static_cast<std::uintmax_t>(maxBytes))
        throw InputError(path + ": the file has " + std::to_string(size) + " bytes, more than the " +
                         std::to_string(maxBytes) + " accepted");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path + ": cannot open (" + std::strerror(errno) + ")");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size)
        throw InputError(path + ": could not read the whole file");
    return text;
}

void writeFileAtomically(const std::string &path, std::string_view text)
{
    const std::filesystem::path target(path);
    if (std::filesystem::is_directory(target))
        throw InputError(path + ": is a folder, not a file");
    std::filesystem::path temporary = target;
    temporary += ".saving-" + std::to_string(::getpid());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw InputError(path + ": cannot write (" + std::strerror(errno) + ")");
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string reason = std::strerror(errno);
            ::close(fd);
            std::remove(temporary.c_str());
            throw InputError(path + ": cannot write (" + reason + ")");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temporary.c_str());
        throw InputError(path + ": cannot finish writing (" + reason + ")");
    }
    if (std::rename(temporary.c_str(), target.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temporary.c_str());
        throw InputError(path + ": cannot replace the file (" + reason + ")");
    }
}

} // namespace bp
