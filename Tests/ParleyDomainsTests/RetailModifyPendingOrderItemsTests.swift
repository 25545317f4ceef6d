import ParleyCore
import ParleyDomains
import Testing

struct RetailModifyPendingOrderItemsTests {
    static func modify(_ order: String, _ old: [JSONValue], _ new: [JSONValue], _ method: String) -> (outcome: ToolOutcome, world: World) {
        RetailFixture.call("modify_pending_order_items", ["order_id": .string(order), "item_ids": .array(old), "new_item_ids": .array(new), "payment_method_id": .string(method)])
    }

    @Test func everyRewrittenItemTakesTheLastVariantsPriceAndOptions() throws {
        let (outcome, world) = Self.modify("#W1", ["2000000001", "3000000001"], ["2000000002", "3000000002"], "credit_card_1")
        #expect(!outcome.isError)
        #expect(outcome.mutates)
        let order = try #require(RetailFixture.order("#W1", in: world))
        #expect(order["status"] == "pending (item modified)")
        // Upstream's quirk: the T-shirt gets the mug's price and options.
        #expect(order["items"] == [
            ["name": "T-Shirt", "product_id": "1000000001", "item_id": "2000000002", "price": 12.75, "options": ["capacity": "500ml", "color": "white"]],
            ["name": "Mug", "product_id": "1000000002", "item_id": "3000000002", "price": 12.75, "options": ["capacity": "500ml", "color": "white"]],
        ])
        // The difference is still priced per item: 5.5 + 2.5.
        #expect(order["payment_history"]?.arrayValue?.last == ["transaction_type": "payment", "amount": 8.0, "payment_method_id": "credit_card_1"])
        #expect(RetailFixture.balance("ann_lee_1", "gift_card_1", in: world) == .double(30.0))
    }

    @Test func theDifferenceIsStoredUnrounded() throws {
        let (outcome, world) = Self.modify("#W3", ["2000000001"], ["2000000004"], "credit_card_1")
        #expect(outcome.output.contains(##"{"transaction_type": "payment", "amount": 0.04999999999999716, "payment_method_id": "credit_card_1"}"##))
        #expect(RetailFixture.order("#W3", in: world)?["payment_history"]?[pointer: JSONPointer(tokens: ["1", "amount"])] == .double(53.48 - 53.43))
    }

    @Test func aCheaperItemIsRefundedToAGiftCard() {
        var world = RetailFixture.world
        world.root.modify("orders") { $0.modify("#W3") { $0.set("user_id", to: "bob_ray_2") } }
        let outcome = RetailFixture.call("modify_pending_order_items", ["order_id": "#W3", "item_ids": ["2000000001"], "new_item_ids": ["2000000002"], "payment_method_id": "gift_card_2"], in: &world)
        #expect(outcome.output.contains(##"{"transaction_type": "refund", "amount": 27.93, "payment_method_id": "gift_card_2"}"##))
        #expect(RetailFixture.balance("bob_ray_2", "gift_card_2", in: world) == .double(32.93))
    }

    @Test func aGiftCardPaysTheDifference() {
        let (outcome, world) = Self.modify("#W1", ["2000000001", "3000000001"], ["2000000002", "3000000002"], "gift_card_1")
        #expect(!outcome.isError)
        #expect(RetailFixture.balance("ann_lee_1", "gift_card_1", in: world) == .double(22.0))
    }

    @Test func anInsufficientGiftCardLeavesTheWorldUnchanged() {
        let (outcome, world) = Self.modify("#W1", ["2000000001"], ["2000000004"], "gift_card_1")
        #expect(outcome.isError)
        #expect(outcome.output == "Error: Insufficient gift card balance to pay for the new item")
        #expect(world == RetailFixture.world)
    }

    @Test(arguments: [
        ("#W1", ["2000000001"], ["2000000001"], "credit_card_1", "The new item id should be different from the old item id"),
        ("#W1", ["2000000001"], ["2000000003"], "credit_card_1", "New item 2000000003 not found or available"),
        ("#W1", ["2000000001"], ["3000000002"], "credit_card_1", "Variant not found"),
        ("#W1", ["2000000001"], ["2000000002", "3000000002"], "credit_card_1", "The number of items to be exchanged should match"),
        ("#W1", ["2000000001", "2000000001"], ["2000000002", "2000000002"], "credit_card_1", "2000000001 not found"),
        ("#W1", ["2000000002"], ["2000000004"], "credit_card_1", "2000000002 not found"),
        ("#W1", ["2000000001"], ["2000000002"], "gift_card_2", "Payment method not found"),
        ("#W2", ["2000000001"], ["2000000002"], "credit_card_1", "Non-pending order cannot be modified"),
        ("#W7", ["2000000001"], ["2000000002"], "credit_card_1", "Order not found"),
    ])
    func rejectsBadRequests(order: String, old: [String], new: [String], method: String, message: String) {
        let (outcome, world) = Self.modify(order, old.map(JSONValue.string), new.map(JSONValue.string), method)
        #expect(outcome.output == "Error: " + message)
        #expect(world == RetailFixture.world)
    }

    @Test func itemsCanBeChangedOnlyOnce() {
        var world = RetailFixture.world
        let arguments: JSONObject = ["order_id": "#W1", "item_ids": ["2000000001"], "new_item_ids": ["2000000002"], "payment_method_id": "credit_card_1"]
        #expect(!RetailFixture.call("modify_pending_order_items", arguments, in: &world).isError)
        let again = RetailFixture.call("modify_pending_order_items", ["order_id": "#W1", "item_ids": ["3000000001"], "new_item_ids": ["3000000002"], "payment_method_id": "credit_card_1"], in: &world)
        #expect(again.output == "Error: Non-pending order cannot be modified")
    }
}
