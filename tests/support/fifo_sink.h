#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::test {

/// A named pipe that a thread drains as it is written: a file target that is not a regular file,
/// and a sink for output too large to keep on disk. Unlike /dev/null, a program that wrongly
/// replaces it by rename damages nothing outside the test's folder.
class FifoSink {
public:
    explicit FifoSink(std::string path) : m_path(std::move(path))
    {
        ::mkfifo(m_path.c_str(), 0600);
        // Opened for reading and writing, so neither this open nor the writer's blocks, and the
        // pipe never reports its end while the test runs.
        m_fd = ::open(m_path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        m_reader = std::thread([this] { drain(); });
    }
    ~FifoSink()
    {
        stop();
        if (m_fd >= 0)
            ::close(m_fd);
        ::unlink(m_path.c_str());
    }
    FifoSink(const FifoSink &) = delete;
    FifoSink &operator=(const FifoSink &) = delete;

    const std::string &path() const { return m_path; }
    bool isOpen() const { return m_fd >= 0; }

    /// Waits until what was written has been read, then stops reading.
    void stop()
    {
        if (!m_reader.joinable())
            return;
        m_stopping = true;
        m_reader.join();
    }
    /// Bytes and lines read, and the first kKept bytes (valid after stop()).
    std::int64_t bytes() const { return m_bytes; }
    std::int64_t lines() const { return m_lines; }
    const std::string &head() const { return m_head; }

private:
    static constexpr std::size_t kKept = 1 << 16;

    void drain()
    {
        char buffer[1 << 16];
        while (true) {
            pollfd ready{m_fd, POLLIN, 0};
            const int events = ::poll(&ready, 1, 50);
            if (events <= 0) {
                if (m_stopping)
                    return;
                continue;
            }
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                continue;
            m_bytes += n;
            for (ssize_t i = 0; i < n; ++i)
                m_lines += buffer[i] == '\n';
            if (m_head.size() < kKept)
                m_head.append(buffer, static_cast<std::size_t>(
                                          std::min<ssize_t>(n, static_cast<ssize_t>(kKept - m_head.size()))));
        }
    }

    std::string m_path;
    int m_fd = -1;
    std::thread m_reader;
    std::atomic<bool> m_stopping{false};
    std::int64_t m_bytes = 0;
    std::int64_t m_lines = 0;
    std::string m_head;
};

} // namespace bp::test
