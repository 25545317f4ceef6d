import ParleyCore

/// What the agent does next: call one tool, or say something to the user.
///
/// The flows return their final step and throw the steps that must come
/// first ("look the order up", "ask for the order id"), which keeps each flow
/// a straight list of preconditions followed by the action.
enum AgentStep: Error, Equatable {
    case call(String, JSONObject)
    case say(String)

    /// The assistant message; tool call ids are `call_<message index>_<n>`.
    func message(index: Int) -> ChatMessage {
        switch self {
        case .call(let name, let arguments):
            .assistant("", toolCalls: [ToolCall(id: "call_\(index)_0", name: name, arguments: arguments)])
        case .say(let text):
            .assistant(text)
        }
    }
}

/// The retail tools the agent calls.
enum ToolName {
    static let findByEmail = "find_user_id_by_email"
    static let findByNameZip = "find_user_id_by_name_zip"
    static let userDetails = "get_user_details"
    static let orderDetails = "get_order_details"
    static let productDetails = "get_product_details"
    static let productTypes = "list_all_product_types"
    static let cancel = "cancel_pending_order"
    static let modifyOrderAddress = "modify_pending_order_address"
    static let modifyItems = "modify_pending_order_items"
    static let modifyPayment = "modify_pending_order_payment"
    static let modifyUserAddress = "modify_user_address"
    static let exchange = "exchange_delivered_order_items"
    static let returnItems = "return_delivered_order_items"
    static let transfer = "transfer_to_human_agents"

    static let writes: Set<String> = [cancel, modifyOrderAddress, modifyItems, modifyPayment, modifyUserAddress, exchange, returnItems]
}
