import ParleyCore

extension Flow {
    /// Cancel a pending order, for one of the two reasons the policy accepts.
    func cancelOrder() throws(AgentStep) -> AgentStep {
        let (user, order) = try userAndOrder(toDo: "cancel")
        guard order.status == "pending" else {
            let hint = order.status == "delivered" ? " If you don't want the items, I can help you return them instead." : ""
            let why = order.status.hasPrefix("pending")
                ? "its items have already been changed, and such an order can no longer be cancelled."
                : "only pending orders can be cancelled."
            return .say("I'm sorry, but \(order.id) is \(Phrasing.statusPhrase(order.status)), and \(why)\(hint) \(Phrasing.anythingElse)")
        }
        guard var reason = state.recentUserTexts.lazy.compactMap(Entities.cancelReason(in:)).first else {
            if state.segmentAgentTexts.contains(where: Phrasing.asksReason) {
                return .say("I'm sorry, but I can only cancel an order that is no longer needed or was ordered by mistake, so I can't cancel \(order.id). \(Phrasing.anythingElse)")
            }
            return .say("What is the reason for cancelling order \(order.id): is it no longer needed, or was it ordered by mistake?")
        }
        if flaw == .wrongCancelReason { reason = reason.other }

        let paid = order.payments.filter { !$0.isRefund }
        let total = Money.round(paid.reduce(0) { $0 + $1.amount })
        let methods = paid.map { user.paymentMethod(id: $0.methodID) }
        let destination = Phrasing.list(zip(paid, methods).map { payment, method in
            "\(Money.text(payment.amount)) to \(method?.label ?? payment.methodID) \(Phrasing.refundTiming(method))"
        })
        let proposal = "I'll cancel order \(order.id) (\(Phrasing.list(order.items.map { Phrasing.describe($0) }))) because \(reason.explanation). "
            + "The total of \(Money.text(total)) will go back as follows: \(destination)."
        return write(ToolName.cancel, ["order_id": .string(order.id), "reason": .string(reason.rawValue)], proposal: proposal) { _ in
            var lines = ["\(order.id) is now cancelled, and \(Money.text(total)) is on its way back."]
            for (payment, method) in zip(paid, methods) {
                if let method, method.isGiftCard, let balance = method.balance {
                    lines.append("\(Money.text(payment.amount)) went back to your gift card right away; its balance is now \(Money.text(balance + payment.amount)).")
                } else {
                    lines.append("\(Money.text(payment.amount)) will go back to \(method?.label ?? payment.methodID) within 5 to 7 business days.")
                }
            }
            return lines.joined(separator: " ")
        }
    }
}
