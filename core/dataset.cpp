#include "core/dataset.h"

#include "core/error.h"
#include "core/file_io.h"
#include "core/message_text.h"
#include "core/network.h"
#include "core/number_format.h"
#include "core/random.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numbers>

namespace bp {

TargetKind Dataset::targetKind() const
{
    if (targets.rows() < 2 || targets.cols() == 0)
        return TargetKind::Binary;
    for (Eigen::Index col = 0; col < targets.cols(); ++col) {
        int ones = 0;
        for (Eigen::Index row = 0; row < targets.rows(); ++row) {
            const double t = targets(row, col);
            if (t == 1.0)
                ++ones;
            else if (t != 0.0)
                return TargetKind::Binary;
        }
        if (ones != 1)
            return TargetKind::Binary;
    }
    return TargetKind::OneHot;
}

namespace {

std::vector<std::string> numberedNames(char prefix, Eigen::Index count)
{
    std::vector<std::string> names;
    for (Eigen::Index i = 1; i <= count; ++i)
        names.push_back(prefix + std::to_string(i));
    return names;
}

void nameColumns(Dataset &dataset)
{
    dataset.inputNames = numberedNames('x', dataset.inputs.rows());
    dataset.targetNames = numberedNames('t', dataset.targets.rows());
}

} // namespace

Dataset makeEncoder(int n)
{
    if (n < 2 || n > 1024 || (n & (n - 1)) != 0)
        throw InputError("an encoder needs a power of two from 2 to 1024 patterns, not " + std::to_string(n));
    Dataset dataset;
    int code = 0;
    while ((1 << code) < n)
        ++code;
    dataset.name = "encoder-" + std::to_string(n) + "-" + std::to_string(code) + "-" + std::to_string(n);
    dataset.description = "The " + std::to_string(n) + " one-hot patterns of length " + std::to_string(n) +
                          ", each its own target: the network must squeeze them through a narrow "
                          "hidden layer and rebuild them.";
    dataset.inputs = Matrix::Identity(n, n);
    dataset.targets = Matrix::Identity(n, n);
    nameColumns(dataset);
    return dataset;
}

Dataset makeXor()
{
    Dataset dataset;
    dataset.name = "xor";
    dataset.description = "Exclusive or: the output is 1 when exactly one input is 1. No single "
                          "neuron can learn it; one hidden layer can.";
    dataset.inputs.resize(2, 4);
    dataset.inputs << 0, 0, 1, 1, //
        0, 1, 0, 1;
    dataset.targets.resize(1, 4);
    dataset.targets << 0, 1, 1, 0;
    nameColumns(dataset);
    return dataset;
}

namespace {

// One labelled point of a planar set.
struct PlanarPoint {
    double x1 = 0.0;
    double x2 = 0.0;
    double label = 0.0;
};

PlanarPoint drawPlanar(std::string_view kind, Random &random, int index)
{
    PlanarPoint point;
    if (kind == "circle") {
        point.x1 = random.uniform(-1.0, 1.0);
        point.x2 = random.uniform(-1.0, 1.0);
        point.label = point.x1 * point.x1 + point.x2 * point.x2 < 0.25 ? 1.0 : 0.0;
    } else if (kind == "quadrants") {
        point.x1 = random.uniform(-1.0, 1.0);
        point.x2 = random.uniform(-1.0, 1.0);
        point.label = point.x1 * point.x2 > 0.0 ? 1.0 : 0.0;
    } else if (kind == "gaussians") {
        point.label = index % 2 == 0 ? 1.0 : 0.0;
        const double centre = point.label == 1.0 ? 0.4 : -0.4;
        point.x1 = std::clamp(centre + 0.25 * random.normal(), -1.0, 1.0);
        point.x2 = std::clamp(centre + 0.25 * random.normal(), -1.0, 1.0);
    } else { // spiral: two arms, half a turn apart, with a little noise
        point.label = index % 2 == 0 ? 1.0 : 0.0;
        const double t = random.uniform01();
        const double angle = 3.0 * std::numbers::pi * t + (point.label == 1.0 ? 0.0 : std::numbers::pi);
        const double radius = 0.1 + 0.8 * t;
        point.x1 = radius * std::cos(angle) + 0.03 * random.normal();
        point.x2 = radius * std::sin(angle) + 0.03 * random.normal();
    }
    return point;
}

} // namespace

Dataset makePlanar(std::string_view kind, int trainCount, int testCount, std::uint64_t seed)
{
    if (kind != "circle" && kind != "quadrants" && kind != "gaussians" && kind != "spiral")
        throw InputError("unknown 2-D dataset '" + std::string(kind) +
                         "' (known: circle, quadrants, gaussians, spiral)");
    if (trainCount < 1 || testCount < 0 || trainCount > 1'000'000 || testCount > 1'000'000)
        throw InputError("a 2-D dataset takes 1 to 1000000 training points and 0 to 1000000 test points");
    Dataset dataset;
    dataset.name = std::string(kind);
    if (kind == "circle")
        dataset.description = "Points in the square [-1, 1]²; class 1 inside the circle of radius 0.5.";
    else if (kind == "quadrants")
        dataset.description = "Points in the square [-1, 1]²; class 1 where x1 and x2 have the same sign.";
    else if (kind == "gaussians")
        dataset.description = "Two overlapping Gaussian clouds, one per class.";
    else
        dataset.description = "Two interleaved spirals, one per class: hard for a small network.";
    Random random(seed);
    auto fill = [&](Matrix &inputs, Matrix &targets, int count, int firstIndex) {
        inputs.resize(2, count);
        targets.resize(1, count);
        for (int i = 0; i < count; ++i) {
            const PlanarPoint point = drawPlanar(kind, random, firstIndex + i);
            inputs(0, i) = point.x1;
            inputs(1, i) = point.x2;
            targets(0, i) = point.label;
        }
    };
    fill(dataset.inputs, dataset.targets, trainCount, 0);
    fill(dataset.testInputs, dataset.testTargets, testCount, trainCount);
    nameColumns(dataset);
    return dataset;
}

namespace {

struct CsvField {
    std::string text;
    std::size_t column = 1; // 1-based, in bytes, where the field starts on its line
};

// Splits one CSV line at the separator, as a spreadsheet writes it: a field in double quotes may
// hold the separator, and "" inside it is one quote. Fields are trimmed of spaces and a trailing '\r'.
// At most `limit` fields are split, so a line of millions of fields is never split whole: a line
// with more gives its first `limit` fields and sets `more`.
std::vector<CsvField> splitFields(std::string_view line, char separator, std::size_t limit, bool &more)
{
    std::vector<CsvField> fields;
    std::size_t position = 0;
    more = false;
    while (true) {
        if (fields.size() == limit) {
            more = true;
            break;
        }
        while (position < line.size() && (line[position] == ' ' || line[position] == '\t'))
            ++position;
        CsvField field;
        field.column = position + 1;
        if (position < line.size() && line[position] == '"') {
            ++position;
            while (position < line.size()) {
                if (line[position] == '"') {
                    if (position + 1 < line.size() && line[position + 1] == '"') {
                        field.text += '"';
                        position += 2;
                        continue;
                    }
                    ++position;
                    break;
                }
                field.text += line[position++];
            }
        }
        const std::size_t stop = std::min(line.find(separator, position), line.size());
        field.text += line.substr(position, stop - position);
        while (!field.text.empty() &&
               (field.text.back() == ' ' || field.text.back() == '\t' || field.text.back() == '\r'))
            field.text.pop_back();
        fields.push_back(std::move(field));
        if (stop == line.size())
            break;
        position = stop + 1;
    }
    return fields;
}

// A spreadsheet under a locale with a decimal comma separates columns by ';' and writes 0,5: the
// header tells which, as it holds names only.
char separatorOf(std::string_view headerLine)
{
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (const char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > 0 && commas == 0 ? ';' : ',';
}

} // namespace

Dataset parseCsvDataset(std::string_view text, std::string_view sourceName)
{
    const std::string where(sourceName);
    if (static_cast<std::int64_t>(text.size()) > kMaxCsvBytes)
        throw InputError(where + ": the file is larger than " + std::to_string(kMaxCsvBytes) + " bytes");
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        throw InputError(where + ": this is not a text file (byte 0x00 at offset " + std::to_string(nul) +
                         ")");

    // Lines are walked twice (count, then parse) rather than stored, so memory stays the matrices'.
    auto nextLine = [&](std::size_t &position) {
        const std::size_t newline = text.find('\n', position);
        const std::string_view line = text.substr(
            position, newline == std::string_view::npos ? std::string_view::npos : newline - position);
        position = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
        return line;
    };
    auto isBlank = [](std::string_view line) {
        return line.find_first_not_of(" \t\r") == std::string_view::npos;
    };
    std::int64_t lineCount = 0; // up to the last line that is not blank
    for (std::size_t position = 0, index = 1; position <= text.size(); ++index) {
        if (!isBlank(nextLine(position)))
            lineCount = static_cast<std::int64_t>(index);
    }
    if (lineCount == 0)
        throw InputError(where + ": the file is empty (expected a header row such as x1,x2,t1)");

    // Excel's "CSV UTF-8" starts with a byte-order mark.
    std::size_t position = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::string_view headerLine = nextLine(position);
    const char separator = separatorOf(headerLine);
    // The layer cap is checked while the header is read: a header of millions of columns is refused
    // after the first 2 × kMaxLayerSize + 1 (one kind then has too many) rather than split whole.
    bool moreColumns = false;
    const std::vector<CsvField> fieldsOfHeader =
        splitFields(headerLine, separator, 2 * static_cast<std::size_t>(kMaxLayerSize) + 1, moreColumns);
    std::vector<std::string> header;
    std::vector<std::size_t> inputColumns;
    std::vector<std::size_t> targetColumns;
    Dataset dataset;
    for (std::size_t c = 0; c < fieldsOfHeader.size(); ++c) {
        const std::string &name = fieldsOfHeader[c].text;
        const std::string place =
            where + ":1:" + std::to_string(fieldsOfHeader[c].column) + ": column " + std::to_string(c + 1);
        if (!isValidUtf8(name))
            throw InputError(place + "'s name is not UTF-8 text (" + describeFirstInvalidByte(name) + ")");
        if (!name.empty() && (name.front() == 'x' || name.front() == 'X')) {
            inputColumns.push_back(c);
            dataset.inputNames.emplace_back(name);
        } else if (!name.empty() && (name.front() == 't' || name.front() == 'T')) {
            targetColumns.push_back(c);
            dataset.targetNames.emplace_back(name);
        } else {
            throw InputError(place + " is named " + quotedForMessage(name) +
                             "; names must start with x (an input) or t (a target)");
        }
        if (static_cast<std::int64_t>(inputColumns.size()) > kMaxLayerSize ||
            static_cast<std::int64_t>(targetColumns.size()) > kMaxLayerSize)
            throw InputError(place + ": more than " + std::to_string(kMaxLayerSize) + " " +
                             (inputColumns.size() > targetColumns.size() ? "input" : "target") +
                             " columns (a layer has at most " + std::to_string(kMaxLayerSize) + " neurons)");
        header.push_back(name);
    }
    if (inputColumns.empty() || targetColumns.empty())
        throw InputError(where +
                         ":1: the header needs at least one input column (x…) and one target column (t…)");

    const std::int64_t rows = lineCount - 1;
    if (rows < 1)
        throw InputError(where + ": the file has a header but no samples");
    if (rows * static_cast<std::int64_t>(header.size()) > kMaxCsvCells)
        throw InputError(where + ": " + std::to_string(rows) + " rows of " + std::to_string(header.size()) +
                         " columns is more than the " + std::to_string(kMaxCsvCells) + " cells accepted");

    dataset.inputs.resize(static_cast<Eigen::Index>(inputColumns.size()), rows);
    dataset.targets.resize(static_cast<Eigen::Index>(targetColumns.size()), rows);
    std::vector<double> values(header.size());
    for (std::int64_t row = 0; row < rows; ++row) {
        const std::string_view line = nextLine(position);
        const std::string lineNumber = std::to_string(row + 2);
        bool moreFields = false;
        const std::vector<CsvField> fields = splitFields(line, separator, header.size() + 1, moreFields);
        if (fields.size() != header.size()) {
            // 0.1.0 wrote "0,5,1" for 0.5 and 1 under an Italian locale.
            const bool decimalCommas = separator == ',' && fields.size() > header.size() && hasDecimalCommas(line);
            throw InputError(where + ":" + lineNumber + ": expected " + std::to_string(header.size()) +
                             " values (as in the header), found " +
                             (moreFields ? "more than " + std::to_string(header.size() + 1)
                                         : std::to_string(fields.size())) +
                             (decimalCommas ? " (numbers with a decimal comma, such as 0,5? In a file whose "
                                              "columns are separated by commas, write 0.5, or separate the "
                                              "columns by ';' as a spreadsheet does under an Italian locale)"
                                            : ""));
        }
        for (std::size_t c = 0; c < fields.size(); ++c) {
            const std::string &field = fields[c].text;
            std::optional<double> value;
            if (separator == ';') {
                std::string withPoint = field;
                std::replace(withPoint.begin(), withPoint.end(), ',', '.');
                value = parseFiniteNumber(withPoint);
            } else {
                value = parseFiniteNumber(field);
            }
            if (!value)
                throw InputError(where + ":" + lineNumber + ":" + std::to_string(fields[c].column) + ": " +
                                 quotedForMessage(field) + " in column " + shownText(header[c]) +
                                 " is not a finite number");
            values[c] = *value;
        }
        for (std::size_t i = 0; i < inputColumns.size(); ++i)
            dataset.inputs(static_cast<Eigen::Index>(i), row) = values[inputColumns[i]];
        for (std::size_t i = 0; i < targetColumns.size(); ++i)
            dataset.targets(static_cast<Eigen::Index>(i), row) = values[targetColumns[i]];
    }
    return dataset;
}

Dataset loadCsvDataset(const std::string &path)
{
    Dataset dataset = parseCsvDataset(readTextFile(path, kMaxCsvBytes), path);
    dataset.name = std::filesystem::path(path).stem().string();
    dataset.description = "Loaded from " + path + ".";
    return dataset;
}

std::string datasetToCsv(const Dataset &dataset)
{
    std::string text;
    auto appendCell = [&text](bool first, const std::string &cell) {
        if (!first)
            text += ',';
        text += cell;
    };
    for (std::size_t i = 0; i < dataset.inputNames.size(); ++i)
        appendCell(i == 0, dataset.inputNames[i]);
    for (const std::string &name : dataset.targetNames)
        appendCell(false, name);
    text += '\n';
    for (Eigen::Index col = 0; col < dataset.inputs.cols(); ++col) {
        for (Eigen::Index row = 0; row < dataset.inputs.rows(); ++row)
            appendCell(row == 0, formatNumber(dataset.inputs(row, col)));
        for (Eigen::Index row = 0; row < dataset.targets.rows(); ++row)
            appendCell(false, formatNumber(dataset.targets(row, col)));
        text += '\n';
    }
    return text;
}

} // namespace bp
