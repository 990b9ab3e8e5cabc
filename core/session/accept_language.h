#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace bp::session {

/// The longest Accept-Language value read: a browser sends a few dozen bytes; the rest of a longer
/// one is ignored (a request's headers come from anyone on the network).
inline constexpr std::size_t kMaxAcceptLanguageBytes = 1024;

/// Which of `offered` (primary language tags, lower case: "en", "it"; the first is the default) a
/// request with this Accept-Language header value prefers (RFC 9110 §12.5.4): the offered language
/// of the highest q among the ranges that name it ("it", "it-IT" and "IT-ch" name "it"), the
/// earlier range on a tie; q=0 refuses a language, "*" stands for any offered one not named. The
/// default when nothing offered is acceptable, or the header is empty or unreadable.
std::string_view preferredLanguage(std::string_view acceptLanguage, std::initializer_list<std::string_view> offered);

} // namespace bp::session
