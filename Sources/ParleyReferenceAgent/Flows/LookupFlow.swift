import ParleyCore

extension Flow {
    /// Tell the user where one of their orders stands.
    func orderStatus() throws(AgentStep) -> AgentStep {
        let (_, order) = try userAndOrder(toDo: "check")
        let status: String = switch order.status {
        case "pending": "pending: it hasn't been processed for shipping yet"
        case "processed": "processed: it has been prepared for shipping"
        case "delivered": "delivered"
        case "cancelled": "cancelled"
        default: order.status
        }
        var text = "\(order.id) is \(status). It contains \(Phrasing.list(order.items.map { Phrasing.describe($0) }))."
        if !order.trackingIDs.isEmpty, order.status != "cancelled" {
            text += " Its tracking number is \(Phrasing.list(order.trackingIDs))."
        }
        return .say(text + " " + Phrasing.anythingElse)
    }

    /// Prices and stock of a product; no account is involved, so no authentication.
    func productInfo() throws(AgentStep) -> AgentStep {
        guard let types = state.productTypes else { throw .call(ToolName.productTypes, [:]) }
        guard let named = ItemChoice.product(in: types, texts: state.segmentUserTexts) else {
            return .say("We carry \(Phrasing.list(types.map(\.name))). Which of these would you like to know about?")
        }
        let product = try product(id: named.id)
        let variants = ItemChoice.matchingVariants(of: product, texts: state.segmentUserTexts)
        let lines = variants.map { v in
            "\(Phrasing.describe(product.name, v.options)) costs \(Money.text(v.price)) and is \(v.available ? "in stock" : "out of stock")"
        }
        let text = lines.count == 1 ? "The \(lines[0])." : "Here are the options: \(lines.joined(separator: "; "))."
        return .say(text + " " + Phrasing.anythingElse)
    }
}
