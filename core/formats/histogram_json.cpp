#include "core/formats/histogram_json.h"

#include "core/formats/json_read.h"
#include "core/formats/number_format.h"
#include "core/maths/network.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace bp {

namespace {

constexpr std::array<const char *, kHistogramQuantityCount> kQuantityKeys = {"weights", "activations", "deltas",
                                                                            "gradients"};
constexpr std::int64_t kMaxCount = std::numeric_limits<std::uint32_t>::max();

int logBinCount()
{
    return static_cast<int>(std::lround((kLogMagnitudeHigh - kLogMagnitudeLow) * kLogBinsPerDecade));
}

std::int64_t valuesOf(const HistogramRow &row)
{
    return histogramRowValues(static_cast<std::int64_t>(row.layers.size()));
}

std::string countList(const std::vector<std::uint32_t> &counts, std::size_t from, std::size_t to)
{
    std::string text = "[";
    for (std::size_t i = from; i < to; ++i)
        text += (i > from ? ", " : "") + std::to_string(counts[i]);
    return text + "]";
}

std::string quantityJson(const LayerHistograms &layer, HistogramQuantity quantity)
{
    const Histogram &linear = layer.histogram(quantity, HistogramScale::Linear);
    const Histogram &log = layer.histogram(quantity, HistogramScale::LogMagnitude);
    // The log bins hold a few decades of the fifteen: the empty ones at both ends are left out.
    std::size_t first = 0;
    std::size_t last = log.counts.size();
    while (first < last && log.counts[first] == 0)
        ++first;
    while (last > first && log.counts[last - 1] == 0)
        --last;
    if (first == last)
        first = last = 0;
    return "{\"low\": " + formatNumber(linear.low) + ", \"high\": " + formatNumber(linear.high) +
           ", \"linear\": " + countList(linear.counts, 0, linear.counts.size()) +
           ", \"log_first\": " + std::to_string(first) + ", \"log\": " + countList(log.counts, first, last) +
           ", \"zeros\": " + std::to_string(log.zeros) + ", \"non_finite\": " + std::to_string(linear.nonFinite) +
           "}";
}

std::uint32_t readCount(std::string_view source, const JsonValue &value, const std::string &path)
{
    return static_cast<std::uint32_t>(json::integer(source, value, path, 0, kMaxCount));
}

std::int64_t readCounts(std::string_view source, const JsonValue &value, const std::string &path,
                        std::int64_t expected, std::vector<std::uint32_t> &counts, std::size_t offset)
{
    json::array(source, value, path, expected, "counts");
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < value.items.size(); ++i) {
        counts[offset + i] = readCount(source, value.items[i], json::at(path, i));
        sum += counts[offset + i];
    }
    return sum;
}

void readQuantity(std::string_view source, const JsonValue &value, const std::string &path, LayerHistograms &layer,
                  HistogramQuantity quantity)
{
    if (!value.isObject())
        json::failAt(source, value, path, "expected an object");
    auto member = [&](const char *key) -> const JsonValue & { return json::member(source, value, key, path); };
    auto &of = layer.of[static_cast<std::size_t>(quantity)];
    Histogram &linear = of[static_cast<std::size_t>(HistogramScale::Linear)];
    Histogram &log = of[static_cast<std::size_t>(HistogramScale::LogMagnitude)];
    linear.scale = HistogramScale::Linear;
    linear.low = json::number(source, member("low"), path + ".low");
    linear.high = json::number(source, member("high"), path + ".high");
    if (!(linear.low < linear.high) || !std::isfinite(linear.high - linear.low))
        json::failAt(source, member("high"), path + ".high",
                     "expected a finite range with low below high, found " + formatNumber(linear.low) + " to " +
                         formatNumber(linear.high));
    linear.counts.assign(kLinearBinCount, 0);
    const std::int64_t linearSum = readCounts(source, member("linear"), path + ".linear", kLinearBinCount, linear.counts, 0);

    log.scale = HistogramScale::LogMagnitude;
    log.low = kLogMagnitudeLow;
    log.high = kLogMagnitudeHigh;
    log.counts.assign(static_cast<std::size_t>(logBinCount()), 0);
    const auto first = static_cast<std::size_t>(
        json::integer(source, member("log_first"), path + ".log_first", 0, logBinCount()));
    const JsonValue &logCounts = member("log");
    json::array(source, logCounts, path + ".log", -1, "counts");
    if (logCounts.items.size() > log.counts.size() - first)
        json::failAt(source, logCounts, path + ".log",
                     "holds " + std::to_string(logCounts.items.size()) + " bins from bin " + std::to_string(first) +
                         " (there are " + std::to_string(log.counts.size()) + ")");
    const std::int64_t logSum = readCounts(source, logCounts, path + ".log", -1, log.counts, first);
    log.zeros = readCount(source, member("zeros"), path + ".zeros");
    linear.nonFinite = log.nonFinite = readCount(source, member("non_finite"), path + ".non_finite");
    if (linearSum != logSum + log.zeros)
        json::failAt(source, value, path,
                     "the linear bins count " + std::to_string(linearSum) +
                         " values, the log-magnitude bins and zeros " + std::to_string(logSum + log.zeros));
}

} // namespace

