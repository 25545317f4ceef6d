import ParleyCore

extension RetailDomain {
    /// `modify_pending_order_payment`: pays a pending order with another method.
    struct ModifyPendingOrderPayment: Tool {
        let spec = ToolSpec(
            name: "modify_pending_order_payment",
            description: "Switch a pending order, paid in a single payment, to another of the customer's payment methods: the new method is charged and the old one refunded. A gift card must hold the full amount. Explain the change and get the customer's explicit yes before calling. Returns the updated order.",
            parameters: [
                RetailParameters.orderID,
                ToolParameter("payment_method_id", .string, "The customer's payment method to charge instead, e.g. 'credit_card_1234567' or 'gift_card_1234567'."),
            ],
            mutates: true
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let orderId = try arguments.string("order_id")
            let methodId = try arguments.string("payment_method_id")
            var order = try RetailRecords.order(orderId, in: world)
            guard RetailOrder.isPendingLoosely(order) else { throw ToolError("Non-pending order cannot be modified") }
            let userId = order.text("user_id")
            let method = try RetailRecords.paymentMethod(methodId, ofUser: userId, in: world)

            let history = order["payment_history"]?.arrayValue ?? []
            guard history.count == 1, let original = history.first?.objectValue, original.text("transaction_type") == "payment" else {
                throw ToolError("There should be exactly one payment for a pending order")
            }
            let originalId = original.text("payment_method_id")
            guard originalId != methodId else {
                throw ToolError("The new payment method should be different from the current one")
            }
            let amount = original["amount"] ?? .null
            let value = amount.numberValue ?? 0
            if RetailPayments.isGiftCard(method), RetailPayments.balance(method) < value {
                throw ToolError("Insufficient gift card balance to pay for the order")
            }

            order["payment_history"]?.append(RetailPayments.transaction("payment", amount: amount, method: methodId))
            order["payment_history"]?.append(RetailPayments.transaction("refund", amount: amount, method: originalId))
            if RetailPayments.isGiftCard(method) {
                RetailPayments.adjustGiftCard(methodId, ofUser: userId, by: -value, in: &world)
            }
            let originalMethod = try RetailRecords.paymentMethod(originalId, ofUser: userId, in: world)
            if RetailPayments.isGiftCard(originalMethod) {
                RetailPayments.adjustGiftCard(originalId, ofUser: userId, by: value, in: &world)
            }
            RetailRecords.save(order: order, id: orderId, in: &world)
            return .json(RetailOrder.output(order))
        }
    }
}
