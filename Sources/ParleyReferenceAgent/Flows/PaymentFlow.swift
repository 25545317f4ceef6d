import ParleyCore

extension Flow {
    /// Pay a pending order with another of the user's payment methods.
    func changePayment() throws(AgentStep) -> AgentStep {
        let (user, order) = try userAndOrder(toDo: "update")
        guard order.status.hasPrefix("pending") else {
            return .say("I'm sorry, but \(order.id) is \(Phrasing.statusPhrase(order.status)), and how an order is paid can only be changed while it is pending. \(Phrasing.anythingElse)")
        }
        let paid = order.payments
        guard paid.count == 1, !paid[0].isRefund, let current = user.paymentMethod(id: paid[0].methodID) else {
            return .say("I'm sorry, but \(order.id) already has more than one charge on record, so I can't move it to a different card or account. \(Phrasing.anythingElse)")
        }
        let others = user.paymentMethods.filter { $0.id != current.id }
        guard !others.isEmpty else {
            return .say("I'm sorry, but \(current.label) is the only one saved on your account, so there is nothing to switch \(order.id) to. \(Phrasing.anythingElse)")
        }
        guard let method = chosenMethod(user: user, order: nil, excluding: [current.id]) else {
            return .say("Which payment method would you like to use for order \(order.id) instead of \(current.label): \(Phrasing.list(others.map(\.label), or: true))?")
        }
        let amount = paid[0].amount
        if method.isGiftCard, let balance = method.balance, balance < amount {
            return .say(giftCardTooLow(method, amount: amount, what: "the order total", user: user, excluding: [current.id]))
        }
        let proposal = "Here is the change for order \(order.id): its total of \(Money.text(amount)) will be charged to \(method.label) instead of \(current.label), "
            + "and \(current.label) will get the \(Money.text(amount)) back \(Phrasing.refundTiming(current))."
        let arguments: JSONObject = ["order_id": .string(order.id), "payment_method_id": .string(method.id)]
        return write(ToolName.modifyPayment, arguments, proposal: proposal) { _ in
            var report = "Done: \(order.id) is now charged to \(method.label) (\(Money.text(amount))), and \(current.label) will get \(Money.text(amount)) back \(Phrasing.refundTiming(current))."
            if method.isGiftCard, let balance = method.balance {
                report += " Your gift card balance is now \(Money.text(balance - amount))."
            }
            return report
        }
    }
}
