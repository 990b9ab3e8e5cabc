// Backprop Studio: the one place that knows both the training controller (app) and the widgets (ui).
#include "app/class/class_server.h"
#include "app/class_session_link.h"
#include "app/language.h"
#include "app/recovery/autosaver.h"
#include "app/recovery/recovery_store.h"
#include "app/studio.h"
#include "app/training/training_controller.h"
#include "core/data/lesson_registry.h"
#include "core/formats/error.h"
#include "core/formats/json.h"
#include "core/formats/number_format.h"
#include "core/maths/random.h"
#include "ui/graph/network_view.h"
#include "ui/style/theme.h"
#include "ui/teach/guided_lesson.h"
#include "ui/window/class_session_widgets.h"
#include "ui/style/application_look.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace {

// Counts the frames the network view paints and how long apart they are, for --measure-frames.
class FrameMeter : public QObject {
public:
    explicit FrameMeter(QObject *parent) : QObject(parent) { m_clock.start(); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_intervals.push_back(static_cast<double>(now - m_last) / 1e6);
            m_last = now;
        }
        return QObject::eventFilter(watched, event);
    }

    int frames() const { return static_cast<int>(m_intervals.size()); }
    double percentile(double p) const
    {
        if (m_intervals.empty())
            return 0.0;
        std::vector<double> sorted = m_intervals;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1,
                               static_cast<std::size_t>(p * static_cast<double>(sorted.size())))];
    }

private:
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_intervals;
};