std::int64_t histogramRowValues(std::int64_t layerCount)
{
    return 3 + layerCount * kHistogramQuantityCount * (kLinearBinCount + logBinCount() + 6);
}

std::vector<HistogramRowPointer> histogramRowsToSave(const std::vector<HistogramRowPointer> &rows,
                                                     std::int64_t runEpoch, std::int64_t valueBudget)
{
    std::vector<HistogramRowPointer> kept;
    std::int64_t values = 0;
    for (const HistogramRowPointer &row : rows) {
        if (row && row->epoch <= runEpoch) {
            kept.push_back(row);
            values += valuesOf(*row);
        }
    }
    while (!kept.empty() && (values > valueBudget || kept.size() > static_cast<std::size_t>(kMaxSavedHistogramRows))) {
        // Every other row from the newest back, so the newest stays and the spacing stays even.
        std::vector<HistogramRowPointer> half;
        values = 0;
        for (std::size_t i = kept.size() % 2 == 0 ? 1 : 0; i < kept.size(); i += 2) {
            half.push_back(kept[i]);
            values += valuesOf(*kept[i]);
        }
        if (half.size() == kept.size())
            half.clear(); // one row over the budget: none
        kept.swap(half);
    }
    return kept;
}

std::string histogramsToJson(const std::vector<HistogramRowPointer> &rows, const std::string &indent)
{
    std::string text = "[";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const HistogramRow &row = *rows[r];
        text += (r ? ",\n" : "\n") + indent + "  {\"epoch\": " + std::to_string(row.epoch) +
                ", \"samples\": " + std::to_string(row.sampleCount) + ", \"layers\": [";
        for (std::size_t l = 0; l < row.layers.size(); ++l) {
            text += std::string(l ? ",\n" : "\n") + indent + "    {";
            for (int q = 0; q < kHistogramQuantityCount; ++q)
                text += std::string(q ? ",\n" + indent + "     " : "") + "\"" + kQuantityKeys[static_cast<std::size_t>(q)] +
                        "\": " + quantityJson(row.layers[l], static_cast<HistogramQuantity>(q));
            text += "}";
        }
        text += "]}";
    }
    return text + (rows.empty() ? "]" : "\n" + indent + "]");
}

std::vector<HistogramRowPointer> histogramsFromJson(std::string_view source, const JsonValue &value,
                                                    const std::string &path, std::int64_t runEpoch)
{
    json::array(source, value, path, -1, "rows");
    if (value.items.size() > static_cast<std::size_t>(kMaxSavedHistogramRows))
        json::failAt(source, value, path,
                     "holds " + std::to_string(value.items.size()) + " rows (at most " +
                         std::to_string(kMaxSavedHistogramRows) + ")");
    std::vector<HistogramRowPointer> rows;
    for (std::size_t r = 0; r < value.items.size(); ++r) {
        const JsonValue &item = value.items[r];
        const std::string place = json::at(path, r);
        if (!item.isObject())
            json::failAt(source, item, place, "expected an object");
        auto row = std::make_shared<HistogramRow>();
        const JsonValue &epoch = json::member(source, item, "epoch", place);
        row->epoch = json::integer(source, epoch, place + ".epoch", 0, runEpoch);
        if (!rows.empty() && row->epoch <= rows.back()->epoch)
            json::failAt(source, epoch, place + ".epoch",
                         "expected an epoch after the row before's " + std::to_string(rows.back()->epoch));
        row->sampleCount = static_cast<int>(json::integer(source, json::member(source, item, "samples", place),
                                                          place + ".samples", 0, kMaxHistogramSamples));
        const JsonValue &layers = json::member(source, item, "layers", place);
        json::array(source, layers, place + ".layers", -1, "layers");
        if (layers.items.empty() || static_cast<std::int64_t>(layers.items.size()) > kMaxLayers)
            json::failAt(source, layers, place + ".layers",
                         "expected 1 to " + std::to_string(kMaxLayers) + " layers, found " +
                             std::to_string(layers.items.size()));
        row->layers.resize(layers.items.size());
        for (std::size_t l = 0; l < layers.items.size(); ++l) {
            const JsonValue &layer = layers.items[l];
            const std::string layerPlace = json::at(place + ".layers", l);
            if (!layer.isObject())
                json::failAt(source, layer, layerPlace, "expected an object");
            for (int q = 0; q < kHistogramQuantityCount; ++q) {
                const char *key = kQuantityKeys[static_cast<std::size_t>(q)];
                readQuantity(source, json::member(source, layer, key, layerPlace), layerPlace + "." + key,
                             row->layers[l], static_cast<HistogramQuantity>(q));
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace bp
