#include "ui/charts/change_markers.h"

#include "core/number_format.h"
#include "ui/style/value_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace bp::ui {

namespace {

// A number as the file wrote it, printed as the rest of the window prints numbers.
QString number(const std::string &text)
{
    // The shortest form that reads back as the value ("0.4", not "0.40000000000000002" or "0.4000").
    const std::optional<double> value = parseFiniteNumber(text);
    if (!value)
        return QString::fromStdString(text);
    return QLocale::c().toString(*value, 'g', QLocale::FloatingPointShortest).replace(u'-', QChar(kMinusSign));
}

QString batch(const std::string &text)
{
    return text == "0" ? QCoreApplication::translate("ChangeMarkers", "all") : QString::fromStdString(text);
}

QString name(const std::string &text)
{
    return QString::fromStdString(text);
}

QString activationLabel(const QList<int> &layers, const LiveChange &change)
{
    QStringList numbers;
    for (const int layer : layers)
        numbers << QString::number(layer);
    return (layers.size() == 1 ? QCoreApplication::translate("ChangeMarkers", "layer %1: %2 → %3") : QCoreApplication::translate("ChangeMarkers", "layers %1: %2 → %3"))
        .arg(numbers.join(QStringLiteral(", ")), name(change.from), name(change.to));
}

} // namespace

QString changeLabel(const LiveChange &change)
{
    switch (change.kind) {
    case ChangeKind::LearningRate:
        return QCoreApplication::translate("ChangeMarkers", "η %1 → %2").arg(number(change.from), number(change.to));
    case ChangeKind::Optimizer:
        return QCoreApplication::translate("ChangeMarkers", "optimizer %1 → %2").arg(name(change.from), name(change.to));
    case ChangeKind::BatchSize:
        return QCoreApplication::translate("ChangeMarkers", "batch %1 → %2").arg(batch(change.from), batch(change.to));
    case ChangeKind::Activation:
        return activationLabel({change.layer}, change);
    case ChangeKind::Loss:
        return QCoreApplication::translate("ChangeMarkers", "loss %1 → %2").arg(name(change.from), name(change.to));
    case ChangeKind::Architecture:
        return QCoreApplication::translate("ChangeMarkers", "layers %1 → %2").arg(name(change.from), name(change.to));
    case ChangeKind::Data:
        return QCoreApplication::translate("ChangeMarkers", "data %1 → %2 samples").arg(name(change.from), name(change.to));
    case ChangeKind::Parameter:
        return QCoreApplication::translate("ChangeMarkers", "%1 %2 → %3")
            .arg(change.input < 0 ? indexedSymbol(QStringLiteral("b"), change.layer, change.neuron + 1)
                                  : indexedSymbol(QStringLiteral("w"), change.layer, change.neuron + 1,
                                                  change.input + 1),
                 number(change.from), number(change.to));
    }
    return {};
}

QList<ChartMarker> changeMarkers(const std::vector<LiveChange> &changes)
{
    std::map<std::int64_t, ChartMarker> byEpoch;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const LiveChange &change = changes[i];
        ChartMarker &marker = byEpoch[change.epoch];
        marker.epoch = static_cast<double>(change.epoch);
        if (change.kind != ChangeKind::Activation) {
            marker.labels << changeLabel(change);
            continue;
        }
        // The layers of one edit that went the same way, told once.
        QList<int> layers{change.layer};
        while (i + 1 < changes.size()) {
            const LiveChange &next = changes[i + 1];
            if (next.kind != ChangeKind::Activation || next.epoch != change.epoch || next.editId != change.editId ||
                next.stepCount != change.stepCount || next.from != change.from || next.to != change.to)
                break;
            layers << next.layer;
            ++i;
        }
        marker.labels << activationLabel(layers, change);
    }
    QList<ChartMarker> markers;
    for (auto &[epoch, marker] : byEpoch)
        markers << marker;
    return markers;
}

} // namespace bp::ui
