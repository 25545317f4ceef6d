import ParleyCore
import ParleyDomains
import Testing

/// `modify_pending_order_address`, `modify_pending_order_payment` and
/// `modify_user_address`.
struct RetailModifyPendingOrderTests {
    static let newAddress: JSONObject = [
        "zip": "94105", "address1": "9 Pine St", "address2": "Unit 2", "city": "San Francisco", "state": "CA", "country": "USA",
    ]

    @Test func changesTheShippingAddressInModelOrder() throws {
        var arguments = Self.newAddress
        arguments["order_id"] = "#W1"
        let (outcome, world) = RetailFixture.call("modify_pending_order_address", arguments)
        #expect(outcome.mutates)
        #expect(outcome.output.contains(##""address": {"address1": "9 Pine St", "address2": "Unit 2", "city": "San Francisco", "country": "USA", "state": "CA", "zip": "94105"}"##))
        #expect(RetailFixture.order("#W1", in: world)?["address"] == .object(Self.newAddress))
        #expect(world.record("users", "ann_lee_1") == RetailFixture.world.record("users", "ann_lee_1"))
    }

    @Test func addressChangeOnlyForPendingOrders() {
        var arguments = Self.newAddress
        arguments["order_id"] = "#W2"
        let (outcome, world) = RetailFixture.call("modify_pending_order_address", arguments)
        #expect(outcome.output == "Error: Non-pending order cannot be modified")
        #expect(world == RetailFixture.world)
    }

    @Test func addressChangeStillAllowedAfterItemChange() {
        var world = RetailFixture.world
        _ = RetailFixture.call("modify_pending_order_items", ["order_id": "#W3", "item_ids": ["2000000001"], "new_item_ids": ["2000000002"], "payment_method_id": "credit_card_1"], in: &world)
        var arguments = Self.newAddress
        arguments["order_id"] = "#W3"
        let outcome = RetailFixture.call("modify_pending_order_address", arguments, in: &world)
        #expect(!outcome.isError)
        #expect(RetailFixture.order("#W3", in: world)?["address"]?["zip"] == "94105")
    }

    @Test func changesAUsersDefaultAddress() throws {
        var arguments = Self.newAddress
        arguments["user_id"] = "bob_ray_2"
        let (outcome, world) = RetailFixture.call("modify_user_address", arguments)
        #expect(outcome.mutates)
        #expect(outcome.output.hasPrefix(##"{"user_id": "bob_ray_2", "name": {"first_name": "Bob", "last_name": "Ray"}, "address": {"address1": "9 Pine St", "address2": "Unit 2", "city": "San Francisco", "country": "USA", "state": "CA", "zip": "94105"}, "email": "bob@example.com""##))
        #expect(RetailFixture.order("#W4", in: world) == RetailFixture.order("#W4", in: RetailFixture.world))
        arguments["user_id"] = "nobody"
        #expect(RetailFixture.call("modify_user_address", arguments).outcome.output == "Error: User not found")
    }

    @Test func paysWithAGiftCardInstead() throws {
        let (outcome, world) = RetailFixture.call("modify_pending_order_payment", ["order_id": "#W3", "payment_method_id": "gift_card_1"])
        #expect(outcome.output == "Error: Insufficient gift card balance to pay for the order")
        #expect(world == RetailFixture.world)

        var richer = RetailFixture.world
        richer.root.modify(at: JSONPointer(tokens: ["users", "ann_lee_1", "payment_methods", "gift_card_1"])) { $0.set("balance", to: 100.0) }
        let success = RetailFixture.call("modify_pending_order_payment", ["order_id": "#W3", "payment_method_id": "gift_card_1"], in: &richer)
        #expect(!success.isError)
        #expect(RetailFixture.balance("ann_lee_1", "gift_card_1", in: richer) == .double(46.57))
        #expect(RetailFixture.order("#W3", in: richer)?["payment_history"] == [
            ["transaction_type": "payment", "amount": 53.43, "payment_method_id": "credit_card_1"],
            ["transaction_type": "payment", "amount": 53.43, "payment_method_id": "gift_card_1"],
            ["transaction_type": "refund", "amount": 53.43, "payment_method_id": "credit_card_1"],
        ])
    }

    @Test func aGiftCardPaymentIsRefundedToTheCard() {
        let (outcome, world) = RetailFixture.call("modify_pending_order_payment", ["order_id": "#W1", "payment_method_id": "paypal_1"])
        #expect(!outcome.isError)
        #expect(RetailFixture.balance("ann_lee_1", "gift_card_1", in: world) == .double(60.25))
    }

    @Test(arguments: [
        ("#W1", "gift_card_1", "The new payment method should be different from the current one"),
        ("#W1", "gift_card_2", "Payment method not found"),
        ("#W2", "paypal_1", "Non-pending order cannot be modified"),
        ("#W0", "paypal_1", "Order not found"),
    ])
    func paymentChangeErrors(order: String, method: String, message: String) {
        let (outcome, world) = RetailFixture.call("modify_pending_order_payment", ["order_id": .string(order), "payment_method_id": .string(method)])
        #expect(outcome.output == "Error: " + message)
        #expect(world == RetailFixture.world)
    }

    @Test func paymentChangeNeedsASinglePayment() {
        var world = RetailFixture.world
        _ = RetailFixture.call("modify_pending_order_payment", ["order_id": "#W1", "payment_method_id": "paypal_1"], in: &world)
        let before = world
        let outcome = RetailFixture.call("modify_pending_order_payment", ["order_id": "#W1", "payment_method_id": "credit_card_1"], in: &world)
        #expect(outcome.output == "Error: There should be exactly one payment for a pending order")
        #expect(world == before)
    }
}
