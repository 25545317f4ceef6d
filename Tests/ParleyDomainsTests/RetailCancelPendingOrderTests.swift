import ParleyCore
import ParleyDomains
import Testing

struct RetailCancelPendingOrderTests {
    @Test func refundsAGiftCardAtOnce() throws {
        let (outcome, world) = RetailFixture.call("cancel_pending_order", ["order_id": "#W1", "reason": "no longer needed"])
        #expect(!outcome.isError)
        #expect(outcome.mutates)
        // 30.0 + 30.25, rounded to cents.
        #expect(RetailFixture.balance("ann_lee_1", "gift_card_1", in: world) == .double(60.25))
        let order = try #require(RetailFixture.order("#W1", in: world))
        #expect(order["status"] == "cancelled")
        #expect(order["cancel_reason"] == "no longer needed")
        #expect(order["payment_history"]?.arrayValue?.last == ["transaction_type": "refund", "amount": 30.25, "payment_method_id": "gift_card_1"])
        #expect(outcome.output.contains(##""status": "cancelled", "fulfillments": [], "payment_history": [{"transaction_type": "payment", "amount": 30.25, "payment_method_id": "gift_card_1"}, {"transaction_type": "refund", "amount": 30.25, "payment_method_id": "gift_card_1"}], "cancel_reason": "no longer needed", "exchange_items": null"##))
    }

    @Test func aCardRefundMovesNoBalance() throws {
        let (outcome, world) = RetailFixture.call("cancel_pending_order", ["order_id": "#W3", "reason": "ordered by mistake"])
        #expect(!outcome.isError)
        let changed = RetailFixture.world.diff(to: world).map(\.path.description).sorted()
        #expect(changed == ["/orders/#W3/cancel_reason", "/orders/#W3/payment_history/1", "/orders/#W3/status"])
    }

    @Test(arguments: [("#W2", "Non-pending order cannot be cancelled"), ("#W5", "Non-pending order cannot be cancelled"), ("#W9", "Order not found")])
    func onlyPendingOrdersCanBeCancelled(order: String, message: String) {
        let (outcome, world) = RetailFixture.call("cancel_pending_order", ["order_id": .string(order), "reason": "no longer needed"])
        #expect(outcome.output == "Error: " + message)
        #expect(world == RetailFixture.world)
    }

    @Test func aModifiedOrderCannotBeCancelled() {
        var world = RetailFixture.world
        _ = RetailFixture.call("modify_pending_order_items", ["order_id": "#W3", "item_ids": ["2000000001"], "new_item_ids": ["2000000002"], "payment_method_id": "credit_card_1"], in: &world)
        let before = world
        let outcome = RetailFixture.call("cancel_pending_order", ["order_id": "#W3", "reason": "no longer needed"], in: &world)
        #expect(outcome.output == "Error: Non-pending order cannot be cancelled")
        #expect(world == before)
    }

    @Test func theReasonMustBeOneOfTwo() {
        let (outcome, world) = RetailFixture.call("cancel_pending_order", ["order_id": "#W1", "reason": "too expensive"])
        #expect(outcome.output == "Error: Invalid reason")
        #expect(world == RetailFixture.world)
    }
}
