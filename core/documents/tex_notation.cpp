#include "core/documents/tex_notation.h"

namespace bp {

std::string index(int number)
{
    return std::to_string(number);
}

std::string layerRange(int from, int to)
{
    return from == to ? "layer " + index(from) : "l = " + index(from) + " to " + index(to);
}

std::string sym(const std::string &name, int layer, int neuron)
{
    return name + "^{" + index(layer) + "}_{" + index(neuron + 1) + "}";
}

std::string weightSym(int layer, int j, int k)
{
    const std::string separator = (j + 1 >= 10 || k + 1 >= 10) ? "," : "";
    return "w^{" + index(layer) + "}_{" + index(j + 1) + separator + index(k + 1) + "}";
}

std::string targetSym(int neuron)
{
    return "t_{" + index(neuron + 1) + "}";
}

std::string partial(const std::string &of)
{
    return "\\frac{\\partial E}{\\partial " + of + "}";
}

std::string functionTex(Activation activation)
{
    switch (activation) {
    case Activation::Logistic: return "\\sigma";
    case Activation::Tanh: return "\\tanh";
    case Activation::Relu: return "\\operatorname{relu}";
    case Activation::Identity: return "\\operatorname{id}";
    case Activation::LeakyRelu: return "\\operatorname{lrelu}";
    case Activation::Softmax: return "\\operatorname{softmax}";
    }
    return "f";
}

std::vector<std::string> sumRows(const std::string &lead, const std::vector<std::string> &terms,
                                 const std::string &tail)
{
    std::vector<std::string> rows;
    std::string row = lead;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (i > 0 && i % kTermsPerRow == 0) {
            rows.push_back(row);
            row = "&\\quad " + terms[i];
            continue;
        }
        row += (i ? " " : "") + terms[i];
    }
    row += tail;
    rows.push_back(row);
    return rows;
}

} // namespace bp
