import ParleyCore

extension RetailDomain {
    /// `return_delivered_order_items`: requests a return of delivered items.
    /// No money moves yet.
    struct ReturnDeliveredOrderItems: Tool {
        let spec = ToolSpec(
            name: "return_delivered_order_items",
            description: "Request a return of items from a delivered order. The refund goes to the order's original payment method or to one of the customer's gift cards. The order's status becomes 'return requested' and the customer is emailed how to send the items back. Explain the details and get the customer's explicit yes before calling. Returns the updated order.",
            parameters: [
                RetailParameters.orderID,
                ToolParameter("item_ids", .array(of: .string), "Item ids in the order to return; an id may repeat when the order holds it several times."),
                ToolParameter("payment_method_id", .string, "Where the refund goes: the order's original payment method or a gift card of the customer, e.g. 'gift_card_1234567'."),
            ],
            mutates: true
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let orderId = try arguments.string("order_id")
            let itemIds = try arguments.strings("item_ids")
            let methodId = try arguments.string("payment_method_id")
            var order = try RetailRecords.order(orderId, in: world)
            guard order.text("status") == "delivered" else { throw ToolError("Non-delivered order cannot be returned") }
            let method = try RetailRecords.paymentMethod(methodId, ofUser: order.text("user_id"), in: world)
            if !RetailPayments.isGiftCard(method) {
                // Upstream indexes the first payment without checking for one.
                guard let first = order["payment_history"]?.arrayValue?.first else { throw ToolError("list index out of range") }
                guard first["payment_method_id"]?.stringValue == methodId else {
                    throw ToolError("Payment method should be the original payment method")
                }
            }
            if RetailOrder.firstMissing(itemIds, among: RetailOrder.itemIds(order)) != nil {
                throw ToolError("Some item not found")
            }

            order["status"] = "return requested"
            order["return_items"] = RetailOrder.sorted(itemIds)
            order["return_payment_method_id"] = .string(methodId)
            RetailRecords.save(order: order, id: orderId, in: &world)
            return .json(RetailOrder.output(order))
        }
    }
}
