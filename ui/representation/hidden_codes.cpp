#include "ui/representation/hidden_codes.h"

#include <QObject>
#include <QStringList>

#include <algorithm>

namespace bp::ui {

namespace {

// Lexicographic order of two samples' codes, unit 1 first; 0 when the codes are equal.
int compareCodes(const Matrix &codes, int a, int b)
{
    for (Eigen::Index unit = 0; unit < codes.rows(); ++unit) {
        const bool bitA = codeBit(codes(unit, a));
        const bool bitB = codeBit(codes(unit, b));
        if (bitA != bitB)
            return bitA ? 1 : -1;
    }
    return 0;
}

QString sampleName(const QStringList &labels, int sample)
{
    return sample < labels.size() ? labels[sample] : QString::number(sample + 1);
}

} // namespace

QString codeBits(const Matrix &codes, int sample)
{
    QString bits;
    if (sample < 0 || sample >= codes.cols())
        return bits;
    bits.reserve(codes.rows());
    for (Eigen::Index unit = 0; unit < codes.rows(); ++unit)
        bits += codeBit(codes(unit, sample)) ? u'1' : u'0';
    return bits;
}

void groupCodes(const Matrix &codes, int count, CodeGroups &groups, std::vector<int> &order)
{
    count = std::clamp(count, 0, static_cast<int>(codes.cols()));
    groups.distinct = 0;
    for (auto &group : groups.collisions)
        group.clear();
    std::size_t used = 0;
    groups.groupOf.assign(static_cast<std::size_t>(count), -1);
    order.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        order[static_cast<std::size_t>(i)] = i;
    // Equal codes fall back on the sample index, so that each run of equal codes is ascending.
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int comparison = compareCodes(codes, a, b);
        return comparison != 0 ? comparison < 0 : a < b;
    });

    std::size_t begin = 0;
    while (begin < order.size()) {
        std::size_t end = begin + 1;
        while (end < order.size() && compareCodes(codes, order[begin], order[end]) == 0)
            ++end;
        ++groups.distinct;
        if (end - begin > 1) {
            if (used == groups.collisions.size())
                groups.collisions.emplace_back();
            auto &group = groups.collisions[used++];
            group.assign(order.begin() + static_cast<std::ptrdiff_t>(begin),
                         order.begin() + static_cast<std::ptrdiff_t>(end));
        }
        begin = end;
    }
    groups.collisions.resize(used);
    std::sort(groups.collisions.begin(), groups.collisions.end(),
              [](const std::vector<int> &a, const std::vector<int> &b) { return a.front() < b.front(); });
    for (std::size_t g = 0; g < groups.collisions.size(); ++g) {
        for (int sample : groups.collisions[g])
            groups.groupOf[static_cast<std::size_t>(sample)] = static_cast<int>(g);
    }
}

QString collisionSummary(const CodeGroups &groups, const Matrix &codes, const QStringList &labels,
                         bool compact)
{
    QStringList parts;
    for (const auto &group : groups.collisions) {
        QStringList names;
        for (int sample : group)
            names << sampleName(labels, sample);
        if (compact) {
            parts << names.join(QLatin1Char('=')) + QStringLiteral(": ") + codeBits(codes, group.front());
            continue;
        }
        QString who;
        if (names.size() == 2) {
            who = QObject::tr("%1 and %2").arg(names[0], names[1]);
        } else {
            const QString last = names.takeLast();
            who = QObject::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
        }
        parts << QObject::tr("%1 share %2").arg(who, codeBits(codes, group.front()));
    }
    return parts.join(compact ? QStringLiteral(" \u00B7 ") : QStringLiteral("  \u00B7  "));
}

} // namespace bp::ui
