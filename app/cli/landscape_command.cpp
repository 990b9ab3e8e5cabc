#include "app/cli/landscape_command.h"

#include "app/cli/cli.h"
#include "app/cli/cli_options.h"

#include "core/analysis/loss_landscape.h"
#include "core/analysis/parameter_name.h"
#include "core/data/preset.h"
#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "core/formats/message_text.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"
#include "core/training/trainer.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <iostream>
#include <ostream>
#include <sstream>
#include <thread>
#include <tuple>

#include <unistd.h>

namespace bp::cli {

const char *const kLandscapeSection =
    R"(  backprop-cli landscape (--model FILE | --preset NAME) [--data FILE.csv] [--weights A,B]
                        [--range LOW,HIGH[,LOW,HIGH]] [--grid N] [--lr RATE] [--output FILE.csv]
      The loss E over a grid of two weights (every other weight as in the model, the
      mean over every training sample, the model's loss), as CSV: a header naming the
      two weights and "loss", then one line per grid point, the first weight's value
      changing slowest. Weights are named as the window writes them, wˡⱼₖ as wL_J_K and
      the bias bˡⱼ as bL_J, 1-based: --weights w2_1_1,w2_1_2 is w²₁₁ and w²₁₂ (default:
      the two largest incoming weights of output neuron 1). --model FILE with --data
      FILE.csv or --preset NAME (its data); --preset alone takes its network with
      --seed S (default 1). --range gives both axes, or each, default the current
      values ± max(1, |w|); --grid N points per axis, 2 to 256 (default 64).
      A summary follows on stderr (on stdout with --output FILE.csv, which takes the
      CSV): the current point and E there, the gradient, the step −η∇E (--lr, default
      the preset's or 0.5), the lowest point of the slice and the angle between the
      step and the way to it.
)";

namespace {

struct Subject {
    Network network;
    Dataset dataset;
    double learningRate = 0.5;
};

Subject readSubject(const Options &options)
{
    if (!options.has("model") && !options.has("preset"))
        throw InputError("landscape needs --model FILE or --preset NAME (see backprop-cli landscape --help)");
    if (!options.has("data") && !options.has("preset"))
        throw InputError("landscape needs --data FILE.csv or --preset NAME for the samples");
    const std::uint64_t seed =
        options.has("seed") ? static_cast<std::uint64_t>(options.integer("seed", 0, 1LL << 53)) : 1;
    Subject subject;
    if (options.has("preset")) {
        const Preset preset = makePreset(options.value("preset"), seed);
        subject.network = options.has("model") ? loadModel(options.value("model")) : preset.makeNetwork(seed);
        subject.dataset = preset.dataset;
        subject.learningRate = preset.training.optimizer.learningRate;
    } else {
        subject.network = loadModel(options.value("model"));
    }
    if (options.has("data"))
        subject.dataset = loadCsvDataset(options.value("data"));
    if (options.has("lr")) {
        subject.learningRate = options.number("lr");
        if (const std::string problem = learningRateProblem(subject.learningRate); !problem.empty())
            throw InputError("--lr: " + problem);
    }
    if (subject.network.loss() == Loss::CrossEntropy)
        if (const std::string problem = crossEntropyTargetProblem(subject.dataset); !problem.empty())
            throw InputError(problem);
    return subject;
}

std::vector<double> rangeNumbers(const std::string &text)
{
    std::vector<double> numbers;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        const std::optional<double> value = parseFiniteNumber(part);
        if (!value)
            throw InputError("--range: " + quotedForMessage(part) + " is not a finite number");
        numbers.push_back(*value);
    }
    if (numbers.size() != 2 && numbers.size() != 4)
        throw InputError("--range: give LOW,HIGH for both axes or LOW,HIGH,LOW,HIGH for each, not " +
                         quotedForMessage(text));
    return numbers;
}

LandscapeRequest readRequest(const Options &options, const Network &network)
{
    ParameterIndex first, second;
    if (options.has("weights")) {
        const std::string text = options.value("weights");
        const std::size_t comma = text.find(',');
        if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos)
            throw InputError("--weights: give two names separated by a comma, e.g. w2_1_1,w2_1_2, not " +
                             quotedForMessage(text));
        first = parseParameterName(text.substr(0, comma), network);
        second = parseParameterName(text.substr(comma + 1), network);
    } else {
        std::tie(first, second) = largestIncomingWeights(network, network.layerCount(), 0);
    }
    const int grid = options.has("grid")
                         ? static_cast<int>(options.integer("grid", kMinLandscapeGrid, kMaxLandscapeGrid))
                         : 64;
    if (first == second)
        throw InputError("--weights: the two weights are the same (" + parameterName(first) + ")");
    LandscapeRequest request = centredRequest(network, first, second, grid);
    if (options.has("range")) {
        const std::vector<double> range = rangeNumbers(options.value("range"));
        request.firstLow = range[0];
        request.firstHigh = range[1];
        request.secondLow = range.size() == 4 ? range[2] : range[0];
        request.secondHigh = range.size() == 4 ? range[3] : range[1];
    }
    if (const std::string problem = landscapeRequestProblem(network, request); !problem.empty())
        throw InputError(problem);
    return request;
}

std::string landscapeCsv(const LossLandscape &slice)
{
    const LandscapeRequest &request = slice.request;
    const int n = request.gridSize;
    std::string text = parameterName(request.first) + "," + parameterName(request.second) + ",loss\n";
    for (int i = 0; i < n; ++i) {
        const std::string firstValue =
            formatNumber(landscapeAxisValue(request.firstLow, request.firstHigh, i, n));
        for (int j = 0; j < n; ++j)
            text += firstValue + "," +
                    formatNumber(landscapeAxisValue(request.secondLow, request.secondHigh, j, n)) + "," +
                    formatNumber(slice.loss(i, j)) + "\n";
    }
    return text;
}

void writeSummary(const LossLandscape &slice, std::ostream &out)
{
    const std::string a = parameterName(slice.request.first);
    const std::string b = parameterName(slice.request.second);
    out << "current point " << a << " = " << formatNumber(slice.currentFirst) << ", " << b << " = "
        << formatNumber(slice.currentSecond) << ", E = " << formatNumber(slice.currentLoss) << "\n"
        << "gradient ∂E/∂" << a << " = " << formatNumber(slice.gradientFirst) << ", ∂E/∂" << b << " = "
        << formatNumber(slice.gradientSecond) << "\n"
        << "step −η∇E (η = " << formatNumber(slice.learningRate) << ") = (" << formatNumber(slice.stepFirst)
        << ", " << formatNumber(slice.stepSecond) << ")\n"
        << "lowest point of the slice " << a << " = " << formatNumber(slice.lowestFirst) << ", " << b << " = "
        << formatNumber(slice.lowestSecond) << ", E = " << formatNumber(slice.lowestLoss)
        << (slice.refined ? " (between grid points)" : " (a grid point)") << "\n"
        << "angle between the step and the way to the lowest point: "
        << (std::isnan(slice.angleDegrees) ? std::string("undefined (no direction)")
                                           : formatSignificant(slice.angleDegrees, 4) + "°")
        << "\n";
}

} // namespace