// A lesson of the given shape on random data, to measure drawing and training at that size.
bp::Preset randomLesson(const QString &sizesText)
{
    std::vector<int> sizes;
    for (const QString &part : sizesText.split(',')) {
        bool ok = false;
        const int size = part.toInt(&ok);
        if (!ok)
            throw bp::InputError("'" + part.toStdString() + "' is not a layer size");
        sizes.push_back(size);
    }
    std::vector<bp::Activation> activations(sizes.size() > 1 ? sizes.size() - 1 : 0,
                                            bp::Activation::Logistic);
    const std::string problem = bp::Network::validateShape(
        std::vector<std::int64_t>(sizes.begin(), sizes.end()), activations, bp::Loss::HalfSquaredError);
    if (!problem.empty())
        throw bp::InputError(problem);
    bp::Preset lesson;
    lesson.name = "random";
    lesson.title = "Random data";
    lesson.layers = sizes;
    lesson.activations = activations;
    lesson.init = bp::InitScheme::Xavier;
    constexpr int kSamples = 1000;
    bp::Random random(7);
    lesson.dataset.name = "random";
    lesson.dataset.inputs.resize(sizes.front(), kSamples);
    lesson.dataset.targets = bp::Matrix::Zero(sizes.back(), kSamples);
    for (int i = 0; i < kSamples; ++i) {
        for (int r = 0; r < sizes.front(); ++r)
            lesson.dataset.inputs(r, i) = random.uniform01();
        lesson.dataset.targets(
            static_cast<Eigen::Index>(random.below(static_cast<std::uint64_t>(sizes.back()))), i) = 1.0;
    }
    lesson.training.batchSize = 32;
    lesson.training.optimizer.learningRate = 0.1;
    return lesson;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication application(argc, argv);
    QApplication::setApplicationName("Backprop Studio");
    QApplication::setOrganizationName("Backprop Studio");
    QApplication::setApplicationVersion(BP_VERSION);
    bp::ui::applyApplicationLook();
    // The same id as the installed launcher and AppStream metainfo, so desktops match the window to them.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.backprop_studio.BackpropStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/backprop-studio.svg")));
    // The theme chosen in Preferences, before any widget exists, so none is drawn in another one.
    bp::ui::Theme::instance().load(QSettings());

    QCommandLineParser parser;
    parser.setApplicationDescription("Watch backpropagation happen.");
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption presetOption("preset", "The lesson to open (default encoder-8-3-8).", "name",
                                    "encoder-8-3-8");
    QCommandLineOption seedOption("seed", "Seed of the initial weights (default 1).", "n", "1");
    QCommandLineOption measureOption(
        "measure-frames",
        "Train continuously while drawing for this many seconds, print one JSON line with "
        "frames_per_second, frame_ms_p99 and samples_per_second, and exit.",
        "seconds");
    QCommandLineOption layersOption(
        "measure-layers",
        "With --measure-frames: the network's layer sizes instead of the lesson's, e.g. "
        "784,128,10 (on random data).",
        "sizes");
    QCommandLineOption languageOption(
        "language", "The interface language: en or it (default: the Preferences' choice, else the system's).",
        "code");
    QCommandLineOption classHostOption(
        "class-host", "Start a class session on ADDRESS:PORT (127.0.0.1 when only PORT is given).",
        "[address:]port");
    QCommandLineOption joinOption("join", "Follow the class session of the lecturer at ADDRESS:PORT.",
                                  "address:port");
    QCommandLineOption classCodeOption("class-code", "The session code, with --class-host or --join.",
                                       "code");
    parser.addOptions({presetOption, seedOption, measureOption, layersOption, languageOption, classHostOption,
                       joinOption, classCodeOption});
    parser.addPositionalArgument("file", "An experiment file to open (.bpx.json), as File > Open does.",
                                 "[file]");
    parser.process(application);

    // Before any widget exists, so that every tr() in the window already finds the translation.
    QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (parser.isSet(languageOption)) {
        language = parser.value(languageOption);
        if (language != QLatin1String("en") && language != QLatin1String("it")) {
            std::fprintf(stderr, "backprop-studio: --language: '%s' is not one of en, it\n",
                         qPrintable(language));
            return 2;
        }
    }
    const QString effectiveLanguage = bp::installTranslators(application, bp::resolveLanguage(language));
    // The default locale is C (numbers as the core writes them); dates read in the UI's language.
    const QLocale dates = effectiveLanguage == QLatin1String("en") ? QLocale() : QLocale(effectiveLanguage);

    const QString preset = parser.value(presetOption);
    if (!bp::findLesson(preset.toStdString())) {
        std::fprintf(stderr, "backprop-studio: unknown lesson '%s'\n", qPrintable(preset));
        return 2;
    }
    // backprop-studio FILE (a double-click in a file manager): that experiment instead of the last one.
    QString experimentFile;
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty()) {
        if (files.size() > 1) {
            std::fprintf(stderr, "backprop-studio: one experiment file at a time, not %lld\n",
                         static_cast<long long>(files.size()));
            return 2;
        }
        const QFileInfo info(files.front());
        if (!info.isFile()) {
            std::fprintf(stderr, "backprop-studio: %s: no such experiment file\n", qPrintable(files.front()));
            return 2;
        }
        experimentFile = info.absoluteFilePath();
    }
    // A class session: the checks a script needs before any window opens.
    QString classAddress;
    quint16 classPort = 0;
    if (parser.isSet(classHostOption) || parser.isSet(joinOption)) {
        QString problem;
        const bool hosting = parser.isSet(classHostOption);
        if (hosting && parser.isSet(joinOption)) {
            std::fprintf(stderr,
                         "backprop-studio: --class-host and --join: a window hosts or follows, not both\n");
            return 2;
        }
        if (parser.value(classCodeOption).trimmed().isEmpty()) {
            std::fprintf(stderr, "backprop-studio: %s needs --class-code CODE\n",
                         hosting ? "--class-host" : "--join");
            return 2;
        }
        const bool valid =
            hosting ? bp::parseClassHost(parser.value(classHostOption), &classAddress, &classPort, &problem)
                    : bp::ui::splitHostAndPort(parser.value(joinOption), &classAddress, &classPort, &problem);
        if (!valid) {
            std::fprintf(stderr, "backprop-studio: %s: %s\n", hosting ? "--class-host" : "--join",
                         qPrintable(problem));
            return 2;
        }
    }
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        std::fprintf(stderr, "backprop-studio: --seed: '%s' is not a whole number\n",
                     qPrintable(parser.value(seedOption)));
        return 2;
    }

    bp::TrainingController controller;
    bp::ui::MainWindow window;
    bp::connectStudio(controller, window);
    if (parser.isSet(layersOption)) {
        try {
            controller.loadLesson(randomLesson(parser.value(layersOption)), seed);
        } catch (const std::exception &error) {
            std::fprintf(stderr, "backprop-studio: --measure-layers: %s\n", error.what());
            return 2;
        }
    }
    // The lesson named on the command line, else the one open last time, else 8-3-8.
    QString lesson = preset;
    if (!parser.isSet(presetOption) && !parser.isSet(measureOption)) {
        const QString last = window.lastLesson();
        if (bp::findLesson(last.toStdString()))
            lesson = last;
    }
    window.setAskToSaveOnClose(!parser.isSet(measureOption));
    if (parser.isSet(measureOption) || !window.restoreSettings())
        window.showMaximized();
    else
        window.show();
    bp::ClassSessionLink classLink(window);
    if (parser.isSet(classHostOption) &&
        !classLink.host(classAddress, classPort, parser.value(classCodeOption).trimmed().toUpper())) {
        std::fprintf(stderr, "backprop-studio: --class-host: %s\n",
                     qPrintable(classLink.server()->errorString()));
        return 2;
    }
    if (parser.isSet(joinOption))
        classLink.join(parser.value(joinOption), parser.value(classCodeOption));

    if (!parser.isSet(measureOption)) {
        bp::RecoveryStore recovery(bp::RecoveryStore::defaultFolder());
        bp::Autosaver autosaver(controller, recovery, [&window] { return window.hasUnsavedWork(); });
        autosaver.setBeforeWrite([&] { controller.setView(window.currentView()); });
        QObject::connect(&autosaver, &bp::Autosaver::autosaveFailed, &window,
                         [&window](const QString &message) {
                             window.showMessage(QObject::tr("Autosave failed: %1").arg(message));
                         });
        if (!recovery.isUsable())
            window.showMessage(QObject::tr("No autosave: cannot write to %1").arg(recovery.folder()));
        bp::RecoveryPrompts prompts;
        prompts.askToRestore = [&window, &dates](const bp::RecoveryOffer &offer) {
            QMessageBox box(QMessageBox::Question, QObject::tr("Restore the last session?"),
                            QObject::tr("Backprop Studio did not close properly last time. Its session was "
                                        "saved automatically:"),
                            QMessageBox::NoButton, &window);
            QString details = QObject::tr("Lesson: %1\nEpoch: %2\nSaved: %3")
                                  .arg(offer.lesson.isEmpty() ? QObject::tr("(built by hand)") : offer.lesson)
                                  .arg(offer.epoch)
                                  .arg(dates.toString(offer.written, QLocale::LongFormat));
            // A file named on the command line is what the user asked for now; the saved session
            // must not be lost for it, so it can wait for the next start instead of being discarded.
            if (!offer.fileAsked.isEmpty())
                details += QStringLiteral("\n\n") +
                           QObject::tr("You asked to open %1. Restoring the session opens it instead; "
                                       "\"Open the file\" keeps the session for the next start.")
                               .arg(QFileInfo(offer.fileAsked).fileName());
            box.setInformativeText(details);
            QPushButton *restore = box.addButton(QObject::tr("Restore"), QMessageBox::AcceptRole);
            QPushButton *later = offer.fileAsked.isEmpty()
                                     ? nullptr
                                     : box.addButton(QObject::tr("Open the file"), QMessageBox::RejectRole);
            box.addButton(QObject::tr("Discard"), QMessageBox::DestructiveRole);
            box.setDefaultButton(later ? later : restore);
            box.setEscapeButton(static_cast<QAbstractButton *>(nullptr));
            box.exec();
            if (box.clickedButton() == restore)
                return bp::RecoveryChoice::Restore;
            if (later && box.clickedButton() == later)
                return bp::RecoveryChoice::KeepForLater;
            return bp::RecoveryChoice::Discard;
        };
        prompts.reportBroken = [&window](const QString &message) {
            QMessageBox::warning(&window, QObject::tr("A recovery file could not be read"), message);
        };
        const bool recovered = bp::offerRecovery(recovery, window, prompts, experimentFile);
        if (!recovered && !parser.isSet(layersOption))
            controller.loadPreset(lesson, seed);
        // The first start offers the guided lesson (once), after the window has its final layout.
        const bool lessonChosen = parser.isSet(presetOption) || parser.isSet(layersOption);
        QTimer::singleShot(400, &window, [&window, lessonChosen] {
            QSettings settings;
            window.guidedLesson()->offerOnFirstStart(settings, lessonChosen);
        });
        // The experiment open when the app last closed, unless a crashed session was restored or a
        // lesson was asked for by name.
        if (!recovered && !experimentFile.isEmpty())
            window.openExperimentFile(experimentFile);
        else if (recovered && !experimentFile.isEmpty())
            window.showMessage(QObject::tr("%1 was not opened: the restored session is open. Open it with "
                                           "File › Open experiment…")
                                   .arg(QFileInfo(experimentFile).fileName()));
        else if (!recovered && !parser.isSet(presetOption) && !parser.isSet(layersOption))
            window.reopenLastExperiment();
        const int status = QApplication::exec();
        // A clean exit: the work was saved or the user chose to discard it.
        recovery.removeOwn();
        return status;
    }
    if (!parser.isSet(layersOption))
        controller.loadPreset(lesson, seed);
    if (!experimentFile.isEmpty())
        window.openExperimentFile(experimentFile);

    bool secondsOk = false;
    const double seconds = parser.value(measureOption).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0 || seconds > 3600) {
        std::fprintf(stderr, "backprop-studio: --measure-frames: expected seconds from 0 to 3600\n");
        return 2;
    }
    auto *meter = new FrameMeter(&window);
    window.networkView()->installEventFilter(meter);
    qint64 windowUpMs = -1;
    QObject::connect(&window, &bp::ui::MainWindow::snapshotShown, &window, [&] {
        if (windowUpMs < 0)
            windowUpMs = startup.elapsed();
    });
    // Redraw at the display's rate while training, as a running classroom session does.
    QTimer frameTimer;
    QObject::connect(&frameTimer, &QTimer::timeout, window.networkView(), qOverload<>(&QWidget::update));
    controller.setPace(0.0);
    QTimer::singleShot(200, &window, [&] {
        controller.play();
        frameTimer.start(16);
    });
    // Training throughput over the whole measured span: samples seen between its two ends.
    auto samplesSeen = [&controller] {
        const bp::SnapshotPointer s = controller.snapshot();
        return s ? s->epoch * s->dataset->sampleCount() +
                       (s->positionInEpoch % std::max(1, s->dataset->sampleCount()))
                 : std::int64_t{0};
    };
    QElapsedTimer measured;
    int framesAtStart = 0;
    std::int64_t samplesAtStart = 0;
    QTimer::singleShot(200 + 500, &window, [&] {
        measured.start();
        framesAtStart = meter->frames();
        samplesAtStart = samplesSeen();
    });
    QTimer::singleShot(static_cast<int>(200 + 500 + seconds * 1000), &window, [&] {
        const double elapsed = static_cast<double>(measured.nsecsElapsed()) / 1e9;
        const int frames = meter->frames() - framesAtStart;
        const bp::SnapshotPointer snapshot = controller.snapshot();
        // printf would follow the user's locale here (Qt applies it to the C library): "12,5".
        const std::string report =
            "{\"frames_per_second\": " + bp::formatSignificant(frames / elapsed, 4) +
            ", \"frame_ms_p50\": " + bp::formatSignificant(meter->percentile(0.5), 4) +
            ", \"frame_ms_p99\": " + bp::formatSignificant(meter->percentile(0.99), 4) +
            ", \"samples_per_second\": " +
            bp::formatSignificant(static_cast<double>(samplesSeen() - samplesAtStart) / elapsed, 6) +
            ", \"window_up_ms\": " + std::to_string(windowUpMs) +
            ", \"epochs\": " + std::to_string(snapshot ? snapshot->epoch : 0) +
            ", \"lesson\": " + bp::jsonQuote(snapshot ? snapshot->presetName : std::string()) + "}\n";
        std::fputs(report.c_str(), stdout);
        std::fflush(stdout);
        QApplication::quit();
    });
    return QApplication::exec();
}
