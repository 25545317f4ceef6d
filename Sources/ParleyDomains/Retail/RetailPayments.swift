import ParleyCore

/// Payment methods, gift-card balances and payment history entries.
enum RetailPayments {
    static func isGiftCard(_ method: JSONObject) -> Bool { method.text("source") == "gift_card" }

    static func balance(_ method: JSONObject) -> Double { method["balance"]?.numberValue ?? 0 }

    /// Moves a gift card's balance by `delta`, then rounds it to cents as
    /// upstream does after every change.
    static func adjustGiftCard(_ methodId: String, ofUser userId: String, by delta: Double, in world: inout World) {
        world.root.modify(at: JSONPointer(tokens: ["users", userId, "payment_methods", methodId])) { method in
            let balance = method["balance"]?.numberValue ?? 0
            method.set("balance", to: .double(PythonRound.toCents(balance + delta)))
        }
    }

    /// A payment history entry, keys in the order of upstream's `OrderPayment`.
    static func transaction(_ type: String, amount: JSONValue, method: String) -> JSONValue {
        ["transaction_type": .string(type), "amount": amount, "payment_method_id": .string(method)]
    }
}
