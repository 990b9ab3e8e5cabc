// The neuron details print the selected neuron's numbers in the graph's one format (a sign and three
// significant digits), checked on the 2-2-2 network worked out by hand.
#include "core/maths/trace.h"
#include "tests/support/hand_network.h"
#include "ui/panels/neuron_details.h"
#include "ui/style/value_format.h"

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

QString shown(const Trace &trace, int layer, int neuron)
{
    NeuronDetails details;
    Selection selection;
    selection.kind = Selection::Kind::Neuron;
    selection.layer = layer;
    selection.neuron = neuron;
    details.showSelection(trace.before, &trace, {}, selection, false);
    return details.text().replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

TEST(NeuronDetails, PrintTheGraphsFormatWithASignAndThreeSignificantDigits)
{
    const Trace trace = traceSgdStep(test::handNetwork(), test::handInput(), test::handTarget(), 0.5);
    const QString minus = QString(QChar(kMinusSign));
    // Output neuron 1, by hand: z = 0.40·0.593270 + 0.45·0.596884 + 0.60 = 1.105906,
    // a = σ(z) = 0.751365, σ′(z) = a(1 − a) = 0.186816, δ = (a − t)σ′(z) = 0.741365·0.186816 = 0.138499.
    const QString output = shown(trace, 2, 0);
    EXPECT_TRUE(output.contains(QStringLiteral("z = +1.11"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("a = +0.751"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("δ = +0.138"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("b = +0.600"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("∂E/∂b = +0.138"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("(z) = +0.187"))) << output.toStdString();
    // Output neuron 2: δ = (0.772928 − 0.99)·0.175510 = −0.0380982.
    const QString second = shown(trace, 2, 1);
    EXPECT_TRUE(second.contains(QStringLiteral("δ = ") + minus + QStringLiteral("0.0381"))) << second.toStdString();
    // Hidden neuron 1: z = 0.15·0.05 + 0.20·0.10 + 0.35 = 0.3775, a = 0.593270.
    const QString hidden = shown(trace, 1, 0);
    EXPECT_TRUE(hidden.contains(QStringLiteral("z = +0.378"))) << hidden.toStdString();
    EXPECT_TRUE(hidden.contains(QStringLiteral("a = +0.593"))) << hidden.toStdString();
}

} // namespace
} // namespace bp::ui
