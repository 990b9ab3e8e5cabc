#include "core/session/shown_histograms.h"

#include "core/formats/histogram_json.h"
#include "core/formats/json_read.h"

#include <algorithm>

namespace bp {

namespace {

constexpr std::int64_t kMaxId = 1LL << 53;

std::int64_t valuesOf(const std::vector<HistogramRowPointer> &rows)
{
    std::int64_t values = 0;
    for (const HistogramRowPointer &row : rows)
        values += histogramRowValues(static_cast<std::int64_t>(row->layers.size()));
    return values;
}

// Rows are immutable and shared: the same row is the same pointer.
bool allAmong(const std::vector<HistogramRowPointer> &rows, const std::vector<HistogramRowPointer> &among)
{
    return std::all_of(rows.begin(), rows.end(), [&](const HistogramRowPointer &row) {
        return std::find(among.begin(), among.end(), row) != among.end();
    });
}

std::int64_t newestEpoch(const HistogramHistory &history)
{
    return history.isEmpty() ? -1 : history.rows().back()->epoch;
}

void hold(HistogramHistory &history, const std::vector<HistogramRowPointer> &rows)
{
    for (const HistogramRowPointer &row : rows)
        history.append(row);
}

} // namespace

ShownHistograms HistogramSender::next(const std::vector<HistogramRowPointer> &rows, std::int64_t runEpoch,
                                      bool wholeDue)
{
    std::vector<HistogramRowPointer> current;
    for (const HistogramRowPointer &row : rows)
        if (row && row->epoch <= runEpoch)
            current.push_back(row);
    if (m_sent && !wholeDue) {
        // The followers append what is new to what they hold, as the dock did: when that gives
        // rows the dock still has (every one, or an evenly thinned part), the increment suffices.
        const std::int64_t after = newestEpoch(m_held);
        HistogramHistory continued = m_held;
        std::vector<HistogramRowPointer> added;
        for (const HistogramRowPointer &row : current)
            if (row->epoch > after)
                added.push_back(row);
        hold(continued, added);
        if (allAmong(continued.rows(), current) && valuesOf(added) <= kMaxShownHistogramValues) {
            m_held = std::move(continued);
            return {m_id, false, after, std::move(added)};
        }
    }
    // The dock started over or went back: a follower that misses this whole set must not take
    // the increments after it.
    if (!m_sent || !allAmong(m_held.rows(), current))
        ++m_id;
    m_sent = true;
    ShownHistograms whole{m_id, true, -1, histogramRowsToSave(current, runEpoch, kMaxShownHistogramValues)};
    m_held.clear();
    hold(m_held, whole.rows);
    return whole;
}

HistogramReceiver::Taken HistogramReceiver::take(const ShownHistograms &histograms)
{
    if (histograms.whole) {
        m_known = true;
        m_id = histograms.id;
        m_held.clear();
        hold(m_held, histograms.rows);
        return {true, histograms.rows};
    }
    if (!m_known || histograms.id != m_id || histograms.after != newestEpoch(m_held))
        return {};
    hold(m_held, histograms.rows);
    return {false, histograms.rows};
}

void HistogramReceiver::clear()
{
    m_known = false;
    m_id = 0;
    m_held.clear();
}

std::string shownHistogramsToJson(const ShownHistograms &histograms)
{
    return "{\"id\": " + std::to_string(histograms.id) +
           ", \"whole\": " + (histograms.whole ? "true" : "false") +
           ", \"after\": " + std::to_string(histograms.after) +
           ", \"rows\": " + histogramsToJson(histograms.rows, " ") + "}";
}

ShownHistograms readShownHistograms(std::string_view source, const JsonValue &value, const std::string &path,
                                    std::int64_t runEpoch)
{
    if (!value.isObject())
        json::failAt(source, value, path, "expected an object");
    auto member = [&](const char *key) -> const JsonValue & {
        return json::member(source, value, key, path);
    };
    ShownHistograms histograms;
    histograms.id = static_cast<std::uint64_t>(json::integer(source, member("id"), path + ".id", 0, kMaxId));
    histograms.whole = json::boolean(source, member("whole"), path + ".whole");
    histograms.after = json::integer(source, member("after"), path + ".after", -1, runEpoch);
    if (histograms.whole && histograms.after != -1)
        json::failAt(source, member("after"), path + ".after",
                     "a whole set of rows continues none: expected -1");
    const std::string rowsPath = path + ".rows";
    const JsonValue &rows = json::array(source, member("rows"), rowsPath, -1, "rows");
    // What the rows would hold, from their layer counts alone, before a histogram is allocated.
    std::int64_t values = 0;
    for (const JsonValue &row : rows.items)
        if (const JsonValue *layers = row.isObject() ? row.find("layers") : nullptr;
            layers && layers->isArray())
            values += histogramRowValues(static_cast<std::int64_t>(layers->items.size()));
    if (values > kMaxShownHistogramValues)
        json::failAt(source, rows, rowsPath,
                     "rows of " + std::to_string(values) + " values, more than the " +
                         std::to_string(kMaxShownHistogramValues) + " a state may carry");
    histograms.rows = histogramsFromJson(source, rows, rowsPath, runEpoch);
    if (!histograms.rows.empty() && histograms.rows.front()->epoch <= histograms.after)
        json::failAt(source, rows.items.front(), json::at(rowsPath, 0) + ".epoch",
                     "an increment's rows come after epoch " + std::to_string(histograms.after));
    return histograms;
}

} // namespace bp
