import ParleyCore

/// A payment method of a user, as `get_user_details` returns it.
struct PaymentMethodRecord: Equatable {
    let id: String
    let source: String
    let brand: String?
    let lastFour: String?
    let balance: Double?

    init(_ object: JSONObject) {
        id = object["id"]?.stringValue ?? ""
        source = object["source"]?.stringValue ?? ""
        brand = object["brand"]?.stringValue
        lastFour = object["last_four"]?.stringValue
        balance = object["balance"]?.numberValue
    }

    var isGiftCard: Bool { source == "gift_card" }
    var isPayPal: Bool { source == "paypal" }
    var isCreditCard: Bool { source == "credit_card" }

    /// How the agent names the method to the user.
    var label: String {
        switch source {
        case "credit_card":
            let brandName = brand.map(Phrasing.brandName) ?? "credit"
            let card = brandName == "credit" ? "credit card" : "\(brandName) credit card"
            return lastFour.map { "your \(card) ending in \($0)" } ?? "your \(card)"
        case "paypal": return "your PayPal account"
        case "gift_card": return "your gift card"
        default: return "your \(source.replacingOccurrencesOfUnderscores) (\(id))"
        }
    }
}

/// A user's profile, as `get_user_details` returns it.
struct UserRecord {
    let id: String
    let firstName: String
    let lastName: String
    let paymentMethods: [PaymentMethodRecord]
    let orderIDs: [String]

    init(_ object: JSONObject) {
        id = object["user_id"]?.stringValue ?? ""
        firstName = object["name"]?["first_name"]?.stringValue ?? ""
        lastName = object["name"]?["last_name"]?.stringValue ?? ""
        paymentMethods = (object["payment_methods"]?.objectValue?.values).map { $0.compactMap { $0.objectValue.map(PaymentMethodRecord.init) } } ?? []
        orderIDs = object["orders"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    func paymentMethod(id: String) -> PaymentMethodRecord? { paymentMethods.first { $0.id == id } }
}

/// One line of an order.
struct OrderItem: Equatable {
    let name: String
    let productID: String
    let itemID: String
    let price: Double
    let options: [(key: String, value: String)]

    init(_ object: JSONObject) {
        name = object["name"]?.stringValue ?? ""
        productID = object["product_id"]?.stringValue ?? ""
        itemID = object["item_id"]?.stringValue ?? ""
        price = object["price"]?.numberValue ?? 0
        options = OptionList.read(object["options"])
    }

    static func == (a: OrderItem, b: OrderItem) -> Bool { a.itemID == b.itemID && a.price == b.price && a.name == b.name }
}

/// A payment or refund in an order's history.
struct OrderPayment {
    let isRefund: Bool
    let amount: Double
    let methodID: String
}

/// An order, as `get_order_details` (and every order tool) returns it.
struct OrderRecord {
    let id: String
    let userID: String
    let status: String
    let items: [OrderItem]
    let payments: [OrderPayment]
    let trackingIDs: [String]

    init(_ object: JSONObject) {
        id = object["order_id"]?.stringValue ?? ""
        userID = object["user_id"]?.stringValue ?? ""
        status = object["status"]?.stringValue ?? ""
        items = object["items"]?.arrayValue?.compactMap { $0.objectValue.map(OrderItem.init) } ?? []
        payments = object["payment_history"]?.arrayValue?.compactMap { entry in
            guard let amount = entry["amount"]?.numberValue, let method = entry["payment_method_id"]?.stringValue else { return nil }
            return OrderPayment(isRefund: entry["transaction_type"]?.stringValue == "refund", amount: amount, methodID: method)
        } ?? []
        trackingIDs = object["fulfillments"]?.arrayValue?.flatMap { $0["tracking_id"]?.arrayValue?.compactMap(\.stringValue) ?? [] } ?? []
    }

    /// The method the order was first paid with.
    var originalMethodID: String? { payments.first { !$0.isRefund }?.methodID }

    var itemsTotal: Double { Money.round(items.reduce(0) { $0 + $1.price }) }
}

/// A product and its variants, as `get_product_details` returns it.
struct ProductRecord {
    struct Variant {
        let itemID: String
        let options: [(key: String, value: String)]
        let available: Bool
        let price: Double
    }

    let id: String
    let name: String
    let variants: [Variant]

    init(_ object: JSONObject) {
        id = object["product_id"]?.stringValue ?? ""
        name = object["name"]?.stringValue ?? ""
        variants = (object["variants"]?.objectValue?.values).map {
            $0.compactMap { v in
                guard let itemID = v["item_id"]?.stringValue else { return nil }
                return Variant(
                    itemID: itemID, options: OptionList.read(v["options"]), available: v["available"]?.boolValue ?? false,
                    price: v["price"]?.numberValue ?? 0)
            }
        } ?? []
    }
}

/// Reads an `options` object into ordered key/value text pairs.
enum OptionList {
    static func read(_ value: JSONValue?) -> [(key: String, value: String)] {
        guard let object = value?.objectValue else { return [] }
        return object.map { key, value in
            let text: String = switch value {
            case .string(let s): s
            case .int(let i): String(i)
            case .double(let d): JSONWriter.format(d)
            case .bool(let b): b ? "yes" : "no"
            default: value.compactText
            }
            return (key, text)
        }
    }
}

extension String {
    var replacingOccurrencesOfUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
