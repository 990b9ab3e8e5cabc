#include "ui/style/display_names.h"

#include <QCoreApplication>

namespace bp::ui {

QString activationDisplayName(Activation activation)
{
    switch (activation) {
    case Activation::Logistic: return QCoreApplication::translate("DisplayNames", "logistic");
    case Activation::Tanh: return QCoreApplication::translate("DisplayNames", "tanh");
    case Activation::Relu: return QCoreApplication::translate("DisplayNames", "relu");
    case Activation::Identity: return QCoreApplication::translate("DisplayNames", "identity");
    case Activation::LeakyRelu: return QCoreApplication::translate("DisplayNames", "leaky relu");
    case Activation::Softmax: return QCoreApplication::translate("DisplayNames", "softmax");
    }
    return {};
}

QString lossDisplayName(Loss loss)
{
    switch (loss) {
    case Loss::HalfSquaredError: return QCoreApplication::translate("DisplayNames", "half squared error");
    case Loss::CrossEntropy: return QCoreApplication::translate("DisplayNames", "cross-entropy");
    }
    return {};
}

QString optimizerDisplayName(Optimizer optimizer)
{
    switch (optimizer) {
    case Optimizer::Sgd: return QCoreApplication::translate("DisplayNames", "SGD");
    case Optimizer::Momentum: return QCoreApplication::translate("DisplayNames", "momentum");
    case Optimizer::Adam: return QCoreApplication::translate("DisplayNames", "Adam");
    }
    return {};
}

} // namespace bp::ui
