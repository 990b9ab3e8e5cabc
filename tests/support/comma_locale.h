#pragma once

#include <clocale>
#include <cstdlib>
#include <string>

namespace bp::test {

/// Switches the C library to Italian for the life of the object, as QCoreApplication does for an
/// Italian user (numbers with a decimal comma in printf), and back afterwards. The locale comes from
/// the system, or else from BP_TEST_LOCALE_DIR, where the build generates it with localedef.
class CommaLocale {
public:
    CommaLocale()
    {
        const char *current = std::setlocale(LC_ALL, nullptr);
        m_previous = current ? current : "C";
        if (!std::setlocale(LC_ALL, "it_IT.UTF-8")) {
#ifdef BP_TEST_LOCALE_DIR
            const char *path = std::getenv("LOCPATH");
            const std::string previousPath = path ? path : "";
            setenv("LOCPATH", BP_TEST_LOCALE_DIR, 1);
            std::setlocale(LC_ALL, "it_IT.UTF-8");
            if (path)
                setenv("LOCPATH", previousPath.c_str(), 1);
            else
                unsetenv("LOCPATH");
#endif
        }
        const std::lconv *numbers = std::localeconv();
        m_active = numbers && std::string(numbers->decimal_point) == ",";
    }
    ~CommaLocale() { std::setlocale(LC_ALL, m_previous.c_str()); }
    CommaLocale(const CommaLocale &) = delete;
    CommaLocale &operator=(const CommaLocale &) = delete;

    /// Whether the C library now writes a decimal comma.
    bool isActive() const { return m_active; }

private:
    std::string m_previous;
    bool m_active = false;
};

} // namespace bp::test
