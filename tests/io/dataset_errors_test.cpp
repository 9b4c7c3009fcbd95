// SPDX-License-Identifier: MIT
// Every import error: its code, and the exact message users see (file, line, field, what to do).
#include "dataset_test_helpers.h"

using namespace evalbench;
using namespace evalbench::testing;

namespace {
EvalError expectError(const ReadResult& result)
{
    EXPECT_TRUE(result.error.has_value());
    return result.error.value_or(EvalError {});
}

struct Case
{
    const char* name;
    QByteArray content;
    ErrorCode code;
    QString message;
};
} // namespace

TEST(DatasetErrors, WrongContextsTypeNamesLineAndField)
{
    const EvalError error = expectError(readAll(fixture("bad_contexts.jsonl")));
    EXPECT_EQ(error.message,
        QStringLiteral("bad_contexts.jsonl line 17: \"contexts\" is a number, expected a list of strings"));
    EXPECT_EQ(error.code, ErrorCode::BadFormat);
    EXPECT_EQ(error.stage, QStringLiteral("import"));
    EXPECT_EQ(error.details.value(QStringLiteral("line")).toInt(), 17);
    EXPECT_EQ(error.details.value(QStringLiteral("field")).toString(), QStringLiteral("contexts"));
    EXPECT_EQ(error.details.value(QStringLiteral("file")).toString(), fixture("bad_contexts.jsonl"));
}

TEST(DatasetErrors, MissingQuestionInCsv)
{
    const EvalError error = expectError(readAll(fixture("missing_question.csv")));
    EXPECT_EQ(error.message,
        QStringLiteral(
            "missing_question.csv line 9: \"question\" is missing (accepted names: question, user_input, query)"));
    EXPECT_EQ(error.code, ErrorCode::BadFormat);
}

TEST(DatasetErrors, DuplicateId)
{
    const ReadResult result = readAll(fixture("duplicate_id.jsonl"), { DatasetFormat::Auto, 5 });
    const EvalError error = expectError(result);
    EXPECT_EQ(error.message,
        QStringLiteral(
            "duplicate_id.jsonl line 20: \"id\" \"q7\" is used twice (first on line 3); ids must be unique"));
    EXPECT_EQ(error.code, ErrorCode::BadFormat);
    // The 19 good records before it were delivered; nothing after it.
    EXPECT_EQ(result.samples.size(), 19);
}

TEST(DatasetErrors, InvalidUtf8NamesTheLine)
{
    const EvalError error = expectError(readAll(fixture("bad_utf8.jsonl")));
    EXPECT_EQ(error.message,
        QStringLiteral("bad_utf8.jsonl line 3: the text is not valid UTF-8; save the file with UTF-8 encoding"));
    EXPECT_EQ(error.code, ErrorCode::ParseError);
}

TEST(DatasetErrors, EmptyFile)
{
    const EvalError error = expectError(readAll(fixture("empty.jsonl")));
    EXPECT_EQ(error.message,
        QStringLiteral("empty.jsonl: the file is empty; expected JSONL, a JSON array or CSV with a header"));
    EXPECT_EQ(error.code, ErrorCode::BadFormat);
}

TEST(DatasetErrors, MissingFile)
{
    TempDataset temp;
    const EvalError error = expectError(readAll(temp.path("nope.jsonl")));
    EXPECT_EQ(error.code, ErrorCode::MissingFile);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("nope.jsonl: the file does not exist (")))
        << qPrintable(error.message);
}

