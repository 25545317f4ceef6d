import ParleyCore

/// tau2-bench's retail domain: an online store's customers, orders and
/// catalogue, with tools whose results and state changes match upstream's
/// byte for byte, so tau2-bench's `db.json` and gold actions replay here
/// to the same final states.
public enum RetailDomain {
    /// The domain, named `retail`.
    public static let domain = Domain(name: "retail", tools: tools, rules: rules)

    static let tools: [any Tool] = [
        FindUserIdByEmail(),
        FindUserIdByNameZip(),
        GetUserDetails(),
        GetOrderDetails(),
        GetProductDetails(),
        GetItemDetails(),
        ListAllProductTypes(),
        SharedTools.Calculate(),
        CancelPendingOrder(),
        ModifyPendingOrderAddress(),
        ModifyPendingOrderItems(),
        ModifyPendingOrderPayment(),
        ModifyUserAddress(),
        ExchangeDeliveredOrderItems(),
        ReturnDeliveredOrderItems(),
        SharedTools.TransferToHumanAgents(),
    ]

    static let rules = DomainRules(
        authenticationTools: ["find_user_id_by_email", "find_user_id_by_name_zip"],
        transferTool: "transfer_to_human_agents",
        owner: { owner(of: $0, in: $1) }
    )

    /// The customer a call concerns: its `user_id` argument, else the owner
    /// of the order named by `order_id` (as the state stands before the call).
    @Sendable static func owner(of call: ToolCall, in world: World) -> String? {
        if let userId = call.arguments["user_id"]?.stringValue { return userId }
        if let orderId = call.arguments["order_id"]?.stringValue {
            return world.record("orders", orderId)?["user_id"]?.stringValue
        }
        return nil
    }
}
