import ParleyCore

extension Flow {
    /// The user insists on a person: hand over with a summary.
    func transferOnRequest() -> AgentStep {
        let earlier = state.allUserTexts.first.map { " Their first message: \"\($0)\"" } ?? ""
        return .call(ToolName.transfer, ["summary": .string("The customer asked to speak with a human agent.\(earlier)")])
    }

    /// A delivered (or shipped) order that never reached the user: in scope,
    /// but no tool can investigate it, so a human takes over.
    func reportMissingPackage() throws(AgentStep) -> AgentStep {
        let (user, order) = try userAndOrder(toDo: "look into")
        guard order.status == "delivered" || order.status == "processed" else {
            return .say("\(order.id) is \(Phrasing.statusPhrase(order.status)) and hasn't shipped, so nothing is lost yet. \(Phrasing.anythingElse)")
        }
        let summary = "Customer \(user.firstName) \(user.lastName) (\(user.id)) reports that order \(order.id), marked \(order.status), never arrived. Please investigate the shipment."
        return .call(ToolName.transfer, ["summary": .string(summary)])
    }
}
