#include "ui/style/run_style.h"

#include "core/maths/activation.h"
#include "core/maths/network.h"
#include "core/maths/optimizer.h"
#include "ui/style/display_names.h"
#include "ui/style/palette.h"

#include <QCoreApplication>

namespace bp::ui {

namespace {

// The pattern (and colour) slot of a run: the focus takes slot 0, run 0 the focus's own slot.
int slotOf(int run, int focus)
{
    if (run == focus)
        return 0;
    return run == 0 ? focus : run;
}

QString initName(const std::string &name)
{
    const std::optional<InitScheme> scheme = parseInitScheme(name);
    if (!scheme)
        return QString::fromStdString(name);
    switch (*scheme) {
    case InitScheme::Uniform: return QCoreApplication::translate("RunStyle", "uniform init");
    case InitScheme::Xavier: return QCoreApplication::translate("RunStyle", "Xavier init");
    case InitScheme::He: return QCoreApplication::translate("RunStyle", "He init");
    }
    return {};
}

} // namespace

Qt::PenStyle runPenStyle(int run, int focus)
{
    static constexpr Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DotLine, Qt::DashDotLine,
                                               Qt::DashDotDotLine};
    return kStyles[static_cast<std::size_t>(slotOf(run, focus)) % 4];
}

QColor runColor(int run, int focus)
{
    const int slot = slotOf(run, focus);
    if (slot == 0)
        return palette::inkColor();
    // Okabe & Ito's palette for colour-blind readers.
    static const QColor kColors[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0x00, 0x9E, 0x73)};
    return kColors[static_cast<std::size_t>(slot - 1) % 3];
}

QString runLabel(const std::vector<LabelPart> &parts)
{
    QStringList pieces;
    for (const LabelPart &part : parts) {
        const QString value = QString::fromStdString(part.value);
        if (part.key == "η") {
            pieces << QStringLiteral("η = %1").arg(value);
        } else if (part.key == "optimizer") {
            const std::optional<Optimizer> optimizer = parseOptimizer(part.value);
            pieces << (optimizer ? optimizerDisplayName(*optimizer) : value);
        } else if (part.key == "batch") {
            pieces << (value == QLatin1String("0")
                           ? QCoreApplication::translate("RunStyle", "full batch")
                           : QCoreApplication::translate("RunStyle", "batch %1").arg(value));
        } else if (part.key == "init") {
            pieces << initName(part.value);
        } else if (part.key == "init-range") {
            pieces << QStringLiteral("U(±%1)").arg(value);
        } else {
            const std::optional<Activation> activation = parseActivation(part.value);
            const QString name = activation ? activationDisplayName(*activation) : value;
            pieces << (part.key == "f" ? QCoreApplication::translate("RunStyle", "hidden %1").arg(name)
                                       : QCoreApplication::translate("RunStyle", "layer %1 %2")
                                             .arg(QString::fromStdString(part.key.substr(1)), name));
        }
    }
    return pieces.join(QStringLiteral(", "));
}

} // namespace bp::ui
