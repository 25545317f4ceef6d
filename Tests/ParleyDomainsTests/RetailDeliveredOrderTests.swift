import ParleyCore
import ParleyDomains
import Testing

/// `exchange_delivered_order_items` and `return_delivered_order_items`.
struct RetailDeliveredOrderTests {
    static func exchange(_ order: String, _ old: [String], _ new: [String], _ method: String) -> (outcome: ToolOutcome, world: World) {
        RetailFixture.call("exchange_delivered_order_items", [
            "order_id": .string(order), "item_ids": .array(old.map(JSONValue.string)),
            "new_item_ids": .array(new.map(JSONValue.string)), "payment_method_id": .string(method),
        ])
    }

    static func returnItems(_ order: String, _ items: [String], _ method: String) -> (outcome: ToolOutcome, world: World) {
        RetailFixture.call("return_delivered_order_items", [
            "order_id": .string(order), "item_ids": .array(items.map(JSONValue.string)), "payment_method_id": .string(method),
        ])
    }

    @Test func anExchangeRecordsSortedItemsAndMovesNoMoney() throws {
        let (outcome, world) = Self.exchange("#W2", ["3000000001", "2000000001"], ["3000000002", "2000000002"], "gift_card_1")
        #expect(outcome.mutates)
        #expect(outcome.output.hasSuffix(##""status": "exchange requested", "fulfillments": [{"tracking_id": ["111"], "item_ids": ["2000000001", "2000000001", "3000000001"]}], "payment_history": [{"transaction_type": "payment", "amount": 50.25, "payment_method_id": "credit_card_1"}], "cancel_reason": null, "exchange_items": ["2000000001", "3000000001"], "exchange_new_items": ["2000000002", "3000000002"], "exchange_payment_method_id": "gift_card_1", "exchange_price_difference": 8.0, "return_items": null, "return_payment_method_id": null}"##))
        #expect(RetailFixture.balance("ann_lee_1", "gift_card_1", in: world) == .double(30.0))
        #expect(RetailFixture.order("#W2", in: world)?["items"] == RetailFixture.order("#W2", in: RetailFixture.world)?["items"])
    }

    @Test func anEmptyExchangeRecordsAnIntegerDifference() {
        let (outcome, _) = Self.exchange("#W2", [], [], "credit_card_1")
        #expect(outcome.output.contains(##""exchange_price_difference": 0,"##))
    }

    @Test func aGiftCardMustCoverTheDifference() {
        let (outcome, world) = Self.exchange("#W4", ["2000000001"], ["2000000002"], "gift_card_2")
        #expect(outcome.output == "Error: Insufficient gift card balance to pay for the price difference")
        #expect(world == RetailFixture.world)
    }

    @Test(arguments: [
        ("#W1", ["2000000001"], ["2000000002"], "credit_card_1", "Non-delivered order cannot be exchanged"),
        ("#W2", ["2000000001", "2000000001", "2000000001"], ["2000000002", "2000000002", "2000000002"], "credit_card_1", "Number of 2000000001 not found."),
        ("#W2", ["2000000001"], [], "credit_card_1", "The number of items to be exchanged should match."),
        ("#W2", ["2000000001"], ["2000000003"], "credit_card_1", "New item 2000000003 not found or available"),
        ("#W2", ["2000000001"], ["3000000001"], "credit_card_1", "Variant not found"),
        ("#W2", ["2000000001"], ["2000000002"], "credit_card_9", "Payment method not found"),
    ])
    func exchangeErrors(order: String, old: [String], new: [String], method: String, message: String) {
        let (outcome, world) = Self.exchange(order, old, new, method)
        #expect(outcome.output == "Error: " + message)
        #expect(world == RetailFixture.world)
    }

    @Test func aReturnRecordsSortedItems() throws {
        let (outcome, world) = Self.returnItems("#W2", ["3000000001", "2000000001", "2000000001"], "credit_card_1")
        #expect(outcome.mutates)
        #expect(outcome.output.hasSuffix(##""exchange_price_difference": null, "return_items": ["2000000001", "2000000001", "3000000001"], "return_payment_method_id": "credit_card_1"}"##))
        let order = try #require(RetailFixture.order("#W2", in: world))
        #expect(order["status"] == "return requested")
        #expect(order["payment_history"] == RetailFixture.order("#W2", in: RetailFixture.world)?["payment_history"])
    }

    @Test func aReturnMayGoToAGiftCard() {
        let (outcome, world) = Self.returnItems("#W2", ["3000000001"], "gift_card_1")
        #expect(!outcome.isError)
        #expect(RetailFixture.order("#W2", in: world)?["return_payment_method_id"] == "gift_card_1")
        #expect(RetailFixture.balance("ann_lee_1", "gift_card_1", in: world) == .double(30.0))
    }

    @Test(arguments: [
        ("#W2", ["2000000001"], "paypal_1", "Payment method should be the original payment method"),
        ("#W2", ["2000000002"], "credit_card_1", "Some item not found"),
        ("#W2", ["3000000001", "3000000001"], "credit_card_1", "Some item not found"),
        ("#W2", ["2000000001"], "gift_card_2", "Payment method not found"),
        ("#W1", ["2000000001"], "gift_card_1", "Non-delivered order cannot be returned"),
    ])
    func returnErrors(order: String, items: [String], method: String, message: String) {
        let (outcome, world) = Self.returnItems(order, items, method)
        #expect(outcome.output == "Error: " + message)
        #expect(world == RetailFixture.world)
    }
}