int runLandscape(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err)
{
    const Options options(arguments, 1,
                          {"model", "data", "preset", "seed", "weights", "range", "grid", "lr", "output"}, {},
                          "landscape");
    const Subject subject = readSubject(options);
    const LandscapeRequest request = readRequest(options, subject.network);

    std::atomic<int> done{0};
    LossLandscape slice;
    const auto compute = [&] {
        slice = computeLossLandscape(subject.network, subject.dataset.inputs, subject.dataset.targets,
                                     request, subject.learningRate, nullptr, &done);
    };
    // On a terminal, a large slice (the digits net takes a second or more) shows its progress.
    const int total = request.gridSize * request.gridSize;
    if (&err == &std::cerr && ::isatty(STDERR_FILENO) != 0) {
        std::exception_ptr failure;
        std::atomic<bool> finished{false};
        std::thread worker([&] {
            try {
                compute();
            } catch (...) {
                failure = std::current_exception();
            }
            finished = true;
        });
        while (!finished) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            err << "\rgrid points " << done.load() << "/" << total << std::flush;
        }
        worker.join();
        err << "\r" << std::string(40, ' ') << "\r" << std::flush;
        if (failure)
            std::rethrow_exception(failure);
    } else {
        compute();
    }

    const std::string csv = landscapeCsv(slice);
    if (options.has("output")) {
        writeFileAtomically(options.value("output"), csv);
        writeSummary(slice, out);
    } else {
        out << csv;
        writeSummary(slice, err);
    }
    return kExitOk;
}

} // namespace bp::cli
