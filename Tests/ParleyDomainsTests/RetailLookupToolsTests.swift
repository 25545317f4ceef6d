import ParleyCore
import ParleyDomains
import Testing

struct RetailLookupToolsTests {
    @Test func findsUserByEmailIgnoringCase() {
        #expect(RetailFixture.call("find_user_id_by_email", ["email": "ann.lee@EXAMPLE.com"]).outcome.output == "ann_lee_1")
    }

    @Test func unknownEmailIsAnError() {
        let outcome = RetailFixture.call("find_user_id_by_email", ["email": "nobody@example.com"]).outcome
        #expect(outcome.isError)
        #expect(outcome.output == "Error: User not found")
    }

    @Test func findsUserByNameAndZip() {
        // Two customers are called Ann Lee; the zip code tells them apart.
        #expect(RetailFixture.call("find_user_id_by_name_zip", ["first_name": "ann", "last_name": "LEE", "zip": "30003"]).outcome.output == "cy_ito_3")
        #expect(RetailFixture.call("find_user_id_by_name_zip", ["first_name": "Ann", "last_name": "Lee", "zip": "10001"]).outcome.output == "ann_lee_1")
    }

    @Test func nameWithWrongZipIsAnError() {
        let outcome = RetailFixture.call("find_user_id_by_name_zip", ["first_name": "Bob", "last_name": "Ray", "zip": "10001"]).outcome
        #expect(outcome.output == "Error: User not found")
    }

    @Test func userDetailsAreTheStoredRecord() throws {
        let outcome = RetailFixture.call("get_user_details", ["user_id": "bob_ray_2"]).outcome
        let record = try #require(RetailFixture.world.record("users", "bob_ray_2"))
        #expect(outcome.output == record.pythonText)
        #expect(outcome.output.hasPrefix(##"{"user_id": "bob_ray_2", "name": {"first_name": "Bob", "last_name": "Ray"}"##))
        #expect(RetailFixture.call("get_user_details", ["user_id": "zed"]).outcome.output == "Error: User not found")
    }

    @Test func orderDetailsListUnsetOptionalFieldsAsNull() {
        let output = RetailFixture.call("get_order_details", ["order_id": "#W5"]).outcome.output
        let expected = ##"{"order_id": "#W5", "user_id": "ann_lee_1", "address": {"address1": "1 Main St", "address2": "", "city": "Austin", "country": "USA", "state": "TX", "zip": "10001"}, "items": [{"name": "Mug", "product_id": "1000000002", "item_id": "3000000001", "price": 10.25, "options": {"capacity": "300ml"}}], "status": "processed", "fulfillments": [], "payment_history": [{"transaction_type": "payment", "amount": 10.25, "payment_method_id": "paypal_1"}], "cancel_reason": null, "exchange_items": null, "exchange_new_items": null, "exchange_payment_method_id": null, "exchange_price_difference": null, "return_items": null, "return_payment_method_id": null}"##
        #expect(output == expected)
    }

    @Test func unknownOrderIsAnError() {
        #expect(RetailFixture.call("get_order_details", ["order_id": "W1"]).outcome.output == "Error: Order not found")
    }

    @Test func productDetailsIncludeEveryVariant() {
        let outcome = RetailFixture.call("get_product_details", ["product_id": "1000000002"]).outcome
        #expect(outcome.output == ##"{"name": "Mug", "product_id": "1000000002", "variants": {"3000000001": {"item_id": "3000000001", "options": {"capacity": "300ml"}, "available": true, "price": 10.25}, "3000000002": {"item_id": "3000000002", "options": {"capacity": "500ml", "color": "white"}, "available": true, "price": 12.75}}}"##)
        // An item id is not a product id.
        #expect(RetailFixture.call("get_product_details", ["product_id": "3000000001"]).outcome.output == "Error: Product not found")
    }

    @Test func itemDetailsSearchEveryProduct() {
        let outcome = RetailFixture.call("get_item_details", ["item_id": "3000000002"]).outcome
        #expect(outcome.output == ##"{"item_id": "3000000002", "options": {"capacity": "500ml", "color": "white"}, "available": true, "price": 12.75}"##)
        #expect(RetailFixture.call("get_item_details", ["item_id": "1000000001"]).outcome.output == "Error: Item not found")
    }

    @Test func productTypesAreSortedByName() {
        let outcome = RetailFixture.call("list_all_product_types", [:]).outcome
        #expect(outcome.output == ##"{"Mug": "1000000002", "T-Shirt": "1000000001"}"##)
    }

    @Test func transferLeavesTheStateAlone() {
        let (outcome, world) = RetailFixture.call("transfer_to_human_agents", ["summary": "wants a refund to another card"])
        #expect(outcome.output == "Transfer successful")
        #expect(!outcome.mutates)
        #expect(world == RetailFixture.world)
    }

    @Test func readsNeverChangeTheState() {
        for (name, arguments): (String, JSONObject) in [
            ("get_user_details", ["user_id": "ann_lee_1"]), ("get_order_details", ["order_id": "#W1"]),
            ("find_user_id_by_email", ["email": "bob@example.com"]), ("calculate", ["expression": "1 + 1"]),
        ] {
            let (outcome, world) = RetailFixture.call(name, arguments)
            #expect(!outcome.isError, "\(name)")
            #expect(!outcome.mutates, "\(name)")
            #expect(world == RetailFixture.world, "\(name)")
        }
    }
}
