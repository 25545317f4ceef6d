import ParleyCore

extension Flow {
    /// Swap items for other variants of the same product: a modification
    /// while the order is pending, an exchange once it is delivered. Both
    /// happen once per order, with every item in one call.
    func changeItems() throws(AgentStep) -> AgentStep {
        let (user, order) = try userAndOrder(toDo: "change items in")
        let exchange: Bool
        switch order.status {
        case "pending": exchange = false
        case "delivered": exchange = true
        case let status where status.hasPrefix("pending"):
            return .say("I'm sorry, but the items of \(order.id) have already been changed once, and an order's items can only be changed one time. \(Phrasing.anythingElse)")
        default:
            return .say("I'm sorry, but \(order.id) is \(Phrasing.statusPhrase(order.status)). Items can only be changed while an order is pending, or exchanged once it has been delivered. \(Phrasing.anythingElse)")
        }
        let verb = exchange ? "exchange" : "change"
        let items = ItemChoice.items(of: order, in: state.segmentUserTexts, allowWholeOrder: false)
        guard !items.isEmpty else {
            return .say("Which items in order \(order.id) would you like to \(verb)? It contains \(Phrasing.list(order.items.map { Phrasing.describe($0) })).")
        }
        var replacements: [ProductRecord.Variant] = []
        for item in items {
            let product = try product(id: item.productID)
            guard let variant = ItemChoice.replacement(for: item, in: product, texts: state.segmentUserTexts) else {
                let options = product.variants.filter { $0.available && $0.itemID != item.itemID }
                    .map { Phrasing.describe(product.name, $0.options, price: $0.price) }
                guard !options.isEmpty else {
                    return .say("I'm sorry, but there is no other variant of the \(product.name) available right now. \(Phrasing.anythingElse)")
                }
                return .say("Which new option would you like for the \(Phrasing.describe(item))? The available ones are: \(Phrasing.list(options, or: true)).")
            }
            replacements.append(variant)
        }
        let difference = Money.round(zip(items, replacements).reduce(0) { $0 + ($1.1.price - $1.0.price) })
        guard let method = chosenMethod(user: user, order: order) else {
            let what = difference >= 0 ? "for the price difference" : "to receive the price difference"
            return .say("Which payment method would you like to use \(what): \(Phrasing.list(user.paymentMethods.map(\.label), or: true))?")
        }
        if method.isGiftCard, let balance = method.balance, balance < difference {
            return .say(giftCardTooLow(method, amount: difference, what: "the price difference", user: user))
        }
        let changes = zip(items, replacements).map { item, variant in
            "\(Phrasing.describe(item, withPrice: true)) becomes \(Phrasing.describe(item.name, variant.options, price: variant.price))"
        }
        let money = difference > 0 ? "The price difference of \(Money.text(difference)) will be charged to \(method.label)."
            : difference < 0 ? "The price difference of \(Money.text(-difference)) will go back to \(method.label)."
            : "There is no price difference."
        let once = exchange
            ? "An order can only be exchanged once, so please make sure this covers every item you want to exchange."
            : "An order's items can only be changed once, so please make sure this covers every item you want to change."
        let proposal = "Here is the \(exchange ? "exchange" : "change") for order \(order.id): \(Phrasing.list(changes)). \(money) \(once)"
        let arguments: JSONObject = [
            "order_id": .string(order.id), "item_ids": .array(items.map { .string($0.itemID) }),
            "new_item_ids": .array(replacements.map { .string($0.itemID) }), "payment_method_id": .string(method.id),
        ]
        return write(exchange ? ToolName.exchange : ToolName.modifyItems, arguments, proposal: proposal) { _ in
            let new = Phrasing.list(zip(items, replacements).map { Phrasing.describe($0.name, $1.options) })
            var report = exchange
                ? "The exchange for \(order.id) is requested: you'll receive \(new), along with instructions for sending the old items back."
                : "\(order.id) is updated and now includes \(new)."
            if difference > 0 {
                report += " The price difference of \(Money.text(difference)) \(exchange ? "will be" : "has been") charged to \(method.label)."
            } else if difference < 0 {
                let balance = method.isGiftCard ? method.balance.map { "; its balance is now \(Money.text($0 - difference))" } ?? "" : ""
                report += " The price difference of \(Money.text(-difference)) \(exchange ? "will go" : "went") back to \(method.label)\(exchange ? "" : balance)."
            }
            return report
        }
    }
}
