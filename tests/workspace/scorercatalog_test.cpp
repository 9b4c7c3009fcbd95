// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "scorerfixture.h"
#include "workspace/builtinscorers.h"
#include "workspace/scorercatalog.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace evalbench;

namespace {

class ScorerCatalogTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString scorersDir() const { return m_dir.filePath(QStringLiteral("scorers")); }

    QString write(const QString& folder, const QString& id, const QString& version = QStringLiteral("1.0.0")) const
    {
        QJsonObject json = testdata::manifest(id);
        json.insert(QStringLiteral("version"), version);
        return testdata::writeScorer(scorersDir(), folder, json);
    }

    static QStringList ids(const QList<ScorerInfo>& scorers)
    {
        QStringList out;
        for (const ScorerInfo& scorer : scorers)
            out.append(scorer.id);
        return out;
    }

    static QStringList builtinIds() { return ids(builtinScorerInfos()); }

    // Waits for changed() until `condition` holds; false when the catalog stays quiet for 10 s.
    template <typename Condition> static bool waitUntil(QSignalSpy& spy, Condition condition)
    {
        while (!condition()) {
            if (!spy.wait(10000))
                return condition();
        }
        return true;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ScorerCatalogTest, ListsBuiltinsThenCustomScorersSortedById)
{
    write(QStringLiteral("b_folder"), QStringLiteral("zeta"));
    write(QStringLiteral("a_folder"), QStringLiteral("alpha"));
    ASSERT_TRUE(QDir().mkpath(scorersDir() + QStringLiteral("/not_a_scorer")));
    ASSERT_TRUE(testdata::writeFile(scorersDir() + QStringLiteral("/README.txt"), "notes"));

    const ScorerCatalog catalog(scorersDir());
    EXPECT_EQ(ids(catalog.scorers()), builtinIds() + QStringList({ QStringLiteral("alpha"), QStringLiteral("zeta") }));
    EXPECT_TRUE(catalog.problems().isEmpty());
    const auto alpha = catalog.find(QStringLiteral("alpha"));
    ASSERT_TRUE(alpha);
    EXPECT_FALSE(alpha->builtin);
    EXPECT_EQ(alpha->manifestPath, scorersDir() + QStringLiteral("/a_folder/scorer.json"));
    const auto f1 = catalog.find(QStringLiteral("classification_f1"));
    ASSERT_TRUE(f1);
    EXPECT_TRUE(f1->builtin);
    EXPECT_FALSE(catalog.find(QStringLiteral("nope")));
}

TEST_F(ScorerCatalogTest, AMissingFolderGivesTheBuiltinsOnly)
{
    const ScorerCatalog catalog(m_dir.filePath(QStringLiteral("nowhere/scorers")));
    EXPECT_EQ(ids(catalog.scorers()), builtinIds());
    EXPECT_TRUE(catalog.problems().isEmpty());
}

TEST_F(ScorerCatalogTest, IdsThatRepeatABuiltinOrAnotherManifestAreProblemsAndSkipped)
{
    write(QStringLiteral("my_f1"), QStringLiteral("classification_f1"));
    write(QStringLiteral("dup_a"), QStringLiteral("dup"), QStringLiteral("1.0.0"));
    write(QStringLiteral("dup_b"), QStringLiteral("dup"), QStringLiteral("2.0.0"));
    ASSERT_TRUE(testdata::writeFile(scorersDir() + QStringLiteral("/broken/scorer.json"), "{\"id\": "));

    const ScorerCatalog catalog(scorersDir());
    EXPECT_EQ(ids(catalog.scorers()), builtinIds() + QStringList({ QStringLiteral("dup") }));
    EXPECT_EQ(catalog.find(QStringLiteral("dup"))->version, QStringLiteral("1.0.0")) << "the first folder wins";
    EXPECT_TRUE(catalog.find(QStringLiteral("classification_f1"))->builtin);

    const QList<EvalError> problems = catalog.problems();
    ASSERT_EQ(problems.size(), 3);
    // Folders are scanned by name: broken, dup_a, dup_b, my_f1.
    EXPECT_EQ(problems.at(0).code, ErrorCode::ParseError);
    EXPECT_TRUE(problems.at(0).message.startsWith(QStringLiteral("scorers/broken/scorer.json: ")));
    EXPECT_EQ(problems.at(1).code, ErrorCode::BadFormat);
    EXPECT_TRUE(problems.at(1).message.startsWith(QStringLiteral("scorers/dup_b/scorer.json: ")));
    EXPECT_TRUE(problems.at(1).message.contains(QStringLiteral("already used by scorers/dup_a/scorer.json")))
        << problems.at(1).message.toStdString();
    EXPECT_EQ(problems.at(2).code, ErrorCode::BadFormat);
    EXPECT_TRUE(problems.at(2).message.contains(QStringLiteral("is the id of a built-in scorer")))
        << problems.at(2).message.toStdString();
}

TEST_F(ScorerCatalogTest, ReloadWithoutChangesDoesNotSignal)
{
    write(QStringLiteral("one"), QStringLiteral("one"));
    ScorerCatalog catalog(scorersDir());
    QSignalSpy spy(&catalog, &ScorerCatalog::changed);
    catalog.reload();
    EXPECT_EQ(spy.count(), 0);
    write(QStringLiteral("one"), QStringLiteral("one"), QStringLiteral("1.1.0"));
    catalog.reload();
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(catalog.find(QStringLiteral("one"))->version, QStringLiteral("1.1.0"));
}

TEST_F(ScorerCatalogTest, HotReloadSeesNewChangedBrokenAndRemovedManifests)
{
    ASSERT_TRUE(QDir().mkpath(scorersDir()));
    ScorerCatalog catalog(scorersDir(), ScorerCatalog::Watch::Yes);
    QSignalSpy spy(&catalog, &ScorerCatalog::changed);
    EXPECT_EQ(ids(catalog.scorers()), builtinIds());

    const QString manifest = write(QStringLiteral("fresh"), QStringLiteral("fresh"));
    ASSERT_TRUE(waitUntil(spy, [&] { return catalog.find(QStringLiteral("fresh")).has_value(); }));

    write(QStringLiteral("fresh"), QStringLiteral("fresh"), QStringLiteral("2.0.0")); // rewritten in place
    ASSERT_TRUE(
        waitUntil(spy, [&] { return catalog.find(QStringLiteral("fresh"))->version == QLatin1String("2.0.0"); }));

    // As editors save: a new file renamed over the old one.
    QJsonObject json = testdata::manifest(QStringLiteral("fresh"));
    json.insert(QStringLiteral("version"), QStringLiteral("3.0.0"));
    ASSERT_TRUE(testdata::writeFile(manifest + QStringLiteral(".tmp"), QJsonDocument(json).toJson()));
    ASSERT_TRUE(QFile::remove(manifest));
    ASSERT_TRUE(QFile::rename(manifest + QStringLiteral(".tmp"), manifest));
    ASSERT_TRUE(
        waitUntil(spy, [&] { return catalog.find(QStringLiteral("fresh"))->version == QLatin1String("3.0.0"); }));
    // And once more, so the watch on the replaced file is known to be renewed.
    write(QStringLiteral("fresh"), QStringLiteral("fresh"), QStringLiteral("4.0.0"));
    ASSERT_TRUE(
        waitUntil(spy, [&] { return catalog.find(QStringLiteral("fresh"))->version == QLatin1String("4.0.0"); }));

    ASSERT_TRUE(testdata::writeFile(scorersDir() + QStringLiteral("/broken/scorer.json"), R"({"id": "broken"})"));
    ASSERT_TRUE(waitUntil(spy, [&] { return !catalog.problems().isEmpty(); }));
    EXPECT_TRUE(
        catalog.problems().first().message.startsWith(QStringLiteral("scorers/broken/scorer.json: \"version\"")))
        << catalog.problems().first().message.toStdString();

    ASSERT_TRUE(QDir(scorersDir() + QStringLiteral("/fresh")).removeRecursively());
    ASSERT_TRUE(waitUntil(spy, [&] { return !catalog.find(QStringLiteral("fresh")).has_value(); }));
    EXPECT_EQ(ids(catalog.scorers()), builtinIds());
    EXPECT_EQ(catalog.problems().size(), 1);
}

TEST_F(ScorerCatalogTest, HotReloadNoticesTheScorersFolderBeingCreated)
{
    ScorerCatalog catalog(scorersDir(), ScorerCatalog::Watch::Yes);
    QSignalSpy spy(&catalog, &ScorerCatalog::changed);
    write(QStringLiteral("late"), QStringLiteral("late"));
    ASSERT_TRUE(waitUntil(spy, [&] { return catalog.find(QStringLiteral("late")).has_value(); }));
    EXPECT_GE(spy.count(), 1);
}
