import ParleyCore

extension Flow {
    /// Change where a pending order ships, or the default address on the
    /// user's account: an order id (or "order" without "default"/"account")
    /// means the order.
    func changeAddress() throws(AgentStep) -> AgentStep {
        let words = Words(state.segmentUserTexts.joined(separator: "\n"))
        let mentionsOrderID = state.segmentUserTexts.contains { !Entities.orderIDs(in: $0).isEmpty }
        let forAccount = words.containsAny(["default", "account", "profile", "moved"])
        if mentionsOrderID || (words.contains("order*") && !forAccount) {
            return try changeOrderAddress()
        }
        return try changeUserAddress()
    }

    private var newAddress: PostalAddress? {
        state.recentUserTexts.lazy.compactMap(PostalAddress.find(in:)).first
    }

    private func changeOrderAddress() throws(AgentStep) -> AgentStep {
        let (_, order) = try userAndOrder(toDo: "ship somewhere else")
        guard order.status.hasPrefix("pending") else {
            return .say("I'm sorry, but \(order.id) is \(Phrasing.statusPhrase(order.status)), and where an order ships can only be changed while it is pending. \(Phrasing.anythingElse)")
        }
        guard let address = newAddress else {
            return .say("What is the new shipping address for order \(order.id)?")
        }
        var arguments: JSONObject = ["order_id": .string(order.id)]
        for (key, value) in address.arguments { arguments[key] = .string(value) }
        let proposal = "I'll change the shipping address of order \(order.id) to: \(address.line)."
        return write(ToolName.modifyOrderAddress, arguments, proposal: proposal) { _ in
            "Done: \(order.id) will now ship to \(address.line)."
        }
    }

    private func changeUserAddress() throws(AgentStep) -> AgentStep {
        let user = try authenticatedUser()
        guard let address = newAddress else {
            return .say("What new address would you like on your account?")
        }
        var arguments: JSONObject = ["user_id": .string(user.id)]
        for (key, value) in address.arguments { arguments[key] = .string(value) }
        let proposal = "I'll update the default address on your account to: \(address.line)."
        return write(ToolName.modifyUserAddress, arguments, proposal: proposal) { _ in
            "Done: your account now uses \(address.line) as its default for shipping."
        }
    }
}
