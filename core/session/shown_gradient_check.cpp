#include "core/session/shown_gradient_check.h"

#include "core/formats/json_read.h"
#include "core/formats/model_io.h"

#include <cstring>

namespace bp {

namespace {

bool sameMatrix(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           (a.size() == 0 ||
            std::memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size()) * sizeof(double)) == 0);
}

bool sameNetwork(const Network &a, const Network &b)
{
    if (&a == &b)
        return true;
    if (a.sizes() != b.sizes() || a.loss() != b.loss())
        return false;
    for (int l = 1; l <= a.layerCount(); ++l)
        if (a.layer(l).activation != b.layer(l).activation ||
            !sameMatrix(a.layer(l).weights, b.layer(l).weights) ||
            !sameMatrix(a.layer(l).biases, b.layer(l).biases))
            return false;
    return true;
}

// The scalars of a check, in one list for the comparison.
std::vector<double> scalarsOf(const ShownGradientCheck &c)
{
    return {c.step, c.worstRelativeError, c.backpropSeconds, c.differenceSeconds, c.nearestKink.weightedInput,
            c.loss};
}

std::string column(const Matrix &matrix)
{
    std::string text = "[";
    for (Eigen::Index i = 0; i < matrix.size(); ++i)
        text += (i ? ", " : "") + shownNumber(matrix(i));
    return text + "]";
}

std::string integers(std::initializer_list<std::int64_t> values)
{
    // Appended piece by piece: "[" + std::string trips g++ 12's -Wrestrict false positive at -O3
    // (GCC bugs 105329, 105651; see CMakeLists.txt).
    std::string text = "[";
    for (const std::int64_t value : values)
        text.append(text.size() > 1 ? ", " : "").append(std::to_string(value));
    return text.append("]");
}

std::string boolean(bool value)
{
    return value ? "true" : "false";
}

} // namespace

bool canTravel(const ShownGradientCheck &check)
{
    return check.network && static_cast<std::int64_t>(check.parameters.size()) <= kMaxShownCheckParameters &&
           check.network->parameterCount() <= kMaxShownCheckNetworkParameters;
}

bool identical(const ShownGradientCheck &a, const ShownGradientCheck &b)
{
    if (&a == &b)
        return true;
    if (!a.network || !b.network || !sameNetwork(*a.network, *b.network) || !sameMatrix(a.input, b.input) ||
        !sameMatrix(a.target, b.target) || a.sample != b.sample || a.requestedAtMs != b.requestedAtMs ||
        a.plan.fullCheckLimit != b.plan.fullCheckLimit || a.plan.samplePerLayer != b.plan.samplePerLayer ||
        a.plan.seed != b.plan.seed || a.plan.checkAll != b.plan.checkAll || !(a.worst == b.worst) ||
        a.forwardPasses != b.forwardPasses || a.nearestKink.layer != b.nearestKink.layer ||
        a.nearestKink.neuron != b.nearestKink.neuron || a.stale != b.stale ||
        a.parameters.size() != b.parameters.size())
        return false;
    if (!sameBits(scalarsOf(a), scalarsOf(b)))
        return false;
    for (std::size_t i = 0; i < a.parameters.size(); ++i) {
        const CheckedParameter &p = a.parameters[i];
        const CheckedParameter &q = b.parameters[i];
        if (!(p.index == q.index) || !sameBits(p.analytic, q.analytic) || !sameBits(p.numeric, q.numeric) ||
            !sameBits(p.relativeError, q.relativeError))
            return false;
    }
    return true;
}

