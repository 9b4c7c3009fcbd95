// SPDX-License-Identifier: MIT
#include "io/cocojsonloader.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace evalbench::ml {

std::optional<BoxFormat> parseBoxFormat(std::string_view name)
{
    if (name == "xywh")
        return BoxFormat::Xywh;
    if (name == "xyxy")
        return BoxFormat::Xyxy;
    return std::nullopt;
}

namespace {

using Result = Loaded<DetectionDataset>;

// Reads fields of one JSON item and remembers the first problem, so the parsing code below
// stays a straight list of fields while every message still names the file, item and field.
class FieldReader
{
public:
    FieldReader(QString file, QString what)
        : m_file(std::move(file))
        , m_what(std::move(what))
    { }

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(qsizetype index, const QString& problem)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2 %3 %4").arg(m_file, m_what).arg(index).arg(problem);
    }

    std::int64_t integer(
        const QJsonObject& o, QLatin1String key, qsizetype index, std::optional<std::int64_t> fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9.0e15) {
            fail(index, QStringLiteral("needs an integer \"%1\"").arg(key));
            return 0;
        }
        return v.toInteger();
    }

    double number(const QJsonObject& o, QLatin1String key, qsizetype index, std::optional<double> fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(index, QStringLiteral("needs a number \"%1\"").arg(key));
            return 0.0;
        }
        return v.toDouble();
    }

    BoxXywh box(const QJsonObject& o, qsizetype index, BoxFormat format)
    {
        const QJsonArray a = o.value(QLatin1String("bbox")).toArray();
        if (a.size() != 4 || !std::all_of(a.begin(), a.end(), [](const QJsonValue& v) {
                return v.isDouble() && std::isfinite(v.toDouble());
            })) {
            fail(index, QStringLiteral("needs \"bbox\" as 4 numbers"));
            return {};
        }
        BoxXywh b { a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble() };
        if (format == BoxFormat::Xyxy) {
            // pycocotools on xyxy data converted back to xywh this way gives identical stats.
            b.w -= b.x;
            b.h -= b.y;
        }
        if (b.w < 0 || b.h < 0)
            fail(index,
                format == BoxFormat::Xyxy ? QStringLiteral("has a bbox with x2 < x1 or y2 < y1 (is it xywh?)")
                                          : QStringLiteral("has a bbox with a negative width or height"));
        return b;
    }

private:
    QString m_file;
    QString m_what;
    QString m_error;
};

Loaded<QJsonDocument> readJson(const QString& path)
{
    using R = Loaded<QJsonDocument>;
    QFile file(path);
    if (!file.exists())
        return R::failure(ErrorCode::MissingFile, QStringLiteral("%1 does not exist").arg(path),
            { { QStringLiteral("file"), path } });
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(ErrorCode::MissingFile, QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()),
            { { QStringLiteral("file"), path } });
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return R::failure(ErrorCode::ParseError,
            QStringLiteral("%1 is not valid JSON: %2 at byte %3")
                .arg(QFileInfo(path).fileName(), error.errorString())
                .arg(error.offset),
            { { QStringLiteral("file"), QFileInfo(path).fileName() }, { QStringLiteral("offset"), error.offset } });
    }
    return R::success(std::move(doc));
}

Result badFormat(const QString& message, const QString& file)
{
    return Result::failure(ErrorCode::BadFormat, message, { { QStringLiteral("file"), file } });
}

void readGroundTruthList(const QJsonArray& list, BoxFormat format, FieldReader& in, DetectionDataset& out)
{
    out.groundTruth.reserve(static_cast<std::size_t>(list.size()));
    for (qsizetype i = 0; i < list.size() && !in.failed(); ++i) {
        const QJsonObject o = list[i].toObject();
        GroundTruthBox g;
        g.id = in.integer(o, QLatin1String("id"), i, static_cast<std::int64_t>(i + 1));
        g.imageId = in.integer(o, QLatin1String("image_id"), i);
        g.categoryId = in.integer(o, QLatin1String("category_id"), i);
        g.box = in.box(o, i, format);
        g.area = in.number(o, QLatin1String("area"), i, g.box.w * g.box.h);
        const QJsonValue crowd = o.value(QLatin1String("iscrowd"));
        g.crowd = crowd.isBool() ? crowd.toBool() : crowd.toDouble(0.0) != 0.0;
        out.groundTruth.push_back(g);
    }
}

} // namespace

