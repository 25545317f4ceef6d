import ParleyCore

/// How an order record reads and prints.
enum RetailOrder {
    /// The fields of upstream's `Order` model in declaration order; from
    /// `cancel_reason` on they are optional and print as null when unset.
    static let modelFields = [
        "order_id", "user_id", "address", "items", "status", "fulfillments", "payment_history",
        "cancel_reason", "exchange_items", "exchange_new_items", "exchange_payment_method_id",
        "exchange_price_difference", "return_items", "return_payment_method_id",
    ]

    /// The order as upstream's tools return it: model field order, absent
    /// fields as null, then any field the model does not know.
    static func output(_ order: JSONObject) -> JSONValue {
        var out = JSONObject(minimumCapacity: order.count + modelFields.count)
        for field in modelFields { out[field] = order[field] ?? .null }
        for (key, value) in order where out[key] == nil { out[key] = value }
        return .object(out)
    }

    static func items(_ order: JSONObject) -> [JSONValue] { order["items"]?.arrayValue ?? [] }

    static func itemIds(_ order: JSONObject) -> [String] { items(order).map { $0["item_id"]?.stringValue ?? "" } }

    /// The first of `requested` that occurs more often there than in
    /// `held` (lists may repeat an item), or nil when all are held.
    static func firstMissing(_ requested: [String], among held: [String]) -> String? {
        var available: [String: Int] = [:]
        for id in held { available[id, default: 0] += 1 }
        var wanted: [String: Int] = [:]
        for id in requested { wanted[id, default: 0] += 1 }
        return requested.first { wanted[$0, default: 0] > available[$0, default: 0] }
    }

    /// Item ids sorted as Python sorts strings (by code point).
    static func sorted(_ ids: [String]) -> JSONValue {
        .array(ids.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }.map { .string($0) })
    }

    /// Whether the status allows address and payment changes: upstream
    /// accepts any status containing "pending", so "pending (item
    /// modified)" still qualifies.
    static func isPendingLoosely(_ order: JSONObject) -> Bool { order.text("status").contains("pending") }
}
