#include "ui/charts/training_charts.h"

#include "core/training/trainer.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"

#include <QCoreApplication>
#include <QHBoxLayout>

#include <algorithm>

namespace bp::ui {

TrainingCharts::TrainingCharts(QWidget *parent)
    : QWidget(parent), m_loss(new LossChart(this)), m_gradient(new GradientChart(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_loss, 1);
    layout->addWidget(m_gradient, 1);
    setAutoFillBackground(true);
    auto paintCanvas = [this] {
        QPalette background = palette();
        background.setColor(QPalette::Window, palette::canvasColor());
        setPalette(background);
    };
    paintCanvas();
    connect(&Theme::instance(), &Theme::changed, this, paintCanvas);
}

void TrainingCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    alignHeaders();
}

void TrainingCharts::alignHeaders()
{
    // Equal headers put both plots at the same height, so their epochs line up across the pair.
    m_loss->setHeaderMinimumHeight(0);
    m_gradient->setHeaderMinimumHeight(0);
    const int height = std::max(m_loss->headerHeight(), m_gradient->headerHeight());
    m_loss->setHeaderMinimumHeight(height);
    m_gradient->setHeaderMinimumHeight(height);
}

void TrainingCharts::appendEpoch(const bp::EpochMetrics &metrics)
{
    m_loss->appendEpoch(metrics);
    m_gradient->appendEpoch(metrics);
}

void TrainingCharts::setLayerCount(int layers)
{
    m_gradient->setLayerCount(layers);
}

void TrainingCharts::clear()
{
    m_loss->clear();
    m_gradient->clear();
}

void TrainingCharts::addMarker(double epoch, const QString &label)
{
    m_loss->addMarker(epoch, label);
    m_gradient->addMarker(epoch, label);
}

void TrainingCharts::setAutoScale(bool on)
{
    m_loss->setAutoScale(on);
    m_gradient->setAutoScale(on);
}

void TrainingCharts::flush()
{
    m_loss->flush();
    m_gradient->flush();
    alignHeaders();
}

void TrainingCharts::prepareForExport()
{
    ensurePolished();
    if (layout())
        layout()->activate();
    alignHeaders();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_loss->prepareForExport();
    m_gradient->prepareForExport();
}

bool TrainingCharts::exportPng(const QString &path)
{
    prepareForExport();
    return exportWidgetPng(this, path);
}

bool TrainingCharts::exportSvg(const QString &path)
{
    prepareForExport();
    return exportWidgetSvg(this, path, tr("Training charts"));
}

bool TrainingCharts::exportCsv(const QString &path)
{
    return EpochChart::exportCsv(path, {m_loss, m_gradient});
}

} // namespace bp::ui
