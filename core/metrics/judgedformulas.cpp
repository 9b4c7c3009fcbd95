// SPDX-License-Identifier: MIT
#include "metrics/judgedformulas.h"

#include <cmath>
#include <limits>

namespace evalbench::JudgedFormulas {

double averagePrecision(const QList<int>& verdicts, bool ragasCompat)
{
    double numerator = 0.0;
    int relevant = 0;
    for (qsizetype k = 0; k < verdicts.size(); ++k) {
        if (verdicts[k] == 0)
            continue;
        ++relevant;
        numerator += double(relevant) / double(k + 1);
    }
    const double denominator = double(relevant) + (ragasCompat ? 1e-10 : 0.0);
    return relevant == 0 ? 0.0 : numerator / denominator;
}

double fbeta(int truePositives, int falsePositives, int falseNegatives, double beta)
{
    const double precision =
        truePositives + falsePositives > 0 ? double(truePositives) / (truePositives + falsePositives) : 0.0;
    const double recall =
        truePositives + falseNegatives > 0 ? double(truePositives) / (truePositives + falseNegatives) : 0.0;
    if (precision == 0.0 && recall == 0.0)
        return 0.0;
    const double beta2 = beta * beta;
    return (1.0 + beta2) * precision * recall / (beta2 * precision + recall);
}

double cosine(const QVector<double>& a, const QVector<double>& b)
{
    if (a.size() != b.size() || a.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    double dot = 0.0;
    double na = 0.0;
    double nb = 0.0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        dot += a[i] * b[i];
        na += a[i] * a[i];
        nb += b[i] * b[i];
    }
    if (na == 0.0 || nb == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return dot / (std::sqrt(na) * std::sqrt(nb));
}

double answerRelevancy(
    const QVector<double>& question, const QList<QVector<double>>& generated, const QList<int>& noncommittal)
{
    if (generated.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (const QVector<double>& g : generated)
        sum += cosine(g, question);
    bool allNoncommittal = !noncommittal.isEmpty();
    for (int flag : noncommittal)
        allNoncommittal = allNoncommittal && flag != 0;
    return allNoncommittal ? 0.0 : sum / double(generated.size());
}

} // namespace evalbench::JudgedFormulas
