#pragma once

#include "core/formats/json.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bp {

/// A picture a lecturer's panel computed (the decision boundary's grid) as a state carries it:
/// nothing (id 0: the panel shows none), the picture whole with its id, or only the id of the one an
/// earlier state brought when it has not changed since (ten thousand values travel once, not with
/// every state).
template <class Picture> struct ShownPicture {
    std::uint64_t id = 0;
    /// Null with a non-zero id: unchanged since the state that brought it whole.
    std::shared_ptr<const Picture> whole;
};

/// The host's side: a new id for each picture that is not identical(…) to the one sent last; the
/// picture whole when it is new or `wholeDue` (a follower joined, or one may have missed the state
/// that brought it), else its id alone.
template <class Picture> class PictureSender {
public:
    /// What the next state carries of `current` (null: the panel shows none). With `hold`, a picture
    /// already sent stays the one the state names even if `current` differs (the caller holds a
    /// picture that changes with every state back to a pace a classroom network can carry).
    ShownPicture<Picture> next(std::shared_ptr<const Picture> current, bool wholeDue, bool hold = false)
    {
        if (!current) {
            m_sent.reset();
            return {};
        }
        if (!m_sent || (!hold && !identical(*m_sent, *current))) {
            ++m_id;
            m_sent = std::move(current);
            wholeDue = true;
        }
        return {m_id, wholeDue ? m_sent : nullptr};
    }
    /// The id of the picture sent last (0: none yet).
    std::uint64_t lastId() const { return m_id; }

private:
    std::uint64_t m_id = 0;
    std::shared_ptr<const Picture> m_sent;
};

/// The follower's side: the picture to draw for each state.
template <class Picture> class PictureReceiver {
public:
    /// A whole picture is held and drawn; an id alone draws the held picture. After a gap (the id of
    /// a picture whose state was missed) the held one stays on show until the next whole one, which
    /// the host sends on every join and within seconds of any id alone. None: null.
    std::shared_ptr<const Picture> take(const ShownPicture<Picture> &shown)
    {
        if (shown.id == 0 || shown.whole) {
            m_id = shown.id;
            m_held = shown.whole;
        }
        m_current = shown.id == m_id;
        return m_held;
    }
    /// False after a gap, until the next whole picture.
    bool isCurrent() const { return m_current; }
    void clear() { *this = {}; }

private:
    std::uint64_t m_id = 0;
    std::shared_ptr<const Picture> m_held;
    bool m_current = true;
};

/// True when both hold the same bits (NaN equal to the same NaN, 0 unequal to −0), element by
/// element for lists: a picture changed when any of its numbers did.
bool sameBits(double a, double b);
bool sameBits(const std::vector<double> &a, const std::vector<double> &b);

/// A number as a picture carries it: the shortest text that reads back to the same bits, a
/// non-finite one "NaN", "Infinity" or "-Infinity".
std::string shownNumber(double value);
/// The start of a picture's object: {"id": …, "whole": false} whole, or {"id": …, "whole": true
/// for the members that follow.
std::string shownPictureOpening(std::uint64_t id, bool whole);
/// Reads the picture `value` at `path`: null (id 0), or an object's "id" (1 to 2⁵³) and "whole";
/// returns whether the members of a whole picture follow. Throws InputError naming the place.
bool readShownPictureId(std::string_view source, const JsonValue &value, const std::string &path,
                        std::uint64_t &id);

} // namespace bp