std::string shownGradientCheckToJson(const ShownPicture<ShownGradientCheck> &shown, const Network &runNetwork)
{
    if (shown.id == 0)
        return "null";
    if (!shown.whole)
        return shownPictureOpening(shown.id, false);
    const ShownGradientCheck &c = *shown.whole;
    std::string text = shownPictureOpening(shown.id, true);
    // A fresh check is of the network the state brings: its weights need not travel twice.
    text += ", \"network\": " +
            (sameNetwork(*c.network, runNetwork) ? std::string("null") : modelToJson(*c.network));
    text += ", \"input\": " + column(c.input) + ", \"target\": " + column(c.target) +
            ", \"sample\": " + std::to_string(c.sample) +
            ", \"requested_at_ms\": " + std::to_string(c.requestedAtMs) + ", \"h\": " + shownNumber(c.step) +
            ", \"plan\": {\"full_check_limit\": " + std::to_string(c.plan.fullCheckLimit) +
            ", \"sample_per_layer\": " + std::to_string(c.plan.samplePerLayer) +
            ", \"seed\": " + std::to_string(c.plan.seed) + ", \"check_all\": " + boolean(c.plan.checkAll) +
            "}, \"parameters\": [";
    for (std::size_t i = 0; i < c.parameters.size(); ++i) {
        const CheckedParameter &p = c.parameters[i];
        text.append(i ? ", [" : "[")
            .append(std::to_string(p.index.layer))
            .append(", ")
            .append(std::to_string(p.index.row))
            .append(", ")
            .append(std::to_string(p.index.column));
        text += ", " + shownNumber(p.analytic) + ", " + shownNumber(p.numeric) + ", " +
                shownNumber(p.relativeError) + "]";
    }
    std::string worst = integers({c.worst.layer, c.worst.row, c.worst.column});
    worst.pop_back();
    text += "], \"worst\": " + worst + ", " + shownNumber(c.worstRelativeError) + "]" +
            ", \"forward_passes\": " + std::to_string(c.forwardPasses) + ", \"seconds\": [" +
            shownNumber(c.backpropSeconds) + ", " + shownNumber(c.differenceSeconds) + "]";
    std::string kink = integers({c.nearestKink.layer, c.nearestKink.neuron});
    kink.pop_back();
    text += ", \"kink\": " + kink + ", " + shownNumber(c.nearestKink.weightedInput) + "]" +
            ", \"loss\": " + shownNumber(c.loss) + ", \"stale\": " + boolean(c.stale) + "}";
    return text;
}

