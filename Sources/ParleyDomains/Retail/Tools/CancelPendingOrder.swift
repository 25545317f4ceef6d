import ParleyCore

extension RetailDomain {
    /// `cancel_pending_order`: cancels a pending order and refunds every payment.
    struct CancelPendingOrder: Tool {
        let spec = ToolSpec(
            name: "cancel_pending_order",
            description: "Cancel an order whose status is 'pending'. Every payment is refunded: gift card refunds are credited at once, other refunds take 5 to 7 business days. Explain the details and get the customer's explicit yes before calling. Returns the updated order.",
            parameters: [
                RetailParameters.orderID,
                ToolParameter("reason", .string, "Why the order is cancelled: either 'no longer needed' or 'ordered by mistake'."),
            ],
            mutates: true
        )

        private static let reasons: Set = ["no longer needed", "ordered by mistake"]

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let orderId = try arguments.string("order_id")
            let reason = try arguments.string("reason")
            var order = try RetailRecords.order(orderId, in: world)
            guard order.text("status") == "pending" else { throw ToolError("Non-pending order cannot be cancelled") }
            guard Self.reasons.contains(reason) else { throw ToolError("Invalid reason") }

            // One refund per history entry, whatever its type, as upstream does.
            let userId = order.text("user_id")
            var refunds: [JSONValue] = []
            for payment in order["payment_history"]?.arrayValue ?? [] {
                let methodId = payment["payment_method_id"]?.stringValue ?? ""
                let amount = payment["amount"] ?? .null
                refunds.append(RetailPayments.transaction("refund", amount: amount, method: methodId))
                let method = try RetailRecords.paymentMethod(methodId, ofUser: userId, in: world)
                if RetailPayments.isGiftCard(method) {
                    RetailPayments.adjustGiftCard(methodId, ofUser: userId, by: amount.numberValue ?? 0, in: &world)
                }
            }

            order["status"] = "cancelled"
            order["cancel_reason"] = .string(reason)
            for refund in refunds { order["payment_history"]?.append(refund) }
            RetailRecords.save(order: order, id: orderId, in: &world)
            return .json(RetailOrder.output(order))
        }
    }
}
