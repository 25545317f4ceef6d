import ParleyCore
import ParleyDomains

/// A small hand-made store: two products, three customers, five orders.
enum RetailFixture {
    static let world: World = {
        let text = #"""
        {
          "products": {
            "1000000001": {"name": "T-Shirt", "product_id": "1000000001", "variants": {
              "2000000001": {"item_id": "2000000001", "options": {"color": "red", "size": "M"}, "available": true, "price": 20.0},
              "2000000002": {"item_id": "2000000002", "options": {"color": "blue", "size": "M"}, "available": true, "price": 25.5},
              "2000000003": {"item_id": "2000000003", "options": {"color": "green", "size": "L"}, "available": false, "price": 22.0},
              "2000000004": {"item_id": "2000000004", "options": {"color": "black", "size": "S"}, "available": true, "price": 53.48}
            }},
            "1000000002": {"name": "Mug", "product_id": "1000000002", "variants": {
              "3000000001": {"item_id": "3000000001", "options": {"capacity": "300ml"}, "available": true, "price": 10.25},
              "3000000002": {"item_id": "3000000002", "options": {"capacity": "500ml", "color": "white"}, "available": true, "price": 12.75}
            }}
          },
          "users": {
            "ann_lee_1": {"user_id": "ann_lee_1", "name": {"first_name": "Ann", "last_name": "Lee"},
              "address": {"address1": "1 Main St", "address2": "", "city": "Austin", "country": "USA", "state": "TX", "zip": "10001"},
              "email": "Ann.Lee@example.com",
              "payment_methods": {
                "credit_card_1": {"source": "credit_card", "id": "credit_card_1", "brand": "visa", "last_four": "1234"},
                "gift_card_1": {"source": "gift_card", "id": "gift_card_1", "balance": 30.0},
                "paypal_1": {"source": "paypal", "id": "paypal_1"}
              },
              "orders": ["#W1", "#W2", "#W3", "#W5"]},
            "bob_ray_2": {"user_id": "bob_ray_2", "name": {"first_name": "Bob", "last_name": "Ray"},
              "address": {"address1": "2 Elm St", "address2": "Apt 3", "city": "Boston", "country": "USA", "state": "MA", "zip": "20002"},
              "email": "bob@example.com",
              "payment_methods": {"gift_card_2": {"source": "gift_card", "id": "gift_card_2", "balance": 5.0}},
              "orders": ["#W4"]},
            "cy_ito_3": {"user_id": "cy_ito_3", "name": {"first_name": "Ann", "last_name": "Lee"},
              "address": {"address1": "3 Oak St", "address2": "", "city": "Reno", "country": "USA", "state": "NV", "zip": "30003"},
              "email": "cy@example.com", "payment_methods": {}, "orders": []}
          },
          "orders": {
            "#W1": {"order_id": "#W1", "user_id": "ann_lee_1",
              "address": {"address1": "1 Main St", "address2": "", "city": "Austin", "country": "USA", "state": "TX", "zip": "10001"},
              "items": [
                {"name": "T-Shirt", "product_id": "1000000001", "item_id": "2000000001", "price": 20.0, "options": {"color": "red", "size": "M"}},
                {"name": "Mug", "product_id": "1000000002", "item_id": "3000000001", "price": 10.25, "options": {"capacity": "300ml"}}
              ],
              "status": "pending", "fulfillments": [],
              "payment_history": [{"transaction_type": "payment", "amount": 30.25, "payment_method_id": "gift_card_1"}]},
            "#W2": {"order_id": "#W2", "user_id": "ann_lee_1",
              "address": {"address1": "1 Main St", "address2": "", "city": "Austin", "country": "USA", "state": "TX", "zip": "10001"},
              "items": [
                {"name": "T-Shirt", "product_id": "1000000001", "item_id": "2000000001", "price": 20.0, "options": {"color": "red", "size": "M"}},
                {"name": "T-Shirt", "product_id": "1000000001", "item_id": "2000000001", "price": 20.0, "options": {"color": "red", "size": "M"}},
                {"name": "Mug", "product_id": "1000000002", "item_id": "3000000001", "price": 10.25, "options": {"capacity": "300ml"}}
              ],
              "status": "delivered",
              "fulfillments": [{"tracking_id": ["111"], "item_ids": ["2000000001", "2000000001", "3000000001"]}],
              "payment_history": [{"transaction_type": "payment", "amount": 50.25, "payment_method_id": "credit_card_1"}]},
            "#W3": {"order_id": "#W3", "user_id": "ann_lee_1",
              "address": {"address1": "1 Main St", "address2": "", "city": "Austin", "country": "USA", "state": "TX", "zip": "10001"},
              "items": [
                {"name": "T-Shirt", "product_id": "1000000001", "item_id": "2000000001", "price": 53.43, "options": {"color": "red", "size": "M"}}
              ],
              "status": "pending", "fulfillments": [],
              "payment_history": [{"transaction_type": "payment", "amount": 53.43, "payment_method_id": "credit_card_1"}]},
            "#W4": {"order_id": "#W4", "user_id": "bob_ray_2",
              "address": {"address1": "2 Elm St", "address2": "Apt 3", "city": "Boston", "country": "USA", "state": "MA", "zip": "20002"},
              "items": [
                {"name": "T-Shirt", "product_id": "1000000001", "item_id": "2000000001", "price": 20.0, "options": {"color": "red", "size": "M"}}
              ],
              "status": "delivered", "fulfillments": [],
              "payment_history": [{"transaction_type": "payment", "amount": 20.0, "payment_method_id": "gift_card_2"}]},
            "#W5": {"order_id": "#W5", "user_id": "ann_lee_1",
              "address": {"address1": "1 Main St", "address2": "", "city": "Austin", "country": "USA", "state": "TX", "zip": "10001"},
              "items": [
                {"name": "Mug", "product_id": "1000000002", "item_id": "3000000001", "price": 10.25, "options": {"capacity": "300ml"}}
              ],
              "status": "processed", "fulfillments": [],
              "payment_history": [{"transaction_type": "payment", "amount": 10.25, "payment_method_id": "paypal_1"}]}
          }
        }
        """#
        return World(try! JSONParser.parse(text))
    }()

    /// Runs one tool call through the retail domain.
    static func call(_ name: String, _ arguments: JSONObject, in world: inout World) -> ToolOutcome {
        RetailDomain.domain.invoke(ToolCall(name: name, arguments: arguments), in: &world)
    }

    /// Runs one call on a fresh copy of the fixture.
    static func call(_ name: String, _ arguments: JSONObject) -> (outcome: ToolOutcome, world: World) {
        var world = world
        let outcome = call(name, arguments, in: &world)
        return (outcome, world)
    }

    static func balance(_ user: String, _ method: String, in world: World) -> JSONValue? {
        world[JSONPointer(tokens: ["users", user, "payment_methods", method, "balance"])]
    }

    static func order(_ id: String, in world: World) -> JSONValue? { world.record("orders", id) }
}
