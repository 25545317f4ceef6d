/// Which of the user's payment methods the user's words point to.
enum PaymentChoice {
    /// The methods mentioned in `text`, in the order they are mentioned:
    /// "gift card", "PayPal", "credit card"/"card"/a brand/the last four
    /// digits, or "original"/"same card" for the method the order was paid with.
    static func mentioned(in text: String, user: UserRecord, originalID: String?) -> [PaymentMethodRecord] {
        let tokens = Words(text).tokens
        var hits: [(position: Int, method: PaymentMethodRecord)] = []
        func add(_ methods: [PaymentMethodRecord], at position: Int) {
            hits += methods.map { (position, $0) }
        }
        let cards = user.paymentMethods.filter(\.isCreditCard)
        for (i, token) in tokens.enumerated() {
            let previous = i > 0 ? tokens[i - 1] : ""
            let next = i + 1 < tokens.count ? tokens[i + 1] : ""
            let original = originalID.flatMap(user.paymentMethod(id:))
            if token == "gift", next.hasPrefix("card") {
                add(user.paymentMethods.filter(\.isGiftCard), at: i)
            } else if token == "paypal" {
                add(user.paymentMethods.filter(\.isPayPal), at: i)
            } else if token == "card" || token == "cards", previous != "gift" {
                // "the same card" and "the original card" mean the one the order was paid with.
                if ["same", "original"].contains(previous), let original { add([original], at: i) } else { add(cards, at: i) }
            } else if ["visa", "mastercard", "amex", "discover"].contains(token) {
                add(cards.filter { $0.brand?.lowercased() == token }, at: i)
            } else if ["original", "same"].contains(token), ["payment", "method", "account"].contains(next), let original {
                add([original], at: i)
            } else if token.count == 4, token.allSatisfy(\.isNumber) {
                add(cards.filter { $0.lastFour == token }, at: i)
            }
        }
        var seen: Set<String> = []
        return hits.sorted { $0.position < $1.position }.map(\.method).filter { seen.insert($0.id).inserted }
    }

    /// The method the user asked for most recently, leaving out `excluded`
    /// (for example the method an order is already paid with).
    static func latest(in textsNewestFirst: [String], user: UserRecord, originalID: String?, excluding excluded: Set<String> = []) -> PaymentMethodRecord? {
        for text in textsNewestFirst {
            if let method = mentioned(in: text, user: user, originalID: originalID).first(where: { !excluded.contains($0.id) }) {
                return method
            }
        }
        return nil
    }
}
