import ParleyCore

extension RetailDomain {
    /// `get_order_details`: an order's status, items, payments and requests.
    struct GetOrderDetails: Tool {
        let spec = ToolSpec(
            name: "get_order_details",
            description: "Get an order: its status, shipping address, items with prices, shipments, payment history and any cancellation, exchange or return already requested.",
            parameters: [
                RetailParameters.orderID,
            ],
            mutates: false
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            .json(RetailOrder.output(try RetailRecords.order(try arguments.string("order_id"), in: world)))
        }
    }
}
