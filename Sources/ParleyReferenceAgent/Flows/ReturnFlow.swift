import ParleyCore

extension Flow {
    /// Return items of a delivered order; the refund goes to the original
    /// payment method or a gift card.
    func returnItems() throws(AgentStep) -> AgentStep {
        let (user, order) = try userAndOrder(toDo: "return items from")
        guard order.status == "delivered" else {
            return .say("I'm sorry, but \(order.id) is \(Phrasing.statusPhrase(order.status)), and only delivered orders can be returned. \(Phrasing.anythingElse)")
        }
        let items = ItemChoice.items(of: order, in: state.segmentUserTexts, allowWholeOrder: true)
        guard !items.isEmpty else {
            return .say("Which items from order \(order.id) would you like to return? It contains \(Phrasing.list(order.items.map { Phrasing.describe($0) })).")
        }
        let original = order.originalMethodID.flatMap(user.paymentMethod(id:))
        let allowed = ([original].compactMap { $0 } + user.paymentMethods.filter(\.isGiftCard)).reduce(into: [PaymentMethodRecord]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        guard let method = chosenMethod(user: user, order: order) else {
            return .say("Which payment method should receive the refund: \(Phrasing.list(allowed.map(\.label), or: true))?")
        }
        guard allowed.contains(method) else {
            let paidWith = original.map { " (\($0.label))" } ?? ""
            return .say("I'm sorry, but the money for a return can only go back to what the order was paid with\(paidWith) or to a gift card, so I can't send it to \(method.label). \(Phrasing.anythingElse)")
        }
        let total = Money.round(items.reduce(0) { $0 + $1.price })
        let proposal = "Here is the return for order \(order.id): \(Phrasing.list(items.map { Phrasing.describe($0, withPrice: true) })). "
            + "The refund of \(Money.text(total)) will go to \(method.label)."
        let arguments: JSONObject = [
            "order_id": .string(order.id), "item_ids": .array(items.map { .string($0.itemID) }), "payment_method_id": .string(method.id),
        ]
        return write(ToolName.returnItems, arguments, proposal: proposal) { _ in
            "The return for \(order.id) is requested: \(Phrasing.list(items.map { Phrasing.describe($0) })). "
                + "You'll receive instructions for sending the items back, and \(Money.text(total)) will go back to \(method.label) once they arrive."
        }
    }
}
