// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace evalbench {

// A JSON value that keeps object members in the order they were written.
// QJsonObject sorts its keys, but the judge prompts must list fields in the
// order pydantic does (schema properties, few-shot examples), so prompt files
// are read into this tree instead.
class OrderedJson
{
public:
    enum class Kind
    {
        Scalar, // null, bool, number or string: held as a QJsonValue
        Array,
        Object
    };
    using Items = std::vector<OrderedJson>;
    using Members = std::vector<std::pair<QString, OrderedJson>>;

    OrderedJson() = default; // null
    // Arrays and objects are converted recursively; QJsonObject keys come out alphabetical.
    explicit OrderedJson(const QJsonValue& value);
    static OrderedJson array(Items items);
    static OrderedJson object(Members members);

    // Strict JSON (RFC 8259). On failure returns nullopt and, if asked, an error naming the offset.
    static std::optional<OrderedJson> parse(QStringView text, QString* error = nullptr);

    Kind kind() const { return m_kind; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isNull() const { return m_kind == Kind::Scalar && m_scalar.isNull(); }
    const QJsonValue& scalar() const { return m_scalar; }
    const Items& items() const { return m_items; }
    const Members& members() const { return m_members; }
    // The member called key, or nullptr (also when this is not an object).
    const OrderedJson* member(QStringView key) const;

    // Back to Qt's JSON (object key order is lost).
    QJsonValue toJsonValue() const;

private:
    Kind m_kind = Kind::Scalar;
    QJsonValue m_scalar;
    Items m_items;
    Members m_members;
};

} // namespace evalbench
