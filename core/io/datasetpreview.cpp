// SPDX-License-Identifier: MIT
#include "io/datasetpreview.h"

#include "io/datasetreader.h"

namespace evalbench {

DatasetPreview previewDataset(const QString& path, int maxRecords)
{
    const int wanted = qMax(1, maxRecords);
    DatasetReadOptions options;
    options.chunkSize = wanted;
    DatasetReader reader(path, options);
    reader.setBlockSize(64 * 1024);
    DatasetPreview preview;
    preview.error = reader.read([&](QList<Sample>&& chunk) {
        for (Sample& sample : chunk) {
            if (preview.samples.size() < wanted)
                preview.samples.append(std::move(sample));
        }
        return preview.samples.size() < wanted; // enough: stop reading
    });
    preview.presentFields = reader.presentFields();
    preview.extraFields = reader.extraFields();
    preview.format = reader.detectedFormat();
    preview.previewedRecords = int(preview.samples.size());
    return preview;
}

} // namespace evalbench
