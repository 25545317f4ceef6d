import ParleyCore

extension RetailDomain {
    /// `exchange_delivered_order_items`: requests an exchange of delivered
    /// items for other variants of the same products. No money moves yet.
    struct ExchangeDeliveredOrderItems: Tool {
        let spec = ToolSpec(
            name: "exchange_delivered_order_items",
            description: "Request an exchange of items from a delivered order for other in-stock variants of the same products. An order can have only one exchange or return, so collect every item first. The order's status becomes 'exchange requested' and the customer is emailed how to send the items back. Explain the details and get the customer's explicit yes before calling. Returns the updated order.",
            parameters: [
                RetailParameters.orderID,
                ToolParameter("item_ids", .array(of: .string), "Item ids in the order to exchange; an id may repeat when the order holds it several times."),
                ToolParameter("new_item_ids", .array(of: .string), "The item ids to receive instead, position by position: each a variant of the same product as the item it replaces."),
                ToolParameter("payment_method_id", .string, "The customer's payment method that pays or receives the price difference, e.g. 'credit_card_1234567' or 'gift_card_1234567'. A gift card must cover any amount due."),
            ],
            mutates: true
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let orderId = try arguments.string("order_id")
            let oldIds = try arguments.strings("item_ids")
            let newIds = try arguments.strings("new_item_ids")
            let methodId = try arguments.string("payment_method_id")
            var order = try RetailRecords.order(orderId, in: world)
            guard order.text("status") == "delivered" else { throw ToolError("Non-delivered order cannot be exchanged") }
            if let missing = RetailOrder.firstMissing(oldIds, among: RetailOrder.itemIds(order)) {
                throw ToolError("Number of \(missing) not found.")
            }
            guard oldIds.count == newIds.count else { throw ToolError("The number of items to be exchanged should match.") }
            let swap = try RetailItemSwap(zip(oldIds, newIds), in: order, world: world, rejectingUnchanged: false)
            // Rounded to cents here, unlike item changes; with no items upstream
            // rounds the integer 0 and records an integer.
            let difference: JSONValue = swap.difference.map { .double(PythonRound.toCents($0)) } ?? .int(0)
            let method = try RetailRecords.paymentMethod(methodId, ofUser: order.text("user_id"), in: world)
            if RetailPayments.isGiftCard(method), RetailPayments.balance(method) < difference.numberValue ?? 0 {
                throw ToolError("Insufficient gift card balance to pay for the price difference")
            }

            order["status"] = "exchange requested"
            order["exchange_items"] = RetailOrder.sorted(oldIds)
            order["exchange_new_items"] = RetailOrder.sorted(newIds)
            order["exchange_payment_method_id"] = .string(methodId)
            order["exchange_price_difference"] = difference
            RetailRecords.save(order: order, id: orderId, in: &world)
            return .json(RetailOrder.output(order))
        }
    }
}
