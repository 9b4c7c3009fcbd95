// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/scorerequest.h"
#include "server/httpproblem.h"

#include <variant>

#include <QByteArray>
#include <QJsonObject>

namespace evalbench {

// The body of POST /api/score/async and /api/score → a ScoreRequest, or the HTTP problem to
// answer (CONTRACTS "HTTP API", dify-reference.md §2.3). A pure function of the bytes: no
// network, no store, safe to fuzz.
// - JSON with `application/json`, `text/plain` or no content type; anything else → 415.
// - Not JSON → 400 {"detail": "..."}; not an object, or missing / wrongly typed fields → 422
//   in FastAPI's shape, every problem listed.
// - The strings "None" and "null" mean null everywhere; unknown top-level keys are ignored
//   (LLM output pasted into a template can forge them), so a body never carries a score.
class ScoreRequestParser
{
public:
    static std::variant<ScoreRequest, HttpProblem> parse(const QByteArray& body, const QByteArray& contentType);

    // "application/json; charset=utf-8" → true; also text/plain, +json types and no type at all.
    static bool acceptsContentType(const QByteArray& contentType);
    // A JSON object from the body bytes, or the 400 / 422 problem.
    static std::variant<QJsonObject, HttpProblem> parseObject(const QByteArray& body);
    static std::variant<ScoreRequest, HttpProblem> fromObject(const QJsonObject& object);
};

} // namespace evalbench
