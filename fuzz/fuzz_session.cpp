// libFuzzer target: the class session's protocol parsers, which read whatever the network sends
// (students' messages on the host, the host's messages on a follower).
#include "core/session/protocol.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // Neither parser throws: a refusal comes back as a value with a message.
    const bp::session::StudentParse student = bp::session::parseStudentMessage(text);
    if (student.message.has_value() == !student.error.empty())
        __builtin_trap();
    const bp::session::HostParse host = bp::session::parseHostMessage(text);
    if (host.message.has_value() == !host.error.empty())
        __builtin_trap();
    // What a student may send is never also a host message, and the reverse.
    if (student.message && host.message)
        __builtin_trap();
    return 0;
}