ShownPicture<ShownGradientCheck> readShownGradientCheck(std::string_view source, const JsonValue &value,
                                                        const std::string &path, const Network &runNetwork,
                                                        std::int64_t samples)
{
    ShownPicture<ShownGradientCheck> shown;
    if (!readShownPictureId(source, value, path, shown.id))
        return shown;
    auto member = [&](const char *key) -> const JsonValue & {
        return json::member(source, value, key, path);
    };
    auto at = [&](const char *key) { return path + "." + key; };
    auto check = std::make_shared<ShownGradientCheck>();

    const JsonValue &model = member("network");
    if (model.type == JsonValue::Type::Null) {
        check->network = std::make_shared<const Network>(runNetwork);
    } else {
        auto network = std::make_shared<const Network>(networkFromJson(model, source));
        if (network->parameterCount() > kMaxShownCheckNetworkParameters)
            json::failAt(source, model, at("network"),
                         "more than " + std::to_string(kMaxShownCheckNetworkParameters) + " parameters");
        check->network = std::move(network);
    }
    const Network &network = *check->network;
    check->input = json::vector(source, member("input"), at("input"), network.inputSize());
    check->target = json::vector(source, member("target"), at("target"), network.outputSize());
    check->sample = static_cast<int>(json::integer(source, member("sample"), at("sample"), -1, samples - 1));
    check->requestedAtMs = static_cast<int>(
        json::integer(source, member("requested_at_ms"), at("requested_at_ms"), 0, 86'399'999));
    check->step = json::number(source, member("h"), at("h"));
    if (!(check->step > 0.0))
        json::failAt(source, member("h"), at("h"), "expected a positive step");

    const JsonValue &plan = member("plan");
    const std::string planPath = at("plan");
    auto planMember = [&](const char *key) -> const JsonValue & {
        return json::member(source, plan, key, planPath);
    };
    check->plan.fullCheckLimit = json::integer(source, planMember("full_check_limit"),
                                               planPath + ".full_check_limit", 0, kMaxParameters);
    check->plan.samplePerLayer = static_cast<int>(json::integer(
        source, planMember("sample_per_layer"), planPath + ".sample_per_layer", 1, kMaxParameters));
    check->plan.seed = static_cast<std::uint64_t>(
        json::integer(source, planMember("seed"), planPath + ".seed", 0, 1LL << 53));
    check->plan.checkAll = json::boolean(source, planMember("check_all"), planPath + ".check_all");

    // A parameter (layer, row, column) of the checked network, read from three whole numbers.
    auto parameter = [&](const JsonValue &items, const std::string &itemPath) {
        const int layer = static_cast<int>(
            json::integer(source, items.items[0], json::at(itemPath, 0), 1, network.layerCount()));
        const Layer &weights = network.layer(layer);
        return ParameterIndex{layer,
                              static_cast<int>(json::integer(source, items.items[1], json::at(itemPath, 1), 0,
                                                             weights.weights.rows() - 1)),
                              static_cast<int>(json::integer(source, items.items[2], json::at(itemPath, 2),
                                                             -1, weights.weights.cols() - 1))};
    };
    const std::string parametersPath = at("parameters");
    const JsonValue &parameters = json::array(source, member("parameters"), parametersPath, -1, "parameters");
    if (static_cast<std::int64_t>(parameters.items.size()) > kMaxShownCheckParameters)
        json::failAt(source, parameters, parametersPath,
                     "more than " + std::to_string(kMaxShownCheckParameters) + " parameters");
    check->parameters.reserve(parameters.items.size());
    for (std::size_t i = 0; i < parameters.items.size(); ++i) {
        const std::string itemPath = json::at(parametersPath, i);
        const JsonValue &items =
            json::array(source, parameters.items[i], itemPath, 6,
                        "values [layer, row, column, backprop, central difference, relative error]");
        CheckedParameter p;
        p.index = parameter(items, itemPath);
        p.analytic = json::measurement(source, items.items[3], json::at(itemPath, 3));
        p.numeric = json::measurement(source, items.items[4], json::at(itemPath, 4));
        p.relativeError = json::measurement(source, items.items[5], json::at(itemPath, 5));
        check->parameters.push_back(p);
    }

    const std::string worstPath = at("worst");
    const JsonValue &worst =
        json::array(source, member("worst"), worstPath, 4, "values [layer, row, column, relative error]");
    if (check->parameters.empty()) {
        // Nothing checked, nothing worst: layer 0.
        json::integer(source, worst.items[0], json::at(worstPath, 0), 0, 0);
    } else {
        check->worst = parameter(worst, worstPath);
    }
    check->worstRelativeError = json::measurement(source, worst.items[3], json::at(worstPath, 3));
    check->forwardPasses = json::integer(source, member("forward_passes"), at("forward_passes"), 0,
                                         2 * kMaxShownCheckParameters);
    const JsonValue &seconds =
        json::array(source, member("seconds"), at("seconds"), 2, "numbers [backprop, differences]");
    check->backpropSeconds = json::number(source, seconds.items[0], json::at(at("seconds"), 0));
    check->differenceSeconds = json::number(source, seconds.items[1], json::at(at("seconds"), 1));

    const std::string kinkPath = at("kink");
    const JsonValue &kink = json::array(source, member("kink"), kinkPath, 3, "values [layer, neuron, z]");
    check->nearestKink.layer = static_cast<int>(
        json::integer(source, kink.items[0], json::at(kinkPath, 0), 0, network.layerCount()));
    const int kinkLayerSize = network.sizes()[static_cast<std::size_t>(check->nearestKink.layer)];
    check->nearestKink.neuron = static_cast<int>(json::integer(
        source, kink.items[1], json::at(kinkPath, 1), 0, check->nearestKink.layer ? kinkLayerSize - 1 : 0));
    check->nearestKink.weightedInput = json::measurement(source, kink.items[2], json::at(kinkPath, 2));
    check->loss = json::measurement(source, member("loss"), at("loss"));
    check->stale = json::boolean(source, member("stale"), at("stale"));
    shown.whole = std::move(check);
    return shown;
}

} // namespace bp