Loaded<DetectionDataset> loadDetectionJson(const QString& gtPath, const QString& predPath, BoxFormat format)
{
    const auto gtDoc = readJson(gtPath);
    if (!gtDoc.ok())
        return Result::failure(gtDoc.error);
    const auto predDoc = readJson(predPath);
    if (!predDoc.ok())
        return Result::failure(predDoc.error);
    const QString gtName = shownFileName(gtPath);
    const QString predName = shownFileName(predPath);

    DetectionDataset data;
    const bool cocoObject = gtDoc.value->isObject();
    if (cocoObject) {
        const QJsonObject root = gtDoc.value->object();
        if (!root.value(QLatin1String("annotations")).isArray() || !root.value(QLatin1String("images")).isArray()
            || !root.value(QLatin1String("categories")).isArray())
            return badFormat(
                QStringLiteral("%1 needs \"images\", \"annotations\" and \"categories\" arrays").arg(gtName), gtName);
        FieldReader images(gtName, QStringLiteral("image"));
        const QJsonArray imageList = root.value(QLatin1String("images")).toArray();
        for (qsizetype i = 0; i < imageList.size() && !images.failed(); ++i)
            data.imageIds.push_back(images.integer(imageList[i].toObject(), QLatin1String("id"), i));
        if (images.failed())
            return badFormat(images.error(), gtName);
        FieldReader categories(gtName, QStringLiteral("category"));
        const QJsonArray categoryList = root.value(QLatin1String("categories")).toArray();
        for (qsizetype i = 0; i < categoryList.size() && !categories.failed(); ++i) {
            const QJsonObject o = categoryList[i].toObject();
            DetectionCategory c;
            c.id = categories.integer(o, QLatin1String("id"), i);
            c.name = o.value(QLatin1String("name")).toString().toStdString();
            data.categories.push_back(std::move(c));
        }
        if (categories.failed())
            return badFormat(categories.error(), gtName);
        // COCO's own format is [x,y,w,h] whatever bbox_format says about the flat lists.
        FieldReader annotations(gtName, QStringLiteral("annotation"));
        readGroundTruthList(root.value(QLatin1String("annotations")).toArray(), BoxFormat::Xywh, annotations, data);
        if (annotations.failed())
            return badFormat(annotations.error(), gtName);
    } else if (gtDoc.value->isArray()) {
        FieldReader annotations(gtName, QStringLiteral("box"));
        readGroundTruthList(gtDoc.value->array(), format, annotations, data);
        if (annotations.failed())
            return badFormat(annotations.error(), gtName);
    } else {
        return badFormat(QStringLiteral("%1 must be a COCO object or a list of boxes").arg(gtName), gtName);
    }

    if (!predDoc.value->isArray())
        return badFormat(QStringLiteral("%1 must be a list of detections").arg(predName), predName);
    const QJsonArray predList = predDoc.value->array();
    FieldReader dets(predName, QStringLiteral("detection"));
    data.detections.reserve(static_cast<std::size_t>(predList.size()));
    for (qsizetype i = 0; i < predList.size() && !dets.failed(); ++i) {
        const QJsonObject o = predList[i].toObject();
        DetectionBox d;
        d.imageId = dets.integer(o, QLatin1String("image_id"), i);
        d.categoryId = dets.integer(o, QLatin1String("category_id"), i);
        d.box = dets.box(o, i, format);
        d.score = dets.number(o, QLatin1String("score"), i);
        data.detections.push_back(d);
    }
    if (dets.failed())
        return badFormat(dets.error(), predName);

    if (!cocoObject) {
        // A flat list names no images or categories: take them from the boxes themselves.
        std::unordered_set<std::int64_t> cats;
        for (const auto& g : data.groundTruth) {
            data.imageIds.push_back(g.imageId);
            cats.insert(g.categoryId);
        }
        for (const auto& d : data.detections)
            data.imageIds.push_back(d.imageId);
        std::sort(data.imageIds.begin(), data.imageIds.end());
        data.imageIds.erase(std::unique(data.imageIds.begin(), data.imageIds.end()), data.imageIds.end());
        std::vector<std::int64_t> sorted(cats.begin(), cats.end());
        std::sort(sorted.begin(), sorted.end());
        for (std::int64_t c : sorted)
            data.categories.push_back({ c, std::to_string(c) });
        return Result::success(std::move(data));
    }

    // loadRes asserts that every detection's image is one of gt.json's images.
    const std::unordered_set<std::int64_t> known(data.imageIds.begin(), data.imageIds.end());
    std::vector<std::int64_t> unknown;
    std::int64_t unknownCount = 0;
    std::unordered_set<std::int64_t> seen;
    for (const auto& d : data.detections) {
        if (!known.contains(d.imageId)) {
            ++unknownCount;
            if (seen.insert(d.imageId).second && unknown.size() < 5)
                unknown.push_back(d.imageId);
        }
    }
    if (unknownCount > 0) {
        QStringList ids;
        QJsonArray idArray;
        for (std::int64_t id : unknown) {
            ids << QString::number(id);
            idArray.append(static_cast<qint64>(id));
        }
        return Result::failure(ErrorCode::Mismatch,
            QStringLiteral("%1 detections in %2 are on images that %3 does not list; first image ids: %4")
                .arg(unknownCount)
                .arg(predName, gtName, ids.join(QStringLiteral(", "))),
            { { QStringLiteral("file"), predName },
                { QStringLiteral("detection_count"), static_cast<qint64>(unknownCount) },
                { QStringLiteral("first_image_ids"), idArray } });
    }
    return Result::success(std::move(data));
}

} // namespace evalbench::ml
