#pragma once

#include "core/maths/metrics.h"
#include "core/data/preset.h"
#include "core/training/trainer.h"

#include <QImage>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

namespace bp::ui::test {

/// The 8-3-8 encoder after some epochs of the preset's training (online SGD, η = 2).
struct TrainedEncoder {
    std::shared_ptr<const Dataset> dataset;
    Network network;
    /// aˡ of every layer for every sample: index l − 1 holds (nₗ × 8).
    std::vector<Matrix> activations;
    double accuracy = 0.0;
};

inline TrainedEncoder trainEncoder(std::uint64_t seed, int epochs)
{
    const Preset preset = makePreset("encoder-8-3-8");
    Trainer trainer(preset.makeNetwork(seed), preset.dataset, preset.training);
    double accuracy = 0.0;
    for (int epoch = 0; epoch < epochs; ++epoch)
        accuracy = trainer.runEpoch().accuracy;
    TrainedEncoder result;
    result.dataset = std::make_shared<const Dataset>(preset.dataset);
    result.network = trainer.network();
    result.activations = activationsOf(trainer.network(), preset.dataset.inputs);
    result.accuracy = epochs > 0 ? accuracy
                                 : evaluate(trainer.network(), preset.dataset.inputs, preset.dataset.targets,
                                            preset.dataset.targetKind())
                                       .accuracy;
    return result;
}

/// The widget drawn into an image of its size.
inline QImage renderWidget(QWidget &widget)
{
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    widget.render(&image);
    return image;
}

/// Distinct colours in an image, counted up to `limit` (enough to tell a blank canvas from a drawing).
inline int distinctColors(const QImage &image, int limit = 64)
{
    std::vector<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            if (std::find(seen.begin(), seen.end(), pixel) == seen.end()) {
                seen.push_back(pixel);
                if (static_cast<int>(seen.size()) >= limit)
                    return limit;
            }
        }
    }
    return static_cast<int>(seen.size());
}

} // namespace bp::ui::test
