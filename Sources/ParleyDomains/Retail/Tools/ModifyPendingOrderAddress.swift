import ParleyCore

extension RetailDomain {
    /// `modify_pending_order_address`: changes where a pending order ships.
    struct ModifyPendingOrderAddress: Tool {
        let spec = ToolSpec(
            name: "modify_pending_order_address",
            description: "Change the shipping address of a pending order. Explain the change and get the customer's explicit yes before calling. Returns the updated order.",
            parameters: [RetailParameters.orderID] + RetailParameters.address,
            mutates: true
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let orderId = try arguments.string("order_id")
            var order = try RetailRecords.order(orderId, in: world)
            guard RetailOrder.isPendingLoosely(order) else { throw ToolError("Non-pending order cannot be modified") }
            order["address"] = try RetailRecords.address(from: arguments)
            RetailRecords.save(order: order, id: orderId, in: &world)
            return .json(RetailOrder.output(order))
        }
    }
}