TEST(DatasetErrors, EachMalformedInputGetsItsMessage)
{
    const Case cases[] = {
        { "a.jsonl", "{\"question\": \"ok\"}\n{\"question\": \"broken\n", ErrorCode::ParseError,
            QStringLiteral("a.jsonl line 2: invalid JSON: unterminated string near column 21") },
        { "b.jsonl", "{\"question\": \"\"}\n", ErrorCode::BadFormat,
            QStringLiteral("b.jsonl line 1: \"question\" is empty; every sample needs a question") },
        { "c.jsonl", "{\"query\": 3}\n", ErrorCode::BadFormat,
            QStringLiteral("c.jsonl line 1: \"query\" is a number, expected a string") },
        { "d.jsonl", "{\"question\": \"a\", \"query\": \"b\"}\n", ErrorCode::BadFormat,
            QStringLiteral("d.jsonl line 1: \"query\" and \"question\" are both given; keep only one") },
        { "e.jsonl", "{\"question\": \"a\", \"contexts\": [\"x\", 2]}\n", ErrorCode::BadFormat,
            QStringLiteral(
                "e.jsonl line 1: \"contexts\" item 2 is a number, expected a string or an object with \"content\"") },
        { "f.jsonl", "{\"question\": \"a\", \"retrieved_contexts\": [{\"title\": \"t\"}]}\n", ErrorCode::BadFormat,
            QStringLiteral("f.jsonl line 1: \"retrieved_contexts\" item 1 is an object without a \"content\" string") },
        { "g.jsonl", "{\"question\": \"a\", \"ground_truths\": [1]}\n", ErrorCode::BadFormat,
            QStringLiteral("g.jsonl line 1: \"ground_truths\" item 1 is a number, expected a string") },
        { "h.jsonl", "{\"question\": \"a\", \"id\": 1.5}\n", ErrorCode::BadFormat,
            QStringLiteral("h.jsonl line 1: \"id\" is a number, expected a string or an integer") },
        { "i.jsonl", "{\"question\": \"a\", \"reference_contexts\": {\"x\": 1}}\n", ErrorCode::BadFormat,
            QStringLiteral("i.jsonl line 1: \"reference_contexts\" is an object, expected a list of strings") },
        { "j.jsonl", "{\"question\": \"a\"}\n[1, 2]\n", ErrorCode::BadFormat,
            QStringLiteral("j.jsonl line 2: record 2 is a list, expected a JSON object") },
        { "k.jsonl", "\n\n  \n", ErrorCode::BadFormat,
            QStringLiteral("k.jsonl: the file is empty; expected JSONL, a JSON array or CSV with a header") },
        { "l.json", "[]", ErrorCode::BadFormat, QStringLiteral("l.json: the file has no records") },
        { "m.json", "[\n{\"question\": \"a\"},\n{\"question\": \"b\"}\n", ErrorCode::ParseError,
            QStringLiteral("m.json line 4: the JSON array is not closed (missing \"]\" at the end)") },
        { "n.json", "[\n{\"question\": \"a\"},\n\"text\"\n]", ErrorCode::BadFormat,
            QStringLiteral("n.json line 3: record 2 is a string, expected a JSON object") },
        { "o.json", "[{\"question\": \"a\"} {\"question\": \"b\"}]", ErrorCode::ParseError,
            QStringLiteral("o.json line 1: invalid JSON: expected \",\" or \"]\" after record 1") },
        { "p.json", "[{\"question\": \"a\"}]\n]", ErrorCode::ParseError,
            QStringLiteral("p.json line 2: invalid JSON: unexpected text after the closing \"]\"") },
        { "q.json", "[\n{\"question\": \"a\",\n \"answer\": \"}\"\n", ErrorCode::ParseError,
            QStringLiteral(
                "q.json line 2: invalid JSON: the object starting on this line is not closed (missing \"}\")") },
        { "r.json", "[\n{\"question\": \"a\",\n \"answer\" \"x\"}]", ErrorCode::ParseError,
            QStringLiteral("r.json line 3: invalid JSON: missing name separator near column 12") },
        { "s.csv", "question,answer\n", ErrorCode::BadFormat,
            QStringLiteral("s.csv: the file has a header but no records") },
        { "t.csv", "answer,contexts\nx,y\n", ErrorCode::BadFormat,
            QStringLiteral("t.csv line 1: the header has no \"question\" column (accepted names: question, user_input, "
                           "query)") },
        { "u.csv", "question,answer\nq1,a\nq2,\"never closed\nmore\n", ErrorCode::ParseError,
            QStringLiteral("u.csv line 3: a quoted field is not closed (missing \" before the end of the file)") },
        { "v.csv", "question,answer\nq1,\"a\"b\n", ErrorCode::ParseError,
            QStringLiteral("v.csv line 2: unexpected text after the closing quote of field 2; a quote inside a quoted "
                           "field must be doubled (\"\")") },
        { "w.csv", "question,answer\nq1,a,b\n", ErrorCode::ParseError,
            QStringLiteral("w.csv line 2: the record has 3 fields but the header has 2 columns; quote fields that "
                           "contain commas") },
        { "x.csv", "question,user_input\nq,q\n", ErrorCode::BadFormat,
            QStringLiteral("x.csv line 1: \"question\" and \"user_input\" are both given; keep only one") },
        { "y.csv", "question,lang,lang\nq,a,b\n", ErrorCode::BadFormat,
            QStringLiteral("y.csv line 1: the header names \"lang\" twice; column names must be unique") },
        { "z.csv", "question,answer\n\"multi\nline\",\xff\n", ErrorCode::ParseError,
            QStringLiteral("z.csv line 3: the text is not valid UTF-8; save the file with UTF-8 encoding") },
        { "utf16.jsonl", QByteArray("\xff\xfe{\0}\0", 6), ErrorCode::ParseError,
            QStringLiteral("utf16.jsonl line 1: the file is UTF-16 encoded; save it with UTF-8 encoding") },
        { "space.csv", "question\n   \n", ErrorCode::BadFormat,
            QStringLiteral("space.csv line 2: \"question\" is empty; every sample needs a question") },
    };
    TempDataset temp;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const EvalError error = expectError(readAll(temp.write(c.name, c.content)));
        EXPECT_EQ(error.message, c.message);
        EXPECT_EQ(errorCodeName(error.code), errorCodeName(c.code));
        EXPECT_EQ(error.stage, QStringLiteral("import"));
    }
}
