import ParleyCore

/// Reads and writes of the retail tables (`users`, `orders`, `products`).
/// Lookups fail with the messages tau2-bench's tools give.
enum RetailRecords {
    static func order(_ id: String, in world: World) throws(ToolError) -> JSONObject {
        guard let order = world.record("orders", id)?.objectValue else { throw ToolError("Order not found") }
        return order
    }

    static func user(_ id: String, in world: World) throws(ToolError) -> JSONObject {
        guard let user = world.record("users", id)?.objectValue else { throw ToolError("User not found") }
        return user
    }

    static func product(_ id: String, in world: World) throws(ToolError) -> JSONObject {
        guard let product = world.record("products", id)?.objectValue else { throw ToolError("Product not found") }
        return product
    }

    /// A variant of one product; the product must exist first.
    static func variant(_ id: String, ofProduct productId: String, in world: World) throws(ToolError) -> JSONObject {
        let product = try product(productId, in: world)
        guard let variant = product["variants"]?[id]?.objectValue else { throw ToolError("Variant not found") }
        return variant
    }

    /// A variant of any product, searched in catalogue order.
    static func item(_ id: String, in world: World) throws(ToolError) -> JSONObject {
        for (_, product) in world.table("products") {
            if let variant = product["variants"]?[id]?.objectValue { return variant }
        }
        throw ToolError("Item not found")
    }

    /// One of a user's payment methods; the user must exist first.
    static func paymentMethod(_ id: String, ofUser userId: String, in world: World) throws(ToolError) -> JSONObject {
        let user = try user(userId, in: world)
        guard let method = user["payment_methods"]?[id]?.objectValue else { throw ToolError("Payment method not found") }
        return method
    }

    static func save(order: JSONObject, id: String, in world: inout World) {
        world.root.modify("orders") { $0.set(id, to: .object(order)) }
    }

    static func save(user: JSONObject, id: String, in world: inout World) {
        world.root.modify("users") { $0.set(id, to: .object(user)) }
    }

    /// An address from the tool's arguments, keys in the order of
    /// upstream's `UserAddress` model (which is how it prints them).
    static func address(from arguments: ToolArguments) throws(ToolError) -> JSONValue {
        var address = JSONObject()
        for key in ["address1", "address2", "city", "country", "state", "zip"] {
            address[key] = .string(try arguments.string(key))
        }
        return .object(address)
    }
}

extension JSONObject {
    /// The member `key` as a string, or `""` (upstream's models make these
    /// fields required, so a well-formed database always has them).
    func text(_ key: String) -> String { self[key]?.stringValue ?? "" }
}
