// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Writes small synthetic JSONL datasets for job and command-line tests.
namespace testdata {

// `count` samples with answers, ground truths, contexts and reference contexts;
// every third answer equals its ground truth exactly.
QString writeRagJsonl(const QString& path, int count);

} // namespace testdata
