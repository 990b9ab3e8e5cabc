#pragma once

// The ceiling for the 8-3-8 online-SGD benchmark: the same step as bp::trainStep on the 8-3-8
// encoder (logistic on both layers, E = ½Σ(a − t)², one sample per update), written by hand for
// these fixed sizes: plain arrays, loops the compiler unrolls, no checks, no statistics, no
// allocation. It is what a tuned single-purpose program does; bench/compare reports the project's
// online SGD as a fraction of it.

#include <array>
#include <cmath>

namespace bp::bench {

class Encoder838Ceiling {
public:
    static constexpr int kIn = 8, kHidden = 3, kOut = 8;

    /// Weights from a simple deterministic pattern in [−0.5, 0.5] (the values do not matter for speed).
    Encoder838Ceiling()
    {
        double v = 0.1234;
        auto next = [&v] {
            v = std::fmod(v * 7.31 + 0.377, 1.0);
            return v - 0.5;
        };
        for (auto &row : m_w1)
            for (double &w : row)
                w = next();
        for (auto &row : m_w2)
            for (double &w : row)
                w = next();
        for (double &b : m_b1)
            b = next();
        for (double &b : m_b2)
            b = next();
    }

    /// One update on the one-hot pattern `sample` (input = target), learning rate eta.
    void step(int sample, double eta)
    {
        std::array<double, kIn> x{};
        x[static_cast<std::size_t>(sample)] = 1.0;
        // forward: z¹ = W¹x + b¹, a¹ = σ(z¹); z² = W²a¹ + b², a² = σ(z²)
        std::array<double, kHidden> a1;
        for (int j = 0; j < kHidden; ++j) {
            double z = m_b1[j];
            for (int k = 0; k < kIn; ++k)
                z += m_w1[j][k] * x[k];
            a1[j] = 1.0 / (1.0 + std::exp(-z));
        }
        std::array<double, kOut> delta2;
        for (int j = 0; j < kOut; ++j) {
            double z = m_b2[j];
            for (int k = 0; k < kHidden; ++k)
                z += m_w2[j][k] * a1[k];
            const double a = 1.0 / (1.0 + std::exp(-z));
            delta2[j] = (a - x[j]) * a * (1.0 - a); // BP1
        }
        std::array<double, kHidden> delta1;
        for (int k = 0; k < kHidden; ++k) {
            double sum = 0.0;
            for (int j = 0; j < kOut; ++j)
                sum += m_w2[j][k] * delta2[j];
            delta1[k] = sum * a1[k] * (1.0 - a1[k]); // BP2
        }
        // update: BP3, BP4 and w ← w − η ∂E/∂w
        for (int j = 0; j < kOut; ++j) {
            for (int k = 0; k < kHidden; ++k)
                m_w2[j][k] -= eta * delta2[j] * a1[k];
            m_b2[j] -= eta * delta2[j];
        }
        for (int j = 0; j < kHidden; ++j) {
            for (int k = 0; k < kIn; ++k)
                m_w1[j][k] -= eta * delta1[j] * x[k];
            m_b1[j] -= eta * delta1[j];
        }
    }

    double firstWeight() const { return m_w1[0][0]; }

private:
    std::array<std::array<double, kIn>, kHidden> m_w1;
    std::array<std::array<double, kHidden>, kOut> m_w2;
    std::array<double, kHidden> m_b1;
    std::array<double, kOut> m_b2;
};

} // namespace bp::bench
