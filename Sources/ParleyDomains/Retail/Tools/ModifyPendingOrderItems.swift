import ParleyCore

extension RetailDomain {
    /// `modify_pending_order_items`: swaps items of a pending order for other
    /// variants of the same products; allowed once per order.
    struct ModifyPendingOrderItems: Tool {
        let spec = ToolSpec(
            name: "modify_pending_order_items",
            description: "Swap items of a pending order for other in-stock variants of the same products (e.g. another size or color), charging or refunding the price difference. This can be done only once per order: afterwards its status is 'pending (item modified)' and it can no longer be changed or cancelled, so collect every item to swap first. Explain the details and get the customer's explicit yes before calling. Returns the updated order.",
            parameters: [
                RetailParameters.orderID,
                ToolParameter("item_ids", .array(of: .string), "Item ids in the order to replace; an id may repeat when the order holds it several times."),
                ToolParameter("new_item_ids", .array(of: .string), "The replacement item ids, position by position: each a different variant of the same product as the item it replaces."),
                ToolParameter("payment_method_id", .string, "The customer's payment method that pays or receives the price difference, e.g. 'credit_card_1234567' or 'gift_card_1234567'."),
            ],
            mutates: true
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let orderId = try arguments.string("order_id")
            let oldIds = try arguments.strings("item_ids")
            let newIds = try arguments.strings("new_item_ids")
            let methodId = try arguments.string("payment_method_id")
            var order = try RetailRecords.order(orderId, in: world)
            guard order.text("status") == "pending" else { throw ToolError("Non-pending order cannot be modified") }
            if let missing = RetailOrder.firstMissing(oldIds, among: RetailOrder.itemIds(order)) {
                throw ToolError("\(missing) not found")
            }
            guard oldIds.count == newIds.count else { throw ToolError("The number of items to be exchanged should match") }
            let swap = try RetailItemSwap(zip(oldIds, newIds), in: order, world: world, rejectingUnchanged: true)
            let userId = order.text("user_id")
            let method = try RetailRecords.paymentMethod(methodId, ofUser: userId, in: world)
            let difference = swap.difference ?? 0
            if RetailPayments.isGiftCard(method), RetailPayments.balance(method) < difference {
                throw ToolError("Insufficient gift card balance to pay for the new item")
            }

            // The difference is stored unrounded (e.g. 0.04999999999999716).
            let type = difference > 0 ? "payment" : "refund"
            order["payment_history"]?.append(RetailPayments.transaction(type, amount: .double(difference.magnitude), method: methodId))
            if RetailPayments.isGiftCard(method) {
                RetailPayments.adjustGiftCard(methodId, ofUser: userId, by: -difference, in: &world)
            }
            var items = RetailOrder.items(order)
            for (oldId, newId) in zip(oldIds, newIds) {
                // Each pair rewrites the first item currently carrying the old
                // id, which may be one an earlier pair just renamed.
                guard let index = items.firstIndex(where: { $0["item_id"]?.stringValue == oldId }) else {
                    throw ToolError("Item \(oldId) not found")
                }
                items[index].set("item_id", to: .string(newId))
                // Upstream's quirk: every rewritten item takes the price and
                // options of the last pair's variant, not of its own.
                items[index].set("price", to: swap.lastVariant?["price"] ?? .null)
                items[index].set("options", to: swap.lastVariant?["options"] ?? .null)
            }
            order["items"] = .array(items)
            order["status"] = "pending (item modified)"
            RetailRecords.save(order: order, id: orderId, in: &world)
            return .json(RetailOrder.output(order))
        }
    }
}
