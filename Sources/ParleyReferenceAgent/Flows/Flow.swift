import ParleyCore

/// The steps every request shares: find out who the user is, find the order,
/// look records up, and ask for a yes before a change.
struct Flow {
    let state: ConversationState
    let flaw: RetailReferenceAgent.Flaw

    // MARK: - Who the user is

    /// The authenticated user's profile, or the step that gets closer to it.
    func authenticatedUser() throws(AgentStep) -> UserRecord {
        if let id = state.userID {
            guard let user = state.user(id: id) else { throw .call(ToolName.userDetails, ["user_id": .string(id)]) }
            return user
        }
        let tried = state.runs.filter { $0.call.name == ToolName.findByEmail || $0.call.name == ToolName.findByNameZip }
        for email in state.allUserTexts.reversed().flatMap(Entities.emails(in:))
        where !tried.contains(where: { $0.argument("email")?.lowercased() == email.lowercased() }) {
            throw .call(ToolName.findByEmail, ["email": .string(email)])
        }
        if let person = Entities.nameAndZip(in: state.allUserTexts), !tried.contains(where: {
            $0.argument("first_name") == person.first && $0.argument("last_name") == person.last && $0.argument("zip") == person.zip
        }) {
            throw .call(ToolName.findByNameZip, ["first_name": .string(person.first), "last_name": .string(person.last), "zip": .string(person.zip)])
        }
        let asked = state.agentTexts.filter(Phrasing.asksIdentity).count
        if asked >= 2 { throw .say(Phrasing.identityGiveUp) }
        throw .say(tried.isEmpty ? Phrasing.identityQuestion : Phrasing.identityRetry)
    }

    // MARK: - Which order

    /// The order id the user gave for this request, or the question for it.
    func orderID(toDo purpose: String) throws(AgentStep) -> String {
        if let id = state.recentUserTexts.lazy.flatMap(Entities.orderIDs(in:)).first { return id }
        if Words(state.segmentUserTexts.joined(separator: " ")).containsAny(["same order", "that order", "this order"]),
            let id = state.allUserTexts.reversed().flatMap(Entities.orderIDs(in:)).first
        {
            return id
        }
        throw .say("Which order would you like to \(purpose)? Please share the order id; it starts with #W.")
    }

    /// The user and the order the request is about, both looked up. The
    /// order must be the user's own.
    func userAndOrder(toDo purpose: String) throws(AgentStep) -> (UserRecord, OrderRecord) {
        if flaw == .skipsAuthentication, state.userID == nil {
            let id = try orderID(toDo: purpose)
            guard let order = state.order(id: id) else { throw .call(ToolName.orderDetails, ["order_id": .string(id)]) }
            guard let user = state.user(id: order.userID) else { throw .call(ToolName.userDetails, ["user_id": .string(order.userID)]) }
            return (user, order)
        }
        let user = try authenticatedUser()
        let id = try orderID(toDo: purpose)
        guard user.orderIDs.contains(id) else {
            throw .say("I'm sorry, but I can't find \(id) among the orders on your account, and I can only help with your own orders. \(Phrasing.anythingElse)")
        }
        guard let order = state.order(id: id) else { throw .call(ToolName.orderDetails, ["order_id": .string(id)]) }
        return (user, order)
    }

    func product(id: String) throws(AgentStep) -> ProductRecord {
        guard let product = state.product(id: id) else { throw .call(ToolName.productDetails, ["product_id": .string(id)]) }
        return product
    }

    // MARK: - Changes

    /// The gate in front of every write: list the change and ask, write on
    /// an explicit yes, stand down on a no, and report once the tool answered.
    func write(_ tool: String, _ arguments: JSONObject, proposal: String, report: (ToolRun) -> String) -> AgentStep {
        if let done = state.segmentRuns(of: tool).last(where: \.hasResult) {
            guard state.lastMessageResult?.call.id == done.call.id else { return .say(Phrasing.alreadyDone) }
            if let error = done.errorMessage {
                return .say("I'm sorry, that didn't go through: \(error). \(Phrasing.anythingElse)")
            }
            return .say(report(done) + " " + Phrasing.anythingElse)
        }
        if flaw == .skipsConfirmation { return .call(tool, arguments) }
        switch state.confirmationAnswer {
        case true?: return .call(tool, arguments)
        case false?: return .say(Phrasing.declined)
        case nil: return .say(proposal + " " + Phrasing.confirmQuestion)
        }
    }

    /// The user's payment method most recently asked for in this request.
    func chosenMethod(user: UserRecord, order: OrderRecord?, excluding excluded: Set<String> = []) -> PaymentMethodRecord? {
        PaymentChoice.latest(in: state.recentUserTexts, user: user, originalID: order?.originalMethodID, excluding: excluded)
    }

    /// A sentence saying a gift card cannot cover `amount`, offering the user's other methods.
    func giftCardTooLow(_ card: PaymentMethodRecord, amount: Double, what: String, user: UserRecord, excluding: Set<String> = []) -> String {
        let others = user.paymentMethods.filter { $0.id != card.id && !excluding.contains($0.id) }.map(\.label)
        let offer = others.isEmpty ? " " + Phrasing.anythingElse : " Would you like to use \(Phrasing.list(others, or: true)) instead?"
        return "I'm sorry, but your gift card balance of \(Money.text(card.balance ?? 0)) isn't enough to cover \(what) of \(Money.text(amount)).\(offer)"
    }
}
